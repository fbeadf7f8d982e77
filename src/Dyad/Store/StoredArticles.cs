using System.Globalization;
using Dyad.Articles;
using DuckDB.NET.Data;

namespace Dyad.Store;

/// <summary>A stored article rebuilt for re-annotation, or why it could not be.</summary>
/// <param name="Id">The stored article id.</param>
/// <param name="Article">The article as the pipeline takes it (text, title, metadata, language), or null when the row does not make one.</param>
/// <param name="GivenDate">The reference date the article was given (<c>--date</c>) when it has no publication date; null otherwise.</param>
/// <param name="Engine">The fingerprint of the engine that annotated it; null when unknown (stored before schema v4).</param>
/// <param name="Error">Why the row does not make an article; null when <paramref name="Article"/> is set.</param>
public sealed record StoredArticle(string Id, Article? Article, DateOnly? GivenDate, string? Engine, string? Error);

/// <summary>How many stored articles an engine annotated.</summary>
/// <param name="Engine">The engine fingerprint; null for articles stored before the store kept one.</param>
/// <param name="Count">Articles.</param>
public sealed record EngineCount(string? Engine, long Count);

/// <summary>What the store knows about the engine behind each article, and the articles read back for re-annotation.</summary>
public static class StoredArticles
{
    /// <summary>Articles not annotated by <paramref name="engine"/> (another engine, or unknown): the stale ones.</summary>
    public static long CountStale(this DyadStore store, string engine)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(engine);
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM articles WHERE engine IS DISTINCT FROM $engine";
        cmd.Parameters.Add(new DuckDBParameter("engine", engine));
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Articles per engine fingerprint, most first (null: unknown, stored before the store kept one).</summary>
    public static IReadOnlyList<EngineCount> EngineCounts(this DyadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var list = new List<EngineCount>();
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT engine, count(*) AS n FROM articles GROUP BY engine ORDER BY n DESC, engine NULLS LAST";
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new EngineCount(StoreValues.ReadString(r, 0), r.GetInt64(1)));
        return list;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> stored articles, in id order after <paramref name="afterId"/> (null: from the
    /// start), that <paramref name="engine"/> did not annotate, or every article when <paramref name="all"/>; each
    /// rebuilt from the stored text and metadata as the pipeline takes it. A row that does not make an article again
    /// comes back with an <see cref="StoredArticle.Error"/> instead of throwing.
    /// </summary>
    public static IReadOnlyList<StoredArticle> ReadForReannotation(this DyadStore store, string engine, bool all, string? afterId, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrEmpty(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var list = new List<StoredArticle>(Math.Min(limit, 1024));
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText =
            "SELECT article_id, content_hash, url, source, title, description, published, published_offset, language, language_source, " +
            "author, text, input_path, reader, reference_date, reference_date_source, engine FROM articles " +
            "WHERE ($all OR engine IS DISTINCT FROM $engine) AND ($after IS NULL OR article_id > $after) " +
            "ORDER BY article_id LIMIT " + limit.ToString(CultureInfo.InvariantCulture);
        cmd.Parameters.Add(new DuckDBParameter("all", all));
        cmd.Parameters.Add(new DuckDBParameter("engine", engine));
        cmd.Parameters.Add(new DuckDBParameter("after", afterId));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string id = r.GetString(0);
            string? storedEngine = StoreValues.ReadString(r, 16);
            try
            {
                list.Add(Rebuild(r, id, storedEngine));
            }
            catch (Exception e) when (e is ArgumentException or InvalidCastException or FormatException or OverflowException)
            {
                list.Add(new StoredArticle(id, null, null, storedEngine, $"the stored row does not make an article: {e.Message}"));
            }
        }
        return list;
    }

    private static StoredArticle Rebuild(System.Data.Common.DbDataReader r, string id, string? engine)
    {
        string contentHash = r.GetString(1);
        string? title = StoreValues.ReadString(r, 4);
        string? text = StoreValues.ReadString(r, 11);
        if (string.IsNullOrEmpty(text)) return new StoredArticle(id, null, null, engine, "the stored text is empty");

        DateTimeOffset? published = null;
        if (!r.IsDBNull(6))
        {
            var utc = StoreValues.ReadInstant(r, 6);
            // ToOffset throws for an offset beyond ±14 hours: a row no ingest writes.
            published = r.IsDBNull(7) ? utc : utc.ToOffset(TimeSpan.FromMinutes(r.GetInt16(7)));
        }
        DateOnly? referenceDate = r.IsDBNull(14) ? null : DateOnly.FromDateTime(r.GetDateTime(14));
        string? referenceSource = StoreValues.ReadString(r, 15);

        var article = new Article
        {
            Id = id,
            Url = StoreValues.ReadString(r, 2),
            Source = StoreValues.ReadString(r, 3),
            Title = title,
            Description = StoreValues.ReadString(r, 5),
            Text = text,
            Published = published,
            // The reference date's source tells where a publication date came from when not the input's metadata
            // ("file name"): the article's PublishedSource, which the store keeps in no column of its own.
            PublishedSource = published is not null && referenceSource is not null and not "published" and not "given" ? referenceSource : null,
            Language = StoreValues.ReadString(r, 8),
            LanguageSource = StoreValues.ReadString(r, 9),
            Author = StoreValues.ReadString(r, 10),
            InputPath = StoreValues.ReadString(r, 12),
            Reader = StoreValues.ReadString(r, 13),
        };
        if (article.ContentHash != contentHash)
            return new StoredArticle(id, null, null, engine, "the stored title and text no longer hash to the stored content_hash");
        DateOnly? given = published is null && referenceSource == "given" ? referenceDate : null;
        return new StoredArticle(id, article, given, engine, null);
    }
}
