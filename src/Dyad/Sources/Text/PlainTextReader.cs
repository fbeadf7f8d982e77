using System.Text;
using System.Text.RegularExpressions;
using Dyad.Articles;
using Dyad.Diagnostics;

namespace Dyad.Sources.Text;

/// <summary>
/// Reads a plain-text article. Understands the scrape shape — a language marker line (<c>• en</c>), the headline,
/// an optional standfirst, paragraphs, trailing share/follow boilerplate — and plain text where a short first
/// line may be the headline. Paragraphs are separated by blank lines (or, in text without any blank line, by line
/// breaks) and come out joined by <c>\n\n</c>.
/// </summary>
public sealed partial class PlainTextReader : IArticleReader
{
    /// <summary>Longest line taken as a headline (characters). PolNeAR's first lines: 99th percentile 129, so 150 keeps nearly all.</summary>
    internal const int MaxTitleChars = 150;

    /// <summary>
    /// Share of words of four or more letters that start upper-case from which a punctuated short first line is
    /// still a headline (headline case: "Ben Carson Defends Himself Against Claims."). Chosen on PolNeAR train+dev
    /// (924 articles): finds 42% of their titles (which end with a period), while 1.7% of lede paragraphs reach it
    /// (0.5 gave 52% / 5.8%, 0.6 gave 45% / 2.9%; 0.6 also took "Negotiators met in Cairo on Monday, officials said.").
    /// </summary>
    internal const double MinHeadlineCaseShare = 0.7;

    /// <summary>Longest paragraph taken as a standfirst (characters).</summary>
    internal const int MaxStandfirstChars = 300;

    /// <summary>
    /// Share of the standfirst's words (four letters or more) that the next paragraph repeats: a standfirst
    /// summarizes the lede it precedes. The seed scrape's standfirst scores 0.79; PolNeAR ledes against their next
    /// paragraph score 0.47 at the 99th percentile (median 0.12), so 0.5 keeps ledes in the body.
    /// </summary>
    internal const double MinStandfirstOverlap = 0.5;

    /// <summary>Fewest words (four letters or more) a standfirst holds; shorter paragraphs overlap the next one by chance.</summary>
    internal const int MinStandfirstWords = 6;

    /// <summary>Longest paragraph judged as trailing boilerplate (a marker line with its links).</summary>
    internal const int MaxBoilerplateChars = 300;

    /// <summary>Short fragments without a closing stop after a trailing boilerplate marker (e.g. "Facebook", "Twitter") go with it.</summary>
    internal const int MaxTrailingFragmentChars = 40;

    /// <summary>How many paragraphs from the end are searched for the start of trailing boilerplate.</summary>
    internal const int TailParagraphs = 8;

    /// <summary>Where a boilerplate marker must sit in its line to count.</summary>
    internal enum MarkerPlace
    {
        /// <summary>The line starts with the marker.</summary>
        LineStart,
        /// <summary>The marker may sit anywhere in the line ("... All rights reserved.").</summary>
        Anywhere,
    }

    /// <summary>One share/follow/copyright marker.</summary>
    internal readonly record struct BoilerplateMarker(string Text, MarkerPlace Place);

    /// <summary>
    /// Share, follow and copyright lines that scrapes leave behind. A line equal to a marker is removed wherever it
    /// stands; a paragraph starting with one (or holding an <see cref="MarkerPlace.Anywhere"/> one) is removed,
    /// with what follows it, only at the end of the text.
    /// </summary>
    internal static readonly BoilerplateMarker[] Markers =
    [
        new("Follow us on", MarkerPlace.LineStart),
        new("Follow us", MarkerPlace.LineStart),
        new("Share this article", MarkerPlace.LineStart),
        new("Share this story", MarkerPlace.LineStart),
        new("Share this", MarkerPlace.LineStart),
        new("Share on Facebook", MarkerPlace.LineStart),
        new("Share on Twitter", MarkerPlace.LineStart),
        new("Share on X", MarkerPlace.LineStart),
        new("Share via email", MarkerPlace.LineStart),
        new("Read more:", MarkerPlace.LineStart),
        new("Read more", MarkerPlace.LineStart),
        new("Related:", MarkerPlace.LineStart),
        new("Subscribe to our newsletter", MarkerPlace.LineStart),
        new("Sign up for our newsletter", MarkerPlace.LineStart),
        new("Click here to", MarkerPlace.LineStart),
        new("Copyright ©", MarkerPlace.LineStart),
        new("©", MarkerPlace.LineStart),
        new("All rights reserved", MarkerPlace.Anywhere),
    ];

