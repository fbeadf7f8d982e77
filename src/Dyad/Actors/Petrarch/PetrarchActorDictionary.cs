using System.Text;

namespace Dyad.Actors.Petrarch;

/// <summary>One code of an actor with the dates it holds (both ends inclusive; null = open).</summary>
/// <param name="Code">The actor code, e.g. <c>USAGOV</c>; <c>---</c> (the null code) is kept as written.</param>
/// <param name="From">First day the code applies, or null.</param>
/// <param name="To">Last day the code applies, or null.</param>
public sealed record PetrarchActorCode(string Code, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the code has no date restriction (a default code).</summary>
    public bool IsDefault => From is null && To is null;

    /// <summary>True when <paramref name="date"/> lies within the restriction.</summary>
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}

/// <summary>One record of an actor dictionary: a root phrase, its synonyms and its codes.</summary>
/// <param name="Root">The primary phrase (words upper-case, separated by single spaces).</param>
/// <param name="Synonyms">The <c>+</c> phrases.</param>
/// <param name="Codes">Codes in file order; date-restricted ones and defaults.</param>
/// <param name="Line">Line number of the root phrase.</param>
public sealed record PetrarchActor(string Root, IReadOnlyList<string> Synonyms, IReadOnlyList<PetrarchActorCode> Codes, int Line)
{
    /// <summary>
    /// The code that applies on <paramref name="date"/>: the first date-restricted code covering it, else the first
    /// default code (PETRARCH's rule: restrictions are tried in order, the default applies when none holds); null
    /// when the record has no code for that date.
    /// </summary>
    public string? CodeOn(DateOnly date)
    {
        foreach (var c in Codes) if (!c.IsDefault && c.Covers(date)) return c.Code;
        foreach (var c in Codes) if (c.IsDefault) return c.Code;
        return null;
    }
}

/// <summary>
/// Reader for PETRARCH / TABARI actor dictionaries (<c>Phoenix.Countries.actors.txt</c>,
/// <c>Phoenix.International.actors.txt</c>, <c>Phoenix.MilNonState.actors.txt</c>, <c>PETR.Validate.actors.txt</c>).
/// </summary>
/// <remarks>
/// Grammar implemented (after comments are removed, see <see cref="PetrarchText"/>):
/// <code>
/// record      := root-line synonym-line* code-line*
/// root-line   := phrase code-group*                      (starts in column 1 with neither '+' nor '[')
/// synonym-line:= '+' phrase code-group*
/// code-line   := white-space code-group+                 (TABARI 0.8 indented restrictions)
/// (an indented line that starts with a phrase is read as a synonym, as in JOHN_MCCLOY_ of the International file)
/// code-group  := '[' code [ restriction ] ']'             (code: letters, digits, '~', '-'; '+' and '/' as the
///                                                        validation suite writes compound codes such as ELR/GAL)
/// restriction := '&lt;' date | '&gt;' date | date '-' date   (blanks after '&lt;' / '&gt;' tolerated)
/// date        := YYYYMMDD | YYMMDD                       (see TwoDigitYearPivot)
/// phrase      := words joined by '_' or blanks; a final '_' is dropped
/// </code>
/// Restriction bounds are inclusive. A record whose lines carry no code at all is kept with an empty code list
/// (<see cref="EntriesWithoutCode"/> counts them). A code group that does not parse (bad date, ten-digit date,
/// missing ']') is reported in <see cref="Issues"/> and skipped; the rest of the record is kept.
/// </remarks>
public sealed class PetrarchActorDictionary
{
    private readonly Dictionary<string, List<PetrarchActor>> _byPhrase = new(StringComparer.Ordinal);

    /// <summary>The records in file order.</summary>
    public IReadOnlyList<PetrarchActor> Entries { get; }

    /// <summary>Lines or code groups that could not be used.</summary>
    public IReadOnlyList<PetrarchLineIssue> Issues { get; }

    /// <summary>Number of records without any code.</summary>
    public int EntriesWithoutCode { get; }

    /// <summary>Number of phrases (roots plus synonyms).</summary>
    public int PhraseCount { get; }

    private PetrarchActorDictionary(List<PetrarchActor> entries, List<PetrarchLineIssue> issues)
    {
        Entries = entries;
        Issues = issues;
        int phrases = 0, noCode = 0;
        foreach (var e in entries)
        {
            if (e.Codes.Count == 0) noCode++;
            Index(e.Root, e);
            phrases++;
            foreach (var s in e.Synonyms) { Index(s, e); phrases++; }
        }
        PhraseCount = phrases;
        EntriesWithoutCode = noCode;
    }

    private void Index(string phrase, PetrarchActor e)
    {
        string key = PetrarchText.Key(phrase);
        if (!_byPhrase.TryGetValue(key, out var list)) _byPhrase[key] = list = [];
        if (!list.Contains(e)) list.Add(e);
    }

