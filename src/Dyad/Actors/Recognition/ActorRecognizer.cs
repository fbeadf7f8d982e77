using System.Globalization;
using Dyad.Actors.Knowledge;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Actors.Recognition;

/// <summary>
/// The actors stage: finds actor mentions and resolves each to an actor code on the article's date
/// (<see cref="Document.ReferenceDate"/>). In order:
/// <list type="number">
/// <item>longest match of the knowledge phrases over the tokens (<see cref="PhraseTrie"/>); names must be capitalised
/// in the text, hand-written acronyms written exactly ("US" but not "us");</item>
/// <item>the NER stage's PERSON and ORG spans the knowledge does not cover become persons and organisations (an
/// organisation takes the country and roles of the known words inside it: "Israeli Defense Ministry");</item>
/// <item>composition of a country, body or group with an agent noun to its right ("senior U.S. officials" → USAGOV,
/// "Israel's military" → ISRMIL) or after "of"/"from" ("the government of Israel"), and an agent that belongs where it
/// is with the country of its place after "in" ("officials in Kampala" → UGAGOV);</item>
/// <item>titles before a name ("Israeli Defense Minister Yoav Gallant", "White House spokesperson Karine
/// Jean-Pierre"): one mention whose code is the person's dated role, else the title's, with the roles of both;</item>
/// <item>coreference within the article (<see cref="Coreference.ActorCoreference"/>): surnames, role nouns, "the two
/// governments", pronouns; then entity ids and names.</item>
/// </list>
/// With no reference date, dated entries resolve by the "latest in force" rule of
/// <see cref="ActorKnowledge.Resolve(IReadOnlyList{ActorEntry}, DateOnly?)"/>, and the rule says so.
/// Thread-safe: the trie and tables are read-only after construction.
/// </summary>
public sealed class ActorRecognizer : IStage
{
    /// <summary>Words between a country and the agent it modifies that composition skips ("senior", "top", "two"):
    /// at most this many. Chosen on the seed article and the CAMEO NER spans (<c>dyad eval actors</c>).</summary>
    internal const int MaxModifierGap = 3;

    private static readonly Lazy<ActorRecognizer> Shipped = new(() => new ActorRecognizer(ActorKnowledge.Default));

    internal static readonly ulong NormPossessive = StringHash.OfNorm("'s");
    internal static readonly ulong NormOf = StringHash.OfNorm("of");
    internal static readonly ulong NormFrom = StringHash.OfNorm("from");
    internal static readonly ulong NormIn = StringHash.OfNorm("in");
    internal static readonly ulong NormThe = StringHash.OfNorm("the");
    internal static readonly ulong NormComma = StringHash.OfNorm(",");
    internal static readonly ulong NormAnd = StringHash.OfNorm("and");

    /// <summary>Words that end a person's name the NER ran on ("Erdogan of Turkey", "Netanyahu on 14 January").</summary>
    private static readonly ulong[] NotInNames = [NormOf, StringHash.OfNorm("on"), NormIn, StringHash.OfNorm("at"), NormFrom, StringHash.OfNorm("said"), StringHash.OfNorm("says")];

    /// <summary>Lower case without diacritics ("Erdoğan" → "erdogan"), for surname look-ups.</summary>
    internal static string Plain(string s)
    {
        var decomposed = s.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Single words that Phoenix lists as names of groups or bodies but that English text mostly uses as
    /// ordinary words; taken only from hand-written entries. Found in the CAMEO NER sample of <c>dyad eval actors</c>.</summary>
    private static readonly HashSet<string> DerivedWordsNotNames = new(StringComparer.Ordinal)
    {
        "organization", "youth", "tigers", "zero", "falcon", "mavericks", "boogeymen", "contras", "recontras", "tanzim", "camo", "aleph", "yahweh",
    };

    /// <summary>Roles whose agent nouns are titles before a name ("President", "Defense Minister", "spokesperson",
    /// "General"); other agent nouns ("hunter", "farmer") are not read as titles. Chosen on the seed article.</summary>
    private static readonly HashSet<string> TitleRoles = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "PTY", "IGO", "ELI" };

    private readonly PhraseTrie _trie;
    private readonly Dictionary<ulong, List<string>> _surnames = [];
    private readonly ushort _adj, _adv, _num, _noun, _propn, _nns, _nnps, _person, _org;

    /// <summary>Builds the stage over a knowledge base.</summary>
    public ActorRecognizer(ActorKnowledge knowledge)
    {
        Knowledge = knowledge;
        _trie = PhraseTrie.Build(knowledge);
        Codes = new ActorCodes(knowledge);
        // Surnames of the knowledge's persons, for a lone surname the NER finds ("Putin"): every full name ending in it.
        foreach (var (key, entries) in knowledge.Phrases)
        {
            if (entries[0].Kind != ActorKind.Person) continue;
            int space = key.LastIndexOf(' ');
            if (space < 0) continue;
            ulong norm = StringHash.OfNorm(Plain(key[(space + 1)..]));
            if (!_surnames.TryGetValue(norm, out var fulls)) _surnames[norm] = fulls = [];
            fulls.Add(entries[0].Phrase);
        }
        _adj = Labels.Upos.Intern("ADJ");
        _adv = Labels.Upos.Intern("ADV");
        _num = Labels.Upos.Intern("NUM");
        _noun = Labels.Upos.Intern("NOUN");
        _propn = Labels.Upos.Intern("PROPN");
        _nns = Labels.Xpos.Intern("NNS");
        _nnps = Labels.Xpos.Intern("NNPS");
        _person = Labels.Entity.Intern("PERSON");
        _org = Labels.Entity.Intern("ORG");
    }

    /// <summary>The stage over the shipped knowledge base, built once.</summary>
    public static ActorRecognizer Default => Shipped.Value;

    /// <summary>The knowledge base the stage matches against.</summary>
    public ActorKnowledge Knowledge { get; }

    /// <summary>Number of phrases in the matcher.</summary>
    public int PhraseCount => _trie.Count;

    internal ActorCodes Codes { get; }

    /// <inheritdoc />
    public string Name => "actors";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Parse | Layers.Entities;

