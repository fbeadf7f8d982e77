using System.Text;

namespace Dyad.Actors.Petrarch;

/// <summary>What a token of a verb pattern is.</summary>
public enum VerbTokenKind
{
    /// <summary>A literal word (upper-case), possibly joined by <c>_</c> into a consecutive phrase.</summary>
    Word,
    /// <summary>A synset reference <c>&amp;NAME</c>; <see cref="VerbPatternToken.Text"/> holds the name with its <c>&amp;</c>.</summary>
    Synset,
    /// <summary><c>$</c>: the source actor's position.</summary>
    Source,
    /// <summary><c>+</c>: the target actor's position.</summary>
    Target,
    /// <summary>Another TABARI marker kept as written (<c>^</c> skip, <c>%</c> compound actor).</summary>
    Marker,
    /// <summary><c>{</c>: a noun phrase begins (its last word is the head).</summary>
    NounOpen,
    /// <summary><c>}</c>: the noun phrase ends.</summary>
    NounClose,
    /// <summary><c>(</c>: a prepositional phrase begins (its first word is the preposition).</summary>
    PrepOpen,
    /// <summary><c>)</c>: the prepositional phrase ends.</summary>
    PrepClose,
}

/// <summary>One token of a verb pattern.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The word or synset name; the symbol for markers and brackets.</param>
public readonly record struct VerbPatternToken(VerbTokenKind Kind, string Text);

/// <summary>A verb pattern: tokens before and after the verb (<c>*</c>) and the event code it yields.</summary>
/// <param name="Before">Tokens before <c>*</c> (the subject side).</param>
/// <param name="After">Tokens after <c>*</c> (the object side).</param>
/// <param name="Code">The code as written inside <c>[...]</c>: <c>0332</c>, <c>042:043</c>, <c>---</c> (no event).</param>
/// <param name="Line">Line number.</param>
/// <param name="Text">The pattern as written, without its comment.</param>
public sealed record VerbPattern(IReadOnlyList<VerbPatternToken> Before, IReadOnlyList<VerbPatternToken> After, string Code, int Line, string Text)
{
    /// <summary>The event code before any <c>:</c>; null for the null code <c>---</c> or an empty part.</summary>
    public string? EventCode => PetrarchVerbDictionary.FirstCode(Code);

    /// <summary>The code after <c>:</c> when the pattern gives two (<c>042:043</c> → <c>043</c>); null otherwise.</summary>
    public string? SecondCode => PetrarchVerbDictionary.SecondCode(Code);
}

/// <summary>A verb of a block with all its surface forms.</summary>
/// <param name="Verb">The verb word (for compounds the word marked with <c>+</c>, e.g. <c>CALL</c> in <c>+CALL_OFF</c>).</param>
/// <param name="Words">The whole phrase as written, words separated by spaces (<c>CALL OFF</c>).</param>
/// <param name="Forms">Every form: the phrase, the irregular forms in <c>{...}</c>, and the generated regular forms
/// (S, ED, ING) when no braces were given.</param>
/// <param name="Code">The verb's own code when it has one, else null (the block's code applies).</param>
/// <param name="Line">Line number.</param>
public sealed record VerbEntry(string Verb, string Words, IReadOnlyList<string> Forms, string? Code, int Line);

/// <summary>A verb block: a meaning, its default code, its synonymous verbs and their patterns.</summary>
/// <param name="Meaning">The block's name from its <c>--- NAME [code] ---</c> header.</param>
/// <param name="Code">The block's default code (<c>---</c> when isolated verbs make no event).</param>
/// <param name="Verbs">The verbs.</param>
/// <param name="Patterns">The patterns.</param>
/// <param name="Line">Line number of the header.</param>
public sealed record VerbBlock(string Meaning, string Code, IReadOnlyList<VerbEntry> Verbs, IReadOnlyList<VerbPattern> Patterns, int Line);

/// <summary>A synonym set: <c>&amp;NAME</c> followed by <c>+phrase</c> lines.</summary>
/// <param name="Name">The name with its <c>&amp;</c>, without a final <c>_</c>.</param>
/// <param name="NoPlurals">True when the label ended with <c>_</c> (no plurals for any phrase).</param>
/// <param name="Phrases">The phrases as written (upper-case words).</param>
/// <param name="Forms">Phrases plus generated plurals (not for phrases ending in <c>_</c>, nor under a <c>_</c> label).</param>
/// <param name="Line">Line number of the label.</param>
public sealed record VerbSynset(string Name, bool NoPlurals, IReadOnlyList<string> Phrases, IReadOnlyList<string> Forms, int Line);