    /// <summary>Reads a dictionary file.</summary>
    public static PetrarchActorDictionary Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads a dictionary from text.</summary>
    public static PetrarchActorDictionary Read(TextReader reader)
    {
        var entries = new List<PetrarchActor>();
        var issues = new List<PetrarchLineIssue>();
        string? root = null;
        int rootLine = 0;
        var synonyms = new List<string>();
        var codes = new List<PetrarchActorCode>();

        void Flush()
        {
            if (root != null) entries.Add(new PetrarchActor(root, synonyms.ToArray(), codes.ToArray(), rootLine));
            root = null;
            synonyms.Clear();
            codes.Clear();
        }

        foreach (var (number, raw, content) in PetrarchText.ContentLines(reader, semicolonComments: true))
        {
            string trimmed = content.Trim();
            bool indented = char.IsWhiteSpace(content[0]);
            if (trimmed[0] == '[')
            {
                if (root == null) { issues.Add(new(number, raw, "code line before any actor phrase")); continue; }
                ReadCodes(trimmed, number, raw, codes, issues);
                continue;
            }
            int bracket = trimmed.IndexOf('[');
            string phrasePart = bracket >= 0 ? trimmed[..bracket] : trimmed;
            if (trimmed[0] == '+' || indented)
            {
                if (root == null) { issues.Add(new(number, raw, "synonym before any actor phrase")); continue; }
                string syn = PetrarchText.Phrase(trimmed[0] == '+' ? phrasePart.AsSpan(1) : phrasePart.AsSpan());
                if (syn.Length == 0) { issues.Add(new(number, raw, "empty synonym")); continue; }
                synonyms.Add(syn);
            }
            else
            {
                Flush();
                root = PetrarchText.Phrase(phrasePart);
                rootLine = number;
            }
            if (bracket >= 0) ReadCodes(trimmed[bracket..], number, raw, codes, issues);
        }
        Flush();
        return new PetrarchActorDictionary(entries, issues);
    }

    private static void ReadCodes(string text, int number, string raw, List<PetrarchActorCode> codes, List<PetrarchLineIssue> issues)
    {
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('[', i);
            if (open < 0)
            {
                if (!string.IsNullOrWhiteSpace(text[i..])) issues.Add(new(number, raw, "text after the codes"));
                return;
            }
            if (!string.IsNullOrWhiteSpace(text[i..open])) issues.Add(new(number, raw, "text between codes"));
            int close = text.IndexOf(']', open);
            if (close < 0) { issues.Add(new(number, raw, "code group without ']'")); return; }
            var group = text.AsSpan(open + 1, close - open - 1).Trim();
            if (TryCode(group, out var code)) codes.Add(code);
            else issues.Add(new(number, raw, $"code group '[{group}]' does not parse"));
            i = close + 1;
        }
    }

    /// <summary>Parses the inside of a code group: <c>CODE</c>, <c>CODE &lt;date</c>, <c>CODE &gt;date</c>, <c>CODE date-date</c>.</summary>
    internal static bool TryCode(ReadOnlySpan<char> group, out PetrarchActorCode code)
    {
        code = null!;
        int space = group.IndexOfAny(' ', '\t');
        var name = space < 0 ? group : group[..space];
        if (name.Length == 0) return false;
        foreach (char c in name) if (!(char.IsLetterOrDigit(c) || c is '~' or '-' or '+' or '/')) return false;
        string codeText = name.ToString().ToUpperInvariant();
        if (space < 0) { code = new PetrarchActorCode(codeText, null, null); return true; }
        var rest = group[(space + 1)..].Trim();
        if (rest.Length == 0) { code = new PetrarchActorCode(codeText, null, null); return true; }
        if (rest[0] == '<' || rest[0] == '>')
        {
            if (!PetrarchText.TryDate(rest[1..], out var d)) return false;
            code = rest[0] == '<' ? new PetrarchActorCode(codeText, null, d) : new PetrarchActorCode(codeText, d, null);
            return true;
        }
        int dash = rest.IndexOf('-');
        if (dash < 0) return false;
        if (!PetrarchText.TryDate(rest[..dash], out var from) || !PetrarchText.TryDate(rest[(dash + 1)..], out var to)) return false;
        code = new PetrarchActorCode(codeText, from, to);
        return true;
    }

    /// <summary>The records holding <paramref name="phrase"/> as root or synonym (matched case- and quote-folded,
    /// underscores and blanks alike); empty when none.</summary>
    public IReadOnlyList<PetrarchActor> Lookup(string phrase) =>
        _byPhrase.TryGetValue(PetrarchText.Key(phrase), out var list) ? list : [];

    /// <summary>The code of the first record holding <paramref name="phrase"/> on <paramref name="date"/>, or null.</summary>
    public string? CodeOn(string phrase, DateOnly date)
    {
        foreach (var e in Lookup(phrase))
            if (e.CodeOn(date) is { } c) return c;
        return null;
    }
}