    /// <summary>A language marker line: a bullet or a <c>lang:</c>/<c>language:</c> key, then a two-letter code (region allowed).</summary>
    /// <summary>A date written YYYY-MM-DD in a file's name, between non-digits ("breitbart_2016-03-01_the-latest.txt").</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameDatePattern();

    /// <summary>
    /// A plain-text file carries no metadata; corpora often name each file with its publication date, and without a
    /// date actors and relative dates cannot be resolved. The first valid YYYY-MM-DD in the file's own name (not its
    /// folders) is taken as the publication date, at midnight UTC; <see cref="Article.PublishedSource"/> says so.
    /// </summary>
    internal static DateTimeOffset? FileNameDate(string path)
    {
        var m = FileNameDatePattern().Match(Path.GetFileName(path));
        if (!m.Success) return null;
        int y = int.Parse(m.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
    }

    [GeneratedRegex(@"^(?:[•·▪*]\s*(?:lang(?:uage)?\s*[:=]\s*)?|lang(?:uage)?\s*[:=]\s*)(?<code>[a-z]{2})(?:[-_][a-z]{2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageMarker();

    /// <inheritdoc />
    public InputFormat Format => InputFormat.Text;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(InputItem input, string text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        yield return ReadOne(input.Path, text);
    }

    private static ReadResult ReadOne(string path, string text)
    {
        var paragraphs = SplitParagraphs(text);

        string? language = null;
        if (paragraphs.Count > 0 && LanguageMarker().Match(paragraphs[0][0]) is { Success: true } marker)
        {
            language = marker.Groups["code"].Value.ToLowerInvariant();
            paragraphs[0].RemoveAt(0);
            if (paragraphs[0].Count == 0) paragraphs.RemoveAt(0);
        }

        RemoveBoilerplate(paragraphs);

        string? title = null, description = null;
        if (paragraphs.Count >= 2)
        {
            var first = paragraphs[0];
            bool scrape = language != null;
            if (first.Count == 1 && (scrape ? first[0].Length <= MaxTitleChars * 2 : IsHeadline(first[0])))
            {
                title = first[0];
                paragraphs.RemoveAt(0);
            }
            else if (first.Count == 2 && (IsHeadline(first[0]) || (first[0].EndsWith(';') && first[0].Length <= MaxTitleChars)) && first[1].Length <= MaxStandfirstChars)
            {
                // "Headline; \nSubheadline." as newspaper databases print it.
                title = first[0];
                description = first[1];
                paragraphs.RemoveAt(0);
            }
            if (title != null && description == null && paragraphs.Count >= 2 && IsStandfirst(paragraphs[0], paragraphs[1]))
            {
                description = paragraphs[0][0];
                paragraphs.RemoveAt(0);
            }
        }

        if (title == null && language != null && paragraphs.Count == 1 && paragraphs[0].Count == 1 && paragraphs[0][0].Length <= MaxTitleChars)
            return ReadResult.Fail(path, ErrorCode.NotAnArticle, "the scrape holds a headline but no body");

        var body = Join(paragraphs);
        var fileDate = FileNameDate(path);
        if (body.Length == 0)
            return ReadResult.Fail(path, ErrorCode.NotAnArticle, title == null ? "the text holds no paragraphs" : "the text holds a headline but no body");

        return ReadResult.Ok(new Article
        {
            Title = title == null ? null : TrimHeadlineStop(title),
            Description = description,
            Text = body,
            Language = language,
            LanguageSource = language == null ? null : "declared",
            Published = fileDate,
            PublishedSource = fileDate is null ? null : "file name",
            InputPath = path,
            Reader = "text",
        });
    }

    /// <summary>Paragraphs as lists of trimmed, non-blank lines.</summary>
    internal static List<List<string>> SplitParagraphs(string text)
    {
        var paragraphs = new List<List<string>>();
        var lines = new List<string>();
        bool sawBlank = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                if (lines.Count > 0) paragraphs.Add(lines);
                lines = [];
                sawBlank |= paragraphs.Count > 0;
                continue;
            }
            lines.Add(line.ToString());
        }
        if (lines.Count > 0) paragraphs.Add(lines);

        // Text without a single blank line between its lines writes one paragraph per line.
        if (!sawBlank && paragraphs.Count == 1 && paragraphs[0].Count > 1)
        {
            var single = paragraphs[0];
            paragraphs = new List<List<string>>(single.Count);
            foreach (var line in single) paragraphs.Add([line]);
        }
        return paragraphs;
    }

    /// <summary>A short line that is a headline: no sentence-final punctuation, or headline case.</summary>
    internal static bool IsHeadline(string line)
    {
        if (line.Length > MaxTitleChars) return false;
        char last = line[^1];
        bool punctuated = last is '.' or '!' or '?' or ':' or ';' or '…' or '"' or '\'' or '”' or '’' or ',';
        return !punctuated || HeadlineCaseShare(line) >= MinHeadlineCaseShare;
    }

    private static double HeadlineCaseShare(string line)
    {
        int words = 0, upper = 0, i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && !char.IsLetter(line[i])) i++;
            int start = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’' or '-')) i++;
            if (i - start >= 4)
            {
                words++;
                if (char.IsUpper(line[start])) upper++;
            }
        }
        return words < 2 ? 0 : (double)upper / words;
    }

    /// <summary>A headline's closing period is a print habit, not part of the headline; abbreviations ("U.S.") keep theirs.</summary>
    private static string TrimHeadlineStop(string title)
    {
        var t = title.AsSpan().TrimEnd();
        if (t.Length > 2 && t[^1] is '.' or ';' && t[^2] != '.' && !(t.Length > 3 && t[^3] == '.'))
            t = t[..^1].TrimEnd();
        return t.Length == title.Length ? title : t.ToString();
    }

    private static bool IsStandfirst(List<string> candidate, List<string> next)
    {
        if (candidate.Count != 1 || candidate[0].Length > MaxStandfirstChars) return false;
        var words = ContentWords(candidate[0]);
        if (words.Count < MinStandfirstWords) return false;
        var following = ContentWords(string.Join(' ', next));
        int shared = 0;
        foreach (var w in words) if (following.Contains(w)) shared++;
        return (double)shared / words.Count >= MinStandfirstOverlap;
    }

    private static HashSet<string> ContentWords(string text)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-')) i++;
            if (i - start >= 4) set.Add(text[start..i]);
        }
        return set;
    }

    private static void RemoveBoilerplate(List<List<string>> paragraphs)
    {
        // At the end: a boilerplate paragraph and the short fragments after it.
        for (int k = Math.Max(0, paragraphs.Count - TailParagraphs); k < paragraphs.Count; k++)
        {
            if (!IsBoilerplate(string.Join(' ', paragraphs[k])) || !TailIsJunk(paragraphs, k + 1)) continue;
            paragraphs.RemoveRange(k, paragraphs.Count - k);
            break;
        }

        // Whole lines that are only a marker go wherever they stand.
        for (int p = paragraphs.Count - 1; p >= 0; p--)
        {
            paragraphs[p].RemoveAll(IsMarkerLine);
            if (paragraphs[p].Count == 0) paragraphs.RemoveAt(p);
        }

        // The same at line level inside the last paragraph (no blank line before "Follow us on:").
        if (paragraphs.Count > 0)
        {
            var last = paragraphs[^1];
            for (int k = 1; k < last.Count; k++)
            {
                if (!IsBoilerplate(last[k])) continue;
                bool junk = true;
                for (int j = k + 1; j < last.Count; j++) junk &= IsFragment(last[j]) || IsBoilerplate(last[j]);
                if (!junk) continue;
                last.RemoveRange(k, last.Count - k);
                break;
            }
        }
    }

    private static bool TailIsJunk(List<List<string>> paragraphs, int from)
    {
        for (int i = from; i < paragraphs.Count; i++)
        {
            var p = string.Join(' ', paragraphs[i]);
            if (!IsFragment(p) && !IsBoilerplate(p)) return false;
        }
        return true;
    }

    private static bool IsFragment(string s) => s.Length <= MaxTrailingFragmentChars && s[^1] is not ('.' or '!' or '?' or '…');

    /// <summary>A short paragraph that starts with a marker or holds an anywhere-marker.</summary>
    internal static bool IsBoilerplate(string paragraph)
    {
        if (paragraph.Length > MaxBoilerplateChars) return false;
        foreach (var m in Markers)
        {
            bool hit = m.Place == MarkerPlace.LineStart
                ? paragraph.StartsWith(m.Text, StringComparison.OrdinalIgnoreCase)
                : paragraph.Contains(m.Text, StringComparison.OrdinalIgnoreCase);
            if (hit) return true;
        }
        return false;
    }

    /// <summary>A line that is nothing but a marker (closing colon or stop ignored).</summary>
    internal static bool IsMarkerLine(string line)
    {
        var core = line.AsSpan().TrimEnd(" :.!…»>→".AsSpan());
        foreach (var m in Markers)
            if (core.Equals(m.Text.AsSpan().TrimEnd(':'), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static string Join(List<List<string>> paragraphs)
    {
        var sb = new StringBuilder();
        foreach (var p in paragraphs)
        {
            if (sb.Length > 0) sb.Append("\n\n");
            for (int i = 0; i < p.Count; i++)
            {
                if (i > 0) sb.Append('\n');
                sb.Append(p[i]);
            }
        }
        return sb.ToString();
    }
}
