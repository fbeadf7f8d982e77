namespace Dyad.Articles;

/// <summary>
/// A news article as a reader made it: clean text with paragraph breaks (<c>\n\n</c>) and its metadata.
/// Character offsets of every later annotation point into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>The input's own id when it gives one, else (filled when the article is prepared) a stable hash of the content (see <see cref="ArticleIds"/>). Empty until then.</summary>
    public string Id { get; init; } = "";

    /// <summary>The article's URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>A standfirst or description, when the input has one separate from the body.</summary>
    public string? Description { get; init; }

    /// <summary>The body: paragraphs separated by a blank line. Title is not repeated here.</summary>
    public required string Text { get; init; }

    /// <summary>Publication date and time when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from when not from the source's own metadata: <c>file name</c> for
    /// a plain-text file named with its date ("breitbart_2016-03-01_....txt"); null otherwise.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>ISO 639-1 language code: as declared by the input, else identified from the text.</summary>
    public string? Language { get; init; }

    /// <summary>Where <see cref="Language"/> came from: <c>declared</c>, <c>identified</c> or null.</summary>
    public string? LanguageSource { get; init; }

    /// <summary>The publisher or site name.</summary>
    public string? Source { get; init; }

    /// <summary>The author(s) when given.</summary>
    public string? Author { get; init; }

    /// <summary>The file (and record within it) the article was read from.</summary>
    public string? InputPath { get; init; }

    /// <summary>Which reader produced the article (<c>text</c>, <c>html</c>, <c>feed</c>, <c>jsonl</c>).</summary>
    public string? Reader { get; init; }

    /// <summary>Hex SHA-256 of the normalized title and text: the ingest's idempotency key.</summary>
    public string ContentHash => _contentHash ??= ArticleIds.ContentHash(Title, Text);
    private string? _contentHash;
}
