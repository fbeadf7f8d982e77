using System.Text.Json;

namespace Dyad.Sources;

/// <summary>
/// Chooses an input's format from its content: JSON Lines, a feed (RSS, Atom, RDF), HTML, else plain text.
/// The file name's extension only settles the cases the content leaves open.
/// </summary>
public static class FormatSniffer
{
    /// <summary>How much of the text is looked at for markup (feeds and HTML declare themselves at the top).</summary>
    internal const int HeadChars = 1024;

    /// <summary>How far a feed's root element may sit behind prolog, comments and stylesheet instructions.</summary>
    internal const int FeedHeadChars = 4096;

    /// <summary>
    /// Known HTML tags per 100 characters of the head above which a fragment without doctype or
    /// <c>&lt;html&gt;</c> is HTML. A news paragraph quoting one tag has under 0.5; a bare fragment of markup
    /// (<c>&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…</c>) has 1 and more per 100 characters.
    /// </summary>
    internal const double HtmlTagsPer100Chars = 1.0;

    /// <summary>Fewest known tags for the density test to call a text HTML (one or two tags in a short text are quotes of markup).</summary>
    internal const int MinHtmlTags = 3;

    /// <summary>Tag names counted by the density test.</summary>
    private static readonly string[] HtmlTagNames =
        ["p", "div", "span", "a", "br", "article", "section", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td",
         "img", "script", "style", "meta", "link", "title", "strong", "em", "b", "i", "header", "footer", "nav", "main", "figure"];

    /// <summary>Detects the format of <paramref name="text"/> read from <paramref name="path"/>.</summary>
    public static InputFormat Detect(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ext = Extension(path);
        var body = text.AsSpan().TrimStart();
        if (!body.IsEmpty && body[0] == '\uFEFF') body = body[1..].TrimStart();

        if (!body.IsEmpty && body[0] == '{')
        {
            if (FirstLineIsJsonObject(body)) return InputFormat.JsonLines;
            if (ext is "jsonl" or "ndjson" or "json") return InputFormat.JsonLines; // broken JSON Lines: the reader reports each bad line
        }

        var feedHead = body[..Math.Min(body.Length, FeedHeadChars)];
        if (!body.IsEmpty && body[0] == '<')
        {
            if (ContainsTag(feedHead, "<rss") || ContainsTag(feedHead, "<rdf:rdf")) return InputFormat.Feed;
            int feed = IndexOfIgnoreCase(feedHead, "<feed");
            if (feed >= 0 && IsTagBoundary(feedHead, feed + 5))
            {
                if (IndexOfIgnoreCase(feedHead[feed..], "http://www.w3.org/2005/atom") >= 0) return InputFormat.Feed;
                if (ext is "atom" or "xml" or "rss") return InputFormat.Feed;
            }
        }

        var head = body[..Math.Min(body.Length, HeadChars)];
        if (ContainsTag(head, "<!doctype html") || ContainsTag(head, "<html") || ContainsTag(head, "<head") || ContainsTag(head, "<body"))
            return InputFormat.Html;
        int tags = CountHtmlTags(head);
        if (tags > 0)
        {
            if (tags >= MinHtmlTags && tags * 100.0 / Math.Max(head.Length, 1) >= HtmlTagsPer100Chars) return InputFormat.Html;
            if (ext is "html" or "htm" or "xhtml") return InputFormat.Html;
        }
        if (!body.IsEmpty && body[0] == '<' && ext is "rss" or "atom") return InputFormat.Feed;
        return InputFormat.Text;
    }

    private static string Extension(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).TrimStart('.').ToLowerInvariant();
    }

    private static bool FirstLineIsJsonObject(ReadOnlySpan<char> body)
    {
        int end = body.IndexOf('\n');
        var line = (end < 0 ? body : body[..end]).TrimEnd();
        try
        {
            using var doc = JsonDocument.Parse(line.ToString());
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<char> s, string value) => s.IndexOf(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="tag"/> (e.g. <c>&lt;rss</c>) occurs followed by a character that ends a tag name.</summary>
    private static bool ContainsTag(ReadOnlySpan<char> s, string tag)
    {
        int from = 0;
        while (from < s.Length)
        {
            int at = IndexOfIgnoreCase(s[from..], tag);
            if (at < 0) return false;
            at += from;
            if (IsTagBoundary(s, at + tag.Length)) return true;
            from = at + 1;
        }
        return false;
    }

    private static bool IsTagBoundary(ReadOnlySpan<char> s, int at) =>
        at >= s.Length || s[at] is '>' or '/' or ' ' or '\t' or '\r' or '\n';

    private static int CountHtmlTags(ReadOnlySpan<char> head)
    {
        int count = 0;
        for (int i = 0; i < head.Length - 1; i++)
        {
            if (head[i] != '<') continue;
            int start = head[i + 1] == '/' ? i + 2 : i + 1;
            int end = start;
            while (end < head.Length && char.IsAsciiLetterOrDigit(head[end])) end++;
            if (end == start || !IsTagBoundary(head, end)) continue;
            var name = head[start..end];
            foreach (var known in HtmlTagNames)
            {
                if (name.Equals(known, StringComparison.OrdinalIgnoreCase)) { count++; break; }
            }
        }
        return count;
    }
}
