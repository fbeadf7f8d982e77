using Dyad.Ontology;
using System.Globalization;
using System.Text;
using Dyad.Documents;

namespace Dyad.Actors.Knowledge;

/// <summary>Which knowledge file an entry comes from.</summary>
public enum ActorKind
{
    /// <summary>countries.tsv: names, abbreviations, demonyms, capitals and seats of government.</summary>
    Country,
    /// <summary>igos.tsv: international organisations.</summary>
    Igo,
    /// <summary>agents.tsv: sector and role nouns; the code is an agent code with <c>~</c> (see <see cref="ActorEntry.Code"/>).</summary>
    Agent,
    /// <summary>persons.tsv: named people with dated roles.</summary>
    Person,
    /// <summary>groups.tsv: named non-state groups.</summary>
    Group,
}

/// <summary>One phrase of the knowledge base and the code it stands for over a span of dates.</summary>
/// <param name="Phrase">The phrase as written in the file.</param>
/// <param name="Code">The actor code (<c>USAGOV</c>, <c>IGOUNO</c>); for agents <c>~GOV</c> (appended to a country's
/// code) or <c>NGO~</c> (put before it).</param>
/// <param name="From">First day the code holds, or null.</param>
/// <param name="To">Last day the code holds, or null.</param>
/// <param name="Kind">The file the entry comes from.</param>
/// <param name="Detail">What the phrase is: <c>name</c>, <c>short</c>, <c>abbrev</c>, <c>demonym</c>, <c>capital</c>,
/// <c>metonym</c>, <c>role</c>, <c>plural</c>, <c>alias</c>.</param>
/// <param name="Source">Where the fact comes from (<c>hand</c>, <c>countries.json</c>, <c>wikidata-2022</c>, <c>phoenix</c>).</param>
public sealed record ActorEntry(string Phrase, string Code, DateOnly? From, DateOnly? To, ActorKind Kind, string Detail, string Source)
{
    /// <summary>True when <paramref name="date"/> lies within the entry's dates (both ends inclusive).</summary>
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>The file the entry was read from (<c>persons.tsv</c>, or a PETRARCH dictionary a user gave); named in the
    /// evidence of the mentions it codes.</summary>
    public string? File { get; init; }

    /// <summary>True when the entry has a date restriction.</summary>
    public bool IsDated => From is not null || To is not null;
}

/// <summary>
/// The actor knowledge base: the files in <c>knowledge/</c> (countries, igos, agents, persons, groups), indexed by
/// normalised phrase. One line a phrase: <c>phrase \t code \t from \t to \t detail \t source</c> (dates ISO
/// <c>yyyy-MM-dd</c> or empty).
/// </summary>
public sealed class ActorKnowledge
{
    /// <summary>The knowledge files and the kind each holds, in load order.</summary>
    public static IReadOnlyList<(string File, ActorKind Kind)> Files { get; } =
        [("countries.tsv", ActorKind.Country), ("igos.tsv", ActorKind.Igo), ("agents.tsv", ActorKind.Agent),
         ("persons.tsv", ActorKind.Person), ("groups.tsv", ActorKind.Group)];

    private static readonly Lazy<ActorKnowledge> Shipped = new(() =>
    {
        var kb = new ActorKnowledge();
        foreach (var (file, kind) in Files)
        {
            using var stream = KnowledgeFiles.Open(file);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            kb.Add(reader, kind, file);
        }
        return kb;
    });

    private readonly Dictionary<string, List<ActorEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly int[] _counts = new int[5];

    private ActorKnowledge() { }

    /// <summary>The knowledge base shipped inside the library (the files of <c>knowledge/</c> at build time), loaded once.</summary>
    public static ActorKnowledge Default => Shipped.Value;

    /// <summary>Loads the knowledge files from a folder (all five must be there).</summary>
    public static ActorKnowledge Load(string directory)
    {
        var kb = new ActorKnowledge();
        foreach (var (file, kind) in Files)
        {
            using var reader = new StreamReader(Path.Combine(directory, file), Encoding.UTF8);
            kb.Add(reader, kind, file);
        }
        return kb;
    }