/// <summary>A verb transformation (<c>~ a (a b ATTACK) SAY = a b 015</c>): a nested source/verb pattern and the event it becomes.</summary>
/// <param name="Pattern">Tokens left of <c>=</c> (parentheses as their own tokens).</param>
/// <param name="Result">Tokens right of <c>=</c>.</param>
/// <param name="Line">Line number.</param>
public sealed record VerbTransformation(IReadOnlyList<string> Pattern, IReadOnlyList<string> Result, int Line);

/// <summary>Reader for the PETRARCH verb dictionary (<c>CAMEO.2.0.txt</c>, <c>PETR.Validate.verbs.txt</c>) into a structured model.</summary>
/// <remarks>
/// Grammar implemented (after comments; <c>;</c> also starts a comment, as in a few TABARI-era lines):
/// <code>
/// synset      := '&amp;' NAME ['_'] NEWLINE ('+' phrase ['_'])*
/// block       := '---' MEANING '[' code ']' '---' (verb-line | pattern)*
/// verb-line   := verb-phrase [ '{' verb-phrase* '}' ] [ '[' code ']' ]
/// verb-phrase := WORD | [words '_'] '+' WORD ['_' words]       (compound: the '+' marks the verb word;
///                without '+', the first of several words joined by '_' or blanks is the verb)
/// pattern     := '-' token* '*' token* '[' code ']'
/// (a '*' joined to words by '_' — TABARI's *_LAWS, SPY_*_DEAL — is split off; the adjacency mark is not kept)
/// token       := WORD | '&amp;' NAME | '$' | '+' | '^' | '%' | '{' | '}' | '(' | ')'   ('{' '(' may open, '}' ')' may close a word)
/// code        := CAMEO | CAMEO ':' CAMEO | ':' CAMEO | '---'
/// transform   := '~' token* '=' token*
/// </code>
/// A <c>+</c> line belongs to the synset most recently opened by a <c>&amp;</c> line, unless a block header came after it,
/// in which case it is a compound verb. Regular forms for a verb without braces: S (ES after S, X, Z, CH, SH; IES after
/// consonant+Y), ED (D after E, IED after consonant+Y), ING (dropping a final E after a consonant). Lines that fit none
/// of these are reported in <see cref="Issues"/>, as are patterns naming a synset that is never defined.
/// </remarks>
public sealed class PetrarchVerbDictionary
{
    /// <summary>The synsets by name (with <c>&amp;</c>).</summary>
    public IReadOnlyDictionary<string, VerbSynset> Synsets { get; }

    /// <summary>The verb blocks in file order.</summary>
    public IReadOnlyList<VerbBlock> Blocks { get; }

    /// <summary>The transformations.</summary>
    public IReadOnlyList<VerbTransformation> Transformations { get; }

    /// <summary>Lines that could not be used.</summary>
    public IReadOnlyList<PetrarchLineIssue> Issues { get; }

    /// <summary>Total number of patterns over all blocks.</summary>
    public int PatternCount { get; }

    /// <summary>Total number of verb entries over all blocks.</summary>
    public int VerbCount { get; }

    private PetrarchVerbDictionary(Dictionary<string, VerbSynset> synsets, List<VerbBlock> blocks, List<VerbTransformation> transformations, List<PetrarchLineIssue> issues)
    {
        Synsets = synsets;
        Blocks = blocks;
        Transformations = transformations;
        Issues = issues;
        foreach (var b in blocks) { PatternCount += b.Patterns.Count; VerbCount += b.Verbs.Count; }
    }

    internal static string? FirstCode(string code)
    {
        int colon = code.IndexOf(':');
        string first = colon < 0 ? code : code[..colon];
        return first.Length == 0 || first == "---" ? null : first;
    }

    internal static string? SecondCode(string code)
    {
        int colon = code.IndexOf(':');
        if (colon < 0) return null;
        string second = code[(colon + 1)..];
        return second.Length == 0 || second == "---" ? null : second;
    }

