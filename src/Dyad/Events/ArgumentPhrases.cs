using Dyad.Actors;
using Dyad.Documents;
using Dyad.Documents.Entities;

namespace Dyad.Events;

/// <summary>
/// The argument phrases of a coded event as a human coder marks them (the ConfliBERT CAMEO convention, which
/// <c>dyad eval events</c> scores): the whole noun phrase of the source or target — determiners, modifiers, "of" and
/// place complements of a thing — without relative clauses, circumstances, dates, descriptions after a name or what a
/// party is accused of. The actor mention (<see cref="CodedEvent.Source"/>, <see cref="CodedEvent.Target"/>) stays the
/// coded party; the phrase is the evidence around it (<c>evidence.source_phrase</c>, <c>evidence.target_phrase</c>).
/// </summary>
internal static class ArgumentPhrases
{
    private static readonly ushort[] OutsidePhrase =
        [Labels.Deprel.Intern("advcl:relcl"), Labels.Deprel.Intern("parataxis"), Labels.Deprel.Intern("advcl"),
         Labels.Deprel.Intern("obl:tmod"), Labels.Deprel.Intern("obl:unmarked"), Labels.Deprel.Intern("nmod:tmod"), Labels.Deprel.Intern("nmod:unmarked")];

    private static readonly ushort CaseRel = Labels.Deprel.Intern("case"), MarkRel = Labels.Deprel.Intern("mark"), NsubjRel = Labels.Deprel.Intern("nsubj"),
        AclRel = Labels.Deprel.Intern("acl"), RelclRel = Labels.Deprel.Intern("acl:relcl"), ConjRel = Labels.Deprel.Intern("conj"),
        ApposRel = Labels.Deprel.Intern("appos"), CcRel = Labels.Deprel.Intern("cc"),
        VerbTag = Labels.Upos.Intern("VERB"), NounTag = Labels.Upos.Intern("NOUN"), PropnTag = Labels.Upos.Intern("PROPN"),
        PronTag = Labels.Upos.Intern("PRON"), NumTag = Labels.Upos.Intern("NUM");

    /// <summary>Prepositions and conjunctions of circumstance: what they introduce is about the event, not the party
    /// ("the Palestinian people during a visit", "18 people following a fire": "following" has the lemma "follow");
    /// the gold never includes it.</summary>
    private static readonly int[] Circumstance = [.. new[] { "during", "following", "after", "before", "amid", "amidst", "despite",
        "since", "until", "through", "as", "while", "when", "because", "ahead", "including", "at", "on", "with", "follow", "include" }.Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>Whether a dependent leaves the argument's phrase: a preposition of the head itself, an infinitival
    /// clause ("decision to recognize"), a clause with its own subject, a relative clause set off by a comma, a verb
    /// wrongly conjoined to the noun, a coordinated noun (its own span), a description after a name ("Bagram, the
    /// military airfield"), circumstances, time and loose modifiers.</summary>
    private static bool Leaves(Document doc, int t, int head, bool split, bool target, bool placed)
    {
        var tokens = doc.Tokens;
        ushort rel = tokens[t].Deprel;
        // "US - backed forces": the first part of a hyphenated modifier, which the parse may label a loose modifier, stays.
        if (Array.IndexOf(OutsidePhrase, rel) >= 0 && !NameAfterNoun(doc, t) && !(t + 2 < tokens.Length && tokens[t].Head == t + 2 && doc.Text[tokens[t + 1].Start] == '-'
            && tokens[t + 1].End - tokens[t + 1].Start == 1)) return true;
        foreach (var d in doc.Dates) if (t >= d.FirstToken && t < d.FirstToken + d.TokenCount) return true;
        if (tokens[t].Head == head && (rel == CaseRel || rel == MarkRel)) return true;
        // "12 traders following a riot", "following" parsed as a participle modifying the party.
        if (rel == AclRel && tokens[t].Lemma == FollowWord && IsWord(doc, t, "following")) return true;
        // "that death toll given previous records": "given" is a preposition of circumstance the parse took for a participle.
        if (rel == AclRel && IsWord(doc, t, "given")) return true;
        // "about 550 households using funds donated to ...", "Damascus, warning of military action": a present participle
        // after a target says what goes with the act, not which party it falls on; the data leaves it out (on the tuning
        // part 13 of 15 such participles are outside the target).
        if (target && rel == AclRel && t != head && tokens[t].Upos == VerbTag && t > tokens[t].Head && EndsWith(doc, t, "ing")) return true;
        if (rel == ConjRel && (tokens[t].Upos == VerbTag || (split && tokens[t].Head == head && IsNominal(tokens[t].Upos) && !SharesModifiers(doc, head, t)))) return true;
        bool defining = rel == RelclRel && target && !Comma(doc, t) && Defining(doc, t);
        if (rel == RelclRel && !defining && (target || Comma(doc, t))) return true;
        // A description set off after a person's name is the person's title or role, which the data marks with the name
        // ("Angela Merkel, the German chancellor"; on the tuning part 11 of 13 such descriptions are inside the phrase).
        if (rel == ApposRel && tokens[t].Head >= 0 && tokens[tokens[t].Head].Upos == PropnTag && tokens[t].Upos != PropnTag
            && !(PersonAt(doc, tokens[t].Head) && Comma(doc, t))) return true;
        // What the parse hangs on a description after the comma that closes it is no part of it ("Angela Merkel, the German
        // chancellor, on Saturday").
        if (tokens[t].Head is int a && a >= 0 && a < t && tokens[a].Deprel == ApposRel && CommaBetween(doc, a, t)) return true;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int k = sent.FirstToken; k < sent.FirstToken + sent.TokenCount; k++)
        {
            ref readonly var c = ref tokens[k];
            if (c.Head != t) continue;
            // "at least 19 Christians": "at" before "least" or "most" counts, it does not set a circumstance.
            if ((c.Deprel == CaseRel || c.Deprel == MarkRel) && Array.IndexOf(Circumstance, c.Lemma) >= 0 && t != head
                && !(c.Lemma == AtWord && (tokens[t].Lemma == LeastWord || tokens[t].Lemma == MostWord))
                // "the group known as the White Helmets": the name a party is known as is part of it.
                && !(c.Lemma == AsWord && tokens[t].Head is int known and >= 0 && IsWord(doc, known, "known"))) return true;
            // "the small republic for two more years", "sanctions on the regime for a year": how long an act lasts, hung
            // by the parse on its party, is time, no part of the party.
            if (c.Deprel == CaseRel && c.Lemma == ForWord && t != head && TimeNoun(doc, t)) return true;
            if (tokens[t].Upos == VerbTag && c.Deprel == NsubjRel && t != head && !defining) return true;
            if ((rel == AclRel || rel == RelclRel) && c.Deprel == MarkRel) return true;
            // "Ukrainian forces in the Crimea", "several suspects in the attack": where a target party is, is not the
            // party; where a place or thing is stays ("a military base in northeast Nigeria"). A source keeps it ("a court
            // in Istanbul"; on the tuning part the rule lost a source span for the target spans it won).
            // Force and threats are the exception: what is struck is marked with the place it is struck in ("militants in
            // South Waziristan", "Islamic State positions in eastern Syria"), a place the data keeps (see ForcePlaced).
            if (target && c.Deprel == CaseRel && c.Lemma == InWord && tokens[t].Head == head && rel == NmodRel && ActorAround(doc, head) is { } m
                && (t < m.FirstToken || t >= m.FirstToken + m.TokenCount) && !(PlaceLike(doc, t) && (placed || !NamedParty(doc, head)))) return true;
            // A source keeps an "in" place only when nothing before it says whose it is ("a court in Istanbul", "the police in
            // the Gaza Strip"); after a named party it says where the party acted ("Sri Lankan military officials | in
            // Colombo", "rebel forces | in Tripoli"). In the tuning gold the sources that leave an "in" place out are mostly
            // named ones, those that keep it mostly unnamed (a court 4 times, a top diplomat, the police); 3 spans won, none lost.
            if (!target && c.Deprel == CaseRel && c.Lemma == InWord && tokens[t].Head == head && rel == NmodRel && ActorAround(doc, head) is { } sm
                && (t < sm.FirstToken || t >= sm.FirstToken + sm.TokenCount) && NamedParty(doc, head)) return true;
            // A thing aimed at ("rejected the government's request for a review", "defended its strategy in the region") is
            // marked without what it is for and without an "in" that names no place ("the ceasefire in an attack"); a place
            // it is in stays ("military intervention in Venezuela"): on the tuning part 0 of 6 such phrases keep the former.
            if (target && !placed && c.Deprel == CaseRel && (c.Lemma == ForWord || c.Lemma == InWord && !IsPlace(doc, t)) && tokens[t].Head == head
                && rel == NmodRel && MentionAt(doc, head) is null && !(c.Lemma == ForWord && IsStaff(doc, head))) return true;
            // A thing that already names whose it is ("US strategy | in Afghanistan", "Theresa May's offer | on citizens'
            // rights", "the EU's ban | on entry") is marked without what follows it: on the tuning part the 7 target phrases
            // of an act with its owner before it and "for", "in" or "on" after it all end before the preposition. An "of"
            // stays: it names what the act is done to ("China's expansion of reefs", "Mexico's handling of the epidemic").
            if (target && !placed && c.Deprel == CaseRel && Array.IndexOf(ComplementWords, c.Lemma) >= 0 && tokens[t].Head == head && rel == NmodRel
                && tokens[head].Upos == NounTag && MentionAt(doc, head) is null && NamesOwner(doc, head)) return true;
            // Force falls on a party where it is, not in an act: "detained several suspects | in the attack".
            if (target && placed && c.Deprel == CaseRel && c.Lemma == InWord && tokens[t].Head == head && rel == NmodRel && !PlaceLike(doc, t)
                && IsAct(doc, t)) return true;
            // "summoned a senior Indian diplomat to its Foreign Ministry", "deported 2,374 migrants to Honduras": where a
            // party is sent or taken, hung on the party by the parse, is no part of it; nor is what a party is asked,
            // pressed or blamed for ("pressed the parliament for changes", "blamed the government for the attack").
            if (target && c.Deprel == CaseRel && (c.Lemma == ToWord || c.Lemma == FromWord || c.Lemma == ForWord) && tokens[t].Head == head && rel == NmodRel
                && MentionAt(doc, head) is { } party && (t < party.FirstToken || t >= party.FirstToken + party.TokenCount)) return true;
            // "accused the Nigerian military of mass slaughter", "rejected accusations by the US of genocide": an "of" phrase
            // after a party that names no party itself is what the party is charged with (the parse hangs it on the party).
            if (target && c.Deprel == CaseRel && c.Lemma == OfWord && tokens[t].Head == head && rel == NmodRel && tokens[t].Upos == NounTag
                && MentionAt(doc, head) is { } owner && MentionAt(doc, t) is null && (t < owner.FirstToken || t >= owner.FirstToken + owner.TokenCount)) return true;
        }
        return false;
    }