    /// <summary>
    /// This knowledge base plus PETRARCH / Phoenix dictionaries a user brings: actor dictionaries (<c>ROOT_ [CODE]</c>,
    /// <c>+SYNONYM_</c>, dated codes) and agent dictionaries (<c>~GOV</c>, <c>NGO~</c>), read by the PETRARCH readers.
    /// Their phrases join ours; on a tie the dated entry, then a hand-written one, wins as in <see cref="Resolve(string, DateOnly)"/>.
    /// An actor entry's kind comes from its code: <c>IGO…</c> an organisation, three letters a country, a dated code a
    /// person (PETRARCH dates the roles of people), anything else a group. A file with no entry the reader understands
    /// is an error (a wrong path or format must not pass silently).
    /// </summary>
    public ActorKnowledge WithPetrarch(IEnumerable<string> actorDictionaries, IEnumerable<string> agentDictionaries)
    {
        var kb = new ActorKnowledge();
        foreach (var (key, list) in _byKey) kb._byKey[key] = [.. list];
        Array.Copy(_counts, kb._counts, _counts.Length);
        foreach (var path in actorDictionaries)
        {
            var dict = Petrarch.PetrarchActorDictionary.Read(path);
            var byKind = new Dictionary<ActorKind, StringBuilder>();
            foreach (var line in KnowledgeBuilder.FromPhoenix(dict, igoOnly: false))
            {
                var f = line.Split('\t');
                var kind = f[1].StartsWith("IGO", StringComparison.Ordinal) ? ActorKind.Igo
                    : f[1].Length == 3 ? ActorKind.Country
                    : f[2].Length > 0 || f[3].Length > 0 ? ActorKind.Person
                    : ActorKind.Group;
                if (!byKind.TryGetValue(kind, out var sb)) byKind[kind] = sb = new StringBuilder();
                sb.Append(line).Append('\n');
            }
            if (byKind.Count == 0) throw new InvalidDataException($"{path}: no PETRARCH actor entry with a code ('ROOT_ [CODE]') found");
            foreach (var (kind, sb) in byKind) kb.Add(new StringReader(sb.ToString()), kind, Path.GetFileName(path));
        }
        foreach (var path in agentDictionaries)
        {
            var agents = Petrarch.PetrarchAgentDictionary.Read(path);
            if (agents.Forms.Count == 0) throw new InvalidDataException($"{path}: no PETRARCH agent entries ('NOUN_ [~CODE]' lines) found");
            var sb = new StringBuilder();
            foreach (var line in KnowledgeBuilder.FromAgents(agents)) sb.Append(line).Append('\n');
            kb.Add(new StringReader(sb.ToString()), ActorKind.Agent, Path.GetFileName(path));
        }
        return kb;
    }

    /// <summary>Number of entries of a kind.</summary>
    public int Count(ActorKind kind) => _counts[(int)kind];

    /// <summary>Number of distinct phrases (after normalisation).</summary>
    public int PhraseCount => _byKey.Count;

    private void Add(TextReader reader, ActorKind kind, string file)
    {
        foreach (var (number, line) in KnowledgeFiles.DataLines(reader))
        {
            var entry = (ParseLine(line, kind) ?? throw new InvalidDataException($"{file} line {number}: expected 'phrase, code, from, to, detail, source' separated by tabs"))
                with { File = file };
            string key = Key(entry.Phrase);
            if (key.Length == 0) continue;
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            list.Add(entry);
            _counts[(int)kind]++;
        }
    }