    /// <summary>Reads a verb dictionary file.</summary>
    public static PetrarchVerbDictionary Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    private sealed class BlockBuilder(string meaning, string code, int line)
    {
        public readonly List<VerbEntry> Verbs = [];
        public readonly List<VerbPattern> Patterns = [];
        public VerbBlock Build() => new(meaning, code, Verbs.ToArray(), Patterns.ToArray(), line);
    }

    /// <summary>Reads a verb dictionary from text.</summary>
    public static PetrarchVerbDictionary Read(TextReader reader)
    {
        var synsets = new Dictionary<string, VerbSynset>(StringComparer.Ordinal);
        var blocks = new List<VerbBlock>();
        var transformations = new List<VerbTransformation>();
        var issues = new List<PetrarchLineIssue>();
        var patternsToCheck = new List<(VerbPattern Pattern, string Raw)>();
        BlockBuilder? block = null;
        string? synName = null;
        bool synNoPlurals = false;
        int synLine = 0;
        var synPhrases = new List<(string Phrase, bool NoPlural)>();
        bool inSynset = false;

        void CloseSynset()
        {
            if (synName == null) return;
            var phrases = new List<string>();
            var forms = new List<string>();
            foreach (var (p, noPlural) in synPhrases)
            {
                phrases.Add(p);
                forms.Add(p);
                if (!noPlural && !synNoPlurals) forms.Add(PetrarchText.Plural(p));
            }
            synsets[synName] = new VerbSynset(synName, synNoPlurals, phrases, forms, synLine);
            synName = null;
            synPhrases.Clear();
        }

        foreach (var (number, raw, content) in PetrarchText.ContentLines(reader, semicolonComments: true))
        {
            string line = content.Trim();
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                CloseSynset();
                inSynset = false;
                if (block != null) blocks.Add(block.Build());
                block = null;
                string inner = line.Trim('-').Trim();
                int open = inner.IndexOf('[');
                int close = inner.IndexOf(']');
                if (open < 0 || close < open) { issues.Add(new(number, raw, "block header without [code]")); continue; }
                string meaning = inner[..open].Trim();
                if (meaning.Length == 0) { issues.Add(new(number, raw, "block header without a name")); continue; }
                block = new BlockBuilder(meaning, inner[(open + 1)..close].Trim(), number);
                continue;
            }
            if (line[0] == '&')
            {
                CloseSynset();
                inSynset = true;
                string name = line.Split((char[])[' ', '\t'], 2)[0];
                synNoPlurals = name.EndsWith('_');
                synName = name.TrimEnd('_').ToUpperInvariant();
                synLine = number;
                continue;
            }
            if (line[0] == '+' && inSynset)
            {
                string body = line[1..].Trim();
                string phrase = PetrarchText.Phrase(body);
                if (phrase.Length == 0) { issues.Add(new(number, raw, "empty synset phrase")); continue; }
                synPhrases.Add((phrase, body.EndsWith('_')));
                continue;
            }
            if (line[0] == '~')
            {
                int eq = line.IndexOf('=');
                if (eq < 0) { issues.Add(new(number, raw, "transformation without '='")); continue; }
                transformations.Add(new VerbTransformation(SplitTransform(line[1..eq]), SplitTransform(line[(eq + 1)..]), number));
                continue;
            }
            // A line with the '*' of a pattern but without its leading '-' ("* (TO QUESTION) [110]" in the 2.02 suite's
            // BEGIN block) is read as the pattern it plainly is (a verb line cannot hold '*'), and noted as an issue.
            bool bare = line[0] != '-' && line.Contains('*');
            if (line[0] == '-' || bare)
            {
                if (block == null) { issues.Add(new(number, raw, "pattern outside a verb block")); continue; }
                if (bare) issues.Add(new(number, raw, "pattern without its leading '-' (read as a pattern)"));
                if (!TryPattern(bare ? line : line[1..], number, out var pattern, out string? why)) { issues.Add(new(number, raw, why!)); continue; }
                block.Patterns.Add(pattern);
                patternsToCheck.Add((pattern, raw));
                continue;
            }
            if (block == null) { issues.Add(new(number, raw, "verb outside a verb block")); continue; }
            inSynset = false;
            CloseSynset();
            if (!TryVerb(line, number, out var verb, out string? reason)) { issues.Add(new(number, raw, reason!)); continue; }
            block.Verbs.Add(verb);
        }
        CloseSynset();
        if (block != null) blocks.Add(block.Build());

