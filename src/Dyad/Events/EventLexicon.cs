using Dyad.Documents;
using Dyad.Ontology;

namespace Dyad.Events;

/// <summary>The kind of a row of <c>knowledge/events.tsv</c>.</summary>
internal enum PatternKind : byte
{
    /// <summary>A verb (with an optional particle and object constraint) that codes an event.</summary>
    Verb,
    /// <summary>A nominal form ("talks with", "criticism of").</summary>
    Noun,
    /// <summary>A verb whose xcomp complement's event it recodes ("sought to meet" → intent to meet).</summary>
    Chain,
    /// <summary>A class × complement root → code row.</summary>
    Family,
    /// <summary>A speech or belief verb: its clausal complement is reported by its subject.</summary>
    Speech,
    /// <summary>A modal auxiliary.</summary>
    Modal,
    /// <summary>A light verb: its subject is the source of the nominal event it governs.</summary>
    Light,
}

/// <summary>One row of the pattern lexicon.</summary>
internal sealed class EventPattern
{
    public required string Id { get; init; }
    public required PatternKind Kind { get; init; }
    /// <summary>Lemma id of the head word.</summary>
    public required int Lemma { get; init; }
    /// <summary>Lemma id of the particle ("off" of "call off"), or -1.</summary>
    public int Particle { get; init; } = -1;
    /// <summary>Lemma ids the object must have; empty when any (or none) will do.</summary>
    public int[] Objects { get; init; } = [];
    /// <summary>The same words as folded-form hashes (<see cref="StringHash.OfNorm(ReadOnlySpan{char})"/>): a listed
    /// word matches the object's written form too, so a plural written in the row ("ties") still matches when the
    /// lemmatizer's lemma differs from the one the row guessed.</summary>
    public ulong[] ObjectForms { get; init; } = [];

    /// <summary>Whether a word with lemma id <paramref name="lemma"/> and folded form <paramref name="norm"/> is one of
    /// the row's objects.</summary>
    public bool ListsObject(int lemma, ulong norm) => Array.IndexOf(Objects, lemma) >= 0 || Array.IndexOf(ObjectForms, norm) >= 0;
    /// <summary>The row fires only with an object (or passive subject) of any lemma (object column <c>*</c>): "returned
    /// the monkeys to Congo" gives something back, "returned to Congo" only goes home.</summary>
    public bool RequiresObject { get; init; }
    /// <summary>Where the target is found: deprel names (<c>obj</c>, <c>iobj</c>, <c>nsubj:pass</c>) and preposition lemma ids.</summary>
    public ushort[] TargetRelations { get; init; } = [];
    /// <summary>Preposition lemma ids that introduce the target.</summary>
    public int[] TargetPrepositions { get; init; } = [];
    /// <summary>Of a nominal row, the prepositions (slots written <c>@as</c>, <c>@on</c>) that must introduce the noun
    /// itself: it is then a role or state a verb puts its subject or object in ("held civilians as human shields",
    /// "troops remained on alert"), and the row fires only so.</summary>
    public int[] RolePrepositions { get; init; } = [];
    /// <summary>Of a verb row, prepositions (slots written <c>+for</c>) one of which must introduce a complement of the verb
    /// or of its object, no target itself: "pushed the Congress for reforms" is an appeal, "pushed the car" none.</summary>
    public int[] RequiredPrepositions { get; init; } = [];
    /// <summary>CAMEO code (verbs, nouns, families, speech verbs with their own statement), or null.</summary>
    public string? Cameo { get; init; }
    /// <summary>The class of a chain verb or family row (<c>intent</c>, <c>appeal</c> ...).</summary>
    public string? Class { get; init; }
    /// <summary>Modality of a modal auxiliary.</summary>
    public EventModality Modality { get; init; }
    /// <summary>The row fires only when one of its target slots is filled (slots written with a leading <c>!</c>):
    /// "call" codes an appeal only as "call on X" or "call for X".</summary>
    public bool RequiresTarget { get; init; }
    /// <summary>The target the row requires must be an actor (slots written with <c>!!</c>): "fighting the rebels" is
    /// force, "fighting dirty air" and "contributed to this report" are none.</summary>
    public bool RequiresParty { get; init; }
    /// <summary>File order, for ties.</summary>
    public int Order { get; init; }
}

/// <summary>
/// Dyad's own event patterns (<c>knowledge/events.tsv</c>, hand-written; columns id, kind, lemma, object, slots,
/// value, note), indexed by lemma id for the matcher. Every code is checked against the CAMEO ontology on load.
/// </summary>
internal sealed class EventLexicon
{
    private readonly Dictionary<int, EventPattern[]> _verbs = [], _nouns = [];
    private readonly Dictionary<ulong, EventPattern[]> _verbForms = [];
    private readonly Dictionary<int, EventPattern> _chains = [], _speech = [], _modals = [], _light = [];
    private readonly Dictionary<(string Class, string Root), EventPattern> _families = [];