    /// <summary>Nouns of people who work or speak for a body ("two inspectors for the UN agency", "a reporter for the
    /// agency"): the body they are "for" says who they are, so it stays in their phrase, and the people stay the target.</summary>
    private static readonly int[] StaffNouns = [.. new[] { "inspector", "observer", "monitor", "worker", "employee", "staffer", "official",
        "expert", "investigator", "journalist", "reporter", "correspondent", "spokesman", "spokeswoman", "spokesperson", "adviser",
        "advisor", "consultant", "contractor", "envoy", "representative", "delegate", "negotiator" }.Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>Whether a token is a noun of people who work or speak for a body (see <see cref="StaffNouns"/>).</summary>
    internal static bool IsStaff(Document doc, int t) => t >= 0 && doc.Tokens[t].Upos == NounTag && Array.IndexOf(StaffNouns, doc.Tokens[t].Lemma) >= 0;

    private static readonly int[] ComplementWords = [.. new[] { "on", "for", "from", "in", "to", "over", "against", "about" }.Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>Whether a noun names its owner before it: a possessor, or a modifier inside an actor mention ("US strategy",
    /// "an Afghan government offer").</summary>
    private static bool NamesOwner(Document doc, int head)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        for (int c = sent.FirstToken; c < head; c++)
            if (tokens[c].Head == head && (tokens[c].Deprel == PossRel || MentionAt(doc, c) is not null)) return true;
        return false;
    }

    /// <summary>Whether a party is a named person, or its noun already says whose it is before it: a possessor, a proper name or a capitalized
    /// adjective among its modifiers ("Russian authorities", "Germany 's envoy", "the Egyptian ambassador"), or a noun of
    /// its actor mention that says what kind of party it is ("rebel fighters"). A party
    /// noun without one ("the military", "the new government", "war victims", "protesters") is told apart only by the
    /// place after it, which the data then marks with it ("the military in Mindanao"), while a named one is marked
    /// without where it is posted ("Russian authorities | in Moscow").</summary>
    private static bool NamedParty(Document doc, int head)
    {
        var tokens = doc.Tokens;
        if (PersonAt(doc, head)) return true;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        for (int c = sent.FirstToken; c < head; c++)
        {
            if (tokens[c].Head != head) continue;
            if (tokens[c].Deprel == PossRel || tokens[c].Upos == PropnTag) return true;
            if (tokens[c].Upos == AdjTag && char.IsUpper(doc.Text[tokens[c].Start])) return true;
            if (tokens[c].Deprel == CompoundRel && InMention(doc, c, head)) return true;
        }
        return false;
    }

    /// <summary>Whether a relative clause (no comma before it) is what tells which party is meant, so that the data marks it
    /// with the party: one on a pronoun ("those who perished"), on a counted noun without article ("six farmers who were
    /// killed") or on a bare noun without any modifier ("people who work for it"). A noun that already says which one it
    /// is ("a Lebanese man who ...", "local communities that ...") is marked without its clause. On the tuning part 7 of 9
    /// relative clauses on such heads are inside the target, none of some 30 on other heads.</summary>
    private static bool Defining(Document doc, int t)
    {
        var tokens = doc.Tokens;
        int h = tokens[t].Head;
        if (h < 0 || h > t) return false;
        // "what Republicans were proposing": a question word heads a clause of its own, no party.
        if (tokens[h].Upos == PronTag) return !(IsWord(doc, h, "what") || IsWord(doc, h, "whatever") || IsWord(doc, h, "who") || IsWord(doc, h, "whoever") || IsWord(doc, h, "which"));
        if (tokens[h].Upos != NounTag) return false;
        var sent = doc.SentenceRecords[tokens[h].Sentence];
        bool counted = false, modified = false;
        for (int c = sent.FirstToken; c < h; c++)
        {
            if (tokens[c].Head != h) continue;
            ushort r = tokens[c].Deprel;
            if (r == DetRel || r == PossRel) return false;
            if (r == NummodRel) counted = true;
            else if ((tokens[c].Flags & TokenFlags.Punct) == 0 && r != CaseRel && r != CcRel) modified = true;
        }
        return counted || !modified;
    }

    /// <summary>"luxury hospitality group Kempinski": a name right after the noun it names, which the parse may hang on it
    /// as a loose modifier, is part of it.</summary>
    private static bool NameAfterNoun(Document doc, int t)
    {
        var tokens = doc.Tokens;
        return tokens[t].Deprel == NmodUnmarkedRel && tokens[t].Upos == PropnTag && tokens[t].Head >= 0 && tokens[t].Head < t && tokens[t - 1].Upos == NounTag
            && !InDate(doc, t) && Array.IndexOf(EventMatcher.DayNames, tokens[t].Lemma) < 0;
    }

    private static readonly ushort NmodUnmarkedRel = Labels.Deprel.Intern("nmod:unmarked");
    private static readonly ushort NmodRel = Labels.Deprel.Intern("nmod");
    private static readonly ushort NsubjPassRel = Labels.Deprel.Intern("nsubj:pass"), AuxPassRel = Labels.Deprel.Intern("aux:pass");

    private static bool HasChild(Document doc, int t, ushort rel)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && tokens[c].Deprel == rel) return true;
        return false;
    }
    private static readonly ushort AdvTag = Labels.Upos.Intern("ADV"), AdjTag = Labels.Upos.Intern("ADJ");
    private static readonly ushort SconjTag = Labels.Upos.Intern("SCONJ");
    private static readonly ushort AdpTag = Labels.Upos.Intern("ADP"), PreconjRel = Labels.Deprel.Intern("cc:preconj");
    private static readonly int InWord = Vocabulary.Shared.Intern("in");

    private static readonly int FollowWord = Vocabulary.Shared.Intern("follow"), ForWord = Vocabulary.Shared.Intern("for"), AsWord = Vocabulary.Shared.Intern("as");
    private static readonly int ToWord = Vocabulary.Shared.Intern("to"), FromWord = Vocabulary.Shared.Intern("from");
    private static readonly int OfWord = Vocabulary.Shared.Intern("of"), AtWord = Vocabulary.Shared.Intern("at"),
        LeastWord = Vocabulary.Shared.Intern("least"), MostWord = Vocabulary.Shared.Intern("most");

    /// <summary>Codes whose target phrase keeps the place it is in: coercion (17), assault (18), fighting (19) and mass
    /// violence (20) fall on a party where it is ("militants in South Waziristan", "the mosque in Mosul"), while words, a
    /// threat or an ultimatum among them, are addressed to the party wherever it is ("an ultimatum to Ukrainian forces in
    /// the Crimea": the data marks the forces alone). So do material cooperation, aid and yielding (06-08): what is
    /// given, returned or surrendered reaches the party where it is ("donated $1 million to the World Food Program in
    /// Afghanistan", "surrendered to the police in Camarines Norte"; 3 won, 1 lost on the tuning part). A violated
    /// ceasefire (196) is the exception among force: what it falls on is an agreement, no party struck where it is.</summary>
    internal static bool ForcePlaced(string cameo) =>
        cameo.Length >= 2 && cameo != "196" && ((cameo[0] == '1' && cameo[1] is '7' or '8' or '9') || (cameo[0] == '2' && cameo[1] == '0')
            || (cameo[0] == '0' && cameo[1] is '6' or '7' or '8'));

