using DuckDB.NET.Data;

namespace Dyad.Tests.Support;

/// <summary>Reads a store file directly with SQL, independently of the store's own query code.</summary>
public static class StoreProbe
{
    /// <summary>Runs a scalar query against the store file.</summary>
    public static long Scalar(string dbPath, string sql)
    {
        using var c = new DuckDBConnection("Data Source=" + dbPath);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT CAST((" + sql + ") AS BIGINT)";
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows in the articles and sentences tables, distinct content hashes, and sentences promised by the articles.</summary>
    public static (long Articles, long Sentences, long DistinctHashes, long PromisedSentences) Counts(string dbPath) =>
        (Scalar(dbPath, "SELECT count(*) FROM articles"),
         Scalar(dbPath, "SELECT count(*) FROM sentences"),
         Scalar(dbPath, "SELECT count(DISTINCT content_hash) FROM articles"),
         Scalar(dbPath, "SELECT coalesce(sum(sentence_count), 0) FROM articles"));
}
