using Dyad.Store;

namespace Dyad.Query;

/// <summary>A filter over stored articles. Every criterion left null is not applied.</summary>
public sealed record ArticleQuery
{
    /// <summary>Earliest publication date (UTC day, inclusive).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest publication date (UTC day, inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Exact source (publisher) name.</summary>
    public string? Source { get; init; }

    /// <summary>ISO 639-1 language code.</summary>
    public string? Language { get; init; }

    /// <summary>Words the title or the text must contain, compared case-insensitively (a plain substring, not a pattern).</summary>
    public string? Text { get; init; }

    /// <summary>Most rows to return; null returns every match.</summary>
    public int? Limit { get; init; }

    /// <summary>Rows to skip first (rows are ordered by publication time, then article id).</summary>
    public int Offset { get; init; }
}

/// <summary>One stored article as <see cref="StoreQueries.Articles"/> returns it.</summary>
public sealed record ArticleRow
{
    /// <summary>The article id.</summary>
    public required string ArticleId { get; init; }
    /// <summary>Hex SHA-256 of title and text.</summary>
    public required string ContentHash { get; init; }
    /// <summary>The URL when known.</summary>
    public string? Url { get; init; }
    /// <summary>The publisher.</summary>
    public string? Source { get; init; }
    /// <summary>The headline.</summary>
    public string? Title { get; init; }
    /// <summary>The standfirst.</summary>
    public string? Description { get; init; }
    /// <summary>Publication time with the offset the input gave.</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>ISO 639-1 language code.</summary>
    public string? Language { get; init; }
    /// <summary><c>declared</c> or <c>identified</c>.</summary>
    public string? LanguageSource { get; init; }
    /// <summary>The author(s).</summary>
    public string? Author { get; init; }
    /// <summary>The body text.</summary>
    public required string Text { get; init; }
    /// <summary>The file (and record) read.</summary>
    public string? InputPath { get; init; }
    /// <summary>The reader that made the article.</summary>
    public string? Reader { get; init; }
    /// <summary>Characters in the text (UTF-16 code units).</summary>
    public int CharCount { get; init; }
    /// <summary>Sentences stored for the article.</summary>
    public int SentenceCount { get; init; }
    /// <summary>Tokens the tokenizer found (tokens themselves are not stored).</summary>
    public int TokenCount { get; init; }
    /// <summary>When the article was stored (UTC).</summary>
    public DateTimeOffset IngestedAt { get; init; }
    /// <summary>The run that stored it.</summary>
    public required string RunId { get; init; }
    /// <summary>The fingerprint of the engine that annotated it (<c>EngineFingerprint</c>); null when unknown (stored before schema v4).</summary>
    public string? Engine { get; init; }
    /// <summary>When its current annotations were written (UTC): when it was stored, or last re-annotated; null before schema v4.</summary>
    public DateTimeOffset? AnnotatedAt { get; init; }
}

/// <summary>A value and how many rows hold it.</summary>
/// <param name="Key">The value (null when the column is empty).</param>
/// <param name="Count">Rows holding it.</param>
public sealed record KeyCount(string? Key, long Count);

/// <summary>What a store holds, in numbers.</summary>
/// <param name="Path">The store file.</param>
/// <param name="SchemaVersion">The file's schema version.</param>
/// <param name="FileBytes">Size on disk of the store file plus its write-ahead log.</param>
/// <param name="RowCounts">Rows per table.</param>
/// <param name="Languages">Articles per language, most first.</param>
/// <param name="TopSources">The ten sources with most articles, most first.</param>
/// <param name="FirstPublished">Earliest publication time among articles; null when none has one.</param>
/// <param name="LastPublished">Latest publication time.</param>
/// <param name="Engines">Articles per engine fingerprint that annotated them, most first (null: unknown, stored before schema v4).</param>
public sealed record StoreStats(
    string Path,
    int SchemaVersion,
    long FileBytes,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<KeyCount> Languages,
    IReadOnlyList<KeyCount> TopSources,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished,
    IReadOnlyList<EngineCount> Engines)
{
    /// <summary>Articles not annotated by <paramref name="engine"/>: another engine's, or unknown.</summary>
    public long StaleFor(string engine)
    {
        long stale = 0;
        foreach (var e in Engines) if (e.Engine != engine) stale += e.Count;
        return stale;
    }
}

/// <summary>File formats <see cref="StoreQueries.Export(Dyad.Store.DyadStore, string, ExportFormat, string)"/> writes.</summary>
public enum ExportFormat
{
    /// <summary>JSON Lines: one JSON object per row.</summary>
    Jsonl,
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
    /// <summary>Apache Parquet (zstd-compressed columns).</summary>
    Parquet,
}
