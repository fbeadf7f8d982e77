using System.Text;

namespace Dyad.Actors.Petrarch;

/// <summary>One agent phrase (a singular, a plural or a substituted form) and the code it adds to an actor.</summary>
/// <param name="Phrase">Upper-case words separated by single spaces.</param>
/// <param name="Code">The agent code without its <c>~</c>, e.g. <c>GOV</c>, <c>GOVFRM</c>, <c>NGO</c>.</param>
/// <param name="Prefix">True for <c>[CODE~]</c>: the code goes before the actor's code (organisations, <c>NGO~</c>);
/// false for <c>[~CODE]</c>: after it (<c>ISR</c> + <c>GOV</c> → <c>ISRGOV</c>).</param>
/// <param name="IsPlural">True when the form is a plural (generated or given in <c>{...}</c>).</param>
/// <param name="Line">Line number of the record that produced the form.</param>
public sealed record PetrarchAgent(string Phrase, string Code, bool Prefix, bool IsPlural, int Line)
{
    /// <summary>Composes the agent with an actor code: <c>ISR</c> + <c>~GOV</c> → <c>ISRGOV</c>; <c>NGO~</c> + <c>USA</c> → <c>NGOUSA</c>.</summary>
    public string ComposeWith(string actorCode) => Prefix ? Code + actorCode : actorCode + Code;
}

/// <summary>Reader for PETRARCH agent dictionaries (<c>Phoenix.agents.txt</c>, <c>PETR.Validate.agents.txt</c>).</summary>
/// <remarks>
/// Grammar implemented (after comments):
/// <code>
/// marker-line := '!' NAME '!' '=' item (',' item)*        substitution set, e.g. !PERSON! = MAN, MEN, WOMAN
/// agent-line  := phrase [ '{' plural* '}' ] '[' code ']'
/// code        := '~' CODE   (added after the actor code)  |  CODE '~'   (added before it)
///                (a code group closed by '}' instead of ']', as in [~ENV}, is accepted: the format notes use it too)
/// phrase      := words joined by '_' or blanks; may contain one or more !NAME! markers
/// </code>
/// Plurals: without braces the regular plural of the last word is generated (consonant+Y → IES; S, X, Z, CH, SH → ES;
/// else S — PETRARCH's own rule adds IES after any Y, which would make "attornies"); <c>{}</c> means no plural;
/// <c>{A B}</c> gives the plurals A and B. A phrase with a marker is expanded once per item of the set, with no plural
/// of its own (the set lists the plurals). Markers must be defined before use.
/// </remarks>
public sealed class PetrarchAgentDictionary
{
    private readonly Dictionary<string, List<PetrarchAgent>> _byPhrase = new(StringComparer.Ordinal);

    /// <summary>Every form, in file order.</summary>
    public IReadOnlyList<PetrarchAgent> Forms { get; }

    /// <summary>Number of agent records (lines) read.</summary>
    public int RecordCount { get; }

    /// <summary>The substitution sets by marker name (without the <c>!</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Markers { get; }

    /// <summary>Lines that could not be used.</summary>
    public IReadOnlyList<PetrarchLineIssue> Issues { get; }

    private PetrarchAgentDictionary(List<PetrarchAgent> forms, int records, Dictionary<string, IReadOnlyList<string>> markers, List<PetrarchLineIssue> issues)
    {
        Forms = forms;
        RecordCount = records;
        Markers = markers;
        Issues = issues;
        foreach (var f in forms)
        {
            string key = PetrarchText.Key(f.Phrase);
            if (!_byPhrase.TryGetValue(key, out var list)) _byPhrase[key] = list = [];
            list.Add(f);
        }
    }

    /// <summary>Reads a dictionary file.</summary>
    public static PetrarchAgentDictionary Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads a dictionary from text.</summary>
    public static PetrarchAgentDictionary Read(TextReader reader)
    {
        var forms = new List<PetrarchAgent>();
        var markers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var issues = new List<PetrarchLineIssue>();
        int records = 0;
        foreach (var (number, raw, content) in PetrarchText.ContentLines(reader, semicolonComments: false))
        {
            string line = content.Trim();
            if (line[0] == '!' && line.IndexOf('=') is var eq and > 0 && line.LastIndexOf('!', eq) > 0)
            {
                string name = line[..eq].Trim().Trim('!');
                var items = new List<string>();
                foreach (var item in line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    items.Add(PetrarchText.Phrase(item));
                markers[name] = items;
                continue;
            }
            int open = line.LastIndexOf('[');
            int close = Math.Max(line.LastIndexOf(']'), line.LastIndexOf('}'));
            if (open < 0 || close < open) { issues.Add(new(number, raw, "no [code]")); continue; }
            string codeText = line[(open + 1)..close].Trim();
            bool prefix;
            if (codeText.StartsWith('~')) prefix = false;
            else if (codeText.EndsWith('~')) prefix = true;
            else { issues.Add(new(number, raw, "agent code without '~'")); continue; }
            string code = codeText.Trim('~').ToUpperInvariant();
            if (code.Length == 0) { issues.Add(new(number, raw, "empty agent code")); continue; }
            string head = line[..open];
            string? plurals = null;
            int brace = head.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0) { issues.Add(new(number, raw, "'{' without '}'")); continue; }
                plurals = head[(brace + 1)..braceEnd];
                head = head[..brace];
            }
            string phrase = PetrarchText.Phrase(head);
            if (phrase.Length == 0) { issues.Add(new(number, raw, "empty agent phrase")); continue; }
            records++;
            if (phrase.Contains('!'))
            {
                if (!ExpandMarkers(phrase, markers, out var expanded, out string? missing))
                {
                    issues.Add(new(number, raw, $"undefined marker !{missing}!"));
                    records--;
                    continue;
                }
                foreach (var e in expanded) forms.Add(new PetrarchAgent(e, code, prefix, false, number));
                continue;
            }
            forms.Add(new PetrarchAgent(phrase, code, prefix, false, number));
            if (plurals == null) forms.Add(new PetrarchAgent(PetrarchText.Plural(phrase), code, prefix, true, number));
            else
                foreach (var p in plurals.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                    forms.Add(new PetrarchAgent(PetrarchText.Phrase(p), code, prefix, true, number));
        }
        return new PetrarchAgentDictionary(forms, records, markers, issues);
    }

    private static bool ExpandMarkers(string phrase, Dictionary<string, IReadOnlyList<string>> markers, out List<string> expanded, out string? missing)
    {
        expanded = [phrase];
        missing = null;
        while (true)
        {
            var next = new List<string>();
            bool changed = false;
            foreach (var p in expanded)
            {
                int a = p.IndexOf('!');
                int b = a < 0 ? -1 : p.IndexOf('!', a + 1);
                if (b < 0) { next.Add(p); continue; }
                string name = p[(a + 1)..b];
                if (!markers.TryGetValue(name, out var items)) { missing = name; return false; }
                foreach (var item in items) next.Add(PetrarchText.Phrase(p[..a] + item + p[(b + 1)..]));
                changed = true;
            }
            expanded = next;
            if (!changed) return true;
        }
    }

    /// <summary>The agent forms for <paramref name="phrase"/> (case- and quote-folded); empty when none.</summary>
    public IReadOnlyList<PetrarchAgent> Lookup(string phrase) =>
        _byPhrase.TryGetValue(PetrarchText.Key(phrase), out var list) ? list : [];
}
