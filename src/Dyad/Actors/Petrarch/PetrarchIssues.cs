using System.Text;

namespace Dyad.Actors.Petrarch;

/// <summary>One issue phrase (after expansion) and its issue code.</summary>
/// <param name="Phrase">Upper-case words separated by single spaces (hyphens kept where the expansion made them).</param>
/// <param name="Code">The issue code, e.g. <c>EARLY_CHILDHOOD_EDUCATION</c>.</param>
/// <param name="Category">The enclosing <c>&lt;ISSUE CATEGORY="..."&gt;</c>, or empty outside one.</param>
/// <param name="Line">Line number of the record.</param>
public sealed record PetrarchIssuePhrase(string Phrase, string Code, string Category, int Line);

/// <summary>An ignore phrase: its presence cancels issue coding for the sentence.</summary>
/// <param name="Phrase">Upper-case words.</param>
/// <param name="Double">True for <c>~~</c> lines (the file uses them for historical or out-of-scope cases), false for <c>~</c>.</param>
/// <param name="Line">Line number.</param>
public sealed record PetrarchIssueIgnore(string Phrase, bool Double, int Line);

/// <summary>Reader for the PETRARCH issues list (<c>Phoenix.IssueCoding.txt</c>).</summary>
/// <remarks>
/// Grammar implemented (after comments):
/// <code>
/// section := '&lt;ISSUE' attributes '&gt;' ... '&lt;/ISSUE&gt;'
/// phrase  := words '[' CODE ']'
/// ignore  := '~' words | '~~' words
/// word    := 'n:' WORD   (singular and regular plural)
///          | 'v:' WORD   (WORD, WORDS, WORDED/WORDD, WORDING)
///          | WORD '+' WORD (both 'WORD WORD' and 'WORD-WORD'; several '+' expand in turn)
///          | WORD
/// </code>
/// Each expanded form becomes one <see cref="PetrarchIssuePhrase"/>. Other lines beginning with <c>&lt;</c> are reported.
/// </remarks>
public sealed class PetrarchIssues
{
    /// <summary>The expanded phrases in file order.</summary>
    public IReadOnlyList<PetrarchIssuePhrase> Phrases { get; }

    /// <summary>The ignore phrases.</summary>
    public IReadOnlyList<PetrarchIssueIgnore> Ignores { get; }

    /// <summary>Number of coded records (lines with a code) read.</summary>
    public int RecordCount { get; }

    /// <summary>Lines that could not be used.</summary>
    public IReadOnlyList<PetrarchLineIssue> Issues { get; }

    private PetrarchIssues(List<PetrarchIssuePhrase> phrases, List<PetrarchIssueIgnore> ignores, int records, List<PetrarchLineIssue> issues)
    {
        Phrases = phrases;
        Ignores = ignores;
        RecordCount = records;
        Issues = issues;
    }

    /// <summary>Reads an issues file.</summary>
    public static PetrarchIssues Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads an issues list from text.</summary>
    public static PetrarchIssues Read(TextReader reader)
    {
        var phrases = new List<PetrarchIssuePhrase>();
        var ignores = new List<PetrarchIssueIgnore>();
        var issues = new List<PetrarchLineIssue>();
        string category = "";
        int records = 0;
        foreach (var (number, raw, content) in PetrarchText.ContentLines(reader, semicolonComments: false))
        {
            string line = content.Trim();
            if (line.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase))
            {
                int a = line.IndexOf("CATEGORY=\"", StringComparison.OrdinalIgnoreCase);
                int b = a < 0 ? -1 : line.IndexOf('"', a + 10);
                category = b > a ? line[(a + 10)..b] : "";
                continue;
            }
            if (line.StartsWith("</ISSUE", StringComparison.OrdinalIgnoreCase)) { category = ""; continue; }
            if (line[0] == '<') { issues.Add(new(number, raw, "unknown tag")); continue; }
            if (line[0] == '~')
            {
                bool dbl = line.StartsWith("~~", StringComparison.Ordinal);
                string p = PetrarchText.Phrase(line.AsSpan(dbl ? 2 : 1));
                if (p.Length == 0) { issues.Add(new(number, raw, "empty ignore phrase")); continue; }
                ignores.Add(new PetrarchIssueIgnore(p, dbl, number));
                continue;
            }
            int open = line.IndexOf('[');
            int close = open < 0 ? -1 : line.IndexOf(']', open);
            if (close < 0) { issues.Add(new(number, raw, "no [code]")); continue; }
            string code = line[(open + 1)..close].Trim();
            string target = line[..open].Trim().ToUpperInvariant();
            if (code.Length == 0 || target.Length == 0) { issues.Add(new(number, raw, "empty phrase or code")); continue; }
            records++;
            foreach (var form in Expand(target))
                phrases.Add(new PetrarchIssuePhrase(PetrarchText.Phrase(form), code, category, number));
        }
        return new PetrarchIssues(phrases, ignores, records, issues);
    }

    /// <summary>Expands the <c>N:</c>, <c>V:</c> and <c>+</c> forms of an upper-cased issue phrase.</summary>
    internal static List<string> Expand(string target)
    {
        var words = target.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var forms = new List<string> { "" };
        foreach (var word in words)
        {
            var variants = WordForms(word);
            var next = new List<string>(forms.Count * variants.Count);
            foreach (var f in forms)
                foreach (var v in variants)
                    next.Add(f.Length == 0 ? v : f + " " + v);
            forms = next;
        }
        return forms;
    }

    private static List<string> WordForms(string word)
    {
        // '+' joins parts with either a blank or a hyphen; each part may carry n: or v:.
        var parts = word.Split('+');
        var forms = new List<string> { "" };
        for (int i = 0; i < parts.Length; i++)
        {
            var partForms = PartForms(parts[i]);
            var next = new List<string>();
            foreach (var f in forms)
                foreach (var p in partForms)
                {
                    if (i == 0) { next.Add(p); continue; }
                    next.Add(f + " " + p);
                    next.Add(f + "-" + p);
                }
            forms = next;
        }
        return forms;
    }

    private static List<string> PartForms(string part)
    {
        if (part.StartsWith("N:", StringComparison.Ordinal))
        {
            string root = part[2..];
            return root.Length == 0 ? [root] : [root, PetrarchText.Plural(root)];
        }
        if (part.StartsWith("V:", StringComparison.Ordinal))
        {
            string root = part[2..];
            if (root.Length == 0) return [root];
            bool e = root.EndsWith('E');
            return [root, root + "S", e ? root + "D" : root + "ED", e ? root[..^1] + "ING" : root + "ING"];
        }
        return [part];
    }
}