    /// <inheritdoc />
    public Layers Writes => Layers.Actors;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Actors.Clear();
        if (document.TokenCount == 0) return;
        var drafts = new List<Draft>();
        Match(document, drafts);
        SettleStates(document, drafts);
        TitleOrganisations(document, drafts);
        var cover = new int[document.TokenCount];
        Cover(drafts, cover);
        CountryWordsInNames(document, drafts, cover);
        AddEntities(document, drafts, cover);
        AddLoneSurnames(document, drafts, cover);
        AddRepeatedSurnames(document, drafts, cover);
        SurnamesOverPlaceNames(document, drafts);
        AddTitledNames(document, drafts, cover);
        ForeignCounterparts(document, drafts, cover);
        Compose(document, drafts, cover);
        MergeTitles(document, drafts, cover);
        // Again for agents whose body got its name only now ("commanders of the Palestinian militant group Hamas").
        Compose(document, drafts, cover);
        Coreference.ActorCoreference.Resolve(document, drafts, cover, this);
        Emit(document, drafts);
    }

    // ---- 1. knowledge phrases -------------------------------------------------------------------------------------

    private void Match(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        Span<int> ends = stackalloc int[PhraseTrie.MaxTokens];
        foreach (ref readonly var sentence in doc.SentenceRecords)
        {
            int end = sentence.FirstToken + sentence.TokenCount;
            int i = sentence.FirstToken;
            while (i < end)
            {
                int node = PhraseTrie.Root, found = 0;
                for (int j = i; j < end && j - i < PhraseTrie.MaxTokens; j++)
                {
                    node = _trie.Next(node, tokens[j].Norm);
                    if (node < 0) break;
                    if (_trie.PhraseAt(node) is not null) ends[found++] = node;
                }
                Draft? made = null;
                bool afterCountry = AfterCountry(doc, drafts, i);
                for (int k = found - 1; k >= 0 && made is null; k--)
                    made = FromPhrase(doc, i, _trie.PhraseAt(ends[k])!, afterCountry);
                if (made is null) { i++; continue; }
                drafts.Add(made);
                i = made.End;
            }
        }
    }

    /// <summary>
    /// "Georgia" is a country and a United States state. The country stands unless the article names another state
    /// ("Alabama", "New Jersey") and nothing else of that country ("Georgian", "Tbilisi"); then it is the state. Found
    /// when ingesting the PolNeAR articles (US political news), where "Georgia" was coded GEO 66 times. Within such an
    /// article, a sentence that names another country and no state keeps the country: "Putin's invasions of Georgia and
    /// Ukraine" in a campaign article that names Florida and Ohio elsewhere.
    /// </summary>
    private void SettleStates(Document doc, List<Draft> drafts)
    {
        bool otherState = false;
        HashSet<string>? countryCues = null;
        foreach (var d in drafts)
        {
            if (d.Entry is not { } e || d.Phrase is null) continue;
            if (e.Detail == KnowledgeBuilder.UsStateDetail) otherState = true;
            else if (StateReading(d) is null && d.Code is { } code) (countryCues ??= []).Add(code);
        }
        if (!otherState) return;
        foreach (var d in drafts)
        {
            if (StateReading(d) is not { } state || countryCues?.Contains(d.Code!) == true) continue;
            if (ForeignCountryInSentence(d)) continue;
            Know(d, state, d.FullName, RuleOf(state, null) + " (a state: the article names other states) over " + d.Rule);
        }

        // Another country than the United States named in the sentence, and no state besides the ambiguous name.
        bool ForeignCountryInSentence(Draft d)
        {
            int sentence = doc.Tokens[d.First].Sentence;
            bool foreign = false;
            foreach (var o in drafts)
            {
                if (ReferenceEquals(o, d) || doc.Tokens[o.First].Sentence != sentence || o.Entry is not { Kind: ActorKind.Country } oe) continue;
                if (oe.Detail == KnowledgeBuilder.UsStateDetail || StateReading(o) is not null) return false;
                if (Codes.CountryOf(oe.Code) is { } c && c != "USA") foreign = true;
            }
            return foreign;
        }

        static ActorEntry? StateReading(Draft d)
        {
            if (d.Entry is not { Kind: ActorKind.Country } e || e.Detail == KnowledgeBuilder.UsStateDetail) return null;
            foreach (var other in d.Phrase!.Entries)
                if (other.Detail == KnowledgeBuilder.UsStateDetail && other.Code != e.Code) return other;
            return null;
        }
    }

    /// <summary>A draft for a phrase matched at <paramref name="first"/>, or null when the text's writing rules it out
    /// (a name in lower case, an acronym not in capitals).</summary>
    private Draft? FromPhrase(Document doc, int first, TriePhrase phrase, bool afterCountry)
    {
        int last = first + phrase.TokenCount - 1;
        // "US$42 million", "NZ$5": a name written onto a dollar sign is the currency's, no actor (found in Wikinews
        // articles, where "US$" made the United States the target of appeals for money).
        if (last + 1 < doc.TokenCount && doc.Tokens[last + 1].Start == doc.Tokens[last].End && doc.Text[doc.Tokens[last + 1].Start] == '$') return null;
        bool named = phrase.HasName && Capitalised(doc, first) && (!phrase.LastCapital || Capitalised(doc, last))
                     && ExactCase(doc, first, phrase.ExactCaseMask);
        // An agent noun used as a modifier ("military plans", "police car") names no actor.
        bool agent = phrase.HasAgent && ((doc.Layers & Layers.Tags) == 0 || doc.Tokens[last].Upos == _noun || doc.Tokens[last].Upos == _propn);
        if (!named && !agent) return null;
        IReadOnlyList<ActorEntry> entries = phrase.Entries;
        if (named && phrase.TokenCount == 1 && DerivedWordsNotNames.Contains(phrase.Key))
        {
            entries = entries.Where(e => e.Source == "hand" || e.Kind == ActorKind.Agent).ToList();
            if (entries.Count == 0) return null;
        }
        if (!named) entries = Filter(entries, agents: true);
        else if (!agent && phrase.HasAgent) entries = Filter(entries, agents: false);
        else if (phrase.HasAgent && !afterCountry && (phrase.TokenCount > 1 || !SentenceInitial(doc, first))
                 && !NameFollows(doc, last) && Filter(entries, agents: false) is { Count: > 0 } names)
            // "the Department of Defense" in capitals with no country before it is the body the name belongs to
            // (USAMIL), not the role any country's department plays; "Israel's Defense Department" stays a role, and
            // so does a title before a name ("Secretary of State John Kerry").
            entries = names;
        var date = doc.ReferenceDate;
        var entry = ActorKnowledge.Resolve(entries, date);
        var kind = (entry ?? entries[0]).Kind;
        var d = new Draft { First = first, Count = phrase.TokenCount, Phrase = phrase, Entry = entry, Kind = MentionKindOf(kind) };
        d.Plural = entry?.Detail == "plural" || doc.Tokens[last].Xpos == _nns || doc.Tokens[last].Xpos == _nnps;
        if (entry is null)
        {
            d.Rule = $"{FileOf(kind)}:{entries[0].Phrase} (nothing in force on {date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
            return d;
        }
        d.Rule = RuleOf(entry, date);
        if (kind == ActorKind.Agent)
        {
            d.AgentCode = entry.Code;
            d.Roles = ActorCodes.AgentRoles(entry.Code);
            d.TitleKey = phrase.Key;
        }
        else
        {
            d.Code = entry.Code;
            d.Country = Codes.CountryOf(entry.Code);
            d.Roles = Codes.RolesOf(entry.Code);
            if (kind == ActorKind.Person) { d.NameFirst = first; d.NameCount = phrase.TokenCount; }
        }
        return d;
    }

    /// <summary>A country draft ends just before <paramref name="token"/>, or one word before it past a possessive
    /// ("U.S. Defense Department", "Israel's Defense Ministry").</summary>
    private static bool AfterCountry(Document doc, List<Draft> drafts, int token)
    {
        if (drafts.Count == 0) return false;
        var last = drafts[^1];
        if (last.Kind != MentionKind.Country) return false;
        return last.End == token || (last.End == token - 1 && doc.Tokens[token - 1].Norm == NormPossessive);
    }

    private bool NameFollows(Document doc, int last) =>
        last + 1 < doc.TokenCount && doc.Tokens[last + 1].Sentence == doc.Tokens[last].Sentence
        && doc.Tokens[last + 1].Upos == _propn && Capitalised(doc, last + 1);

    private static bool SentenceInitial(Document doc, int token) =>
        doc.SentenceRecords[doc.Tokens[token].Sentence].FirstToken == token;

    private static List<ActorEntry> Filter(IReadOnlyList<ActorEntry> entries, bool agents)
    {
        var list = new List<ActorEntry>(entries.Count);
        foreach (var e in entries) if ((e.Kind == ActorKind.Agent) == agents) list.Add(e);
        return list;
    }

    private static bool Capitalised(Document doc, int token)
    {
        ref readonly var t = ref doc.Tokens[token];
        char c = doc.Text[t.Start];
        return !char.IsLetter(c) || char.IsUpper(c);
    }

    private static bool ExactCase(Document doc, int first, ulong mask)
    {
        for (int k = 0; mask != 0; k++, mask >>= 1)
        {
            if ((mask & 1) == 0) continue;
            ref readonly var t = ref doc.Tokens[first + k];
            foreach (char c in doc.Text.AsSpan(t.Start, t.End - t.Start)) if (char.IsLower(c)) return false;
        }
        return true;
    }

    internal static MentionKind MentionKindOf(ActorKind kind) => kind switch
    {
        ActorKind.Country => MentionKind.Country,
        ActorKind.Igo => MentionKind.Igo,
        ActorKind.Agent => MentionKind.Agent,
        ActorKind.Person => MentionKind.Person,
        _ => MentionKind.Group,
    };

    private static string FileOf(ActorKind kind) => ActorKnowledge.Files[(int)kind].File;

    /// <summary>The evidence of a knowledge entry: <c>file:phrase</c>, <c>@from</c> when dated, and a note when the
    /// article has no date and the latest-in-force rule chose the entry.</summary>
    internal static string RuleOf(ActorEntry e, DateOnly? date)
    {
        string rule = (e.File ?? FileOf(e.Kind)) + ":" + e.Phrase;
        if (e.From is { } from) rule += "@" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date is null && e.IsDated) rule += " (no date: latest in force)";
        return rule;
    }

    internal static void Cover(List<Draft> drafts, int[] cover)
    {
        Array.Fill(cover, -1);
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Removed) continue;
            for (int t = d.First; t < d.End; t++) if (cover[t] < 0) cover[t] = k;
        }
    }

    /// <summary>Nouns of organisations that are not the state, and the role of their officers (empty: none CAMEO has):
    /// the president of a union is of labour (LAB), a company's of business (BUS), a university's of education (EDU).</summary>
    private static readonly Dictionary<ulong, string> OrganisationNouns = new[]
    {
        ("union", "LAB"), ("unions", "LAB"),
        ("company", "BUS"), ("companies", "BUS"), ("firm", "BUS"), ("corporation", "BUS"), ("airline", "BUS"), ("automaker", "BUS"),
        ("manufacturer", "BUS"), ("retailer", "BUS"), ("conglomerate", "BUS"), ("startup", "BUS"), ("bank", "BUS"),
        ("university", "EDU"), ("college", "EDU"), ("school", "EDU"), ("academy", "EDU"),
        ("church", "REL"), ("diocese", "REL"), ("mosque", "REL"), ("synagogue", "REL"),
        ("newspaper", "MED"), ("magazine", "MED"), ("broadcaster", "MED"), ("network", "MED"),
        ("hospital", "HLH"), ("charity", "NGO"),
        ("club", ""), ("team", ""), ("association", ""), ("federation", ""), ("league", ""), ("society", ""), ("foundation", ""),
    }.ToDictionary(p => StringHash.OfNorm(p.Item1), p => p.Item2);

    private static readonly ulong NormApostrophe = StringHash.OfNorm("'");

    /// <summary>
    /// A title of government ("president", "officials", "spokesman") whose organisation the text names as something
    /// other than the state — "union president Karen Lewis", "the company's spokesman", "the president of the teachers'
    /// union" — takes that organisation's role (<see cref="OrganisationNouns"/>) instead of its own, and a role key that
    /// names it ("union president"), so that neither the article's country nor an earlier head of state lends it an
    /// office. The organisation is the noun just before the title (past a possessive) or, in the parse, the head of an
    /// "of" phrase on it; a noun inside a coded name ("the World Bank", "the Bank of England") is that name's, not this.
    /// </summary>
    private void TitleOrganisations(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        bool parsed = (doc.Layers & Layers.Parse) != 0;
        foreach (var d in drafts)
        {
            if (d.Kind != MentionKind.Agent || d.Code is not null || !d.Roles.Exists(r => r is "GOV" or "LEG" or "JUD" or "ELI")) continue;
            int sentence = tokens[d.First].Sentence, org = -1;
            int j = d.First - 1;
            if (j >= 0 && tokens[j].Sentence == sentence && (tokens[j].Norm == NormPossessive || tokens[j].Norm == NormApostrophe)) j--;
            if (j >= 0 && tokens[j].Sentence == sentence && OrganisationNouns.ContainsKey(tokens[j].Norm) && tokens[j].Upos is var u && (u == _noun || u == _propn)) org = j;
            if (org < 0 && parsed)
            {
                int end = doc.SentenceRecords[sentence].FirstToken + doc.SentenceRecords[sentence].TokenCount;
                for (int k = d.End + 1; k < end && k <= d.End + 5; k++)
                {
                    int h = tokens[k].Head;
                    if (h < d.First || h >= d.End || !OrganisationNouns.ContainsKey(tokens[k].Norm)) continue;
                    if (tokens[d.End].Norm == NormOf) org = k;
                    break;
                }
            }
            if (org < 0 || InCodedName(org)) continue;
            string role = OrganisationNouns[tokens[org].Norm];
            d.Roles = role.Length > 0 ? [role] : [];
            d.AgentCode = role.Length > 0 ? "~" + role : null;
            string noun = doc.Text[tokens[org].Start..tokens[org].End].ToLowerInvariant();
            d.TitleKey = noun.EndsWith('s') && noun != "business" ? noun[..^1] + " " + d.TitleKey : noun + " " + d.TitleKey;
            d.Rule += " (of a " + noun + ")";
            d.OrganisationTitle = true;
        }

        bool InCodedName(int token)
        {
            foreach (var o in drafts)
                if (o.Kind != MentionKind.Agent && token >= o.First && token < o.End) return true;
            return false;
        }
    }

    private static readonly HashSet<ulong> DirectionWords = [.. new[] { "north", "south", "east", "west", "northern", "southern",
        "eastern", "western", "central", "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest",
        "northeastern", "northwestern", "southeastern", "southwestern", "new" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>Last words of names of state bodies the agent nouns lack ("Secret Service", "Justice Department", "Communist
    /// Party"): a name ending in one, after a country's, is of that country, not an organisation of no country.</summary>
    private static readonly HashSet<ulong> StateBodyHeads = [.. new[] { "department", "service", "agency", "bureau", "committee",
        "commission", "council", "office", "ministry", "party", "guard", "guards", "corps", "force", "forces", "patrol", "administration",
        "authority", "assembly", "congress", "senate", "house", "parliament", "government", "court", "navy", "army", "police",
        "command", "directorate", "cabinet", "embassy", "consulate", "mission", "delegation", "legislature", "agencies",
        "departments", "ministries", "services" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>Capitalised words that make an organisation's name, with a country's name in it, the government's
    /// ("Indiana Department of Natural Resources"), a company ("American Electric Power", "Tokyo Stock Exchange") or a
    /// party ("Communist Party of Nepal"): the role such a name gives its country.</summary>
    private static readonly Dictionary<ulong, string> NameRoleWords = new[]
    {
        ("department", "GOV"), ("ministry", "GOV"), ("agency", "GOV"), ("bureau", "GOV"), ("commission", "GOV"), ("administration", "GOV"),
        ("authority", "GOV"), ("directorate", "GOV"), ("office", "GOV"),
        ("power", "BUS"), ("electric", "BUS"), ("energy", "BUS"), ("airlines", "BUS"), ("airline", "BUS"), ("airways", "BUS"),
        ("motors", "BUS"), ("petroleum", "BUS"), ("oil", "BUS"), ("steel", "BUS"), ("telecom", "BUS"), ("railways", "BUS"),
        ("holdings", "BUS"), ("inc", "BUS"), ("inc.", "BUS"), ("corp", "BUS"), ("corp.", "BUS"), ("corporation", "BUS"), ("co.", "BUS"),
        ("company", "BUS"), ("ltd", "BUS"), ("ltd.", "BUS"), ("industries", "BUS"), ("exchange", "BUS"), ("insurance", "BUS"),
        ("pharmaceuticals", "BUS"), ("shipping", "BUS"), ("mining", "BUS"), ("electronics", "BUS"), ("express", "BUS"),
        ("party", "PTY"),
    }.ToDictionary(p => StringHash.OfNorm(p.Item1), p => p.Item2);

    /// <summary>The role <see cref="NameRoleWords"/> give a name by its head word: the last before an "of" or the end
    /// ("Department of Justice", "Farm Bureau Federation" — a federation, no office); null when none.</summary>
    private static string? NameRole(Document doc, int a, int b)
    {
        int end = a;
        while (end < b && doc.Tokens[end].Norm != NormOf) end++;
        int head = end - 1;
        return head >= a && Capitalised(doc, head) && NameRoleWords.TryGetValue(doc.Tokens[head].Norm, out var role) ? role : null;
    }

    /// <summary>Plurals that name places or people, not clubs, after a state's or capital's name ("Washington Heights",
    /// "Texas Republicans").</summary>
    private static readonly HashSet<ulong> NotClubPlurals = [.. new[] { "islands", "heights", "hills", "mountains", "lakes", "falls",
        "springs", "cities", "counties", "territories", "plains", "keys", "rapids", "woods", "gardens", "mills", "shores", "flats",
        "highlands", "wetlands", "valleys", "rivers", "forks",
        // nor clubs: the state's members of a party or movement ("Texas Republicans")
        "republicans", "democrats", "conservatives", "liberals", "progressives", "socialists", "libertarians", "independents",
        "greens", "nationalists", "separatists", "loyalists", "veterans", "guards" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>A US state's or a capital's name followed by one capitalised plural (tagged NNPS) that is no kind of
    /// place or actor: a club ("Minnesota Vikings"), which codes no country.</summary>
    private bool ClubName(Document doc, Draft d)
    {
        if (d.Kind != MentionKind.Country || d.Entry?.Detail is not (KnowledgeBuilder.UsStateDetail or "capital")) return false;
        int t = d.End;
        if (t >= doc.TokenCount || doc.Tokens[t].Sentence != doc.Tokens[d.First].Sentence) return false;
        ref readonly var w = ref doc.Tokens[t];
        if (w.Xpos != _nnps || !Capitalised(doc, t) || AllCapitals(doc, t) || NotClubPlurals.Contains(w.Norm)) return false;
        foreach (var e in Knowledge.Lookup(doc.Text[w.Start..w.End]))
            if (e.Kind == ActorKind.Agent) return false;
        return true;
    }

    /// <summary>Fewest capitalised words after a country's name that make it the start of another name ("American
    /// Electric Power").</summary>
    private const int MinNameWordsAfterCountry = 2;

    /// <summary>
    /// A country's or state's name that is a word of another name codes no country:
    /// <list type="bullet">
    /// <item>a town named after a country, with its US state after a comma ("Lebanon, Ohio");</item>
    /// <item>a place whose name ends in a country's ("Mbanza Congo", a town in Angola): a place entity of the NER stage
    /// with a capitalised word before the country's name that is no direction ("northern Syria", "South Lebanon" stay);</item>
    /// <item>an organisation whose name begins with a country's or demonym ("American Electric Power", "Minnesota
    /// Vikings" read as a name) or holds one inside ("Retired American Warriors"): at least
    /// <see cref="MinNameWordsAfterCountry"/> capitalised proper nouns after it that no mention or person covers, or one
    /// with another before it, none of them an agent noun. Such a name becomes an organisation of that country, coded
    /// with the role its words give (<see cref="NameRoleWords"/>: "American Electric Power" USABUS) or with no code;
    /// an organisation the NER stage finds is read in <see cref="AddEntities"/>.</item>
    /// </list>
    /// </summary>
    private void CountryWordsInNames(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        bool changed = false;
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Removed || d.Kind != MentionKind.Country || d.Entry is not { } entry) continue;
            int sentence = tokens[d.First].Sentence;
            var record = doc.SentenceRecords[sentence];
            int sentenceEnd = record.FirstToken + record.TokenCount;
            // "Lebanon, Ohio": a town of the state.
            if (entry.Detail != KnowledgeBuilder.UsStateDetail && d.Country != "USA" && d.End + 1 < sentenceEnd && tokens[d.End].Norm == NormComma
                && cover[d.End + 1] >= 0 && drafts[cover[d.End + 1]] is { Kind: MentionKind.Country, Entry.Detail: KnowledgeBuilder.UsStateDetail } state
                && state.First == d.End + 1 && (state.End >= sentenceEnd || (tokens[state.End].Flags & TokenFlags.Punct) != 0 || tokens[state.End].Upos != _propn))
            {
                d.Removed = true;
                state.Rule += " (after the town " + doc.Text[tokens[d.First].Start..tokens[d.End - 1].End] + ")";
                changed = true;
                continue;
            }
            // "the Minnesota Vikings": a state's or capital's name before a capitalised plural that is no kind of place or
            // actor names a club (the NER stage often reads it as a place, or not at all).
            bool club = ClubName(doc, d) && cover[d.End] < 0;
            if (Entity(d.First) is { } span && span.Label != _person)
            {
                // "Mbanza Congo": a place named with a word before the country's name.
                if (span.Label != _org && span.FirstToken < d.First && NameWordBefore(d.First - 1, span.FirstToken) && span.FirstToken + span.TokenCount >= d.End)
                {
                    d.Removed = true;
                    changed = true;
                }
                // A place entity of the club's name, or of the state's name alone, is the club; an organisation is read in
                // AddEntities.
                int spanEnd = span.FirstToken + span.TokenCount;
                if (!club || span.Label == _org || span.FirstToken != d.First || !(spanEnd == d.End + 1 || (spanEnd == d.End && Entity(d.End) is null))) continue;
            }
            if (club)
            {
                drafts.Add(new Draft
                {
                    First = d.First, Count = d.Count + 1, NameFirst = d.First, NameCount = d.Count + 1, Kind = MentionKind.Organization,
                    Country = d.Country, Rule = "name:" + d.Rule + " in a club's name (no code)",
                });
                d.Removed = true;
                changed = true;
                continue;
            }
            // "American Electric Power", "Retired American Warriors"; not in a headline's capitals.
            if (TitleCase(record)) continue;
            int b = d.End;
            while (b < sentenceEnd && cover[b] < 0 && UncoveredNameWord(b)) b++;
            bool before = d.First > record.FirstToken && cover[d.First - 1] < 0 && UncoveredNameWord(d.First - 1)
                          && !DirectionWords.Contains(tokens[d.First - 1].Norm);
            if (b - d.End < (before ? 1 : MinNameWordsAfterCountry) || StateBodyHeads.Contains(tokens[b - 1].Norm)) continue;
            // A title before a person's name ("Iranian Supreme Leader Ali Khamenei", "Taiwan Representative Bi-khim
            // Hsiao") is no organisation.
            // Nor is a run the tagger leaves inside a longer name ("Bi khim Hsiao").
            if ((b < sentenceEnd && (PersonEntityAt(doc, b) || tokens[b].Upos == _propn || tokens[b].Deprel == DeprelFlat)) || AgentWordIn(d.End, b)) continue;
            int a = before ? d.First - 1 : d.First;
            while (before && a > record.FirstToken && cover[a - 1] < 0 && UncoveredNameWord(a - 1)) a--;
            string? role = NameRole(doc, a, b);
            drafts.Add(new Draft
            {
                First = a, Count = b - a, NameFirst = a, NameCount = b - a, Kind = MentionKind.Organization, Country = d.Country,
                Code = role is null ? null : d.Country + role, Roles = role is null ? [] : [role],
                Rule = "name:" + d.Rule + " in a longer name" + (role is null ? " (no code)" : " (" + role + ")"),
            });
            d.Removed = true;
            changed = true;
        }
        if (changed) Cover(Sorted(drafts), cover);

        EntitySpan? Entity(int token)
        {
            foreach (var e in doc.Entities)
                if (token >= e.FirstToken && token < e.FirstToken + e.TokenCount) return e;
            return null;
        }

        bool NameWordBefore(int t, int first) =>
            t >= first && cover[t] < 0 && Capitalised(doc, t) && doc.Tokens[t].Upos == _propn && !DirectionWords.Contains(doc.Tokens[t].Norm);

        // A capitalised word inside a sentence (the tagger often reads "Electric Power" as an adjective and a noun).
        bool UncoveredNameWord(int t) =>
            doc.Tokens[t].Upos is var u && (u == _propn || u == _noun || u == _adj) && char.IsLetter(doc.Text[doc.Tokens[t].Start])
            && Capitalised(doc, t) && !AllCapitals(doc, t) && !PersonEntityAt(doc, t) && !CalendarWords.Contains(doc.Tokens[t].Norm)
            && !SentenceInitial(doc, t);

        // A word of the run is an agent noun the knowledge holds, not matched as one (tagged as an adjective or a name).
        bool AgentWordIn(int from, int to)
        {
            for (int t = from; t < to; t++)
                foreach (var e in Knowledge.Lookup(doc.Text[doc.Tokens[t].Start..doc.Tokens[t].End]))
                    if (e.Kind == ActorKind.Agent) return true;
            return false;
        }

        // Most words capitalised: a headline or a title, where capitals mark no name.
        bool TitleCase(in SentenceData r)
        {
            int words = 0, capitals = 0;
            for (int t = r.FirstToken; t < r.FirstToken + r.TokenCount; t++)
            {
                if (!char.IsLetter(doc.Text[doc.Tokens[t].Start])) continue;
                words++;
                if (Capitalised(doc, t)) capitals++;
            }
            return words >= 3 && capitals * 5 >= words * 3;
        }
    }

    // ---- 2. names from the NER stage --------------------------------------------------------------------------------

    private void AddEntities(Document doc, List<Draft> drafts, int[] cover)
    {
        bool changed = false;
        foreach (var span in doc.Entities)
        {
            bool person = span.Label == _person;
            if (!person && span.Label != _org) continue;
            int a = span.FirstToken, b = span.FirstToken + span.TokenCount;
            // A title the NER took into a person's name ("President Joe Biden") stays the knowledge's.
            if (person)
                while (a < b && cover[a] >= 0 && drafts[cover[a]].Kind is MentionKind.Agent or MentionKind.Country && drafts[cover[a]].End <= b)
                    a = drafts[cover[a]].End;
            if (person)
                for (int t = a + 1; t < b; t++)
                    if (Array.IndexOf(NotInNames, doc.Tokens[t].Norm) >= 0 || (doc.Tokens[t].Flags & TokenFlags.HasDigit) != 0) { b = t; break; }
            if (a >= b) continue;
            var inner = new List<Draft>();
            bool outside = false;
            for (int t = a; t < b; t++)
            {
                if (cover[t] < 0) continue;
                var d = drafts[cover[t]];
                if (d.First < a || d.End > b) { outside = true; break; }
                if (!inner.Contains(d)) inner.Add(d);
            }
            // The knowledge covers the name exactly, or a known phrase reaches beyond it: the knowledge wins.
            if (outside || (inner.Count == 1 && inner[0].First == a && inner[0].End == b)) continue;
            // A full name the knowledge holds inside a longer NER span ("Furious Theresa May") is that person; only a
            // lone known surname inside a longer name ("Hunter Biden") is someone else.
            if (person && inner.Count == 1 && inner[0].Kind == MentionKind.Person && inner[0].End == b && inner[0].Count > 1) continue;
            var draft = new Draft
            {
                First = a, Count = b - a, NameFirst = a, NameCount = b - a,
                Kind = person ? MentionKind.Person : MentionKind.Organization,
                Rule = person ? "ner:PERSON" : "ner:ORG",
            };
            if (!person && inner.Count > 0)
            {
                // An organisation made of known words: their country and roles ("Israeli Defense Ministry" → ISRGOV).
                string? body = null;
                foreach (var d in inner)
                {
                    draft.Country ??= d.Country;
                    if (d.Code is not null && d.Roles.Count > 0) body = d.Code;
                    foreach (var r in d.Roles) if (!draft.Roles.Contains(r)) draft.Roles.Add(r);
                }
                // A country's name in an organisation's name gives the country, and the name's words a role: a government
                // office the agent nouns lack ("Indiana Department of Natural Resources"), a company ("Tokyo Stock
                // Exchange"), a party. Other names keep the bare country ("Hungarian Civil Liberties Union"), as before.
                if (body is null && draft.Roles.Count == 0 && draft.Country is not null && NameRole(doc, a, b) is { } nameRole) draft.Roles.Add(nameRole);
                draft.Code = body ?? (draft.Country is { } c ? (draft.Roles.Count > 0 ? c + draft.Roles[0] : c) : null);
                // "the Minnesota Vikings" read as an organisation: a club's name codes no country.
                if (inner.Count == 1 && inner[0].First == a && inner[0].End + 1 == b && ClubName(doc, inner[0])) draft.Code = null;
                if (body is not null) draft.Country ??= Codes.CountryOf(body);
                draft.Rule = "ner:ORG(" + string.Join(" + ", inner.Select(d => d.Rule)) + ")";
            }
            bool glued = a > 0 && (doc.Tokens[a - 1].Flags & TokenFlags.SpaceAfter) == 0; // "Mazar-i-Sharif"
            if (person && inner.Count == 0 && b - a == 1 && !glued && !FullNameInArticle(doc, drafts, a)
                && BySurname(StringHash.OfNorm(Plain(doc.Text[doc.Tokens[a].Start..doc.Tokens[a].End])), doc.ReferenceDate) is var (full, known))
            {
                // A lone surname of one person the knowledge holds ("Putin" → Vladimir Putin).
                Know(draft, known, full, "surname:" + RuleOf(known, doc.ReferenceDate));
            }
            else if (person && b - a >= 2 && ByOtherForm(doc, a, b) is var (named, how))
            {
                // "Vladimir V. Putin": the name without middle initials and suffix; "Joseph R. Biden Jr.": also with
                // the familiar form of the given name the knowledge holds ("Joe Biden").
                Know(draft, named, named.Phrase, how + ":" + RuleOf(named, doc.ReferenceDate));
            }
            // A person's name the knowledge only partly knows ("Hunter Biden", "Jordan Peterson") is someone else.
            foreach (var d in inner) d.Removed = true;
            drafts.Add(draft);
            changed = true;
            Cover(Sorted(drafts), cover);
        }
        if (changed) Cover(Sorted(drafts), cover);
    }

    /// <summary>A draft takes a known entry's code, country and roles, the full name it stands for, and the rule.</summary>
    private void Know(Draft draft, ActorEntry entry, string? fullName, string rule)
    {
        draft.Entry = entry;
        draft.Code = entry.Code;
        draft.Country = Codes.CountryOf(entry.Code);
        draft.Roles = Codes.RolesOf(entry.Code);
        draft.FullName = fullName;
        draft.Rule = rule;
    }

    /// <summary>
    /// The person a lone surname names on <paramref name="date"/>. Of the known full names ending in it, those whose
    /// role is dated and in force come first ("Obama" in 2016 is the president, not another Obama the knowledge holds
    /// with an undated code); they must agree on the code, else the surname is ambiguous and names nobody. With none in
    /// force, the undated codes of hand-written rows must agree: a derived person out of office ("Rubio", a Spanish
    /// minister of 2003 in Phoenix) is not who a lone surname in the news means; an article names such people in full
    /// first, and coreference links the surname then.
    /// </summary>
    private (string Full, ActorEntry Entry)? BySurname(ulong surname, DateOnly? date)
    {
        if (!_surnames.TryGetValue(surname, out var fulls)) return null;
        (string, ActorEntry)? dated = null, undated = null;
        bool datedClash = false, undatedClash = false;
        foreach (var full in fulls)
        {
            if (ActorKnowledge.Resolve(Knowledge.Lookup(full), date) is not { } e) continue;
            // Without a date the latest role stands in, even one long over: only open ones count then.
            if (e.Source != "hand" && (!e.IsDated || (date is null && e.To is not null))) continue;
            ref var slot = ref e.IsDated ? ref dated : ref undated;
            ref bool clash = ref e.IsDated ? ref datedClash : ref undatedClash;
            if (slot is null) slot = (full, e);
            else if (slot.Value.Item2.Code != e.Code) clash = true;
        }
        if (dated is not null) return datedClash ? null : dated;
        return undatedClash ? null : undated;
    }

    private static readonly HashSet<ulong> CalendarWords = [.. new[] { "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>
    /// A lone capitalised proper noun the NER left out that is the surname of one person the knowledge holds in office
    /// ("Furious Theresa May gives Putin a midnight deadline": a headline's words confuse the NER): the same reading as
    /// a lone surname the NER found. Not a word that is part of a longer name, one the NER gave another type, a month
    /// or a weekday ("in May"), or a surname the article gives in full (coreference links that).
    /// </summary>
    private void AddLoneSurnames(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        bool changed = false;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (!LoneProperNoun(doc, cover, t)) continue;
            ulong surname = StringHash.OfNorm(Plain(doc.Text[tokens[t].Start..tokens[t].End]));
            if (!_surnames.ContainsKey(surname) || FullNameInArticle(doc, drafts, t)) continue;
            if (BySurname(surname, doc.ReferenceDate) is not var (full, known)) continue;
            var draft = new Draft { First = t, Count = 1, NameFirst = t, NameCount = 1, Kind = MentionKind.Person };
            Know(draft, known, full, "surname:" + RuleOf(known, doc.ReferenceDate) + " (no entity)");
            drafts.Add(draft);
            changed = true;
        }
        if (changed) Cover(Sorted(drafts), cover);
    }

    /// <summary>
    /// A lone capitalised proper noun that is the last word of a person the article names in full, where NER found no
    /// entity: "Mateen carried out the attack" after "the gunman, Omar Mateen". It is that person (coreference links
    /// it), so that a "he" after it is not given to a person named earlier.
    /// </summary>
    private void AddRepeatedSurnames(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        bool changed = false;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (!LoneProperNoun(doc, cover, t) || !FullNameInArticle(doc, drafts, t)) continue;
            drafts.Add(new Draft { First = t, Count = 1, NameFirst = t, NameCount = 1, Kind = MentionKind.Person, Rule = "surname:repeated (no entity)" });
            changed = true;
        }
        if (changed) Cover(Sorted(drafts), cover);
    }

    /// <summary>
    /// A one-word country or capital that is the last word of a person the article names in full ("Rep. Jim Jordan",
    /// "Kerry Washington") is that person when it is the subject of its clause or the NER stage reads it as a person
    /// ("Jordan said", "Washington, star of television's Scandal, thanked Obama") — unless the word reads as a place:
    /// after a preposition ("in Jordan"), modifying a noun ("Washington officials"), inside a hyphenated word, or in
    /// capitals (a dateline). The person is found by coreference, as for any repeated surname.
    /// </summary>
    private void SurnamesOverPlaceNames(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        bool parsed = (doc.Layers & Layers.Parse) != 0;
        foreach (var d in drafts)
        {
            if (d.Removed || d.Kind != MentionKind.Country || d.Count != 1 || d.Phrase is null) continue;
            int t = d.First;
            if (tokens[t].Upos != _propn || tokens[t].Xpos == _nnps || !Capitalised(doc, t) || AllCapitals(doc, t)) continue;
            if (!(PersonEntityAt(doc, t) || (parsed && tokens[t].Deprel == DeprelNsubj)) || !FullNameInArticle(doc, drafts, t, properNamesOnly: true)) continue;
            if (parsed && PlaceReading(doc, t)) continue;
            // Inside a hyphenated word ("how-Washington-works stories").
            if ((t > 0 && (tokens[t - 1].Flags & TokenFlags.SpaceAfter) == 0 && tokens[t - 1].Norm == NormHyphen)
                || (t + 1 < doc.TokenCount && (tokens[t].Flags & TokenFlags.SpaceAfter) == 0 && tokens[t + 1].Norm == NormHyphen)) continue;
            d.Kind = MentionKind.Person;
            d.Code = null; d.Country = null; d.Roles.Clear(); d.Entry = null; d.Phrase = null; d.AgentCode = null;
            d.NameFirst = t; d.NameCount = 1;
            d.Rule = "surname:repeated (over a place name)";
        }
    }

    private bool ProperNameRun(Document doc, int a, int b)
    {
        for (int t = a; t < b; t++)
            if (doc.Tokens[t].Upos != _propn || doc.Tokens[t].Xpos == _nnps || !Capitalised(doc, t) || AllCapitals(doc, t)) return false;
        return true;
    }

    /// <summary>The NER stage found a person at the token, whatever the knowledge matched there.</summary>
    private bool PersonEntityAt(Document doc, int token)
    {
        foreach (var e in doc.Entities)
            if (token >= e.FirstToken && token < e.FirstToken + e.TokenCount) return e.Label == _person;
        return false;
    }

    private static bool AllCapitals(Document doc, int token)
    {
        ref readonly var t = ref doc.Tokens[token];
        var w = doc.Text.AsSpan(t.Start, t.End - t.Start);
        foreach (char c in w) if (char.IsLower(c)) return false;
        return true;
    }

    private static readonly ushort DeprelCase = Labels.Deprel.Intern("case");

    /// <summary>The word is a place in its parse: it has a preposition ("in Jordan", "to Washington"), or modifies a
    /// noun as a compound or adjective ("Washington officials"). A possessive ("Jordan's") is no preposition.</summary>
    private static bool PlaceReading(Document doc, int t)
    {
        var tokens = doc.Tokens;
        ushort rel = tokens[t].Deprel;
        if (rel == DeprelCompound || rel == DeprelAmod) return true;
        int sentence = tokens[t].Sentence;
        for (int k = Math.Max(0, t - 8); k < doc.TokenCount && k <= t + 2 && tokens[k].Sentence <= sentence; k++)
        {
            if (tokens[k].Sentence != sentence || tokens[k].Head != t || tokens[k].Deprel != DeprelCase) continue;
            var w = doc.Text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            if (!w.SequenceEqual("'s") && !w.SequenceEqual("\u2019s") && !w.SequenceEqual("'")) return true;
        }
        return false;
    }

    /// <summary>A capitalised proper noun no mention or entity covers, standing alone: no name word beside it, not a
    /// month or weekday, not glued to the word before ("Mazar-i-Sharif").</summary>
    private bool LoneProperNoun(Document doc, int[] cover, int t)
    {
        var tokens = doc.Tokens;
        if (cover[t] >= 0 || tokens[t].Upos != _propn || !Capitalised(doc, t) || CalendarWords.Contains(tokens[t].Norm)) return false;
        if (NameWord(doc, t - 1, tokens[t].Sentence) || NameWord(doc, t + 1, tokens[t].Sentence) || InEntity(doc, t)) return false;
        return t == 0 || (tokens[t - 1].Flags & TokenFlags.SpaceAfter) != 0;
    }

    private bool NameWord(Document doc, int k, int sentence) =>
        k >= 0 && k < doc.TokenCount && doc.Tokens[k].Sentence == sentence && doc.Tokens[k].Upos == _propn && Capitalised(doc, k);

    private static bool InEntity(Document doc, int token)
    {
        foreach (var e in doc.Entities)
            if (token >= e.FirstToken && token < e.FirstToken + e.TokenCount) return true;
        return false;
    }

    /// <summary>The article names someone in full whose last word is the surname at <paramref name="token"/> ("Marco
    /// Rubio" before "Rubio"): coreference links the surname to that person, whoever else the knowledge holds of that
    /// name (a Spanish minister called Rubio). With <paramref name="properNamesOnly"/>, only a name made of capitalised
    /// proper nouns counts ("Jim Jordan"; not "Sen. Chris Coons of Delaware" nor "Muslim Americans", which the NER may
    /// call persons).</summary>
    private bool FullNameInArticle(Document doc, List<Draft> drafts, int token, bool properNamesOnly = false)
    {
        ulong surname = doc.Tokens[token].Norm;
        foreach (var e in doc.Entities)
            if (e.Label == _person && e.TokenCount > 1 && FullName(e.FirstToken, e.FirstToken + e.TokenCount)) return true;
        foreach (var d in drafts)
            if (!d.Removed && d.Kind == MentionKind.Person && d.Count > 1
                && (properNamesOnly ? d.NameCount > 1 && FullName(d.NameFirst, d.NameFirst + d.NameCount) : FullName(d.First, d.End))) return true;
        return false;

        bool FullName(int a, int b) =>
            doc.Tokens[b - 1].Norm == surname && b - 1 != token && (!properNamesOnly || ProperNameRun(doc, a, b));
    }

    /// <summary>
    /// The known person a name stands for when the knowledge holds it in another form: without middle initials and
    /// suffix ("Vladimir V. Putin"), and with the given name swapped for another form of it ("Joseph R. Biden Jr." →
    /// "Joe Biden"). Null when no form is known.
    /// </summary>
    private (ActorEntry Entry, string How)? ByOtherForm(Document doc, int a, int b)
    {
        string? bare = b - a > 2 ? WithoutInitials(doc, a, b) : null;
        if (bare is not null && ActorKnowledge.Resolve(Knowledge.Lookup(bare), doc.ReferenceDate) is { } named)
            return (named, "name-without-initials");
        string words = bare ?? doc.Text[doc.Tokens[a].Start..doc.Tokens[b - 1].End];
        foreach (var other in GivenNames.Variants(ActorKnowledge.Key(words)))
            if (ActorKnowledge.Resolve(Knowledge.Lookup(other), doc.ReferenceDate) is { } known)
                return (known, "given-name-form");
        return null;
    }

    /// <summary>"Joseph R. Biden Jr." → "Joseph Biden": the name's words without one-letter initials ("R.") and
    /// generational suffixes; null when nothing was left out or fewer than two words remain.</summary>
    private static string? WithoutInitials(Document doc, int a, int b)
    {
        var words = new List<string>(b - a);
        for (int t = a; t < b; t++)
        {
            ref readonly var tok = ref doc.Tokens[t];
            var w = doc.Text.AsSpan(tok.Start, tok.End - tok.Start);
            bool initial = (w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.') || (w.Length == 1 && char.IsUpper(w[0]));
            bool suffix = w is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV";
            bool punct = (tok.Flags & TokenFlags.Punct) != 0; // the comma of "Biden, Jr."
            if (!initial && !suffix && !punct) words.Add(w.ToString());
        }
        return words.Count >= 2 && words.Count < b - a ? string.Join(' ', words) : null;
    }

    /// <summary>Longest run of proper nouns after a title read as a name the NER missed; longer runs are left alone
    /// (they are more often organisations: "Foreign Minister of the Islamic Republic ..." is not reached anyway).</summary>
    private const int MaxTitledNameTokens = 3;

    /// <summary>
    /// A name the NER missed right after a capitalised singular title ("Turkish Foreign Minister Hakan Fidan"): a run of
    /// capitalised proper nouns no other mention covers becomes a person, which <see cref="MergeTitles"/> then joins
    /// with its title. Keeps unknown office-holders from depending on the NER model's recall.
    /// </summary>
    private void AddTitledNames(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        int n = drafts.Count;
        bool changed = false;
        for (int k = 0; k < n; k++)
        {
            var title = drafts[k];
            if (title.Removed || title.Kind != MentionKind.Agent || title.Plural || !IsTitle(title)) continue;
            int last = title.End - 1;
            if (!Capitalised(doc, last) || tokens[last].Xpos == _nns) continue;
            int a = title.End, b = a, sentence = tokens[last].Sentence;
            while (b < doc.TokenCount && b - a <= MaxTitledNameTokens && cover[b] < 0 && tokens[b].Sentence == sentence
                   && tokens[b].Upos == _propn && Capitalised(doc, b))
                b++;
            if (b == a || b - a > MaxTitledNameTokens) continue;
            drafts.Add(new Draft { First = a, Count = b - a, NameFirst = a, NameCount = b - a, Kind = MentionKind.Person, Rule = "name:proper nouns after a title" });
            for (int t = a; t < b; t++) cover[t] = int.MaxValue; // taken; the real indices are set by Cover below
            changed = true;
        }
        if (changed) Cover(Sorted(drafts), cover);
    }

    /// <summary>An agent noun read as a title before a name: of a role in <see cref="TitleRoles"/>, or a title of
    /// another organisation (<see cref="TitleOrganisations"/>).</summary>
    private static bool IsTitle(Draft d) => d.OrganisationTitle || d.Roles.Exists(TitleRoles.Contains);

    internal static List<Draft> Sorted(List<Draft> drafts)
    {
        drafts.RemoveAll(d => d.Removed);
        drafts.Sort((x, y) => x.First != y.First ? x.First.CompareTo(y.First) : x.Count.CompareTo(y.Count));
        return drafts;
    }

    // ---- 3. country + agent ---------------------------------------------------------------------------------------

    /// <summary>Roles of a state's own institutions: a body of one state named after another state's adjective is that
    /// other state's counterpart.</summary>
    private static readonly HashSet<string> StateRoles = new(StringComparer.Ordinal) { "GOV", "JUD", "LEG", "MIL", "COP", "SPY" };

    /// <summary>
    /// "the Chinese Center for Disease Control and Prevention", "China's Supreme Court": a state body the knowledge names
    /// as one country's (the US Centers for Disease Control, USAGOVHLH), right after another country's adjective or
    /// possessive, is that country's body of the same roles (CHNGOVHLH). Found checking events on general news pages,
    /// where the Chinese agency's statement was coded as the American one's.
    /// </summary>
    private void ForeignCounterparts(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        foreach (var d in drafts)
        {
            if (d.Removed || d.Kind is not (MentionKind.Group or MentionKind.Organization) || Codes.CountryOf(d.Code) is not { } own) continue;
            var roles = Codes.RolesOf(d.Code);
            if (!roles.Exists(StateRoles.Contains)) continue;
            int j = d.First - 1;
            bool possessive = j >= 0 && tokens[j].Norm == NormPossessive;
            if (possessive) j--;
            if (j < 0 || tokens[j].Sentence != tokens[d.First].Sentence || cover[j] < 0) continue;
            var left = drafts[cover[j]];
            if (left.Removed || left.Kind != MentionKind.Country || left.End != j + 1 || Codes.CountryOf(left.Code) is not { } other
                || other == own || Codes.RolesOf(left.Code).Count > 0 || !(possessive || tokens[j].Upos == _adj)) continue;
            d.Code = other + d.Code![3..];
            d.Country = other;
            d.Rule = "counterpart:" + left.Rule + " + " + d.Rule;
            int end = d.End;
            d.First = left.First;
            d.Count = end - left.First;
            d.Entry = null;
            left.Removed = true;
        }
        Sorted(drafts);
        Cover(drafts, cover);
    }

    private void Compose(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Removed || d.Kind != MentionKind.Agent || d.AgentCode is null || d.Code is not null) continue;
            int sentenceFirst = doc.SentenceRecords[tokens[d.First].Sentence].FirstToken;
            int sentenceEnd = sentenceFirst + doc.SentenceRecords[tokens[d.First].Sentence].TokenCount;
            // Left: "Israeli officials", "senior U.S. officials", "Israel's military", "Netanyahu's government".
            int j = d.First - 1, skipped = 0;
            bool possessive = false;
            while (j >= sentenceFirst && cover[j] < 0 && skipped < MaxModifierGap && Skippable(tokens[j]))
            {
                possessive |= tokens[j].Norm == NormPossessive;
                j--; skipped++;
            }
            Draft? left = j >= sentenceFirst && cover[j] >= 0 ? drafts[cover[j]] : null;
            if (left is not null && left.End == j + 1 && left.Code is not null && !left.Removed)
            {
                if (left.Kind is MentionKind.Country or MentionKind.Igo or MentionKind.Group or MentionKind.Organization)
                {
                    int before = left.First;
                    string agentRule = d.Rule;
                    Join(d, left, left.First, d.End);
                    ShareAgent(d, agentRule, before);
                    continue;
                }
                if (left.Kind == MentionKind.Person && possessive && left.Country is { } country)
                {
                    d.Code = Codes.Compose(country, d.AgentCode);
                    d.Country = country;
                    d.Rule = "compose:possessor(" + left.Rule + ")+" + d.Rule;
                    continue;
                }
            }
            // Right: "the government of Israel", "troops from Turkey"; "officials in Kampala" (see ResidentAgent).
            int r = d.End;
            bool of = r < sentenceEnd && (tokens[r].Norm == NormOf || tokens[r].Norm == NormFrom);
            bool located = !of && r < sentenceEnd && tokens[r].Norm == NormIn && ResidentAgent(doc, d);
            if (of || located)
            {
                r++;
                if (r < sentenceEnd && tokens[r].Norm == NormThe) r++;
                if (r < sentenceEnd && cover[r] >= 0 && drafts[cover[r]] is { } right && right.First == r && right.Code is not null
                    && AttachesTo(doc, right, d))
                {
                    // the body keeps its own mention: it may act on its own
                    if (of && right.Kind is MentionKind.Country or MentionKind.Igo or MentionKind.Group)
                        Join(d, right, d.First, d.End);
                    else if (located && right.Kind == MentionKind.Country && Codes.CountryOf(right.Code) is { } home
                             && !SeatsOfBodies.Contains(tokens[right.End - 1].Norm))
                        Take(d, home, home, "in " + right.Rule);
                }
            }
        }
        Sorted(drafts);
        // Modifiers the parse attaches inside the span join it ("senior" in "senior U.S. officials").
        Cover(drafts, cover);
        foreach (var d in drafts)
        {
            if (d.Kind != MentionKind.Agent) continue;
            int sentenceFirst = doc.SentenceRecords[tokens[d.First].Sentence].FirstToken;
            while (d.First - 1 >= sentenceFirst && cover[d.First - 1] < 0 && tokens[d.First - 1].Upos == _adj
                   && tokens[d.First - 1].Head >= d.First && tokens[d.First - 1].Head < d.End)
            {
                d.First--; d.Count++;
                cover[d.First] = drafts.IndexOf(d);
            }
        }
        Cover(drafts, cover);

        // "Armenian and Azerbaijani officials", "U.S., British and French troops": each country coordinated before the
        // one the agent joined has its own agents of that kind; its mention keeps its own words.
        void ShareAgent(Draft agent, string agentRule, int first)
        {
            var tokens = doc.Tokens;
            int sentenceFirst = doc.SentenceRecords[tokens[first].Sentence].FirstToken;
            while (first - 2 >= sentenceFirst && (tokens[first - 1].Norm == NormAnd || tokens[first - 1].Norm == NormComma)
                   && cover[first - 2] >= 0 && drafts[cover[first - 2]] is { Kind: MentionKind.Country, Removed: false, Code: not null } other
                   && other.End == first - 1)
            {
                (other.Code, other.Roles) = Composed(other.Code, agent);
                other.Country = Codes.CountryOf(other.Code) ?? other.Country;
                other.Kind = MentionKind.Agent;
                other.AgentCode = agent.AgentCode;
                other.TitleKey = agent.TitleKey;
                other.Plural = agent.Plural;
                other.Rule = "compose:" + other.Rule + " + shared " + agentRule;
                first = other.First;
            }
        }

        // The code of a body's agent of the agent noun's kind, and the roles of both.
        (string Code, List<string> Roles) Composed(string bodyCode, Draft agent)
        {
            var roles = Codes.RolesOf(bodyCode);
            foreach (var role in agent.Roles) if (!roles.Contains(role)) roles.Add(role);
            return (Codes.Compose(bodyCode, agent.AgentCode!), roles);
        }

        void Join(Draft agent, Draft body, int first, int end)
        {
            Take(agent, body.Code!, body.Country, body.Rule);
            if (first == agent.First && end == agent.End) return;
            agent.First = first;
            agent.Count = end - first;
            body.Removed = true;
            for (int t = first; t < end; t++) cover[t] = drafts.IndexOf(agent);
        }

        // The agent's code from a body's code (or a place's country), with the rule that says so; its words stay.
        void Take(Draft agent, string bodyCode, string? bodyCountry, string bodyRule)
        {
            var (code, roles) = Composed(bodyCode, agent);
            agent.Code = code;
            agent.Country = Codes.CountryOf(code) ?? bodyCountry;
            agent.Roles = roles;
            agent.Rule = "compose:" + bodyRule + " + " + agent.Rule;
        }
    }

    /// <summary>Roles of agents that belong where they are ("officials in Kampala" are Uganda's, "police in Ohio" the
    /// United States'). Soldiers, refugees, reporters, aid and labour are often foreigners where they are ("troops in
    /// Afghanistan", "refugees in Lebanon", "workers in Qatar"), so they are left out.</summary>
    private static readonly HashSet<string> ResidentRoles = new(StringComparer.Ordinal) { "GOV", "COP", "JUD", "LEG", "CVL", "OPP", "REB", "BUS", "EDU", "PTY", "ELI", "AGR", "HLH" };

    /// <summary>Agent nouns of those roles that travel or represent another country where they are ("diplomats in
    /// Beijing", "the delegation in Geneva", "negotiators in Doha", "tourists in Bali").</summary>
    private static readonly HashSet<ulong> Travelling = [.. new[] { "diplomat", "diplomats", "envoy", "envoys", "ambassador",
        "ambassadors", "embassy", "embassies", "consulate", "consulates", "consul", "delegation", "delegations", "delegate",
        "delegates", "mission", "missions", "negotiator", "negotiators", "tourist", "tourists", "visitor", "visitors",
        "observers", "monitors", "inspectors", "attache", "emissary", "emissaries" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>Cities that seat international bodies, where officials are as often the bodies' as the country's
    /// ("officials in Brussels" are mostly the EU's, "in Vienna" the IAEA's or OPEC's, "in New York" the UN's).</summary>
    private static readonly HashSet<ulong> SeatsOfBodies = [.. new[] { "brussels", "vienna", "york", "geneva", "hague",
        "strasbourg", "luxembourg" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>An agent whose place, given as "in X", says whose it is: "officials in Kampala" (UGAGOV), "police in Ohio"
    /// (USACOP), "residents in Gaza" (PSECVL), "the government in Kyiv" (UKRGOV). PETRARCH reads an agent-only phrase
    /// the same way, through its prepositional phrase; here only for roles that belong where they are
    /// (<see cref="ResidentRoles"/>) and not for agents that travel (<see cref="Travelling"/>). The place's country is
    /// taken, not its role ("police in Washington" are the United States' police, not its government).</summary>
    private static bool ResidentAgent(Document doc, Draft d) =>
        d.AgentCode is not null && d.Roles.Exists(ResidentRoles.Contains) && !Travelling.Contains(doc.Tokens[d.End - 1].Norm);

    /// <summary>The parse attaches <paramref name="dependent"/>'s head inside <paramref name="governor"/> (true when
    /// the document has no parse: then adjacency is the only evidence).</summary>
    private static bool AttachesTo(Document doc, Draft dependent, Draft governor)
    {
        bool parsed = (doc.Layers & Layers.Parse) != 0;
        if (!parsed) return true;
        int h = doc.Tokens[HeadOf(doc, dependent.First, dependent.Count, parsed)].Head;
        return h >= governor.First && h < governor.End;
    }

    /// <summary>Both spans hang from the same token by the same relation, or one of them as its subject: how the parser
    /// often reads an apposition it missed ("The US Ambassador, Stuart Symington, paid": two subjects of "paid", or the
    /// description a vocative of it).</summary>
    private static bool Siblings(Document doc, Draft a, Draft b)
    {
        if ((doc.Layers & Layers.Parse) == 0) return false;
        ref readonly var ha = ref doc.Tokens[HeadOf(doc, a.First, a.Count, true)];
        ref readonly var hb = ref doc.Tokens[HeadOf(doc, b.First, b.Count, true)];
        return ha.Head == hb.Head && (ha.Deprel == hb.Deprel || ha.Deprel == DeprelNsubj || hb.Deprel == DeprelNsubj);
    }

    private bool Skippable(in TokenData t) =>
        t.Upos == _adj || t.Upos == _adv || t.Upos == _num || t.Norm == NormPossessive;

    // ---- 4. titles --------------------------------------------------------------------------------------------------

    private void MergeTitles(Document doc, List<Draft> drafts, int[] cover)
    {
        for (int k = 0; k + 1 < drafts.Count; k++)
        {
            var title = drafts[k];
            var name = drafts[k + 1];
            if (title.Removed || title.Kind != MentionKind.Agent || title.End != name.First) continue;
            if (name.Kind is not (MentionKind.Person or MentionKind.Group or MentionKind.Organization)) continue;
            if (doc.Tokens[title.First].Sentence != doc.Tokens[name.First].Sentence) continue;
            if (title.Code is null && !IsTitle(title))
            {
                // "Hunter Biden": a capitalised word that is no title, before a surname, is a first name — someone the
                // knowledge does not hold.
                if (name.Kind == MentionKind.Person && title.Count == 1 && Capitalised(doc, title.First) && name.NameFirst == name.First)
                {
                    name.Code = null; name.Country = null; name.Roles = []; name.Entry = null;
                    name.Rule = "name:first name + " + name.Rule + " (someone else)";
                    name.Count = name.End - title.First;
                    name.First = name.NameFirst = title.First;
                    name.NameCount = name.Count;
                    title.Removed = true;
                }
                continue;
            }
            // A person's dated role beats the title; an undated default ("ISRELI") gives way to it. A group's or an
            // organisation's own code always stands ("Palestinian militant group Hamas" is PSEREBHMS).
            // A title held no more ("former Prime Minister Ehud Barak") says nothing of the person's role now.
            // So is the title of a person whose last role the knowledge dates ended before the article ("President Bush"
            // in 2016): CAMEO codes a former office-holder as one, not as the office.
            // "President Bush" in 2016, "former President Clinton": a lone surname after a title is, of the persons the
            // knowledge holds by that surname, the one who held that very office.
            if (name.Kind == MentionKind.Person && name.NameCount == 1 && (name.FullName is not null || name.Entry is null) && title.TitleKey is { } titleKey
                && doc.ReferenceDate is { } day && HolderOf(doc, name.NameFirst, titleKey, day) is var (holder, held) && holder != name.FullName
                && (title.Country is null || Codes.CountryOf(held.Code) == title.Country))
            {
                Know(name, held, holder, "surname+title:" + RuleOf(held, day));
                name.ByOffice = true;
            }
            bool former = FormerTitle(doc, title.First, title.End) || TermOver(name, TitleCode(title, name), doc.ReferenceDate);
            bool nameWins = former || (name.Code is not null && (name.Kind != MentionKind.Person || name.Entry is not { IsDated: false }));
            if (!nameWins && title.Code is not null)
            {
                name.Code = title.Code;
                name.Country = title.Country;
            }
            else if (!nameWins && name.Kind == MentionKind.Person && name.Country is not null
                     && TitleRole(title) is { } titleRole && titleRole != "ELI")
            {
                // "Secretary of State John Kerry" in 2016, when the knowledge holds Kerry only by country: the title
                // without a country of its own still names the role he holds now.
                name.Code = name.Country + titleRole;
            }
            var roles = Codes.RolesOf(name.Code);
            // A former office-holder is of the elite (CAMEO's ELI), whatever the office was.
            if (former) { if (roles.Count == 0) roles.Add("ELI"); }
            else foreach (var r in title.Roles) if (!roles.Contains(r)) roles.Add(r);
            name.Roles = roles;
            name.Country ??= title.Country;
            name.TitleKey = title.TitleKey;
            name.Rule = "title(" + title.Rule + ") + " + name.Rule;
            name.Count = name.End - title.First;
            name.First = title.First;
            title.Removed = true;
        }
        Sorted(drafts);
        Cover(drafts, cover);
        Appositions(doc, drafts);
        CountryOfName(doc, drafts);
    }

    private static readonly ulong NormHyphen = StringHash.OfNorm("-");

    /// <summary>Of the persons whose surname is the token, the one with a dated term of the office a title names (the
    /// knowledge's office note, "president"; "former" and "ex-" dropped): the term in force on the day, else the one
    /// that ended last before it. The person's code on the day comes with the name. Null when no such term is known or
    /// two persons hold the office on the day.</summary>
    private (string Full, ActorEntry Entry)? HolderOf(Document doc, int token, string titleKey, DateOnly day)
    {
        string office = titleKey;
        foreach (var prefix in (ReadOnlySpan<string>)["former ", "ex-", "ex "])
            if (office.StartsWith(prefix, StringComparison.Ordinal)) office = office[prefix.Length..];
        ulong surname = StringHash.OfNorm(Plain(doc.Text[doc.Tokens[token].Start..doc.Tokens[token].End]));
        if (!_surnames.TryGetValue(surname, out var fulls)) return null;
        string? best = null;
        DateOnly bestEnd = DateOnly.MinValue;
        bool clash = false;
        foreach (var full in fulls)
            foreach (var e in Knowledge.Lookup(full))
            {
                if (!e.IsDated || e.Detail != office || (e.From is { } from && from > day)) continue;
                var end = e.To is { } to && to < day ? to : DateOnly.MaxValue;
                if (best is null || end > bestEnd) { best = full; bestEnd = end; clash = false; }
                else if (end == bestEnd && full != best) clash = true;
            }
        if (best is null || clash || ActorKnowledge.Resolve(Knowledge.Lookup(best), day) is not { } code) return null;
        return (best, code);
    }

    /// <summary>The code a title gives the person it names: its own composed code ("Australian Prime Minister":
    /// AUSGOV), else the person's country with the title's role ("President" before an American: USAGOV).</summary>
    private static string? TitleCode(Draft title, Draft name)
    {
        if (title.Code is not null) return title.Code;
        string? role = TitleRole(title);
        return name.Country is { } c && role is not null ? c + role : null;
    }

    /// <summary>The role a title names: its organisation's (<see cref="TitleOrganisations"/>) or its first role of
    /// <see cref="TitleRoles"/>; null when none.</summary>
    private static string? TitleRole(Draft title) =>
        title.OrganisationTitle ? title.Roles.FirstOrDefault() : title.Roles.Find(TitleRoles.Contains);

    /// <summary>The person the draft names is at their undated default on <paramref name="date"/>, and the knowledge
    /// dates a term they held with the very code of the title before the name, ended before that date ("President George
    /// W. Bush" after 2009-01-20, "Secretary of State Hillary Clinton" in 2016). Another office ("Prime Minister Malcolm
    /// Turnbull" in 2016, of whom the knowledge only dates a minister's post, AUSGOVENV) or another role ("presidential
    /// candidate") says nothing of a former term. A person with a role a dictionary cut at its own horizon
    /// (<see cref="KnowledgeBuilder.HorizonCut"/>) and no later dated role is left out: after it the knowledge does not
    /// know, and the title says more.</summary>
    private bool TermOver(Draft name, string? titleCode, DateOnly? date)
    {
        if (titleCode is null || date is not { } day || name.Kind != MentionKind.Person || name.Entry is not { IsDated: false, Kind: ActorKind.Person } entry) return false;
        bool ended = false;
        DateOnly cut = DateOnly.MinValue, known = DateOnly.MinValue;
        foreach (var e in Knowledge.Lookup(entry.Phrase))
        {
            if (!e.IsDated) continue;
            var to = e.To ?? DateOnly.MaxValue;
            if (e.Detail.Contains(KnowledgeBuilder.HorizonCut, StringComparison.Ordinal)) { if (to > cut) cut = to; continue; }
            if (to > known) known = to;
            ended |= e.Code == titleCode && to < day;
        }
        // A cut role counts unless a newer source dates the person beyond it (Obama's presidency, written by hand).
        return ended && known > cut;
    }

    private static readonly ulong[] FormerWords = [StringHash.OfNorm("former"), StringHash.OfNorm("ex"), StringHash.OfNorm("ex-"),
        StringHash.OfNorm("then"), StringHash.OfNorm("then-"), StringHash.OfNorm("late"), StringHash.OfNorm("onetime"),
        StringHash.OfNorm("one-time"), StringHash.OfNorm("erstwhile"), StringHash.OfNorm("retired")];

    /// <summary>"former", "ex-", "then-", "late" in a title or just before it: the title is not held now.</summary>
    private static bool FormerTitle(Document doc, int titleFirst, int titleEnd)
    {
        int sentence = doc.Tokens[titleFirst].Sentence;
        for (int t = titleFirst; t < titleEnd; t++)
            if (Array.IndexOf(FormerWords, doc.Tokens[t].Norm) >= 0) return true;
        for (int t = titleFirst - 1; t >= 0 && t >= titleFirst - 3 && doc.Tokens[t].Sentence == sentence; t--)
        {
            if (Array.IndexOf(FormerWords, doc.Tokens[t].Norm) >= 0) return true;
            if ((doc.Tokens[t].Flags & TokenFlags.Punct) != 0 && doc.Tokens[t].Norm != NormHyphen) return false;
        }
        return false;
    }

    /// <summary>"The US Ambassador, Stuart Symington," and "Stuart Symington, the US ambassador,": a name without a
    /// code and a coded description next to it, with a comma between and the parse joining them, are one entity.</summary>
    private void Appositions(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        for (int k = 0; k + 1 < drafts.Count; k++)
        {
            var a = drafts[k];
            var b = drafts[k + 1];
            if (b.First != a.End + 1 || (tokens[a.End].Flags & TokenFlags.Punct) == 0 || tokens[a.End].Norm != NormComma) continue;
            var (name, description) = a.Kind == MentionKind.Person ? (a, b) : (b, a);
            if (name.Kind != MentionKind.Person || name.Code is not null || description.Kind != MentionKind.Agent || description.Code is null) continue;
            if (!AttachesTo(doc, b, a) && !AttachesTo(doc, a, b) && !Siblings(doc, a, b)) continue;
            name.CopyCode(description);
            name.TitleKey ??= description.TitleKey;
            name.Rule = "appos(" + description.Rule + ") + " + name.Rule;
            description.Antecedent = name;
        }
    }

    /// <summary>A titled person the knowledge does not hold takes the one country the sentence ties to them: "President
    /// Recep Tayyip Erdogan of Turkey", "Germany's Chancellor Angela Merkel" (a possessor or modifier of the name), or
    /// the country that is the subject of the main clause, with the title's role. The rule once took the only country named
    /// anywhere in the sentence ("... Biden visited Israel" made Biden ISRGOV); on the ConfliBERT CAMEO sentences that
    /// gave 22 codes, 6 of another country; this one keeps 12 of them, none of the 6.</summary>
    private void CountryOfName(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        bool parsed = (doc.Layers & Layers.Parse) != 0;
        string? main = null; // the article's country, found once when a titled name needs it ("" for none)
        foreach (var p in drafts)
        {
            if (p.Kind != MentionKind.Person || p.Code is not null) continue;
            if (PartyStateTag(doc, drafts, p) is { } tagged)
            {
                // "Rep. Jim Jordan (R-Ohio)": the party and state in brackets mark a member of the US Congress.
                if (p.Roles.Count == 0) p.Roles.Add("LEG");
                p.Code = tagged + p.Roles[0];
                p.Country = tagged;
                p.Rule = "context:party-state(" + tagged + ") + " + p.Rule;
                continue;
            }
            if (p.Roles.Count == 0) continue;
            string? country = null;
            bool several = false;
            // "President Recep Tayyip Erdogan of Turkey": the country after "of" settles it.
            if (p.End + 1 < doc.TokenCount && tokens[p.End].Norm == NormOf
                && drafts.Find(c => c.First == p.End + 1 && c.Kind == MentionKind.Country && c.Country is not null) is { } of)
                country = of.Country;
            else if (parsed)
            {
                foreach (var c in drafts)
                {
                    if (c.Kind != MentionKind.Country || c.Country is null || c.Removed || tokens[c.First].Sentence != tokens[p.First].Sentence) continue;
                    int ch = HeadOf(doc, c.First, c.Count, parsed);
                    int h = tokens[ch].Head;
                    // Tied to the name ("Germany's Chancellor Angela Merkel"), or the subject of the main clause
                    // ("Ukraine has imposed sanctions on former President Viktor Yanukovich", "Russian police detained
                    // supporters of opposition leader Alexei Navalny"). An object or a prepositional phrase is where the
                    // person acts, not where they come from ("Vice President Joseph R. Biden Jr. visited Israel",
                    // "President Bush urged partners like Saudi Arabia").
                    if ((h < p.First || h >= p.End) && !SubjectPhrase(doc, ch)) continue;
                    several |= country is not null && country != c.Country;
                    country = c.Country;
                }
            }
            if (country is null && !several && p.TitleKey is not null && !MonarchTitles.Contains(tokens[p.First].Norm))
            {
                // "Sen. Jeff Flake", "Gov. Nikki Haley": a title of no country before a name the knowledge lacks, in an
                // article whose actors are mostly of one country, is that country's office.
                main ??= ArticleCountry(drafts) ?? "";
                if (main.Length > 0)
                {
                    p.Code = main + p.Roles[0];
                    p.Country = main;
                    p.Rule = "context:article-country(" + main + ") + " + p.Rule;
                }
                continue;
            }
            if (country is null || several) continue;
            p.Code = country + p.Roles[0];
            p.Country = country;
            p.Rule = "context:country-of-name(" + country + ") + " + p.Rule;
        }
    }

    /// <summary>Titles of monarchs and royals, which no article's country lends its office to ("King George III" in a US
    /// article, a nickname such as "King James").</summary>
    private static readonly HashSet<ulong> MonarchTitles = [.. new[] { "king", "queen", "prince", "princess", "emperor", "empress",
        "emir", "sultan", "sheikh", "shaikh", "crown" }.Select(w => StringHash.OfNorm(w))];

    /// <summary>Mentions with a country an article needs before <see cref="ArticleCountry"/> names one, and the share of them
    /// that country must hold.</summary>
    private const int ArticleCountryMinMentions = 3;
    private const double ArticleCountryMinShare = 0.6;

    /// <summary>The country of most of the article's mentions that have one (at least <see cref="ArticleCountryMinMentions"/>
    /// and <see cref="ArticleCountryMinShare"/> of them), or null when no country dominates.</summary>
    private static string? ArticleCountry(List<Draft> drafts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int all = 0;
        foreach (var d in drafts)
        {
            if (d.Removed || d.Country is null) continue;
            counts[d.Country] = counts.GetValueOrDefault(d.Country) + 1;
            all++;
        }
        string? best = null;
        int top = 0;
        foreach (var (c, n) in counts)
            if (n > top || (n == top && string.CompareOrdinal(c, best) < 0)) { best = c; top = n; }
        return top >= ArticleCountryMinMentions && top >= ArticleCountryMinShare * all ? best : null;
    }

    private static readonly ulong NormOpenBracket = StringHash.OfNorm("("), NormCloseBracket = StringHash.OfNorm(")");

    /// <summary>Longest state inside a party-and-state tag, in tokens ("N.Y.", "New Mexico", "N. D.").</summary>
    private const int MaxTagStateTokens = 3;

    /// <summary>"USA" when a party-and-state tag follows the name — "(R-Ohio)", "(D-N.Y.)", "(I-Vt.)", the form US news
    /// gives members of Congress: a party letter, a hyphen, one to three capitalised words and a closing bracket, with
    /// no other country among them. Null when the name has no such tag.</summary>
    private static string? PartyStateTag(Document doc, List<Draft> drafts, Draft p)
    {
        var tokens = doc.Tokens;
        int t = p.End;
        if (t + 4 >= doc.TokenCount || tokens[t].Norm != NormOpenBracket || tokens[t + 2].Norm != NormHyphen) return null;
        var party = doc.Text.AsSpan(tokens[t + 1].Start, tokens[t + 1].End - tokens[t + 1].Start);
        if (party is not ("R" or "D" or "I")) return null;
        int sentence = tokens[t].Sentence, a = t + 3, b = a;
        while (b < doc.TokenCount && b - a < MaxTagStateTokens && tokens[b].Sentence == sentence && tokens[b].Norm != NormCloseBracket
               && char.IsUpper(doc.Text[tokens[b].Start]))
            b++;
        if (b == a || b >= doc.TokenCount || tokens[b].Norm != NormCloseBracket) return null;
        foreach (var c in drafts)
            if (!c.Removed && c.Kind == MentionKind.Country && c.First >= a && c.First < b && c.Country is not null && c.Country != "USA") return null;
        return "USA";
    }

    private static readonly ushort DeprelAmod = Labels.Deprel.Intern("amod"), DeprelCompound = Labels.Deprel.Intern("compound"),
        DeprelFlat = Labels.Deprel.Intern("flat"), DeprelNsubj = Labels.Deprel.Intern("nsubj"), DeprelNsubjPass = Labels.Deprel.Intern("nsubj:pass");

    /// <summary>Whether a token is, or modifies as an adjective or compound, the subject of the sentence's main clause
    /// (a subordinate clause's subject is too far: "Foreign Minister Javad Zarif defended Iran's position, saying
    /// Washington needs to" is no American).</summary>
    private static bool SubjectPhrase(Document doc, int t)
    {
        var tokens = doc.Tokens;
        for (int k = 0; k < 4 && t >= 0; k++)
        {
            ushort rel = tokens[t].Deprel;
            if (rel == DeprelNsubj || rel == DeprelNsubjPass) return tokens[t].Head >= 0 && tokens[tokens[t].Head].Head < 0;
            if (rel != DeprelAmod && rel != DeprelCompound && rel != DeprelFlat) return false;
            t = tokens[t].Head;
        }
        return false;
    }

    // ---- 5. output --------------------------------------------------------------------------------------------------

    private static void Emit(Document doc, List<Draft> drafts)
    {
        bool parsed = (doc.Layers & Layers.Parse) != 0;
        foreach (var d in Sorted(drafts))
        {
            doc.Actors.Add(new ActorMention
            {
                FirstToken = d.First,
                TokenCount = d.Count,
                HeadToken = HeadOf(doc, d.First, d.Count, parsed),
                Kind = d.Kind,
                Code = d.Code,
                Country = d.Country,
                Roles = d.Roles.ToArray(),
                Entity = d.Entity,
                Name = d.Name,
                Rule = d.Rule,
            });
        }
    }

    /// <summary>The token of a span that the parse attaches outside it (the rightmost if several); the last token
    /// when the document has no parse.</summary>
    internal static int HeadOf(Document doc, int first, int count, bool parsed)
    {
        int end = first + count;
        if (!parsed) return end - 1;
        var tokens = doc.Tokens;
        for (int t = end - 1; t >= first; t--)
        {
            int h = tokens[t].Head;
            if (h < first || h >= end) return t;
        }
        return end - 1;
    }
}
