using System.Globalization;
using System.Text;
using Dyad.Documents;

namespace Dyad.Actors.Petrarch;

/// <summary>A line of a PETRARCH dictionary that the reader could not use, with its number and the reason.</summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Text">The line as read.</param>
/// <param name="Reason">Why it was not used.</param>
public sealed record PetrarchLineIssue(int Line, string Text, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}: {Reason}: {Text}";
}

/// <summary>
/// Comment handling and small helpers shared by the PETRARCH readers. The comment rules are the ones every
/// PETRARCH file uses: a line starting with <c>#</c> is a comment, <c>#</c> anywhere else starts a trailing comment,
/// <c>&lt;!-- ... --&gt;</c> is a comment on one line or over several, and (the old TABARI rule, still present in the
/// verb file) <c>;</c> starts a trailing comment.
/// </summary>
internal static class PetrarchText
{
    /// <summary>Two-digit years up to this value are read as 20yy, later ones as 19yy: the Phoenix files (2014) hold
    /// six-digit dates for 2000-2014 and for 1931 onwards, never for 2015-2030 (counted over Phoenix.*.actors.txt).</summary>
    internal const int TwoDigitYearPivot = 30;

    /// <summary>Reads a file's lines with comments removed; yields (line number, raw line, content without comments).
    /// Lines that hold only a comment or white space are skipped.</summary>
    internal static IEnumerable<(int Number, string Raw, string Content)> ContentLines(TextReader reader, bool semicolonComments)
    {
        int number = 0;
        bool inXmlComment = false;
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            number++;
            string line = raw;
            if (inXmlComment)
            {
                int end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) continue;
                inXmlComment = false;
                line = line[(end + 3)..];
            }
            int open;
            while ((open = line.IndexOf("<!--", StringComparison.Ordinal)) >= 0)
            {
                int close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0) { inXmlComment = true; line = line[..open]; break; }
                line = line[..open] + line[(close + 3)..];
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (semicolonComments)
            {
                int semi = line.IndexOf(';');
                if (semi >= 0) line = line[..semi];
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return (number, raw, line);
        }
    }

    /// <summary>A dictionary phrase as words: underscores become spaces, a final underscore (TABARI's "no stemming"
    /// mark) is dropped, runs of blanks collapse, and the text is upper-cased.</summary>
    internal static string Phrase(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (c == '_' || char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The lookup key of a phrase: folded with <see cref="TextChars.Fold"/> (case, curly quotes), underscores
    /// and blank runs become one space, ends trimmed.</summary>
    internal static string Key(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            char f = TextChars.Fold(c);
            if (f == '_' || char.IsWhiteSpace(f)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>Reads a PETRARCH date: <c>YYYYMMDD</c> or <c>YYMMDD</c> (see <see cref="TwoDigitYearPivot"/>).</summary>
    internal static bool TryDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        s = s.Trim();
        if (s.Length is not (6 or 8)) return false;
        foreach (char c in s) if (c is < '0' or > '9') return false;
        int year, rest;
        if (s.Length == 8) { year = int.Parse(s[..4], CultureInfo.InvariantCulture); rest = 4; }
        else
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            year = yy <= TwoDigitYearPivot ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        int month = int.Parse(s.Slice(rest, 2), CultureInfo.InvariantCulture);
        int day = int.Parse(s.Slice(rest + 2, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The regular English plural of a phrase's last word: consonant+Y → IES, S/SS/X/Z/CH/SH → ES, else S.</summary>
    internal static string Plural(string phrase)
    {
        if (phrase.Length == 0) return phrase;
        char last = phrase[^1];
        char before = phrase.Length > 1 ? phrase[^2] : ' ';
        if (last is 'Y' or 'y' && "AEIOUaeiou".IndexOf(before) < 0) return phrase[..^1] + (char.IsUpper(last) ? "IES" : "ies");
        bool upper = char.IsUpper(last);
        if (last is 'S' or 's' or 'X' or 'x' or 'Z' or 'z' || phrase.EndsWith("CH", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("SH", StringComparison.OrdinalIgnoreCase))
            return phrase + (upper ? "ES" : "es");
        return phrase + (upper ? "S" : "s");
    }
}