    private static readonly int[] PlaceNouns = [.. new[] { "city", "town", "village", "province", "region", "area", "district", "state",
        "capital", "country", "border", "outskirts", "territory", "zone", "county", "camp" }.Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>Whether a token names a place or reads as one: a place (<see cref="IsPlace"/>), a proper name that is no
    /// date, a noun of place ("the city", "Syria's Hama province") or a noun with a place or name among its
    /// modifiers.</summary>
    internal static bool PlaceLike(Document doc, int t)
    {
        var tokens = doc.Tokens;
        foreach (var d in doc.Dates) if (t >= d.FirstToken && t < d.FirstToken + d.TokenCount) return false;
        if (IsPlace(doc, t) || tokens[t].Upos == PropnTag || Array.IndexOf(PlaceNouns, tokens[t].Lemma) >= 0) return true;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < t; c++)
            if (tokens[c].Head == t && tokens[c].Upos == PropnTag && tokens[c].Deprel != CaseRel) return true;
        return false;
    }

    /// <summary>Whether a token names a place: inside a place mention, or a country-kind actor mention.</summary>
    private static bool IsPlace(Document doc, int t)
    {
        foreach (var p in doc.Places) if (p.FirstToken <= t && t < p.FirstToken + p.TokenCount) return true;
        foreach (var m in doc.Actors) if (m.Kind == MentionKind.Country && m.FirstToken <= t && t < m.FirstToken + m.TokenCount) return true;
        return false;
    }

    /// <summary>The actor mention of any kind covering a token, or null.</summary>
    private static ActorMention? MentionAt(Document doc, int t)
    {
        foreach (var m in doc.Actors)
            if (m.FirstToken <= t && t < m.FirstToken + m.TokenCount) return m;
        return null;
    }

    private static bool InDate(Document doc, int t)
    {
        foreach (var d in doc.Dates) if (t >= d.FirstToken && t < d.FirstToken + d.TokenCount) return true;
        return false;
    }

    /// <summary>Whether a comma stands between tokens <paramref name="a"/> and <paramref name="b"/> (a &lt; b).</summary>
    private static bool CommaBetween(Document doc, int a, int b)
    {
        for (int i = a + 1; i < b; i++)
            if (doc.Text[doc.Tokens[i].Start] == ',' && doc.Tokens[i].End - doc.Tokens[i].Start == 1) return true;
        return false;
    }

    /// <summary>Whether token <paramref name="t"/> is inside the actor mention around <paramref name="head"/>.</summary>
    private static bool InMention(Document doc, int t, int head)
    {
        foreach (var m in doc.Actors)
            if (m.FirstToken <= head && head < m.FirstToken + m.TokenCount && m.FirstToken <= t && t < m.FirstToken + m.TokenCount) return true;
        return false;
    }

    /// <summary>Whether a token is inside the mention of a named person.</summary>
    private static bool PersonAt(Document doc, int t)
    {
        foreach (var m in doc.Actors)
            if (m.FirstToken <= t && t < m.FirstToken + m.TokenCount && m.Kind == MentionKind.Person) return true;
        return false;
    }

    private static ActorMention? ActorAround(Document doc, int t)
    {
        foreach (var m in doc.Actors)
            if (m.FirstToken <= t && t < m.FirstToken + m.TokenCount && m.Kind != MentionKind.Country) return m;
        return null;
    }

    private static bool IsNominal(ushort upos) => upos == NounTag || upos == PropnTag || upos == PronTag || upos == NumTag;

    /// <summary>Whether the clause headed by <paramref name="t"/> is set off by a comma before its first word.</summary>
    private static bool Comma(Document doc, int t)
    {
        var tokens = doc.Tokens;
        int first = t;
        for (int i = t - 1; i >= 0 && i >= t - 32; i--)
        {
            int u = i;
            for (int d = 0; u >= 0 && u != t && d < 64; d++) u = tokens[u].Head;
            if (u == t) first = i;
        }
        return first > 0 && doc.Text[tokens[first - 1].Start] == ',' || doc.Text[tokens[first].Start] == ',' && first < t;
    }

    /// <summary>Codes whose act is mutual, so the data marks both parties as reciprocal (R: source and target):
    /// meetings and talks (040), hosting (043), negotiating (046), signing an agreement (057). A visit (042) and a
    /// meeting still to come (036) are marked one way in the data, except talks to be held ("will hold talks with":
    /// 2 of 3 reciprocal on the tuning part), which are mutual in any tense.</summary>
    private static readonly string[] SymmetricCodes = ["040", "043", "046", "057"];