    /// <summary>Every row, in file order.</summary>
    public IReadOnlyList<EventPattern> All { get; }

    private EventLexicon(List<EventPattern> all)
    {
        All = all;
        var verbs = new Dictionary<int, List<EventPattern>>();
        var nouns = new Dictionary<int, List<EventPattern>>();
        foreach (var p in all)
        {
            switch (p.Kind)
            {
                case PatternKind.Verb: Add(verbs, p); break;
                case PatternKind.Noun: Add(nouns, p); break;
                case PatternKind.Chain: _chains[p.Lemma] = p; break;
                case PatternKind.Speech: _speech[p.Lemma] = p; break;
                case PatternKind.Modal: _modals[p.Lemma] = p; break;
                case PatternKind.Light: _light[p.Lemma] = p; break;
                case PatternKind.Family: _families[(p.Class!, Vocabulary.Shared[p.Lemma])] = p; break;
            }
        }
        // Constrained rows (particle, object) are tried before the plain verb.
        foreach (var (k, l) in verbs) _verbs[k] = [.. l.OrderByDescending(Specificity).ThenBy(p => p.Order)];
        foreach (var (k, l) in nouns) _nouns[k] = [.. l.OrderByDescending(Specificity).ThenBy(p => p.Order)];
        // Regular inflections of each verb, for tokens the lemmatizer gets wrong ("freed" → "fre").
        foreach (var (k, l) in _verbs)
            foreach (var form in Inflections(Vocabulary.Shared[k]))
                _verbForms.TryAdd(Documents.StringHash.OfNorm(form), l);

        static void Add(Dictionary<int, List<EventPattern>> d, EventPattern p)
        {
            if (!d.TryGetValue(p.Lemma, out var l)) d[p.Lemma] = l = [];
            l.Add(p);
        }
        static int Specificity(EventPattern p) => (p.Particle >= 0 ? 2 : 0) + (p.Objects.Length > 0 ? 1 : 0);
    }

    /// <summary>Verb rows of a lemma, most specific first; null when none.</summary>
    public EventPattern[]? Verbs(int lemma) => _verbs.GetValueOrDefault(lemma);

    /// <summary>Verb rows for a token by its inflected form (see <see cref="Inflections"/>), for when its lemma has
    /// none; null when none.</summary>
    public EventPattern[]? VerbsByForm(ulong norm) => _verbForms.GetValueOrDefault(norm);

    /// <summary>The regular -s, -ed and -ing forms of an English verb (e-drop, y → ie, final consonant doubled for
    /// short verbs: "free" → frees, freed, freeing; "ban" → bans, banned, banning).</summary>
    internal static IEnumerable<string> Inflections(string verb)
    {
        yield return verb;
        if (verb.Length < 2) yield break;
        char last = verb[^1];
        bool vowelBefore = "aeiou".Contains(verb[^2]);
        if (last == 'e') { yield return verb + "s"; yield return verb + "d"; yield return verb[..^1] + "ing"; yield break; }
        if (last == 'y' && !vowelBefore) { yield return verb[..^1] + "ies"; yield return verb[..^1] + "ied"; yield return verb + "ing"; yield break; }
        yield return verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || last == 'x' ? verb + "es" : verb + "s";
        bool doubles = verb.Length <= 4 && vowelBefore && !"aeiouwxy".Contains(last) && (verb.Length < 3 || !"aeiou".Contains(verb[^3]));
        string stem = doubles ? verb + last : verb;
        yield return stem + "ed";
        yield return stem + "ing";
    }

    /// <summary>Nominal rows of a lemma; null when none.</summary>
    public EventPattern[]? Nouns(int lemma) => _nouns.GetValueOrDefault(lemma);

    /// <summary>The chain row of a lemma, or null.</summary>
    public EventPattern? Chain(int lemma) => _chains.GetValueOrDefault(lemma);

    /// <summary>The speech-verb row of a lemma, or null.</summary>
    public EventPattern? Speech(int lemma) => _speech.GetValueOrDefault(lemma);

    /// <summary>The modal row of a lemma, or null.</summary>
    public EventPattern? Modal(int lemma) => _modals.GetValueOrDefault(lemma);

    /// <summary>The light-verb row of a lemma, or null.</summary>
    public EventPattern? Light(int lemma) => _light.GetValueOrDefault(lemma);

