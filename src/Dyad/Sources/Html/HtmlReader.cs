using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Sources.Feeds;

namespace Dyad.Sources.Html;

/// <summary>
/// Reads an HTML page as one article: the main text (boilerplate removed, paragraphs kept) and the metadata the page
/// declares (title, date, author, language, site, canonical URL). A page without article text is
/// <see cref="ErrorCode.NotAnArticle"/>.
/// </summary>
public sealed class HtmlReader : IArticleReader
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        SkipComments = true,
    };

    /// <inheritdoc />
    public InputFormat Format => InputFormat.Html;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(InputItem input, string text)
    {
        yield return ReadPage(input.Path, text);
    }

    /// <summary>Turns an HTML fragment (a feed description, a JSON-Lines <c>html</c> field) into paragraphs separated by a blank line.</summary>
    public static string HtmlToText(string htmlFragment)
    {
        if (string.IsNullOrEmpty(htmlFragment)) return "";
        if (htmlFragment.AsSpan().IndexOfAny('<', '&') < 0) return CollapseParagraphs(htmlFragment);
        var parser = new HtmlParser(ParserOptions);
        var doc = parser.ParseDocument(htmlFragment);
        var renderer = new BlockRenderer();
        renderer.Render(doc.Body ?? (INode)doc);
        return Join(renderer.Blocks, 0);
    }

    private static ReadResult ReadPage(string path, string html)
    {
        var parser = new HtmlParser(ParserOptions);
        var doc = parser.ParseDocument(DropScriptBodies(html));
        var meta = PageMetadata.Read(doc);
        var blocks = new MainTextExtractor().Extract(doc);
        int skip = LeadingTitleBlocks(blocks, meta.Title);
        var text = Join(blocks, skip);
        if (meta.JsonLdBody is { } ld)
        {
            var ldText = CollapseParagraphs(ld.Contains('<') ? HtmlToText(ld) : ld);
            if (text.Length < ldText.Length * ExtractionRules.JsonLdPreferredBelowShare) text = ldText;
        }
        if (text.Length == 0)
            return ReadResult.Fail(path, ErrorCode.NotAnArticle, "the page has no article body text (only navigation, scripts or nothing)");
        return ReadResult.Ok(new Article
        {
            Url = meta.Url,
            Title = meta.Title,
            Description = meta.Description,
            Text = text,
            Published = meta.Published,
            Language = meta.Language,
            LanguageSource = meta.Language is null ? null : "declared",
            Source = meta.SiteName,
            Author = meta.Author,
            InputPath = path,
            Reader = "html",
        });
    }

    /// <summary>
    /// Empties the bodies of <c>&lt;script&gt;</c> (except JSON-LD) and <c>&lt;style&gt;</c> elements before parsing:
    /// they are often most of a page's bytes and never article text, and skipping them here with a span search is
    /// cheaper than letting the parser build them. Measured on Scrapinghub (see <c>ExtractionEvaluation</c>).
    /// </summary>
    internal static string DropScriptBodies(string html)
    {
        var span = html.AsSpan();
        StringBuilder? sb = null;
        int copied = 0, i = 0;
        while (true)
        {
            int lt = span[i..].IndexOf('<');
            if (lt < 0) break;
            i += lt + 1;
            string? closer = null;
            if (StartsWithTag(span[i..], "script")) closer = "</script";
            else if (StartsWithTag(span[i..], "style")) closer = "</style";
            if (closer is null) continue;
            int gt = span[i..].IndexOf('>');
            if (gt < 0) break;
            var openTag = span.Slice(i, gt);
            int contentStart = i + gt + 1;
            int end = span[contentStart..].IndexOf(closer, StringComparison.OrdinalIgnoreCase);
            if (end < 0) break;
            int contentEnd = contentStart + end;
            if (!openTag.Contains("ld+json", StringComparison.OrdinalIgnoreCase) && end > 0)
            {
                sb ??= new StringBuilder(html.Length);
                sb.Append(span[copied..contentStart]);
                copied = contentEnd;
            }
            i = contentEnd + closer.Length;
        }
        if (sb is null) return html;
        sb.Append(span[copied..]);
        return sb.ToString();

        static bool StartsWithTag(ReadOnlySpan<char> s, string name) =>
            s.Length > name.Length && s.StartsWith(name, StringComparison.OrdinalIgnoreCase)
            && (s[name.Length] is '>' or '/' || char.IsWhiteSpace(s[name.Length]));
    }

    // The headline often opens the body (an <h1> inside <article>): it is not repeated in Text.
    private static int LeadingTitleBlocks(List<TextBlock> blocks, string? title)
    {
        if (string.IsNullOrEmpty(title)) return 0;
        for (int i = 0; i < Math.Min(3, blocks.Count); i++)
            if (SameText(blocks[i].Text, title)) return i + 1;
        return 0;
    }

    internal static bool SameText(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++; j++;
        }
    }

    private static string Join(List<TextBlock> blocks, int skip)
    {
        var sb = new StringBuilder();
        for (int i = skip; i < blocks.Count; i++)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(blocks[i].Text);
        }
        return sb.ToString();
    }

    // Plain text with its own line breaks: lines become paragraphs, spaces collapse.
    private static string CollapseParagraphs(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.IsEmpty) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            bool space = false;
            foreach (char c in t)
            {
                if (char.IsWhiteSpace(c)) { space = true; continue; }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
