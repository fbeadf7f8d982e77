using System.Globalization;
using System.Text;
using Dyad.Store;
using DuckDB.NET.Data;

namespace Dyad.Query;

/// <summary>Listing, statistics and export over a <see cref="DyadStore"/>. The CLI and the API call these.</summary>
public static class StoreQueries
{
    /// <summary>The table exported when none is named.</summary>
    public const string DefaultExportTable = "articles";

    /// <summary>The tables <see cref="Export(DyadStore, string, ExportFormat, string)"/> accepts.</summary>
    public static IReadOnlyList<string> ExportTables => Schema.DataTables;

    private const string ArticleColumns =
        "article_id, content_hash, url, source, title, description, published, published_offset, language, language_source, " +
        "author, text, input_path, reader, char_count, sentence_count, token_count, ingested_at, run_id, engine, annotated_at";

    /// <summary>
    /// The articles matching <paramref name="query"/>, ordered by publication time (undated last), then id.
    /// Rows are read lazily; finish or dispose the enumeration before using the store for anything else.
    /// </summary>
    public static IEnumerable<ArticleRow> Articles(this DyadStore store, ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 0) throw new ArgumentOutOfRangeException(nameof(query), "Limit must not be negative");
        if (query.Offset < 0) throw new ArgumentOutOfRangeException(nameof(query), "Offset must not be negative");
        return ReadArticles(store, query);
    }

    private static IEnumerable<ArticleRow> ReadArticles(DyadStore store, ArticleQuery query)
    {
        using var cmd = store.Connection.CreateCommand();
        var sql = new StringBuilder("SELECT ").Append(ArticleColumns).Append(" FROM articles WHERE true");
        if (query.From is { } from)
        {
            sql.Append(" AND published >= $from");
            cmd.Parameters.Add(new DuckDBParameter("from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }
        if (query.To is { } to)
        {
            sql.Append(" AND published < $to");
            cmd.Parameters.Add(new DuckDBParameter("to", to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
        }
        if (query.Source is { } source)
        {
            sql.Append(" AND source = $source");
            cmd.Parameters.Add(new DuckDBParameter("source", source));
        }
        if (query.Language is { } language)
        {
            sql.Append(" AND language = $language");
            cmd.Parameters.Add(new DuckDBParameter("language", language));
        }
        if (!string.IsNullOrEmpty(query.Text))
        {
            sql.Append(" AND (contains(lower(text), lower($text)) OR contains(lower(coalesce(title, '')), lower($text)))");
            cmd.Parameters.Add(new DuckDBParameter("text", query.Text));
        }
        sql.Append(" ORDER BY published NULLS LAST, article_id");
        if (query.Limit is { } limit) sql.Append(" LIMIT ").Append(limit.ToString(CultureInfo.InvariantCulture));
        if (query.Offset > 0) sql.Append(" OFFSET ").Append(query.Offset.ToString(CultureInfo.InvariantCulture));
        cmd.CommandText = sql.ToString();

        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            DateTimeOffset? published = null;
            if (!r.IsDBNull(6))
            {
                var utc = StoreValues.ReadInstant(r, 6);
                published = r.IsDBNull(7) ? utc : utc.ToOffset(TimeSpan.FromMinutes(r.GetInt16(7)));
            }
            yield return new ArticleRow
            {
                ArticleId = r.GetString(0),
                ContentHash = r.GetString(1),
                Url = StoreValues.ReadString(r, 2),
                Source = StoreValues.ReadString(r, 3),
                Title = StoreValues.ReadString(r, 4),
                Description = StoreValues.ReadString(r, 5),
                Published = published,
                Language = StoreValues.ReadString(r, 8),
                LanguageSource = StoreValues.ReadString(r, 9),
                Author = StoreValues.ReadString(r, 10),
                Text = r.GetString(11),
                InputPath = StoreValues.ReadString(r, 12),
                Reader = StoreValues.ReadString(r, 13),
                CharCount = r.GetInt32(14),
                SentenceCount = r.GetInt32(15),
                TokenCount = r.GetInt32(16),
                IngestedAt = StoreValues.ReadInstant(r, 17),
                RunId = r.GetString(18),
                Engine = StoreValues.ReadString(r, 19),
                AnnotatedAt = r.IsDBNull(20) ? null : StoreValues.ReadInstant(r, 20),
            };
        }
    }

    /// <summary>Row counts, languages, top sources, date range and size of the store.</summary>
    public static StoreStats Stats(this DyadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Schema.AllTables)
            counts[table] = Convert.ToInt64(store.Scalar("SELECT count(*) FROM " + table), CultureInfo.InvariantCulture);

        var languages = KeyCounts(store, "SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC, language");
        var sources = KeyCounts(store, "SELECT source, count(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source LIMIT " +
                                       TopSourceCount.ToString(CultureInfo.InvariantCulture));

        DateTimeOffset? first = null, last = null;
        using (var cmd = store.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT min(published), max(published) FROM articles";
            using var r = cmd.ExecuteReader();
            if (r.Read() && !r.IsDBNull(0))
            {
                first = StoreValues.ReadInstant(r, 0);
                last = StoreValues.ReadInstant(r, 1);
            }
        }

        long bytes = FileLength(store.Path) + FileLength(store.Path + ".wal");
        return new StoreStats(store.Path, store.SchemaVersion, bytes, counts, languages, sources, first, last, store.EngineCounts());
    }

    /// <summary>How many sources <see cref="Stats"/> lists.</summary>
    public const int TopSourceCount = 10;

    private static long FileLength(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;

    private static List<KeyCount> KeyCounts(DyadStore store, string sql)
    {
        var list = new List<KeyCount>();
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new KeyCount(StoreValues.ReadString(r, 0), r.GetInt64(1)));
        return list;
    }

    /// <summary>
    /// Writes a whole table to <paramref name="outputPath"/> (<c>-</c> for standard output) with DuckDB's COPY
    /// and returns the number of rows written. <paramref name="table"/> is one of <see cref="ExportTables"/>.
    /// </summary>
    public static long Export(this DyadStore store, string table, ExportFormat format, string outputPath) =>
        store.Export(table, format, outputPath, allModalities: false);

    /// <summary>
    /// As <see cref="Export(DyadStore, string, ExportFormat, string)"/>; the <c>events</c> table holds only asserted
    /// events unless <paramref name="allModalities"/> (negated, future, hypothetical and reported events are not things
    /// that happened, so counts drawn from an export must not include them by accident).
    /// </summary>
    public static long Export(this DyadStore store, string table, ExportFormat format, string outputPath, bool allModalities)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        if (outputPath == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            return store.Export(table, format, stdout, allModalities);
        }
        CheckTable(table);
        var full = System.IO.Path.GetFullPath(outputPath);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        return Copy(store, table, format, full, allModalities);
    }

    /// <summary>Writes a whole table to a stream (through a temporary file, since COPY writes files) and returns the row count.</summary>
    public static long Export(this DyadStore store, string table, ExportFormat format, Stream output) =>
        store.Export(table, format, output, allModalities: false);

    /// <summary>Writes a whole table to a stream; <c>events</c> asserted only unless <paramref name="allModalities"/>.</summary>
    public static long Export(this DyadStore store, string table, ExportFormat format, Stream output, bool allModalities)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(output);
        CheckTable(table);
        var temp = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dyad-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            long rows = Copy(store, table, format, temp, allModalities);
            using (var file = File.OpenRead(temp)) file.CopyTo(output);
            output.Flush();
            return rows;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Runs a read-only SQL query and returns its rows (nulls as null): for the demo and ad-hoc reports.</summary>
    public static List<object?[]> Rows(DyadStore store, string sql)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static void CheckTable(string table)
    {
        if (!ExportOrder.ContainsKey(table))
            throw new ArgumentException($"cannot export '{table}': the tables are {string.Join(", ", Schema.DataTables)}", nameof(table));
    }

    /// <summary>Each exportable table's key order, so that an export of the same data is the same file.</summary>
    private static readonly Dictionary<string, string> ExportOrder = new(StringComparer.Ordinal)
    {
        ["articles"] = "article_id",
        ["sentences"] = "article_id, sentence_index",
        ["entities"] = "article_id, entity_index",
        ["actors"] = "article_id, mention_index",
        ["dates"] = "article_id, date_index",
        ["events"] = "event_id",
        ["quotes"] = "article_id, quote_index",
        ["locations"] = "article_id, location_index",
        ["problems"] = "\"at\", run_id, path, code",
    };

    private static long Copy(DyadStore store, string table, ExportFormat format, string path, bool allModalities)
    {
        var options = format switch
        {
            ExportFormat.Jsonl => "FORMAT json",
            ExportFormat.Csv => "FORMAT csv, HEADER true",
            ExportFormat.Parquet => "FORMAT parquet, COMPRESSION zstd",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
        using var cmd = store.Connection.CreateCommand();
        // COPY takes no parameters for its target; the table is checked against a fixed list and the path is quoted.
        string where = table == "events" && !allModalities ? " WHERE modality = 'asserted'" : "";
        cmd.CommandText = $"COPY (SELECT * FROM {table}{where} ORDER BY {ExportOrder[table]}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' ({options})";
        return cmd.ExecuteNonQuery();
    }
}
