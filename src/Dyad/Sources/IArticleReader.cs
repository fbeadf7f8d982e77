using Dyad.Articles;
using Dyad.Diagnostics;

namespace Dyad.Sources;

/// <summary>The input formats Dyad reads. The format is chosen from the content (see <c>FormatSniffer</c>), the extension only breaks ties.</summary>
public enum InputFormat
{
    /// <summary>Plain text, with or without the scrape shape (language marker, headline, boilerplate).</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>An RSS or Atom feed.</summary>
    Feed,
    /// <summary>JSON Lines, one article object per line.</summary>
    JsonLines,
}

/// <summary>What a reader gives back for one article: the article, or the problem that kept it from being one.</summary>
public readonly record struct ReadResult(Article? Article, Problem? Problem)
{
    /// <summary>A successful read.</summary>
    public static ReadResult Ok(Article article) => new(article, null);

    /// <summary>A failed read.</summary>
    public static ReadResult Fail(string path, ErrorCode code, string reason) => new(null, new Problem(path, code, reason));
}

/// <summary>
/// Turns one decoded input into articles. Readers do not normalize (the preparation step does that for all)
/// and never throw for bad content: a bad input or record is a <see cref="ReadResult"/> with a problem.
/// </summary>
public interface IArticleReader
{
    /// <summary>The format this reader handles.</summary>
    InputFormat Format { get; }

    /// <summary>Reads the articles of one input. <paramref name="text"/> is the input decoded to a string.</summary>
    IEnumerable<ReadResult> Read(InputItem input, string text);
}