    internal static ActorEntry? ParseLine(string line, ActorKind kind)
    {
        var f = line.Split('\t');
        if (f.Length != 6 || f[0].Length == 0 || f[1].Length == 0) return null;
        DateOnly? from = null, to = null;
        if (f[2].Length > 0) { if (!DateOnly.TryParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null; from = d; }
        if (f[3].Length > 0) { if (!DateOnly.TryParseExact(f[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null; to = d; }
        return new ActorEntry(f[0], f[1], from, to, kind, f[4], f[5]);
    }

    /// <summary>
    /// The lookup key of a phrase: each character folded with <see cref="TextChars.Fold"/> (case, curly quotes, dashes),
    /// underscores and white-space runs made one space, and a leading "the " dropped ("The White House" = "white house").
    /// </summary>
    public static string Key(ReadOnlySpan<char> phrase)
    {
        Span<char> buffer = phrase.Length <= 256 ? stackalloc char[phrase.Length] : new char[phrase.Length];
        int n = 0;
        bool space = false;
        foreach (char c in phrase)
        {
            char f = TextChars.Fold(c);
            if (f == '_' || char.IsWhiteSpace(f)) { space = n > 0; continue; }
            if (space) { buffer[n++] = ' '; space = false; }
            buffer[n++] = f;
        }
        var key = buffer[..n];
        if (key.StartsWith("the ")) key = key[4..];
        return key.ToString();
    }

    /// <summary>Every entry for a phrase (any date), in file order; empty when the phrase is unknown.</summary>
    public IReadOnlyList<ActorEntry> Lookup(string phrase) => _byKey.TryGetValue(Key(phrase), out var list) ? list : [];

    /// <summary>
    /// The entry that holds for <paramref name="phrase"/> on <paramref name="date"/>: among entries covering the date,
    /// a dated one beats an undated one (a person's role beats their default), then a hand-written one beats a derived
    /// one, then file order. Null when no entry covers the date.
    /// </summary>
    public ActorEntry? Resolve(string phrase, DateOnly date) => Resolve(Lookup(phrase), date);

    /// <summary>
    /// The entry of <paramref name="entries"/> (one phrase's entries) that holds on <paramref name="date"/>, by the
    /// rule of <see cref="Resolve(string, DateOnly)"/>. With no date (an article with neither a publication date nor a
    /// given one) the rule is <em>latest in force</em>: the dated entry whose span ends last (an open end is latest;
    /// ties go to the later start, then the rule above), else the best undated entry — so "Netanyahu" reads as his
    /// current role rather than his undated default. Null when nothing holds.
    /// </summary>
    public static ActorEntry? Resolve(IReadOnlyList<ActorEntry> entries, DateOnly? date)
    {
        ActorEntry? best = null;
        if (date is { } day)
        {
            foreach (var e in entries)
                if (e.Covers(day) && (best == null || Rank(e) > Rank(best))) best = e;
            return best;
        }
        foreach (var e in entries)
        {
            if (!e.IsDated) continue;
            if (best == null || LaterInForce(e, best)) best = e;
        }
        if (best != null) return best;
        foreach (var e in entries)
            if (best == null || Rank(e) > Rank(best)) best = e;
        return best;

        static bool LaterInForce(ActorEntry a, ActorEntry b)
        {
            var aTo = a.To ?? DateOnly.MaxValue; var bTo = b.To ?? DateOnly.MaxValue;
            if (aTo != bTo) return aTo > bTo;
            var aFrom = a.From ?? DateOnly.MinValue; var bFrom = b.From ?? DateOnly.MinValue;
            if (aFrom != bFrom) return aFrom > bFrom;
            return Rank(a) > Rank(b);
        }
    }

    /// <summary>Every phrase key (see <see cref="Key"/>) with its entries in file order, for building matchers.</summary>
    public IEnumerable<(string Key, IReadOnlyList<ActorEntry> Entries)> Phrases
    {
        get { foreach (var (key, list) in _byKey) yield return (key, list); }
    }

    /// <summary>The code of <see cref="Resolve(string, DateOnly)"/>, or null.</summary>
    public string? ResolveCode(string phrase, DateOnly date) => Resolve(phrase, date)?.Code;

    private static int Rank(ActorEntry e) => (e.IsDated ? 2 : 0) + (e.Source == "hand" ? 1 : 0);
}