    private static bool Symmetric(string cameo)
    {
        foreach (var c in SymmetricCodes) if (cameo.StartsWith(c, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The spans an event gives a role (0 source, 1 target) in the data's terms: a coordinated subject acting
    /// together ("Canada and Costa Rica have agreed": its target one of its conjuncts, or none and a cooperative root
    /// 03–08) is one reciprocal span;
    /// a mutual act (<see cref="SymmetricCodes"/>) marks both parties in both roles; otherwise the role's own phrases.</summary>
    public static void Spans(Document doc, CodedEvent e, int role, HashSet<(int, int)> spans)
    {
        int source = e.SourceToken, target = e.TargetToken;
        if (source >= 0)
        {
            int group = FirstConjunct(doc, source);
            // So is one whose act is aimed at a thing, no party ("Britain and Germany agreed to share information on
            // company ownership"): the parties agree with each other.
            bool cooperative = e.Cameo[0] == '0' && e.Cameo[1] is >= '3' and <= '8';
            // A coordinated subject that agreed to do something agreed with each other, when the party found for the act
            // is only what it is about ("Britain and Germany agreed to share information on North Korea") or a modifier
            // of what it falls on ("... agreed to allow access to rebel-held areas"). A party the act falls on keeps its
            // own span ("agreed to lift a ban on Egyptian imports").
            bool agreed = cooperative && target >= 0 && e.Rule.StartsWith("c:agree", StringComparison.Ordinal) && !e.Rule.Contains("sanction", StringComparison.Ordinal)
                && (doc.Tokens[target].Deprel == CompoundRel || doc.Tokens[target].Deprel == AmodRel || HyphenModifier(doc, target)
                    || HasCase(doc, target, OnWord) || HasCase(doc, target, AboutWord));
            // A list of three or more parties ("Bahrain, Kuwait and the United Arab Emirates agreed") is not one mutual party:
            // the data marks each member (on the tuning part 6 lists of 3 or more parties are split, 1 is one span: three
            // student unions that staged a protest together).
            bool list = NominalConjuncts(doc, group) >= 2;
            // ... and the list is no target of its own act.
            if (list && role == 1 && target >= 0 && FirstConjunct(doc, target) == group) return;
            if (!list && (target >= 0 ? FirstConjunct(doc, target) == group || ((e.Target < 0 || agreed) && cooperative && HasNominalConjunct(doc, group))
                : cooperative && (HasNominalConjunct(doc, group) || OfPair(doc, group))))
            {
                Phrases(doc, group, e.TriggerFirst, e.TriggerLast, split: false, target: role == 1, spans);
                return;
            }
            // "Israeli and Palestinian negotiators met", "Pakistan and Afghanistan's intelligence services agreed": parties
            // named as coordinated modifiers of one noun, acting together, are the one span of that noun's phrase.
            if (cooperative && ModifierGroupOf(doc, source) is int named and >= 0 && (target < 0 || ModifierGroupOf(doc, target) == named))
            {
                var (_, end) = HeadPhrase(doc, ModifiedGroup(doc, named), e.TriggerFirst, e.TriggerLast, split: false, target: role == 1, placed: false);
                int first = GroupStart(doc, named);
                if (end > first) spans.Add((first, end));
                return;
            }
            // "Mexico and the United Kingdom signed an agreement" parsed as two subjects of the verb: the same one span.
            // So when the act pairs the two with each other ("the US envoy and Iran's minister will attend the meeting"),
            // as for conjuncts above.
            if (cooperative && CoSubject(doc, source) is var (a, b) && a >= 0 && (target < 0 || e.Target < 0 || target == a || target == b))
            {
                var (f1, _) = HeadPhrase(doc, a, e.TriggerFirst, e.TriggerLast, split: false, target: role == 1, placed: false);
                var (_, e2) = HeadPhrase(doc, b, e.TriggerFirst, e.TriggerLast, split: false, target: role == 1, placed: false);
                if (e2 > f1) spans.Add((f1, e2));
                return;
            }
            if (target >= 0 && (Symmetric(e.Cameo)
                || e.Cameo.StartsWith("036", StringComparison.Ordinal) && e.Rule.EndsWith("v:hold-meeting", StringComparison.Ordinal)))
            {
                Phrases(doc, source, e.TriggerFirst, e.TriggerLast, split: true, target: false, spans);
                Phrases(doc, target, e.TriggerFirst, e.TriggerLast, split: true, target: true, spans, ForcePlaced(e.Cameo));
                return;
            }
        }
        int token = role == 0 ? source : target;
        // "giving money to developers or homeowners", "investigations against 15 executives and suppliers of the firm":
        // common nouns coordinated with no party named among them are one group, which the data marks as one span.
        if (role == 1 && token >= 0 && e.Target < 0 && CommonGroup(doc, FirstConjunct(doc, token)))
        {
            Phrases(doc, token, e.TriggerFirst, e.TriggerLast, split: false, target: true, spans, ForcePlaced(e.Cameo));
            return;
        }
        if (token >= 0) Phrases(doc, token, e.TriggerFirst, e.TriggerLast, split: true, target: role == 1, spans, role == 1 && ForcePlaced(e.Cameo));
        if (role == 0 && token >= 0 && target > token) EndBeforeTarget(doc, spans, token, target);
    }

    /// <summary>"Rebel fighters | in the Deraa countryside will lay down their weapons", with the place the target: a
    /// source phrase ends before the target that hangs inside it, and before the words that introduce the target.</summary>
    private static void EndBeforeTarget(Document doc, HashSet<(int, int)> spans, int source, int target)
    {
        var tokens = doc.Tokens;
        foreach (var (first, end) in spans.ToArray())
        {
            if (!(first <= source && source < target && target < end)) continue;
            int cut = target;
            while (cut - 1 > source && tokens[cut - 1].Head == target) cut--;
            while (cut - 1 > source && (tokens[cut - 1].Deprel == CaseRel || (tokens[cut - 1].Flags & TokenFlags.Punct) != 0 || Below(doc, cut - 1, target, source))) cut--;
            spans.Remove((first, end));
            spans.Add((first, cut));
        }
    }

    private static readonly ushort CompoundRel = Labels.Deprel.Intern("compound"), AmodRel = Labels.Deprel.Intern("amod");
    private static readonly int OnWord = Vocabulary.Shared.Intern("on"), AboutWord = Vocabulary.Shared.Intern("about");

    private static readonly ushort DetRel = Labels.Deprel.Intern("det"), NummodRel = Labels.Deprel.Intern("nummod"), PossRel = Labels.Deprel.Intern("nmod:poss");

    /// <summary>Whether a conjunct is a bare common noun, without a word of its own, sharing the determiner, number or
    /// modifiers of the common noun it is coordinated with ("the Palestinian people and organizations", "another 40
    /// opposition politicians and activists", "a Cuban physician and nurse"): one group, which the data marks as one span
    /// ("war victims in Syria and refugees in the region" are two).</summary>
    private static bool SharesModifiers(Document doc, int head, int conj)
    {
        var tokens = doc.Tokens;
        if (tokens[head].Upos != NounTag || tokens[conj].Upos != NounTag || conj < head) return false;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        bool shared = false;
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
        {
            ushort r = tokens[c].Deprel;
            if (tokens[c].Head == conj && r != CcRel && (tokens[c].Flags & TokenFlags.Punct) == 0) return false;
            if (tokens[c].Head == head && c < head && (r == DetRel || r == NummodRel || r == PossRel || r == AmodRel || r == CompoundRel)) shared = true;
        }
        return shared;
    }

    /// <summary>Whether a token is the first part of a hyphenated participle modifier ("rebel - held areas", "Russia -
    /// backed forces"), whatever the parse made of it.</summary>
    private static bool HyphenModifier(Document doc, int t)
    {
        var tokens = doc.Tokens;
        return t + 2 < tokens.Length && tokens[t + 1].Sentence == tokens[t].Sentence && tokens[t + 2].Sentence == tokens[t].Sentence
            && tokens[t + 1].End - tokens[t + 1].Start == 1 && doc.Text[tokens[t + 1].Start] == '-' && tokens[t + 2].Upos == VerbTag;
    }

    /// <summary>Whether a token is introduced by the preposition <paramref name="lemma"/>.</summary>
    private static bool HasCase(Document doc, int t, int lemma)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && tokens[c].Deprel == CaseRel && tokens[c].Lemma == lemma) return true;
        return false;
    }

    private static readonly ushort OblUnmarkedRel = Labels.Deprel.Intern("obl:unmarked"), NsubjOuterRel = Labels.Deprel.Intern("nsubj:outer");

    /// <summary>The two subjects (first, second) when the parse made a coordinated subject two subjects of one verb (the
    /// first a subject, passive subject or loose noun, an "and" between them, the second right after it); else (-1, -1).</summary>
    private static (int, int) CoSubject(Document doc, int t)
    {
        var tokens = doc.Tokens;
        int verb = tokens[t].Head;
        if (verb < 0 || !IsSubject(tokens[t].Deprel)) return (-1, -1);
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
        {
            if (c == t || tokens[c].Head != verb || !IsSubject(tokens[c].Deprel) || !IsNominal(tokens[c].Upos) || c > verb) continue;
            int a = Math.Min(c, t), b = Math.Max(c, t);
            var (_, endA) = Phrase(doc, a, split: false, target: false);
            var (firstB, _) = Phrase(doc, b, split: false, target: false);
            if (endA < firstB && firstB - endA == 1 && tokens[endA].Deprel == CcRel && IsWord(doc, endA, "and")) return (a, b);
        }
        return (-1, -1);
    }

    private static bool IsSubject(ushort rel) => rel == NsubjRel || rel == NsubjPassRel || rel == OblUnmarkedRel;

    /// <summary>How many nominal conjuncts hang on a token (two for "Bahrain, Kuwait and the United Arab Emirates"); none
    /// when no conjunction joins them (names set off by commas the parse took for a list: "Prime Minister, Prince Khalifa").</summary>
    private static int NominalConjuncts(Document doc, int t)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        int n = 0;
        bool joined = false;
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && tokens[c].Deprel == ConjRel && IsNominal(tokens[c].Upos))
            {
                n++;
                if (HasChild(doc, c, CcRel)) joined = true;
            }
        return joined ? n : 0;
    }

    private static bool HasNominalConjunct(Document doc, int t)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && tokens[c].Deprel == ConjRel && IsNominal(tokens[c].Upos)) return true;
        return false;
    }

    /// <summary>Whether a token has an "of" complement with nominal conjuncts: "the armies of Brazil and Argentina held
    /// joint exercises", "the presidents of Kenya and of Uganda signed a pact" name a pair as one subject, which the data
    /// marks as the target of their joint act too.</summary>
    private static bool OfPair(Document doc, int t)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && tokens[c].Deprel == NmodRel && HasCase(doc, c, OfWord) && HasNominalConjunct(doc, c)) return true;
        return false;
    }

    /// <summary>Whether a token is a common noun with nominal conjuncts, all of them common nouns and none of them inside
    /// an actor mention.</summary>
    private static bool CommonGroup(Document doc, int head)
    {
        var tokens = doc.Tokens;
        if (tokens[head].Upos != NounTag || MentionAt(doc, head) is not null) return false;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        bool any = false;
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == head && tokens[c].Deprel == ConjRel && IsNominal(tokens[c].Upos))
            {
                if (tokens[c].Upos != NounTag || MentionAt(doc, c) is not null) return false;
                any = true;
            }
        return any;
    }

    /// <summary>The noun a coordinated group of modifiers belongs to: the head of "Israeli and Palestinian" in "Israeli
    /// and Palestinian negotiators" (a modifier or possessor with a conjunct), or the subject right after a coordinated
    /// subject the parse split off it ("UK and EU" from "negotiators"); -1 when the group modifies nothing.</summary>
    private static int ModifiedGroup(Document doc, int group)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[group].Sentence];
        // "Kenyan and Somali negotiators agreed" parsed with "Kenyan" as the root and the verb its conjunct.
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == group && tokens[c].Deprel == ConjRel && tokens[c].Upos == VerbTag && (tokens[group].Upos == AdjTag || tokens[group].Upos == PropnTag))
                for (int n = group + 2; n < c; n++)
                    if (tokens[n].Head == c && tokens[n].Deprel == NsubjRel && IsWord(doc, group + 1, "and"))
                    {
                        int start = n;
                        while (start - 1 > group + 1 && tokens[start - 1].Head is int up and >= 0 && (up == n || tokens[up].Head == n)) start--;
                        return start == group + 2 ? n : -1;
                    }
        bool joined = false;
        int last = group;
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == group && tokens[c].Deprel == ConjRel) { joined = true; last = Math.Max(last, c); }
        if (!joined) return -1;
        ushort r = tokens[group].Deprel;
        int head = tokens[group].Head;
        if (head > last && (r == AmodRel || r == CompoundRel || r == PossRel) && IsNominal(tokens[head].Upos)) return head;
        // The second subject starts right after the group, with no determiner of its own, and the group does not end in a
        // hyphen: "Ukraine and Russia-backed separatist rebels" is Ukraine and the rebels, not Russia.
        if (head >= 0 && (r == NsubjRel || r == NsubjPassRel))
            for (int c = last + 1; c < sent.FirstToken + sent.TokenCount && c < head; c++)
            {
                if (tokens[c].Head == last || tokens[c].Head == group) continue;
                if ((tokens[c - 1].Flags & TokenFlags.Punct) != 0 || tokens[c].Deprel == DetRel) return -1;
                return tokens[c].Head == head && tokens[c].Deprel == NsubjRel && IsNominal(tokens[c].Upos) ? c
                    : tokens[tokens[c].Head].Head == head && tokens[tokens[c].Head].Deprel == NsubjRel && tokens[c].Head > c ? tokens[c].Head : -1;
            }
        return -1;
    }

    /// <summary>The coordinated group of modifiers (see <see cref="ModifiedGroup"/>) a token is in, or the one that modifies
    /// it ("negotiators" in "Israeli and Palestinian negotiators"); -1 when none.</summary>
    /// <remarks>Only a modifier of the noun, a subject beside it or the root its verb is conjoined to can be such a group.</remarks>
    internal static int ModifierGroupOf(Document doc, int t)
    {
        if (t < 0) return -1;
        int group = FirstConjunct(doc, t);
        if (ModifiedGroup(doc, group) >= 0) return group;
        var tokens = doc.Tokens;
        // "EU" in "British and EU negotiators": a conjunct of an adjective, which FirstConjunct does not climb to.
        if (tokens[t].Deprel == ConjRel && tokens[t].Head is int first and >= 0 && tokens[first].Upos == AdjTag && ModifiedGroup(doc, first) >= 0) return first;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        int head = tokens[t].Head, root = head >= 0 ? tokens[head].Head : -1;
        for (int c = sent.FirstToken; c < t; c++)
            if (tokens[c].Deprel != ConjRel && (tokens[c].Head == t || (head >= 0 && tokens[c].Head == head) || c == root) && ModifiedGroup(doc, c) == t) return c;
        return -1;
    }

    /// <summary>The first token of a group's first conjunct's phrase: back over what hangs on it ("the").</summary>
    private static int GroupStart(Document doc, int group)
    {
        var tokens = doc.Tokens;
        int first = group;
        for (int i = group - 1; i >= doc.SentenceRecords[tokens[group].Sentence].FirstToken && tokens[i].Head == group; i--) first = i;
        return first;
    }

    /// <summary>The first conjunct of the coordination a token is in ("the Taliban" → "The Afghan government").</summary>
    internal static int FirstConjunct(Document doc, int t)
    {
        var tokens = doc.Tokens;
        for (int d = 0; d < 8 && tokens[t].Deprel == ConjRel && tokens[t].Head >= 0 && IsNominal(tokens[tokens[t].Head].Upos); d++)
            t = tokens[t].Head;
        return t;
    }

    /// <summary>The spans of an argument: with <paramref name="split"/> the phrase of its first conjunct and one phrase
    /// for each conjunct coordinated with it ("India and Pakistan" is two spans in the data), else the whole
    /// coordination (the data's one reciprocal span: "Canada and Costa Rica have agreed"); none crossing the trigger.</summary>
    internal static void Phrases(Document doc, int head, int triggerFirst, int triggerLast, bool split, bool target, HashSet<(int, int)> spans, bool placed = false)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        var heads = new List<int> { FirstConjunct(doc, head) };
        for (int k = 0; k < heads.Count && k < 16; k++)
        {
            var (first, end) = HeadPhrase(doc, heads[k], triggerFirst, triggerLast, split, target, placed);
            if (end > first) spans.Add((first, end));
            if (!split) continue;
            for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
                if (tokens[c].Head == heads[k] && tokens[c].Deprel == ConjRel && IsNominal(tokens[c].Upos) && !heads.Contains(c)
                    && !(IsWord(doc, c, "ex") && c + 1 < tokens.Length && IsWord(doc, c + 1, "-")) && !SharesModifiers(doc, heads[k], c)) heads.Add(c);
        }
    }

    /// <summary>"welcomed Russian President Vladimir Putin 's offer", parsed with "Russian" hung on the verb: a phrase that
    /// starts inside an actor mention before its head (a possessor or modifier of the head) starts where the mention
    /// does, as a name is never cut in two. The first token, widened so. Target phrases only: for sources the tuning part
    /// lost a span and won none.</summary>
    private static int MentionStart(Document doc, int first, int head)
    {
        foreach (var m in doc.Actors)
            if (m.FirstToken < first && first < m.FirstToken + m.TokenCount && m.FirstToken + m.TokenCount <= head) return m.FirstToken;
        return first;
    }

    /// <summary>The phrase [first, end) of one argument token, its own conjuncts left out (see <see cref="Phrases"/>):
    /// the role's token of an event, as the coder reports it in the evidence; (-1, -1) when the role has none in the
    /// event's sentence (a target taken from an earlier event of the article is named elsewhere).</summary>
    internal static (int First, int End) Of(Document doc, CodedEvent e, int role)
    {
        int token = role == 0 ? e.SourceToken : e.TargetToken;
        if (token < 0 || doc.Tokens[token].Sentence != e.Sentence) return (-1, -1);
        var (first, end) = HeadPhrase(doc, token, e.TriggerFirst, e.TriggerLast, split: true, target: role == 1, role == 1 && ForcePlaced(e.Cameo));
        return end > first ? (first, end) : (-1, -1);
    }

    private static (int, int) HeadPhrase(Document doc, int head, int triggerFirst, int triggerLast, bool split, bool target, bool placed)
    {
        var tokens = doc.Tokens;
        head = SplitNumberNoun(doc, head);
        if (target) head = PlaceOfAct(doc, head);
        var (first, end) = Phrase(doc, head, split, target, placed);
        // ... and the noun's phrase then starts with the number's first part and what it is hung with ("approximately").
        int lead = NumberStart(doc, first);
        if (lead < first)
        {
            first = lead;
            int sentStart = doc.SentenceRecords[tokens[head].Sentence].FirstToken;
            // A word of measure the parse took for a preposition of the number ("Around 3 , 000 members") counts with it.
            while (first - 1 >= sentStart && (tokens[first - 1].Flags & TokenFlags.Punct) == 0
                && (tokens[first - 1].Deprel != CaseRel || IsAny(doc, first - 1, Approximately))
                && (tokens[first - 1].Head == lead || tokens[first - 1].Head is int up and >= 0 && tokens[up].Head == lead && up < lead)) first--;
        }
        // What force falls on is marked with the place right after it, which the parse often hangs on the verb ("captured
        // the mosque in Mosul", "pounded Islamic State positions in eastern Syria"); a time or an attack after "in" is none.
        if (placed && target && end < tokens.Length && tokens[end].Lemma == InWord && tokens[end].Deprel == CaseRel && tokens[end].Sentence == tokens[head].Sentence
            && tokens[end].Head is int where and > 0 && (where < first || where >= end) && PlaceLike(doc, where))
        {
            var (f2, e2) = Phrase(doc, where, split: false, target, placed);
            // ... up to a participle or an adverb hung on it ("in Borno leaving scores dead", "in Kandahar overnight").
            for (int k = f2; k < e2; k++)
                if (k > where && (tokens[k].Upos == VerbTag || tokens[k].Upos == AdvTag)) { e2 = k; break; }
            if (f2 == end + 1 || f2 == end) end = e2;
        }
        // The actor mention around the head keeps its words where the parse split them off ("Russian" hung on the
        // verb in "Russian President Vladimir Putin will meet").
        foreach (var m in doc.Actors)
            if (m.FirstToken <= head && head < m.FirstToken + m.TokenCount)
            {
                first = Math.Min(first, m.FirstToken);
                end = Math.Max(end, m.FirstToken + m.TokenCount);
            }
        if (target) first = MentionStart(doc, first, head);
        // "Defense Minister Sergey Shoigu has defended", parsed as a passive subject "Defense Minister" beside the subject
        // "Sergey Shoigu" of an active verb: the passive subject right before the phrase is its first part. So is any
        // second subject of the verb right before or after it, or set off by a comma ("Senate | Majority Leader Mitch
        // McConnell expressed", "The US Ambassador , | Stuart Symington paid"): a verb has one subject, and two side
        // by side without an "and" are one name split by the parse.
        int joined = -1;
        if (IsSubject(tokens[head].Deprel) && tokens[head].Deprel != OblUnmarkedRel && tokens[head].Head is int verb and >= 0)
        {
            bool passive = HasChild(doc, verb, AuxPassRel);
            var sent = doc.SentenceRecords[tokens[head].Sentence];
            for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount && c < verb; c++)
            {
                if (c == head || tokens[c].Head != verb || !(tokens[c].Deprel == NsubjPassRel && !passive && tokens[head].Deprel == NsubjRel
                    || tokens[c].Deprel == NsubjRel && tokens[c].Upos == PropnTag || tokens[c].Deprel == NsubjRel && tokens[head].Upos == PropnTag
                    || tokens[c].Deprel == NsubjOuterRel) || InDate(doc, c)) continue;
                var (f2, e2) = Phrase(doc, c, split, target, placed);
                // ... or it runs into the actor mention the phrase was widened to above, or out of it ("The | separatist group
                // Black Widow has agreed", the mention "separatist group Black Widow" taking the second subject's words but not its
                // article; "Senate | Majority Leader Mitch McConnell expressed", the mention "Senate Majority Leader" without the name).
                if (e2 == first || e2 == first - 1 && IsWord(doc, e2, ",") || f2 < first && e2 > first && e2 <= head) { first = f2; break; }
                if (f2 == end || f2 == end + 1 && IsWord(doc, end, ",") || f2 > head && f2 < end && e2 > end) { end = e2; joined = e2; break; }
            }
            // "Colombia 's leftist | rebels said", "Immigration and Customs | Enforcement returned": a loose noun or
            // modifier of the verb right before its subject, no time, is the subject's first part.
            for (int c = first - 1; c >= sent.FirstToken && c >= first - 8; c--)
            {
                if (tokens[c].Head != verb || tokens[c].Deprel != OblUnmarkedRel || InDate(doc, c) || TimeNoun(doc, c)
                    || !(tokens[c].Upos == NounTag || tokens[c].Upos == PropnTag || tokens[c].Upos == AdjTag)) continue;
                var (f2, e2) = Phrase(doc, c, split: false, target, placed);
                if (e2 == first) first = f2;
                break;
            }
        }
        // "Iran's Supreme Leader Ayatollah Ali Khamenei has expressed", parsed as the title with the name's clause relative
        // to it: the title right before the name is its first part.
        if (tokens[head].Upos == PropnTag && (tokens[head].Deprel == NsubjRel || tokens[head].Deprel == NsubjPassRel) && tokens[head].Head is int v2 and >= 0
            && tokens[v2].Deprel == RelclRel && tokens[v2].Head is int title and >= 0 && title == first - 1 && IsNominal(tokens[title].Upos))
        {
            var sent = doc.SentenceRecords[tokens[head].Sentence];
            for (int i = sent.FirstToken; i < title; i++)
                if (Inside(doc, i, title, split, target, placed)) { first = i; break; }
            if (first == title + 1) first = title;
        }
        if (head < triggerFirst && end > triggerFirst)
        {
            // Cut at the trigger (the parse hung the event on the party: "A court on Tuesday freed ..."), then back to the
            // last word the phrase itself holds ("on Tuesday" is a date it left out).
            end = triggerFirst;
            while (end - 1 > head && !Inside(doc, end - 1, head, split, target, placed) && !InMention(doc, end - 1, head)) end--;
        }
        // "Iran's foreign ministry on Monday strongly rejected", parsed with the verb under a noun after the party: an
        // adverb between the party and the trigger that hangs on the trigger ("strongly"), or a day ("on Monday"), is
        // about the act, not the party; a second subject joined to the phrase above ("Rio Grande | Chief Minister ...")
        // hangs on the trigger as well, and stays.
        while (head < triggerFirst && end - 1 > head && end <= triggerFirst && end > joined && !InMention(doc, end - 1, head)
            && ((tokens[end - 1].Upos == AdvTag && Below(doc, end - 1, triggerFirst, head)) || Array.IndexOf(EventMatcher.DayNames, tokens[end - 1].Lemma) >= 0
                || (tokens[end - 1].Upos == AdpTag && end < triggerFirst && Array.IndexOf(EventMatcher.DayNames, tokens[end].Lemma) >= 0))) end--;
        if (head > triggerLast && first <= triggerLast) first = triggerLast + 1;
        // Trailing conjunctions, prepositions and punctuation ("Erdogan for" when the parse hung the rest elsewhere, "hostages
        // they are holding | as" with what "as" introduces hung elsewhere), and a leading "both" of a coordination split into
        // its conjuncts, are no part of a party.
        while (end - 1 > first && (tokens[end - 1].Deprel == CcRel || tokens[end - 1].Upos == AdpTag || tokens[end - 1].Upos == SconjTag
            || (tokens[end - 1].Flags & TokenFlags.Punct) != 0 && !Closes(doc, first, end - 1))) end--;
        while (split && first < end - 1 && tokens[first].Deprel == PreconjRel) first++;
        // "Former US President Barack Obama", "ex - Prime Minister Mykola Azarov": the word that makes a title a past
        // one belongs to it wherever the parse hung it.
        int start = doc.SentenceRecords[tokens[head].Sentence].FirstToken;
        if (first - 2 >= start && IsWord(doc, first - 2, "ex") && IsWord(doc, first - 1, "-")) first -= 2;
        else if (first - 1 >= start && IsWord(doc, first - 1, "former") && (head < triggerFirst || first - 1 > triggerLast)) first--;
        // A leading preposition the parse left in ("to the government of Italy") is no part of a party; "at least" is.
        while (first < head && tokens[first].Upos == AdpTag && tokens[first].Deprel == CaseRel && !(tokens[first].Lemma == AtWord && first + 1 < end
            && (tokens[first + 1].Lemma == LeastWord || tokens[first + 1].Lemma == MostWord))
            && !(tokens[first + 1].Upos == NumTag && IsAny(doc, first, Approximately))) first++;
        end = Mend(doc, head, first, end, head < triggerFirst ? triggerFirst : int.MaxValue, target);
        first = MendStart(doc, first, end, head > triggerLast ? triggerLast + 1 : start);
        if (head < triggerFirst) first = OpeningModifiers(doc, first, start);
        if (head < triggerFirst) first = OpeningNumber(doc, first, start);
        return (first, end);
    }

    /// <summary>Endings and words of nouns that name an act or a state of affairs, no party or thing.</summary>
    private static readonly int PositionWord = Vocabulary.Shared.Intern("position");
    private static readonly string[] ActEndings = ["ation", "ition", "ution", "ction", "sion", "ment", "ance", "ence"];
    private static readonly int[] ActNouns = [.. new[] { "attack", "strike", "epidemic", "outbreak", "crisis", "war", "conflict", "violence",
        "fighting", "ceasefire", "aid", "peace", "siege", "curfew", "emergency", "unrest", "clash" }.Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>The place an act aimed at is in, for a target that is an act ("fight the Ebola epidemic in West Africa",
    /// "claimed several attacks in Rwanda 's Southern Province", "agreed to an extension of the peacekeeping force in
    /// Cyprus"): the data marks the place, the party the act concerns (in the tuning gold an act noun followed by "in" and a
    /// target has the target after "in" 31 times, the "in" inside the target twice: "resolutions in the United Nations");
    /// else the token itself. An act that names its party (a possessor, a modifier in an actor mention) keeps it, and
    /// "the country" or "the region" is no place to take.</summary>
    private static int PlaceOfAct(Document doc, int head)
    {
        var tokens = doc.Tokens;
        if (tokens[head].Upos != NounTag || MentionAt(doc, head) is not null || !IsAct(doc, head)) return head;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        int end = sent.FirstToken + sent.TokenCount;
        // An act that names its party stays ("South Sudan 's ceasefire in ...", "French operations in ...").
        for (int c = sent.FirstToken; c < head; c++)
            if (tokens[c].Head == head && (tokens[c].Deprel == PossRel || MentionAt(doc, c) is not null)) return head;
        // The act's own "in" phrase, or one of what the act is of ("the movement of aid workers in conflict zones").
        for (int depth = 0, at = head; depth < 2 && at >= 0; depth++)
        {
            int next = -1;
            for (int c = at + 1; c < end; c++)
            {
                if (tokens[c].Head != at || tokens[c].Deprel != NmodRel) continue;
                if (HasCase(doc, c, InWord) && PlaceLike(doc, c) && !InDate(doc, c) && !Anaphoric(doc, c)) return c;
                if (HasCase(doc, c, OfWord) && next < 0) next = c;
            }
            at = next;
        }
        return head;
    }

    /// <summary>Whether a noun of place only points back to one named before ("the country", "the region").</summary>
    private static bool Anaphoric(Document doc, int t)
    {
        var tokens = doc.Tokens;
        if (tokens[t].Upos != NounTag || IsPlace(doc, t)) return false;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        bool the = false;
        for (int c = sent.FirstToken; c < t; c++)
        {
            if (tokens[c].Head != t) continue;
            if (tokens[c].Upos == PropnTag || MentionAt(doc, c) is not null) return false;
            if (tokens[c].Deprel == DetRel && IsWord(doc, c, "the")) the = true;
        }
        return the;
    }

    private static bool IsAct(Document doc, int t)
    {
        if (Array.IndexOf(ActNouns, doc.Tokens[t].Lemma) >= 0) return true;
        if (doc.Tokens[t].Lemma == PositionWord) return false;
        foreach (var e in ActEndings) if (EndsWith(doc, t, e) || EndsWith(doc, t, e + "s")) return true;
        return false;
    }

    /// <summary>Circumstance words the parse may take for nouns ("California amid strained relations", "amid" parsed as
    /// the head): the phrase ends before them.</summary>
    private static readonly ulong[] CircumstanceWords = Norms("amid", "amidst", "despite", "during");

    /// <summary>The end of a phrase [first, end) mended where the parse broke it (never past <paramref name="limit"/>):
    /// cut before a circumstance word tagged as a noun; a target possessor ("rejected US President Donald Trump 's
    /// decision", "host Japan 's Crown Prince Naruhito") runs on to what it possesses, since the data never marks a
    /// target possessor alone (0 of 66 target phrases with "'s" on the tuning part; a source may be: "The UK Coalition
    /// Government | 's plans to impose"); an abbreviation split at its points ("the U . K",
    /// "( T . P . L . F . )") runs on to its last letter.</summary>
    private static int Mend(Document doc, int head, int first, int end, int limit, bool target)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        int sentEnd = sent.FirstToken + sent.TokenCount;
        for (int k = first + 1; k < end; k++)
            if (IsAny(doc, k, CircumstanceWords)) return k;
        // "some of the peacekeepers , raising fears of renewed hostilities", the parse taking the participle for a modifier
        // of a noun after it: a present participle set off by a comma after the head says what the act led to.
        for (int k = first + 1; k + 1 < end; k++)
            if (IsWord(doc, k, ",") && tokens[k + 1].Upos == VerbTag && EndsWith(doc, k + 1, "ing")) return k;
        // The possessive marker ("'s", "’s", "’ s", "' s") at or right after the end.
        int after = -1, owner = -1;
        if (end < sentEnd && (IsWord(doc, end, "'s") || IsWord(doc, end, "’s"))) { after = end + 1; owner = end - 1; }
        else if (end + 1 < sentEnd && (IsWord(doc, end, "’") || IsWord(doc, end, "'")) && IsWord(doc, end + 1, "s")) { after = end + 2; owner = end - 1; }
        else if (end - 2 > first && IsWord(doc, end - 1, "s") && (IsWord(doc, end - 2, "’") || IsWord(doc, end - 2, "'"))) { after = end; owner = end - 3; }
        if (target && after > 0 && after < sentEnd && after < limit && owner >= first)
        {
            int to = -1;
            foreach (var m in doc.Actors)
                if (m.FirstToken == after) to = m.FirstToken + m.TokenCount;
            if (to < 0)
            {
                // The noun the possessor hangs on, from any word of it.
                for (int o = owner; o >= first && to < 0; o--)
                    if (tokens[o].Deprel == PossRel && tokens[o].Head is int n and >= 0 && n >= after && (tokens[n].Upos == NounTag || tokens[n].Upos == PropnTag))
                    {
                        var (f2, e2) = Phrase(doc, n, split: true, target: true);
                        if (f2 <= after) to = e2;
                    }
            }
            if (to > after && to <= limit) end = to;
        }
        // "the Palestinian president , Mahmoud Abbas", "Tantan , the Minister of Interior": a title and the name of the
        // person who holds it, set off by a comma, are one party wherever the parse hung the second (in the tuning gold a
        // title then a name after a comma are one phrase 6 times of 6).
        if (end + 1 < sentEnd && end + 1 < limit && IsWord(doc, end, ",") && MentionAt(doc, head) is { } own && own.Kind != MentionKind.Country)
        {
            bool person = own.Kind == MentionKind.Person;
            foreach (var m in doc.Actors)
            {
                int mEnd = m.FirstToken + m.TokenCount;
                if (mEnd > limit || mEnd > sentEnd) continue;
                // The name closes the title: a comma, a point or the sentence's end after it ("..., Hickenlooper says" is none).
                if (!person && m.Kind == MentionKind.Person && m.FirstToken == end + 1 && TitleIn(doc, end - 1, end)
                    && (mEnd == sentEnd || IsWord(doc, mEnd, ",") || IsWord(doc, mEnd, ".")))
                {
                    end = mEnd;
                    break;
                }
                if (person && m.Kind != MentionKind.Person && m.Kind != MentionKind.Country && IsWord(doc, end + 1, "the") && m.FirstToken == end + 2
                    && TitleIn(doc, m.FirstToken, mEnd))
                {
                    var (f2, e2) = Phrase(doc, mEnd - 1, split: true, target);
                    if (f2 == end + 1 && e2 <= limit) end = e2;
                    break;
                }
            }
        }
        // "Department of State Services ( DSS )": an acronym in brackets right after a phrase is its own (23 of 23 such
        // brackets are inside the phrase in the tuning gold), wherever the parse hung it.
        if (end + 2 < sentEnd && IsWord(doc, end, "("))
        {
            int close = -1;
            for (int i = end + 1; i < sentEnd && i <= end + 6; i++)
            {
                if (IsWord(doc, i, ")")) { close = i; break; }
                if (!(char.IsUpper(doc.Text[tokens[i].Start]) || IsWord(doc, i, "-") || IsWord(doc, i, "."))) break;
            }
            if (close > end + 1 && close + 1 <= limit) end = close + 1;
        }
        // "her Nationals | colleagues", the last noun parsed as a second complement of the same word: a bare noun right
        // after a target that ends in a noun, hung where the target is hung, is the target's head.
        if (target && end < sentEnd && end < limit && end - 1 >= first && tokens[end].Upos == NounTag && (tokens[end - 1].Upos == NounTag || tokens[end - 1].Upos == PropnTag)
            && tokens[end].Head == tokens[head].Head && tokens[end].Deprel == tokens[head].Deprel && !HasChild(doc, end, CaseRel) && !InDate(doc, end) && !TimeNoun(doc, end))
        {
            var (f2, e2) = Phrase(doc, end, split: true, target);
            if (f2 == end && e2 <= limit) end = e2;
        }
        // "UN | chief withdrew peacekeepers", the title parsed as a modifier of the verb: a title word right after a phrase that
        // ends in a name, hung outside it, is the phrase's head.
        if (end < sentEnd && end < limit && end - 1 >= first && tokens[end - 1].Upos == PropnTag && IsAny(doc, end, Titles)
            && tokens[end].Head is int th && (th < first || th >= end) && (end + 1 >= sentEnd || tokens[end + 1].Upos != PropnTag)) end++;
        // "the U . K": single capitals split at their points.
        while (end + 1 < sentEnd && end + 1 < limit && end - 1 >= first && IsCapital(doc, end - 1) && IsWord(doc, end, ".") && IsCapital(doc, end + 1)) end += 2;
        if (end + 1 < sentEnd && end + 1 < limit && end - 1 >= first && IsCapital(doc, end - 1) && IsWord(doc, end, ".") && IsWord(doc, end + 1, ")"))
        {
            bool open = false;
            for (int i = first; i < end; i++) { if (IsWord(doc, i, "(")) open = true; if (IsWord(doc, i, ")")) open = false; }
            if (open) end += 2;
        }
        return end;
    }

    /// <summary>The start of a phrase [first, end) mended where the parse hung its first words elsewhere (never before
    /// <paramref name="floor"/>): an article right before it ("The | Dubai Ruler praised", "the" hung on the verb), and a
    /// possessor right before it ("Ethiopia 's | Prime Minister Abiy Ahmed rejected"), which the data keeps in the phrase
    /// (in the tuning gold 121 source and target phrases hold a possessive "'s", none starts right after one).</summary>
    private static int MendStart(Document doc, int first, int end, int floor)
    {
        var tokens = doc.Tokens;
        // The possessive marker right before the phrase, and the possessor before it hung outside the phrase.
        int marker = first - 1;
        if (marker - 1 >= floor && IsWord(doc, marker, "s") && (IsWord(doc, marker - 1, "’") || IsWord(doc, marker - 1, "'"))) marker--;
        else if (!(marker >= floor && (IsWord(doc, marker, "'s") || IsWord(doc, marker, "’s")))) marker = -1;
        if (marker > floor && tokens[marker - 1].Deprel == PossRel && tokens[marker - 1].Head is int owned && (owned < first || owned >= end))
        {
            var (f2, e2) = Phrase(doc, marker - 1, split: false, target: false);
            if (e2 <= first && f2 >= floor) first = Math.Min(f2, marker - 1);
        }
        if (first - 1 >= floor && tokens[first - 1].Upos == DetTag && (IsWord(doc, first - 1, "the") || IsWord(doc, first - 1, "a") || IsWord(doc, first - 1, "an"))
            && tokens[first - 1].Head is int h && (h < first || h >= end)) first--;
        return first;
    }

    private static readonly ushort DetTag = Labels.Upos.Intern("DET");

    /// <summary>"Around 12 , 000 Yemenis have fled", "About 3000 Somali refugees returned": a count that opens the sentence
    /// right before its subject is the subject's number, however the parse hung it (often as the root, the comma of
    /// the thousands read as a break); the phrase starts with it and a word of measure before it. Only a count that
    /// reaches back to the sentence's first word is taken, no date.</summary>
    private static int OpeningNumber(Document doc, int first, int sentStart)
    {
        var tokens = doc.Tokens;
        int i = first;
        if (first <= sentStart || InDate(doc, first - 1) || !(tokens[first - 1].Upos == NumTag || tokens[first].Upos == NumTag)) return first;
        while (i > sentStart && (tokens[i - 1].Upos == NumTag && !InDate(doc, i - 1)
            || IsWord(doc, i - 1, ",") && i - 2 >= sentStart && tokens[i - 2].Upos == NumTag && tokens[i].End - tokens[i].Start == 3)) i--;
        if (i > sentStart && i - 1 == sentStart && IsAny(doc, i - 1, Approximately)) i--;
        return i == sentStart && i < first ? i : first;
    }

    /// <summary>The start of a phrase that follows the sentence's first few words with no comma between, when those words
    /// are only modifiers of it the parse hung elsewhere ("Imprisoned | Russian opposition leader Alexei Navalny has
    /// started", "Iranian - backed | Houthis have violated", "ACT | Health Minister Katy Gallagher has rejected"): a
    /// sentence does not open with a bare adjective, participle or name that is not part of its subject. A time ("Last
    /// week"), an adverb, an article-less preposition or a conjunction opens a sentence on its own, and ends the test.
    /// The same holds for a first conjunct the parse cut off the subject ("The Yemeni army and allied | fighters have
    /// hit", "Japanese and the | Australian armies have agreed": an "and" inside the opening, an article after it) and for
    /// an abbreviation split at its points ("U . S | federal investigators shared"): on the tuning part all such
    /// openings are in the gold subject.</summary>
    private static int OpeningModifiers(Document doc, int first, int sentStart)
    {
        var tokens = doc.Tokens;
        if (first <= sentStart || first - sentStart > 5) return first;
        bool joined = false;
        for (int i = sentStart; i < first; i++)
        {
            ushort u = tokens[i].Upos;
            bool hyphen = IsWord(doc, i, "-") && i > sentStart && i + 1 < first;
            bool word = u == AdjTag || u == PropnTag || u == NounTag || u == VerbTag && (EndsWith(doc, i, "ed") || i < first - 1 && IsWord(doc, i + 1, "-"));
            // "and" between opening words; an article first or right after the "and"; single capitals with points between.
            bool and = IsWord(doc, i, "and") && i > sentStart && i + 1 < first;
            bool article = (IsWord(doc, i, "the") || IsWord(doc, i, "a") || IsWord(doc, i, "an")) && (i == sentStart || i > sentStart && IsWord(doc, i - 1, "and"));
            bool letter = IsCapital(doc, i) || IsWord(doc, i, ".") && i > sentStart && IsCapital(doc, i - 1) && i + 1 < first && IsCapital(doc, i + 1);
            if (and) joined = true;
            if (!(hyphen || word || and || article || letter) || InDate(doc, i) || TimeNoun(doc, i)) return first;
        }
        // Beyond three words only a coordination is read so (a longer bare opening is more likely a fragment of its own).
        if (first - sentStart > 3 && !joined) return first;
        return sentStart;
    }

    private static readonly ulong[] Titles = Norms("president", "minister", "ambassador", "leader", "chief", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "chancellor", "premier", "king", "queen", "prince", "governor", "mayor", "envoy", "commander", "chairman", "director");

    /// <summary>Whether a title word is among tokens [from, to).</summary>
    private static bool TitleIn(Document doc, int from, int to)
    {
        for (int i = Math.Max(0, from); i < to; i++)
            if (IsAny(doc, i, Titles)) return true;
        return false;
    }

    /// <summary>Words of time, each also with a plural "s".</summary>
    private static readonly ulong[] TimeWords = Norms([.. new[] { "yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "weekend", "morning",
        "evening", "night", "afternoon", "day", "time", "earlier", "later", "now" }.SelectMany(w => new[] { w, w + "s" })]);

    private static bool TimeNoun(Document doc, int t) =>
        IsAny(doc, t, TimeWords) || Array.IndexOf(EventMatcher.DayNames, doc.Tokens[t].Lemma) >= 0;

    private static bool IsCapital(Document doc, int t) =>
        doc.Tokens[t].End - doc.Tokens[t].Start == 1 && char.IsUpper(doc.Text[doc.Tokens[t].Start]);

    private static readonly ulong[] Approximately = Norms("around", "about", "over", "under", "nearly", "almost", "approximately", "some");

    /// <summary>Whether a token is a comma or point that splits a number in two ("300 , 000", "352 . 5" as the data
    /// tokenizes them): between two numbers, the second of three digits after a comma.</summary>
    private static bool SplitsNumber(Document doc, int t)
    {
        var tokens = doc.Tokens;
        if (t < 1 || t + 1 >= tokens.Length || tokens[t - 1].Sentence != tokens[t].Sentence || tokens[t + 1].Sentence != tokens[t].Sentence) return false;
        if (tokens[t - 1].Upos != NumTag || tokens[t + 1].Upos != NumTag || !char.IsDigit(doc.Text[tokens[t - 1].Start]) || !char.IsDigit(doc.Text[tokens[t + 1].Start])) return false;
        if (IsWord(doc, t, ".")) return true;
        return IsWord(doc, t, ",") && tokens[t + 1].End - tokens[t + 1].Start == 3;
    }

    /// <summary>"to approximately 300 , 000 people", parsed with the number's first part as the party and its second
    /// hung on the noun: the noun after the number is the head.</summary>
    private static int SplitNumberNoun(Document doc, int head)
    {
        var tokens = doc.Tokens;
        if (tokens[head].Upos != NumTag || !SplitsNumber(doc, head + 1)) return head;
        int noun = tokens[head + 2].Head;
        return noun > head + 2 && noun <= head + 4 && (tokens[noun].Upos == NounTag || tokens[noun].Upos == PropnTag) ? noun : head;
    }

    /// <summary>The first token of a number the data tokenized in two when a phrase starts with its second part (the
    /// first part and the comma left out by the parse); else <paramref name="first"/>.</summary>
    private static int NumberStart(Document doc, int first)
    {
        var tokens = doc.Tokens;
        return first >= 2 && tokens[first].Upos == NumTag && SplitsNumber(doc, first - 1) && tokens[first - 2].Head != first ? first - 2 : first;
    }

    /// <summary>The token range [first, end) of an argument's phrase: its subtree without what <see cref="Leaves"/>
    /// sets aside, trimmed of punctuation at either end.</summary>
    internal static (int, int) Phrase(Document doc, int head, bool split, bool target, bool placed = false)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[head].Sentence];
        int first = head, last = head;
        // The run of the phrase's own words around the head: a word it leaves out ends it ("the talks on Monday with X":
        // what the parse hangs on the party past a date or circumstance is no part of it either).
        for (int i = sent.FirstToken; i < head; i++)
            if (Inside(doc, i, head, split, target, placed)) { first = i; break; }
        while (last + 1 < sent.FirstToken + sent.TokenCount && (Inside(doc, last + 1, head, split, target, placed) || Gap(doc, last + 1))) last++;
        while (last > head && !Inside(doc, last, head, split, target, placed)) last--;
        while (first < head && ((tokens[first].Flags & TokenFlags.Punct) != 0 || tokens[first].Deprel == CcRel)) first++;
        // "against state - led oil company Petrobras" parsed with the party below the participle ("led") and the words
        // before the hyphen on it: the hyphened modifier is the party's own, back to the preposition.
        first = HyphenedStart(doc, head, first);
        // Trailing punctuation goes, but a closing bracket whose opening one is inside stays ("Force ( LDF )").
        while (last > head && (tokens[last].Flags & TokenFlags.Punct) != 0 && !Closes(doc, first, last)) last--;
        // A participle left without its own words ("asylum seekers registered | with the UN refugee agency", its
        // complement cut as a circumstance) is no modifier of the party either.
        if (last > head && tokens[last].Upos == VerbTag && tokens[last].Deprel == AclRel && HasChildAfter(doc, last))
        {
            last--;
            while (last > head && (tokens[last].Flags & TokenFlags.Punct) != 0 && !Closes(doc, first, last)) last--;
        }
        return (first, last + 1);
    }

    /// <summary>Where a phrase starts whose head hangs on a hyphened participle right before it ("state - led | oil company
    /// Petrobras", "outlawed Bikram Chand - led | Communist Party"): at the participle's first own word after the
    /// preposition or mark that introduces it; <paramref name="first"/> when the head is no such party.</summary>
    private static int HyphenedStart(Document doc, int head, int first)
    {
        var tokens = doc.Tokens;
        int p = first - 1;
        if (p < 2 || tokens[head].Head != p || tokens[p].Upos != VerbTag || tokens[p].Sentence != tokens[head].Sentence
            || tokens[p - 1].End - tokens[p - 1].Start != 1 || doc.Text[tokens[p - 1].Start] != '-' || !Below(doc, p - 2, p, -1)) return first;
        int start = p - 2;
        while (start - 1 >= doc.SentenceRecords[tokens[head].Sentence].FirstToken && Below(doc, start - 1, p, -1)
            && tokens[start - 1].Deprel != CaseRel && tokens[start - 1].Deprel != MarkRel) start--;
        return start;
    }

    /// <summary>Whether a token has a dependent after it that is not punctuation.</summary>
    private static bool HasChildAfter(Document doc, int t)
    {
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = t + 1; c < sent.FirstToken + sent.TokenCount; c++)
            if (tokens[c].Head == t && (tokens[c].Flags & TokenFlags.Punct) == 0) return true;
        return false;
    }

    /// <summary>Whether token <paramref name="t"/> hangs (at any depth) on <paramref name="ancestor"/> before it reaches
    /// <paramref name="stop"/>.</summary>
    private static bool Below(Document doc, int t, int ancestor, int stop)
    {
        var tokens = doc.Tokens;
        for (int u = tokens[t].Head, d = 0; u >= 0 && u != stop && d < 64; u = tokens[u].Head, d++) if (u == ancestor) return true;
        return false;
    }

    private static bool EndsWith(Document doc, int t, string suffix) =>
        doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].End - doc.Tokens[t].Start).EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hashes of words as a token's <c>Norm</c> holds them (lower case), to test a token without allocating.</summary>
    private static ulong[] Norms(params string[] words) => [.. words.Select(w => StringHash.OfNorm(w))];

    /// <summary>Whether the token is one of the words (see <see cref="Norms"/>).</summary>
    private static bool IsAny(Document doc, int t, ulong[] norms) => Array.IndexOf(norms, doc.Tokens[t].Norm) >= 0;

    private static bool IsWord(Document doc, int t, string word) =>
        doc.Text.AsSpan(doc.Tokens[t].Start, doc.Tokens[t].End - doc.Tokens[t].Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a token may stand inside a phrase without belonging to it: punctuation.</summary>
    private static bool Gap(Document doc, int t) => (doc.Tokens[t].Flags & TokenFlags.Punct) != 0;

    /// <summary>Whether token <paramref name="i"/> is inside head's subtree, reached without crossing what leaves the phrase.</summary>
    private static bool Inside(Document doc, int i, int head, bool split, bool target, bool placed)
    {
        var tokens = doc.Tokens;
        for (int t = i, d = 0; t >= 0 && d < 64; t = tokens[t].Head, d++)
        {
            if (t == head) return true;
            if (Leaves(doc, t, head, split, target, placed)) return false;
        }
        return false;
    }

    private static bool Closes(Document doc, int first, int last)
    {
        if (doc.Text[doc.Tokens[last].Start] != ')') return false;
        for (int i = first; i < last; i++) if (doc.Text[doc.Tokens[i].Start] == '(') return true;
        return false;
    }
}