    /// <summary>The family row for a chain class and the complement's CAMEO root, else the class's <c>*</c> row;
    /// null when the class has neither (the chain then leaves the complement's code alone). The root <c>none</c>
    /// stands for a complement the lexicon does not code ("agreed to set up a centre").</summary>
    public EventPattern? Family(string cls, string root) =>
        _families.GetValueOrDefault((cls, root)) ?? (root == "none" ? null : _families.GetValueOrDefault((cls, "*")));

    private static readonly string[] Modalities = ["asserted", "negated", "future", "hypothetical", "reported"];

    /// <summary>Reads the lexicon; a malformed row, an unknown kind or a code the ontology lacks is an error naming the line.</summary>
    public static EventLexicon Read(TextReader reader, CameoOntology cameo)
    {
        var all = new List<EventPattern>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in KnowledgeFiles.DataLines(reader))
        {
            var f = line.Split('\t');
            if (f.Length != 7) throw new InvalidDataException($"events.tsv line {number}: expected 7 tab-separated columns, found {f.Length}");
            string id = f[0], kind = f[1], lemma = f[2], obj = f[3], slots = f[4], value = f[5];
            if (!ids.Add(id)) throw new InvalidDataException($"events.tsv line {number}: id '{id}' is used twice");
            var k = kind switch
            {
                "V" => PatternKind.Verb, "N" => PatternKind.Noun, "C" => PatternKind.Chain, "F" => PatternKind.Family,
                "S" => PatternKind.Speech, "M" => PatternKind.Modal, "L" => PatternKind.Light,
                _ => throw new InvalidDataException($"events.tsv line {number}: unknown kind '{kind}'"),
            };
            int particle = -1;
            string head = lemma;
            int space = lemma.IndexOf(' ');
            if (space > 0) { head = lemma[..space]; particle = Vocabulary.Shared.Intern(lemma.AsSpan(space + 1)); }
            var relations = new List<ushort>();
            var preps = new List<int>();
            var roles = new List<int>();
            var required = new List<int>();
            bool party = slots.StartsWith("!!", StringComparison.Ordinal);
            bool requires = slots.StartsWith('!');
            slots = slots.TrimStart('!');
            if (slots != "-")
                foreach (var s in slots.Split('|'))
                {
                    if (s is "obj" or "iobj" or "nsubj:pass") relations.Add(Labels.Deprel.Intern(s));
                    else if (s.StartsWith('@')) roles.Add(Vocabulary.Shared.Intern(s.AsSpan(1)));
                    else if (s.StartsWith('+')) required.Add(Vocabulary.Shared.Intern(s.AsSpan(1)));
                    else preps.Add(Vocabulary.Shared.Intern(s));
                }
            string? code = null, cls = null;
            var modality = EventModality.Asserted;
            switch (k)
            {
                case PatternKind.Verb or PatternKind.Noun:
                    code = CheckCode(value, number, cameo); break;
                case PatternKind.Speech:
                    code = value == "-" ? null : CheckCode(value, number, cameo); break;
                case PatternKind.Chain:
                    cls = value; break;
                case PatternKind.Family:
                    cls = lemma; head = obj; obj = "-";
                    code = value == "same" ? null : CheckCode(value, number, cameo); break;
                case PatternKind.Modal:
                    int m = Array.IndexOf(Modalities, value);
                    if (m < 0) throw new InvalidDataException($"events.tsv line {number}: unknown modality '{value}'");
                    modality = (EventModality)m; break;
            }
            all.Add(new EventPattern
            {
                Id = id, Kind = k, Lemma = Vocabulary.Shared.Intern(head), Particle = particle,
                Objects = obj is "-" or "*" ? [] : [.. obj.Split('|').Select(o => Vocabulary.Shared.Intern(o))],
                ObjectForms = obj is "-" or "*" ? [] : [.. obj.Split('|').Select(o => StringHash.OfNorm(o))],
                RequiresObject = obj == "*",
                TargetRelations = [.. relations], TargetPrepositions = [.. preps], RolePrepositions = [.. roles], RequiredPrepositions = [.. required],
                Cameo = code, Class = cls, Modality = modality, Order = all.Count, RequiresTarget = requires, RequiresParty = party,
            });
        }
        return new EventLexicon(all);
    }

    private static string CheckCode(string code, int number, CameoOntology cameo) =>
        cameo.Find(code) is { Level: > 1 } c ? c.Code
            : throw new InvalidDataException($"events.tsv line {number}: '{code}' is not a three- or four-digit CAMEO code");

    private static readonly Lazy<EventLexicon> Shipped = new(() =>
    {
        using var reader = new StreamReader(KnowledgeFiles.Open("events.tsv"));
        return Read(reader, Cameo.Ontology);
    });

    /// <summary>The shipped lexicon, loaded once.</summary>
    public static EventLexicon Default => Shipped.Value;
}