        foreach (var (pattern, raw) in patternsToCheck)
            foreach (var t in pattern.Before.Concat(pattern.After))
                if (t.Kind == VerbTokenKind.Synset && !synsets.ContainsKey(t.Text))
                    issues.Add(new(pattern.Line, raw, $"pattern names undefined synset {t.Text}"));
        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new PetrarchVerbDictionary(synsets, blocks, transformations, issues);
    }

    private static List<string> SplitTransform(string text)
    {
        var tokens = new List<string>();
        foreach (var w in text.Replace("(", " ( ").Replace(")", " ) ").Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(w);
        return tokens;
    }

    private static bool TryPattern(string text, int number, out VerbPattern pattern, out string? why)
    {
        pattern = null!;
        why = null;
        int open = text.LastIndexOf('[');
        int close = text.LastIndexOf(']');
        if (open < 0 || close < open) { why = "pattern without [code]"; return false; }
        string code = text[(open + 1)..close].Trim();
        if (code.Length == 0) { why = "pattern with an empty code"; return false; }
        if (!string.IsNullOrWhiteSpace(text[(close + 1)..])) { why = "text after the pattern's code"; return false; }
        string body = text[..open];
        var before = new List<VerbPatternToken>();
        var after = new List<VerbPatternToken>();
        var current = before;
        int stars = 0;
        foreach (var word in SplitStars(body))
        {
            if (word == "*") { stars++; current = after; continue; }
            string w = word;
            while (w.Length > 0 && (w[0] == '{' || w[0] == '('))
            {
                current.Add(new(w[0] == '{' ? VerbTokenKind.NounOpen : VerbTokenKind.PrepOpen, w[..1]));
                w = w[1..];
            }
            int trailing = 0;
            while (trailing < w.Length && (w[^(trailing + 1)] == '}' || w[^(trailing + 1)] == ')')) trailing++;
            string core = w[..^trailing];
            if (core.Length > 0)
            {
                if (core == "*") { stars++; current = after; }
                else current.Add(core switch
                {
                    "$" => new(VerbTokenKind.Source, core),
                    "+" => new(VerbTokenKind.Target, core),
                    "^" or "%" => new(VerbTokenKind.Marker, core),
                    _ when core[0] == '&' => new(VerbTokenKind.Synset, core.TrimEnd('_').ToUpperInvariant()),
                    _ => new(VerbTokenKind.Word, core.ToUpperInvariant()),
                });
            }
            for (int i = w.Length - trailing; i < w.Length; i++)
                current.Add(new(w[i] == '}' ? VerbTokenKind.NounClose : VerbTokenKind.PrepClose, w[i..(i + 1)]));
        }
        if (stars != 1) { why = stars == 0 ? "pattern without '*'" : "pattern with more than one '*'"; return false; }
        if (!Balanced(before) || !Balanced(after)) { why = "unbalanced '{...}' or '(...)' in pattern"; return false; }
        pattern = new VerbPattern(before, after, code, number, body.Trim());
        return true;
    }

    // TABARI joined the verb to its neighbours with '_' (*_LAWS, SPY_*_DEAL, *SCEPTICAL); the '*' becomes its own token.
    private static IEnumerable<string> SplitStars(string body)
    {
        foreach (var word in body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            int star = word.IndexOf('*');
            if (star < 0 || word == "*") { yield return word; continue; }
            string left = word[..star].TrimEnd('_'), right = word[(star + 1)..].TrimStart('_');
            if (left.Length > 0) yield return left;
            yield return "*";
            if (right.Length > 0) yield return right;
        }
    }

    private static bool Balanced(List<VerbPatternToken> tokens)
    {
        int noun = 0, prep = 0;
        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case VerbTokenKind.NounOpen: noun++; break;
                case VerbTokenKind.NounClose: if (--noun < 0) return false; break;
                case VerbTokenKind.PrepOpen: prep++; break;
                case VerbTokenKind.PrepClose: if (--prep < 0) return false; break;
            }
        }
        return noun == 0 && prep == 0;
    }

    private static bool TryVerb(string line, int number, out VerbEntry verb, out string? why)
    {
        verb = null!;
        why = null;
        string? code = null;
        int open = line.LastIndexOf('[');
        if (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0) { why = "verb code without ']'"; return false; }
            code = line[(open + 1)..close].Trim();
            line = line[..open];
        }
        string? irregular = null;
        int brace = line.IndexOf('{');
        if (brace >= 0)
        {
            int braceEnd = line.IndexOf('}', brace);
            if (braceEnd < 0) { why = "'{' without '}'"; return false; }
            irregular = line[(brace + 1)..braceEnd];
            if (!string.IsNullOrWhiteSpace(line[(braceEnd + 1)..])) { why = "text after the irregular forms"; return false; }
            line = line[..brace];
        }
        var heads = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (heads.Length == 0) { why = "empty verb line"; return false; }
        if (heads[0].Contains('*')) { why = "pattern without its leading '-'"; return false; }
        // "LASH OUT": blank-separated words are read as the compound LASH_OUT with the first word the verb.
        string head = heads.Length == 1 ? heads[0] : string.Join('_', heads);
        if (!TrySplitCompound(head, out var front, out string stem, out var back)) { why = "compound verb with more than one '+'"; return false; }
        var forms = new List<string> { Join(front, stem, back) };
        if (irregular == null)
            foreach (var f in RegularForms(stem)) forms.Add(Join(front, f, back));
        else
            foreach (var f in irregular.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!TrySplitCompound(f, out var ff, out string fs, out var fb)) { why = "irregular form with more than one '+'"; return false; }
                string form = Join(ff, fs, fb);
                if (!forms.Contains(form)) forms.Add(form);
            }
        verb = new VerbEntry(stem, forms[0], forms, code, number);
        return true;
    }

    private static bool TrySplitCompound(string token, out string[] front, out string stem, out string[] back)
    {
        string t = token.ToUpperInvariant();
        int plus = t.IndexOf('+');
        if (plus < 0)
        {
            var words = t.Split('_', StringSplitOptions.RemoveEmptyEntries);
            front = [];
            stem = words.Length > 0 ? words[0] : "";
            back = words.Length > 1 ? words[1..] : [];
            return stem.Length > 0;
        }
        if (t.IndexOf('+', plus + 1) >= 0) { front = back = []; stem = ""; return false; }
        front = t[..plus].Split('_', StringSplitOptions.RemoveEmptyEntries);
        var rest = t[(plus + 1)..].Split('_', StringSplitOptions.RemoveEmptyEntries);
        stem = rest.Length > 0 ? rest[0] : "";
        back = rest.Length > 1 ? rest[1..] : [];
        return stem.Length > 0;
    }

    private static string Join(string[] front, string stem, string[] back)
    {
        var parts = new List<string>(front.Length + 1 + back.Length);
        parts.AddRange(front);
        parts.Add(stem);
        parts.AddRange(back);
        return string.Join(' ', parts);
    }

    /// <summary>Regular English verb forms of an upper-case stem: third person, past, gerund.</summary>
    internal static string[] RegularForms(string stem)
    {
        if (stem.Length < 2) return [stem + "S", stem + "ED", stem + "ING"];
        char last = stem[^1], before = stem[^2];
        bool vowelBefore = "AEIOU".IndexOf(before) >= 0;
        string s = last == 'Y' && !vowelBefore ? stem[..^1] + "IES"
            : last is 'S' or 'X' or 'Z' || stem.EndsWith("CH", StringComparison.Ordinal) || stem.EndsWith("SH", StringComparison.Ordinal) ? stem + "ES"
            : stem + "S";
        string ed = last == 'E' ? stem + "D" : last == 'Y' && !vowelBefore ? stem[..^1] + "IED" : stem + "ED";
        string ing = last == 'E' && !vowelBefore ? stem[..^1] + "ING" : stem + "ING";
        return [s, ed, ing];
    }

    /// <summary>Every pattern with the block it belongs to, in file order.</summary>
    public IEnumerable<(VerbBlock Block, VerbPattern Pattern)> AllPatterns()
    {
        foreach (var b in Blocks)
            foreach (var p in b.Patterns) yield return (b, p);
    }
}
