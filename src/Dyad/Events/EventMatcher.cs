using System.Buffers;
using Dyad.Actors;
using Dyad.Documents;
using Dyad.Ontology;

namespace Dyad.Events;

/// <summary>
/// Finds the events a parsed sentence asserts by matching the pattern lexicon (<see cref="EventLexicon"/>) over the
/// dependency parse: the verb's subject is the source, its object or a listed preposition's complement the target;
/// passives swap them (nsubj:pass, the "by" agent); xcomp chains recode the complement ("sought to reschedule a
/// meeting" → intent to meet); modals, negation, conditionals and speech verbs set the modality; coordinated
/// subjects and objects give one event each.
/// </summary>
internal sealed class EventMatcher
{
    /// <summary>Confidence of a verb pattern with a source and a target actor. The weights below were set by hand on
    /// the seed article and `dyad eval events` (ConfliBERT CAMEO training sentences); they rank events, they do not
    /// filter them.</summary>
    internal const double VerbConfidence = 0.9;
    /// <summary>Confidence of a nominal governed by a light verb ("held talks with").</summary>
    internal const double LightNominalConfidence = 0.8;
    /// <summary>Confidence of a nominal with a possessor or a "between" pair ("Netanyahu's criticism of").</summary>
    internal const double NominalConfidence = 0.7;
    /// <summary>Confidence of a nominal with no source in its own phrase.</summary>
    internal const double BareNominalConfidence = 0.4;
    /// <summary>Subtracted when the event has no target actor.</summary>
    internal const double NoTargetPenalty = 0.2;
    /// <summary>Subtracted when the target comes from an earlier event of the article.</summary>
    internal const double AntecedentPenalty = 0.1;
    /// <summary>Most events kept from one sentence (a careful coder does not find more); the most confident win.
    /// Chosen on the seed article and the ConfliBERT sentences, none of which needs more.</summary>
    internal const int MaxEventsPerSentence = 6;
    /// <summary>Most conjuncts paired with each other as a reciprocal act (beyond it a list of parties is coded
    /// without targets rather than as every pair).</summary>
    internal const int MaxReciprocalActors = 3;

    private readonly EventLexicon _lex;

    private static readonly ushort Nsubj = Labels.Deprel.Intern("nsubj"), NsubjPass = Labels.Deprel.Intern("nsubj:pass"),
        Obj = Labels.Deprel.Intern("obj"), Iobj = Labels.Deprel.Intern("iobj"), OblUnmarked = Labels.Deprel.Intern("obl:unmarked"), Obl = Labels.Deprel.Intern("obl"),
        OblAgent = Labels.Deprel.Intern("obl:agent"), Nmod = Labels.Deprel.Intern("nmod"), NmodPoss = Labels.Deprel.Intern("nmod:poss"),
        Xcomp = Labels.Deprel.Intern("xcomp"), Ccomp = Labels.Deprel.Intern("ccomp"), Csubj = Labels.Deprel.Intern("csubj"), Conj = Labels.Deprel.Intern("conj"),
        Aux = Labels.Deprel.Intern("aux"), AuxPass = Labels.Deprel.Intern("aux:pass"), Case = Labels.Deprel.Intern("case"),
        Mark = Labels.Deprel.Intern("mark"), Prt = Labels.Deprel.Intern("compound:prt"), AclRelcl = Labels.Deprel.Intern("acl:relcl"), AdvclRelcl = Labels.Deprel.Intern("advcl:relcl"),
        Acl = Labels.Deprel.Intern("acl"), Advcl = Labels.Deprel.Intern("advcl"), Parataxis = Labels.Deprel.Intern("parataxis"),
        Advmod = Labels.Deprel.Intern("advmod"), Det = Labels.Deprel.Intern("det"), Compound = Labels.Deprel.Intern("compound"),
        Amod = Labels.Deprel.Intern("amod"), Appos = Labels.Deprel.Intern("appos"), Flat = Labels.Deprel.Intern("flat"),
        NmodDesc = Labels.Deprel.Intern("nmod:desc"), Neg = Labels.Deprel.Intern("neg"), Cop = Labels.Deprel.Intern("cop");

    private static readonly ushort Adp = Labels.Upos.Intern("ADP"), Num = Labels.Upos.Intern("NUM");

    private static readonly ushort Verb = Labels.Upos.Intern("VERB"), Noun = Labels.Upos.Intern("NOUN"), Adj = Labels.Upos.Intern("ADJ"),
        Propn = Labels.Upos.Intern("PROPN"), Pron = Labels.Upos.Intern("PRON"), Punct = Labels.Upos.Intern("PUNCT"),
        Adv = Labels.Upos.Intern("ADV"), Cconj = Labels.Upos.Intern("CCONJ"), Sym = Labels.Upos.Intern("SYM"), Sconj = Labels.Upos.Intern("SCONJ");

    private static readonly int Not = Vocabulary.Shared.Intern("not"), Never = Vocabulary.Shared.Intern("never"),
        Nt = Vocabulary.Shared.Intern("n't"), No = Vocabulary.Shared.Intern("no"), By = Vocabulary.Shared.Intern("by"),
        If = Vocabulary.Shared.Intern("if"), Unless = Vocabulary.Shared.Intern("unless"), Between = Vocabulary.Shared.Intern("between"), In = Vocabulary.Shared.Intern("in"),
        Of = Vocabulary.Shared.Intern("of"), For = Vocabulary.Shared.Intern("for"), Who = Vocabulary.Shared.Intern("who"), Which = Vocabulary.Shared.Intern("which"),
        That = Vocabulary.Shared.Intern("that"), To = Vocabulary.Shared.Intern("to"), The = Vocabulary.Shared.Intern("the"), This = Vocabulary.Shared.Intern("this"),
        And = Vocabulary.Shared.Intern("and"), Comma = Vocabulary.Shared.Intern(","), From = Vocabulary.Shared.Intern("from"),
        With = Vocabulary.Shared.Intern("with");

    private static readonly ulong QuestionMark = StringHash.OfNorm("?");

    private static readonly int Yet = Vocabulary.Shared.Intern("yet"), Have = Vocabulary.Shared.Intern("have"), Be = Vocabulary.Shared.Intern("be");

    /// <summary>Verbs of holding back: what follows "refrain from", "abstain from", "desist from" is not done.</summary>
    private static readonly int Refrain = Vocabulary.Shared.Intern("refrain"),
        Abstain = Vocabulary.Shared.Intern("abstain"), Desist = Vocabulary.Shared.Intern("desist");

    public EventMatcher(EventLexicon lexicon) => _lex = lexicon;

    /// <summary>The shipped matcher.</summary>
    public static EventMatcher Default { get; } = new(EventLexicon.Default);

    /// <summary>
    /// Codes every sentence of a parsed document into <paramref name="output"/>. With <paramref name="requireSource"/>
    /// only events whose source is an actor mention are kept (the stage); without it every match is kept, its roles
    /// -1 where no actor fills them (the sentence-class evaluation, which has no actors to go on).
    /// </summary>
    public void Code(Document doc, List<CodedEvent> output, bool requireSource)
    {
        int n = doc.TokenCount;
        if (n == 0) return;
        var pool = ArrayPool<int>.Shared;
        int[] first = pool.Rent(n), next = pool.Rent(n), actorAt = pool.Rent(n);
        try
        {
            var ctx = new Context(doc, first, next, actorAt, requireSource);
            ctx.Build();
            var sentenceEvents = new List<CodedEvent>();
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                sentenceEvents.Clear();
                CodeSentence(ctx, s, sentenceEvents, output);
                DropRestatements(ctx, sentenceEvents);
                if (sentenceEvents.Count > MaxEventsPerSentence)
                {
                    sentenceEvents.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
                    sentenceEvents.RemoveRange(MaxEventsPerSentence, sentenceEvents.Count - MaxEventsPerSentence);
                    sentenceEvents.Sort((a, b) => a.TriggerStart.CompareTo(b.TriggerStart));
                }
                output.AddRange(sentenceEvents);
            }
        }
        finally
        {
            pool.Return(first);
            pool.Return(next);
            pool.Return(actorAt);
        }
    }

    /// <summary>
    /// "Trump criticized Ford for opening a factory in Mexico, but whether his criticism had anything to do with ...": a
    /// nominal act with no target that names again an act of the same source and code coded in the same sentence is that
    /// act, not a second one (found hand-checking PolNeAR train events).
    /// </summary>
    private static void DropRestatements(Context ctx, List<CodedEvent> events)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var e = events[i];
            if (e.Target >= 0 || e.Source < 0 || !e.Rule.StartsWith("n:", StringComparison.Ordinal)) continue;
            foreach (var other in events)
            {
                if (ReferenceEquals(other, e) || other.Target < 0 || other.Cameo != e.Cameo || other.TriggerFirst > e.TriggerFirst) continue;
                if (other.Source == e.Source || SameEntity(ctx, other.Source, e.Source)) { events.RemoveAt(i); break; }
            }
        }
    }

    /// <summary>A politician's run for an office.</summary>
    private static readonly int[] RunNouns = Lemmas("campaign", "bid", "run", "candidacy", "race", "career", "tenure", "term", "seat", "primary", "nomination");

    /// <summary>A body's own sittings ("annual talks" are between parties, and stay).</summary>
    private static readonly int[] SessionNouns = Lemmas("meeting", "session", "convention", "conference", "dinner", "gathering", "retreat", "assembly");

    /// <summary>Modifiers of a body's standing meetings.</summary>
    private static readonly int[] PeriodicModifiers = Lemmas("annual", "yearly", "weekly", "monthly", "quarterly", "regular", "biannual",
        "semiannual", "plenary", "ordinary", "routine", "winter", "summer", "spring", "autumn", "fall");

    /// <summary>Whether <paramref name="t"/> has a child of relation <paramref name="rel"/> whose lemma is listed.</summary>
    private static bool HasChildIn(Context ctx, int t, ushort rel, int[] lemmas)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c]) if (tokens[c].Deprel == rel && Array.IndexOf(lemmas, tokens[c].Lemma) >= 0) return true;
        return false;
    }

    /// <summary>Per-document arrays: children lists and the actor mention covering each token.</summary>
    private sealed class Context(Document doc, int[] first, int[] next, int[] actorAt, bool requireSource)
    {
        public readonly Document Doc = doc;
        public readonly int[] First = first, Next = next, ActorAt = actorAt;
        /// <summary>Tokens inside a date expression (never an event's target: "called Erdogan on Nov. 18").</summary>
        public readonly HashSet<int> Time = [];
        public readonly bool RequireSource = requireSource;
        /// <summary>Whether the document is a sports story (see SportsStory); computed on first use.</summary>
        public bool? Sports;

        public void Build()
        {
            var tokens = Doc.Tokens;
            int n = tokens.Length;
            Array.Fill(First, -1, 0, n);
            Array.Fill(Next, -1, 0, n);
            Array.Fill(ActorAt, -1, 0, n);
            // Children in text order: walk backwards and push to the front.
            for (int i = n - 1; i >= 0; i--)
            {
                int h = tokens[i].Head;
                if (h < 0 || h >= n) continue;
                Next[i] = First[h];
                First[h] = i;
            }
            foreach (var d in Doc.Dates)
                for (int k = d.FirstToken; k < d.FirstToken + d.TokenCount; k++) Time.Add(k);
            var actors = Doc.Actors;
            for (int a = 0; a < actors.Count; a++)
            {
                var m = actors[a];
                for (int k = m.FirstToken; k < m.FirstToken + m.TokenCount && k < n; k++)
                    if (ActorAt[k] < 0 || k == m.HeadToken) ActorAt[k] = a;
            }
        }
    }

    private ref struct Climb
    {
        public EventModality Modality;
        public int ReportedBy;
        public int SpeechVerb;
    }

    private void CodeSentence(Context ctx, int s, List<CodedEvent> events, List<CodedEvent> documentSoFar)
    {
        var doc = ctx.Doc;
        var tokens = doc.Tokens;
        var sent = doc.SentenceRecords[s];
        int end = sent.FirstToken + sent.TokenCount;
        var triggerUsed = new HashSet<int>();
        var statements = new HashSet<int>();
        // Verbs first: a nominal the verb pattern already took as its object ("held talks") is not coded again.
        for (int t = sent.FirstToken; t < end; t++)
        {
            ref readonly var tok = ref tokens[t];
            // A predicate adjective ("is skeptical about", "are confident that"; the tagger may call it an adverb) is
            // coded by the verb rows of its lemma — only an adjective of attitude: "is free to disclose", "is welcome to
            // join" are no release or endorsement (found hand-checking PolNeAR events).
            if ((tok.Upos != Verb && ((tok.Upos != Adj && tok.Upos != Adv) || Child(ctx, t, Cop) < 0 || Array.IndexOf(AttitudeAdjectives, tok.Lemma) < 0))
                || (_lex.Verbs(tok.Lemma) ?? _lex.VerbsByForm(tok.Norm)) is not { } rows) continue;
            if (_lex.Chain(tok.Lemma) is not null && VerbComplement(ctx, t) >= 0) continue;
            CodeVerb(ctx, s, t, rows, events, documentSoFar, triggerUsed, statements);
        }
        // Chains whose complement the lexicon does not code: "agreed to set up a centre" is an intent to cooperate.
        for (int t = sent.FirstToken; t < end; t++)
        {
            ref readonly var tok = ref tokens[t];
            if (_lex.Chain(tok.Lemma) is not { } chain || VerbComplement(ctx, t) is not (var x and >= 0)) continue;
            // A complement the lexicon lists but whose rows did not match here ("settle the dispute" when only other
            // objects are listed) is as uncoded as one it does not list: the chain is still coded once.
            // "refused to say the words", "declined to say whether": a chain over a verb of saying is over a statement (01),
            // as "declined to comment" is (found hand-checking PolNeAR train events, where it was a rejection, 120).
            // Only for a refusal: wanting or trying to say something is no intent to cooperate (intent-01 is for "agreed to
            // issue a joint statement", which the complement's own row codes).
            string complementRoot = chain.Class == "refuse" && _lex.Speech(tokens[x].Lemma) is not null && _lex.Family(chain.Class, "01") is { Cameo: not null } ? "01" : "none";
            if (((_lex.Verbs(tokens[x].Lemma) ?? _lex.VerbsByForm(tokens[x].Norm)) is not null && CodedAt(events, s, t, x))
                || _lex.Family(chain.Class!, complementRoot) is not { Cameo: { } code } family) continue;
            if (ConflictComplement(tokens[x], chain)) continue;
            CodeBareChain(ctx, s, t, x, chain, family, code, events, statements);
        }
        for (int t = sent.FirstToken; t < end; t++)
        {
            ref readonly var tok = ref tokens[t];
            if ((tok.Upos != Noun && tok.Upos != Propn && !NounReadAsVerb(ctx, t)) || triggerUsed.Contains(t) || _lex.Nouns(Joined(ctx, t)) is not { } rows) continue;
            if (tok.Upos == Verb && CodedAt(events, s, t, t)) continue;
            // "aid workers", "aid agencies", "peace envoy": a nominal that names what an actor does is part of the actor's
            // name, no event (found in Wikinews articles, where "aid workers" coded aid by whoever freed them).
            if (tok.Deprel == Compound && tok.Head > t && ctx.ActorAt[tok.Head] >= 0) continue;
            // "talk radio", "a talk show", "rally organizers": a nominal naming a kind of programme or role is no event.
            if (tok.Deprel == Compound && tok.Head > t && Array.IndexOf(KindNouns, tokens[tok.Head].Lemma) >= 0) continue;
            if (TopicOfCoded(ctx, events, s, t, rows)) continue;
            // "Moscow's information warfare efforts", "class warfare", "a charm offensive", "a media blitz": warfare of a kind
            // fought with no arms is no force (190; found hand-checking PolNeAR train events). Cyber warfare stays.
            // The parse may hang the modifier beside the noun ("information warfare efforts"): the word before counts too.
            if ((tok.Lemma == WarfareWord || tok.Lemma == OffensiveWord || tok.Lemma == BlitzWord) && (HasChildIn(ctx, t, Amod, UnarmedWarfare) || HasChildIn(ctx, t, Compound, UnarmedWarfare)
                || (t > sent.FirstToken && Array.IndexOf(UnarmedWarfare, tokens[t - 1].Lemma) >= 0))) continue;
            // "called the sanctions a mistake", "called the deal a threat": what is named is not the namer's act.
            if (tok.Deprel == Obj && tok.Head >= 0 && Naming(ctx, tok.Head)) continue;
            // "a good deal of reclamation work", "a great deal of pressure": an amount, no agreement.
            if (tok.Lemma == DealWord && HasChildIn(ctx, t, Amod, MuchAdjectives) && OfComplement(ctx, t) >= 0) continue;
            CodeNoun(ctx, s, t, rows, events, statements);
        }
        for (int t = sent.FirstToken; t < end; t++) CodeDemand(ctx, s, t, events);
    }

    /// <summary>
    /// "Republican senators have vowed to block the nominee": a promise or plan to do what the lexicon codes only as
    /// conflict (here a block its rows did not take for the object) is no intent to cooperate (030), whatever else it is
    /// (found hand-checking PolNeAR train events).
    /// </summary>
    private bool ConflictComplement(in TokenData complement, EventPattern chain)
    {
        if (chain.Class is not ("commit" or "intent")) return false;
        if ((_lex.Verbs(complement.Lemma) ?? _lex.VerbsByForm(complement.Norm)) is not { Length: > 0 } rows) return false;
        foreach (var r in rows)
            if (r.Cameo is not { Length: >= 2 } c || string.CompareOrdinal(c[..2], "10") < 0) return false;
        return true;
    }

    private static readonly int[] FirstPerson = Lemmas("we", "i", "us", "me");

    /// <summary>Nouns of counting: "thousands of protesters", "a group of soldiers" (see ActorOf).</summary>
    private static readonly int[] CountNouns = Lemmas("thousand", "hundred", "dozen", "million", "score", "ten", "tens", "number", "group",
        "crowd", "handful", "couple", "band", "busload", "lot", "many", "few", "some", "several", "most", "all", "none");

    /// <summary>Adjectives of "a good deal of", "a great deal of": an amount.</summary>
    private static readonly int[] MuchAdjectives = Lemmas("good", "great", "fair");

    /// <summary>Nouns a nominal trigger before them only classifies (see CodeSentence: "talk radio").</summary>
    private static readonly int[] KindNouns = Lemmas("radio", "show", "program", "programme", "host", "station", "channel", "format", "organizer",
        "organiser", "circuit", "speech", "stage", "venue", "crowd", "goer", "attendee");

    private static readonly int It = Vocabulary.Shared.Intern("it"), Rally = Vocabulary.Shared.Intern("rally");

    /// <summary>A to-infinitive clause hangs on the verb ("agreed with Russia to hold talks", parsed as an adverbial clause).</summary>
    private static bool HasToClause(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Advcl || tokens[c].Deprel == Xcomp) && tokens[c].Upos == Verb && MarkOf(ctx, c) == To) return true;
        return false;
    }

    private static readonly int TrainWord = Vocabulary.Shared.Intern("train"), AgreeWord = Vocabulary.Shared.Intern("agree");

    private static readonly int A = Vocabulary.Shared.Intern("a"), An = Vocabulary.Shared.Intern("an"), ConcedeWord = Vocabulary.Shared.Intern("concede");

    /// <summary>Modal auxiliaries whose clause, reported by a speaker, is a demand: "X said Y must disarm".</summary>
    private static readonly int[] DemandModals = Lemmas("must");

    /// <summary>
    /// "The agency said the government must release the journalists", "Russia says Israel must end its strikes": a
    /// speaker who says that a party must act demands it (CAMEO 10, by what is demanded as the "demand" family rows say:
    /// must release → 105, must mediate → 100 ...). The speaker is the source, the clause's subject the target. Only a
    /// clause a speech verb reports: "the United States must continue aid" on its own is an opinion, no demand. The act
    /// demanded keeps its own (hypothetical) event.
    /// </summary>
    private void CodeDemand(Context ctx, int s, int v, List<CodedEvent> events)
    {
        var tokens = ctx.Doc.Tokens;
        int must = -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Aux && c < v && Array.IndexOf(DemandModals, tokens[c].Lemma) >= 0) { must = c; break; }
        int h = tokens[v].Head;
        if (must < 0 || h < 0 || (tokens[v].Deprel != Ccomp && tokens[v].Deprel != Parataxis) || tokens[h].Upos != Verb || _lex.Speech(tokens[h].Lemma) is null) return;
        string? root = null;
        foreach (var e in events)
            if (e.Sentence == s && v >= e.TriggerFirst && v <= e.TriggerLast && !e.Rule.StartsWith("s:", StringComparison.Ordinal)) { root = e.Cameo[..2]; break; }
        if ((root is null ? _lex.Family("demand", "none") : _lex.Family("demand", root)) is not { Cameo: { } code } family) return;
        // "military intervention must be avoided": what must (not) be done is the target when no party is.
        int demanded = Child(ctx, v, Nsubj);
        if (demanded < 0) demanded = Child(ctx, v, NsubjPass);
        // "she believes we must continue to push policies": what the speaker says "we" or "I" must do is a resolve or an
        // exhortation that includes the speaker, no demand of another (found hand-checking PolNeAR dev events).
        if (demanded >= 0 && tokens[demanded].Upos == Pron && Array.IndexOf(FirstPerson, tokens[demanded].Lemma) >= 0) return;
        // "says a president must be ready to start making decisions": what any holder of a role must do is a view of the
        // role, no demand of a party (an indefinite subject names none; found hand-checking PolNeAR train events).
        if (demanded >= 0 && Child(ctx, demanded, Det) is int article and >= 0 && tokens[article].Lemma is var al && (al == A || al == An)
            && ActorOf(ctx, demanded) is var named && (named < 0 || ctx.Doc.Actors[named].Kind != MentionKind.Person)) return;
        var climb = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
        var modality = LocalModality(ctx, h);
        ClimbAbove(ctx, h, ref climb);
        modality = Stronger(modality, climb.Modality);
        Emit(ctx, s, events, Expand(ctx, Subject(ctx, h)), Expand(ctx, demanded), code, modality, climb, must, v,
            "m:" + Vocabulary.Shared[tokens[must].Lemma] + "+" + family.Id, VerbConfidence, tokens[h].Lemma, targetsAreActors: false);
    }

    /// <summary>The xcomp verb of a chain verb, or -1 (then the chain, not the verb's own row, codes the clause:
    /// "offered to mediate" is an intent to mediate, not an offer).</summary>
    private int VerbComplement(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        // "calls it a clear violation, said the minister", with "said" parsed as a second xcomp: a verb that names its
        // object asks nothing of it.
        if (Naming(ctx, v) || Convenes(ctx, v)) return -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Xcomp && tokens[c].Upos == Verb && !Predicative(ctx, v, c)) || MisparsedControl(ctx, c)) return c;
        for (int o = ctx.First[v]; o >= 0; o = ctx.Next[o])
            if (tokens[o].Deprel == Obj)
                for (int c = ctx.First[o]; c >= 0; c = ctx.Next[c])
                    if (ObjectControl(ctx, c) == v) return c;
        return -1;
    }

    /// <summary>"called the actions racially motivated", "called Clinton a champion": an object with a predicate after it
    /// names or describes the object; it asks nothing of it. A past participle without "to", or a noun or adjective, as
    /// the xcomp of a verb that has an object (found hand-checking asserted PolNeAR events, coded as appeals).</summary>
    private static bool Predicative(Context ctx, int v, int x)
    {
        var tokens = ctx.Doc.Tokens;
        if (Child(ctx, v, Obj) < 0 || tokens[x].Deprel != Xcomp) return false;
        // The tagger may read a participle in quotes as a past tense ("called the businessman “unhinged.”").
        if (tokens[x].Upos == Verb) return (tokens[x].Xpos == Vbn || (tokens[x].Xpos == Vbd && Child(ctx, x, Obj) < 0)) && MarkOf(ctx, x) != To;
        return tokens[x].Upos is var u && (u == Noun || u == Adj || u == Propn);
    }

    /// <summary>The verb the naming sense of "call" heads: "call" with an object and a predicate (<see cref="Predicative"/>);
    /// so "consider" and "deem" ("what Mr. Trump considers smart" weighs no policy, 014; found hand-checking PolNeAR
    /// dev events).</summary>
    private static bool Naming(Context ctx, int v) => NamePredicate(ctx, v) >= 0 || FreeRelativeName(ctx, v);

    /// <summary>"pointed at what they called President Obama's failure": a naming verb in a free relative clause on "what"
    /// names its object; it asks nothing of anyone (found hand-checking PolNeAR train events, coded as an appeal).</summary>
    private static bool FreeRelativeName(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        return Array.IndexOf(NamingVerbs, tokens[v].Lemma) >= 0 && tokens[v].Deprel == AclRelcl && tokens[v].Head is int h and >= 0
            && tokens[h].Lemma == What && Child(ctx, v, Obj) >= 0;
    }

    /// <summary>The predicate a naming verb gives its object (<see cref="Naming"/>): the predicative xcomp, the second
    /// of two objects ("considers the Iranian government a threat"), or a noun the parse set beside the object as an
    /// apposition with no comma between ("branded Trump a liar") or as its object; -1 when none.</summary>
    private static int NamePredicate(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(NamingVerbs, tokens[v].Lemma) < 0) return -1;
        int objects = 0, firstObject = -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == Xcomp && Predicative(ctx, v, c)) return c;
            if (tokens[c].Deprel == Obj && ++objects == 2) return c;
            if (tokens[c].Deprel == Obj) firstObject = c;
        }
        // "called the sanctions a mistake" may also be parsed with the name as an object of the object.
        if (firstObject >= 0 && Array.IndexOf(CallingVerbs, tokens[v].Lemma) >= 0)
            for (int c = ctx.First[firstObject]; c >= 0; c = ctx.Next[c])
                if ((tokens[c].Deprel == Appos || tokens[c].Deprel == Obj) && tokens[c].Upos == Noun && c > firstObject && !HasPunctuationBetween(ctx, firstObject, c)) return c;
        // "called Clinton a “champion”", parsed as one object with the person as a compound before the name's article:
        // a determiner after a modifier of the noun starts a second noun phrase, the name given.
        if (firstObject >= 0 && Array.IndexOf(CallingVerbs, tokens[v].Lemma) >= 0 && Child(ctx, firstObject, Det) is int det and >= 0)
            for (int c = ctx.First[firstObject]; c >= 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Compound && tokens[c].Upos == Propn && c < det) return firstObject;
        return -1;
    }

    private static readonly int[] NamingVerbs = Lemmas("call", "consider", "deem", "label", "brand", "dub");

    /// <summary>The naming verbs that give a name, not a judgement (<see cref="Pejorative"/>).</summary>
    private static readonly int[] CallingVerbs = Lemmas("call", "label", "brand", "dub");

    /// <summary>Whether a word is joined by a hyphen, with no space, to the word before it ("Harvard-trained", "job-killing").</summary>
    private static bool HyphenJoined(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        return v >= 2 && tokens[v - 1].Start == tokens[v - 2].End && tokens[v].Start == tokens[v - 1].End
            && ctx.Doc.Text.AsSpan(tokens[v - 1].Start, tokens[v - 1].End - tokens[v - 1].Start) is "-";
    }

    /// <summary>Whether a punctuation token other than a quotation mark stands between tokens <paramref name="a"/> and
    /// <paramref name="b"/>: quotes set off a word ("called Clinton a “liar”") without parting the phrases.</summary>
    private static bool HasPunctuationBetween(Context ctx, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        for (int t = a + 1; t < b; t++)
            if (tokens[t].Upos == Punct && !(tokens[t].End - tokens[t].Start == 1 && TextChars.IsQuote(ctx.Doc.Text[tokens[t].Start]))) return true;
        return false;
    }

    /// <summary>The slot word of a lexicon row that needs a disparaging name (<see cref="Pejorative"/>):
    /// <c>obj|+pejorative</c>.</summary>
    private static readonly int PejorativeSlot = Vocabulary.Shared.Intern("pejorative");

    /// <summary>"called the ambassador a very stupid guy", "called the decision a clear violation", "branded him a liar":
    /// a verb that names (call, label, brand, dub; not consider or deem, which judge) whose predicate reads as
    /// disparaging. The predicate's words are its head and the modifiers that describe it (adjectives, adverbs,
    /// compounds, and names coordinated with it: "a new low and a bizarre attempt"), not its clauses or "of" phrases
    /// ("an attempt to deflect attention from her wealthy donors" is bizarre, not wealthy). It disparages when the
    /// valences the tone lexicon gives those words add up below zero. Calling someone names is criticism (111), found
    /// hand-checking PolNeAR train events ("called Clinton's remarks a new low") and in the ConfliBERT rows of this
    /// form, all verbal conflict.</summary>
    private static bool Pejorative(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(CallingVerbs, tokens[v].Lemma) < 0 || NamePredicate(ctx, v) is not (var predicate and >= 0)) return false;
        // A name is a noun or an adjective after the object: "called her fallen son her hero", parsed with "fallen" as the
        // predicate, names no one fallen.
        if (tokens[predicate].Upos is var pu && pu != Noun && pu != Adj && pu != Propn) return false;
        if (Child(ctx, v, Obj) is not (var named and >= 0) || named > predicate) return false;
        var tone = Tone.ToneLexicon.Default;
        float sum = 0;
        bool negative = false;
        Span<int> words = stackalloc int[32];
        int count = 0;
        words[count++] = predicate;
        for (int i = 0; i < count; i++)
        {
            int w = words[i];
            float val = tone.Valence(tokens[w].Norm);
            if (val == 0f && tokens[w].Lemma != 0) val = tone.Valence(Vocabulary.Shared[tokens[w].Lemma]);
            sum += val;
            negative |= val < 0;
            for (int c = ctx.First[w]; c >= 0; c = ctx.Next[c])
                if (count < words.Length && tokens[c].Deprel is var r && (r == Amod || r == Advmod || r == Compound || r == Conj)) words[count++] = c;
        }
        return negative && sum < 0;
    }

    private static readonly int Seize = Vocabulary.Shared.Intern("seize"), Upon = Vocabulary.Shared.Intern("upon");

    /// <summary>Heads of a sum of money: the currency sign or word.</summary>
    private static readonly int[] CurrencyLemmas = Lemmas("$", "€", "£", "¥", "US$", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc",
        "ruble", "rouble");

    private static readonly int[] BigNumbers = Lemmas("million", "billion", "trillion");

    /// <summary>Sums of money, the heads of <see cref="Amount"/> and words for money: "agreed to release millions in cash"
    /// frees no one (084; found hand-checking PolNeAR dev events). Declared after the lists it joins.</summary>
    private static readonly int[] MoneyNouns = [.. CurrencyLemmas, .. BigNumbers, .. Lemmas("money", "cash", "fund", "funds", "payment")];

    /// <summary>The chain verb whose complement <paramref name="v"/> is: its head when the parse says so (xcomp) or
    /// misparsed it as an adverbial clause (<see cref="MisparsedControl"/>), the appeal verb above its object when the
    /// parse hung the infinitive on the object (<see cref="ObjectControl"/>); -1 otherwise.</summary>
    private int ControlHead(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[v].Head < 0) return -1;
        // "called an emergency meeting to discuss the test", "called a news conference to announce": what one convenes a
        // gathering for is its purpose, asked of no one (found hand-checking PolNeAR dev events).
        if (Convenes(ctx, tokens[v].Head)) return -1;
        if (tokens[v].Deprel == Xcomp || MisparsedControl(ctx, v)) return tokens[v].Head;
        return ObjectControl(ctx, v);
    }

    /// <summary>Whether a verb is "call" in the sense of convening its object ("called an emergency meeting").</summary>
    private static bool Convenes(Context ctx, int v) =>
        ctx.Doc.Tokens[v].Lemma == CallWord && Child(ctx, v, Obj) is int called and >= 0 && Array.IndexOf(ConvenedNouns, ctx.Doc.Tokens[called].Lemma) >= 0;

    /// <summary>What one calls in the sense of convening it: "called a meeting", "called an election".</summary>
    private static readonly int[] ConvenedNouns = Lemmas("meeting", "session", "summit", "conference", "election", "elections", "referendum", "vote",
        "strike", "hearing", "caucus", "convention", "assembly", "rally", "press", "briefing", "retreat", "halt", "recess", "timeout");

    /// <summary>
    /// "asked the candidates to discuss the economy", "urged the two leaders to meet" parsed with the infinitive as a
    /// clause of the object (acl): after an appeal verb, a subjectless to-infinitive on its object is what the object
    /// is asked to do (object control). Not when the object is itself an act or a plan ("urged a plan to attack"), whose
    /// clause is its own content. Returns the appeal verb, or -1.
    /// </summary>
    private int ObjectControl(Context ctx, int c)
    {
        var tokens = ctx.Doc.Tokens;
        int o = tokens[c].Head;
        if (o < 0 || c < o || tokens[c].Deprel != Acl || tokens[c].Upos != Verb || tokens[o].Deprel != Obj || Child(ctx, c, Nsubj) >= 0) return -1;
        int g = tokens[o].Head;
        if (g < 0 || tokens[g].Upos != Verb || _lex.Chain(tokens[g].Lemma) is not { } chain || !ControlsObject(chain)) return -1;
        // "called his remarks a bizarre attempt to deflect attention": the clause of a name given asks nothing of anyone.
        if (Naming(ctx, g)) return -1;
        if (_lex.Nouns(tokens[o].Lemma) is not null || _lex.Chain(tokens[o].Lemma) is not null) return -1;
        int mark = Child(ctx, c, Mark);
        return mark >= 0 && tokens[mark].Lemma == To ? g : -1;
    }

    /// <summary>A chain verb whose object is who is to do what its complement says: an appeal ("urged Kenya to"), or a
    /// demand whose row names the object as its target ("ordered the firm to halt").</summary>
    private static bool ControlsObject(EventPattern chain) =>
        chain.Class == "appeal" || (chain.Class == "demand" && Array.IndexOf(chain.TargetRelations, Obj) >= 0);

    /// <summary>
    /// "urged Kenya to settle the dispute" parsed with "settle" as an adverbial clause of "urged": after an appeal verb
    /// and its object, a subjectless to-infinitive is the complement the appeal is for (UD's xcomp), not a purpose; so is
    /// one right after any other chain verb that has no object ("threatened to attack the troops").
    /// </summary>
    private bool MisparsedControl(Context ctx, int c)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[c].Head;
        // Also a clause the parse calls a ccomp or a clausal subject after its head: "Russia is set to attack", "Germany is
        // due to meet", with "set" and "due" read as adjectives.
        ushort rel = tokens[c].Deprel;
        if (h < 0 || c < h || (rel != Advcl && rel != Ccomp && rel != Csubj) || tokens[c].Upos != Verb || Child(ctx, c, Nsubj) >= 0) return false;
        if (_lex.Chain(tokens[h].Lemma) is not { } chain) return false;
        int mark = Child(ctx, c, Mark);
        if (mark < 0 || tokens[mark].Lemma != To) return false;
        if (ControlsObject(chain)) return Child(ctx, h, Obj) >= 0;
        // "threatened to attack any U.S. troops" parsed the same way: a to-infinitive right after a chain verb with no
        // object is its complement.
        return Child(ctx, h, Obj) < 0 && mark == h + 1;
    }

    /// <summary>
    /// The object of a verb that has none in the parse but plainly one in the words, or -1: a bare noun phrase after the
    /// verb that the parse calls a loose modifier (obl:unmarked: "freed on bail two ex-ministers") and is no time ("met
    /// Monday", "shelled the town this week"); or a plural noun the tagger read as a verb and the parse as a clause of the
    /// verb ("killed 15 army trainees", "rejected U.S. calls for a truce"): a clause with no "that", no auxiliary or copula,
    /// no object of its own and no pronoun subject, whose words between the verb and it are all its own modifiers.
    /// </summary>
    private int MisreadObject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (c < v || ctx.Time.Contains(c)) continue;
            ushort rel = tokens[c].Deprel;
            if (rel == OblUnmarked && (tokens[c].Upos == Noun || tokens[c].Upos == Propn) && CaseOf(ctx, c) < 0
                && Array.IndexOf(TimeNouns, tokens[c].Lemma) < 0) return c;
            // "sent up to 5,000 soldiers": a counted noun bounded by "up to", read as a "to" phrase, is the object.
            if (rel == Obl && tokens[c].Upos != Num && UpTo(ctx, c)) return c;
            // "freed 37 prisoners late on Tuesday": the object hung as a bare noun phrase on the adverb after it.
            if (rel == Advmod && tokens[c].Upos == Adv)
                for (int d = ctx.First[c]; d >= 0; d = ctx.Next[d])
                    if (d > v && d < c && tokens[d].Deprel == OblUnmarked && (tokens[d].Upos == Noun || tokens[d].Upos == Propn) && CaseOf(ctx, d) < 0
                        && !ctx.Time.Contains(d) && Array.IndexOf(TimeNouns, tokens[d].Lemma) < 0) return d;
            // "accuses Russia of having brought", "blamed the army for failing": the party read as the subject of the
            // gerund clause, which the parse hangs on the verb, stands between the verb and the clause's "of" or "for".
            if (rel == Advcl && MarkOf(ctx, c) is int m && (m == Of || m == For) && Child(ctx, c, Nsubj) is int party and >= 0
                && party > v && party < Child(ctx, c, Mark) && (tokens[party].Upos == Noun || tokens[party].Upos == Propn)) return party;
            if (rel != Ccomp || tokens[c].Upos != Verb) continue;
            bool clause = false;
            for (int d = ctx.First[c]; d >= 0 && !clause; d = ctx.Next[d])
            {
                ushort r = tokens[d].Deprel;
                clause = r == Mark || r == Aux || r == AuxPass || r == Cop || r == Obj || r == Xcomp || (r == Nsubj && tokens[d].Upos == Pron);
            }
            if (clause) continue;
            bool own = true;
            for (int t = v + 1; t < c && own; t++)
            {
                int u = t;
                for (int k = 0; k < 8 && u >= 0 && u != c; k++) u = tokens[u].Head;
                own = u == c;
            }
            if (own) return c;
        }
        return -1;
    }

    /// <summary>A past participle the parse made a modifier of the noun right after it ("The Guatemalan government Monday
    /// denied charges", "Iran's ministry on Monday strongly rejected accusations", "the administration has lifted sanctions")
    /// when it is the clause's verb: right before it (adverbs, a day and an auxiliary "have" skipped) a party ends that is
    /// not a modifier in the noun's own phrase. Returns the head of that party's actor mention, or -1 (also when the noun
    /// has a determiner or possessor before the verb: "a negotiated settlement", "the newly elected president" are
    /// adjectives).</summary>
    private int AdjectivalVerb(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[v].Deprel != Amod || (tokens[v].Xpos != Vbn && tokens[v].Xpos != Vbd)) return -1;
        int noun = tokens[v].Head;
        if (noun <= v || (tokens[noun].Upos != Noun && tokens[noun].Upos != Propn)) return -1;
        for (int k = v + 1; k < noun; k++) if (tokens[k].Head != noun || (tokens[k].Upos != Adj && tokens[k].Upos != Noun && tokens[k].Upos != Num)) return -1;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (c < v && (tokens[c].Deprel == Det || tokens[c].Deprel == NmodPoss)) return -1;
        int first = ctx.Doc.SentenceRecords[tokens[v].Sentence].FirstToken;
        int i = v - 1;
        bool aux = false;
        while (i >= first && (tokens[i].Upos == Adv || ctx.Time.Contains(i) || Array.IndexOf(DayNames, tokens[i].Lemma) >= 0
            || (tokens[i].Upos == Adp && i + 1 < v && (ctx.Time.Contains(i + 1) || Array.IndexOf(DayNames, tokens[i + 1].Lemma) >= 0))
            || (tokens[i].Lemma == Have && tokens[i].Upos == AuxTag)))
        {
            if (tokens[i].Lemma == Have) aux = true;
            i--;
        }
        if (i < first || ctx.ActorAt[i] < 0 || (!aux && i == v - 1 && tokens[i].Head == noun)) return -1;
        // The party must end right there and head its own phrase, not modify the noun ("rebel held areas").
        var m = ctx.Doc.Actors[ctx.ActorAt[i]];
        if (m.FirstToken + m.TokenCount - 1 != i || (tokens[m.HeadToken].Head == noun && tokens[m.HeadToken].Deprel != Nsubj)) return -1;
        return m.HeadToken;
    }

    private static readonly ushort AuxTag = Labels.Upos.Intern("AUX");

    /// <summary>An adjective or adverb of lemma <paramref name="particle"/> after verb <paramref name="v"/> that completes
    /// it though the parse does not call it a particle: a modifier of its object ("let free the activists") or a
    /// complement or modifier of the verb itself ("let the activists free"); -1 when there is none.</summary>
    private static int LooseParticle(Context ctx, int v, int obj, int particle)
    {
        var tokens = ctx.Doc.Tokens;
        int end = Math.Min(tokens.Length, (obj > v ? obj : v) + 4);
        for (int k = v + 1; k < end; k++)
        {
            if (tokens[k].Lemma != particle || tokens[k].Sentence != tokens[v].Sentence || (tokens[k].Upos != Adj && tokens[k].Upos != Adv)) continue;
            if (tokens[k].Head == v || (obj >= 0 && tokens[k].Head == obj && tokens[k].Deprel == Amod)) return k;
        }
        return -1;
    }

    /// <summary>The "with" slot alone (the partner of an act, <see cref="CodeVerb"/>).</summary>
    private static readonly EventPattern WithOnly = new()
    {
        Id = "with", Kind = PatternKind.Verb, Lemma = -1, TargetRelations = [], TargetPrepositions = [Vocabulary.Shared.Intern("with")],
    };

    private static readonly EventPattern FromOnly = new()
    {
        Id = "from", Kind = PatternKind.Verb, Lemma = -1, TargetRelations = [], TargetPrepositions = [Vocabulary.Shared.Intern("from")],
    };

    /// <summary>Whence a verb whose row takes its target "from" (and no object) takes its object, when the parse hangs the
    /// "from" phrase on the object or on what the object counts ("withdrew a battalion from Mali", "withdrew the last
    /// group of peacekeepers from Liberia"); only a party or a place: "withdrew support from the bill" is no withdrawal
    /// from a party. -1 when none.</summary>
    private int WhenceOfObject(Context ctx, EventPattern p, int obj)
    {
        if (p.Objects.Length > 0 || Array.IndexOf(p.TargetPrepositions, From) < 0 || ActorOf(ctx, obj) >= 0) return -1;
        foreach (int h in (ReadOnlySpan<int>)[obj, OfComplement(ctx, obj)])
            if (h >= 0 && FindPrepTarget(ctx, h, FromOnly, null, -1) is int whence and >= 0 && (ActorOf(ctx, whence) >= 0 || IsPlace(ctx, whence))) return whence;
        return -1;
    }

    /// <summary>Whither a verb whose row takes its target "to" sends something, when the parse hangs the "to" phrase on
    /// the verb's "from" phrase ("will return the fuel from foreign reactors to Russia", "moved troops from Syria to
    /// Iraq"): a span from one place to another, whose end is the verb's. -1 when none.</summary>
    private int WhitherAfterWhence(Context ctx, int v, EventPattern p)
    {
        if (Array.IndexOf(p.TargetPrepositions, To) < 0) return -1;
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Obl && CaseOf(ctx, c) == From && FindPrepTarget(ctx, c, ToOnly, null, -1) is int whither and >= 0) return whither;
        return -1;
    }

    private const string DefyNorms = "128", ViolateCeasefire = "196";

    /// <summary>Words for a truce (a hyphened "cease - fire" is joined into one, see <see cref="Joined"/>).</summary>
    private static readonly int[] TruceNouns = Lemmas("ceasefire", "truce", "armistice");

    private static readonly int[] AgreementNouns = Lemmas("agreement", "deal", "accord", "pact");

    private const string Peacekeepers = "074";

    private static readonly int[] PeacekeeperNouns = Lemmas("peacekeeper", "peacekeepers", "contingent", "contingents");

    private static readonly int[] TroopNouns = Lemmas("troop", "troops", "soldier", "soldiers", "force", "forces", "battalion", "battalions", "unit", "units");

    /// <summary>A word of peacekeeping hangs on the verb (in its subject or its purpose: "peacekeeping troops", "to join the
    /// peacekeeping mission").</summary>
    private static bool Peacekeeping(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        var r = ctx.Doc.SentenceRecords[tokens[v].Sentence];
        for (int t = r.FirstToken; t < r.FirstToken + r.TokenCount; t++)
            if ((tokens[t].Lemma == PeacekeepingWord || Array.IndexOf(PeacekeeperNouns, tokens[t].Lemma) >= 0) && Dominates(ctx, v, t)) return true;
        return false;
    }

    private static readonly int PeacekeepingWord = Vocabulary.Shared.Intern("peacekeeping");

    private static readonly int As = Vocabulary.Shared.Intern("as");

    /// <summary>The "of" complement of a noun ("president of Indonesia"), or -1.</summary>
    private static int OfComplement(Context ctx, int noun)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == Of && !ctx.Time.Contains(c)) return c;
        return -1;
    }

    /// <summary>Whom an act is for: the complement of its "to" phrase ("giving vouchers to every household") or its
    /// first object ("giving every household a voucher"), not a date; -1 when it names none.</summary>
    private int Recipient(Context ctx, int act)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[act]; c >= 0; c = ctx.Next[c])
            if (!ctx.Time.Contains(c) && (tokens[c].Deprel == Iobj || (tokens[c].Deprel == Obl && CaseOf(ctx, c) == To))) return c;
        return -1;
    }

    /// <summary>Slots of a complement the lexicon does not code: its object, indirect object, or a to/with phrase.</summary>
    private static readonly EventPattern AnyComplement = new()
    {
        Id = "complement", Kind = PatternKind.Verb, Lemma = -1,
        TargetRelations = [Labels.Deprel.Intern("iobj"), Labels.Deprel.Intern("obj")],
        TargetPrepositions = [Vocabulary.Shared.Intern("to"), Vocabulary.Shared.Intern("with")],
    };

    /// <summary>Words the tokenizer splits at their hyphen ("cease - fire"), by their two halves: the lexicon knows them
    /// as one lemma.</summary>
    private static readonly Dictionary<(int, int), int> HyphenWords = new()
    {
        [(Vocabulary.Shared.Intern("cease"), Vocabulary.Shared.Intern("fire"))] = Vocabulary.Shared.Intern("ceasefire"),
        [(Vocabulary.Shared.Intern("air"), Vocabulary.Shared.Intern("strike"))] = Vocabulary.Shared.Intern("airstrike"),
    };

    /// <summary>The lemma of a noun, joined with the word before its hyphen when the tokenizer split a word the lexicon
    /// knows whole ("a weeklong cease-fire" → ceasefire).</summary>
    private static int Joined(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        if (t >= 2 && tokens[t - 1].Norm == Hyphen && tokens[t - 2].Head == t && HyphenWords.TryGetValue((tokens[t - 2].Lemma, tokens[t].Lemma), out int joined)) return joined;
        if (t >= 1 && tokens[t - 1].Head == t && (tokens[t - 1].Deprel == Compound || tokens[t - 1].Deprel == Amod) && CompoundWords.TryGetValue((tokens[t - 1].Lemma, tokens[t].Lemma), out joined)) return joined;
        return tokens[t].Lemma;
    }

    /// <summary>Two-word nouns whose modifier changes the act ("a hunger strike" is a protest by fasting, CAMEO 142, no
    /// labour or military strike), by modifier and head: the lexicon knows them as one lemma. The tagger may read the
    /// modifier as an adjective, so an adjectival modifier counts as well as a compound.</summary>
    private static readonly Dictionary<(int, int), int> CompoundWords = new()
    {
        [(Vocabulary.Shared.Intern("hunger"), Vocabulary.Shared.Intern("strike"))] = Vocabulary.Shared.Intern("hungerstrike"),
    };

    private static readonly ulong Hyphen = StringHash.OfNorm("-");

    /// <summary>Nouns that name a part or a form of what their compound modifier names: "eased curfew hours", "extend the
    /// curfew order" act on the curfew.</summary>
    private static readonly int[] AspectNouns = Lemmas("hour", "order", "measure", "rule", "regulation", "period");

    /// <summary>The object's lemma is one of the row's, or the object counts one ("hundreds of troops"), or the object is
    /// an aspect noun (<see cref="AspectNouns"/>) whose compound modifier is (the tagger may read that modifier as an
    /// adjective: "ease curfew hours").</summary>
    private static bool ObjectListed(Context ctx, int obj, int lemma, EventPattern p)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(p.Objects, lemma) >= 0 || (obj >= 0 && p.ListsObject(tokens[obj].Lemma, tokens[obj].Norm))) return true;
        // "sent hundreds of troops", "launched dozens of missiles": a count of the listed thing.
        if (obj >= 0 && Array.IndexOf(CountNouns, tokens[obj].Lemma) >= 0 && OfComplement(ctx, obj) is int counted and >= 0
            && p.ListsObject(tokens[counted].Lemma, tokens[counted].Norm)) return true;
        if (obj < 0 || Array.IndexOf(AspectNouns, tokens[obj].Lemma) < 0) return false;
        for (int c = ctx.First[obj]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Compound || (tokens[c].Deprel == Amod && c == obj - 1)) && p.ListsObject(tokens[c].Lemma, tokens[c].Norm)) return true;
        return false;
    }

    private static readonly int Call = Vocabulary.Shared.Intern("call");

    private static readonly int[] CallVerbs = Lemmas("call", "phone", "telephone", "ring");

    private static readonly int[] AppealPrepositions = Lemmas("on", "upon", "for");

    /// <summary>CAMEO 041, discuss by telephone.</summary>
    private const string PhoneTalk = "041";

    /// <summary>"call" with a direct object and no "on"/"for" phrase, whose clause is a statement, a meeting or talk, or a
    /// diplomatic gesture (roots 01, 04, 05: congratulate, thank, apologize, discuss): a phone call, not an appeal.</summary>
    private static bool PhoneCall(Context ctx, int h, string root)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[h].Lemma != Call || root is not ("01" or "04" or "05") || Child(ctx, h, Obj) < 0) return false;
        return !CallsOn(ctx, h);
    }

    /// <summary>The call verb (no "call on") whose purpose the subjectless to-clause <paramref name="v"/> is: an
    /// adverbial clause of the verb, or a clause the parse hung on the verb's object or nominal complement; -1 otherwise.</summary>
    private int PurposeOfCall(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[v].Head;
        if (h < 0 || MarkOf(ctx, v) != To || Child(ctx, v, Nsubj) >= 0) return -1;
        if (tokens[v].Deprel == Acl && (tokens[h].Deprel == Obj || tokens[h].Deprel == Xcomp || (tokens[h].Deprel == Obl && CaseOf(ctx, h) < 0))
            && tokens[h].Upos is var u && (u == Propn || u == Noun)) h = tokens[h].Head;
        else if (tokens[v].Deprel != Advcl) return -1;
        // "called an emergency meeting to discuss the test": a gathering convened is no telephone call.
        return h >= 0 && tokens[h].Upos == Verb && Array.IndexOf(CallVerbs, tokens[h].Lemma) >= 0 && !CallsOn(ctx, h) && !Convenes(ctx, h) ? h : -1;
    }

    /// <summary>"called on X", "called upon X", "called for X" (an appeal), however the parse hangs the preposition: a
    /// complement it introduces, a particle, or the word right after the verb.</summary>
    private static bool CallsOn(Context ctx, int h)
    {
        var tokens = ctx.Doc.Tokens;
        if (h + 1 < tokens.Length && tokens[h + 1].Sentence == tokens[h].Sentence && Array.IndexOf(AppealPrepositions, tokens[h + 1].Lemma) >= 0) return true;
        for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Obl || tokens[c].Deprel == Nmod) && c > h && Array.IndexOf(AppealPrepositions, CaseOf(ctx, c)) >= 0
                && !ctx.Time.Contains(c) && Array.IndexOf(DayNames, tokens[c].Lemma) < 0 && tokens[c].Upos != Num) return true;
        return false;
    }

    /// <summary>CAMEO 020 (make an appeal, not further specified) and 113 (rally opposition against).</summary>
    private const string Appeal = "020", RallyOpposition = "113";

    /// <summary>The party an "against" phrase names (<see cref="NamesParty"/>) among the arguments of <paramref name="t"/> and theirs, three levels
    /// down at most ("called for sanctions against Turkey", "to join a rally in Berlin against the new rules"); not
    /// inside a subject, a clause of its own or a conjunct. -1 when there is none.</summary>
    private static int Opposed(Context ctx, int t, int depth)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if (rel != Obj && rel != Iobj && rel != Obl && rel != Nmod && rel != Xcomp && rel != Advcl && rel != Acl) continue;
            if ((rel == Obl || rel == Nmod) && CaseOf(ctx, c) == Against && !ctx.Time.Contains(c) && NamesParty(ctx, c)) return c;
            if (depth < 2 && Opposed(ctx, c, depth + 1) is int deeper and >= 0) return deeper;
        }
        return -1;
    }

    /// <summary>The noun is an actor or has one among its modifiers ("Germany's rules", "army rule"): against it is
    /// against a party, not an ill ("action against corruption").</summary>
    private static bool NamesParty(Context ctx, int noun)
    {
        if (ActorOf(ctx, noun) >= 0) return true;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (ActorOf(ctx, c) >= 0) return true;
        return false;
    }

    /// <summary>Whether a nominal is what an act of its own kind, coded already, is about: "failed to reach agreement on a
    /// free-trade deal", "an accord on a truce" name one agreement, not two (the second, a bare nominal with no party,
    /// would otherwise stand for the sentence when the first is negated). The nominal hangs with a preposition of topic
    /// on a word of that event's trigger, and one of its rows has the event's root.</summary>
    private static bool TopicOfCoded(Context ctx, List<CodedEvent> events, int s, int n, EventPattern[] rows)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[n].Head;
        if (h < 0 || (tokens[n].Deprel != Obl && tokens[n].Deprel != Nmod) || Array.IndexOf(TopicMarks, CaseOf(ctx, n)) < 0) return false;
        foreach (var e in events)
        {
            if (e.Sentence != s || h < e.TriggerFirst || h > e.TriggerLast) continue;
            foreach (var p in rows)
                if (p.Cameo is { } c && c.Length >= 2 && e.Cameo.StartsWith(c[..2], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A plural noun the tagger read as a verb where the parse still hangs it as a noun phrase: "began a new
    /// round of joint military exercises", "held joint exercises" (an "of" or other case, a determiner or an adjective of
    /// its own, no subject, object or auxiliary).</summary>
    private static bool NounReadAsVerb(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[t].Upos != Verb || tokens[t].Xpos != Vbz) return false;
        ushort rel = tokens[t].Deprel;
        if (rel != Obj && rel != Obl && rel != Nmod) return false;
        bool nominal = false;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
        {
            ushort r = tokens[c].Deprel;
            if (r == Nsubj || r == NsubjPass || r == Obj || r == Aux || r == AuxPass || r == Mark) return false;
            if (r == Case || r == Det || (r == Amod && tokens[c].Upos == Adj)) nominal = true;
        }
        return nominal;
    }

    /// <summary>An event of sentence <paramref name="s"/> was coded with either word in its trigger.</summary>
    private static bool CodedAt(List<CodedEvent> events, int s, int a, int b)
    {
        foreach (var e in events)
            if (e.Sentence == s && ((a >= e.TriggerFirst && a <= e.TriggerLast) || (b >= e.TriggerFirst && b <= e.TriggerLast))) return true;
        return false;
    }

    private void CodeBareChain(Context ctx, int s, int h, int x, EventPattern chain, EventPattern family, string code,
        List<CodedEvent> events, HashSet<int> statements)
    {
        var tokens = ctx.Doc.Tokens;
        // "asking new hires tricky questions to see how they respond": a question put, no appeal.
        if (code == "020" && Array.IndexOf(QuestionVerbs, tokens[h].Lemma) >= 0 && AsksQuestion(ctx, h)) return;
        // "refused to rule out a tax on carbon": declining to exclude something rejects nothing (found hand-checking
        // PolNeAR train events).
        if (chain.Class == "refuse" && tokens[x].Lemma == RuleWord && Child(ctx, x, Prt) is int outWord and >= 0 && tokens[outWord].Lemma == Out) return;
        int target = chain.Class == "appeal" ? FindTarget(ctx, h, chain, passive: false) : FindTarget(ctx, x, AnyComplement, passive: false);
        // "refuses to remove the ban on Indian channels": the party a thing is aimed at.
        if (chain.Class != "appeal") target = Inner(ctx, target, PlaceAimed(code));
        if (target >= 0 && ActorOf(ctx, target) < 0 && chain.Class != "appeal") target = -1;
        // "demanding President Obama make a pledge": a demand is aimed at whoever must act, the demand verb's object.
        if (chain.Class == "demand" && Child(ctx, h, Obj) is int must and >= 0 && must < x && ActorOf(ctx, must) >= 0) target = must;
        // "agreed to set up a research institute", "pledged to establish a commission": what an act brings into being is
        // not yet there to be acted on, so neither it nor a place it is to stand in is the target.
        // Only a partner it is made with stays ("agreed to set up a joint commission with India").
        bool creates = Creates(ctx, x);
        if (creates && target >= 0 && !MadeWith(ctx, x, target)) target = -1;
        if (target < 0 && chain.Class != "appeal") target = WiderTarget(ctx, x, Subject(ctx, h), -1, PlaceAimed(code));
        if (creates && target >= 0 && !MadeWith(ctx, x, target)) target = -1;
        // "refused to leave despite calls from the board": as in CodeVerb, a refusal is aimed at whoever asked.
        if (target < 0 && chain.Class == "refuse" && Defied(ctx, x) is int asker and >= 0) target = asker;
        // "pledged to put New York in play", "agreed to end his bid for Indiana", "pledged to make America win": what an
        // uncoded act does to a country or state named as a thing is no act towards its people or government.
        // The place's own name only: "the ban on Togolese traders" (a demonym's people, a noun) is aimed at them.
        // A country the act is done in is no thing acted on: "agreed to postpone the march in Haiti" is aimed at Haiti.
        if (target >= 0 && chain.Class != "appeal" && ActorOf(ctx, target) is int t and >= 0 && ctx.Doc.Actors[t].Kind == MentionKind.Country
            && tokens[target].Upos == Propn && tokens[target].Deprel is var rel && (rel == Obj || (rel == Nmod && CaseOf(ctx, target) != In) || rel == NmodPoss)) target = -1;
        // "he vowed to take our fight to the 35 states", "promised to build a wall": a politician out of government who
        // promises an act the lexicon does not code, towards no party, is campaigning, no intent to cooperate (found
        // hand-checking PolNeAR train events). Agreeing, offering or being willing is still an intent, and so is a promise
        // of several ("Cruz and Kasich pledged to ...") to one another.
        // A thing or a group no party is no party either ("pledging to win many hundreds of delegates").
        if (chain.Class == "commit" && (target < 0 || ((ActorOf(ctx, target) is not (>= 0 and var party) || ctx.Doc.Actors[party].Code is null) && !IsPlace(ctx, target)))
            && CampaignPromise(ctx, h, Subject(ctx, h))) return;
        string rule = chain.Id + "+" + family.Id;
        // "called on followers to join a rally against the lockdown": the appeal rallies opposition (113), as in CodeVerb.
        if (code == Appeal && Opposed(ctx, x, 0) is int opposed and >= 0)
        {
            code = RallyOpposition;
            rule += "+against";
            target = opposed;
        }
        var climb = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
        var modality = Stronger(LocalModality(ctx, h), LocalModality(ctx, x));
        ClimbAbove(ctx, h, ref climb);
        modality = Stronger(modality, climb.Modality);
        int first = Math.Min(h, x), last = Math.Max(h, x);
        Emit(ctx, s, events, Expand(ctx, ChainSubject(ctx, h, chain)), Expand(ctx, target), code, modality, climb, first, last,
            rule, VerbConfidence, tokens[h].Lemma, targetsAreActors: false);
        AddStatement(ctx, s, climb, events, statements);
    }

    /// <summary>
    /// Who does what a chain verb says: its subject, or, when the chain verb is a passive with no "by" agent and the
    /// chain states its subject's own intent or commitment ("Iran is prepared to hold talks", "the government is
    /// committed to opening the economy"), its passive subject: such a participle is a state of that party, not something
    /// done to it. An appeal or a demand in the passive ("Iran was urged to", "ordered to") keeps no source: its subject is
    /// the one appealed to. -1 when none.
    /// </summary>
    private int ChainSubject(Context ctx, int h, EventPattern chain)
    {
        int subject = Subject(ctx, h);
        if (subject >= 0 || chain.Class is not ("intent" or "commit" or "refuse" or "threaten") || ControlsObject(chain)) return subject;
        if (Child(ctx, h, AuxPass) < 0 || Agent(ctx, h) >= 0 || Child(ctx, h, NsubjPass) is not (var held and >= 0)) return subject;
        return Named(ctx, held);
    }

    /// <summary>What one charges that is a price: "charged more than that", "charges a fee".</summary>
    private static readonly int[] PriceNouns = Lemmas("more", "less", "fee", "fees", "rent", "price", "rate", "premium", "interest", "toll", "commission", "much");

    /// <summary>Policies and measures one takes a stand on.</summary>
    private static readonly int[] PolicyNouns = Lemmas("right", "rights", "research", "legalization", "legalisation", "subsidy", "subsidies", "policy",
        "program", "programme", "plan", "bill", "law", "legislation", "measure", "amendment", "regulation", "reform", "tax", "taxes", "tariff",
        "ban", "wall", "wage", "mandate", "proposal", "spending", "cut", "cuts", "funding", "abortion", "marriage", "control", "care", "insurance",
        "trade", "education", "tuition", "energy", "drilling", "pipeline", "immigration", "war", "intervention", "surveillance", "idea", "approach");

    private static readonly int[] NoneWords = Lemmas("none", "nobody", "nothing", "neither", "noone");

    private static readonly int NeitherWord = Vocabulary.Shared.Intern("neither");

    /// <summary>
    /// "Neither Israel nor Iran attacked", "met neither Israel nor Iran": whether the argument <paramref name="arg"/> of
    /// <paramref name="v"/> is a list opened by "neither", which denies the act of every member. The parse hangs
    /// "neither" on the first member or on the verb (then it stands right before the argument).
    /// </summary>
    private static bool OpensNeither(Context ctx, int v, int arg)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[arg]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Lemma == NeitherWord && c < arg) return true;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Lemma == NeitherWord && c < arg && PhraseStart(ctx, arg) == c + 1) return true;
        return false;
    }

    private static readonly int QuestionWord = Vocabulary.Shared.Intern("question"), PleadWord = Vocabulary.Shared.Intern("plead");

    private static readonly int[] PleaWords = Lemmas("guilty", "innocent", "not", "no");

    private static readonly ushort PunctRel = Labels.Deprel.Intern("punct");

    /// <summary>The verb has no complement or oblique: only a subject, auxiliaries, adverbs and punctuation.</summary>
    private static bool Bare(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if (rel != Nsubj && rel != PunctRel && rel != Aux && rel != Advmod && rel != Cc) return false;
        }
        return true;
    }

    private static readonly int RuleWord = Vocabulary.Shared.Intern("rule"), Out = Vocabulary.Shared.Intern("out");

    /// <summary>Whether a verb is "rule out" (its particle in the parse).</summary>
    private static bool RulesOut(Context ctx, int v) =>
        ctx.Doc.Tokens[v].Lemma == RuleWord && Child(ctx, v, Prt) is int particle and >= 0 && ctx.Doc.Tokens[particle].Lemma == Out;

    private static readonly int[] CampaignPromiseVerbs = Lemmas("promise", "pledge", "vow", "propose", "commit");

    /// <summary>A promise verb whose promiser (<paramref name="promiser"/>, one party, not several joined by "and") is a
    /// politician out of government: a campaign promise (see CodeBareChain and CodeVerb).</summary>
    private static bool CampaignPromise(Context ctx, int verb, int promiser) =>
        Array.IndexOf(CampaignPromiseVerbs, ctx.Doc.Tokens[verb].Lemma) >= 0 && promiser >= 0 && Child(ctx, promiser, Conj) < 0
        && PrivatePolitician(ctx, ActorOf(ctx, promiser));

    private static readonly int[] JourneyVerbs = Lemmas("fly", "travel", "sail", "arrive");
    private static readonly int[] CraftNouns = Lemmas("plane", "aircraft", "airplane", "jet", "airliner", "flight", "helicopter",
        "ship", "vessel", "boat", "ferry", "tanker", "freighter", "train", "bus", "truck", "convoy");
    private static readonly int[] CourtNouns = Lemmas("court", "tribunal");
    private static readonly int Before = Vocabulary.Shared.Intern("before");
    private static readonly int[] CreationVerbs = Lemmas("establish", "create", "found", "build", "form");
    private static readonly int Set = Vocabulary.Shared.Intern("set"), Up = Vocabulary.Shared.Intern("up");

    /// <summary>Whether <paramref name="v"/> brings its object into being: "set up", "establish", "create", "build".</summary>
    private static bool Creates(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(CreationVerbs, tokens[v].Lemma) >= 0) return true;
        return tokens[v].Lemma == Set && Child(ctx, v, Prt) is int p and >= 0 && tokens[p].Lemma == Up;
    }

    /// <summary>Whether <paramref name="target"/> is, or hangs in, a "with" phrase below <paramref name="v"/>: a partner.</summary>
    private static bool MadeWith(Context ctx, int v, int target)
    {
        var tokens = ctx.Doc.Tokens;
        for (int t = target, d = 0; t >= 0 && t != v && d < 16; t = tokens[t].Head, d++)
            if (CaseOf(ctx, t) == With) return true;
        return false;
    }

    private void CodeVerb(Context ctx, int s, int v, EventPattern[] rows, List<CodedEvent> events, List<CodedEvent> documentSoFar,
        HashSet<int> triggerUsed, HashSet<int> statements)
    {
        var tokens = ctx.Doc.Tokens;
        // "Reuters requested comment from the Kremlin", "asked for comment": the newsroom's routine, no appeal.
        if (AsksForComment(ctx, v)) return;
        // "pledged delegates", "committed supporters", "the promised land": a participle of commitment that only
        // describes its noun is no pledge (found hand-checking PolNeAR train events).
        if (Array.IndexOf(CommitParticiples, tokens[v].Lemma) >= 0 && v + 1 < tokens.Length && tokens[v + 1].Sentence == tokens[v].Sentence
            && ((tokens[v].Deprel == Amod && tokens[v].Head > v)
                // "with enough pledged delegates", misparsed as a clause of "pledged" with the delegates as its object.
                || (Array.IndexOf(DelegateNouns, tokens[v + 1].Lemma) >= 0 && Child(ctx, v, Nsubj) < 0))) return;
        // "the army and allied forces have launched", "allied fighters": "allied" right before a noun is an adjective
        // (the tagger reads it as a participle, the parse may even make it a verb conjoined to the noun before it); it
        // names no alliance made.
        if (Array.IndexOf(AdjectiveParticiples, tokens[v].Lemma) >= 0 && (tokens[v].Xpos == Vbn || tokens[v].Xpos == Vbd)
            && v + 1 < tokens.Length && tokens[v + 1].Sentence == tokens[v].Sentence && tokens[v + 1].Upos == Noun && Child(ctx, v, Obj) < 0) return;
        // "a Harvard-trained accountant", "a well-trained lawyer": schooling named by a participle before a noun trains no
        // party's forces (062; found hand-checking PolNeAR train events).
        // Read off the words: the hyphen joins the participle to the word before it, whatever the parse makes of them.
        if (tokens[v].Lemma == TrainWord && HyphenJoined(ctx, v)) return;
        // "the job-killing TPP", "a crime-fighting mayor", "record-breaking crowds": a present participle hyphened to the
        // word before it, right before a noun, is an adjective of that noun; nobody kills or fights (found hand-checking
        // PolNeAR train events).
        if (tokens[v].Xpos == Vbg && HyphenJoined(ctx, v) && v + 1 < tokens.Length && tokens[v + 1].Sentence == tokens[v].Sentence
            && (tokens[v + 1].Upos == Noun || tokens[v + 1].Upos == Propn || tokens[v + 1].Upos == Adj)) return;
        // "a cargo plane flying from Karachi to Delhi", "a ferry sailing to Crete": a craft's course described by a
        // participle of its noun is no visit by any party.
        if (Array.IndexOf(JourneyVerbs, tokens[v].Lemma) >= 0 && tokens[v].Deprel == Acl && tokens[v].Head is int craft and >= 0 && craft < v
            && Array.IndexOf(CraftNouns, tokens[craft].Lemma) >= 0) return;
        // "a lawsuit against visiting Crown Prince Mohammed": a participle that describes the party named after it is no
        // act of the sentence's subject (see DescribedParty).
        if (DescribedParty(ctx, v, AimPrepositions) >= 0) return;
        // "investigated the Trayvon Martin shooting", parsed with the name as the subject of "shooting": a name with "the"
        // before an -ing word with no auxiliary or object of its own names the case, and whom it befell; no doer is named
        // (found hand-checking PolNeAR train events, where Martin was the shooter).
        // The parse may make the name the subject, or the verb's object with the -ing word a clause of the verb.
        if (tokens[v].Xpos == Vbg && Child(ctx, v, Aux) < 0 && Child(ctx, v, Obj) < 0 && Child(ctx, v, Mark) < 0 && v >= 2
            && tokens[v - 1].Upos == Propn && tokens[v - 1].Sentence == tokens[v].Sentence
            && (Child(ctx, v, Nsubj) is var subject && (subject < 0 || subject == v - 1))
            && PhraseStart(ctx, v - 1) is int start && tokens[start].Deprel == Det && tokens[start].Lemma == The) return;
        // "the defending champions Croatia", "the ruling party", "a charging cable": a present participle the parse makes an
        // adjective of the noun after it, with no object of its own, describes that noun; it tells no act (found checking
        // events on general news pages, where the defending champions were defended).
        if (tokens[v].Xpos == Vbg && tokens[v].Deprel == Amod && tokens[v].Head > v && tokens[v].Head - v <= 2 && Child(ctx, v, Obj) < 0) return;
        // The parse may make the champions its object: "victory against defending champions Croatia".
        if (tokens[v].Xpos == Vbg && v + 1 < tokens.Length && tokens[v + 1].Lemma == ChampionWord) return;
        // "Putin held forth on a sweeping array of topics", "signed up for a real estate class": a verb with a particle that
        // makes it an idiom of no act between parties (talking at length, enrolling; found hand-checking PolNeAR train events).
        if (Child(ctx, v, Prt) is int particle and >= 0 && Array.IndexOf(IdiomParticles, (tokens[v].Lemma, tokens[particle].Lemma)) >= 0) return;
        // "when he was self-funding his campaign", "self-financed": an act on oneself, no aid or support between parties
        // (found hand-checking PolNeAR train events).
        if (HyphenJoined(ctx, v) && tokens[v - 2].Lemma == SelfWord) return;
        // "Considering the scale of the foundation, Wonderlich said": a participle opening the sentence with no subject of
        // its own is a preposition ("given"), no option weighed by anyone (found hand-checking PolNeAR train events).
        if (tokens[v].Lemma == ConsiderWord && tokens[v].Xpos == Vbg && Child(ctx, v, Nsubj) < 0 && Child(ctx, v, Aux) < 0
            && v == ctx.Doc.SentenceRecords[tokens[v].Sentence].FirstToken) return;
        // "had hoped to republish his book": a hope to do something oneself is a wish, no optimistic comment on anything
        // (013 is "hoped that the talks would succeed"); a hope to do a coded act is the chain's (found hand-checking
        // PolNeAR train events).
        if (Child(ctx, v, Xcomp) is int wish and >= 0 && MarkOf(ctx, wish) == To && Array.TrueForAll(rows, r => r.Cameo == OptimisticComment)) return;
        // "Republican leaders were hard-pressed to deliver a response": "hard-pressed" is an adjective of difficulty, no
        // appeal.
        if (tokens[v].Lemma == PressWord && HyphenJoined(ctx, v)) return;
        // "to demonstrate conservative purity", "demonstrated that the plan works": demonstrating a thing shows it; only
        // demonstrating with no object protests (found hand-checking PolNeAR train events).
        // Nor does a passive one: "as demonstrated by his abrupt departure" (people are not demonstrated against).
        if (tokens[v].Lemma == DemonstrateWord && (Child(ctx, v, Obj) >= 0 || Child(ctx, v, Ccomp) >= 0
            || Child(ctx, v, AuxPass) >= 0 || Child(ctx, v, NsubjPass) >= 0 || Agent(ctx, v) >= 0)) return;
        // "Britain's emotionally charged uprising", "a politically charged visit": "charged" after an adverb of the kind of
        // feeling it carries is an adjective (tense, heated), whatever the parse makes of it; no one is charged or
        // accused (found hand-checking PolNeAR train events, read as a charge brought by the sentence's subject).
        if (tokens[v].Lemma == ChargeWord && v > 0 && tokens[v - 1].Sentence == tokens[v].Sentence && tokens[v - 1].Upos == Adv
            && Array.IndexOf(ChargedAdverbs, tokens[v - 1].Lemma) >= 0) return;
        // "sentencing laws", "sentencing reform": "sentencing" before the noun it describes names a field of law, no one
        // sentenced (found hand-checking PolNeAR train events, coded 173 with a party from elsewhere in the sentence).
        if (tokens[v].Lemma == SentenceWord && tokens[v].Xpos == Vbg && v + 1 < tokens.Length && tokens[v + 1].Sentence == tokens[v].Sentence
            && Array.IndexOf(SentencingFieldNouns, tokens[v + 1].Lemma) >= 0) return;
        // "considers the US biased", "considers the treaty unfair": considering a party or a thing to be so judges it; it
        // weighs no option (CAMEO 014 is "considering sanctions"). Found checking events on general news pages.
        if (tokens[v].Lemma == ConsiderWord && JudgedSmallClause(ctx, v)) return;
        // "which helps explain why neither candidate invokes the name", "to help understand the vote": helping to explain or
        // understand is no aid to any party (found hand-checking PolNeAR train events).
        // The parse may take the bare verb for an object.
        if (tokens[v].Lemma == HelpWord)
            for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
                if ((tokens[c].Deprel == Xcomp || tokens[c].Deprel == Ccomp || tokens[c].Deprel == Obj) && tokens[c].Upos == Verb
                    && Array.IndexOf(UnderstandingVerbs, tokens[c].Lemma) >= 0) return;
        int prt = Child(ctx, v, Prt);
        // "fired back at": the parser often reads a particle right after its verb as an adverb.
        if (prt < 0 && v + 1 < tokens.Length && tokens[v + 1].Head == v && tokens[v + 1].Deprel == Advmod) prt = v + 1;
        int obj = Child(ctx, v, Obj);
        // "build and provide facilities": a verb coordinated after another shares the object the parse hangs on the first,
        // when that object follows both.
        if (obj < 0 && tokens[v].Deprel == Conj && tokens[v].Head >= 0 && tokens[v].Head < v && Child(ctx, tokens[v].Head, Obj) is int shared and > 0 && shared > v)
            obj = shared;
        // "freed on bail two ex-ministers", "killed 15 army trainees": an object the parse left as a bare noun phrase or
        // read as a clause is the object all the same (see MisreadObject).
        int misread = -1;
        if (obj < 0 && Child(ctx, v, NsubjPass) < 0 && Child(ctx, v, AuxPass) < 0) obj = misread = MisreadObject(ctx, v);
        // "would allow at least limited access for relief workers", parsed with "access" as an indirect object: an
        // indirect object with no direct object beside it is the object, when it names no party.
        if (obj < 0 && Child(ctx, v, Iobj) is int lone and >= 0 && tokens[lone].Upos == Noun && ActorOf(ctx, lone) < 0) obj = misread = lone;
        // "the government Monday denied charges by ...", "has lifted sanctions imposed on China": a verb the parse made a
        // modifier of the noun after it acts on that noun; its doer is the party before it (see AdjectivalVerb).
        int misreadSubject = -1;
        if (obj < 0 && AdjectivalVerb(ctx, v) is int doer and >= 0) { obj = tokens[v].Head; misreadSubject = doer; }
        int subjPass = Child(ctx, v, NsubjPass);
        bool vocativeSubject = false;
        if (subjPass < 0 && Child(ctx, v, AuxPass) >= 0) vocativeSubject = (subjPass = VocativeSubject(ctx, v)) >= 0;
        // "Defense Minister Sergey Shoigu has defended", parsed with "Defense" as a passive subject beside the subject
        // "Sergey": without a passive auxiliary, a verb that has an active subject is active, and its "passive subject"
        // is part of that subject (the actor mention joins them).
        if (subjPass >= 0 && Child(ctx, v, Nsubj) >= 0 && Child(ctx, v, AuxPass) < 0) subjPass = -1;
        bool passive = subjPass >= 0 || Child(ctx, v, AuxPass) >= 0;
        // "was arrested and charged by the police", "was shot and killed by an officer" (with "shot" misread as a noun
        // after "was"): a participle coordinated after a passive verb, or after a predicate of "be" when it has a "by"
        // agent of its own, is passive too; the first verb's subject is what was done to (found hand-checking PolNeAR dev
        // events, where the man killed was coded as the killer).
        int sharedAgent = -1;
        bool sharedPassive = false;
        // The tagger often reads such a participle as a past tense ("was arrested and charged"): so read, it counts only
        // for a verb every row of which acts on an object ("was criticized and resigned" stays the subject's resignation).
        if (!passive && tokens[v].Deprel == Conj && (tokens[v].Xpos == Vbn || (tokens[v].Xpos == Vbd && ActsOnObject(rows)))
            && tokens[v].Head is int first and >= 0 && first < v && Child(ctx, v, Nsubj) < 0 && Child(ctx, v, Obj) < 0)
        {
            int firstPassive = Child(ctx, first, NsubjPass);
            if (firstPassive >= 0 && (Child(ctx, first, AuxPass) >= 0 || Agent(ctx, v) >= 0 || Agent(ctx, first) >= 0)) subjPass = firstPassive;
            else if (Agent(ctx, v) >= 0 && Child(ctx, first, Cop) >= 0 && Child(ctx, first, Nsubj) is int predicated and >= 0) subjPass = predicated;
            if (subjPass >= 0)
            {
                passive = sharedPassive = true;
                obj = misread = -1;
                // "was arrested and beaten by soldiers" with the agent on the first verb.
                if (Agent(ctx, v) < 0) sharedAgent = Agent(ctx, first);
            }
        }
        // "inmates captured in Nebraska", "aid workers kidnapped by gunmen": a past participle that modifies a noun, with no
        // subject or auxiliary of its own, is passive; the noun is what it was done to (found in local news, where the
        // captured inmates were the source of the capture).
        // A noun that heads the sentence is a misparsed subject ("Rebels fired at Syrian troops" with "fired" on "Rebels").
        bool reduced = !passive && tokens[v].Deprel == Acl && tokens[v].Xpos == Vbn && tokens[v].Head >= 0 && tokens[v].Head < v
            && tokens[tokens[v].Head].Head >= 0 && Child(ctx, v, Nsubj) < 0 && Child(ctx, v, Aux) < 0 && obj < 0;
        // With no "by" agent it names no doer: background ("sanctions imposed on China"), coded by the verb it hangs on.
        if (reduced && Agent(ctx, v) < 0) return;
        if (reduced) { passive = true; subjPass = tokens[v].Head; }
        // "707 people shot and killed by police", with "shot" misread as a noun and "killed" its conjunct: a participle with
        // a "by" agent of its own and no subject, auxiliary or object is passive; what it was done to is the noun the
        // clause of its first conjunct describes (found hand-checking PolNeAR dev events, where the people were the killers).
        if (!passive && tokens[v].Xpos == Vbn && Agent(ctx, v) >= 0 && Child(ctx, v, Nsubj) < 0 && Child(ctx, v, Aux) < 0 && obj < 0)
        {
            int lead = v;
            for (int k = 0; k < 4 && tokens[lead].Deprel == Conj && tokens[lead].Head >= 0; k++) lead = tokens[lead].Head;
            if ((tokens[lead].Deprel == Acl || tokens[lead].Deprel == AclRelcl) && tokens[lead].Head is int patient and >= 0
                && tokens[patient].Upos is var pu && (pu == Noun || pu == Propn || pu == Num || pu == Pron))
            {
                passive = true;
                subjPass = patient;
            }
        }
        int objToken = obj >= 0 ? obj : passive ? subjPass : -1;
        int objLemma = objToken >= 0 ? Joined(ctx, objToken) : -1;
        // "provided Ukraine with weapons", "supplied the rebels with arms": when the object is a party, the thing given is
        // the "with" complement, and the row's object list is checked against it; the object is then the target.
        int withThing = obj >= 0 && ActorOf(ctx, obj) >= 0 ? WithComplement(ctx, v) : -1;

        bool naming = Naming(ctx, v);
        EventPattern? chosen = null;
        int target = -1, chosenSpecificity = -1;
        bool chosenWith = false;
        int chosenPrt = prt;
        foreach (var p in rows)
        {
            int rowPrt = prt;
            // "let free the activists", "let the activists free": the adjective that completes the verb is parsed as a
            // modifier of the object or a complement of the verb, not as a particle.
            if (p.Particle >= 0 && (prt < 0 || tokens[prt].Lemma != p.Particle)) rowPrt = LooseParticle(ctx, v, obj, p.Particle);
            if (p.Particle >= 0 && rowPrt < 0) continue;
            if (p.RequiresObject && objToken < 0) continue;
            // "called the remarks a new low", "considers Iran a threat": a verb that names or judges its object does none of
            // its other acts ("call on", "consider" a policy); only a disparaging name is coded (criticism, Pejorative).
            if (naming && Array.IndexOf(p.RequiredPrepositions, PejorativeSlot) < 0) continue;
            if (p.RequiredPrepositions.Length > 0 && !HasComplement(ctx, v, objToken, p.RequiredPrepositions)) continue;
            bool viaWith = false;
            if (p.Objects.Length > 0 && (objLemma < 0 || !ObjectListed(ctx, objToken, objLemma, p)))
            {
                if (withThing < 0 || !Listed(ctx, withThing, p)) continue;
                viaWith = true;
            }
            int specificity = (p.Particle >= 0 ? 2 : 0) + (p.Objects.Length > 0 ? 1 : 0);
            if (chosen is not null && specificity < chosenSpecificity) break;
            int found = viaWith ? obj : FindTarget(ctx, v, p, passive);
            if (found < 0 && (reduced || sharedPassive || vocativeSubject) && Array.IndexOf(p.TargetRelations, Obj) >= 0) found = objToken;
            if (found < 0 && (misread >= 0 || misreadSubject >= 0) && Array.IndexOf(p.TargetRelations, Obj) >= 0) found = obj;
            if (found < 0 && (p.Objects.Length > 0 || p.RequiresObject) && objToken >= 0) found = FindPrepTarget(ctx, objToken, p, null, -1);
            // "declared a state of siege in Katanga": the slot's phrase may hang on what a listed object is of.
            if (found < 0 && p.Objects.Length > 0 && objToken >= 0 && OfComplement(ctx, objToken) is int objOf and >= 0) found = FindPrepTarget(ctx, objOf, p, null, -1);
            // A row whose target is "from" a party, else its listed object: where the object comes from is that party only
            // when it names one or a place ("refugees from Myanmar", not "refugees from the war").
            if (found >= 0 && p.Objects.Length > 0 && Array.IndexOf(p.TargetRelations, Obj) >= 0 && CaseOf(ctx, found) == From
                && ActorOf(ctx, found) < 0 && !IsPlace(ctx, found)) found = -1;
            // "signed an agreement with Kenya", "discussed the border with India": the partner of a verb whose row takes a
            // "with" party, hung by the parse on the object (a thing), is the verb's partner all the same. Only "with": a
            // "to" phrase of the object is often the object's own ("contributed more to the peacekeeping operations").
            if (found < 0 && p.Objects.Length == 0 && objToken >= 0 && !passive && ActorOf(ctx, objToken) < 0 && Array.IndexOf(p.TargetPrepositions, With) >= 0)
                found = FindPrepTarget(ctx, objToken, WithOnly, null, -1);
            if (found < 0 && obj >= 0 && !passive) found = WhenceOfObject(ctx, p, obj);
            if (found < 0) found = WhitherAfterWhence(ctx, v, p);
            // "returned a pendant engraved with the image of Peter the Great to Russian authorities": the parse hangs the
            // target phrase on a word deep inside a long object.
            // So too for a row that lists its objects: "sent emergency supplies and personnel such as doctors to Nepal".
            if (found < 0 && (p.RequiresObject || p.Objects.Length > 0) && objToken >= 0) found = DeepPrepTarget(ctx, objToken, p);
            if (found < 0 && !passive && obj >= 0) found = DeepDestination(ctx, v, obj, p);
            if (p.RequiresTarget && (found < 0 || (p.RequiresParty && !PartyIn(ctx, found)))) continue;
            // Among equally specific rows the first that finds a target wins ("strike" a target before a labour strike).
            if (chosen is null || found >= 0) { chosen = p; target = found; chosenSpecificity = specificity; chosenWith = viaWith; chosenPrt = rowPrt; }
            if (found >= 0) break;
        }
        if (chosen is null) return;
        // "resigned as president of Indonesia": an office named with "as" is no party; the party whose office it is, is.
        if (target >= 0 && CaseOf(ctx, target) == As)
            target = OfComplement(ctx, target) is int office and >= 0 ? office : ActorOf(ctx, target) >= 0 ? target : -1;

        string code = chosen.Cameo!;
        string rule = chosen.Id;
        if (ActsOnNoParty(ctx, code, objToken, passive)) return;
        // "had just welcomed a second baby girl": a birth in the family welcomes no party.
        if (tokens[v].Lemma == WelcomeWord && objToken >= 0 && NounOrQuantityOf(ctx, objToken, NewbornNouns)) return;
        // "163 Chinese peacekeepers arrived in South Sudan", "British troops have arrived in Mali to join the UN peacekeeping
        // mission": forces that arrive on a peacekeeping mission are deployed (074), no visit (042).
        if (code == Visit && Array.IndexOf(JourneyVerbs, tokens[v].Lemma) >= 0 && Subject(ctx, v) is int mover and >= 0
            && (NounOrQuantityOf(ctx, mover, PeacekeeperNouns) || (NounOrQuantityOf(ctx, mover, TroopNouns) && Peacekeeping(ctx, v))))
        {
            code = Peacekeepers;
            rule += "+peacekeeping";
        }
        // "fight the mosquito-borne virus", "fought against religious liberty", "struck a chord with voters": force (19)
        // aimed at an ill, a law or a figure of speech is aimed at no party; "struck down assertions" overturns them
        // (found hand-checking PolNeAR train events).
        if (code.StartsWith("19", StringComparison.Ordinal) && !passive
            && ((target >= 0 && ActorOf(ctx, target) < 0 && (NounOrQuantityOf(ctx, target, ScourgeNouns) || NounOrQuantityOf(ctx, target, LawNouns)))
                || (objToken >= 0 && ActorOf(ctx, objToken) < 0 && NounOrQuantityOf(ctx, objToken, FigureNouns))
                // "struck down assertions", "struggled to hit upon a clear rationale", "Joe shooting into view".
                || Figurative(ctx, v))) return;
        // "struck many of the same notes": a figure of speech is no labour strike either.
        if (tokens[v].Lemma == Strike && !passive && objToken >= 0 && ActorOf(ctx, objToken) < 0 && NounOrQuantityOf(ctx, objToken, FigureNouns)) return;
        // "recognizing that to do otherwise would have carried a risk": recognizing that something is so is seeing it,
        // no recognition of a state or government (054). Found hand-checking PolNeAR train events.
        if (code == "054" && Child(ctx, v, Ccomp) >= 0) return;
        // "before hitting a cooperative association's gathering", "hit a fundraiser in Ohio": a politician out of government
        // who hits an event goes to it (found hand-checking PolNeAR train events, coded as criticism of its host).
        if (tokens[v].Lemma == HitWord && !passive && objToken >= 0 && NounOrQuantityOf(ctx, objToken, GatheringNouns)
            && Subject(ctx, v) is int hitter and >= 0 && PrivatePolitician(ctx, ActorOf(ctx, hitter))) return;
        // "whose support Mr. Cruz rallied", "rallied voters": to rally someone or something is to gather it, no demonstration
        // (141 is rallying against someone).
        if (tokens[v].Lemma == Rally && objToken >= 0 && !passive && !HasCase(ctx, v, Against)) return;
        // "rallied around the governor", "rallied behind her": gathering in support of a party is backing it, no
        // demonstration (141; found hand-checking PolNeAR train events).
        if (code == "141" && !HasCase(ctx, v, Against) && RalliesBehind(ctx, v)) return;
        // "holds a 4-point edge with men", "held a lead with superdelegates", "held forth on the economy": a standing in a
        // poll or a long speech is no meeting with anyone (040; found hand-checking PolNeAR train events).
        if (rule == "v:hold-talks-prep" && HoldsStandingOrForth(ctx, v, objToken)) return;
        // "delivered a blowout win in Indiana", "delivered a strong debate performance": a result or a showing delivered to
        // no one is no aid given (070; found hand-checking PolNeAR train events).
        if (rule == "v:deliver" && target < 0 && objToken >= 0 && NounOrQuantityOf(ctx, objToken, ShowingNouns)) return;
        // "right to bear arms, considered sacrosanct by gun advocates": considering something so is an opinion, no
        // policy option weighed (014; found hand-checking PolNeAR train events).
        // Considering doing something ("would consider closing mosques") stays.
        if (code == "014" && Child(ctx, v, Xcomp) is int judged and >= 0 && tokens[judged].Upos != Verb) return;
        // "intended the audience to recognize Trump in that passage": a person recognized is known again, not
        // recognized as a state or government (054).
        if (code == "054" && target >= 0 && ActorOf(ctx, target) is int recognized and >= 0 && PersonMention(ctx, ctx.Doc.Actors[recognized])) return;
        // "the speeches (that) she delivered": a relative clause whose object is none or a relative pronoun acts on the
        // noun it modifies.
        if ((objToken < 0 || (tokens[objToken].Upos == Pron && tokens[objToken].Lemma is var rp && (rp == That || rp == Which)))
            && tokens[v].Deprel == AclRelcl && tokens[v].Head is int antecedent and >= 0
            && tokens[antecedent].Upos == Noun && ActsOnNoParty(ctx, code, antecedent, passive)) return;
        // "flawlessly executed it" (a game plan): an assault (18) on an "it" that names no party is on a thing.
        if (code.StartsWith("18", StringComparison.Ordinal) && objToken >= 0 && tokens[objToken].Upos == Pron && tokens[objToken].Lemma == It
            && ActorOf(ctx, objToken) < 0) return;
        // "had seized on cap-and-trade as a political weapon": to seize on an issue is to exploit it, no seizure (171).
        if (tokens[v].Lemma == Seize && v + 1 < tokens.Length && tokens[v + 1].Lemma is var after && (after == On || after == Upon)) return;
        // "A GAO report released last year found ...", with "released" misread as the report's own verb: a document
        // frees no one (found hand-checking PolNeAR dev events).
        if (code.StartsWith("084", StringComparison.Ordinal) && !passive && Child(ctx, v, Nsubj) is int releaser and >= 0
            && Array.IndexOf(DocumentNouns, tokens[releaser].Lemma) >= 0) return;
        // "for pleading guilty": a plea in court appeals to no one.
        if (tokens[v].Lemma == PleadWord && (HasChildIn(ctx, v, Xcomp, PleaWords) || (v + 1 < tokens.Length && Array.IndexOf(PleaWords, tokens[v + 1].Lemma) >= 0))) return;
        // "Beck questioned.", "she questioned, smiling": questioning with nothing questioned asks, disapproves of nothing.
        if (code == "110" && tokens[v].Lemma == QuestionWord && obj < 0 && !passive && Bare(ctx, v)) return;
        // "Trump charges that countries donated millions": charging that something happened is an accusation (112), not
        // a legal charge (173); the parse may take "that" for the object (found hand-checking PolNeAR events).
        if (code == LegalCharge && tokens[v].Lemma == ChargeWord && (Child(ctx, v, Ccomp) >= 0 || (obj >= 0 && tokens[obj].Lemma == That)))
        {
            code = Accuse;
            rule += "+that";
        }
        // "violated the ceasefire", "have violated a UN-brokered truce": a truce violated is fighting taken up again during
        // it (CAMEO 196), no mere defiance of a norm (128); what was violated stays the target, as for any violation.
        // Parties named together ("India and Pakistan violated the ceasefire") keep the pact reading, each breaking it
        // towards the other (see Emit).
        if (code == DefyNorms && objToken >= 0 && !(Subject(ctx, v) is int violator and >= 0 && Child(ctx, violator, Conj) >= 0)
            && (Array.IndexOf(TruceNouns, objLemma) >= 0
            // "violating the ceasefire agreement": an agreement whose modifier is a truce.
            || (Array.IndexOf(AgreementNouns, objLemma) >= 0 && (HasChildIn(ctx, objToken, Compound, TruceNouns) || HasChildIn(ctx, objToken, Amod, TruceNouns)))))
        {
            code = ViolateCeasefire;
            rule += "+truce";
            // "violated the truce with the army of Chad": the party the truce was made with is whom the fighting is against.
            // The parse hangs the "with" phrase on the truce or on the verb.
            foreach (int holder in (ReadOnlySpan<int>)[objToken, v])
                if (FindPrepTarget(ctx, holder, WithOnly, null, -1) is int truceParty and >= 0 && ActorOf(ctx, truceParty) >= 0) { target = truceParty; break; }
        }
        // "asked Clinton how voters should view the fees": a question is no appeal ("asked Clinton to" is the chain).
        if (code == "020" && Array.IndexOf(QuestionVerbs, tokens[v].Lemma) >= 0 && AsksQuestion(ctx, v)) return;
        // "his firing was improper": a firing whose possessor is who was fired, with nothing fired on, is a dismissal, no
        // gunfire (found hand-checking PolNeAR train events).
        // The parse may give the gerund its possessive as a subject.
        if (tokens[v].Lemma == FireWord && code[0] == '1' && code[1] is '8' or '9' && obj < 0 && !HasFiredOn(ctx, v)
            && (Child(ctx, v, NmodPoss) >= 0 || (Child(ctx, v, Nsubj) is int owner and >= 0 && tokens[owner].Xpos == PossessivePronoun))) return;
        // "insisted that all her statements have been consistent": insisting on a fact is a claim (010); insisting that
        // someone do something ("insisted that Iran stop", a bare subjunctive or a modal) stays a demand. Found
        // hand-checking PolNeAR train events.
        // So is "Clinton is accessible, Kaine insisted", the verb a bare tag set beside the clause it reports.
        if (code == "100" && tokens[v].Lemma == InsistWord
            // "insisted on paying his hotel bill himself": insisting on one's own act demands nothing of anyone.
            && (OwnActInsisted(ctx, v)
                || (Child(ctx, v, Ccomp) is int fact and >= 0 && !Subjunctive(ctx, fact) && !HasObligationModal(ctx, fact))
                // "insisted that lifting the embargo was not a response", the clause's predicate read as the object.
                || (Child(ctx, v, Obj) is int predicate and >= 0 && Child(ctx, predicate, Cop) >= 0 && ThatBetween(ctx, v, predicate))
                || (tokens[v].Deprel == Parataxis && Child(ctx, v, Ccomp) < 0 && Child(ctx, v, Xcomp) < 0 && Child(ctx, v, Obj) < 0 && !HasCase(ctx, v, On))
                || InsistedClauseSubject(ctx, v)))
        {
            code = "010";
            rule += "+fact";
        }
        // "said they agree with the NCAA that payments were made", "agree with the recommendation": agreeing with a party or a
        // view, with nothing agreed on or to, shares an opinion (010), no intent to cooperate ("agreed with Iran on a
        // ceasefire" and "agreed to talks" stay 030). Every such ConfliBERT row is class 0; found in the PolNeAR samples too.
        if (code == "030" && tokens[v].Lemma == AgreeWord && HasCase(ctx, v, With) && !HasCase(ctx, v, On) && !HasCase(ctx, v, To)
            && Child(ctx, v, Obj) < 0 && Child(ctx, v, Xcomp) < 0 && !HasToClause(ctx, v))
        {
            code = "010";
            rule += "+opinion";
        }
        // "conceded that many more tunnels might exist": conceding that something is so admits it (010); conceding defeat or
        // a seat yields (08). Found hand-checking PolNeAR train events.
        if (code.StartsWith("08", StringComparison.Ordinal) && tokens[v].Lemma == ConcedeWord && Child(ctx, v, Ccomp) >= 0 && Child(ctx, v, Obj) < 0)
        {
            code = "010";
            rule += "+fact";
        }
        // "pledged that Trump really is in favor of free trade", "promised that the plan works": a pledge that something is
        // so vouches for it (010); a pledge of what will be done ("pledged that the US will defend") stays a commitment.
        // Found hand-checking PolNeAR train events.
        if (code == "030" && Array.IndexOf(CommitParticiples, tokens[v].Lemma) >= 0 && Child(ctx, v, Ccomp) is int vouched and >= 0
            && !HasFutureModal(ctx, vouched) && !HasObligationModal(ctx, vouched) && !Subjunctive(ctx, vouched)
            && Child(ctx, v, Obj) < 0)
        {
            code = "010";
            rule += "+fact";
        }
        // "charges $50,000 for a speech", "who charges somewhere between ...": a price asked charges no one (173 needs
        // someone charged: an object that is no sum, a passive subject, or the noun a participle describes: "a leader
        // charged with war crimes"). Found hand-checking PolNeAR train events.
        if (code == LegalCharge && tokens[v].Lemma == ChargeWord && !passive && tokens[v].Deprel != Acl
            && (obj < 0 || tokens[obj].Upos == Num || tokens[obj].Upos == Sym || tokens[obj].Upos == Adj || tokens[obj].Upos == Adv || NounOrQuantityOf(ctx, obj, MoneyNouns)
                || NounOrQuantityOf(ctx, obj, PriceNouns))) return;
        // "Asked if he was ever bullied, the candidate said no", "When asked about the deal, she smiled": a passive
        // participle clause; the main clause's subject was asked, by someone unnamed (found hand-checking PolNeAR train events).
        // The tagger may call a sentence's first word "Asked" a simple past: an advcl has no subject of its own then.
        if (code == "020" && Array.IndexOf(QuestionVerbs, tokens[v].Lemma) >= 0 && (tokens[v].Xpos == Vbn || tokens[v].Xpos == Vbd) && tokens[v].Deprel == Advcl
            && Child(ctx, v, Nsubj) < 0 && Child(ctx, v, Aux) < 0 && Child(ctx, v, AuxPass) < 0) return;
        // "denied Carter a photograph", "denied the reporters access": with a second object, deny withholds a thing from
        // someone. That is no denial of an accusation (016), nor a rejection of that person's request unless the text
        // names one ("denied his request" is v:deny-request, 120); a careful coder codes no event.
        if (code == DenyAccusation && Ditransitive(ctx, v)) return;
        // "captured Georgia", "won the nomination", "beat the senator by 18 points": an electoral contest told in the
        // words of force is no event (found hand-checking asserted PolNeAR events).
        if (string.CompareOrdinal(code, "14") >= 0 && Contest(ctx, v, objToken, target)) return;
        // "attacked her over an email chain", "hit Mrs. Clinton over her husband's trade policies": an attack on someone
        // over or for an issue is criticism (111), not force. Found hand-checking asserted PolNeAR events, where 4 of 30
        // were campaign criticism coded as fighting (190, 182).
        if (code[..2] is "18" or "19" && target >= 0 && IssueComplement(ctx, v) is int issue and >= 0)
        {
            code = VerbalAttack;
            rule += "+issue(" + Vocabulary.Shared[CaseOf(ctx, issue)] + ")";
        }
        int triggerFirst = v, triggerLast = v;
        if (chosen.Particle >= 0) prt = chosenPrt;
        if (prt >= 0) Extend(ref triggerFirst, ref triggerLast, prt);
        // The noun a participle modifies is no part of its trigger ("sanctions imposed on China" under "lifted": the lifting
        // stays the sentence's main act).
        // The thing given in a "with" phrase is no part of the trigger: the party between them would be.
        if (chosenWith) triggerUsed.Add(withThing);
        else if (chosen.Objects.Length > 0 && objToken >= 0 && !reduced) { Extend(ref triggerFirst, ref triggerLast, objToken); triggerUsed.Add(objToken); }

        int source;
        source = passive ? (sharedAgent >= 0 ? sharedAgent : Agent(ctx, v)) : Subject(ctx, v);
        if (source < 0 && misreadSubject >= 0) source = misreadSubject;
        // "23 civilians were killed as government forces launched air strikes against the enclave": a killing told in the
        // passive with no agent, whose cause a time clause names, is that clause's act: its subject did it, and its aim
        // (not the dead) is the target, as the tuning gold marks it.
        if (passive && source < 0 && code[..2] is "18" or "19" or "20" && CauseClause(ctx, v) is (int causer and >= 0, int aimed and >= 0))
        {
            source = causer;
            target = aimed;
        }
        // "New Hampshire ads attacking Ted Cruz", "a tweet that blasts Clinton": a message attacks in words only (111); and
        // a place that only says where the ads run ("New Hampshire ads supporting Rubio") is no party to what they say,
        // where a candidate's name is ("a new Clinton ad"). Found hand-checking PolNeAR train events.
        if (source >= 0 && !passive && PhraseHead(ctx, source) is int said && tokens[said].Upos == Noun && Array.IndexOf(MessageNouns, tokens[said].Lemma) >= 0)
        {
            // "television ads targeted at Hispanic voters": a message is aimed at its audience, no attack at all.
            if (tokens[v].Lemma == TargetVerb) return;
            if (code.Length >= 2 && code[0] == '1' && code[1] is '8' or '9')
            {
                code = VerbalAttack;
                rule += "+words";
            }
            if (ctx.ActorAt[said] < 0 && PlaceModifier(ctx, said)) source = -1;
        }
        // "voiced hope that", "expressed hope that": the tagger reads the nominal after a light verb as a verb; with no
        // subject of its own, its doer is the light verb's subject, as for the nominal (see CodeNoun).
        if (source < 0 && !passive && tokens[v].Deprel == Obj && tokens[v].Head is int lightHead and >= 0 && Child(ctx, v, Nsubj) < 0
            && _lex.Light(tokens[lightHead].Lemma) is not null)
        {
            source = Subject(ctx, lightHead);
            Extend(ref triggerFirst, ref triggerLast, lightHead);
        }

        // Chain: "sought to reschedule", "urged X to meet", "refused to release".
        var climb = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
        var modality = LocalModality(ctx, v);
        // "offered no help", "made no threats": the act is denied of its object, as "did not" denies it of the verb.
        if (obj >= 0 && Child(ctx, obj, Det) is int none and >= 0 && tokens[none].Lemma == No) modality = Stronger(modality, EventModality.Negated);
        // "has endorsed none of this", "met nobody": so does an object that is itself a word of none.
        if (obj >= 0 && Array.IndexOf(NoneWords, tokens[obj].Lemma) >= 0) modality = Stronger(modality, EventModality.Negated);
        // "no one from the department released the filings", "no Israeli official attacked", "nobody attacked": a subject
        // that is a word of none, or has "no" for its determiner, denies the act (found hand-checking PolNeAR dev events).
        if (Child(ctx, v, Nsubj) is int nobody and >= 0 && (Array.IndexOf(NoneWords, tokens[nobody].Lemma) >= 0
            || (Child(ctx, nobody, Det) is int noDet and >= 0 && tokens[noDet].Lemma == No) || OpensNeither(ctx, v, nobody)))
            modality = Stronger(modality, EventModality.Negated);
        // "met neither Israel nor Iran".
        if (obj >= 0 && OpensNeither(ctx, v, obj)) modality = Stronger(modality, EventModality.Negated);
        int cur = v, triggerLemma = tokens[v].Lemma;
        if (ControlHead(ctx, v) is int h and >= 0 && _lex.Chain(tokens[h].Lemma) is { } chain)
        {
            Extend(ref triggerFirst, ref triggerLast, h);
            string root = code[..2];
            switch (chain.Class)
            {
                case "future":
                    modality = Stronger(modality, EventModality.Future);
                    rule = chain.Id + "+" + rule;
                    break;
                case "same":
                    rule = chain.Id + "+" + rule;
                    break;
                case "negate":
                    modality = Stronger(modality, EventModality.Negated);
                    rule = chain.Id + "+" + rule;
                    break;
                // "called Meloni to congratulate her", "called Erdogan to discuss the crisis": "call" with the party as its
                // object (not "call on") is a phone call, in which the caller does what the clause says to the called;
                // talks by phone are 041.
                case "appeal" when PhoneCall(ctx, h, root):
                    if (root == "04") code = PhoneTalk;
                    rule = chain.Id + "+phone+" + rule;
                    target = Child(ctx, h, Obj);
                    break;
                default:
                    var family = _lex.Family(chain.Class!, root);
                    if (family is null) break;
                    rule = chain.Id + "+" + family.Id + "+" + rule;
                    if (family.Cameo is { } recoded) code = recoded;
                    else modality = Stronger(modality, EventModality.Future);
                    // "plans to visit", "sought to meet": the intent is coded (036), the act it aims at is still to come.
                    // A commitment ("agreed to meet") is a verbal act that took place and stays asserted.
                    if (chain.Class == "intent") modality = Stronger(modality, EventModality.Future);
                    if (chain.Class == "appeal" || ControlsObject(chain))
                    {
                        // The appealed-to is the chain verb's object (or its "on" complement); the complement's own
                        // target is not the appeal's.
                        int appealed = FindTarget(ctx, h, chain, passive: false);
                        target = appealed;
                    }
                    break;
            }
            if (chain.Class is not ("future" or "same")) source = ChainSubject(ctx, h, chain);
            modality = Stronger(modality, LocalModality(ctx, h));
            cur = h;
            triggerLemma = tokens[h].Lemma;
        }
        // "phoned Meloni on Tuesday to congratulate her", parsed as a purpose clause of a call with no object: what a call
        // was made to say was said (no hypothetical purpose), to whom the call went if the clause names no one.
        // The parse may also read "called Narendra Modi to thank him" as "call someone something", with the clause on the name.
        else if (code[..2] is "01" or "04" or "05" && PurposeOfCall(ctx, v) is int ch and >= 0)
        {
            if (code[..2] == "04") code = PhoneTalk;
            rule = "phone+" + rule;
            Extend(ref triggerFirst, ref triggerLast, ch);
            source = Subject(ctx, ch);
            // "to congratulate him": the party called rather than the pronoun for it.
            int called = tokens[v].Deprel == Acl ? tokens[v].Head : Child(ctx, ch, Obj) is int o and >= 0 ? o : Child(ctx, ch, Xcomp);
            if ((target < 0 || tokens[target].Upos == Pron) && called >= 0) target = called;
            cur = ch;
        }
        ClimbAbove(ctx, cur, ref climb);
        var ownModality = modality;
        modality = Stronger(modality, climb.Modality);
        // "will visit", "said it would allow access", "is expected to attack": CAMEO codes a future cooperative act as
        // an intent to do it (03) and a future violent one as a threat (13); the modality stays future.
        if (modality == EventModality.Future && !rule.StartsWith("c:", StringComparison.Ordinal) && RecodeFuture(code) is { } future)
        {
            code = future.Cameo!;
            rule = future.Id + "+" + rule;
        }
        // "will not lift the embargo", "would not release the soldiers": a cooperative act refused for the future is a
        // rejection (12), which the text asserts; a past "did not meet" stays a negated meeting. The refusal is the
        // party's own "not": "there is no chance Clinton will withdraw" is someone else's denial, no refusal of hers
        // (found hand-checking PolNeAR dev events).
        else if (ownModality == EventModality.Negated && HasFutureModal(ctx, cur) && code[..2] is "03" or "04" or "05" or "06" or "07" or "08"
            && _lex.Family("refuse", code[..2]) is { Cameo: { } refused } refusal)
        {
            code = refused;
            rule = refusal.Id + "+" + rule;
            modality = climb.ReportedBy >= 0 ? EventModality.Reported : EventModality.Asserted;
        }

        // "called for sanctions against Turkey", "called on workers to mobilize against the war": an appeal to act against
        // a party rallies opposition to it (113), the party its target.
        bool opposedTarget = false;
        if (code == Appeal && Opposed(ctx, v, 0) is int opposed and >= 0)
        {
            code = RallyOpposition;
            rule += "+against";
            target = opposed;
            opposedTarget = true;
        }
        // "rejected accusations by the US", "denied charges by the clergymen", "accepts the demands by protesters": the
        // party whose claim, demand or offer the act answers is its target, not the words (the data marks the accuser).
        // The parser hangs the "by" phrase on the noun or, wrongly, on the active verb.
        if (!passive && objToken >= 0 && (target < 0 || target == objToken) && ActorOf(ctx, objToken) < 0
            && Author(ctx, v, objToken) is int author and >= 0) target = author;
        // A definite object with no partner named ("the dedicated meeting") takes the partner of the article's last
        // event with the same source and root ("a meeting with the White House").
        if (target < 0 && chosen.Objects.Length > 0 && objToken >= 0 && IsDefinite(ctx, objToken) && source >= 0)
        {
            int src = ActorOf(ctx, source);
            if (src >= 0 && Antecedent(ctx, documentSoFar, events, src, code[..2]) is int t2 and >= 0)
            {
                Emit(ctx, s, events, Expand(ctx, source), [t2], code, modality, climb, triggerFirst, triggerLast, rule + "+antecedent",
                    VerbConfidence - AntecedentPenalty, triggerLemma, targetsAreActors: true);
                AddStatement(ctx, s, climb, events, statements);
                return;
            }
        }
        // No slot of the pattern names anyone: an actor further down the verb's arguments is the target ("lift sanctions
        // imposed on India", "summoned a senior Indian diplomat", "declared a ceasefire with the Taliban").
        // Found that far, the target is weaker evidence: the event ranks as one without a target.
        double confidence = VerbConfidence;
        // "declined to comment on the bill", "commented on the ruling": what a comment is on is its topic; only a party
        // named there is its target ("commented on Iran").
        bool topicOnly = false;
        if (code is Comment or DeclineComment && target >= 0 && ActorOf(ctx, target) < 0)
        {
            int inner = Inner(ctx, target, false);
            target = ActorOf(ctx, inner) >= 0 ? inner : -1;
            topicOnly = target < 0;
        }
        // "claimed responsibility for the sabotage", "for the Easter bombings that killed 300 people in Sri Lanka": what
        // responsibility is claimed for is an act, no party. The act's own aim stands for it, the party or thing it was on
        // or against or the place it was in ("the attack on the army's sites"); with none named the claim has no target.
        if (code == ClaimResponsibility && target >= 0 && ActorOf(ctx, target) < 0 && !IsPlace(ctx, target))
        {
            int claimed = target;
            target = ActAim(ctx, claimed);
            // The parse may hang the act's "on" phrase on the verb ("claimed responsibility for the ambush on a convoy").
            for (int c = ctx.First[v]; c >= 0 && target < 0; c = ctx.Next[c])
                if (c > claimed && tokens[c].Deprel == Obl && !ctx.Time.Contains(c) && CaseOf(ctx, c) is var k && (k == On || k == Against)) target = c;
            // "claimed responsibility for missile and drone attack on the army's sites", parsed with "attack" a loose noun of
            // the verb: the act claimed goes on in it, and so does its aim.
            for (int c = ctx.First[v]; c >= 0 && target < 0; c = ctx.Next[c])
                if (c > claimed && tokens[c].Deprel == OblUnmarked && tokens[c].Upos == Noun && CaseOf(ctx, c) < 0 && !ctx.Time.Contains(c)) target = ActAim(ctx, c);
            topicOnly = target < 0;
        }
        // "Mexico demanded that the United States prove ...", "urged that Israel halt the raids": a demand or appeal made
        // in a clause is aimed at the party the clause says must act (found hand-checking PolNeAR dev events).
        // A verb with an object of its own ("seeking aid ... that it was hosting") has its demand there: a clause after
        // it is no demand's content (often a relative clause the parse hung on the verb).
        if (target < 0 && code[..2] is "02" or "10" && Child(ctx, v, Obj) < 0 && Child(ctx, v, Ccomp) is int demanded and >= 0
            && Child(ctx, demanded, Nsubj) is int who and >= 0 && ActorOf(ctx, who) is int whom and >= 0
            && whom != ActorOf(ctx, source) && !SameEntity(ctx, whom, ActorOf(ctx, source))) target = who;
        // An object the row names as its trigger ("sent troops") is no target when the row says where the target is
        // ("to"); with no slot it is ("summoned a diplomat").
        // A row that names the object among its slots as well ("accept refugees from Myanmar", else the refugees) keeps it.
        int notTarget = chosen.Objects.Length > 0 && (chosen.TargetRelations.Length > 0 || chosen.TargetPrepositions.Length > 0)
            && Array.IndexOf(chosen.TargetRelations, Obj) < 0 ? objToken : -1;
        // "considering giving money to local developers": a verb with no slot of its own whose complement is an act is
        // aimed at whom that act is for, named or not (the recipient of the complement: its "to" party or first object).
        if (target < 0 && chosen.TargetRelations.Length == 0 && chosen.TargetPrepositions.Length == 0 && Child(ctx, v, Xcomp) is int act and >= 0
            && tokens[act].Upos == Verb) target = Recipient(ctx, act);
        // "dispatched a team to Detroit to investigate a collision": what a party is sent to do is aimed at where it is
        // sent, unless the act names a party of its own.
        if ((target < 0 || ActorOf(ctx, Inner(ctx, target, false)) < 0) && !topicOnly && SentTo(ctx, v) is int whither and >= 0) target = whither;
        // "summoned Germany's envoy to complain of the coverage": what a party is summoned to hear is said to it, by the
        // summoner (the parse may hang the clause on the envoy, as if the envoy were to complain).
        if (SummonedFor(ctx, v) is int summoner and >= 0)
        {
            if (tokens[v].Deprel == Acl) source = Subject(ctx, summoner);
            if (target < 0 && !topicOnly) target = Child(ctx, summoner, Obj);
        }
        // "declined to resign despite the president's request": a refusal with no party named is aimed at whoever asked.
        if (target < 0 && !topicOnly && code.StartsWith("12", StringComparison.Ordinal) && Defied(ctx, v) is int asker and >= 0) target = asker;
        // "lifted the trade restrictions between it and Israel": a thing between the doer and another party is aimed at
        // that other party.
        if (target < 0 && !topicOnly && objToken >= 0 && PairPartner(ctx, objToken, source) is int partnerOfPair and >= 0) target = partnerOfPair;
        // A verb the parse hung on its object has no arguments of its own: what hangs on the object is its ("has lifted
        // sanctions imposed on China").
        if (target < 0 && !topicOnly && (target = WiderTarget(ctx, misreadSubject >= 0 ? objToken : v, source, notTarget, PlaceAimed(code), Yielded(code))) >= 0) confidence -= NoTargetPenalty;
        // "is pessimistic that the postponed Olympics will go ahead": as for the nominal (see CodeNoun), a pessimistic or
        // optimistic comment aimed at no party named nearer is about what its clause is about.
        else if (target < 0 && code is PessimisticComment or OptimisticComment && (target = ClauseTopic(ctx, v)) >= 0) confidence -= NoTargetPenalty;
        else if (!opposedTarget && !RejectedWhole(ctx, code, target) && !StaffOf(ctx, target)) target = Inner(ctx, target, PlaceAimed(code));
        // "refused direct talks with the government", with "with the government" hung on the verb: an object that is a
        // thing, not a party, has its partner in a "with" phrase after it, wherever the parse hangs that phrase (a party's
        // own thing stays: "praised Clinton's history with the community" is aimed at Clinton).
        if (target >= 0 && target == obj && !passive && ActorOf(ctx, target) < 0 && !IsPlace(ctx, target) && Owner(ctx, target) < 0
            && PartnerAfter(ctx, v, obj) is int partner and >= 0)
            target = partner;
        // "seized two oil fields", "confiscated the cargo": property taken is no party to the taking; the party is whom it
        // is taken from ("seized weapons from the army", the row's other slot). A thing with an owner named stays.
        if (target >= 0 && target == obj && !passive && TakenProperty(ctx, v, code, target))
            target = FindPrepTarget(ctx, v, FromOnly, null, -1) is int whence and >= 0 ? whence : FindPrepTarget(ctx, obj, FromOnly, null, -1);
        // "request waivers", "demanding payment", "called for reform": what is asked for is no party; an appeal or demand
        // that names no one it is made to has no target. Only the slot of the thing asked for: whom an appeal is made to
        // ("asked the network", "called on leaders") is a party, named as an actor or not, and so is a party called on to
        // act ("called for all candidates to lay out their plans"); a thing asked "from" a party ("help from the army") is
        // that party's to give. An act asked for names the party it is to befall with "of" ("called for the resignation of
        // the president"): that party is the target.
        if (target >= 0 && code[..2] is "02" or "10" && tokens[target].Head == v && ActorOf(ctx, target) < 0 && !IsPlace(ctx, target)
            && Owner(ctx, target) < 0 && tokens[target].Upos is var tu && (tu == Noun || tu == Propn) && !AskedFrom(ctx, target)
            && ((tokens[target].Deprel == Obl && CaseOf(ctx, target) == For && !ToAct(ctx, target))
                || (tokens[target].Deprel == Obj && Array.IndexOf(AskForVerbs, tokens[v].Lemma) >= 0)))
            target = OfComplement(ctx, target) is int befallen and >= 0 && ActorOf(ctx, befallen) >= 0 ? befallen : -1;
        // "denied that waterboarding is torture", "hoped that Gambari would", with "that" parsed as the object and the
        // clause hung below it: a conjunction is no party. The clause is what is denied, asked or charged; a demand, an
        // appeal, a charge or a hope is aimed at the party the clause is about (its subject; see also the ccomp reading
        // above), anything else at no one.
        if (Child(ctx, v, Obj) is int that and >= 0 && tokens[that].Upos == Sconj && (target < 0 || target == that))
            target = code[..2] is "02" or "10" or "11" || code == OptimisticComment ? ClauseSubjectBelow(ctx, that, source) : -1;
        // "The president resigned after weeks of protests in Chile": a resignation named for no party's office is yielded
        // in the country it is in, which the data marks as the target (the first place named with "in" below the verb).
        if (target < 0 && code == Resign && !topicOnly) target = PlaceBelow(ctx, v, source);
        // "provided $1 billion to stem the Ebola outbreak in West Africa": aid (07) given to no party named goes where the
        // need it meets is, the first place named with "in" below the act.
        else if (target < 0 && Aid(code) && !topicOnly) target = PlaceBelow(ctx, v, source);
        // "Clinton talked about criminal justice reform", "Trump discussed his plan at an event": one party talking with
        // no one named consults no one; it speaks in public (010). Parties named together, or a plural ("the leaders
        // discussed"), talk with each other. Found hand-checking PolNeAR dev events (7 of 30 such 040s there).
        // Not an infinitive: "called Lavrov to discuss the crisis" talks with whom was called.
        // "discussing his plan to ban Muslims": whom the topic's own clause acts on is not talked with; only a party the
        // talk verb itself takes ("with", "to") is (found hand-checking PolNeAR train events).
        if (code == Consult && target >= 0 && Array.IndexOf(TalkVerbs, tokens[v].Lemma) >= 0 && !TakenBy(ctx, target, v)) target = -1;
        if (code == Consult && target < 0 && Array.IndexOf(TalkVerbs, tokens[v].Lemma) >= 0 && Alone(ctx, source)
            && !((tokens[v].Deprel == Xcomp || tokens[v].Deprel == Advcl) && MarkOf(ctx, v) == To && Child(ctx, tokens[v].Head, Obj) >= 0))
        {
            code = Comment;
            rule += "+alone";
        }
        // "Trump is promising lower taxes and jobs": a candidate's promise of a thing to no party is campaigning, as a
        // promise of an uncoded act is (see CodeBareChain; found hand-checking PolNeAR dev events).
        if (code == "030" && (target < 0 || (ActorOf(ctx, target) < 0 && !IsPlace(ctx, target))) && CampaignPromise(ctx, v, source)) return;
        // "Mr. Cruz supports squeezing out undocumented immigrants", "supports raising the minimum wage": a politician out
        // of government supporting a course of action takes a stand on a policy, as with "supports the subsidies" (see
        // Emit); no party is endorsed (found hand-checking PolNeAR train events).
        if (code == Endorse && Child(ctx, v, Obj) < 0 && (Child(ctx, v, Xcomp) is int course and >= 0 || (course = Child(ctx, v, Ccomp)) >= 0) && tokens[course].Xpos == Vbg
            && ActorOf(ctx, source) is int supporter and >= 0 && PrivatePolitician(ctx, supporter)) return;
        Emit(ctx, s, events, Expand(ctx, source), Expand(ctx, target), code, modality, climb, triggerFirst, triggerLast, rule,
            confidence, triggerLemma, targetsAreActors: false);
        AddStatement(ctx, s, climb, events, statements, code, source, target);
    }

    private void CodeNoun(Context ctx, int s, int n, EventPattern[] rows, List<CodedEvent> events, HashSet<int> statements)
    {
        var tokens = ctx.Doc.Tokens;
        // "beat him at his own game", "the ground game", "a waiting game": a game is a military exercise only as a war
        // game (found hand-checking PolNeAR train events).
        if (tokens[n].Lemma == GameWord && !HasChildIn(ctx, n, Compound, WarGameModifiers) && !HasChildIn(ctx, n, Amod, WarGameModifiers)) return;
        // "prioritize fiscal concerns over social issues", "national security concerns": a concern named by its field is a
        // matter of interest, no pessimistic comment on anyone (found hand-checking PolNeAR train events).
        if (tokens[n].Lemma == ConcernWord && HasChildIn(ctx, n, Amod, FieldAdjectives)) return;
        // "did not respond to Fox News' request for comment": a reporter's request for comment is the newsroom's
        // routine, no appeal between parties (found checking events on general news pages).
        if (AsksForComment(ctx, n)) return;
        // "made a big deal about the design", "it's no big deal": a big deal is a fuss, no agreement, unless it is made
        // with or between parties (found checking events on general news pages).
        if (tokens[n].Lemma == DealWord && HasChildIn(ctx, n, Amod, FussAdjectives) && !HasPartnerPhrase(ctx, n)) return;
        // The 'of' complement is the object of a nominal ("cancellation of the meeting").
        int ofObject = OfComplement(ctx, n);
        // A nominal that modifies another ("a mediation effort between", "air strikes on") takes its arguments from the
        // phrase it modifies.
        int np = tokens[n].Deprel == Compound && tokens[n].Head >= 0 && tokens[tokens[n].Head].Upos == Noun ? tokens[n].Head : n;
        int head = tokens[np].Head;
        // A light verb governs the nominal as its object, or through "in" ("engaged in discussions").
        var light = head >= 0 && tokens[head].Upos == Verb && (tokens[np].Deprel == Obj || (tokens[np].Deprel == Obl && CaseOf(ctx, np) == In))
            ? _lex.Light(tokens[head].Lemma) : null;
        // "gave Putin a midnight deadline", "gave Russian President Vladimir Putin a stern warning": a double object the
        // parse read as one noun phrase; the giving verb is the light verb and the first object its recipient.
        int recipient = -1;
        if ((light is null || (tokens[np].Deprel == Obj && Child(ctx, head, Iobj) < 0)) && MisreadDoubleObject(ctx, n, out int givingVerb) is int r and >= 0 && _lex.Light(tokens[givingVerb].Lemma) is { } giving)
        {
            light = giving;
            head = givingVerb;
            recipient = r;
        }
        foreach (var p in rows)
        {
            if (p.Objects.Length > 0 && (ofObject < 0 || !p.ListsObject(tokens[ofObject].Lemma, tokens[ofObject].Norm))) continue;
            // "held civilians as human shields", "remained on alert": a role or state a verb gives its object or subject
            // (a row with a slot "@as", "@on"); such a row fires only so.
            if (p.RolePrepositions.Length > 0)
            {
                // "troops remained on alert Wednesday": the parse may take the state for a modifier of the day right after
                // it, which then carries the state's preposition.
                int roleNp = np;
                if (np == n && tokens[n].Deprel == Compound && tokens[n].Head is int day and > 0 && day > n
                    && (ctx.Time.Contains(day) || Array.IndexOf(DayNames, tokens[day].Lemma) >= 0)) roleNp = day;
                if (Array.IndexOf(p.RolePrepositions, CaseOf(ctx, roleNp)) >= 0 && CodeRole(ctx, s, n, roleNp, p, events, statements)) return;
                continue;
            }
            int source = -1, target = -1;
            double confidence = BareNominalConfidence;
            int triggerFirst = n, triggerLast = n;
            string rule = p.Id;
            // "talks between Israeli officials and their U.S. counterparts": the pair is source and target.
            int between = -1;
            for (int c = ctx.First[np]; c >= 0; c = ctx.Next[c])
                if ((tokens[c].Deprel == Nmod) && CaseOf(ctx, c) == Between) { between = c; break; }
            int poss = Child(ctx, np, NmodPoss);
            // "Saturday's meeting", "last week's talks": a date that owns the nominal only says when it is; no party.
            if (poss >= 0 && (ctx.Time.Contains(poss) || Array.IndexOf(DayNames, tokens[poss].Lemma) >= 0)) poss = -1;
            // A light verb's own subject is the author over a "from" phrase, which then says whence or about what: "the FDA
            // issued a warning on melons from a Mexican company" is the FDA's warning.
            int from = poss < 0 && (light is null || ActorOf(ctx, Subject(ctx, head)) < 0) ? AuthorOf(ctx, np) : -1;
            // "the minister faced criticism", "the UN came under withering criticism", "Israel came under attack": the
            // subject receives the act; it is its target, and only a "from" or "by" phrase names the doer.
            // The parse may read an adjective before the nominal as a verb that "under" marks ("came under withering
            // criticism"): the verb above it is the receiving one then.
            int receiver = head >= 0 && tokens[np].Deprel == Obj && tokens[head].Xpos == Vbg && MarkOf(ctx, head) == UnderWord ? tokens[head].Head : -1;
            // "Trump has record low support from black voters": so does a verb of having or getting with a "from" phrase.
            bool received = head >= 0 && tokens[head].Upos == Verb
                && ((tokens[np].Deprel == Obj && Array.IndexOf(ReceivingVerbs, tokens[head].Lemma) >= 0)
                    || (tokens[np].Deprel == Obj && Array.IndexOf(GettingVerbs, tokens[head].Lemma) >= 0 && HasCase(ctx, np, From))
                    || (tokens[np].Deprel == Obl && CaseOf(ctx, np) == UnderWord && Array.IndexOf(UnderVerbs, tokens[head].Lemma) >= 0)
                    || (receiver >= 0 && Array.IndexOf(UnderVerbs, tokens[receiver].Lemma) >= 0));
            // "Mr. Sanders's support from blacks", "Ukraine's aid from the EU": support or aid a possessor has from a party is
            // given to the possessor by that party (found hand-checking PolNeAR train events, coded as Sanders's support).
            int givenFrom = -1;
            bool givenKind = poss >= 0 && p.Cameo is { } given && given.Length >= 2 && given[0] == '0' && given[1] is '5' or '7';
            if (givenKind)
                for (int c = ctx.First[np]; c >= 0; c = ctx.Next[c])
                    if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == From && tokens[c].Upos is var fu && (fu == Noun || fu == Propn || fu == Pron)) { givenFrom = c; break; }
            // A "from" phrase the parse hangs on the verb that has the nominal as its object may say whence the support
            // moves ("taking his new support from Ben Carson", "change their support from Clinton"), so it names no giver;
            // the possessor still has the support, no giver of it.
            bool fromOnVerb = false;
            if (givenFrom < 0 && givenKind && tokens[np].Deprel == Obj && head >= 0)
                for (int c = ctx.First[head]; c >= 0; c = ctx.Next[c])
                    if (tokens[c].Deprel == Obl && c > np && CaseOf(ctx, c) == From) { fromOnVerb = true; break; }
            // So is one under a verb of taking ("taking much of his new support from Ben Carson"): the support moves.
            if (givenFrom >= 0 && TakenThing(ctx, np)) { givenFrom = -1; fromOnVerb = true; }
            if (givenFrom >= 0 || fromOnVerb)
            {
                source = givenFrom;
                target = Named(ctx, poss);
                confidence = NominalConfidence;
            }
            // "Kennedy's assassination", "the suspect's arrest": with no "of" phrase, the possessor of a nominal of what is
            // done to someone is who it was done to; the doer is named by "by", if at all (found hand-checking PolNeAR).
            else if (poss >= 0 && ofObject < 0 && Array.IndexOf(UndergoerNouns, tokens[n].Lemma) >= 0)
            {
                target = Named(ctx, poss);
                if (from >= 0) source = from;
                confidence = NominalConfidence;
            }
            else if (poss >= 0) { source = Named(ctx, poss); confidence = NominalConfidence; }
            // "shrugged off attacks from Donald Trump", "criticism by Republicans": the nominal names its author.
            else if (from >= 0) { source = from; confidence = NominalConfidence; }
            else if (light is not null)
            {
                source = Subject(ctx, head);
                confidence = LightNominalConfidence;
                rule = light.Id + "+" + rule;
                Extend(ref triggerFirst, ref triggerLast, head);
            }
            // "The Security Council approved the deployment", "ended mediation efforts": the subject of the verb that
            // governs the nominal as its object is the nominal's source (a bare nominal's confidence still).
            // A verb of talking about its object is no author of it: "refused to discuss the threat to America" is no
            // threat of the refuser's.
            // Nor is one who breaks, answers or judges it: "violated the truce" declares no truce, "ignored requests to
            // close the market" makes no request, "condemned the attack" attacks no one (found hand-checking asserted
            // events of Wikinews articles).
            // The receiver is no doer: neither a light verb's nor a governing verb's subject is the source then.
            // "won praise from conservatives" with "from" hung on the verb: whoever it came from gave it.
            else if (received)
            {
                int giver = receiver >= 0 ? receiver : head;
                for (int c = ctx.First[giver]; c >= 0; c = ctx.Next[c])
                    if (tokens[c].Deprel == Obl && CaseOf(ctx, c) is int k && (k == From || k == By) && ActorOf(ctx, c) >= 0) { source = c; confidence = NominalConfidence; break; }
            }
            // Nor is one who names it: "Trump called the assault that killed five officers an attack on our country".
            else if ((tokens[np].Deprel == Obj || OfObjectMisread(ctx, np)) && head >= 0 && tokens[head].Upos == Verb && !TopicVerb(ctx, head) && !ResponseVerb(ctx, head)
                && Array.IndexOf(ClaimVerbs, tokens[head].Lemma) < 0 && !(Array.IndexOf(NamingVerbs, tokens[head].Lemma) >= 0 && Naming(ctx, head))
                && !CalledForce(ctx, head, n, p.Cameo)) source = Subject(ctx, head);
            // "The war game was staged by U.S. marines": the agent of the passive verb whose subject the nominal is.
            else if (tokens[np].Deprel == NsubjPass && head >= 0 && tokens[head].Upos == Verb) source = Agent(ctx, head);
            // "failed to reach a deal after hours of talks", "agreed on a swap during another round of talks": whoever acts in
            // the course of talks or a meeting (04) that name no party of their own took part in them.
            if (source < 0 && poss < 0 && between < 0 && p.Cameo!.StartsWith("04", StringComparison.Ordinal)) source = PartyInTalks(ctx, np);
            if (between >= 0 && source < 0)
            {
                int other = Child(ctx, between, Conj);
                if (other >= 0) { source = between; target = other; confidence = NominalConfidence; }
            }
            // "X launched a mediation effort between India and Pakistan": with a source, the pair is the target.
            else if (between >= 0 && target < 0) target = between;
            if (target < 0) target = recipient;
            if (target < 0) target = FindPrepTarget(ctx, np, p, null, -1);
            if (target < 0 && light is not null) target = FindPrepTarget(ctx, head, light, p, np);
            // "launched a mediation effort to resolve the rift between Qatar and its neighbours": a mediation is aimed at the
            // pair whose quarrel it is to settle.
            if (target < 0 && p.Cameo == Mediate && source >= 0) target = QuarrelBetween(ctx, np);
            // "a suspension of aid to Pakistan", "its withdrawal of troops from Iraq": the target phrase hangs on what the
            // nominal acts on, its "of" complement.
            if (target < 0 && ofObject >= 0) target = FindPrepTarget(ctx, ofObject, p, light, -1);
            // "extended its peacekeeping mission in the republic": the aim of an act carried on hangs on the carrying verb.
            if (target < 0) target = ContinuedTarget(ctx, np, p);
            // "defending the foundation against attacks from Trump": what is shielded from an act is what the act is aimed at,
            // not the shielder (found hand-checking PolNeAR train events).
            if (target < 0 && head >= 0 && tokens[head].Upos == Verb && Array.IndexOf(ShieldVerbs, tokens[head].Lemma) >= 0
                && CaseOf(ctx, np) is var shieldCase && (shieldCase == Against || shieldCase == From) && Child(ctx, head, Obj) is int shielded and >= 0) target = shielded;
            // "Sanders shrugged off attacks from Trump", "Israel faced criticism from Washington": with its author named,
            // the nominal is aimed at whoever receives it, the subject of the verb that governs it.
            // Not so for a verb that acts on it: "dispense with the threat from IS", "eliminate the threat from al-Shabaab" is
            // no threat to the subject (a known error of the PolNeAR hand check).
            if (target < 0 && from >= 0 && (tokens[np].Deprel == Obj || tokens[np].Deprel == Obl) && head >= 0 && tokens[head].Upos == Verb
                && Array.IndexOf(CounterVerbs, tokens[head].Lemma) < 0) target = Subject(ctx, head);
            if (target < 0 && received) target = Subject(ctx, receiver >= 0 ? receiver : head);
            // "the prisoner died after torture", "has died as a result of the torture": who died of what was done to someone
            // underwent it.
            if (target < 0 && Array.IndexOf(UndergoerNouns, tokens[n].Lemma) >= 0 && DiedOf(ctx, np) is int dead and >= 0) target = dead;
            // "earmarked 1.5 million euros in emergency aid to help Haiti": aid counted as a sum of money "in" it takes the
            // complements the parse hangs on the sum.
            if (target < 0 && Aid(p.Cameo!) && head >= 0 && tokens[np].Deprel is var nr && (nr == Obl || nr == Nmod) && CaseOf(ctx, np) == In
                && Amount(ctx, head) && (target = FindPrepTarget(ctx, head, p, null, np)) < 0)
                target = WiderTarget(ctx, head, source, np, false);
            // "began a hunger strike to protest the new law", "staged a sit-in, protesting the state's policy", "in protest
            // against laws imposed by the government": a protest act (14) is aimed at what its purpose clause protests.
            if (p.Cameo!.StartsWith("14", StringComparison.Ordinal))
            {
                if (target < 0 && light is not null) target = Protested(ctx, head);
                target = ImposerOf(ctx, target);
            }
            if (target < 0 && p.RequiresTarget) continue;
            bool placeAimed = PlaceAimed(p.Cameo!);
            if (target < 0 && ((target = WiderTarget(ctx, np, source, -1, placeAimed)) >= 0 || (light is not null && (target = WiderTarget(ctx, head, source, n, placeAimed)) >= 0)))
                confidence -= NoTargetPenalty;
            // "funding to fight the Ebola epidemic in West Africa": as for the verb, aid to no party named goes to the place
            // the need it meets is in.
            if (target < 0 && Aid(p.Cameo!)) target = PlaceBelow(ctx, np, source);
            // "expressed pessimism that the new adviser could improve", "optimism about bringing the standoff to an end": a
            // pessimistic or optimistic comment (012, 013) on what may happen, aimed at no party named nearer, is about the
            // party or thing its clause is about. Found inside a clause, it is weaker evidence: the event ranks as one
            // without a target. (Before the nearer party it lost a held-out span for the three it won on the tuning part.)
            if (target < 0 && p.Cameo is PessimisticComment or OptimisticComment
                && (target = ClauseTopic(ctx, np) is int topic and >= 0 ? topic : light is not null ? ClauseTopic(ctx, head) : -1) >= 0)
                confidence -= NoTargetPenalty;
            var climb = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
            var modality = EventModality.Asserted;
            ushort nrel = tokens[np].Deprel;
            int governor = light is not null ? head : (nrel == Nsubj || nrel == NsubjPass || nrel == Obj) && head >= 0 && tokens[head].Upos == Verb ? head : -1;
            if (governor >= 0)
            {
                // "made a third attempt to deflect Mr. Khan's criticism", "has yet to answer the charges": what one meets
                // was there before, whatever becomes of the meeting (found hand-checking PolNeAR train events).
                bool met = light is null && nrel == Obj && Array.IndexOf(MetVerbs, tokens[governor].Lemma) >= 0;
                modality = met ? EventModality.Asserted : LocalModality(ctx, governor);
                // "did not rule out talks": possible, not denied (ruling them out denies them: below).
                if (modality == EventModality.Negated && nrel == Obj && RulesOut(ctx, governor)) modality = EventModality.Hypothetical;
                // "Talks ... are expected to focus on": the subject of a future chain verb is itself future.
                if (!met && _lex.Chain(tokens[governor].Lemma) is { Class: "future" }) modality = Stronger(modality, EventModality.Future);
                ClimbAbove(ctx, governor, ref climb);
                if (!met) modality = Stronger(modality, climb.Modality);
            }
            // "accused Mrs. Brown of meeting with ...", parsed with the gerund as a noun: the accuser's claim.
            else if (nrel == Obl && head >= 0 && Claimed(ctx, np, nrel, head, -1) is int claimant and >= -1)
            {
                climb.SpeechVerb = head;
                climb.ReportedBy = claimant;
                modality = EventModality.Reported;
            }
            else if (nrel == Obl && head >= 0 && tokens[head].Upos == Verb) modality = ObliqueModality(ctx, np, head, ref climb);
            // "calls for Sanders' withdrawal", "demands for talks", "a plea for aid": what an appeal seeks has not happened.
            else if (nrel == Nmod && head >= 0 && CaseOf(ctx, np) == For && Array.IndexOf(AimNouns, tokens[head].Lemma) >= 0)
                modality = EventModality.Future;
            if (Child(ctx, n, Det) is int d and >= 0 && tokens[d].Lemma == No) modality = Stronger(modality, EventModality.Negated);
            // "future talks with Syria", "possible talks": not (yet) held.
            for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
                if ((tokens[c].Deprel == Amod || tokens[c].Deprel == Compound) && Array.IndexOf(FutureModifiers, tokens[c].Lemma) >= 0) modality = Stronger(modality, EventModality.Future);
            // "has no intention of meeting Hamas", "no plans for talks": what a negated intention is of is not done.
            if ((nrel == Nmod || nrel == Acl) && head >= 0 && tokens[head].Upos == Noun && Child(ctx, head, Det) is int hd and >= 0 && tokens[hd].Lemma == No)
                modality = Stronger(modality, EventModality.Negated);
            if (Pretended(ctx, n, governor)) modality = Stronger(modality, EventModality.Hypothetical);
            // "demanding Obama make a pledge", "refused to give assurances", "plans to hold talks": a light verb that is
            // the complement of a chain verb has the chain's modality, as a verb there would (see CodeVerb).
            if (light is not null && ControlHead(ctx, head) is int ch and >= 0 && _lex.Chain(tokens[ch].Lemma) is { Class: { } lightChain } && lightChain != "same")
                modality = Stronger(modality, lightChain is "negate" or "refuse" ? EventModality.Negated : EventModality.Future);
            // "had canceled a joint rally with Obama", "scrapped the planned strike": what is called off did not take place
            // (found hand-checking PolNeAR train events). A cancelled meeting has its own code (125) from the verb's row.
            if (governor >= 0 && light is null && nrel == Obj && (Array.IndexOf(CancelVerbs, tokens[governor].Lemma) >= 0
                || (tokens[governor].Lemma == CallWord && Child(ctx, governor, Prt) is int off and >= 0 && tokens[off].Lemma == Off)
                // "has ruled out talks with Hamas": talks ruled out will not be held ("did not rule out talks": possible).
                || (RulesOut(ctx, governor) && LocalModality(ctx, governor) != EventModality.Negated)
                // "Israel stopped bombing Gaza" with the gerund read as a noun: a bare -ing word, no determiner of its own.
                || (Array.IndexOf(StopVerbs, tokens[governor].Lemma) >= 0 && Child(ctx, n, Det) < 0 && Child(ctx, n, NmodPoss) < 0
                    && ctx.Doc.Text.AsSpan(tokens[n].Start, tokens[n].End - tokens[n].Start).EndsWith("ing", StringComparison.Ordinal))))
                modality = Stronger(modality, EventModality.Negated);
            string cameo = p.Cameo!;
            // "the single-biggest coordinated media attack in history", "a personal attack", "a smear campaign": force of a kind
            // made of words is criticism (111; found hand-checking PolNeAR dev events).
            if (cameo.Length >= 2 && cameo[0] == '1' && cameo[1] is '8' or '9' && (HasChildIn(ctx, n, Amod, WordyAttacks) || HasChildIn(ctx, n, Compound, WordyAttacks)))
            {
                cameo = VerbalAttack;
                rule += "+words";
            }
            // "promised a veto", "threatened sanctions against Georgia", "planned an attack on the base", "proposed talks":
            // a nominal that a verb of commitment, intent or threat takes as its object is coded as the chain codes its
            // verb ("promised to veto"): only the promise or threat took place. The verb's own bare event gives way.
            // Found hand-checking PolNeAR dev events ("promised a veto" was a veto, 129, asserted).
            if (governor >= 0 && light is null && nrel == Obj && Array.IndexOf(NominalChainVerbs, tokens[governor].Lemma) >= 0
                && _lex.Chain(tokens[governor].Lemma) is { Class: { } chainClass } nominalChain && _lex.Family(chainClass, cameo[..2]) is { } family)
            {
                rule = nominalChain.Id + "+" + family.Id + "+" + rule;
                if (family.Cameo is { } recoded) cameo = recoded;
                else modality = Stronger(modality, EventModality.Future);
                if (chainClass == "intent") modality = Stronger(modality, EventModality.Future);
                Extend(ref triggerFirst, ref triggerLast, governor);
                // "pledged his country's support", "promised Washington's support": whoever pledges acts; the possessor
                // is whose support it will be.
                if (Subject(ctx, governor) is int pledger and >= 0) source = pledger;
                for (int i = events.Count - 1; i >= 0; i--)
                    if (events[i].Sentence == s && events[i].TriggerFirst == governor && events[i].TriggerLast == governor) events.RemoveAt(i);
            }
            // "gets 1 percent support", "his 34% support among women", "Bush's support will collapse": a share of the vote
            // or of a poll, no endorsement given (found hand-checking PolNeAR train events).
            if (cameo == Endorse && PollShare(ctx, np)) return;
            // "Trump's support nationwide means...", "some of his evangelical support appears to be moving": a candidate's
            // support that no verb gives and that goes to no one is the backing the candidate has, no endorsement given
            // (found hand-checking PolNeAR train events). "pledged his support", "expressed support" stay.
            // Support "for", "of", "to" or "behind" a party is given, however the parse hangs the phrase (it may lose it);
            // support for a thing ("her support for an international trade deal") is the candidate's stand on it, as for
            // the verb (see Emit).
            if (cameo == Endorse && target < 0 && light is null && nrel != Obj && tokens[n].Lemma == SupportWord && Child(ctx, n, NmodPoss) >= 0
                && source >= 0 && PrivatePolitician(ctx, ActorOf(ctx, source)))
            {
                int what = -1;
                for (int c = ctx.First[n]; c >= 0 && what < 0; c = ctx.Next[c])
                    if (tokens[c].Deprel == Nmod && Array.IndexOf(GivenSupportWords, CaseOf(ctx, c)) >= 0) what = c;
                bool forNext = n + 1 < tokens.Length && tokens[n + 1].Sentence == tokens[n].Sentence && Array.IndexOf(GivenSupportWords, tokens[n + 1].Lemma) >= 0;
                // The phrase right after, wherever the parse hung it ("lying about her support for a trade deal", with the
                // "for" phrase on "lying").
                if (what < 0 && forNext && tokens[n + 1].Deprel == Case) what = tokens[n + 1].Head;
                if (what >= 0 ? ActorOf(ctx, what) < 0 && !IsPlace(ctx, what) : !forNext) return;
            }
            // "attends his final White House Correspondents' Dinner": a meal with no party named consults no one.
            if (cameo.StartsWith("04", StringComparison.Ordinal) && target < 0 && Array.IndexOf(MealNouns, tokens[n].Lemma) >= 0) return;
            // "many press releases from the Clinton campaign": a press or news release frees no one.
            if (tokens[n].Lemma == ReleaseWord && HasChildIn(ctx, n, Compound, ReleaseKinds)) return;
            // "broadening his appeal beyond independents", "Obama's appeal to young voters": appeal to no party and for
            // nothing is attraction, no appeal made (found hand-checking PolNeAR train events).
            // An appeal "of" or "against" a ruling is a court's.
            if (tokens[n].Lemma == AppealWord && (light is null || tokens[head].Lemma == Have) && !HasCase(ctx, np, For) && !HasCase(ctx, np, Of) && !HasCase(ctx, np, Against)
                && (target < 0 || ActorOf(ctx, target) < 0)) return;
            // "Trump's tough talk about military action", "small talk": talk in the singular with no party to it is speech,
            // no negotiation (found hand-checking PolNeAR train events).
            if (tokens[n].Lemma == TalkWord && tokens[n].Xpos != Nns && target < 0) return;
            // "the threat that Islamic terrorism poses", "the danger posed by the virus": a danger is no threat made.
            if (cameo.StartsWith("13", StringComparison.Ordinal) && Posed(ctx, n)) return;
            // "her victory rally", "is holding a rally in San Jose": a politician's rally aimed at no one is a campaign event,
            // no demonstration (141; found hand-checking PolNeAR train events, where most 141s were such).
            // A known politician only: "who is coming to organize an anti-Trump rally" may be a protester's.
            // Its target then is only whoever else is named near it ("the violence that has marred Trump's rallies and
            // protesters have clashed"). So is a rally named for a known politician, whoever attends it ("she attended a
            // Trump rally").
            if (cameo.StartsWith("141", StringComparison.Ordinal) && tokens[n].Lemma == Rally
                && (KnownPolitician(ctx, ActorOf(ctx, source)) ? target < 0 || ActorOf(ctx, target) is not (var rallied and >= 0) || ctx.Doc.Actors[rallied].Code is null
                    : target < 0 && Child(ctx, n, Compound) is int named and >= 0 && KnownPolitician(ctx, ActorOf(ctx, named)))) return;
            // "at its annual winter meeting", "the council's regular session": a body's own standing meeting, with no other
            // party named, consults no one (found hand-checking PolNeAR train events).
            if (cameo.StartsWith("04", StringComparison.Ordinal) && target < 0 && Array.IndexOf(SessionNouns, tokens[n].Lemma) >= 0
                && HasChildIn(ctx, n, Amod, PeriodicModifiers)) return;
            // "workers went on strike", "employees stopped work in a strike": who is on or in a strike strikes.
            if (tokens[n].Lemma == Strike && source < 0 && np == n && head >= 0 && tokens[head].Upos == Verb && tokens[n].Deprel == Obl
                && CaseOf(ctx, n) is var onIn && (onIn == On || onIn == In) && Subject(ctx, head) is int striker and >= 0
                && NounOrQuantityOf(ctx, striker, WorkerNouns)) source = striker;
            // "the strike by coal workers": workers and teachers strike by stopping work (143), not by force.
            if (tokens[n].Lemma == Strike && cameo[0] == '1' && cameo[1] is '8' or '9' && Labour(ctx, source)) { cameo = LabourStrike; rule += "+labour"; }
            // "employees stopped work in a strike for higher wages at the Grasberg mine": a workers' strike aimed at no party
            // named is aimed at the workplace or company it is staged at or against.
            if (tokens[n].Lemma == Strike && target < 0 && source >= 0 && (Labour(ctx, source) || NounOrQuantityOf(ctx, source, WorkerNouns)))
                target = Workplace(ctx, n, source);
            // "a warning that the outbreak could spread", "a warning against eating game": a warning of a risk is a
            // pessimistic comment (012, as "warn of" is), not a threat; "a warning that it would not tolerate a coup" stays 130.
            if (tokens[n].Lemma == Warning && cameo.StartsWith("13", StringComparison.Ordinal) && (RiskWarning(ctx, n) || (np != n && RiskWarning(ctx, np))))
            {
                cameo = PessimisticComment;
                rule += "+risk";
            }
            Emit(ctx, s, events, Expand(ctx, source), Expand(ctx, target), cameo, modality, climb, triggerFirst, triggerLast, rule,
                confidence, tokens[n].Lemma, targetsAreActors: false);
            AddStatement(ctx, s, climb, events, statements);
            return;
        }
    }

    /// <summary>A coded actor of political life without force (see <see cref="Political"/>).</summary>
    private static bool KnownPolitician(Context ctx, int actor) => actor >= 0 && ctx.Doc.Actors[actor].Code is not null && Political(ctx, actor);

    private static readonly ushort OpenQuote = Labels.Xpos.Intern("``"), CloseQuote = Labels.Xpos.Intern("''");

    private static readonly int ReleaseWord = Vocabulary.Shared.Intern("release");

    private static readonly int[] ReleaseKinds = Lemmas("press", "news", "video", "album", "film", "movie", "book", "product", "software", "data");

    private static readonly int[] MealNouns = Lemmas("dinner", "lunch", "luncheon", "breakfast", "banquet", "gala", "supper", "brunch");

    private static readonly int[] ShareVerbs = Lemmas("collapse", "erode", "slip", "drop", "fall", "rise", "surge", "grow", "soar", "plummet",
        "sink", "evaporate", "wane", "fade", "climb", "dip", "slide", "decline", "increase", "double", "stand", "hover", "poll");

    private static readonly int[] ShareNouns = Lemmas("boost", "surge", "gain", "drop", "dip", "rise", "decline", "increase", "bump", "jump", "erosion",
        "slide", "fall", "uptick", "spike", "slump", "loss", "lead", "edge", "advantage", "gap");

    private static readonly int Percent = Vocabulary.Shared.Intern("percent"), PercentSign = Vocabulary.Shared.Intern("%"),
        Among = Vocabulary.Shared.Intern("among");

    /// <summary>A nominal of support that is a share of a poll or vote: counted ("1 percent support", "34% support"),
    /// "among" a group, or the subject of a verb of rising or falling.</summary>
    private static bool PollShare(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[np]; c >= 0; c = ctx.Next[c])
        {
            int l = tokens[c].Lemma;
            if (tokens[c].Upos == Num || l == Percent || l == PercentSign) return true;
            if ((tokens[c].Deprel == Nmod) && CaseOf(ctx, c) == Among) return true;
            if (tokens[c].Deprel == Amod || tokens[c].Deprel == Compound)
                for (int g = ctx.First[c]; g >= 0; g = ctx.Next[g])
                    if (tokens[g].Upos == Num || tokens[g].Lemma == Percent || tokens[g].Lemma == PercentSign) return true;
        }
        int h = tokens[np].Head;
        if (h >= 0 && tokens[np].Deprel == Nsubj && Array.IndexOf(ShareVerbs, tokens[h].Lemma) >= 0) return true;
        // "the biggest boost in their national support", "a drop in support".
        return h >= 0 && tokens[np].Deprel == Nmod && CaseOf(ctx, np) == In && Array.IndexOf(ShareNouns, tokens[h].Lemma) >= 0;
    }

    private static readonly int AppealWord = Vocabulary.Shared.Intern("appeal"), TalkWord = Vocabulary.Shared.Intern("talk"), Pose = Vocabulary.Shared.Intern("pose");

    /// <summary>The nominal is what a clause on it says something poses ("the threat that X poses", "the threat posed by X").</summary>
    private static bool Posed(Context ctx, int n)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Acl || tokens[c].Deprel == AclRelcl) && tokens[c].Lemma == Pose) return true;
        // Read off the words too, as the tagger may take "poses" for a plural noun: "posed" right after the nominal, or
        // "poses" a few words after a "that" or "which" that follows it.
        bool relative = false;
        for (int t = n + 1; t < tokens.Length && t <= n + 8 && tokens[t].Sentence == tokens[n].Sentence; t++)
        {
            if (tokens[t].Lemma == Pose) return t == n + 1 || relative;
            if (tokens[t].Lemma == That || tokens[t].Lemma == Which) relative = true;
            // Quotation marks around the poser ("the threat that “Islamic terrorism” poses") do not end the clause.
            else if ((tokens[t].Upos == Punct && tokens[t].Xpos != OpenQuote && tokens[t].Xpos != CloseQuote) || tokens[t].Upos == Verb) return false;
        }
        return false;
    }

    /// <summary>"began a new round of joint exercises" parsed with the nominal as an "of" oblique of the verb beside its
    /// object: the nominal is the "of" complement of the object right before it, and so the verb's own.</summary>
    private static bool OfObjectMisread(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[np].Head;
        return h >= 0 && tokens[np].Deprel == Obl && CaseOf(ctx, np) == Of && tokens[h].Upos == Verb && Child(ctx, h, Obj) is int obj and >= 0
            && obj < np && tokens[obj].Upos == Noun && ActorOf(ctx, obj) < 0 && Array.IndexOf(SeriesNouns, tokens[obj].Lemma) >= 0;
    }

    private static readonly int[] SeriesNouns = Lemmas("round", "series", "wave", "spate", "string", "set");

    /// <summary>Prepositions of an oblique that places a clause's act in the course of something ("after hours of talks",
    /// "during the meeting").</summary>
    private static readonly int[] CourseMarks = Lemmas("after", "during", "following", "in", "amid", "throughout");

    /// <summary>Nouns that measure or count what follows their "of" ("hours of talks", "another round of talks").</summary>
    private static readonly int[] StretchNouns = Lemmas("hour", "day", "week", "month", "year", "minute", "night", "round", "series", "session");

    /// <summary>The subject of the verb whose act took place in the course of a nominal ("negotiators failed to reach a
    /// deal after hours of talks": the negotiators held the talks), through a noun that measures it ("round of"); -1
    /// when the nominal is no such oblique.</summary>
    private int PartyInTalks(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        int t = np;
        if (tokens[t].Deprel == Nmod && CaseOf(ctx, t) == Of && tokens[t].Head is int h and >= 0 && Array.IndexOf(StretchNouns, tokens[h].Lemma) >= 0) t = h;
        if (tokens[t].Deprel != Obl || Array.IndexOf(CourseMarks, CaseOf(ctx, t)) < 0) return -1;
        int v = tokens[t].Head;
        return v >= 0 && tokens[v].Upos == Verb ? Subject(ctx, v) : -1;
    }

    /// <summary>Verbs whose object act did not take place, or no longer does: called off ("cancelled the talks"), kept
    /// from ("avoided direct criticism of teachers") or given up ("dropped its investigation").</summary>
    private static readonly int[] CancelVerbs = Lemmas("cancel", "scrap", "scrub", "nix", "abandon", "postpone", "shelve", "axe", "ax",
        "avoid", "drop", "forgo", "forego", "eschew", "shun",
        // "President Trump scuttled the talks in September"
        "scuttle", "torpedo", "derail", "sink");

    private static readonly int CallWord = Vocabulary.Shared.Intern("call"), Off = Vocabulary.Shared.Intern("off");

    /// <summary>"agreed to extend its peacekeeping mission in the small republic", "renewed its sanctions on the
    /// regime": a verb that only carries on an act (extends, renews, continues it) names no act of its own, and the parse
    /// hangs the act's own phrase of aim on that verb beside its object. When <paramref name="np"/> is the object of such a
    /// verb, the complement of one of the row's prepositions under the verb; -1 otherwise.</summary>
    private int ContinuedTarget(Context ctx, int np, EventPattern p)
    {
        var tokens = ctx.Doc.Tokens;
        int verb = tokens[np].Head;
        if (tokens[np].Deprel != Obj || verb < 0 || tokens[verb].Upos != Verb || Array.IndexOf(ContinuingVerbs, tokens[verb].Lemma) < 0) return -1;
        return FindPrepTarget(ctx, verb, p, null, np);
    }

    /// <summary>Verbs that carry on, widen or bring back an act their object names (see <see cref="ContinuedTarget"/>).</summary>
    private static readonly int[] ContinuingVerbs = Lemmas("extend", "renew", "prolong", "expand", "continue", "resume", "maintain");

    /// <summary>Chain verbs whose nominal object is what they promise, plan or threaten ("promised a veto"); not verbs of
    /// wanting or seeking, whose object is often what the subject would receive ("sought aid", "wants talks" is 036 but
    /// "wants support" is no intent to support). "pursue" is the exception kept: its objects in news are mostly acts
    /// worked towards with a party ("pursuing an agreement"), though "pursuing support from lawmakers" is read so too.</summary>
    private static readonly int[] NominalChainVerbs = Lemmas("promise", "pledge", "vow", "offer", "propose", "plan", "threaten", "pursue");

    /// <summary>Nominals of what is done to a person, whose possessor is that person ("Kennedy's assassination"), where a
    /// possessor of most nominals is their doer ("Russia's attack").</summary>
    private static readonly int[] UndergoerNouns = Lemmas("assassination", "murder", "killing", "execution", "arrest", "detention",
        "abduction", "kidnapping", "capture", "imprisonment", "jailing", "deportation", "extradition", "expulsion", "ouster",
        "impeachment", "torture", "beheading", "poisoning", "lynching", "incarceration", "indictment", "prosecution", "conviction",
        "sentencing", "internment");

    /// <summary>
    /// A nominal row with a role slot ("@as", "@on") names a role or state a verb puts its object or subject in: "are
    /// holding villagers as human shields", "used farmers as shields", "civilians were used as shields by the militia",
    /// "troops remained on alert". The verb's subject (or passive agent) is the source, its object (or passive subject),
    /// if any, the target, whatever the verb. The parse hangs the phrase on the verb or on its object. False when no
    /// verb governs it.
    /// </summary>
    private bool CodeRole(Context ctx, int s, int n, int np, EventPattern p, List<CodedEvent> events, HashSet<int> statements)
    {
        var tokens = ctx.Doc.Tokens;
        int verb = -1, victim = -1, hd = tokens[np].Head;
        if (hd < 0) return false;
        if (tokens[hd].Upos == Verb)
        {
            verb = hd;
            victim = Child(ctx, verb, Obj);
            if (victim < 0) victim = Child(ctx, verb, NsubjPass);
        }
        else if ((tokens[hd].Deprel == Obj || tokens[hd].Deprel == NsubjPass) && tokens[hd].Head >= 0 && tokens[tokens[hd].Head].Upos == Verb)
        {
            verb = tokens[hd].Head;
            victim = hd;
        }
        if (verb < 0) return false;
        // "troops remained on alert in Manila": a posture shown (15) with no one it is shown to is aimed at where it is shown.
        if (victim < 0 && p.Cameo!.StartsWith("15", StringComparison.Ordinal)) victim = PlaceIn(ctx, np, verb);
        bool passive = Child(ctx, verb, NsubjPass) >= 0 || Child(ctx, verb, AuxPass) >= 0;
        int source = passive ? Agent(ctx, verb) : Subject(ctx, verb);
        var climb = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
        var modality = LocalModality(ctx, verb);
        ClimbAbove(ctx, verb, ref climb);
        modality = Stronger(modality, climb.Modality);
        Emit(ctx, s, events, Expand(ctx, source), Expand(ctx, victim), p.Cameo!, modality, climb, Math.Min(verb, n), Math.Max(verb, n),
            "as+" + p.Id, VerbConfidence, tokens[n].Lemma, targetsAreActors: false);
        AddStatement(ctx, s, climb, events, statements);
        return true;
    }

    /// <summary>
    /// The modality of a nominal event in a prepositional phrase of a verb: the verb's own and what its clause sits under
    /// ("said troops may come to its aid", "were ready to come to its aid": no aid given yet). A clause one is ready,
    /// willing or has offered to do is still to come (found hand-checking PolNeAR train events).
    /// </summary>
    private EventModality ObliqueModality(Context ctx, int np, int verb, ref Climb climb)
    {
        var tokens = ctx.Doc.Tokens;
        var modality = LocalModality(ctx, verb);
        // "those calling for Sanders' withdrawal", "pushed for talks": what one calls or presses for has not happened.
        // The same for a noun of appeal right before the phrase, which the parse hung on the verb ("ignored the calls for
        // his withdrawal").
        if (CaseOf(ctx, np) == For && (Array.IndexOf(AskingForVerbs, tokens[verb].Lemma) >= 0
            || (PhraseStart(ctx, np) is int start && start > 0 && Array.IndexOf(AimNouns, tokens[start - 1].Lemma) >= 0)))
            modality = Stronger(modality, EventModality.Future);
        ClimbAbove(ctx, verb, ref climb);
        modality = Stronger(modality, climb.Modality);
        if (tokens[verb].Deprel == Xcomp && tokens[verb].Head is int h and >= 0 && _lex.Chain(tokens[h].Lemma) is { Class: "commit" })
            modality = Stronger(modality, EventModality.Future);
        return modality;
    }

    /// <summary>Verbs whose "for" phrase is what is sought: "called for his withdrawal", "pressed for talks".</summary>
    private static readonly int[] AskingForVerbs = Lemmas("call", "push", "press", "ask", "plead", "beg", "clamor", "clamour", "lobby", "campaign",
        "advocate", "appeal", "hope", "wish", "wait", "pray", "yearn", "angle", "fight", "demonstrate", "rally", "petition", "agitate");

    /// <summary>The intent (roots 04–08) or threat (14–20) row a future event is coded as; null for other roots.</summary>
    private EventPattern? RecodeFuture(string code)
    {
        string root = code[..2];
        string? cls = root is "04" or "05" or "06" or "07" or "08" ? "intent" : string.CompareOrdinal(root, "14") >= 0 ? "threaten" : null;
        return cls is null ? null : _lex.Family(cls, root) is { Cameo: not null } f ? f : null;
    }

    /// <summary>Walks up from a clause through its complement links, collecting modality: modals and negation of the
    /// governing verbs, "if"/"unless" conditionals, future and intent chains, and the nearest speech verb.</summary>
    private void ClimbAbove(Context ctx, int v, ref Climb climb)
    {
        var tokens = ctx.Doc.Tokens;
        int cur = v;
        for (int depth = 0; depth < 12; depth++)
        {
            ushort rel = tokens[cur].Deprel;
            int h = tokens[cur].Head;
            int mark = MarkOf(ctx, cur);
            // "accused Trump of showing support for Putin", "praised Bush for reaching out": what an accusation or a
            // praise says someone did is the accuser's claim, reported by them; "the claim that Mr. Trump opposed the
            // war", "his assertion that Russia should": the content of a claim noun is reported (by its possessor).
            if (h >= 0 && climb.SpeechVerb < 0 && Claimed(ctx, cur, rel, h, mark) is int claimant and >= -1)
            {
                climb.SpeechVerb = h;
                climb.ReportedBy = claimant;
                climb.Modality = Stronger(climb.Modality, EventModality.Reported);
            }
            // A "that" clause hung on a noun as a relative clause ("confirmed on Wednesday that Israel had agreed") is
            // the complement of the verb above the noun: a true relative clause has "that" as its subject or object,
            // never as its mark.
            // So is one hung on a date with "that" read as its object ("confirmed on Wednesday that Israel had agreed"):
            // a date is hardly what a clause says something about.
            if (rel == AclRelcl && h >= 0 && (mark == That || (ctx.Time.Contains(h) && HasChildLemma(ctx, cur, That))) && tokens[h].Head >= 0 && tokens[tokens[h].Head].Upos == Verb)
            {
                rel = Ccomp;
                h = tokens[h].Head;
            }
            // Conditionals and purpose clauses ("to support refugees") do not assert their event.
            if (rel == Advcl && (mark == If || mark == Unless || (mark == To && Child(ctx, cur, Nsubj) < 0)))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "stopped short of endorsing Clinton", "fell short of recognizing the state": what one stops short of is not done
            // (found reading the PolNeAR train events a merge changed).
            if (rel == Advcl && h >= 0 && tokens[h].Lemma == ShortWord && (mark == Of || CaseOf(ctx, cur) == Of))
                climb.Modality = Stronger(climb.Modality, EventModality.Negated);
            // "considers how to attack Sanders", "does not know whether to meet him", "what to do about Iran": an infinitive
            // under a question word is an open question, no act done (found hand-checking PolNeAR train events).
            if (mark == To && ((h >= 0 && tokens[h].Upos != Verb && Array.IndexOf(QuestionWords, tokens[h].Lemma) >= 0) || QuestionWordBefore(ctx, cur)))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "before he throws his support to Clinton", "until Tehran stops enriching": a clause of time in the present
            // tense after "before", "until" or "once", under a clause not in the past, speaks of what has not happened
            // yet ("before he resigned" did; found hand-checking PolNeAR train events).
            if (rel == Advcl && Array.IndexOf(PendingMarks, mark) >= 0 && InTense(ctx, cur, Vbz, Vbp) && h >= 0 && !InTense(ctx, h, Vbd, Vbd))
                climb.Modality = Stronger(climb.Modality, EventModality.Future);
            // "his position on banning Muslims", "her stance on deporting them": an act a stand is taken on is a policy
            // held, not an act done (found hand-checking PolNeAR train events).
            if ((rel == Acl || rel == Nmod) && h >= 0 && tokens[h].Upos == Noun && Array.IndexOf(StanceNouns, tokens[h].Lemma) >= 0
                && (mark >= 0 ? mark : CaseOf(ctx, cur)) is var on && (on == On || on == About || on == Toward))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "a plan to attack", "an offer to mediate": the clause of a planning noun is future; "the decision to
            // call off" is not.
            if (rel == Acl && h >= 0 && _lex.Chain(tokens[h].Lemma) is { Class: "intent" or "commit" or "future" })
                climb.Modality = Stronger(climb.Modality, EventModality.Future);
            // "Beijing's strategy for ending the protests", "Mr. Trump's proposal for banning Muslim immigration", "his call
            // for deporting them", "the goal of reaching a deal": an act that a plan, a proposal or an aim is for is not
            // (yet) done (found hand-checking PolNeAR train events and checking events on general news pages).
            // Not an aim reached: "reached its goal of accepting 10,000 refugees".
            if ((rel == Acl || rel == Nmod || rel == Advcl) && h >= 0 && tokens[h].Upos == Noun && Array.IndexOf(AimNouns, tokens[h].Lemma) >= 0
                && (mark >= 0 ? mark : CaseOf(ctx, cur)) is var aimMark && (aimMark == For || aimMark == Of || aimMark == To || aimMark == Toward || aimMark == Towards)
                && !(tokens[h].Deprel == Obj && tokens[h].Head >= 0 && Array.IndexOf(ReachVerbs, tokens[tokens[h].Head].Lemma) >= 0))
                climb.Modality = Stronger(climb.Modality, EventModality.Future);
            // "an opening for Biden to attack", "a chance to meet Putin", "a pretext to invade": what an opportunity is for
            // is only possible (found checking events on general news pages).
            // The parse may call the infinitive a relative clause ("an opening for moderates Biden and Klobuchar to attack").
            if ((rel == Acl || rel == Nmod || (rel == AclRelcl && mark == To)) && h >= 0 && tokens[h].Upos == Noun && Array.IndexOf(OpeningNouns, tokens[h].Lemma) >= 0
                && (mark >= 0 ? mark : CaseOf(ctx, cur)) is var chanceMark && (chanceMark == For || chanceMark == Of || chanceMark == To))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // ... with the infinitive hung on the party the "for" phrase names ("an opening for the leaders to attack").
            if (rel == Acl && mark == To && h >= 0 && tokens[h].Deprel == Nmod && CaseOf(ctx, h) == For && tokens[h].Head is int opening and >= 0
                && tokens[opening].Upos == Noun && Array.IndexOf(OpeningNouns, tokens[opening].Lemma) >= 0)
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "his refusal to discuss the threat", "the rejection of plans to meet": what a noun of refusal completes is
            // not done.
            if (rel == Acl && h >= 0 && tokens[h].Upos == Noun && Refusal(tokens[h].Lemma))
                climb.Modality = Stronger(climb.Modality, EventModality.Negated);
            // "has no intention of talking to Hamas", "no plans to visit": what a negated noun of intent completes is not done.
            if (rel == Acl && h >= 0 && tokens[h].Upos == Noun && Child(ctx, h, Det) is int nd and >= 0 && tokens[nd].Lemma == No)
                climb.Modality = Stronger(climb.Modality, EventModality.Negated);
            // "a request for comment on whether Santorum has delivered paid speeches", "it is unclear whether they met",
            // "asked if he had endorsed Trump": a clause opened by "whether", or by "if" as a complement, is an open
            // question, not a thing done (found hand-checking PolNeAR train events).
            if (mark == WhetherWord || HasChildLemma(ctx, cur, WhetherWord) || (mark == If && rel != Advcl))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "According to Iran, Israel attacked the embassy", "..., according to Iranian officials": the act is told by
            // the one named, not asserted by the text.
            // The phrase is no speech verb: a verb of saying above still makes its own statement event.
            if (climb.SpeechVerb < 0 && AccordingTo(ctx, cur) is var (according, teller) && according >= 0)
            {
                if (climb.ReportedBy < 0) climb.ReportedBy = ActorOf(ctx, Named(ctx, teller));
                climb.Modality = Stronger(climb.Modality, EventModality.Reported);
            }
            // "has been training the opposition forces to fight against Islamic State": what a party is trained, taught or
            // recruited to do is an aim, not a deed (found checking events on general news pages).
            // The parse may hang the infinitive on the object ("trained rebels to attack", an acl of "rebels").
            if (mark == To && h >= 0 && ((rel == Xcomp && Array.IndexOf(TrainingVerbs, tokens[h].Lemma) >= 0)
                    || (rel == Acl && tokens[h].Deprel == Obj && tokens[h].Head is int trainer and >= 0 && Array.IndexOf(TrainingVerbs, tokens[trainer].Lemma) >= 0)))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "What's America talking about?", "Did Russia attack the convoy?": a sentence that asks does not assert.
            if (h < 0 && DirectQuestion(ctx, cur)) climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            if (h < 0) break;
            // "recommended that she burn at the stake", "suggested that Iran halt enrichment": a clause in the bare
            // subjunctive with a subject of its own says what should be done, not what was (found hand-checking PolNeAR
            // train events).
            // Not "that Obama is to blame", an infinitive after a copula.
            if (rel == Ccomp && mark == That && tokens[cur].Xpos == Vb && Child(ctx, cur, Nsubj) >= 0 && Subjunctive(ctx, cur)
                && Child(ctx, cur, Cop) < 0 && Child(ctx, cur, Aux) < 0 && !HasChildLemma(ctx, cur, To))
                climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
            // "Trump complained that Khizr Khan had attacked him", "alleged that the army fired": what a complaint or an
            // allegation says was done is the complainer's claim, reported by them (found hand-checking PolNeAR train
            // events, where the attack was asserted).
            if (rel == Ccomp && (mark == That || mark < 0) && climb.SpeechVerb < 0 && Array.IndexOf(ComplaintVerbs, tokens[h].Lemma) >= 0)
            {
                climb.SpeechVerb = h;
                int complainer = Subject(ctx, h);
                climb.ReportedBy = complainer >= 0 ? ActorOf(ctx, complainer) : -1;
                climb.Modality = Stronger(climb.Modality, EventModality.Reported);
            }
            // "Israel denied attacking Iran", "Russia denied that its jets bombed the hospital": what one denies is, as the
            // denier tells it, not done (the denial itself is coded on its own, 016).
            if ((rel == Ccomp || rel == Xcomp) && Array.IndexOf(DenyVerbs, tokens[h].Lemma) >= 0)
                climb.Modality = Stronger(climb.Modality, EventModality.Negated);
            // So is what one rules out ("ruled out attacking Iran"; the parse may make the gerund an adverbial clause),
            // while what one does not rule out is possible: the negation of "rule out" is not the act's.
            if ((rel == Xcomp || rel == Advcl || rel == Ccomp) && RulesOut(ctx, h))
            {
                climb.Modality = Stronger(climb.Modality, LocalModality(ctx, h) == EventModality.Negated ? EventModality.Hypothetical : EventModality.Negated);
                cur = h;
                continue;
            }
            if (rel == Ccomp || rel == Parataxis)
            {
                if (_lex.Speech(tokens[h].Lemma) is { } speech)
                {
                    if (climb.SpeechVerb < 0)
                    {
                        climb.SpeechVerb = h;
                        int speaker = Subject(ctx, h);
                        climb.ReportedBy = speaker >= 0 ? ActorOf(ctx, speaker) : -1;
                        climb.Modality = Stronger(climb.Modality, EventModality.Reported);
                    }
                    climb.Modality = Stronger(climb.Modality, LocalModality(ctx, h));
                }
                else climb.Modality = Stronger(climb.Modality, LocalModality(ctx, h));
            }
            else if (rel == Xcomp || (rel == Acl && tokens[h].Upos != Verb && tokens[h].Head >= 0 && tokens[h].Deprel == Obj
                && Array.IndexOf(PermissionVerbs, tokens[tokens[h].Head].Lemma) >= 0 && MarkOf(ctx, cur) == To))
            {
                // "the law allows foreign investors to invest": what a party is let do is permitted, not reported as done
                // (found hand-checking PolNeAR train events). The parse may hang the clause on the object.
                if (rel == Acl) h = tokens[h].Head;
                if (Array.IndexOf(PermissionVerbs, tokens[h].Lemma) >= 0) climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
                // "Clinton is considering attacking Sanders", "mulling running": an act one weighs is not done (found
                // hand-checking PolNeAR train events).
                if (Array.IndexOf(WeighingVerbs, tokens[h].Lemma) >= 0) climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
                // "Israel appears to have attacked", "is said / believed / thought to have attacked": told on evidence or by
                // unnamed others, not asserted by the text.
                if (Array.IndexOf(SeemingVerbs, tokens[h].Lemma) >= 0
                    || (Child(ctx, h, AuxPass) >= 0 && Array.IndexOf(HearsayPassives, tokens[h].Lemma) >= 0))
                    climb.Modality = Stronger(climb.Modality, EventModality.Reported);
                // "stopped attacking Clinton", "time to quit attacking people": an act one stops or gives up is not done
                // from then on (found hand-checking PolNeAR train events, where "quit attacking" was a threat). Not an
                // infinitive: "stopped to talk to reporters" did talk.
                if (Array.IndexOf(StopVerbs, tokens[h].Lemma) >= 0 && tokens[cur].Xpos == Vbg) climb.Modality = Stronger(climb.Modality, EventModality.Negated);
                if (_lex.Chain(tokens[h].Lemma) is { Class: "future" or "intent" }) climb.Modality = Stronger(climb.Modality, EventModality.Future);
                climb.Modality = Stronger(climb.Modality, LocalModality(ctx, h));
            }
            else if (rel == Conj)
            {
                // "might capitulate and support a vote", "could attack and destroy the base", "hasn't endorsed her or conceded":
                // a verb conjoined with no subject or auxiliary of its own, in the form the first verb's auxiliary governs
                // (a bare verb, or a participle after a participle), shares its modal and its negation; "wasn't happy and
                // hit back" does not (found hand-checking PolNeAR train events).
                if (Child(ctx, cur, Nsubj) < 0 && Child(ctx, cur, Aux) < 0 && Child(ctx, cur, NsubjPass) < 0 && Child(ctx, cur, Mark) < 0
                    && Child(ctx, cur, Cop) < 0 && ((tokens[cur].Xpos == Vb && tokens[h].Xpos == Vb) || (tokens[cur].Xpos == Vbn && tokens[h].Xpos == Vbn && Child(ctx, h, Aux) >= 0)))
                    climb.Modality = Stronger(climb.Modality, LocalModality(ctx, h));
                // "wants a tax cut, a war with Iran and to shut down mosques": an infinitive with no subject, conjoined to a
                // verb of wanting or planning, is another thing wanted (the parse makes it the verb's conjunct, not its
                // complement; found hand-checking PolNeAR train events).
                if (mark == To && Child(ctx, cur, Nsubj) < 0 && _lex.Chain(tokens[h].Lemma) is { Class: "future" or "intent" })
                    climb.Modality = Stronger(climb.Modality, EventModality.Future);
            }
            else if (rel == Advcl)
            {
                if (mark == By || CaseOf(ctx, cur) == By)
                {
                    // "By offering Kasich the second spot, Trump would show voters ...": the means of an act still to come is
                    // still to come; "may have violated the law by calling on Russia" did call (the modal weighs the violation).
                    if (LocalModality(ctx, h) == EventModality.Future) climb.Modality = Stronger(climb.Modality, EventModality.Future);
                    // "could fight the charge, perhaps by arguing that ...": the means of a possible act is possible too
                    // (found hand-checking PolNeAR train events); not after a perfect, as above.
                    else if (LocalModality(ctx, h) == EventModality.Hypothetical && !HasChildLemma(ctx, h, HaveWord)) climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
                    // "Congress has three ways to enforce a subpoena: by filing a lawsuit, by asking prosecutors to charge":
                    // means listed as ways or options open to a party are possible, not done (found hand-checking PolNeAR dev
                    // events).
                    else if (Child(ctx, h, Obj) is int ways and >= 0 && Array.IndexOf(WayNouns, tokens[ways].Lemma) >= 0)
                        climb.Modality = Stronger(climb.Modality, EventModality.Hypothetical);
                }
            }
            else break;
            cur = h;
        }
    }

    /// <summary>The root <paramref name="root"/> heads a direct question: its sentence ends (closing quotes aside) with a
    /// question mark hung on the root itself.</summary>
    private static bool DirectQuestion(Context ctx, int root)
    {
        var tokens = ctx.Doc.Tokens;
        var sent = ctx.Doc.SentenceRecords[tokens[root].Sentence];
        for (int t = sent.FirstToken + sent.TokenCount - 1; t > root; t--)
        {
            if (tokens[t].Norm == QuestionMark) return tokens[t].Head == root;
            if (tokens[t].Upos != Punct) return false;
        }
        return false;
    }

    /// <summary>A verb's small clause of judgement: an adjective or participle predicate ("considers the treaty unfair",
    /// the adjective an xcomp or a modifier after the object) or a verbless clause with a subject of its own ("considers
    /// the US biased", parsed as a ccomp with no auxiliary, mark or object).</summary>
    private static bool JudgedSmallClause(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == Xcomp && MarkOf(ctx, c) < 0 && (tokens[c].Upos == Adj || tokens[c].Xpos == Vbn)) return true;
            if (tokens[c].Deprel == Ccomp && MarkOf(ctx, c) < 0 && Child(ctx, c, Nsubj) >= 0 && Child(ctx, c, Aux) < 0
                && Child(ctx, c, Cop) < 0 && Child(ctx, c, Obj) < 0 && (tokens[c].Upos == Adj || tokens[c].Xpos == Vbn)) return true;
            // "considers the mediators biased", the adjective parsed as a modifier after its noun (English sets
            // adjectives before the noun, so one after it is the predicate).
            if (tokens[c].Deprel == Obj)
                for (int g = ctx.First[c]; g >= 0; g = ctx.Next[g])
                    if (g > c && tokens[g].Deprel == Amod && tokens[g].Upos == Adj && ctx.First[g] < 0) return true;
        }
        return false;
    }

    /// <summary>"insists his tactics will be worth it", parsed with "his tactics" as the object of "insist": one insists on
    /// a thing or that something is so, so a "direct object" that names no party and is followed by a finite auxiliary
    /// or modal is the subject of a that-less clause stating a fact ("insisted the talks be held", with the bare "be", still
    /// demands). Found checking events on general news pages.</summary>
    private static bool InsistedClauseSubject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (Child(ctx, v, Obj) is not (var said and >= 0) || ActorOf(ctx, said) >= 0) return false;
        int after = SubtreeEnd(ctx, said) + 1;
        return after < tokens.Length && tokens[after].Sentence == tokens[v].Sentence && tokens[after].Upos == AuxTag
            && tokens[after].Xpos != Vb && tokens[after].Xpos != Vbg && tokens[after].Xpos != Vbn;
    }

    private static readonly int WhetherWord = Vocabulary.Shared.Intern("whether"), ConsiderWord = Vocabulary.Shared.Intern("consider"),
        SelfWord = Vocabulary.Shared.Intern("self"), HaveWord = Vocabulary.Shared.Intern("have");

    /// <summary>Nouns of an opportunity: what they are for is possible, not done.</summary>
    private static readonly int[] OpeningNouns = Lemmas("opening", "opportunity", "chance", "occasion", "room", "leeway", "license", "licence",
        "pretext", "excuse", "window", "possibility", "ability", "capacity", "capability", "power", "freedom", "right");

    /// <summary>Nouns of plans, aims and appeals: what they are for has not been done ("a strategy for ending the
    /// protests", "calls for his withdrawal", "a plea for aid"), whether that is a clause or a nominal event.</summary>
    private static readonly int[] AimNouns = Lemmas("plan", "strategy", "proposal", "proposition", "blueprint", "roadmap", "scheme", "idea",
        "option", "effort", "bid", "push", "drive", "goal", "aim", "objective", "recipe", "formula", "framework", "timetable", "prospect",
        "hope", "wish", "call", "calling", "pledge", "promise", "vow", "suggestion", "demand", "plea", "appeal", "request", "recommendation",
        "pressure", "clamor", "clamour", "campaign", "petition", "case", "argument", "motion");

    private static readonly int Towards = Vocabulary.Shared.Intern("towards");
    private static readonly int[] ReachVerbs = Lemmas("reach", "achieve", "meet", "fulfil", "fulfill", "accomplish", "attain", "hit", "realize", "realise");

    /// <summary>Nouns of a stand taken on something: "his position on banning Muslims".</summary>
    private static readonly int[] StanceNouns = Lemmas("position", "stance", "stand", "view", "policy", "approach", "attitude", "opinion", "thinking", "record");

    private static readonly int Toward = Vocabulary.Shared.Intern("toward");

    private static readonly int HelpWord = Vocabulary.Shared.Intern("help"), GameWord = Vocabulary.Shared.Intern("game"), DemonstrateWord = Vocabulary.Shared.Intern("demonstrate");

    private static readonly int AfterWord = Vocabulary.Shared.Intern("after"), SinceWord = Vocabulary.Shared.Intern("since");

    private static readonly int StrikeWord = Vocabulary.Shared.Intern("strike"), PressWord = Vocabulary.Shared.Intern("press");

    /// <summary>Verb and particle pairs that make an idiom of no act between parties: "held forth", "signed up", "fired
    /// them up" (roused them, no shooting).</summary>
    private static readonly (int Verb, int Particle)[] IdiomParticles =
        [(Vocabulary.Shared.Intern("hold"), Vocabulary.Shared.Intern("forth")), (Vocabulary.Shared.Intern("sign"), Vocabulary.Shared.Intern("up")),
         (Vocabulary.Shared.Intern("fire"), Vocabulary.Shared.Intern("up"))];

    private static readonly int BlameWord = Vocabulary.Shared.Intern("blame"), ConcernWord = Vocabulary.Shared.Intern("concern");

    private static readonly int[] FieldAdjectives = Lemmas("top", "fiscal", "economic", "social", "environmental", "financial", "budgetary", "domestic", "political",
        "legal", "ethical", "religious", "moral", "personal", "practical", "logistical", "technical", "commercial", "consumer", "regional", "local");

    private static readonly int[] CommentNouns = Lemmas("comment", "interview", "reaction", "response");
    private static readonly int[] AskingWords = Lemmas("request", "ask", "seek", "solicit");

    /// <summary>A request or an asking for comment: the noun or verb with "for comment" hung on it, or "comment" as its
    /// object ("requested comment from the Kremlin").</summary>
    private static bool AsksForComment(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(AskingWords, tokens[t].Lemma) < 0) return false;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
            if (Array.IndexOf(CommentNouns, tokens[c].Lemma) >= 0 && (tokens[c].Deprel == Obj || CaseOf(ctx, c) == For)) return true;
        // The parse may hang "for comment" on the verb the request is an argument of ("respond to X's request for comment").
        int h = tokens[t].Head;
        if (tokens[t].Upos == Noun && h >= 0 && tokens[h].Upos == Verb)
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
                if (c == t + 2 && Array.IndexOf(CommentNouns, tokens[c].Lemma) >= 0 && CaseOf(ctx, c) == For) return true;
        return false;
    }

    private static readonly int DealWord = Vocabulary.Shared.Intern("deal");
    private static readonly int[] FussAdjectives = Lemmas("big", "huge", "great", "bigger", "biggest");

    /// <summary>A "with" or "between" phrase on the noun: the parties of a deal.</summary>
    private static bool HasPartnerPhrase(Context ctx, int n)
    {
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Deprel == Nmod && CaseOf(ctx, c) is var k && (k == With || k == Between)) return true;
        return false;
    }

    private static readonly int[] WarGameModifiers = Lemmas("war", "military", "naval", "joint", "army", "air", "combat", "simulated", "battle", "wargame");

    /// <summary>Verbs of making sense of a thing: "helps explain", "helps understand".</summary>
    private static readonly int[] UnderstandingVerbs = Lemmas("explain", "understand", "account", "illustrate", "clarify", "show", "answer", "interpret", "predict");

    /// <summary>Whether a "that" marking a clause stands between a verb and a later token, hung within that span.</summary>
    private static bool ThatBetween(Context ctx, int v, int end)
    {
        var tokens = ctx.Doc.Tokens;
        for (int t = v + 1; t < end; t++)
            if (tokens[t].Lemma == That && tokens[t].Deprel == Mark && tokens[t].Head > t && tokens[t].Head <= end) return true;
        return false;
    }

    /// <summary>"called the assault that killed five officers an attack on our country", with the name hung deep in the
    /// relative clause: force (18–20) that "call" takes as its object, with no particle, is named, not ordered or made by
    /// the caller; a strike a union calls is its own (found hand-checking PolNeAR train events).</summary>
    private static bool CalledForce(Context ctx, int verb, int n, string? code) =>
        ctx.Doc.Tokens[verb].Lemma == CallWord && Child(ctx, verb, Prt) < 0 && ctx.Doc.Tokens[n].Lemma != StrikeWord
        && code is { Length: >= 2 } && code[0] is '1' or '2' && (code[0] == '2' ? code[1] == '0' : code[1] is '8' or '9');

    /// <summary>The nominal of an "after", "before", "since" or "until" phrase that ends right before a verb (a comma
    /// between at most) that has no subject of its own: the verb's misparsed subject; -1 when none.</summary>
    private static int TimeClauseSubject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (Child(ctx, v, Nsubj) >= 0 || Child(ctx, v, NsubjPass) >= 0 || Child(ctx, v, Cc) >= 0) return -1;
        int end = v - 1;
        if (end >= 0 && tokens[end].Lemma == Comma) end--;
        if (end < 0 || tokens[end].Sentence != tokens[v].Sentence) return -1;
        var sent = ctx.Doc.SentenceRecords[tokens[v].Sentence];
        for (int c = sent.FirstToken; c < v; c++)
            if ((tokens[c].Deprel == Nmod || tokens[c].Deprel == Obl) && (tokens[c].Upos == Propn || tokens[c].Upos == Noun)
                && CaseOf(ctx, c) is int k && (Array.IndexOf(PendingMarks, k) >= 0 || k == AfterWord || k == SinceWord)
                && SubtreeEnd(ctx, c) == end && ActorOf(ctx, c) >= 0) return c;
        return -1;
    }

    /// <summary>Whether a verb has an "on" gerund with no subject of its own: "insisted on paying the bill himself".</summary>
    private static bool OwnActInsisted(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Xpos == Vbg && (MarkOf(ctx, c) == On || CaseOf(ctx, c) == On) && Child(ctx, c, Nsubj) < 0 && Child(ctx, c, NmodPoss) < 0) return true;
        return false;
    }

    /// <summary>Whether a verb's own subject is a party or "who" (not "it", "that" or a noun like "the way").</summary>
    private static bool PlanningSubject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int subject = Child(ctx, v, Nsubj);
        if (subject < 0) subject = Child(ctx, v, NsubjOuter);
        if (subject < 0) return false;
        int lemma = tokens[subject].Lemma;
        if (lemma == Who) return true;
        return tokens[subject].Upos != Pron ? ActorOf(ctx, subject) >= 0 : lemma != It && lemma != That && lemma != This && lemma != Which && ActorOf(ctx, subject) >= 0;
    }

    /// <summary>Whether a token hangs on a verb itself, directly or as a conjunct or an apposition of what does, with no
    /// clause between.</summary>
    private static bool TakenBy(Context ctx, int t, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int h = t, d = 0; h >= 0 && d < 6; h = tokens[h].Head, d++)
        {
            if (tokens[h].Head == v) return tokens[h].Deprel != Advcl && tokens[h].Deprel != Xcomp && tokens[h].Deprel != Ccomp && tokens[h].Deprel != Parataxis;
            ushort r = tokens[h].Deprel;
            if (r != Conj && r != Appos && r != Nmod && r != Flat && r != Compound) return false;
        }
        return false;
    }

    /// <summary>Whether the nearest verb above a nominal (a few arcs up) is a verb of taking: "taking much of his support".</summary>
    private static bool TakenThing(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[np].Head;
        for (int d = 0; d < 3 && h >= 0; d++, h = tokens[h].Head)
            if (tokens[h].Upos == Verb) return Array.IndexOf(TakingVerbs, tokens[h].Lemma) >= 0;
        return false;
    }

    private static readonly int[] TakingVerbs = Lemmas("take", "draw", "siphon", "steal", "win", "pull", "peel", "poach", "grab", "lure", "wrest", "chip");

    private static readonly int ShortWord = Vocabulary.Shared.Intern("short");

    private static readonly int[] WayNouns = Lemmas("way", "option", "means", "method", "route", "path", "avenue", "tool", "choice");

    /// <summary>Verbs whose clause is a grievance told: "complained that", "alleged that".</summary>
    private static readonly int[] ComplaintVerbs = Lemmas("complain", "allege", "lament", "grumble", "gripe", "protest", "object", "charge");

    /// <summary>Verbs of ceasing an act: "stopped attacking", "quit criticizing".</summary>
    private static readonly int[] StopVerbs = Lemmas("stop", "quit", "cease", "halt", "end", "abandon", "discontinue");

    /// <summary>Verbs of weighing an act not yet chosen: "considering attacking", "contemplating a run".</summary>
    private static readonly int[] WeighingVerbs = Lemmas("consider", "contemplate", "weigh", "mull", "ponder", "debate", "explore", "discuss", "entertain");

    /// <summary>Whether a question word ("how", "whether") hangs on a clause before its verb: "how to attack" parsed with
    /// "how" as the verb's modifier or mark.</summary>
    private static bool QuestionWordBefore(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0 && c < v; c = ctx.Next[c])
            if ((tokens[c].Deprel == Mark || tokens[c].Deprel == Advmod) && Array.IndexOf(QuestionWords, tokens[c].Lemma) >= 0) return true;
        return false;
    }

    /// <summary>Verbs of letting a party act: "allows investors to invest", "permitted the convoy to enter".</summary>
    private static readonly int[] PermissionVerbs = Lemmas("allow", "permit", "let", "enable", "empower", "entitle");

    private static readonly int[] PendingMarks = Lemmas("before", "until", "till", "once");

    private static readonly ushort Vbp = Labels.Xpos.Intern("VBP");

    /// <summary>A clause's verb, or an auxiliary or copula before it, has one of two tags: (VBZ, VBP) for the present,
    /// (VBD, VBD) for the past ("were inside the system for years before the department shut it down" tells of a past
    /// "before").</summary>
    private static bool InTense(Context ctx, int v, ushort tag, ushort other)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[v].Xpos == tag || tokens[v].Xpos == other) return true;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Aux || tokens[c].Deprel == AuxPass || tokens[c].Deprel == Cop) && c < v
                && (tokens[c].Xpos == tag || tokens[c].Xpos == other)) return true;
        return false;
    }

    /// <summary>Verbs that act out an event without it happening ("simulated an attack on the island", "rehearsed a
    /// landing"), and the modifiers that say the same of a noun ("a mock attack", "fake strikes").</summary>
    private static readonly int[] PretendVerbs = Lemmas("simulate", "rehearse", "practise", "practice", "mimic", "feign", "imitate", "fake");

    private static readonly int[] PretendModifiers = Lemmas("simulate", "simulated", "mock", "fake", "pretend", "sham", "hypothetical",
        "imaginary", "notional");

    /// <summary>The nominal event <paramref name="n"/> is acted out, not done: its governing verb or a modifier says so.</summary>
    private static bool Pretended(Context ctx, int n, int governor)
    {
        var tokens = ctx.Doc.Tokens;
        if (governor >= 0 && Array.IndexOf(PretendVerbs, tokens[governor].Lemma) >= 0) return true;
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Amod || tokens[c].Deprel == Compound) && Array.IndexOf(PretendModifiers, tokens[c].Lemma) >= 0) return true;
        return false;
    }

    /// <summary>Verbs whose "of"/"for" clause says what their object did, as the subject claims it ("accused X of
    /// lying", "blamed X for losing", "praised X for helping").</summary>
    private static readonly int[] AccuseVerbs = Lemmas("accuse", "blame", "charge", "criticize", "criticise", "condemn", "fault",
        "denounce", "attack", "hit", "slam", "blast", "rebuke", "suspect", "praise", "commend", "congratulate", "thank", "credit", "applaud");

    /// <summary>Nouns whose clause or "of" gerund is a claim, not a fact ("the claim that", "allegations of").</summary>
    private static readonly int[] ClaimNouns = Lemmas("claim", "allegation", "accusation", "assertion", "charge", "suggestion",
        "rumor", "rumour", "contention", "insinuation", "theory", "story", "tale", "notion", "statement", "argument", "report", "belief", "lie", "myth",
        // "described the idea that the U.S. is training the Islamic State as absurd" (found checking events on general news
        // pages): what an idea or a suspicion holds is not known to be so
        "idea", "possibility", "speculation", "impression", "suspicion", "assumption", "premise", "conspiracy");

    private static readonly int[] AccuseMarks = Lemmas("of", "for");

    /// <summary>Verbs whose complement is what the subject says did not happen ("denied attacking", "refuted that").</summary>
    private static readonly int[] DenyVerbs = Lemmas("deny", "refute");

    /// <summary>The noun a relative clause describes when <paramref name="v"/>, an adverbial clause, a parataxis or a
    /// conjunct with no "and" of that relative clause, with no subject or mark of its own, follows it right after a
    /// comma (see <see cref="Subject"/>); -1 otherwise.</summary>
    private static int RelativeClauseMisparse(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[v].Head;
        if (h < 0 || h > v || tokens[h].Deprel != AclRelcl || tokens[h].Head is not (var noun and >= 0) || noun > h) return -1;
        if (Child(ctx, v, Nsubj) >= 0 || Child(ctx, v, Mark) >= 0 || Child(ctx, v, NsubjPass) >= 0 || Child(ctx, v, Cc) >= 0
            || (tokens[v].Xpos != Vbd && tokens[v].Xpos != Vbz && tokens[v].Xpos != Vbp && Child(ctx, v, Aux) < 0))
            return -1;
        // The comma that closes the relative clause stands right before the verb's phrase, or is its first word when the
        // parse hangs it on the verb.
        int first = PhraseStart(ctx, v);
        int comma = tokens[first].Lemma == Comma ? first : first - 1;
        return comma > h && tokens[comma].Lemma == Comma ? noun : -1;
    }

    /// <summary>The object of the accusing or praising verb whose "of"/"for" clause <paramref name="clause"/> is
    /// (<see cref="AccuseVerbs"/>: "accused Israel of attacking"), or -1.</summary>
    private static int AccusedParty(Context ctx, int clause)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[clause].Head;
        if (h < 0 || h > clause || tokens[h].Upos != Verb || Array.IndexOf(AccuseVerbs, tokens[h].Lemma) < 0
            || Array.IndexOf(AccuseMarks, MarkOf(ctx, clause)) < 0) return -1;
        int o = Child(ctx, h, Obj);
        return o >= 0 && o < clause ? o : -1;
    }

    /// <summary>When the clause <paramref name="cur"/> is the content of an accusation or of a claim noun: the actor who
    /// claims it (the accusing verb's subject, the noun's possessor), -1 when the text names none; -2 when the clause
    /// is no such content.</summary>
    private int Claimed(Context ctx, int cur, ushort rel, int h, int mark)
    {
        var tokens = ctx.Doc.Tokens;
        int intro = mark >= 0 ? mark : CaseOf(ctx, cur);
        // "accused Trump of showing support", parsed with the clause on the object: the accusing verb above it.
        if (rel == Acl && tokens[h].Upos != Verb && Array.IndexOf(AccuseMarks, intro) >= 0)
        {
            int o = h;
            for (int k = 0; k < 4 && (tokens[o].Deprel == Flat || tokens[o].Deprel == Appos || tokens[o].Deprel == Compound) && tokens[o].Head >= 0; k++) o = tokens[o].Head;
            if (tokens[o].Deprel == Obj && tokens[o].Head >= 0 && tokens[tokens[o].Head].Upos == Verb) h = tokens[o].Head;
        }
        if (tokens[h].Upos == Verb && (rel == Advcl || rel == Acl || rel == Obl) && Array.IndexOf(AccuseVerbs, tokens[h].Lemma) >= 0
            && Array.IndexOf(AccuseMarks, intro) >= 0)
        {
            int by = Child(ctx, h, NsubjPass) >= 0 || Child(ctx, h, AuxPass) >= 0 ? Agent(ctx, h) : Subject(ctx, h);
            return by >= 0 ? ActorOf(ctx, by) : -1;
        }
        if (tokens[h].Upos == Noun && (rel == Acl || rel == AclRelcl || rel == Ccomp || rel == Nmod) && Array.IndexOf(ClaimNouns, tokens[h].Lemma) >= 0
            && (intro == That || intro == Of || (rel == Ccomp && intro < 0) || (rel == AclRelcl && ThatClause(ctx, cur))))
        {
            int poss = Child(ctx, h, NmodPoss);
            return poss >= 0 ? ActorOf(ctx, Named(ctx, poss)) : -1;
        }
        return -2;
    }

    /// <summary>"the claim that Iran attacked", parsed as a relative clause with "that" as its object: a clause with a
    /// "that" and a subject of its own is the noun's content (a relative "that" is the clause's only subject or object).</summary>
    private static bool ThatClause(Context ctx, int clause)
    {
        var tokens = ctx.Doc.Tokens;
        bool that = false, subject = false;
        for (int c = ctx.First[clause]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Lemma == That && c < clause) that = true;
            else if (tokens[c].Deprel == Nsubj) subject = true;
        }
        return that && subject;
    }

    /// <summary>Modality a verb carries by itself: negation, then modal auxiliaries. "has yet to endorse", "is yet to
    /// meet" say that it has not happened: negated, whether the parse hangs "yet" on the verb (with its "to") or on the
    /// "have" / "be" whose complement the verb is, or the words alone say it (the parse may make the verb an adverbial clause).</summary>
    private EventModality LocalModality(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        var m = EventModality.Asserted;
        bool yet = false, to = false;
        int beAt = -1, toAt = -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            int lemma = tokens[c].Lemma;
            if ((rel == Advmod || rel == Neg) && (lemma == Not || lemma == Never || lemma == Nt)) m = Stronger(m, EventModality.Negated);
            else if (rel == Aux && _lex.Modal(lemma) is { } modal) m = Stronger(m, modal.Modality);
            else if (rel == Advmod && lemma == Yet && c < v) yet = true;
            // "Israel reportedly attacked", "allegedly bombed": told by others, not asserted by the text.
            else if (rel == Advmod && Array.IndexOf(HearsayAdverbs, lemma) >= 0) m = Stronger(m, EventModality.Reported);
            // "gave equipment without demanding payment": what is done "without" doing it is not done.
            else if (rel == Mark && lemma == Without && c < v) m = Stronger(m, EventModality.Negated);
            else if (rel == Mark && lemma == To && c < v) { to = true; toAt = c; }
            else if ((rel == Cop || rel == Aux) && lemma == Be && c < v) beAt = c;
        }
        if (yet && to) m = Stronger(m, EventModality.Negated);
        // "Biden, who was to travel to Columbus", "Netanyahu was to arrive": what a party is to do is planned (found
        // hand-checking PolNeAR train events). The form of "be" comes right before "to" ("continues to be skeptical" is
        // no plan), the subject is a party ("the way to go after it is to attack her record" is no plan of the way's),
        // and "is to blame" says who is at fault.
        else if (beAt >= 0 && toAt == beAt + 1 && tokens[v].Lemma != BlameWord && PlanningSubject(ctx, v))
            m = Stronger(m, EventModality.Future);
        if (GoingTo(ctx, v) is int going and >= 0)
            m = Stronger(m, Stronger(EventModality.Future, LocalModality(ctx, going)));
        // "refrain from attacking": read off the words, since the parse often hangs the gerund elsewhere (on the verb
        // before "refrain", with "refrain" as a noun).
        if (v >= 2 && tokens[v - 1].Lemma == From && tokens[v - 2].Lemma is var held && (held == Refrain || held == Abstain || held == Desist)
            && tokens[v - 2].Sentence == tokens[v].Sentence)
            m = Stronger(m, EventModality.Negated);
        // "has yet to endorse" read off the words as well, whatever the parse makes of "to endorse" (xcomp or advcl).
        if (v >= 3 && tokens[v - 1].Lemma == To && tokens[v - 2].Lemma == Yet && (tokens[v - 3].Lemma == Have || tokens[v - 3].Lemma == Be)
            && tokens[v - 3].Sentence == tokens[v].Sentence)
            m = Stronger(m, EventModality.Negated);
        int h = tokens[v].Head;
        if (h >= 0 && tokens[v].Deprel == Xcomp && (tokens[h].Lemma == Have || tokens[h].Lemma == Be))
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Advmod && tokens[c].Lemma == Yet && c < v) m = Stronger(m, EventModality.Negated);
        // "Trump's proposal to ban Muslims", "an attempt to kill the governor", "an effort to help Ukraine": the act a
        // to-infinitive of a noun names is proposed, tried or meant, not reported as done (found hand-checking PolNeAR
        // train events, where the proposed ban was coded as done). Not on a party ("urged the leaders to meet" is the
        // appeal's; "the first country to recognize" did), nor after an ordinal; nor a gerund ("in addition to working").
        if (to && h >= 0 && tokens[v].Deprel == Acl && (tokens[v].Xpos == Vb || Child(ctx, v, AuxPass) >= 0) && tokens[h].Upos == Noun && ActorOf(ctx, h) < 0 && ObjectControl(ctx, v) < 0
            && (!HasChildIn(ctx, h, Amod, Ordinals) || Array.IndexOf(ChanceNouns, tokens[h].Lemma) >= 0) && Array.IndexOf(DoneActNouns, tokens[h].Lemma) < 0)
            m = Stronger(m, EventModality.Future);
        return m;
    }

    private static readonly int Without = Vocabulary.Shared.Intern("without");

    /// <summary>Adverbs that attribute an act to unnamed others' report or to appearances: what they modify is reported,
    /// not asserted.</summary>
    private static readonly int[] HearsayAdverbs = Lemmas("reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "ostensibly", "apparently");

    /// <summary>Raising verbs of appearance: "appears to have attacked".</summary>
    private static readonly int[] SeemingVerbs = Lemmas("appear", "seem");

    /// <summary>Verbs of saying and believing whose passive raises the doer of a reported act: "is said to have attacked".
    /// Not "is known to have", which the text vouches for.</summary>
    private static readonly int[] HearsayPassives = Lemmas("say", "believe", "think", "report", "allege", "rumor", "rumour", "understand",
        "suspect", "claim", "presume", "reckon", "estimate");

    private static readonly ulong AccordingNorm = StringHash.OfNorm("according"), ToNorm = StringHash.OfNorm("to");

    /// <summary>
    /// The "according" of an "according to X" phrase that belongs to the clause <paramref name="clause"/> heads, and X;
    /// (-1, -1) when none. The parse hangs the phrase on the clause's verb or on one of its nouns ("attacked the embassy,
    /// according to officials" with the officials on "embassy"): X belongs to the clause when the first verb above it is
    /// the clause's head.
    /// </summary>
    private static (int According, int Teller) AccordingTo(Context ctx, int clause)
    {
        var tokens = ctx.Doc.Tokens;
        var r = ctx.Doc.SentenceRecords[tokens[clause].Sentence];
        for (int t = r.FirstToken; t + 1 < r.FirstToken + r.TokenCount; t++)
        {
            if (tokens[t].Norm != AccordingNorm || tokens[t + 1].Norm != ToNorm || tokens[t].Deprel != Case) continue;
            int x = tokens[t].Head, y = x;
            for (int k = 0; k < 6 && y >= 0 && y != clause && (y == x || tokens[y].Upos != Verb); k++) y = tokens[y].Head;
            if (y == clause && x != clause) return (t, x);
        }
        return (-1, -1);
    }

    private static readonly int GoWord = Vocabulary.Shared.Intern("go"), ExchangeWord = Vocabulary.Shared.Intern("exchange");

    /// <summary>
    /// "Iran is going to attack", "they were not going to meet": "going to" after a form of "be" is a future, not a
    /// motion ("went to meet" did meet). Returns the "going" whose to-infinitive <paramref name="v"/> is, or -1. Read
    /// off the words ("going", "to", the verb in a row) with "be" among the auxiliaries of "going", whatever the parse
    /// calls the infinitive; the negation of "going" is the act's.
    /// </summary>
    private static int GoingTo(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (v < 2 || tokens[v - 1].Lemma != To || tokens[v - 2].Lemma != GoWord || tokens[v - 2].Xpos != Vbg || tokens[v].Xpos != Vb
            || tokens[v - 2].Sentence != tokens[v].Sentence) return -1;
        int going = v - 2;
        for (int c = ctx.First[going]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Aux && tokens[c].Lemma == Be && c < going) return going;
        return -1;
    }

    /// <summary>Prepositions no subject takes.</summary>
    private static readonly int[] NoSubjectPrepositions = Lemmas("for", "to", "from", "at", "on", "in", "into", "about", "over", "under", "of");

    private static readonly int SentenceWord = Vocabulary.Shared.Intern("sentence");

    /// <summary>Nouns "sentencing" describes as a field: "sentencing laws", "sentencing guidelines", "sentencing reform".</summary>
    private static readonly int[] SentencingFieldNouns = Lemmas("law", "laws", "reform", "reforms", "guideline", "guidelines", "rule", "rules", "policy",
        "policies", "commission", "disparity", "disparities", "system", "bill", "legislation", "overhaul", "practice", "practices");

    /// <summary>Adverbs that make "charged" an adjective of tension: "emotionally charged", "politically charged".</summary>
    private static readonly int[] ChargedAdverbs = Lemmas("emotionally", "politically", "racially", "highly", "sexually", "ideologically", "religiously",
        "culturally", "ethnically", "electrically", "morally", "historically", "symbolically", "socially");

    private static readonly int ChargeWord = Vocabulary.Shared.Intern("charge"), InsistWord = Vocabulary.Shared.Intern("insist");

    private static readonly int FireWord = Vocabulary.Shared.Intern("fire");

    private static readonly ushort PossessivePronoun = Labels.Xpos.Intern("PRP$");

    private static readonly int[] FiredOnMarks = Lemmas("on", "at", "into", "upon", "toward", "towards");

    /// <summary>A phrase of what is fired on ("firing on protesters", "at the border post").</summary>
    private static bool HasFiredOn(Context ctx, int v)
    {
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (CaseOf(ctx, c) is int k and >= 0 && Array.IndexOf(FiredOnMarks, k) >= 0) return true;
        return false;
    }

    /// <summary>Whether a verb has a modal of obligation (must, should, ought, shall): "insisted that Iran must stop" is
    /// a demand, "insist that Sanders may yet win" a claim (found hand-checking PolNeAR train events).</summary>
    private static bool HasObligationModal(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Aux && tokens[c].Xpos == Md && Array.IndexOf(ObligationModals, tokens[c].Lemma) >= 0) return true;
        return false;
    }

    private static readonly int[] ObligationModals = Lemmas("must", "should", "ought", "shall");

    private static readonly ushort Md = Labels.Xpos.Intern("MD");

    /// <summary>A clause in the bare subjunctive: "that Iran stop", "that he be allowed", "that they be fair".</summary>
    private static bool Subjunctive(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        bool bare = tokens[v].Xpos == Vb;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            // A base form after a modal ("may yet win") is the modal's, no subjunctive.
            if (rel == Aux && tokens[c].Xpos == Md) return false;
            if ((rel == Aux || rel == AuxPass || rel == Cop) && tokens[c].Xpos == Vb && c < v) bare = true;
        }
        return bare;
    }

    private static readonly int[] CommitParticiples = Lemmas("pledge", "commit", "promise", "vow", "guarantee");

    /// <summary>Participles that before a noun only describe it ("allied forces"): see CodeVerb.</summary>
    private static readonly int[] AdjectiveParticiples = Lemmas("ally");

    private static readonly int[] DelegateNouns = Lemmas("delegate", "superdelegate", "elector", "vote");

    /// <summary>Nouns that report an act as taken: "Netanyahu's decision to call off a planned visit", "the move to
    /// expel the diplomats" (the visit was called off; the seed article).</summary>
    private static readonly int[] DoneActNouns = Lemmas("decision", "move", "step");

    /// <summary>Nouns of a chance or try, whose act is not done even after an ordinal: "Fiorina's last chance to defend the
    /// merger" (found hand-checking PolNeAR train events), where "the first country to recognize" did.</summary>
    private static readonly int[] ChanceNouns = Lemmas("chance", "opportunity", "attempt", "bid", "try", "effort", "shot", "hope", "push");

    private static readonly int[] Ordinals = Lemmas("first", "last", "only", "second", "third", "next", "latest");

    /// <summary>Whether a verb has a future modal (will, would, shall) among its auxiliaries.</summary>
    private bool HasFutureModal(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Aux && _lex.Modal(tokens[c].Lemma) is { Modality: EventModality.Future }) return true;
        return false;
    }

    /// <summary>The weaker of two claims wins: negated over hypothetical over future over reported over asserted.</summary>
    private static EventModality Stronger(EventModality a, EventModality b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(EventModality m) => m switch
    {
        EventModality.Negated => 4,
        EventModality.Hypothetical => 3,
        EventModality.Future => 2,
        EventModality.Reported => 1,
        _ => 0,
    };

    /// <summary>Codes the statement of the speech verb that reports an event, once per speech verb. With the reported
    /// event's code and doer (<paramref name="reported"/>, <paramref name="doer"/>), "the rebels claimed that they had
    /// attacked the convoy" is a claim of responsibility (015, <see cref="OwnClaim"/>), the sentence's main act.</summary>
    private void AddStatement(Context ctx, int s, Climb climb, List<CodedEvent> events, HashSet<int> statements, string? reported = null, int doer = -1,
        int reportedTarget = -1)
    {
        var tokens = ctx.Doc.Tokens;
        if (climb.SpeechVerb < 0 || tokens[climb.SpeechVerb].Upos != Verb) return;
        bool own = OwnClaim(ctx, climb.SpeechVerb, reported, doer);
        // Only a speech verb states something; an accusing verb or a claim noun (Claimed) codes its own event.
        if ((climb.ReportedBy < 0 && !own) || !statements.Add(climb.SpeechVerb)) return;
        if (_lex.Speech(tokens[climb.SpeechVerb].Lemma) is not { Cameo: { } code } speech) return;
        // What responsibility is claimed for is aimed at the attack's target (the data marks it so).
        int target = own ? reportedTarget : FindTarget(ctx, climb.SpeechVerb, speech, passive: false);
        var plain = new Climb { Modality = EventModality.Asserted, ReportedBy = -1, SpeechVerb = -1 };
        var modality = Stronger(LocalModality(ctx, climb.SpeechVerb), StatementFrame(ctx, climb.SpeechVerb));
        Emit(ctx, s, events, [Subject(ctx, climb.SpeechVerb)], Expand(ctx, target), own ? ClaimResponsibility : code, modality, plain,
            climb.SpeechVerb, climb.SpeechVerb, own ? "own+" + speech.Id : speech.Id, VerbConfidence, tokens[climb.SpeechVerb].Lemma,
            targetsAreActors: false);
    }

    /// <summary>
    /// What the verb a speech verb completes makes of the statement itself: "has been considering announcing that he will
    /// not endorse", "plans to announce": a statement weighed or planned is not made (found hand-checking PolNeAR train
    /// events). Only a verb of weighing or a chain of intent or the future: "went on to say", "was quick to add", "stood
    /// to say" did say.
    /// </summary>
    private EventModality StatementFrame(Context ctx, int speechVerb)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[speechVerb].Deprel != Xcomp || tokens[speechVerb].Head is not (var h and >= 0)) return EventModality.Asserted;
        if (Array.IndexOf(WeighingVerbs, tokens[h].Lemma) >= 0) return EventModality.Hypothetical;
        return _lex.Chain(tokens[h].Lemma) is { Class: "future" or "intent" } ? EventModality.Future : EventModality.Asserted;
    }

    /// <summary>CAMEO 015, acknowledge or claim responsibility.</summary>
    private const string ClaimResponsibility = "015";

    private static readonly int At = Vocabulary.Shared.Intern("at");

    /// <summary>What an act named by a noun was aimed at: the first "on", "against" or "at" complement below it, or a
    /// place named with "in", searched through nouns coordinated with it ("missile and drone attacks on") and the
    /// clauses that tell of it ("bombings that killed 300 people in Sri Lanka"), breadth first; -1 when none.</summary>
    private static int ActAim(Context ctx, int act)
    {
        var tokens = ctx.Doc.Tokens;
        Span<int> level = stackalloc int[32], next = stackalloc int[32];
        int count = 0;
        level[count++] = act;
        for (int depth = 0; depth < 3 && count > 0; depth++)
        {
            int nextCount = 0;
            for (int i = 0; i < count; i++)
                for (int c = ctx.First[level[i]]; c >= 0; c = ctx.Next[c])
                {
                    ushort rel = tokens[c].Deprel;
                    if (ctx.Time.Contains(c)) continue;
                    if (rel == Nmod || rel == Obl)
                    {
                        int prep = CaseOf(ctx, c);
                        if (prep == On || prep == Against || prep == At) return c;
                        if (prep == In && (IsPlace(ctx, c) || ArgumentPhrases.PlaceLike(ctx.Doc, c))) return c;
                    }
                    // The victims of a clause that tells of the act may carry the place ("killed 300 people in Sri Lanka").
                    else if ((rel == Conj || rel == Acl || rel == AclRelcl || (rel == Obj && depth > 0)) && nextCount < next.Length) next[nextCount++] = c;
                }
            next[..nextCount].CopyTo(level);
            count = nextCount;
        }
        return -1;
    }

    private static readonly int Claim = Vocabulary.Shared.Intern("claim");

    private static readonly int[] DoerPronouns = Lemmas("they", "it", "he", "she", "we", "i");

    /// <summary>"claimed that they had attacked", "Hamas claimed it fired the rockets": a claim whose clause tells an act
    /// of force or coercion (CAMEO 14–20) done by the claimer itself (a pronoun subject, or the claimer named again) claims
    /// responsibility for it (015). Annotators code such a sentence as the claim, not the attack.</summary>
    private bool OwnClaim(Context ctx, int speech, string? reported, int doer)
    {
        var tokens = ctx.Doc.Tokens;
        if (reported is null || doer < 0 || tokens[speech].Lemma != Claim || string.CompareOrdinal(reported[..2], "14") < 0) return false;
        if (tokens[doer].Upos == Pron && Array.IndexOf(DoerPronouns, tokens[doer].Lemma) >= 0) return true;
        int a = ActorOf(ctx, doer), b = ActorOf(ctx, Subject(ctx, speech));
        return a >= 0 && b >= 0 && (a == b || ctx.Doc.Actors[a].Code is { } code && code == ctx.Doc.Actors[b].Code);
    }

    /// <summary>
    /// "refused official talks", "rejected an offer": an object headed by a noun that names an act (one the lexicon
    /// codes as an event) and that names no party, owner or place is another act, not a party to this one; the act
    /// keeps no target rather than that act. An act owned by or naming a party ("rejected the minister's offer",
    /// "refused talks with the junta") keeps it, and so does a thing reached by a preposition ("lifted the ban on
    /// aid"), which the ConfliBERT gold mostly takes as the target. Comments (pessimistic, optimistic) are about a topic
    /// by convention and are not passed here.
    /// </summary>
    private void DropActTargets(Context ctx, List<(int Actor, int Token)> targets, int triggerFirst, int triggerLast)
    {
        var tokens = ctx.Doc.Tokens;
        for (int i = 0; i < targets.Count; i++)
        {
            if (targets[i] is not (< 0, >= 0 and var t) || (t >= triggerFirst && t <= triggerLast)) continue;
            if (tokens[t].Upos != Noun || tokens[t].Deprel != Obj || _lex.Nouns(tokens[t].Lemma) is null) continue;
            if (PartyIn(ctx, t) || Owner(ctx, t) >= 0 || IsPlace(ctx, t)) continue;
            targets[i] = (-1, -1);
        }
    }

    private void Emit(Context ctx, int s, List<CodedEvent> events, List<int> sources, List<int> targets, string code, EventModality modality,
        Climb climb, int triggerFirst, int triggerLast, string rule, double confidence, int triggerLemma, bool targetsAreActors)
    {
        var tokens = ctx.Doc.Tokens;
        // "Rebel fighters in the Deraa countryside will lay down their weapons": see YieldPlace.
        // A release or return (084) falls on whom it frees or gives back, whether or not the parse finds them.
        if (!targetsAreActors && sources.Count == 1 && targets.TrueForAll(t => t < 0) && (code.StartsWith("08", StringComparison.Ordinal) || code.StartsWith(IntendYield, StringComparison.Ordinal))
            && !code.StartsWith(ReturnRelease, StringComparison.Ordinal) && YieldPlace(ctx, sources[0]) is int place and >= 0) targets = [place];
        int depth = int.MaxValue;
        for (int t = triggerFirst; t <= triggerLast; t++)
        {
            int d = 0;
            for (int h = tokens[t].Head; h >= 0 && d < 64; h = tokens[h].Head) d++;
            if (d < depth) depth = d;
        }
        var sourceActors = new List<(int Actor, int Token)>();
        foreach (var t in sources) AddActors(ctx, sourceActors, t >= 0 ? ActorOf(ctx, t) : -1, t);
        var targetActors = new List<(int Actor, int Token)>();
        foreach (var t in targets)
        {
            if (targetsAreActors) AddActors(ctx, targetActors, t, t >= 0 ? ctx.Doc.Actors[t].HeadToken : -1);
            else AddActors(ctx, targetActors, t >= 0 ? ActorOf(ctx, t) is int own and >= 0 ? own : Owner(ctx, t) : -1, t);
        }
        // Conjuncts that are no actor give way to those that are. A subject none of whose conjuncts is one keeps its
        // first ("SLM/A and GoS were guilty of violating": the event was otherwise dropped); so does such an object
        // ("giving money to developers or homeowners"), whose phrase is then the whole group (see ArgumentPhrases.Spans).
        if (sourceActors.Count > 1 && sourceActors.Exists(p => p.Actor >= 0)) sourceActors.RemoveAll(p => p.Actor < 0);
        else if (sourceActors.Count > 1) sourceActors.RemoveRange(1, sourceActors.Count - 1);
        // A thing of the source's own ("defended his record") is aimed at no other party: the act keeps no target.
        bool ownThing = false;
        for (int i = 0; i < targetActors.Count; i++)
            if (targetActors[i] is (>= 0 and var owner, >= 0 and var owned) && ActorOf(ctx, owned) < 0)
                foreach (var (src, _) in sourceActors)
                    if (src == owner || SameEntity(ctx, src, owner)) { targetActors[i] = (-1, owned); ownThing |= PersonMention(ctx, ctx.Doc.Actors[owner]); break; }
        // "talked up her 50-state strategy", "praised his own record": a person's praise of their own thing endorses no
        // party (found hand-checking PolNeAR train events). A government's "supports its decision" may be an ally's.
        if (ownThing && code == Endorse && targetActors.TrueForAll(p => p.Actor < 0)) return;
        // "Rubio has aggressively supported the subsidies", "his support for abortion rights": a politician's stand on a
        // policy endorses no party; it is a position, not an event between actors (found hand-checking PolNeAR train events).
        if (code == Endorse && targetActors.TrueForAll(p => p.Actor < 0 && p.Token >= 0 && NounOrQuantityOf(ctx, p.Token, PolicyNouns))
            && sourceActors.Count > 0 && sourceActors.TrueForAll(p => PrivatePolitician(ctx, p.Actor))) return;
        if (targetActors.Count > 1 && targetActors.Exists(p => p.Actor >= 0)) targetActors.RemoveAll(p => p.Actor < 0);
        else if (targetActors.Count > 1) targetActors.RemoveRange(1, targetActors.Count - 1);
        if (targetActors.Count == 0) targetActors.Add((-1, -1));
        // "Brazil and the United States agreed to hold talks", "the two allies agreed": a cooperative act of a
        // coordinated or joint subject with no other party named is between its members, each towards the other.
        bool cooperative = code[0] == '0' && code[1] is >= '3' and <= '6';
        bool reciprocal = sourceActors.Count is >= 2 and <= MaxReciprocalActors
            && ((targetActors is [(-1, var thing)]
                && (cooperative
                    // "India and Pakistan violated the ceasefire agreement": parties that break a pact between them each
                    // break it towards the other.
                    || (code.StartsWith(ViolatePact, StringComparison.Ordinal) && thing >= 0 && Array.IndexOf(PactNouns, tokens[thing].Lemma) >= 0)))
                // "Israel and Iran held talks in Oman": a place "in" which the members meet is the venue, not a party.
                || (cooperative && targetActors is [(>= 0, var venue)] && venue >= 0 && CaseOf(ctx, venue) == In)
                // "India and Pakistan exchanged fire": an exchange goes each way.
                || (targetActors is [(-1, _)] && tokens[triggerFirst].Lemma == ExchangeWord));
        // Between politicians (persons, parties, legislators; no armed or police role on either side) an attack or a
        // hit is verbal (111: "Trump attacked Clinton", "Clinton's aggressive attack on Trump") and a defeat electoral
        // (no event: "beating Mr. Trump"). Found hand-checking asserted PolNeAR events, where they were most of the
        // force coded in campaign news.
        int force = code.Length >= 2 && code[0] == '1' && code[1] is '8' or '9' ? TriggerKind(ctx, triggerFirst, triggerLast) : 0;
        if (code is not (PessimisticComment or OptimisticComment)) DropActTargets(ctx, targetActors, triggerFirst, triggerLast);
        foreach (var (src, srcToken) in sourceActors)
        {
            if (ctx.RequireSource && src < 0) continue;
            foreach (var (tgt, tgtToken) in reciprocal ? sourceActors : targetActors)
            {
                if (reciprocal && tgt == src) continue;
                if (tgt >= 0 && tgt == src) continue;
                // An actor does not act on itself: "he pledged support to Trump" with "he" read as Trump, "Clinton accused
                // him" with "him" read as Clinton (67 such asserted or other events in the PolNeAR train ingest).
                if (SameEntity(ctx, src, tgt)) continue;
                // "Bulgarian nurses arrived in Sofia": arriving in or visiting a place of one's own country is going home
                // or travelling at home, no visit to another party (found hand-checking asserted Wikinews events).
                if (code is Visit or HostVisit && HomePlace(ctx, src, tgt)) continue;
                string pairCode = code, pairRule = rule;
                if (force != 0 && Political(ctx, src) && Political(ctx, tgt))
                {
                    if (force == 2) continue;
                    pairCode = VerbalAttack;
                    pairRule = rule + "+politicians";
                }
                // A politician out of government (a candidate, a legislator, a pundit) commands no force: whatever the
                // target, the attack is in words ("Trump's attack on a judge's Mexican heritage").
                // A candidate beating anyone or anything ("beating the establishment") beats them at the polls.
                else if (force == 2 && PrivatePolitician(ctx, src)) continue;
                else if (force == 1 && PrivatePolitician(ctx, src))
                {
                    pairCode = VerbalAttack;
                    pairRule = rule + "+politician";
                }
                events.Add(new CodedEvent
                {
                    Depth = depth, SourceToken = srcToken, TargetToken = tgtToken,
                    Sentence = s, Source = src, Target = tgt, Cameo = pairCode,
                    Modality = climb.ReportedBy >= 0 && modality == EventModality.Asserted ? EventModality.Reported : modality,
                    ReportedBy = climb.ReportedBy, TriggerFirst = triggerFirst, TriggerLast = triggerLast,
                    TriggerStart = tokens[triggerFirst].Start, TriggerEnd = tokens[triggerLast].End, Rule = pairRule,
                    Confidence = Math.Round(tgt < 0 ? confidence - NoTargetPenalty : confidence, 2), TriggerLemma = triggerLemma,
                });
            }
        }
    }

    /// <summary>CAMEO 035, express intent to yield; 084, return or release.</summary>
    private const string IntendYield = "035", ReturnRelease = "084";

    /// <summary>Where a party that yields (08, or means to: 035) stands, when the act names no one it yields to: the
    /// place an "in" phrase puts the party in ("rebel fighters in the Deraa countryside will lay down their weapons",
    /// "protest leaders in Sudan agreed to end the strike"), or the party it fights there ("the coalition fighting rebels
    /// in Yemen declared a ceasefire"). The data marks that place as the target: on the tuning part 3 of the 4 such acts,
    /// the fourth a release, which falls on whom it frees (so 084 is left out). -1 when there is none.</summary>
    private static int YieldPlace(Context ctx, int source)
    {
        var tokens = ctx.Doc.Tokens;
        if (source < 0) return -1;
        for (int c = ctx.First[source]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == In && PlaceNamed(ctx, c)) return c;
            // ... through the party a clause on the source fights or holds ("fighting Houthi rebels in Yemen").
            if (tokens[c].Deprel == Acl && tokens[c].Upos == Verb && Child(ctx, c, Obj) is int held and >= 0)
                for (int k = ctx.First[held]; k >= 0; k = ctx.Next[k])
                    if (tokens[k].Deprel == Nmod && CaseOf(ctx, k) == In && PlaceNamed(ctx, k)) return k;
        }
        return -1;

        // A place, or a noun a place name modifies ("the Deraa countryside"); a date is none.
        static bool PlaceNamed(Context ctx, int t)
        {
            if (ctx.Time.Contains(t)) return false;
            if (IsPlace(ctx, t)) return true;
            for (int k = ctx.First[t]; k >= 0; k = ctx.Next[k])
                if (ctx.Doc.Tokens[k].Deprel == Compound && IsPlace(ctx, k)) return true;
            return false;
        }
    }

    /// <summary>Verbs that act on what they govern: a threat or attack "from" someone that they govern is not aimed at
    /// their subject.</summary>
    /// <summary>Verbs whose subject receives the nominal act they take as object ("faced criticism", "drew condemnation").</summary>
    private static readonly int[] ReceivingVerbs = Lemmas("face", "draw", "receive", "suffer", "endure", "weather", "attract", "incur", "undergo",
        // "America once again experienced attacks upon our shores" (found hand-checking PolNeAR dev events)
        "experience", "sustain", "withstand",
        // "consolidated support by picking Bush", "has earned praise", "enjoys the backing of": what one gains is others'
        // (found hand-checking PolNeAR train events; "win" and "lose" cost a held-out ConfliBERT span and stay out)
        "consolidate", "garner", "gain", "earn", "enjoy", "retain",
        // "Clinton captured the support of voters", "commands the loyalty of" (found hand-checking PolNeAR train events; not
        // "secure": "secured a nuclear deal with Iran" made it)
        "capture", "command", "court");

    private const string LegalCharge = "173", Accuse = "112";

    /// <summary>Adjectives of attitude the lexicon codes as predicates ("is skeptical about": 012).</summary>
    private static readonly int[] AttitudeAdjectives = Lemmas("skeptical", "sceptical", "pessimistic", "doubtful", "optimistic", "confident", "hopeful", "opposed");

    /// <summary>Verbs of having or getting, whose subject receives the nominal act when a "from" phrase names its doer.</summary>
    private static readonly int[] GettingVerbs = Lemmas("have", "get", "gain", "win", "enjoy", "secure", "obtain", "earn");

    /// <summary>Whether a nominal has a complement introduced by this preposition.</summary>
    private static bool HasCase(Context ctx, int n, int preposition)
    {
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
            if ((ctx.Doc.Tokens[c].Deprel == Nmod || ctx.Doc.Tokens[c].Deprel == Obl) && CaseOf(ctx, c) == preposition) return true;
        return false;
    }

    /// <summary>Verbs whose subject is "under" the nominal act ("came under attack", "fell under suspicion", "is under pressure").</summary>
    private static readonly int[] UnderVerbs = Lemmas("come", "fall", "be", "remain", "stay");

    private static readonly int UnderWord = Vocabulary.Shared.Intern("under");

    /// <summary>Verbs of shielding something from an act: "defend X against attacks", "protect X from criticism".</summary>
    private static readonly int[] ShieldVerbs = Lemmas("defend", "protect", "shield", "guard", "insulate", "safeguard");

    private static readonly int[] CounterVerbs = Lemmas("dispense", "eliminate", "counter", "neutralize", "neutralise", "tackle", "confront",
        "combat", "fight", "defeat", "end", "remove", "handle", "deal", "destroy", "crush", "thwart", "foil", "repel", "repulse", "stop", "prevent");

    /// <summary>What is signed into force, not with a party: "signed the Act", "signed an order".</summary>
    /// <summary>Cases at law: "sent the case back to the district court" gives no aid.</summary>
    private static readonly int[] CaseNouns = Lemmas("case", "lawsuit", "suit", "appeal", "complaint", "matter", "dispute");

    private static readonly int[] LawNouns = Lemmas("act", "bill", "law", "legislation", "order", "decree", "budget", "measure", "ordinance", "resolution", "petition", "proclamation",
        "Act", "Bill", "Law", "Order", "Decree", "Budget", "Resolution");

    /// <summary>What is released to the public: "released a photo", "released the report".</summary>
    private static readonly int[] DocumentNouns = Lemmas("photo", "photograph", "picture", "image", "video", "footage", "report", "statement", "data",
        "figure", "information", "detail", "document", "result", "list", "record", "name", "finding", "study", "survey", "audio", "recording", "transcript", "album", "film", "book", "version", "update", "guideline",
        // "released an ad", "released a letter from his doctor", "released hacked emails" (found hand-checking PolNeAR events)
        "ad", "advertisement", "commercial", "letter", "memo", "email", "e-mail", "tape", "poll", "plan", "proposal", "budget", "return", "schedule",
        "analysis", "filing", "correspondence", "cable", "exchange",
        "platform", "song", "clip", "trailer", "map", "chart", "score", "robocall", "mailer", "spot", "podcast", "documentary",
        // "paid speeches she delivered on Wall Street" (found hand-checking PolNeAR train events)
        "speech", "address", "remark", "lecture", "sermon", "eulogy");

    /// <summary>What is offered in words, not in deed: "offered no proof", "offering few specifics" is no offer to cooperate.</summary>
    private static readonly int[] ExplanationNouns = Lemmas("proof", "evidence", "explanation", "detail", "specific", "specifics", "reason", "justification",
        "insight", "glimpse", "perspective", "view", "thought", "assessment", "analysis", "opinion", "prediction", "clue", "hint", "answer", "excuse", "apology",
        // "Rubio seemed to offer a caveat" (found hand-checking PolNeAR train events)
        "caveat", "rebuttal", "comment", "remark", "observation", "critique", "correction", "clarification", "qualification",
        // "Trump offered increasingly strident defenses of Lewandowski" (found hand-checking PolNeAR train events)
        "defense", "defence", "argument", "rationale", "account", "version", "theory",
        // "California offered a unique opportunity" (found hand-checking PolNeAR train events)
        "opportunity", "contrast", "lesson", "example", "reminder", "preview", "window",
        // "cast her rival as offering a narrow economic message" (found hand-checking PolNeAR train events)
        "message", "vision", "argument", "narrative", "pitch", "rationale", "case",
        // "Trump even offered some kind words about Bush": words of praise or comfort, no intent to cooperate (found
        // hand-checking PolNeAR train events)
        "word", "praise", "compliment", "tribute", "prayer", "blessing",
        // "The GOP candidates also offered ideas for boosting college affordability": ideas for a policy, no intent to
        // cooperate with anyone (found hand-checking PolNeAR train events)
        "idea", "suggestion", "solution", "recommendation", "advice", "tip", "prescription");

    /// <summary>What a campaign wins or a speaker catches, no one held: "capturing the frustration of many Americans",
    /// "captured the nomination", "captured the imagination" (173; found hand-checking PolNeAR train events).</summary>
    private static readonly int[] CaughtNouns = Lemmas("frustration", "anger", "mood", "imagination", "attention", "spirit", "sentiment", "essence",
        "zeitgeist", "momentum", "nomination", "vote", "delegate", "support", "heart", "interest", "headline", "spotlight", "moment", "feeling", "fear");

    /// <summary>What one meets that is no party: "whether he met the Constitution's natural-born standard", "met the
    /// deadline" (found hand-checking PolNeAR train events).</summary>
    private static readonly int[] StandardNouns = Lemmas("standard", "requirement", "criterion", "criteria", "threshold", "deadline", "goal", "target",
        "expectation", "benchmark", "quota", "bar", "definition", "test", "obligation", "need", "condition", "qualification", "mark");

    /// <summary>What is seized or burned in a figure of speech: "seizing an opportunity", "seized the floor", "burning
    /// the mortgage" (171; found hand-checking PolNeAR train events).</summary>
    private static readonly int[] SeizedNouns = Lemmas("opportunity", "chance", "moment", "initiative", "floor", "momentum", "spotlight", "advantage",
        "opening", "mantle", "narrative", "issue", "headline", "headlines", "day", "podium", "microphone", "mic", "stage", "mortgage", "bridge",
        "calorie", "midnight", "oil", "rubber", "candle");

    /// <summary>Animals culled or killed: no party to a coercive act. Not "head": "500 head of cattle" is caught by its
    /// "of" animal, and "detained the head of Amnesty International" is a person.</summary>
    private static readonly int[] AnimalNouns = Lemmas("animal", "pig", "hog", "swine", "chicken", "bird", "poultry", "duck", "goose", "cattle", "cow",
        "sheep", "goat", "livestock", "flock", "herd", "fowl", "turkey", "camel", "dog", "cat", "piglet", "hen", "mink", "rat", "mosquito");

    /// <summary>Family and friends: whom a private visit is to.</summary>
    private static readonly int[] KinNouns = Lemmas("relative", "family", "friend", "parent", "mother", "father", "grandmother", "grandfather",
        "grandparent", "sister", "brother", "son", "daughter", "wife", "husband", "cousin", "aunt", "uncle", "grave", "relatives", "friends", "parents");

    /// <summary>Gatherings and shows one hosts at home or on air: "hosted his Labor Day cookout", "hosts a podcast" host
    /// no visit (043). Meals are left out: "hosted a dinner for the visiting premier" is one.</summary>
    private static readonly int[] SocialNouns = Lemmas("cookout", "barbecue", "party", "fundraiser", "gala", "concert", "show", "picnic", "festival",
        "wedding", "podcast", "program", "programme", "broadcast", "debate", "rally", "game", "tournament", "contest", "competition", "event",
        // "hosted Trump campaign news conferences" (found hand-checking PolNeAR train events)
        "conference", "forum", "panel", "screening", "roundtable", "townhall", "caucus", "primary", "convention");

    /// <summary>What a court decides: "appealed the case to the Sixth Circuit", "appealed the ruling" take a decision to
    /// a higher court, no appeal to a party for help (020; found hand-checking PolNeAR dev events).</summary>
    private static readonly int[] RulingNouns = Lemmas("case", "ruling", "decision", "verdict", "sentence", "conviction", "judgment", "judgement",
        "injunction", "acquittal", "dismissal");

    /// <summary>Qualities one lends or gives figuratively: "lending legitimacy to a network", "gave credence to the
    /// claims" give no aid (07; found hand-checking PolNeAR dev events).</summary>
    private static readonly int[] LentQualities = Lemmas("legitimacy", "credibility", "credence", "weight", "voice", "name", "ear", "momentum",
        "cover", "prestige", "luster", "lustre", "air", "impetus", "urgency");

    /// <summary>What one carries out: "flawlessly executed it (a game plan)", "executed the strategy" kill no one (182;
    /// found hand-checking PolNeAR dev events).</summary>
    private static readonly int[] PlanNouns = Lemmas("plan", "strategy", "order", "policy", "program", "programme", "play", "move", "maneuver",
        "manoeuvre", "task", "transaction", "deal", "contract", "warrant", "will", "agreement", "trade", "search", "turn", "pass");

    /// <summary>A standing one holds: "the Bush dynasty occupied an elevated position" occupies no territory (192; found
    /// hand-checking PolNeAR train events).</summary>
    private static readonly int[] StandingNouns = Lemmas("position", "role", "seat", "office", "post", "place", "spot", "space", "niche", "status",
        "rank", "slot", "chair", "job", "center", "centre", "middle");

    /// <summary>People gathered with no party named: "welcomed several hundred guests", "welcomed the crowd" (found
    /// hand-checking PolNeAR dev events).</summary>
    private static readonly int[] AudienceNouns = Lemmas("guest", "crowd", "audience", "attendee", "spectator", "fan", "viewer", "listener", "reader");

    /// <summary>What one spends of oneself: "invested time", "invested effort".</summary>
    private static readonly int[] EffortNouns = Lemmas("time", "effort", "energy", "hour", "day", "week", "month", "year", "attention");

    /// <summary>What one fires off in words: "started firing off questions", "fired off an angry letter".</summary>
    private static readonly int[] Utterances = Lemmas("question", "query", "letter", "tweet", "email", "e-mail", "message", "memo", "missive", "retort",
        "barb", "insult", "quip", "joke", "remark", "comment", "response", "reply", "note", "text", "salvo");

    /// <summary>Goods one releases to the market or charges with power: "released a new phone", "charging a device" frees
    /// or charges no one (found checking events on general news pages).</summary>
    private static readonly int[] ProductNouns = Lemmas("product", "device", "phone", "smartphone", "iphone", "ipad", "tablet", "laptop",
        "computer", "model", "gadget", "app", "software", "game", "feature", "edition", "console", "chip", "processor", "battery", "watch",
        "camera", "headphone", "earbud", "speaker", "drug", "vaccine", "collection", "line", "series", "season", "episode",
        // "the Magic Keyboard that Apple released", "released the new sedan" (found checking events on general news pages)
        "keyboard", "mouse", "accessory", "monitor", "television", "router", "sedan", "suv", "hatchback", "pickup");

    /// <summary>What a firm offers its customers: "offered free keyboard repairs", "offers a refund" is no intent to
    /// cooperate with a party (found checking events on general news pages).</summary>
    private static readonly int[] CustomerServices = Lemmas("repair", "refund", "rebate", "discount", "replacement", "warranty", "upgrade",
        "subscription", "trial", "shipping", "delivery", "coupon", "voucher", "financing", "lease", "price", "fare", "plan", "package", "bundle",
        "service", "support", "fix", "recall");

    /// <summary>A talk made public: "a call the White House released" frees no one (found checking events on general news
    /// pages).</summary>
    private static readonly int[] ReleasedTalks = Lemmas("call", "conversation", "readout", "summary", "exchange", "interview", "speech", "testimony");

    /// <summary>What one "returns" in kind, giving nothing back that was taken: "returned the compliment", "returned the
    /// favor", "returned fire" (084 on "Trump returned the compliment to Adelson", found hand-checking PolNeAR train events).</summary>
    private static readonly int[] ReturnedCourtesies = Lemmas("compliment", "compliments", "favor", "favour", "favors", "favours", "gesture", "greeting",
        "greetings", "salute", "praise", "kindness", "courtesy", "fire", "serve", "volley", "smile", "wave", "embrace", "hug");

    /// <summary>What one signs that binds no two parties: "signed the letter to Obama", "signed copies of her book".</summary>
    private static readonly int[] SignedPapers = Lemmas("letter", "book", "copy", "autograph", "card", "note", "memo", "email", "op-ed", "column",
        "poster", "photo", "ball", "cast", "check", "cheque", "ballot", "form", "waiver", "affidavit", "guestbook");

    /// <summary>
    /// Objects that make a coded act no act on a party, by code prefix: the object noun or the noun it counts ("hundreds of
    /// pigs") is one of the list. "invested time in Minnesota" is no economic cooperation (061; only when active: a known
    /// error of the PolNeAR hand check); "signed the Act", "signed an executive order" is no agreement between parties (057);
    /// "released a report", "a photo released by the Department of Corrections" frees no one (084; found in a random 30 of
    /// LGL events); "burned hundreds of pigs", "killed 5,000 chickens", culls in epidemic news, are no force against a party
    /// (17-20; GeoVirus); "a Mexican boy visiting relatives in Texas" is no visit between parties (042).
    /// </summary>
    private static readonly (string Prefix, int[] Nouns, bool ActiveOnly)[] NoPartyObjects =
    [
        ("18", PlanNouns, false), ("192", StandingNouns, false), ("043", SocialNouns, false), ("043", AudienceNouns, false), ("051", AudienceNouns, false), ("020", RulingNouns, false), ("07", LentQualities, false), ("07", DocumentNouns, false), ("07", LawNouns, false), ("07", CaseNouns, false), ("07", RulingNouns, false), ("084", MoneyNouns, false),
        ("061", EffortNouns, true), ("057", LawNouns, false), ("057", SignedPapers, false), ("084", DocumentNouns, false), ("042", KinNouns, false), ("040", KinNouns, false), ("030", ExplanationNouns, false), ("173", CaughtNouns, false),
        ("084", ProductNouns, false), ("084", ReturnedCourtesies, false), ("173", ProductNouns, false), ("030", ProductNouns, false), ("030", CustomerServices, false), ("084", ReleasedTalks, false), ("18", Utterances, false), ("19", Utterances, false), ("171", SeizedNouns, false), ("02", Lemmas("anonymity", "confidentiality"), false), ("04", StandardNouns, false), ("17", AnimalNouns, false), ("18", AnimalNouns, false), ("19", AnimalNouns, false), ("20", AnimalNouns, false),
    ];

    /// <summary>Ills and causes one fights without fighting anyone: "fight the virus", "fight poverty", "fight against
    /// religious liberty".</summary>
    private static readonly int[] ScourgeNouns = Lemmas("virus", "disease", "epidemic", "outbreak", "pandemic", "infection", "cancer", "illness",
        "fire", "wildfire", "blaze", "flood", "drought", "poverty", "hunger", "famine", "corruption", "inflation", "unemployment", "addiction",
        "crisis", "liberty", "freedom", "right", "odds", "urge", "temptation", "stigma", "injustice", "inequality", "racism", "bigotry", "hate",
        "cause", "change", "proposal", "plan", "policy", "nomination", "ruling", "decision", "rule", "regulation", "reform", "mandate", "tax", "ban", "cut", "cuts");

    /// <summary>What "strike" takes in a figure of speech: "struck a chord", "strike a balance", "struck a defiant tone".</summary>
    private static readonly int[] FigureNouns = Lemmas("chord", "balance", "tone", "note", "nerve", "pose", "match", "figure", "blow", "bargain", "gold", "pay", "posture",
        "rationale", "idea", "theme", "message", "formula", "solution", "jackpot", "milestone", "mark", "snag", "wall", "roadblock", "bump", "trail", "airwaves");

    private static readonly int TargetVerb = Vocabulary.Shared.Intern("target");

    /// <summary>Modifiers of an attack made of words: "a media attack", "personal attacks", "a smear attack".</summary>
    private static readonly int[] WordyAttacks = Lemmas("media", "verbal", "personal", "rhetorical", "smear", "ad", "advertising", "negative",
        "character", "twitter", "tweet", "press", "partisan");

    /// <summary>Messages that can attack only in words: "ads attacking Cruz", "a tweet that blasts Clinton".</summary>
    private static readonly int[] MessageNouns = Lemmas("ad", "advertisement", "commercial", "spot", "mailer", "tweet", "post", "video", "editorial",
        "column", "article", "op-ed", "letter", "speech", "statement", "email", "message", "billboard", "flyer", "leaflet", "pamphlet", "book", "memo");

    /// <summary>A place or a country (an actor of country kind) modifies the noun: "New Hampshire ads", "Iowa mailers".</summary>
    private static bool PlaceModifier(Context ctx, int noun)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Compound || tokens[c].Deprel == Amod) && (IsPlace(ctx, c)
                || (ActorOf(ctx, c) is int a and >= 0 && ctx.Doc.Actors[a].Kind == MentionKind.Country))) return true;
        return false;
    }

    /// <summary>The head of the noun phrase a token stands in: up through compounds, adjectives, flat names and
    /// possessors ("New Hampshire ads" gives "ads").</summary>
    private static int PhraseHead(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        for (int k = 0; k < 6 && tokens[t].Head >= 0 && tokens[t].Deprel is var r && (r == Compound || r == Amod || r == Flat || r == NmodPoss); k++) t = tokens[t].Head;
        return t;
    }

    private static readonly int WarfareWord = Vocabulary.Shared.Intern("warfare"), OffensiveWord = Vocabulary.Shared.Intern("offensive"),
        BlitzWord = Vocabulary.Shared.Intern("blitz");

    private static readonly int SupportWord = Vocabulary.Shared.Intern("support");

    private static readonly int[] GivenSupportWords = Lemmas("for", "of", "to", "behind");

    /// <summary>Kinds of warfare waged without arms: "information warfare", "class warfare", "lawfare" by another name.</summary>
    private static readonly int[] UnarmedWarfare = Lemmas("information", "psychological", "economic", "political", "class", "legal", "cultural", "culture",
        "trade", "media", "propaganda", "financial", "ideological", "rhetorical", "verbal", "partisan", "bureaucratic", "electoral",
        // "a charm offensive", "a diplomatic offensive", "a media blitz"
        "charm", "diplomatic", "publicity", "advertising", "ad", "messaging", "peace", "fundraising");

    /// <summary>Events one goes to: "hit a gathering", "hitting fundraisers".</summary>
    private static readonly int[] GatheringNouns = Lemmas("gathering", "rally", "fundraiser", "event", "convention", "reception", "breakfast", "lunch",
        "luncheon", "dinner", "meeting", "forum", "picnic", "fair", "festival");

    private static readonly int Into = Vocabulary.Shared.Intern("into"), HitWord = Vocabulary.Shared.Intern("hit"),
        ShootWord = Vocabulary.Shared.Intern("shoot");

    /// <summary>Where one shoots figuratively: "shot into view", "shot to prominence".</summary>
    private static readonly int[] RiseNouns = Lemmas("view", "prominence", "fame", "stardom", "lead", "top", "spotlight", "headline", "headlines", "notoriety");

    /// <summary>A verb of force in a figure of speech: striking something down (overturning it), hitting or striking
    /// "upon" something (an idea found), shooting "into view" or "to prominence" (a rise).</summary>
    private static bool Figurative(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int lemma = tokens[v].Lemma;
        if (lemma != HitWord && lemma != Strike && lemma != ShootWord) return false;
        if (lemma == Strike && Child(ctx, v, Prt) is int down and >= 0 && tokens[down].Lemma == Down) return true;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel != Obl || CaseOf(ctx, c) is not (var k and >= 0)) continue;
            if (k == Upon && lemma != ShootWord) return true;
            if (lemma == ShootWord && (k == Into || k == To) && Array.IndexOf(RiseNouns, tokens[c].Lemma) >= 0) return true;
        }
        return false;
    }

    /// <summary>What one holds over rivals, not with a partner: a lead in a race or a poll.</summary>
    private static readonly int[] PollLeadNouns = Lemmas("lead", "edge", "advantage", "margin", "majority", "plurality", "cushion", "head-start",
        "headstart", "point", "points", "standing", "rating", "ratings");

    /// <summary>Results and showings one "delivers" without giving anything: "delivered a win", "a strong performance".</summary>
    private static readonly int[] ShowingNouns = Lemmas("win", "victory", "blowout", "performance", "showing", "blow", "punch", "knockout", "upset",
        "result", "results", "moment", "night");

    private static readonly int ForthWord = Vocabulary.Shared.Intern("forth");

    /// <summary>"hold a lead / an edge (with a group of voters)" or "hold forth": no meeting held.</summary>
    private static bool HoldsStandingOrForth(Context ctx, int v, int objToken)
    {
        if (objToken >= 0 && NounOrQuantityOf(ctx, objToken, PollLeadNouns)) return true;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Lemma == ForthWord) return true;
        return false;
    }

    private static readonly int AroundWord = Vocabulary.Shared.Intern("around"), BehindWord = Vocabulary.Shared.Intern("behind");

    /// <summary>A rallying verb "around" or "behind" someone: backing, not protesting.</summary>
    private static bool RalliesBehind(Context ctx, int v) =>
        ctx.Doc.Tokens[v].Lemma == Rally && (HasCase(ctx, v, AroundWord) || HasCase(ctx, v, BehindWord));

    private static readonly int Down = Vocabulary.Shared.Intern("down"), WelcomeWord = Vocabulary.Shared.Intern("welcome");

    private static readonly int[] NewbornNouns = Lemmas("baby", "child", "girl", "boy", "son", "daughter", "grandchild", "grandson", "granddaughter",
        "twin", "twins", "newborn", "infant", "arrival", "addition");

    private static bool ActsOnNoParty(Context ctx, string code, int obj, bool passive)
    {
        if (obj < 0) return false;
        foreach (var (prefix, nouns, activeOnly) in NoPartyObjects)
            if (code.StartsWith(prefix, StringComparison.Ordinal) && !(activeOnly && passive) && NounOrQuantityOf(ctx, obj, nouns)) return true;
        // "Apple released the new iPad Pro": a name that is no actor (no person, body or place the gazetteer knows) is a
        // product or a work, and releasing it frees no one (found checking events on general news pages).
        ref readonly var o = ref ctx.Doc.Tokens[obj];
        if (code == Release && o.Head >= 0 && ctx.Doc.Tokens[o.Head].Lemma == ReleaseWord && (o.Upos == Propn || (o.Upos == Noun && char.IsUpper(ctx.Doc.Text[o.Start]))) && ActorOf(ctx, obj) < 0
            && !ResolvedPlace(ctx, obj))
            return true;
        return false;
    }

    /// <summary>Whether a token is inside a place the gazetteer resolved (<see cref="IsPlace"/> counts unresolved ones too).</summary>
    private static bool ResolvedPlace(Context ctx, int t)
    {
        foreach (var p in ctx.Doc.Places)
            if (p.GeoNamesId is not null && t >= p.FirstToken && t < p.FirstToken + p.TokenCount) return true;
        return false;
    }

    private const string Release = "084";

    /// <summary>The noun is one of <paramref name="lemmas"/>, or a quantity "of" one ("a lot of time", "hundreds of pigs").</summary>
    private static bool NounOrQuantityOf(Context ctx, int noun, int[] lemmas)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(lemmas, tokens[noun].Lemma) >= 0) return true;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == Of && Array.IndexOf(lemmas, tokens[c].Lemma) >= 0) return true;
        return false;
    }

    /// <summary>Modifiers that put a nominal event in the future: "future talks", "possible talks", "a proposed visit".</summary>
    private static readonly int[] FutureModifiers = Lemmas("future", "possible", "potential", "proposed", "planned", "prospective", "eventual", "upcoming", "expected",
        // "the administration's pending Trans-Pacific Partnership deal" (found hand-checking PolNeAR train events; the
        // lemmatizer may give "pending" as "pend")
        "pending", "pend", "draft", "would-be", "hypothetical");

    private static readonly ushort Vbn = Labels.Xpos.Intern("VBN"), Vbd = Labels.Xpos.Intern("VBD"), Vbg = Labels.Xpos.Intern("VBG"),
        Nns = Labels.Xpos.Intern("NNS"), Nnps = Labels.Xpos.Intern("NNPS"), Vbz = Labels.Xpos.Intern("VBZ");

    private static readonly ushort Cc = Labels.Deprel.Intern("cc"), NsubjOuter = Labels.Deprel.Intern("nsubj:outer");

    /// <summary>Whether a token has a child of this lemma.</summary>
    private static bool HasChildLemma(Context ctx, int t, int lemma)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c]) if (tokens[c].Lemma == lemma) return true;
        return false;
    }

    private static readonly int Warning = Vocabulary.Shared.Intern("warning"), Against = Vocabulary.Shared.Intern("against"),
        On = Vocabulary.Shared.Intern("on"), About = Vocabulary.Shared.Intern("about");

    /// <summary>CAMEO 012, make a pessimistic comment; 013, an optimistic one.</summary>
    private const string PessimisticComment = "012", OptimisticComment = "013";

    private static readonly int[] TopicMarks = Lemmas("about", "over", "on", "at", "regarding");

    /// <summary>
    /// What a clause hung on <paramref name="owner"/> (a comment noun or its light verb) is about: the subject of a
    /// "that" clause ("that the new adviser could improve"), or the party an act in a gerund clause is done with or to
    /// ("over holding negotiations with the United States", "about bringing the standoff to an end"); a "that" clause
    /// the parse hung on a date ("optimism Wednesday that") counts. -1 when there is none, or its subject is a pronoun.
    /// </summary>
    private int ClauseTopic(Context ctx, int owner)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[owner]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if (ctx.Time.Contains(c))
            {
                for (int d = ctx.First[c]; d >= 0; d = ctx.Next[d])
                    if (tokens[d].Deprel == Acl && MarkOf(ctx, d) == That && ClauseSubject(d) is int s and >= 0) return s;
                continue;
            }
            // A clause may be a predicate of "be" ("hoped Bolton would be able to"), with its subject all the same.
            if ((tokens[c].Upos != Verb && Child(ctx, c, Cop) < 0) || (rel != Acl && rel != Advcl && rel != Ccomp)) continue;
            int mark = MarkOf(ctx, c);
            if (mark < 0 && ThatOnSubject(ctx, c)) mark = That;
            if (mark == That || (mark < 0 && rel == Ccomp))
            {
                if (ClauseSubject(c) is int s and >= 0) return s;
            }
            else if (Array.IndexOf(TopicMarks, mark) >= 0)
            {
                int with = WithComplement(ctx, c);
                if (with >= 0 && ActorOf(ctx, with) >= 0) return with;
                if (Child(ctx, c, Obj) is int o and >= 0) return o;
            }
        }
        return -1;

        int ClauseSubject(int clause)
        {
            int subj = Child(ctx, clause, Nsubj);
            if (subj < 0) subj = Child(ctx, clause, NsubjPass);
            return subj >= 0 && ctx.Doc.Tokens[subj].Upos != Pron ? subj : -1;
        }
    }

    /// <summary>"expressed pessimism that the new adviser could improve", parsed with "that" hung on the clause's subject
    /// instead of its verb: a clause whose subject begins with a "that" of its own is a "that" clause all the same.</summary>
    private static bool ThatOnSubject(Context ctx, int clause)
    {
        var tokens = ctx.Doc.Tokens;
        return Child(ctx, clause, Nsubj) is int subj and >= 0 && subj < clause && Child(ctx, subj, Mark) is int m and >= 0 && m < subj
            && tokens[m].Lemma == That && PhraseStart(ctx, subj) == m;
    }

    /// <summary>A warning whose content is a risk, no act of the warner's: a "that" clause whose subject is a thing, not an
    /// actor nor a pronoun ("a warning that a pandemic could cost Asia billions"), or "against" an act on no actor ("a
    /// warning against eating alligator meat"). Found hand-checking Wikinews events, where health warnings were threats.</summary>
    private static bool RiskWarning(Context ctx, int n)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if (rel != Acl && rel != AclRelcl && rel != Ccomp && rel != Advcl) continue;
            int mark = MarkOf(ctx, c);
            if (mark == That || (mark < 0 && rel == Ccomp) || (rel == AclRelcl && ThatClause(ctx, c)))
            {
                int subj = Child(ctx, c, Nsubj);
                if (subj < 0) subj = Child(ctx, c, NsubjPass);
                if (subj >= 0 && tokens[subj].Upos != Pron && ActorOf(ctx, subj) < 0) return true;
            }
            else if (mark == Against && tokens[c].Upos == Verb)
            {
                int obj = Child(ctx, c, Obj);
                if (obj < 0 || ActorOf(ctx, obj) < 0) return true;
            }
        }
        // "a warning on cantaloupes", "a warning about the heat": on or about a thing, to no party.
        bool thing = false;
        for (int c = ctx.First[n]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel != Nmod) continue;
            int prep = CaseOf(ctx, c);
            if ((prep == To || prep == Against) && ActorOf(ctx, c) >= 0) return false;
            if ((prep == On || prep == About) && ActorOf(ctx, c) < 0) thing = true;
        }
        return thing;
    }

    /// <summary>CAMEO 042 (make a visit) and 043 (host a visit).</summary>
    private const string Visit = "042", HostVisit = "043";

    /// <summary>The target is a place (a country-kind mention: a country, capital or state) of the source's own country.</summary>
    private static bool HomePlace(Context ctx, int src, int tgt)
    {
        if (src < 0 || tgt < 0) return false;
        var t = ctx.Doc.Actors[tgt];
        return t.Kind == MentionKind.Country && t.Country is { } c && ctx.Doc.Actors[src].Country == c;
    }

    /// <summary>CAMEO 128, defy norms or law: what breaking an agreement is coded as.</summary>
    private const string ViolatePact = "128";

    /// <summary>Agreements between parties ("violated the ceasefire agreement", "broke the truce").</summary>
    private static readonly int[] PactNouns = Lemmas("agreement", "ceasefire", "truce", "accord", "deal", "pact", "treaty", "armistice");

    /// <summary>Words of force that campaign news uses for words: "attacked", "hit", "an attack on".</summary>
    private static readonly int[] VerbalForceLemmas = Lemmas("attack", "hit", "strike", "target", "assault", "hammer", "bash", "pummel",
        "batter", "lash", "fight", "offensive", "broadside", "counterattack", "blast", "slam", "savage", "pound",
        // "after clashing with Nancy", "sparred with the moderator" (found hand-checking PolNeAR train events)
        "clash", "spar", "tangle", "battle", "duel", "skirmish");

    /// <summary>Roles that can use force: with one of them an actor's attack stays force.</summary>
    private static readonly HashSet<string> ForceRoles = new(StringComparer.Ordinal) { "MIL", "REB", "INS", "COP", "SPY", "CRM", "UAF", "SEP", "RAD", "TER" };

    /// <summary>Roles of political life without force: parties, legislators, elites, media.</summary>
    private static readonly HashSet<string> PoliticalRoles = new(StringComparer.Ordinal) { "PTY", "LEG", "ELI", "MED" };

    private static readonly int[] PersonPronouns = Lemmas("he", "she", "him", "her", "his", "hers");

    /// <summary>1 when a trigger word is a word of force used for words (<see cref="VerbalForceLemmas"/>), 2 when it is a
    /// verb of defeat (<see cref="DefeatVerbs"/>), else 0.</summary>
    private static int TriggerKind(Context ctx, int first, int last)
    {
        var tokens = ctx.Doc.Tokens;
        for (int t = first; t <= last; t++)
        {
            if (Array.IndexOf(DefeatVerbs, tokens[t].Lemma) >= 0) return 2;
            if (Array.IndexOf(VerbalForceLemmas, tokens[t].Lemma) >= 0) return 1;
        }
        return 0;
    }

    /// <summary>A politician: a named person (or a he/she standing for one), or a party, legislature, elite or media
    /// actor, with no role that can use force.</summary>
    private static bool Political(Context ctx, int actor)
    {
        if (actor < 0) return false;
        var m = ctx.Doc.Actors[actor];
        bool political = PersonMention(ctx, m);
        foreach (var r in m.Roles)
        {
            if (ForceRoles.Contains(r)) return false;
            political |= PoliticalRoles.Contains(r);
        }
        return political;
    }

    private static readonly int Strike = Vocabulary.Shared.Intern("strike");

    /// <summary>CAMEO 143: conduct a strike or boycott.</summary>
    private const string LabourStrike = "143";

    /// <summary>The source is workers or teachers (a labour or education role).</summary>
    private static bool Labour(Context ctx, int token)
    {
        int actor = ActorOf(ctx, token);
        if (actor < 0) return false;
        foreach (var r in ctx.Doc.Actors[actor].Roles)
            if (r is "LAB" or "EDU") return true;
        return false;
    }

    /// <summary>The actor a nominal's "from" or "by" phrase names ("attacks from Trump", "criticism by Republicans"), -1
    /// when there is none or it names no actor ("support from abroad").</summary>
    private static int AuthorOf(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[np]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) is int k && (k == From || k == By) && ActorOf(ctx, c) >= 0) return c;
        return -1;
    }

    private static readonly int[] QuestionVerbs = Lemmas("ask", "inquire", "enquire");

    private static readonly int[] QuestionWords = Lemmas("how", "what", "why", "whether", "if", "when", "where", "who", "which", "whom");

    private static readonly int[] AnonymityNouns = Lemmas("anonymity", "confidentiality");

    private static readonly int[] QuestionNouns = Lemmas("question", "questions", "riddle", "quiz");

    /// <summary>The verb has a question for its complement: a clause opened by a question word, or a quoted question.</summary>
    private static bool AsksQuestion(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        if (QuestionClauseMisplaced(ctx, v)) return true;
        bool sawComplement = false;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            // "Trump asked, looking pleased": asked with nothing asked for is a question put (the quote around it).
            if (rel == Obj || rel == Iobj || rel == Xcomp || rel == Ccomp || rel == Obl) sawComplement = true;
            // "asking for anonymity to speak freely": a source's terms with a reporter, no appeal.
            if (rel == Obl && CaseOf(ctx, c) == For && Array.IndexOf(AnonymityNouns, tokens[c].Lemma) >= 0) return true;
            // "asking potential hires tricky questions", "asked him a question": the thing asked is a question.
            if ((rel == Obj || rel == Iobj) && c > v && Array.IndexOf(QuestionNouns, tokens[c].Lemma) >= 0) return true;
            // The same with the second object misparsed as a bare modifier of the first.
            if ((rel == Obj || rel == Iobj) && c > v)
                for (int g = ctx.First[c]; g >= 0; g = ctx.Next[g])
                    if (g > c && tokens[g].Deprel == Nmod && CaseOf(ctx, g) < 0 && Array.IndexOf(QuestionNouns, tokens[g].Lemma) >= 0) return true;
            // "asking Rubio why he decided to attack", the clause misparsed onto another verb: a question word right after
            // the party asked (found hand-checking PolNeAR train events).
            if ((rel == Obj || rel == Iobj) && c > v && ActorOf(ctx, c) >= 0 && SubtreeEnd(ctx, c) + 1 is int after && after < tokens.Length
                && tokens[after].Sentence == tokens[c].Sentence && Array.IndexOf(QuestionWords, tokens[after].Lemma) >= 0 && tokens[after].Lemma != If) return true;
            // "asked Mrs. Clinton about several women who said ...": asking a party about something is a question.
            if (rel == Obl && c > v && CaseOf(ctx, c) == About && Child(ctx, v, Xcomp) < 0) return true;
            // ... with the "about" phrase hung on the party asked, whether parsed as its object or as an indirect one.
            if ((rel == Obj || rel == Iobj) && c > v && Child(ctx, v, Xcomp) < 0)
                for (int g = ctx.First[c]; g >= 0; g = ctx.Next[g])
                    if (tokens[g].Deprel == Nmod && g > c && CaseOf(ctx, g) == About) return true;
            if (rel != Ccomp && rel != Advcl && rel != Parataxis && rel != Obj) continue;
            if (Array.IndexOf(QuestionWords, tokens[c].Lemma) >= 0 && c > v) return true;
            for (int g = ctx.First[c]; g >= 0; g = ctx.Next[g])
                if (g < c && g > v && Array.IndexOf(QuestionWords, tokens[g].Lemma) >= 0) return true;
            if (rel == Ccomp || rel == Parataxis)
                for (int t = c; t < tokens.Length && tokens[t].Sentence == tokens[c].Sentence; t++)
                    if (tokens[t].Norm == QuestionMark) return true;
        }
        // ... set off by punctuation: "“Why?” Trump asked, looking pleased".
        return !sawComplement && v + 1 < tokens.Length && tokens[v + 1].Upos == Punct && tokens[v + 1].Sentence == tokens[v].Sentence;
    }

    /// <summary>
    /// A question the parse hung somewhere other than on the asking verb: on the party asked ("asked the mayor whether he
    /// would resign", "asked the host who he thought would win", the clause a modifier of the noun), or as a complement
    /// whose first word is deep inside it ("asking if the governor believes that is his only path", the "if" hung on
    /// "believes"). A "who" that is the clause's subject may open a relative clause ("asked the senator who chairs the
    /// panel for help"), so only one that is not counts; and a verb with an infinitive asks for an act (found
    /// hand-checking PolNeAR train events).
    /// </summary>
    private static bool QuestionClauseMisplaced(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        // "asking if the senator believes ...", the clause hung elsewhere: a question word right after the verb.
        if (v + 1 < tokens.Length && tokens[v + 1].Sentence == tokens[v].Sentence && Array.IndexOf(QuestionWords, tokens[v + 1].Lemma) >= 0) return true;
        if (Child(ctx, v, Xcomp) >= 0) return false;
        // "Clinton asks as a maintenance guy walks in", after a quoted question: asking with nothing and no one asked is a
        // question put (not "as the mayor asked", which speaks of a request made).
        if (Child(ctx, v, Nsubj) >= 0 && MarkOf(ctx, v) < 0 && !HasComplement(ctx, v)) return true;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (c < v) continue;
            if (tokens[c].Deprel == Ccomp && PhraseStart(ctx, c) is int start && start > v && Array.IndexOf(QuestionWords, tokens[start].Lemma) >= 0)
                return true;
            if (tokens[c].Deprel != Obj && tokens[c].Deprel != Iobj) continue;
            for (int k = ctx.First[c]; k >= 0; k = ctx.Next[k])
            {
                if (k < c || (tokens[k].Deprel != Acl && tokens[k].Deprel != AclRelcl)) continue;
                int first = PhraseStart(ctx, k);
                if (first <= c || Array.IndexOf(QuestionWords, tokens[first].Lemma) < 0) continue;
                if (Array.IndexOf(RelativeWords, tokens[first].Lemma) >= 0 && tokens[first].Deprel == Nsubj) continue;
                // "asked the voters who he met for their support": a "for" still asks for something.
                if (HasObl(ctx, v, For)) return false;
                return true;
            }
        }
        return false;
    }

    private static readonly int[] RelativeWords = Lemmas("who", "which", "whom", "where", "when");

    /// <summary>Whether a verb has an object, a clause or a prepositional phrase of its own.</summary>
    private static bool HasComplement(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if (rel == Obj || rel == Iobj || rel == Xcomp || rel == Ccomp || rel == Obl || rel == Parataxis || (rel == Advcl && MarkOf(ctx, c) == To)) return true;
        }
        return false;
    }

    private static bool HasObl(Context ctx, int v, int preposition)
    {
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Deprel == Obl && CaseOf(ctx, c) == preposition) return true;
        return false;
    }

    /// <summary>The last token of the contiguous phrase <paramref name="t"/> heads: while the next token hangs (within a
    /// few steps) on it.</summary>
    private static int SubtreeEnd(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        int end = t;
        for (int i = t + 1; i < tokens.Length && tokens[i].Sentence == tokens[t].Sentence && Dominates(ctx, t, i); i++) end = i;
        return end;
    }

    /// <summary>Whether the phrase <paramref name="t"/> heads names a party: an actor mention on it or in its words before
    /// and after it ("the NATO-led security force").</summary>
    private static bool PartyIn(Context ctx, int t)
    {
        if (ActorOf(ctx, t) >= 0) return true;
        for (int i = PhraseStart(ctx, t), end = SubtreeEnd(ctx, t); i <= end; i++)
            if (ctx.ActorAt[i] >= 0) return true;
        return false;
    }

    /// <summary>The first token of the phrase <paramref name="t"/> heads: back while the token before hangs on it.</summary>
    private static int PhraseStart(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        int start = t;
        for (int i = t - 1; i >= 0 && tokens[i].Sentence == tokens[t].Sentence && Dominates(ctx, t, i); i--) start = i;
        return start;
    }

    /// <summary>Whether <paramref name="i"/> hangs, within a few steps, on <paramref name="t"/>.</summary>
    private static bool Dominates(Context ctx, int t, int i)
    {
        var tokens = ctx.Doc.Tokens;
        for (int h = tokens[i].Head, d = 0; h >= 0 && d < 16; h = tokens[h].Head, d++)
            if (h == t) return true;
        return false;
    }

    /// <summary>A named person, or a he/she standing for one.</summary>
    private static bool PersonMention(Context ctx, ActorMention m) =>
        m.Kind == MentionKind.Person
        || (m.Kind == MentionKind.Reference && m.TokenCount == 1 && Array.IndexOf(PersonPronouns, ctx.Doc.Tokens[m.FirstToken].Lemma) >= 0);

    /// <summary>A person whose roles are all of political life out of government and without force (ELI, PTY, LEG, MED),
    /// or a party.</summary>
    private static bool PrivatePolitician(Context ctx, int actor)
    {
        if (actor < 0) return false;
        var m = ctx.Doc.Actors[actor];
        if (m.Roles.Count == 0) return false;
        // A party itself commands no force either: "Democrats have adopted a double-barreled attack" (found
        // hand-checking PolNeAR train events).
        bool person = PersonMention(ctx, m);
        foreach (var r in m.Roles)
            if (person ? !PoliticalRoles.Contains(r) : r != "PTY") return false;
        return true;
    }

    /// <summary>Two mentions of one person, or a pronoun or role noun and what it stands for (mentions of one code that
    /// name different bodies, "Israeli officials" and "Israeli ministers", share an entity too and do not count).</summary>
    private static bool SameEntity(Context ctx, int a, int b)
    {
        if (a < 0 || b < 0) return false;
        var x = ctx.Doc.Actors[a];
        var y = ctx.Doc.Actors[b];
        if (x.Entity < 0 || x.Entity != y.Entity) return false;
        return x.Kind == MentionKind.Reference || y.Kind == MentionKind.Reference || (x.Kind == MentionKind.Person && y.Kind == MentionKind.Person);
    }

    private const string Consult = "040", Resign = "0831", Endorse = "051";

    /// <summary>Whether a code is material aid (CAMEO 07: economic, military, humanitarian aid, protection).</summary>
    private static bool Aid(string code) => code.StartsWith("07", StringComparison.Ordinal);

    /// <summary>Verbs of talking, which consult someone only when someone is named (see the 040 rule in CodeVerb).</summary>
    private static readonly int[] TalkVerbs = Lemmas("talk", "discuss", "speak", "chat", "confer");

    /// <summary>Whether a source is one party: no conjunct, not plural, not a plural pronoun.</summary>
    private bool Alone(Context ctx, int source)
    {
        if (source < 0) return false;
        var tokens = ctx.Doc.Tokens;
        if (Expand(ctx, source).Count > 1) return false;
        if (tokens[source].Xpos == Nns || tokens[source].Xpos == Nnps) return false;
        return tokens[source].Upos != Pron || Array.IndexOf(PluralPronouns, tokens[source].Lemma) < 0;
    }

    private static readonly int[] PluralPronouns = Lemmas("they", "we", "them", "us");

    /// <summary>People who follow, serve or oppose a person, named by that person's name before them ("Clinton
    /// supporters"); see ActorOf.</summary>
    private static readonly int[] FollowerNouns = Lemmas("supporter", "voter", "aide", "ally", "critic", "backer", "fan", "opponent", "donor",
        "adviser", "advisor", "staffer", "surrogate", "loyalist", "follower", "detractor", "rival", "defender", "friend", "associate", "campaigner",
        "volunteer", "delegate", "appointee", "nominee", "endorser", "fundraiser", "bundler", "operative",
        // "he and other Clinton challengers complained" (found hand-checking PolNeAR train events)
        "challenger", "contender",
        // "many early Obama enthusiasts have since criticized" (found hand-checking PolNeAR train events)
        "enthusiast", "admirer", "devotee", "acolyte", "partisan");

    /// <summary>Whether every row of a verb finds its target in the object (a transitive act).</summary>
    private static bool ActsOnObject(EventPattern[] rows)
    {
        foreach (var p in rows) if (Array.IndexOf(p.TargetRelations, Obj) < 0) return false;
        return rows.Length > 0;
    }

    /// <summary>The party a target that is no actor belongs to: "questioned Cruz's eligibility", "praised Mr. Clarke's
    /// work", "rejected Putin's offer" are aimed at Cruz, Clarke and Putin (the phrase stays the whole noun phrase). A
    /// relative or friend of someone is a person of their own, not theirs to be acted on through ("met Trump's son").
    /// Found hand-checking asserted PolNeAR events, where such acts had no target at all; -1 when the noun has no
    /// possessor that is an actor.</summary>
    private static int Owner(Context ctx, int t)
    {
        int poss = Child(ctx, t, NmodPoss);
        if (poss < 0 || Array.IndexOf(KinNouns, ctx.Doc.Tokens[t].Lemma) >= 0) return -1;
        return ctx.ActorAt[poss];
    }

    /// <summary>Adds an actor with the mentions that share its span (the actors stage gives "the two allies" one
    /// mention per member), once each.</summary>
    private static void AddActors(Context ctx, List<(int Actor, int Token)> list, int actor, int token)
    {
        if (actor < 0)
        {
            if (!list.Contains((-1, token))) list.Add((-1, token));
            return;
        }
        var actors = ctx.Doc.Actors;
        var m = actors[actor];
        int first = actor;
        while (first > 0 && actors[first - 1].FirstToken == m.FirstToken && actors[first - 1].TokenCount == m.TokenCount) first--;
        for (int a = first; a < actors.Count && actors[a].FirstToken == m.FirstToken && actors[a].TokenCount == m.TokenCount; a++)
        {
            bool seen = false;
            foreach (var p in list) if (p.Actor == a) { seen = true; break; }
            if (!seen) list.Add((a, token));
        }
    }

    private static int Antecedent(Context ctx, List<CodedEvent> documentSoFar, List<CodedEvent> sentenceSoFar, int source, string root)
    {
        string? code = ctx.Doc.Actors[source].Code;
        if (code is null) return -1;
        foreach (var list in new[] { sentenceSoFar, documentSoFar })
            for (int i = list.Count - 1; i >= 0; i--)
            {
                var e = list[i];
                if (e.Target >= 0 && e.Source >= 0 && e.Cameo.StartsWith(root, StringComparison.Ordinal) && ctx.Doc.Actors[e.Source].Code == code)
                    return e.Target;
            }
        return -1;
    }

    private bool IsDefinite(Context ctx, int noun)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == NmodPoss) return true;
            if (tokens[c].Deprel == Det && (tokens[c].Lemma == The || tokens[c].Lemma == This || tokens[c].Lemma == That)) return true;
        }
        return false;
    }

    /// <summary>Days, which the dates stage does not mark without a reference date: "called Meloni on Tuesday to
    /// congratulate her" calls on no one. The argument phrases trim them too.</summary>
    internal static readonly int[] DayNames = Lemmas("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "today", "yesterday", "tomorrow", "weekend");

    /// <summary>The target of a pattern on a verb: its object (or passive subject) or a listed preposition's complement.</summary>
    private int FindTarget(Context ctx, int v, EventPattern p, bool passive)
    {
        var tokens = ctx.Doc.Tokens;
        int fallback = -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            bool hit = Array.IndexOf(p.TargetRelations, rel) >= 0 && (rel != Obj || p.Objects.Length == 0)
                || (rel == NsubjPass && passive && Array.IndexOf(p.TargetRelations, Obj) >= 0)
                // "asked Germany to discuss", "gave Iraq weapons": a first object the parse calls iobj is whom the act is for.
                || (rel == Iobj && Array.IndexOf(p.TargetRelations, Obj) >= 0 && Array.IndexOf(p.TargetRelations, Iobj) < 0)
                || ((rel == Obl || rel == Nmod || DatedOblique(ctx, c) || MarkedObject(ctx, c)) && p.TargetPrepositions.Length > 0 && Array.IndexOf(p.TargetPrepositions, CaseOf(ctx, c)) >= 0 && CaseOf(ctx, c) != By);
            if (!hit && DescribedParty(ctx, c, p.TargetPrepositions) is int described and >= 0) return described;
            // "called on Friday for Britain to stay": a date takes no phrase of its own, and one the parse hung on it after
            // it is the verb's.
            if ((ctx.Time.Contains(c) || Array.IndexOf(DayNames, tokens[c].Lemma) >= 0) && AfterDate(ctx, c, p.TargetPrepositions) is int after and >= 0
                && Thing(ctx, after) is int thing and >= 0)
            {
                if (ActorOf(ctx, thing) >= 0) return thing;
                if (fallback < 0) fallback = thing;
            }
            if (!hit) continue;
            // "deported 16,000 Syrians to Idlib, including 1,900 people in September": what "including" brings in is
            // part of another argument, which the parse may take for a second object.
            if (Included(ctx, c)) continue;
            int dated = c;
            if ((ctx.Time.Contains(c) || Array.IndexOf(DayNames, tokens[c].Lemma) >= 0) && (dated = NameBeforeDate(ctx, c)) < 0) continue;
            if (Thing(ctx, dated) is not (var t and >= 0)) continue;
            // "Hezbollah, which Iran supports": a relative pronoun as the object stands for the noun the clause describes.
            if (tokens[t].Upos == Pron && (tokens[v].Deprel == AclRelcl || tokens[v].Deprel == AdvclRelcl) && Array.IndexOf(RelativePronouns, tokens[t].Lemma) >= 0
                && Antecedent(ctx, v, t) is int antecedent and >= 0 && antecedent != t) t = antecedent;
            if (ActorOf(ctx, t) >= 0) return t;
            if (fallback < 0) fallback = t;
        }
        if (fallback < 0 && p.TargetPrepositions.Length > 0 && p.Cameo is ['1', '8' or '9', ..] or ['2', '0', ..]
            && ObjectsPhraseParty(ctx, v, p.TargetPrepositions) is int party and >= 0) return party;
        return fallback;
    }

    /// <summary>
    /// "fired dozens of rockets at Israel", parsed with the target's phrase on the object (or on what the object counts)
    /// instead of the verb: a party in such a phrase, introduced by one of the row's target prepositions, when the object
    /// itself names none; -1 otherwise. Used for acts of force only: what is sent or said "to" someone has its own
    /// reading of deep destinations (a message sent to a president is no aid).
    /// </summary>
    private static int ObjectsPhraseParty(Context ctx, int v, int[] preps)
    {
        var tokens = ctx.Doc.Tokens;
        int o = Child(ctx, v, Obj);
        if (o < 0 || ActorOf(ctx, o) >= 0) return -1;
        int of = OfComplement(ctx, o);
        foreach (int holder in (ReadOnlySpan<int>)[o, of])
        {
            if (holder < 0) continue;
            for (int c = ctx.First[holder]; c >= 0; c = ctx.Next[c])
                if (c > holder && tokens[c].Deprel == Nmod && Array.IndexOf(preps, CaseOf(ctx, c)) >= 0 && ActorOf(ctx, c) >= 0) return c;
        }
        return -1;
    }

    private static readonly int[] IncludingWords = Lemmas("including", "include", "excluding", "exclude");

    /// <summary>Whether a phrase is brought in by "including" (or "excluding"), on its head or, as the parse often hangs
    /// it, on the count before it ("including more than 1,900 people").</summary>
    private static bool Included(Context ctx, int t)
    {
        if (Array.IndexOf(IncludingWords, CaseOf(ctx, t)) >= 0) return true;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
            if (c < t && ctx.Doc.Tokens[c].Upos == Num && Array.IndexOf(IncludingWords, CaseOf(ctx, c)) >= 0) return true;
        return false;
    }

    /// <summary>Whether a token heads a sum of money that names no party ("lent $ 1 billion to Indonesia", "an appeal for
    /// $ 80 million", "millions of dollars"): what is given or asked for, never whom an act is aimed at.</summary>
    private static bool Amount(Context ctx, int t)
    {
        if (ActorOf(ctx, t) >= 0) return false;
        int lemma = ctx.Doc.Tokens[t].Lemma;
        if (Array.IndexOf(CurrencyLemmas, lemma) >= 0) return true;
        return Array.IndexOf(BigNumbers, lemma) >= 0 && OfComplement(ctx, t) is int of and >= 0 && Array.IndexOf(CurrencyLemmas, ctx.Doc.Tokens[of].Lemma) >= 0;
    }

    private static readonly ushort NummodRel = Labels.Deprel.Intern("nummod");

    /// <summary>Whether a number, or a counted noun, is bounded by "up to" ("offered to send up to 30,000 troops"), which
    /// the parse may read as a "to" phrase of the verb: a count, never whither or to whom an act goes.</summary>
    private static bool UpTo(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        bool counted = tokens[t].Upos == Num || Child(ctx, t, NummodRel) >= 0;
        for (int c = ctx.First[t]; c >= 0 && counted; c = ctx.Next[c])
            if (tokens[c].Deprel == Case && tokens[c].Lemma == To) return c > 0 && tokens[c - 1].Lemma == Up;
        return false;
    }

    /// <summary>Nouns of trade in goods, which name what moves by what they are "of".</summary>
    private static readonly int[] TradeNouns = Lemmas("import", "export", "shipment", "sale", "delivery");

    /// <summary>A slot's complement as a candidate target: the token itself; for a sum of money, what it is the value of
    /// ("tariffs on $ 120 billion of China's exports"), or -1 when it is of nothing (see <see cref="Amount"/>).</summary>
    private static int Thing(Context ctx, int t)
    {
        if (UpTo(ctx, t)) return -1;
        // "a ban on imports of British beef": trade no one's own is the goods it moves ("China's exports" stay the
        // party's own).
        if (Array.IndexOf(TradeNouns, ctx.Doc.Tokens[t].Lemma) >= 0 && ActorOf(ctx, t) < 0 && Child(ctx, t, NmodPoss) < 0
            && OfComplement(ctx, t) is int goods and >= 0) return goods;
        if (!Amount(ctx, t)) return t;
        int of = OfComplement(ctx, t);
        return of >= 0 && !Amount(ctx, of) ? of : -1;
    }

    /// <summary>The actor a target that is no actor is aimed at through a preposition ("sanctions against China",
    /// "talks with Karzai"); the target itself when none (an 'of' complement or a possessor does not count: "Putin's
    /// offer" is what was rejected).</summary>
    private int Inner(Context ctx, int t, bool placeAimed)
    {
        // A named party's own thing is aimed at that party ("condemned Russia's attack on Ukraine" condemns Russia; see
        // Owner); "reinforced its commitment to refugees" is aimed at the refugees.
        if (t < 0 || ActorOf(ctx, t) >= 0 || (Owner(ctx, t) >= 0 && ctx.Doc.Tokens[Child(ctx, t, NmodPoss)].Upos != Pron)) return t;
        var tokens = ctx.Doc.Tokens;
        // "agree with what Republicans were proposing", "condemned what Russia did": a free relative is what its
        // clause's subject says or does; that party is the one the act answers.
        // Not what someone calls or describes so ("criticized what she called the angry rhetoric"): the namer is no party
        // the act answers, mostly its own doer.
        if (tokens[t].Upos == Pron && tokens[t].Lemma == What && Child(ctx, t, AclRelcl) is int said and >= 0
            && Array.IndexOf(NamingVerbs, tokens[said].Lemma) < 0 && Array.IndexOf(DescribingVerbs, tokens[said].Lemma) < 0
            && Child(ctx, said, Nsubj) is int sayer and >= 0 && ActorOf(ctx, sayer) >= 0) return sayer;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel != Nmod || ctx.Time.Contains(c)) continue;
            int prep = CaseOf(ctx, c);
            if (Array.IndexOf(AimPrepositions, prep) >= 0 && (placeAimed || !TownWhere(ctx, c, prep)) && ActorOf(ctx, c) >= 0) return c;
        }
        return t;
    }

    /// <summary>"rejected any military solution to the crisis", "opposed resolutions in the United Nations": what is rejected
    /// or opposed (CAMEO 120, 110) is the thing as a whole, the party it is to or in only part of it; the tuning gold marks
    /// the whole object. A thing "for", "on" or "against" a party ("an extradition request for Puigdemont") is still aimed
    /// at that party, and so are talks "with" one (see <see cref="Inner"/> and <see cref="PartnerAfter"/>).</summary>
    private bool RejectedWhole(Context ctx, string code, int target)
    {
        if (code is not ("120" or "110") || target < 0) return false;
        int inner = Inner(ctx, target, PlaceAimed(code));
        return inner != target && CaseOf(ctx, inner) is var prep && (prep == To || prep == In);
    }

    /// <summary>"expelled two inspectors for the UN agency", "detained a reporter for the agency": people "for" a body work
    /// for it; they themselves are whom the act befalls, the body only tells whose they are, so the target stays on them.</summary>
    private static bool StaffOf(Context ctx, int target)
    {
        if (!ArgumentPhrases.IsStaff(ctx.Doc, target)) return false;
        for (int c = ctx.First[target]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Deprel == Nmod && CaseOf(ctx, c) == For) return true;
        return false;
    }

    private static readonly int What = Vocabulary.Shared.Intern("what");

    /// <summary>The first word after a misparsed complementizer <paramref name="head"/>, in its subtree, that names an actor
    /// other than the source's and is its clause's subject: a subject or inside one, or hung on the complementizer itself
    /// ("that Gambari would"); -1 when none is.</summary>
    private static int ClauseSubjectBelow(Context ctx, int head, int source)
    {
        var tokens = ctx.Doc.Tokens;
        int own = ActorOf(ctx, source);
        for (int t = head + 1; t < tokens.Length; t++)
        {
            // Named parties only: a pronoun there is mostly the subject's own ("insisting that her son was ...").
            if (tokens[t].Upos is var u && u != Noun && u != Propn) continue;
            int a = ActorOf(ctx, t);
            if (a < 0 || (own >= 0 && (a == own || SameEntity(ctx, a, own)))) continue;
            bool subject = tokens[t].Head == head && tokens[t].Deprel is var hung && (hung == Flat || hung == Compound || hung == Appos);
            int up = t;
            for (int d = 0; d < 12 && up >= 0 && up != head; d++)
            {
                subject |= tokens[up].Deprel == Nsubj || tokens[up].Deprel == NsubjPass;
                up = tokens[up].Head;
            }
            if (up == head && subject) return t;
        }
        return -1;
    }

    /// <summary>Verbs whose object is the thing asked for, not whom it is asked of ("requested a recount", "demanded payment").</summary>
    private static readonly int[] AskForVerbs = Lemmas("request", "demand", "seek", "require");

    /// <summary>Whether a noun has a to-infinitive of its own: a party called on to act ("for all candidates to lay out").</summary>
    private static bool ToAct(Context ctx, int noun)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Upos == Verb && MarkOf(ctx, c) == To) return true;
        return false;
    }

    /// <summary>Whether a thing names a party it is asked from: an actor in a "from" phrase on it ("help from the army").</summary>
    private static bool AskedFrom(Context ctx, int thing)
    {
        for (int c = ctx.First[thing]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Deprel == Nmod && CaseOf(ctx, c) == From && ActorOf(ctx, c) >= 0) return true;
        return false;
    }

    private static readonly int[] PossessionVerbs = Lemmas("seize", "confiscate", "impound", "expropriate");

    /// <summary>The object of a verb of taking possession (171) is a thing: no actor, no place, and no party named on it
    /// as its owner ("the rebels' weapons", "a Turkish ship", "the tanker of a Greek firm").</summary>
    private static bool TakenProperty(Context ctx, int v, string code, int obj)
    {
        if (code != "171" || Array.IndexOf(PossessionVerbs, ctx.Doc.Tokens[v].Lemma) < 0 || ActorOf(ctx, obj) >= 0 || IsPlace(ctx, obj)) return false;
        for (int c = ctx.First[obj]; c >= 0; c = ctx.Next[c])
            if (ctx.Doc.Tokens[c].Deprel is var rel && (rel == NmodPoss || rel == Amod || rel == Compound || (rel == Nmod && CaseOf(ctx, c) == Of))
                && ActorOf(ctx, c) >= 0) return false;
        return true;
    }

    /// <summary>A party the parse hung on the verb in a "with" phrase after its object <paramref name="obj"/> ("refused
    /// direct talks with the government"), no date; -1 when there is none.</summary>
    private static int PartnerAfter(Context ctx, int v, int obj)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (c > obj && tokens[c].Deprel == Obl && !ctx.Time.Contains(c) && CaseOf(ctx, c) == With && ActorOf(ctx, c) >= 0) return c;
        return -1;
    }

    /// <summary>Verbs that describe something so: "what he described as a vision", "what she termed a disgrace".</summary>
    private static readonly int[] DescribingVerbs = Lemmas("describe", "term", "characterize", "characterise", "portray", "cast", "view", "see");

    private static readonly int[] AuthorPrepositions = Lemmas("by");

    /// <summary>The actor whose words or wish an object noun is ("accusations by the US", "a ban by the UN"): a "by"
    /// phrase of the noun, or one the parse hung on the active verb; -1 when none names an actor. A "from" phrase is not
    /// read so: the data marks "a request from X" whole (on the tuning part it lost as many spans as it won).</summary>
    private int Author(Context ctx, int v, int obj)
    {
        var tokens = ctx.Doc.Tokens;
        // The author of a claim ("accusations by many European countries", "charges by local clergymen") is whoever makes
        // it, named as an actor or not: a claim is made by someone, where "a ban by force" or "an attack by air" says how.
        bool claim = Array.IndexOf(ClaimNouns, tokens[obj].Lemma) >= 0;
        for (int c = ctx.First[obj]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Nmod || tokens[c].Deprel == OblAgent) && Array.IndexOf(AuthorPrepositions, CaseOf(ctx, c)) >= 0 && !ctx.Time.Contains(c) && Party(c)) return c;
        // An act the lexicon codes ("the killing of a journalist by police", "the threats made by the US") is its doer's:
        // the parse often hangs the "by" phrase on the act's "of" complement, or names the doer as the agent of a
        // participle on the act. So for an act the object names with "of" ("reports of abuses committed by the army",
        // "the act of aggression") and for acts joined to either ("the aggression and the threats made by the US").
        foreach (int named in (ReadOnlySpan<int>)[obj, OfComplement(ctx, obj)])
        {
            if (named < 0) continue;
            if (ActDoer(ctx, named) is int doer and >= 0) return doer;
            for (int c = ctx.First[named]; c >= 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Conj && ActDoer(ctx, c) is int joined and >= 0) return joined;
        }
        // "investigate reports of abuses being committed by the police", with "being committed" hung on the verb (and
        // "abuses" perhaps as its subject): the participle still tells of the act the object names or reports (a claim or
        // an act the lexicon codes), and its agent is the doer.
        bool told = claim || _lex.Nouns(tokens[obj].Lemma) is not null;
        for (int c = ctx.First[v]; c >= 0 && told; c = ctx.Next[c])
            if (c > obj && tokens[c].Deprel == Advcl && tokens[c].Xpos == Vbn && (Child(ctx, c, NsubjPass) is var done && (done < 0 || (done > obj && done < c)))
                && Agent(ctx, c) is int doer and >= 0 && !ctx.Time.Contains(doer) && ActorOf(ctx, doer) >= 0) return doer;
        int agent = Agent(ctx, v);
        return agent > obj && !ctx.Time.Contains(agent) && Party(agent) ? agent : -1;

        bool Party(int c) => ActorOf(ctx, c) >= 0 || (claim && ctx.Doc.Tokens[c].Upos is var u && (u == Noun || u == Propn));
    }

    /// <summary>The doer of an act the lexicon codes, named in a "by" phrase on the act's "of" complement or as the agent of
    /// a participle on the act (see <see cref="Author"/>); -1 when none is an actor.</summary>
    private int ActDoer(Context ctx, int act)
    {
        var tokens = ctx.Doc.Tokens;
        if (_lex.Nouns(tokens[act].Lemma) is null) return -1;
        if (OfComplement(ctx, act) is int of and >= 0)
            for (int c = ctx.First[of]; c >= 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == By && !ctx.Time.Contains(c) && ActorOf(ctx, c) >= 0) return c;
        for (int c = ctx.First[act]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Acl && tokens[c].Xpos == Vbn && Agent(ctx, c) is int doer and >= 0 && !ctx.Time.Contains(doer) && ActorOf(ctx, doer) >= 0) return doer;
        return -1;
    }

    /// <summary>CAMEO 111, criticize or denounce: what an attack over an issue is (<see cref="IssueComplement"/>).</summary>
    private const string VerbalAttack = "111";

    /// <summary>Nouns of duration: "attacked Ukraine for years", "shelled the town for hours" are still force.</summary>
    private static readonly int[] TimeNouns = Lemmas("year", "month", "week", "day", "hour", "minute", "decade", "night", "time", "while", "period", "century");

    private static readonly int[] IssuePrepositions = Lemmas("over", "for");

    /// <summary>A complement of the verb introduced by "over" or "for" that names no actor and is no place or date (the
    /// issue of a verbal attack: "over an email chain", "for repeated votes"); -1 when there is none.</summary>
    private int IssueComplement(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel != Obl || ctx.Time.Contains(c) || ActorOf(ctx, c) >= 0) continue;
            int prep = CaseOf(ctx, c);
            if (prep < 0 || Array.IndexOf(IssuePrepositions, prep) < 0 || Array.IndexOf(TimeNouns, tokens[c].Lemma) >= 0) continue;
            // "for instance", "for example" give an example, no issue.
            if (Array.IndexOf(ExampleNouns, tokens[c].Lemma) >= 0) continue;
            bool place = false;
            foreach (var p in ctx.Doc.Places) place |= c >= p.FirstToken && c < p.FirstToken + p.TokenCount;
            if (!place) return c;
        }
        return -1;
    }

    private static readonly int[] ExampleNouns = Lemmas("instance", "example");

    private static readonly int[] DyingVerbs = Lemmas("die", "succumb", "perish");

    private static readonly int[] SendingVerbs = Lemmas("send", "dispatch", "deploy");

    private static readonly EventPattern ToOnly = new()
    {
        Id = "to", Kind = PatternKind.Verb, Lemma = -1, TargetRelations = [], TargetPrepositions = [Vocabulary.Shared.Intern("to")],
    };

    /// <summary>Where a party is sent to do what purpose clause <paramref name="v"/> says: the place or party of the "to"
    /// phrase of the verb of sending above it, on the verb or deep in its object ("sent a team of experts to Alabama to
    /// investigate"); -1 when <paramref name="v"/> is no such clause or none is named.</summary>
    private int SentTo(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[v].Head;
        if (h < 0 || tokens[v].Deprel != Advcl || MarkOf(ctx, v) != To || Child(ctx, v, Nsubj) >= 0
            || tokens[h].Upos != Verb || Array.IndexOf(SendingVerbs, tokens[h].Lemma) < 0) return -1;
        int whither = FindPrepTarget(ctx, h, ToOnly, null, -1);
        if (whither < 0 && Child(ctx, h, Obj) is int obj and >= 0) whither = DeepPrepTarget(ctx, obj, ToOnly);
        return whither >= 0 && (ActorOf(ctx, whither) >= 0 || IsPlace(ctx, whither)) && whither < v ? whither : -1;
    }

    private static readonly int[] SummonVerbs = Lemmas("summon", "convoke");

    /// <summary>The verb of summoning whose subjectless to-clause <paramref name="v"/> is, hung on the verb or on its
    /// object ("summoned the Swiss envoy to protest the ruling", "summoned Germany's chargé d'affaires to complain"),
    /// when it has an object: the one the protest or complaint is made to; -1 otherwise.</summary>
    private int SummonedFor(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[v].Head;
        if (h < 0 || MarkOf(ctx, v) != To || Child(ctx, v, Nsubj) >= 0) return -1;
        if (tokens[v].Deprel == Acl && tokens[h].Deprel == Obj) h = tokens[h].Head;
        else if (tokens[v].Deprel != Advcl && tokens[v].Deprel != Xcomp) return -1;
        if (h < 0 || tokens[h].Upos != Verb || Array.IndexOf(SummonVerbs, tokens[h].Lemma) < 0) return -1;
        return Child(ctx, h, Obj) is int summoned and >= 0 && tokens[summoned].Upos is var u && (u == Noun || u == Propn || u == Pron) ? h : -1;
    }

    /// <summary>The subject of a verb of dying that a nominal is the cause of: its oblique ("died after torture", "died
    /// from the beating") or the "of" complement of one ("died as a result of the torture"); -1 when none.</summary>
    private int DiedOf(Context ctx, int np)
    {
        var tokens = ctx.Doc.Tokens;
        int t = np;
        if (tokens[t].Deprel == Nmod && CaseOf(ctx, t) == Of && tokens[t].Head >= 0 && tokens[tokens[t].Head].Deprel == Obl) t = tokens[t].Head;
        if (tokens[t].Deprel != Obl || tokens[t].Head < 0) return -1;
        int v = tokens[t].Head;
        return tokens[v].Upos == Verb && Array.IndexOf(DyingVerbs, tokens[v].Lemma) >= 0 ? Subject(ctx, v) : -1;
    }

    /// <summary>CAMEO 045, mediate.</summary>
    private const string Mediate = "045";

    /// <summary>The first party of a pair named with "between" on the object of a purpose clause under
    /// <paramref name="t"/> ("an effort to resolve the rift between Qatar and its neighbours", "to try to prevent a
    /// confrontation between Turkey and Syria"): the quarrel an act is to settle; -1 when none.</summary>
    private int QuarrelBetween(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        int clause = -1;
        for (int c = ctx.First[t]; c >= 0 && clause < 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Acl || tokens[c].Deprel == Advcl) && tokens[c].Upos == Verb && MarkOf(ctx, c) == To && Child(ctx, c, Nsubj) < 0) clause = c;
        for (int d = 0; d < 3 && clause >= 0; d++)
        {
            if (Child(ctx, clause, Obj) is int obj and >= 0)
                for (int c = ctx.First[obj]; c >= 0; c = ctx.Next[c])
                    if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == Between && Child(ctx, c, Conj) >= 0) return c;
            clause = Child(ctx, clause, Xcomp);
        }
        return -1;
    }

    /// <summary>Whether a noun that names no actor belongs to a named party other than the source ("the Afghan
    /// government's efforts"; not "its efforts", nor the source's own).</summary>
    private static bool OwnedByOther(Context ctx, int t, int source)
    {
        if (ActorOf(ctx, t) >= 0 || Owner(ctx, t) is not (var owner and >= 0)) return false;
        if (ctx.Doc.Tokens[Child(ctx, t, NmodPoss)].Upos == Pron) return false;
        int own = source >= 0 ? ActorOf(ctx, source) : -1;
        return own < 0 || (owner != own && !SameEntity(ctx, owner, own));
    }

    /// <summary>Those who strike by stopping work.</summary>
    private static readonly int[] WorkerNouns = Lemmas("worker", "employee", "miner", "staff", "union", "docker", "teacher", "nurse", "driver", "pilot");

    /// <summary>Places of work a strike is staged at or in.</summary>
    private static readonly int[] WorkplaceNouns = Lemmas("mine", "warehouse", "factory", "plant", "port", "refinery", "shipyard", "mill",
        "company", "firm", "industry", "facility", "oilfield", "field");

    private static readonly int[] WorkplacePrepositions = Lemmas("at", "in", "on", "against");

    /// <summary>The first workplace or company named after a strike with "at", "in", "on" or "against" ("at the Grasberg mine",
    /// "conditions in Amazon warehouses", "on Freeport-McMoRan Inc"), outside the strikers' own phrase; a company is a
    /// name that is no place. -1 when none.</summary>
    private static int Workplace(Context ctx, int strike, int source)
    {
        var tokens = ctx.Doc.Tokens;
        int sentenceEnd = ctx.Doc.SentenceRecords[tokens[strike].Sentence] is var r ? r.FirstToken + r.TokenCount : tokens.Length;
        for (int c = strike + 1; c < sentenceEnd; c++)
        {
            if ((tokens[c].Deprel != Obl && tokens[c].Deprel != Nmod) || ctx.Time.Contains(c) || Array.IndexOf(DayNames, tokens[c].Lemma) >= 0 || Dominates(ctx, source, c)
                || Array.IndexOf(WorkplacePrepositions, CaseOf(ctx, c)) < 0) continue;
            if (Array.IndexOf(WorkplaceNouns, tokens[c].Lemma) >= 0 || (tokens[c].Upos == Propn && !IsPlace(ctx, c)))
                return c;
        }
        return -1;
    }

    /// <summary>Nouns of asking or pressing, which a refusal may be made in spite of or under.</summary>
    private static readonly int[] DefiedNouns = Lemmas("request", "demand", "call", "plea", "appeal", "pressure", "urging", "ultimatum", "order");

    private static readonly int Despite = Vocabulary.Shared.Intern("despite");

    /// <summary>The party a refusal defies: "declined to resign despite President Biden's request", "refused under pressure
    /// from others in his party". The asking noun is a "despite" or "under" phrase of the act or of the verb it completes;
    /// the party its possessor or its "from" or "by" phrase (which the parse may hang on the verb right after the noun).
    /// -1 when none names a party.</summary>
    private int Defied(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int h = v, d = 0; h >= 0 && d < 3; d++)
        {
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
            {
                if (tokens[c].Deprel != Obl || Array.IndexOf(DefiedNouns, tokens[c].Lemma) < 0 || CaseOf(ctx, c) is var k && k != Despite && k != UnderWord) continue;
                if (Child(ctx, c, NmodPoss) is int poss and >= 0 && tokens[poss].Upos != Pron && ActorOf(ctx, poss) >= 0) return poss;
                // Whoever asks or presses is named there, an actor or not ("pressure from others in his party").
                for (int f = ctx.First[c]; f >= 0; f = ctx.Next[f])
                    if (tokens[f].Deprel == Nmod && CaseOf(ctx, f) is var fk && (fk == From || fk == By) && Asker(f)) return f;
                for (int f = ctx.First[h]; f >= 0; f = ctx.Next[f])
                    if (f > c && tokens[f].Deprel == Obl && CaseOf(ctx, f) == From && PhraseStart(ctx, f) == SubtreeEnd(ctx, c) + 1 && Asker(f)) return f;
            }
            if (tokens[h].Deprel != Xcomp) break;
            h = tokens[h].Head;
        }
        return -1;

        bool Asker(int t) => ActorOf(ctx, t) >= 0 || (!ctx.Time.Contains(t) && ctx.Doc.Tokens[t].Upos is var u && (u == Noun || u == Propn));
    }

    /// <summary>The other member of a "between" pair hung on an object (or on a conjunct of it) whose one member is the
    /// source itself, named again or as a pronoun ("restrictions between it and Israel"); -1 when there is none, or the
    /// other member names no party.</summary>
    private static int PairPartner(Context ctx, int obj, int source)
    {
        var tokens = ctx.Doc.Tokens;
        int own = ActorOf(ctx, source);
        Span<int> heads = stackalloc int[8];
        int count = 0;
        heads[count++] = obj;
        for (int c = ctx.First[obj]; c >= 0 && count < heads.Length; c = ctx.Next[c]) if (tokens[c].Deprel == Conj) heads[count++] = c;
        foreach (int h in heads[..count])
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
            {
                if (tokens[c].Deprel != Nmod || CaseOf(ctx, c) != Between || Child(ctx, c, Conj) is not (var second and >= 0)) continue;
                if (Own(c) && ActorOf(ctx, second) >= 0 && !Own(second)) return second;
                if (Own(second) && ActorOf(ctx, c) >= 0 && !Own(c)) return c;
            }
        return -1;

        bool Own(int t) => (ctx.Doc.Tokens[t].Upos == Pron && ctx.Doc.Tokens[t].Xpos != PossessivePronoun)
            || (own >= 0 && ActorOf(ctx, t) is int a and >= 0 && (a == own || SameEntity(ctx, a, own)));
    }

    /// <summary>Whether the verb, or its object, has a complement introduced by one of <paramref name="preps"/>.</summary>
    private bool HasComplement(Context ctx, int v, int obj, int[] preps)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(preps, PejorativeSlot) >= 0) return Pejorative(ctx, v);
        // "was dismissed by voters as a bumbler": the parse may hang it on the passive's "by" agent too.
        foreach (int h in (ReadOnlySpan<int>)[v, obj, Agent(ctx, v)])
        {
            if (h < 0) continue;
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
                if ((tokens[c].Deprel == Obl || tokens[c].Deprel == Nmod || tokens[c].Deprel == Advcl) && !ctx.Time.Contains(c)
                    && (Array.IndexOf(preps, CaseOf(ctx, c)) >= 0 || Array.IndexOf(preps, MarkOf(ctx, c)) >= 0)) return true;
        }
        return false;
    }

    /// <summary>The first place named with "in" under a nominal or its verb, or one arc further down ("remained on alert at
    /// the valley in the Ladakh region"): a token inside a place or a country-kind actor mention, or one that reads as a
    /// place ("in Bosnian Serb territory", "in the north region"); -1 when none.</summary>
    private int PlaceIn(Context ctx, int n, int verb)
    {
        var tokens = ctx.Doc.Tokens;
        Span<int> heads = stackalloc int[16];
        int count = 0;
        heads[count++] = n;
        heads[count++] = verb;
        for (int i = 0; i < count; i++)
            for (int c = ctx.First[heads[i]]; c >= 0; c = ctx.Next[c])
            {
                if ((tokens[c].Deprel != Obl && tokens[c].Deprel != Nmod) || ctx.Time.Contains(c) || c == n) continue;
                if (CaseOf(ctx, c) == In && (IsPlace(ctx, c) || ArgumentPhrases.PlaceLike(ctx.Doc, c))) return c;
                if (i < 2 && count < heads.Length && (tokens[c].Upos == Noun || tokens[c].Upos == Propn)) heads[count++] = c;
            }
        return -1;
    }

    /// <summary>The first place (in text order) named with "in" anywhere below a verb, outside its subject; -1 when none.</summary>
    private int PlaceBelow(Context ctx, int verb, int subject)
    {
        var tokens = ctx.Doc.Tokens;
        var sent = ctx.Doc.SentenceRecords[tokens[verb].Sentence];
        for (int c = sent.FirstToken; c < sent.FirstToken + sent.TokenCount; c++)
        {
            if ((tokens[c].Deprel != Obl && tokens[c].Deprel != Nmod) || ctx.Time.Contains(c) || CaseOf(ctx, c) != In || !IsPlace(ctx, c)) continue;
            bool below = false;
            for (int h = tokens[c].Head, d = 0; h >= 0 && d < 64; h = tokens[h].Head, d++)
            {
                if (h == subject) break;
                if (h == verb) { below = true; break; }
            }
            if (below) return c;
        }
        return -1;
    }

    /// <summary>Whether a token is inside a place or a country-kind actor mention (a country, capital or state).</summary>
    private static bool IsPlace(Context ctx, int t)
    {
        foreach (var p in ctx.Doc.Places) if (t >= p.FirstToken && t < p.FirstToken + p.TokenCount) return true;
        return ActorOf(ctx, t) is int a and >= 0 && ctx.Doc.Actors[a].Kind == MentionKind.Country;
    }

    /// <summary>What candidates win, take or fight over, and where they campaign: an object of these makes a verb of
    /// force an electoral contest ("captured the nomination", "took the state", "hit the campaign trail").</summary>
    private static readonly int[] ElectoralNouns = Lemmas("election", "primary", "caucus", "caucuses", "nomination", "vote", "ballot",
        "delegate", "superdelegate", "poll", "race", "contest", "seat", "state", "district", "county", "electorate", "majority",
        "plurality", "presidency", "endorsement", "runoff", "electoral", "voter", "percent", "point", "nominee", "victory", "win",
        "trail", "stump", "airwaves");

    /// <summary>Verbs of force that news also uses for winning an election ("captured Virginia", "beat the senator
    /// from Texas by 22 points", "crushed his rivals in the primary").</summary>
    private static readonly int[] ContestVerbs = Lemmas("beat", "defeat", "capture", "take", "win", "seize", "carry", "sweep",
        "crush", "trounce", "rout", "edge", "clobber", "conquer", "destroy", "overwhelm", "best");

    /// <summary>Contest verbs whose sentence decides: with votes, polls or a primary in it, a defeat is an electoral one
    /// ("beating Clinton 45 to 40 percent"); capturing and seizing need an electoral object or a state.</summary>
    private static readonly int[] DefeatVerbs = Lemmas("beat", "defeat", "crush", "trounce", "rout", "edge", "clobber", "best", "overwhelm");

    /// <summary>Whether a verb of force (CAMEO 14–20) tells an electoral contest: its object is something candidates
    /// win (<see cref="ElectoralNouns"/>), or it is a contest verb whose object or target is a US state (a region of
    /// the United States the places stage resolved), or a verb of defeat whose sentence speaks of votes, polls or primaries.</summary>
    private bool Contest(Context ctx, int v, int obj, int target)
    {
        var tokens = ctx.Doc.Tokens;
        // "a state of siege", "a state of emergency" are no electoral prize.
        if (obj >= 0 && Array.IndexOf(ElectoralNouns, tokens[obj].Lemma) >= 0 && !HasOf(ctx, obj)) return true;
        if (Array.IndexOf(ContestVerbs, tokens[v].Lemma) < 0) return false;
        foreach (var p in ctx.Doc.Places)
        {
            if (p.Kind != Places.PlaceKind.Region || p.Country != "US") continue;
            if ((obj >= p.FirstToken && obj < p.FirstToken + p.TokenCount) || (target >= p.FirstToken && target < p.FirstToken + p.TokenCount)) return true;
        }
        if (Array.IndexOf(DefeatVerbs, tokens[v].Lemma) < 0) return false;
        var sent = ctx.Doc.SentenceRecords[tokens[v].Sentence];
        for (int t = sent.FirstToken; t < sent.FirstToken + sent.TokenCount; t++)
        {
            if (t == v) continue;
            if ((tokens[t].Upos == Noun || tokens[t].Upos == Adj) && Array.IndexOf(ElectoralNouns, tokens[t].Lemma) >= 0) return true;
            // A match: "Switzerland beat Gibraltar 6-0 to win Group D", "beat Italy in the final" (found checking events
            // on general news pages, where national teams are named as their countries).
            if (tokens[t].Upos == Noun && Array.IndexOf(SportsNouns, tokens[t].Lemma) >= 0) return true;
            if (Score(ctx, t)) return true;
        }
        return SportsStory(ctx);
    }

    /// <summary>"Russia beat Croatia on Monday" in a match report: national teams are named as their countries, and the
    /// sentence alone may say nothing of sport. A document where at least two sentences name a match, a league, a
    /// stadium or the like (nouns that hardly occur outside sport), or give a score, is a sports story, and a verb of
    /// defeat in it tells a match (found checking events on general news pages).</summary>
    private static bool SportsStory(Context ctx)
    {
        if (ctx.Sports is bool known) return known;
        var tokens = ctx.Doc.Tokens;
        int sentences = 0, last = -1;
        for (int t = 0; t < tokens.Length && sentences < 2; t++)
        {
            if (tokens[t].Sentence == last) continue;
            if ((tokens[t].Upos == Noun && Array.IndexOf(StrongSportsNouns, tokens[t].Lemma) >= 0) || Score(ctx, t))
            {
                sentences++;
                last = tokens[t].Sentence;
            }
        }
        ctx.Sports = sentences >= 2;
        return sentences >= 2;
    }

    /// <summary>Nouns of sport that news on other matters hardly uses (not "team", "group", "goal", "draw" or "final").</summary>
    private static readonly int[] StrongSportsNouns = Lemmas("match", "league", "cup", "tournament", "championship", "qualifier",
        "qualifying", "stadium", "striker", "goalkeeper", "midfielder", "innings", "wicket", "overtime", "playoff", "playoffs",
        "semifinal", "semi-final", "quarterfinal", "quarter-final", "fixture", "derby", "touchdown", "quarterback", "hat-trick",
        "scoreline", "footballer", "kickoff", "kick-off");

    private static readonly int ChampionWord = Vocabulary.Shared.Intern("champion");

    private static readonly int[] SportsNouns = Lemmas("match", "game", "league", "cup", "tournament", "championship", "champion",
        "final", "semifinal", "semi-final", "quarterfinal", "quarter-final", "team", "squad", "club", "goal", "draw", "fixture",
        "derby", "olympics", "medal", "stadium", "striker", "coach", "qualifier", "group", "innings", "wicket", "set", "overtime");

    /// <summary>A match score at <paramref name="t"/>: "6-0", "2–1" (one token, or three with the dash apart).</summary>
    private static bool Score(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        var text = ctx.Doc.Text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
        int dash = text.IndexOfAny('-', '–');
        if (dash > 0 && dash < text.Length - 1 && text.Length <= 5)
            return AllDigits(text[..dash]) && AllDigits(text[(dash + 1)..]);
        return text.Length <= 2 && AllDigits(text) && t + 2 < tokens.Length && tokens[t + 2].Sentence == tokens[t].Sentence
            && ctx.Doc.Text.AsSpan(tokens[t + 1].Start, tokens[t + 1].End - tokens[t + 1].Start) is "-" or "–"
            && tokens[t + 1].Start == tokens[t].End && tokens[t + 2].Start == tokens[t + 1].End
            && ctx.Doc.Text.AsSpan(tokens[t + 2].Start, tokens[t + 2].End - tokens[t + 2].Start) is var b && b.Length <= 2 && AllDigits(b);

        static bool AllDigits(ReadOnlySpan<char> s)
        {
            foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
            return s.Length > 0;
        }
    }

    private bool HasOf(Context ctx, int noun)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) == Of) return true;
        return false;
    }

    /// <summary>The vocabulary ids of words, for comparing with token lemmas.</summary>
    private static int[] Lemmas(params string[] words) => [.. words.Select(w => Vocabulary.Shared.Intern(w))];

    private static readonly int[] WherePrepositions = Lemmas("in", "at", "near");

    /// <summary>"met in Nairobi", "officials in Cairo": a town or city after "in", "at" or "near" is where it happened,
    /// not whom it was aimed at (a capital is coded as its country, so it would otherwise make a target; "intervened in
    /// Syria", a country, still does).</summary>
    private static bool TownWhere(Context ctx, int c, int prep)
    {
        if (Array.IndexOf(WherePrepositions, prep) < 0) return false;
        foreach (var p in ctx.Doc.Places)
            if (c >= p.FirstToken && c < p.FirstToken + p.TokenCount) return p.FeatureClass == 'P';
        return false;
    }

    /// <summary>CAMEO 010 (make a statement, "comment on") and 011 (decline to comment).</summary>
    private const string Comment = "010", DeclineComment = "011";

    /// <summary>CAMEO 016, deny responsibility or an accusation.</summary>
    private const string DenyAccusation = "016";

    /// <summary>A verb with two objects, or an indirect object ("denied Carter a photograph"). A bare noun phrase after
    /// the object that the parse calls obl:unmarked is the second object too ("denied Sanders another debate"), unless
    /// it is a time ("denied the charges Monday").</summary>
    private static bool Ditransitive(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int objects = 0, firstObject = -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == Iobj) return true;
            if (tokens[c].Deprel == Obj) { objects++; if (firstObject < 0 || c < firstObject) firstObject = c; }
        }
        if (objects >= 2) return true;
        if (firstObject < 0) return false;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == OblUnmarked && c > firstObject && !ctx.Time.Contains(c) && Array.IndexOf(TimeNouns, tokens[c].Lemma) < 0)
                return true;
        // Or hung on the first object as an apposition with no comma between ("denied Sanders another debate" read as
        // "Sanders, another debate"): a real apposition is set off by punctuation.
        for (int c = ctx.First[firstObject]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Appos && c > firstObject && !PunctuatedFrom(ctx, firstObject, c) && !ctx.Time.Contains(c)) return true;
        return false;
    }

    /// <summary>Whether a punctuation mark stands between the last word of <paramref name="head"/>'s own words before
    /// <paramref name="dependent"/> and the dependent's first word.</summary>
    private static bool PunctuatedFrom(Context ctx, int head, int dependent)
    {
        var tokens = ctx.Doc.Tokens;
        int first = dependent;
        for (int c = ctx.First[dependent]; c >= 0; c = ctx.Next[c]) if (c < first) first = c;
        for (int t = head + 1; t < first; t++) if (tokens[t].Upos == Punct) return true;
        return first - 1 > head && tokens[first - 1].Upos == Punct;
    }

    /// <summary>Verbs whose object is what they talk or think about, not a party: "discuss the threat to America",
    /// "raised the sanctions on Iran", "considering aid to Mali" (nothing below such an object is the verb's target,
    /// and its subject is no author of a nominal event there).</summary>
    private static readonly int[] TopicVerbs = Lemmas("discuss", "debate", "address", "mention", "raise", "review", "study", "examine",
        // "the judge handling two lawsuits against Trump University" files none (found hand-checking PolNeAR train events)
        "handle", "hear", "oversee", "preside", "adjudicate",
        "consider", "describe", "explain", "report", "note", "cite", "highlight", "acknowledge", "recall", "analyze", "analyse", "assess", "ponder",
        // "reporters covered the attack", "helped Ukraine understand the threat", "commemorated the bombing": who reports,
        // grasps or remembers an act is not its author.
        "understand", "remember", "cover", "witness", "recount", "document", "chronicle", "commemorate", "memorialize");

    /// <summary>"Claiming the criticism of Lauer is designed to ...", parsed with the nominal as the object: who claims or
    /// alleges something about an act is not its author (found hand-checking PolNeAR dev events). Their objects can
    /// still lead to a target ("claimed responsibility for destroying machinery"), unlike those of TopicVerbs.</summary>
    private static readonly int[] ClaimVerbs = Lemmas("claim", "allege", "dismiss", "downplay");

    /// <summary>Verbs whose object is another's act, which the subject breaks, answers or judges: its subject is no
    /// author of a nominal event it governs ("violated the truce", "ignored requests", "condemned the attack").</summary>
    private static readonly int[] ResponseVerbs = Lemmas("violate", "breach", "break", "flout", "defy", "reject", "ignore", "dismiss",
        "refuse", "decline", "spurn", "snub", "rebuff", "oppose", "heed", "receive", "answer", "welcome", "condemn", "denounce",
        "criticize", "criticise", "deplore", "praise", "hail", "applaud", "protest", "resist", "survive", "investigate", "blame",
        // "has gone so far as to justify the killing of the families of jihadists" (found hand-checking PolNeAR train events)
        "justify", "excuse", "condone", "rationalize", "rationalise",
        // "Clinton had mocked the complaint" (found hand-checking PolNeAR dev events)
        "mock", "ridicule", "deride", "lampoon", "scoff",
        // "crushed the pro-reform protests" (found checking events on general news pages): who puts an act down is no doer
        "crush", "suppress", "quell", "disperse", "repress", "stifle", "squash", "smother",
        // "He lambasted the Iran nuclear deal negotiated by Obama" (found hand-checking PolNeAR train events)
        "lambaste", "slam", "blast", "bash", "decry", "assail", "excoriate", "castigate", "trash", "disparage", "belittle",
        "eliminate", "neutralize", "neutralise", "thwart", "foil", "repel", "repulse", "counter", "dispense",
        // "refusing to allow more protests", "sought an independent investigation": who allows, bans or asks for an act
        // does not do it.
        "allow", "permit", "authorize", "authorise", "ban", "prohibit", "forbid", "seek", "demand", "request");

    /// <summary>Verbs of meeting an act already made: their nominal object was done, whatever the verb's own modality.</summary>
    private static readonly int[] MetVerbs = Lemmas("deflect", "rebut", "answer", "counter", "dismiss", "shrug", "brush", "weather", "survive",
        "ignore", "fend", "parry", "dodge", "refute", "downplay", "address");

    private static bool ResponseVerb(Context ctx, int v) => Array.IndexOf(ResponseVerbs, ctx.Doc.Tokens[v].Lemma) >= 0;

    private static bool TopicVerb(Context ctx, int v) => v >= 0 && ctx.Doc.Tokens[v].Upos == Verb && Array.IndexOf(TopicVerbs, ctx.Doc.Tokens[v].Lemma) >= 0;

    /// <summary>A noun of refusal: the lexicon codes it as a rejection (12: "refusal", "rejection").</summary>
    private bool Refusal(int lemma)
    {
        if (_lex.Nouns(lemma) is not { } rows) return false;
        foreach (var r in rows)
            if (r.Cameo is { } c && c.StartsWith("12", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether an act is aimed at the town it happens in: force (18–20: "attacks in Tehran", "bombed a market
    /// in Kabul") and a ceasefire or surrender (087: "declared a ceasefire in Tripoli") fall on the town and its people,
    /// while a meeting or a visit in a town (<see cref="TownWhere"/>) only takes place there.</summary>
    private static bool PlaceAimed(string code) =>
        code.Length >= 3 && ((code[0] == '1' && code[1] is '8' or '9') || (code[0] == '2' && code[1] == '0') || code.StartsWith("087", StringComparison.Ordinal));

    /// <summary>Whether an act yields ground (CAMEO 087: ceasefire, withdrawal, surrender), which is aimed at whom it
    /// leaves; origin is no aim otherwise ("fired rockets from Gaza").</summary>
    private static bool Yielded(string code) => code.StartsWith("087", StringComparison.Ordinal);

    private static readonly int[] AimPrepositions = Lemmas("against", "on", "with", "to", "for", "in", "toward", "towards");

    /// <summary>Most arcs below the trigger searched for a target no slot gave (<see cref="WiderTarget"/>): 3 reaches
    /// "provided support for projects in Nigeria" and "lift sanctions imposed on India". Set by hand from the misses of
    /// `dyad eval events` (tuning part); other depths were not swept.</summary>
    internal const int WiderTargetDepth = 3;

    private static readonly ushort[] WiderRelations = [Obj, Iobj, Obl, Nmod, Xcomp, Acl, Appos, Conj];

    /// <summary>The nearest actor among a trigger's arguments and their own arguments (objects, prepositional
    /// complements, purpose clauses, participles of a noun), breadth first then in text order, never the subject's
    /// side, a "by" agent, a date, <paramref name="source"/> or <paramref name="skip"/> (searched below all the same);
    /// -1 when none.</summary>
    private int WiderTarget(Context ctx, int trigger, int source, int skip, bool placeAimed, bool whence = false)
    {
        var tokens = ctx.Doc.Tokens;
        Span<int> level = stackalloc int[64], nextLevel = stackalloc int[64];
        int count = 0;
        level[count++] = trigger;
        for (int depth = 0; depth < WiderTargetDepth && count > 0; depth++)
        {
            int nextCount = 0;
            for (int i = 0; i < count; i++)
                for (int c = ctx.First[level[i]]; c >= 0; c = ctx.Next[c])
                {
                    ushort rel = tokens[c].Deprel;
                    // A purpose clause the parse hangs on the verb ("donated ventilators to assist Ethiopia") goes on as well.
                    bool purpose = rel == Advcl && tokens[c].Upos == Verb && MarkOf(ctx, c) == To;
                    if ((Array.IndexOf(WiderRelations, rel) < 0 && !purpose) || c == source || CaseOf(ctx, c) == By) continue;
                    // "up to 5,000 soldiers" is what is sent, not whither: searched below, never the answer.
                    if (UpTo(ctx, c))
                    {
                        if (nextCount < nextLevel.Length) nextLevel[nextCount++] = c;
                        continue;
                    }
                    // An appositive of a nominal trigger names the same thing, not a party it is aimed at: "the commissioner
                    // for the EU's aid, Louis Michel" parsed with the name on "aid".
                    if (depth == 0 && rel == Appos && tokens[trigger].Upos != Verb) continue;
                    // A date is never the target, but what the parse hung on it may be ("declared a ceasefire on Monday
                    // in South Sudan", with "in South Sudan" under "Monday").
                    // "sanctions imposed on Eritrea nine years ago": a name the parse made a compound of the date after it.
                    if (ctx.Time.Contains(c) && NameBeforeDate(ctx, c) is int named and >= 0 && CaseOf(ctx, c) is int dp
                        && Array.IndexOf(AimPrepositions, dp) >= 0 && (placeAimed || !TownWhere(ctx, named, dp))
                        && named != skip && (source < 0 || ActorOf(ctx, source) != ActorOf(ctx, named))) return named;
                    if (ctx.Time.Contains(c))
                    {
                        if (nextCount < nextLevel.Length) nextLevel[nextCount++] = c;
                        continue;
                    }
                    // A complement of topic or origin names no target: "talking about Mexican rapists", "the appeals of Mr.
                    // Trump" (found by hand-checking asserted PolNeAR events); only prepositions of aim lead to one.
                    if (CaseOf(ctx, c) is int prep and >= 0 && (Array.IndexOf(AimPrepositions, prep) < 0 || (!placeAimed && TownWhere(ctx, c, prep))))
                    {
                        // "a state of siege in Katanga", "a suspension of aid in Yemen": what an act is of names no party, but
                        // the party the act is aimed at may hang on it.
                        // "surrendered from the group's last holdout in Syria": a surrender or withdrawal leaves whence it is
                        // made (see Yielded), and the party there may hang on it.
                        if ((prep == Of || (whence && prep == From)) && nextCount < nextLevel.Length) nextLevel[nextCount++] = c;
                        continue;
                    }
                    // Only a clause of purpose or a participle goes on ("to assist Ethiopia", "sanctions imposed on"):
                    // a clause with its own subject has its own parties; a verb conjoined to the trigger is another event.
                    if (tokens[c].Upos == Verb && (rel == Conj || Child(ctx, c, Nsubj) >= 0)) continue;
                    // So does a clause the parse took for a noun ("as experts battle with the government", with "battle" a
                    // noun): a word with a subject of its own heads a clause of its own.
                    if (Child(ctx, c, Nsubj) >= 0) continue;
                    // What is talked about is no party to the talking: "refused to discuss the threat to America" is aimed
                    // at no one ("discussed the threat with Canada" names its party in the row's slot).
                    if (rel == Obj && TopicVerb(ctx, tokens[c].Head)) continue;
                    // Nor what the parse hangs on such a verb from inside its object: "discuss the threat to Canada" with
                    // "to Canada" on "discuss" (its party would come "with").
                    if (rel == Obl && TopicVerb(ctx, tokens[c].Head) && CaseOf(ctx, c) != With && Child(ctx, tokens[c].Head, Obj) is int to and >= 0 && to < c) continue;
                    // "filed a lawsuit in a Paris court against the prince": the court a case is brought in is where it is
                    // heard, no party it is aimed at.
                    bool venue = Array.IndexOf(CourtNouns, tokens[c].Lemma) >= 0 && CaseOf(ctx, c) is int vp && (vp == In || vp == Before);
                    if (!venue && tokens[c].Upos is var u && (u == Noun || u == Propn) && ActorOf(ctx, c) is int a and >= 0
                        && c != skip && (source < 0 || ActorOf(ctx, source) != a)) return c;
                    // "promised support for the Afghan government's efforts": a named party's own thing is aimed at that
                    // party (see Inner and Owner); a pronoun's is mostly the source's own.
                    if (!venue && tokens[c].Upos == Noun && OwnedByOther(ctx, c, source) && c != skip) return c;
                    // A purpose clause costs no arc of its own: its verb only says what the act is for, and whom that is
                    // done to hangs one arc further ("donated ventilators and other equipment to assist Ethiopia").
                    if (tokens[c].Upos == Verb && (rel == Acl || rel == Advcl) && MarkOf(ctx, c) == To && count < level.Length) level[count++] = c;
                    else if (nextCount < nextLevel.Length) nextLevel[nextCount++] = c;
                }
            nextLevel[..nextCount].CopyTo(level);
            count = nextCount;
        }
        return -1;
    }

    /// <summary>The complement of a listed preposition under a head ("a meeting with the White House"); with
    /// <paramref name="also"/> a preposition of either row counts; <paramref name="skip"/> is never the answer.</summary>
    private int FindPrepTarget(Context ctx, int head, EventPattern p, EventPattern? also, int skip)
    {
        var tokens = ctx.Doc.Tokens;
        int fallback = -1;
        for (int c = ctx.First[head]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            // "a meeting with the White House regarding plans" read as a clause "with [the White House] regarding
            // plans" (mark "with", the party its subject): the party is the subject.
            if ((rel == Acl || rel == Advcl) && c != skip && MarkOf(ctx, c) is int m and >= 0
                && (Array.IndexOf(p.TargetPrepositions, m) >= 0 || (also is not null && Array.IndexOf(also.TargetPrepositions, m) >= 0))
                && Child(ctx, c, Nsubj) is int subject and >= 0 && subject < c && ActorOf(ctx, subject) >= 0)
                return subject;
            if (c != skip && (DescribedParty(ctx, c, p.TargetPrepositions) is int described and >= 0
                || (also is not null && (described = DescribedParty(ctx, c, also.TargetPrepositions)) >= 0))) return described;
            if ((rel != Nmod && rel != Obl && !DatedOblique(ctx, c) && !MarkedObject(ctx, c)) || c == skip) continue;
            int prep = CaseOf(ctx, c);
            if (prep < 0 || prep == Between || (Array.IndexOf(p.TargetPrepositions, prep) < 0 && (also is null || Array.IndexOf(also.TargetPrepositions, prep) < 0))) continue;
            int dated = c;
            if (ctx.Time.Contains(c) && (dated = NameBeforeDate(ctx, c)) < 0) continue;
            if (Thing(ctx, dated) is not (var t and >= 0)) continue;
            if (ActorOf(ctx, t) >= 0) return t;
            if (fallback < 0) fallback = t;
        }
        return fallback;
    }

    /// <summary>"a lawsuit against visiting Saudi Crown Prince Mohammed", "fired on retreating Syrian troops": a participle
    /// right after one of <paramref name="preps"/> that describes the party named right after it, parsed as a clause
    /// with the preposition as its mark and the party as its object. The party, when <paramref name="clause"/> is such a
    /// clause; -1 otherwise.</summary>
    private static int DescribedParty(Context ctx, int clause, int[] preps)
    {
        var tokens = ctx.Doc.Tokens;
        if (HyphenModified(ctx, clause, preps) is int modified and >= 0) return modified;
        if ((tokens[clause].Deprel != Advcl && tokens[clause].Deprel != Acl) || tokens[clause].Xpos != Vbg || clause == 0
            || tokens[clause - 1].Deprel != Mark || tokens[clause - 1].Head != clause || Array.IndexOf(preps, tokens[clause - 1].Lemma) < 0
            || Child(ctx, clause, Nsubj) >= 0) return -1;
        int obj = Child(ctx, clause, Obj);
        // A name ("doing business with ZTE" is an act).
        if (obj < 0 || tokens[obj].Upos != Propn || ActorOf(ctx, obj) is not (var a and >= 0) || ctx.Doc.Actors[a].FirstToken != clause + 1) return -1;
        return obj;
    }

    /// <summary>"a strike against state-led oil company Petrobras", "sanctions on the Chand-led Communist Party": a
    /// hyphened participle ("X - led", "X - backed") that the parse took for the head of a clause, with the preposition
    /// hung on the word before the hyphen (or as the clause's mark) and the party the participle describes as its object
    /// or agent. The participle only describes that party, so the preposition introduces it. The party, when
    /// <paramref name="participle"/> is such a word and the preposition one of <paramref name="preps"/>; -1 otherwise.</summary>
    private static int HyphenModified(Context ctx, int participle, int[] preps)
    {
        var tokens = ctx.Doc.Tokens;
        int p = participle;
        if (tokens[p].Xpos != Vbn || p < 2 || tokens[p - 1].Upos != Punct || !IsHyphen(ctx, p - 1)) return -1;
        // The preposition: a mark of the participle, or a case marker of the word before the hyphen hung on it.
        int prep = -1;
        for (int c = ctx.First[p]; c >= 0 && prep < 0; c = ctx.Next[c])
        {
            if (c > p) break;
            if (tokens[c].Deprel == Mark) prep = tokens[c].Lemma;
            else if (c == p - 2 || tokens[p - 2].Head == c) prep = CaseOf(ctx, c);
        }
        if (prep < 0 || Array.IndexOf(preps, prep) < 0) return -1;
        // The party: the first noun hung on the participle after it, where the parse put the phrase's head.
        for (int c = ctx.First[p]; c >= 0; c = ctx.Next[c])
            if (c > p && tokens[c].Upos is var u && (u == Noun || u == Propn) && CaseOf(ctx, c) < 0)
                return ActorOf(ctx, c) >= 0 ? c : -1;
        return -1;
    }

    private static bool IsHyphen(Context ctx, int t) =>
        ctx.Doc.Text.AsSpan(ctx.Doc.Tokens[t].Start, ctx.Doc.Tokens[t].End - ctx.Doc.Tokens[t].Start) is "-" or "\u2013" or "\u2014";

    /// <summary>An "object" with a preposition ("skeptical of the government's ability" parsed with "ability" as the object):
    /// an object takes none, so it is an oblique the parse mislabelled.</summary>
    private static bool MarkedObject(Context ctx, int c) => ctx.Doc.Tokens[c].Deprel == Obj && CaseOf(ctx, c) >= 0;

    /// <summary>The first phrase introduced by one of <paramref name="preps"/> that the parse hung on a date after it ("on
    /// Friday for Britain"), no date itself; -1 when none.</summary>
    private static int AfterDate(Context ctx, int date, int[] preps)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[date]; c >= 0; c = ctx.Next[c])
            if (c > date && tokens[c].Deprel == Nmod && !ctx.Time.Contains(c) && Array.IndexOf(preps, CaseOf(ctx, c)) >= 0) return c;
        return -1;
    }

    /// <summary>A date the parse calls a bare oblique though it has a preposition, with a name before it that the parse
    /// made its compound ("held talks with President Mohamed Farmajo today", "with" and the name both on "today"): an
    /// oblique all the same (see <see cref="NameBeforeDate"/>).</summary>
    private static bool DatedOblique(Context ctx, int c) =>
        ctx.Doc.Tokens[c].Deprel == OblUnmarked && (ctx.Time.Contains(c) || Array.IndexOf(DayNames, ctx.Doc.Tokens[c].Lemma) >= 0) && NameBeforeDate(ctx, c) >= 0;

    /// <summary>"suspended aid to Pakistan earlier this year", "sanctions imposed on Eritrea nine years ago": the parse
    /// makes the name a compound of the date after it, and the date takes the preposition. The name (a party or a
    /// place, before the date and after its preposition) is the complement; -1 when <paramref name="date"/> has none.</summary>
    private static int NameBeforeDate(Context ctx, int date)
    {
        var tokens = ctx.Doc.Tokens;
        int prep = -1;
        for (int c = ctx.First[date]; c >= 0; c = ctx.Next[c]) if (tokens[c].Deprel == Case) { prep = c; break; }
        if (prep < 0) return -1;
        for (int c = ctx.First[date]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Compound && c > prep && c < date && !ctx.Time.Contains(c) && tokens[c].Upos == Propn
                && (ctx.ActorAt[c] >= 0 || IsPlace(ctx, c))) return c;
        return -1;
    }

    /// <summary>The first "to" phrase after <paramref name="obj"/>, when "to" is one of the row's prepositions, hung
    /// anywhere below the object (not in a clause with a subject of its own); -1 when none. Only "to", whither a thing
    /// goes: an "on" or "for" deep in an object is about the object.</summary>
    private int DeepPrepTarget(Context ctx, int obj, EventPattern p)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(p.TargetPrepositions, To) < 0) return -1;
        int sentenceEnd = ctx.Doc.SentenceRecords[tokens[obj].Sentence] is var r ? r.FirstToken + r.TokenCount : tokens.Length;
        for (int c = obj + 1; c < sentenceEnd; c++)
        {
            if ((tokens[c].Deprel != Nmod && tokens[c].Deprel != Obl) || ctx.Time.Contains(c) || CaseOf(ctx, c) != To) continue;
            for (int h = tokens[c].Head, d = 0; h >= 0 && d < 8; h = tokens[h].Head, d++)
            {
                if (h == obj) return c;
                if ((Child(ctx, h, Nsubj) >= 0 || Child(ctx, h, NsubjPass) >= 0) && !PassiveRelative(ctx, h)) break;
            }
        }
        return -1;
    }

    /// <summary>Verbs that move a thing to someone: a "to" phrase anywhere in their object is where it goes.</summary>
    private static readonly int[] SendingAwayVerbs = Lemmas("send", "dispatch", "deliver", "distribute", "donate", "ship");

    /// <summary>"sent a team of medical experts, equipment and drugs to the hospital": the parse hangs the "to" phrase of a
    /// verb of sending on a word inside its long object (a row with no object list does not look there, see
    /// DeepPrepTarget). For such a verb the phrase is the destination, taken when it names a party or a place; -1 else.
    /// Not for a message sent ("sent a condolence message to the president": the "to" is the message's own, and what it
    /// says is the act), nor when a purpose clause says what the ones sent are to do ("sent officials to Qatar to
    /// investigate": that act is the event, see SentTo).</summary>
    private int DeepDestination(Context ctx, int v, int obj, EventPattern p)
    {
        var tokens = ctx.Doc.Tokens;
        if (Array.IndexOf(SendingAwayVerbs, tokens[v].Lemma) < 0 || ActorOf(ctx, obj) >= 0
            || NounOrQuantityOf(ctx, obj, MessageNouns) || NounOrQuantityOf(ctx, obj, DocumentNouns) || NounOrQuantityOf(ctx, obj, Utterances)) return -1;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Advcl && MarkOf(ctx, c) == To) return -1;
        int whither = DeepPrepTarget(ctx, obj, p);
        return whither >= 0 && (ActorOf(ctx, whither) >= 0 || IsPlace(ctx, whither)) ? whither : -1;
    }

    private static readonly int[] RelativePronouns = Lemmas("that", "which");

    /// <summary>"returned a painting that was stolen in 1989 from a gallery to the Art Loss Register": a passive relative
    /// clause of the object says no more than a bare participle would ("a painting stolen in 1989"); its subject is the
    /// object itself, so it has no party of its own, and a "to" phrase after it may be the act's.</summary>
    private static bool PassiveRelative(Context ctx, int clause)
    {
        var tokens = ctx.Doc.Tokens;
        return tokens[clause].Deprel == AclRelcl && Child(ctx, clause, Nsubj) < 0 && Child(ctx, clause, NsubjPass) is int rel and >= 0
            && tokens[rel].Upos == Pron && Array.IndexOf(RelativePronouns, tokens[rel].Lemma) >= 0;
    }

    /// <summary>The subject of a verb: its nsubj (a relative pronoun stands for the noun the clause modifies),
    /// else the subject of the verb it is an xcomp, conjunct or adverbial clause of; -1 when none.</summary>
    private int Subject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int depth = 0; depth < 8 && v >= 0; depth++)
        {
            int s = SecondSubject(ctx, v, Child(ctx, v, Nsubj));
            // "Obama is yet to meet" parsed with an outer subject of the copula.
            if (s < 0) s = Child(ctx, v, NsubjOuter);
            if (s < 0 && Child(ctx, v, AuxPass) < 0) s = VocativeSubject(ctx, v);
            // Raising: "Israel is expected to visit" — above the first clause a passive subject controls the xcomp.
            if (s < 0 && depth > 0) s = Child(ctx, v, NsubjPass);
            // A "passive subject" of a verb with no auxiliary and no "by" agent is its subject when the verb is a simple
            // past or has an object: "Hillary Clinton shrugged off attacks" (a passive has a form of "be" or "get", or in
            // a headline a "by" agent, and no object).
            if (s < 0 && Child(ctx, v, AuxPass) < 0 && Child(ctx, v, Aux) < 0 && Agent(ctx, v) < 0 && (tokens[v].Xpos == Vbd || Child(ctx, v, Obj) >= 0))
                s = Child(ctx, v, NsubjPass);
            ushort rel = tokens[v].Deprel;
            // "For every Syrian sent back to Turkey", misparsed with the phrase as a subject: a subject takes no preposition.
            // Not "with Cruz promising" (an absolute clause), "including Trump" or a possessive "'s".
            if (s >= 0 && CaseOf(ctx, s) is int prep and >= 0 && Array.IndexOf(NoSubjectPrepositions, prep) >= 0) return -1;
            if (s >= 0)
            {
                int lemma = tokens[s].Lemma;
                if (tokens[s].Upos == Pron && (lemma == Who || lemma == Which || lemma == That) && (rel == AclRelcl || rel == AdvclRelcl)) return Antecedent(ctx, v, s);
                // ", which attacked Israel" the parse did not call a relative clause (parataxis, advcl): after a comma,
                // "who" and "which" still stand for the noun before it.
                if (tokens[s].Upos == Pron && (lemma == Who || lemma == Which) && s == v - 1 && s > 0 && tokens[s - 1].Lemma == Comma) return Antecedent(ctx, v, s);
                // "Obama on Sunday held talks", parsed with the date as subject: the actor just before the date.
                if (ctx.Time.Contains(s) && ActorBeforeDate(ctx, s) is int before and >= 0) return before;
                if (AfterDateline(ctx, s) is int real and >= 0) return real;
                return Named(ctx, s);
            }
            if (rel == AclRelcl || rel == AdvclRelcl) return Antecedent(ctx, v, v);
            if (rel == Acl)
            {
                int h = tokens[v].Head;
                // "Merkel on Friday welcomed", parsed as a clause of the date: the subject is what the date hangs on.
                if (ctx.Time.Contains(h) && tokens[h].Head >= 0 && tokens[tokens[h].Head].Upos is var u && (u == Noun || u == Propn)) return tokens[h].Head;
                // "India and Pakistan were guilty of violating": a predicate's clause has the predicate's subject.
                if (Child(ctx, h, Cop) >= 0 && Child(ctx, h, Nsubj) is int predicated and >= 0) return Named(ctx, predicated);
                // "Netanyahu's decision to call off": the possessor of the noun the clause completes.
                if (Child(ctx, h, NmodPoss) is int poss and >= 0) return Named(ctx, poss);
                // "Amnesty issued a statement calling on": a document that is no actor speaks for its issuer.
                if (ActorOf(ctx, h) < 0 && tokens[h].Deprel == Obj && tokens[h].Head >= 0 && Subject(ctx, tokens[h].Head) is int issuer and >= 0) return issuer;
                return h;
            }
            // A to-infinitive the parse made a ccomp of a chain word ("is set to attack") is controlled as an xcomp is.
            if (rel != Xcomp && rel != Conj && rel != Advcl && !((rel == Ccomp || rel == Csubj) && MisparsedControl(ctx, v))) return -1;
            // "called for the ban after Farook and his wife, Tashfeen Malik, killed 14 people", parsed with "after Farook"
            // as a phrase and "killed" a conjunct of "called": the party an "after"/"before" phrase names right before the
            // verb (a comma between at most) is its subject (found hand-checking PolNeAR train events, where Trump killed).
            if (rel == Conj && depth == 0 && TimeClauseSubject(ctx, v) is int after and >= 0) return Named(ctx, after);
            // "Iran accused Israel of attacking its embassy", "praised Egypt for brokering": the "of"/"for" clause of an
            // accusing or praising verb says what its object did, so the object is its subject, not the accuser.
            if (rel == Advcl && AccusedParty(ctx, v) is int accused and >= 0) return Named(ctx, accused);
            // "Hezbollah, which Iran supports, attacked Israel", parsed with "attacked" as an adverbial clause of the
            // relative clause: a bare verb right after the comma closing a relative clause is the main verb of the noun
            // the clause describes, not an act of the clause's subject.
            if ((rel == Advcl || rel == Conj || rel == Parataxis) && depth == 0 && RelativeClauseMisparse(ctx, v) is int antecedent and >= 0) return Named(ctx, antecedent);
            // "listening to him talk", "watched Israel bomb the tunnels", "let the rebels leave": the complement of a verb
            // of perceiving or causing has that verb's object as its subject (found hand-checking PolNeAR dev events,
            // where the listeners were coded as the talkers).
            // Only a verb complement whose controller is a party ("made significant reforms or risk losing funding" is a
            // misparse; "made it available to fight" controls an adjective).
            if (rel == Xcomp && tokens[v].Upos == Verb && tokens[v].Head is int hv and >= 0
                && (MarkOf(ctx, v) == To ? Array.IndexOf(ObjectControlVerbs, tokens[hv].Lemma) : Array.IndexOf(BareControlVerbs, tokens[hv].Lemma)) >= 0
                && ControlledBy(ctx, hv, v) is int controller and >= 0 && (ActorOf(ctx, controller) >= 0 || tokens[controller].Upos == Pron))
                // A pronoun the actors stage left unresolved is no subject above it ("listening to him talk").
                return tokens[controller].Upos == Pron && ActorOf(ctx, controller) < 0 ? controller : Named(ctx, controller);
            v = tokens[v].Head;
        }
        return -1;
    }

    /// <summary>"GOP front-runner Donald Trump said", parsed with "GOP" as one subject of "said" and "Donald Trump" as
    /// another: a person named as a second subject right after the first, with no "and" or comma between, is the real
    /// one, the first a modifier of the person's title (found when US party names became actors).</summary>
    private static int SecondSubject(Context ctx, int v, int s)
    {
        if (s < 0) return s;
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (c > s && c < v && tokens[c].Deprel == Nsubj && Child(ctx, c, Cc) < 0 && tokens[c].Upos is var u && (u == Noun || u == Propn)
                && !ctx.Time.Contains(c) && IsPerson(c) && !IsPerson(s) && Adjoins(s, c)) return c;
        return s;

        bool IsPerson(int t) => ActorOf(ctx, t) is int a and >= 0 && ctx.Doc.Actors[a].Kind == MentionKind.Person;

        // The first subject ends where the second's phrase begins: every word between hangs on the second.
        bool Adjoins(int first, int second)
        {
            var tokens = ctx.Doc.Tokens;
            // "X and Y", "X, Y": a list, not one phrase.
            for (int i = first + 1; i < second; i++)
                if (tokens[i].Upos == Cconj || (tokens[i].Upos == Punct && tokens[i].Norm != Hyphen)) return false;
            for (int i = SubtreeEnd(ctx, first) + 1; i < second; i++)
                if (!Dominates(ctx, second, i)) return false;
            return true;
        }
    }

    /// <summary>
    /// "Troops with the mission in Mali, for instance, have been targeted", "Ban Ki-moon, the secretary general, vowed",
    /// "Some Democrats, however, question": a noun set off by a comma before a verb with no subject of its own is parsed
    /// as a vocative; it is the verb's subject. Not before an imperative ("Mr. Trump, tell me"), which has no subject
    /// (found hand-checking PolNeAR dev events; 17 vocatives in its 79k tokens, most of them such subjects). -1 when none.
    /// </summary>
    private static int VocativeSubject(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int voc = Child(ctx, v, Vocative);
        if (voc < 0 || voc > v || tokens[voc].Upos is var u && u != Noun && u != Propn) return -1;
        if (Child(ctx, v, Nsubj) >= 0 || Child(ctx, v, NsubjPass) >= 0 || Child(ctx, v, Expl) >= 0) return -1;
        if (tokens[v].Xpos == Vb && Child(ctx, v, Aux) < 0 && Child(ctx, v, AuxPass) < 0) return -1;
        return voc;
    }

    private static readonly ushort Vocative = Labels.Deprel.Intern("vocative"), Expl = Labels.Deprel.Intern("expl");
    private static readonly ushort Vb = Labels.Xpos.Intern("VB");

    /// <summary>Verbs of perceiving or causing whose object is the subject of their bare infinitive ("saw troops fire",
    /// "made Mexico pay", "listening to him talk"). "made available to fight" has a to-infinitive, of another subject.</summary>
    private static readonly int[] BareControlVerbs = Lemmas("see", "watch", "hear", "listen", "make", "notice", "feel",
        // "demanding President Obama make a pledge" (found hand-checking PolNeAR dev events)
        "demand", "let");

    /// <summary>Verbs that make a party able or ready to act: the act they are for is not done (see ClimbAbove). Declared
    /// before the list it joins.</summary>
    private static readonly int[] TrainingVerbs = Lemmas("train", "teach", "recruit", "equip", "arm");

    /// <summary>Verbs whose object is the subject of their to-infinitive ("forced the rebels to withdraw", "ordered the
    /// troops to fire"). Not verbs of permitting or helping ("allowed the WFP to deliver food"): the data codes the
    /// permission as the subject's act, and the event it permits is not asserted of the object.
    /// Verbs that make a party able or ready to act (<see cref="TrainingVerbs"/>) control their object too.</summary>
    private static readonly int[] ObjectControlVerbs = [.. Lemmas("force", "compel", "persuade", "convince", "order", "tell", "invite", "cause", "get"),
        .. TrainingVerbs];

    /// <summary>The object (or "to" complement: "listen to him talk") of <paramref name="h"/> before its complement
    /// <paramref name="x"/>; -1 when none.</summary>
    private static int ControlledBy(Context ctx, int h, int x)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
        {
            if (c > x) break;
            if (tokens[c].Deprel == Obj || tokens[c].Deprel == Iobj || (tokens[c].Deprel == Obl && CaseOf(ctx, c) == To)) return c;
        }
        return -1;
    }

    private static readonly ulong[] Dashes = [StringHash.OfNorm("-"), StringHash.OfNorm("--"), StringHash.OfNorm("–"), StringHash.OfNorm("—")];

    /// <summary>"ROME - Bernie Sanders met", "PARIS, Aug 31 (Reuters) - ... Marine Le Pen, voiced": a dateline parsed as
    /// the subject, the real subject hung on it after the dash. When <paramref name="s"/> is a place (a country-kind
    /// actor) that opens the sentence and a dash (or a colon after capitals, "NEW DELHI:") follows within the dateline's
    /// proper names, numbers and brackets (see DatelineEnd), the first word after the dash hung on it; else -1.</summary>
    private static int AfterDateline(Context ctx, int s)
    {
        var tokens = ctx.Doc.Tokens;
        var sent = ctx.Doc.SentenceRecords[tokens[s].Sentence];
        // A city the actor stage leaves alone opens a dateline too ("PHILADELPHIA, July 25 (UPI) — The Democratic
        // National Committee released": found hand-checking PolNeAR train events): a known place, or a name in capitals.
        if (ActorOf(ctx, s) is not (var a and >= 0) || ctx.Doc.Actors[a].Kind != MentionKind.Country || ctx.Doc.Actors[a].FirstToken != sent.FirstToken)
            if (s != sent.FirstToken || !(IsPlace(ctx, s) || CapitalsName(ctx, s))) return -1;
        int dash = DatelineEnd(ctx, sent.FirstToken, sent.TokenCount);
        if (dash < 0 || dash < s) return -1;
        for (int c = ctx.First[s]; c >= 0; c = ctx.Next[c])
            if (c > dash && (tokens[c].Upos == Noun || tokens[c].Upos == Propn)) return c;
        // "WASHINGTON (AP) — Donald Trump and Paul Ryan pledged", parsed with both as subjects of the verb: the one after
        // the dash (found hand-checking PolNeAR train events).
        if (tokens[s].Head is int v and >= 0)
            for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
                if (c > dash && tokens[c].Deprel == Nsubj && (tokens[c].Upos == Noun || tokens[c].Upos == Propn)) return c;
        return -1;
    }

    /// <summary>The dash (or, after a name in capitals, the colon) that ends a dateline opening the sentence from
    /// <paramref name="first"/>: within 12 tokens, only proper names, numbers, adjectives, capitalised words (the tagger
    /// reads "United" of "DUBAI, United Arab Emirates" as a verb) and punctuation before it; else -1.</summary>
    private static int DatelineEnd(Context ctx, int first, int count)
    {
        var tokens = ctx.Doc.Tokens;
        for (int t = first; t < Math.Min(first + 12, first + count); t++)
        {
            if (Array.IndexOf(Dashes, tokens[t].Norm) >= 0) return t;
            // "NEW DELHI: Nearly 150 Indians returned": a colon ends a dateline only after capitals ("Trump: we will win"
            // is a headline's speaker).
            if (tokens[t].Norm == ColonNorm) return t > first && CapitalsName(ctx, t - 1) ? t : -1;
            if ((tokens[t].Flags & TokenFlags.Punct) == 0 && tokens[t].Upos != Propn && tokens[t].Upos != Num && tokens[t].Upos != Adj
                && !(tokens[t].End > tokens[t].Start && char.IsUpper(ctx.Doc.Text[tokens[t].Start]))) return -1;
        }
        return -1;
    }

    private static readonly ulong ColonNorm = StringHash.OfNorm(":");

    /// <summary>A proper name written all in capitals, of three letters or more: "PHILADELPHIA".</summary>
    private static bool CapitalsName(Context ctx, int t)
    {
        var tok = ctx.Doc.Tokens[t];
        if (tok.Upos != Propn || tok.End - tok.Start < 3) return false;
        foreach (char ch in ctx.Doc.Text.AsSpan(tok.Start, tok.End - tok.Start))
            if (char.IsLetter(ch) && !char.IsUpper(ch)) return false;
        return true;
    }

    /// <summary>The head of the actor mention right before the date expression <paramref name="t"/> is in (its
    /// preposition skipped), or -1.</summary>
    private static int ActorBeforeDate(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        int first = ctx.Doc.SentenceRecords[tokens[t].Sentence].FirstToken;
        int i = t;
        while (i > first && ctx.Time.Contains(i - 1)) i--;
        i--;
        while (i >= first && tokens[i].Upos == Adp) i--;
        return i >= first && ctx.ActorAt[i] >= 0 ? ctx.Doc.Actors[ctx.ActorAt[i]].HeadToken : -1;
    }

    /// <summary>A personal or possessive pronoun's antecedent in its own sentence, the subject of a clause above it
    /// ("Bangladesh said it cannot accept", "Putin expresses his condolences": the data marks the name) and, when the
    /// actor stage resolved the pronoun, of the same code; the token itself when it is no such pronoun or no such
    /// subject is above it.</summary>
    private int Named(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        if (tokens[t].Upos != Pron || Array.IndexOf(ThirdPerson, tokens[t].Lemma) < 0) return t;
        // A pronoun the actor stage resolved (by gender, number and distance) stands for that actor: a subject above it
        // of another code is not its antecedent ("Critics of Justin Trudeau say ... his refusal" is Trudeau's, not the
        // critics', when the parse makes "Critics" the subject of "say").
        string? code = ActorOf(ctx, t) is int resolved and >= 0 ? ctx.Doc.Actors[resolved].Code : null;
        // "he", "she" stand for one person: a plural common noun above ("shows donors and activists that he is willing",
        // misparsed with "donors" as the subject) is not theirs (found hand-checking PolNeAR train events). A name may
        // look plural to the tagger ("Sanders"): a person's name is never held to number.
        bool singular = Array.IndexOf(PersonalSingular, tokens[t].Lemma) >= 0;
        // "Limbaugh continued: “They are demanding this”": "they" in a speaker's own quoted words stands for others, not
        // for the one person who speaks ("IAG chief Willie Walsh says they are pessimistic", reported, speaks for his firm).
        bool plural = Array.IndexOf(ThirdPersonPlural, tokens[t].Lemma) >= 0 && InsideDoubleQuotes(ctx, t);
        int cur = tokens[t].Head;
        for (int depth = 0; depth < 8 && cur >= 0; depth++)
        {
            int s = SecondSubject(ctx, cur, Child(ctx, cur, Nsubj));
            if (s >= 0 && s != t && tokens[s].Upos is var u && (u == Noun || u == Propn) && s < t
                && !(plural && Child(ctx, s, Conj) < 0 && ActorOf(ctx, s) is int one and >= 0 && ctx.Doc.Actors[one].Kind == MentionKind.Person)
                && !(singular && tokens[s].Xpos == Nns && !(ActorOf(ctx, s) is int named and >= 0 && ctx.Doc.Actors[named].Kind == MentionKind.Person))
                && (code is null || (ActorOf(ctx, s) is int sa and >= 0 && ctx.Doc.Actors[sa].Code == code))) return s;
            cur = tokens[cur].Head;
        }
        return t;
    }

    private static readonly int[] ThirdPerson = Lemmas("he", "she", "it", "they", "his", "her", "its", "their");

    /// <summary>Whether an odd number of double quotation marks stands before <paramref name="t"/> in its sentence.</summary>
    private static bool InsideDoubleQuotes(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        int marks = 0;
        for (int i = ctx.Doc.SentenceRecords[tokens[t].Sentence].FirstToken; i < t; i++)
            if (tokens[i].End - tokens[i].Start == 1 && TextChars.Fold(ctx.Doc.Text[tokens[i].Start]) == '"') marks++;
        return (marks & 1) == 1;
    }

    /// <summary>Third-person plural pronouns.</summary>
    private static readonly int[] ThirdPersonPlural = Lemmas("they", "their", "them");

    /// <summary>Third-person pronouns of one person.</summary>
    private static readonly int[] PersonalSingular = Lemmas("he", "she", "his", "her", "him");

    /// <summary>The noun a relative clause is about: its head when the parse hangs it on the noun, else (hung on the
    /// verb: "condemned Hamas, which attacked") the nearest noun before the clause.</summary>
    private static int Antecedent(Context ctx, int clause, int pronoun)
    {
        var tokens = ctx.Doc.Tokens;
        int h = tokens[clause].Head;
        if (h < 0 || tokens[h].Upos != Verb) return h;
        int first = ctx.Doc.SentenceRecords[tokens[clause].Sentence].FirstToken;
        for (int i = Math.Min(pronoun, clause) - 1; i >= first; i--)
            if (tokens[i].Upos == Noun || tokens[i].Upos == Propn || tokens[i].Upos == Pron) return i;
        return h;
    }

    /// <summary>The "by" agent of a passive verb, or -1.</summary>
    private static readonly int[] CauseMarks = Lemmas("as", "after", "when");

    /// <summary>Verbs of an armed act that can cause deaths told in a passive main clause ("were killed after a car bomb
    /// struck a bus").</summary>
    private static readonly int[] CauseVerbs = Lemmas("strike", "launch", "attack", "bomb", "shell", "hit", "raid", "target", "storm");

    /// <summary>
    /// The doer and aim of an armed act in a time clause after a passive verb ("were killed as forces launched strikes
    /// against the enclave", "after a car bomb struck a bus"): a marker "as", "after" or "when" right after the verb's own
    /// words, then a phrase naming a party, then one of <see cref="CauseVerbs"/>. The doer is the highest noun between
    /// marker and verb (the parse often hangs it elsewhere), the aim the verb's object, or, when that names no party
    /// ("launched strikes against the enclave"), the object's "against", "on" or "at" phrase. (-1, -1) when none.
    /// </summary>
    private static (int Doer, int Aim) CauseClause(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        var sent = ctx.Doc.SentenceRecords[tokens[v].Sentence];
        int end = sent.FirstToken + sent.TokenCount;
        int mark = -1;
        for (int t = v + 1; t < end && t <= v + 8 && mark < 0; t++)
        {
            if (tokens[t].Upos == Verb) return (-1, -1);
            if (Array.IndexOf(CauseMarks, tokens[t].Lemma) >= 0 && (tokens[t].Deprel == Mark || tokens[t].Deprel == Case)) mark = t;
        }
        if (mark < 0) return (-1, -1);
        int verb = -1;
        for (int t = mark + 1; t < end && t <= mark + 8 && verb < 0; t++)
            if (tokens[t].Upos == Verb && tokens[t].Deprel != Amod && tokens[t].Deprel != Compound) verb = t;
        if (verb < 0 || Array.IndexOf(CauseVerbs, tokens[verb].Lemma) < 0) return (-1, -1);
        int doer = -1;
        bool named = false;
        for (int t = mark + 1; t < verb; t++)
        {
            if (ctx.ActorAt[t] >= 0) named = true;
            int h = tokens[t].Head;
            if ((tokens[t].Upos == Noun || tokens[t].Upos == Propn) && (h <= mark || h >= verb)) doer = t;
        }
        if (doer < 0 || !named) return (-1, -1);
        int obj = Child(ctx, verb, Obj);
        if (obj < 0) return (-1, -1);
        if (ActorOf(ctx, obj) >= 0) return (doer, obj);
        for (int c = ctx.First[obj]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Nmod && CaseOf(ctx, c) is var k && (k == Against || k == On || k == At)) return (doer, c);
        return (doer, obj);
    }

    private int Agent(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == OblAgent || (tokens[c].Deprel == Obl && CaseOf(ctx, c) == By)) return c;
        return -1;
    }

    /// <summary>Verbs whose two objects are a recipient and a thing given ("gave Putin a deadline").</summary>
    private static readonly int[] DitransitiveVerbs = Lemmas("give", "hand", "issue", "send");

    private static readonly int[] Articles = Lemmas("a", "an");

    /// <summary>
    /// A nominal trigger that is the second of two objects of a giving verb the parse read as one phrase ("gives Putin a
    /// midnight deadline": the deadline hung as an apposition or conjunct under the name, or as a compound of a noun
    /// there). The nominal's own article shows the split: a name before it cannot belong to its phrase, as a modifier
    /// never comes before a noun's article. Returns the first object (an actor named between the verb and the article)
    /// and the verb in <paramref name="verb"/>; -1 otherwise.
    /// </summary>
    private int MisreadDoubleObject(Context ctx, int n, out int verb)
    {
        var tokens = ctx.Doc.Tokens;
        verb = -1;
        // Up through nominal links to the phrase the verb governs, collecting the nouns passed.
        var chain = new List<int> { n };
        int cur = n;
        for (int step = 0; step < 5; step++)
        {
            int h = tokens[cur].Head;
            if (h < 0) return -1;
            if (tokens[h].Upos == Verb)
            {
                if (tokens[cur].Deprel != Obj && tokens[cur].Deprel != Iobj) return -1;
                verb = h;
                break;
            }
            ushort rel = tokens[cur].Deprel;
            if (rel != Appos && rel != Conj && rel != Compound && rel != Obj && rel != Flat) return -1;
            if (tokens[h].Upos != Noun && tokens[h].Upos != Propn && tokens[h].Upos != Adj) return -1;
            chain.Add(h);
            cur = h;
        }
        if (verb < 0 || Array.IndexOf(DitransitiveVerbs, tokens[verb].Lemma) < 0 || verb > n) { verb = -1; return -1; }
        // The nominal's article: one hung on a noun of the chain, or on a compound modifier of one ("gave Erdogan a
        // deadline" with the name a compound of the deadline: a compound never comes before its noun's article).
        int article = -1;
        for (int d = verb + 1; d < n && article < 0; d++)
        {
            if (tokens[d].Deprel != Det || Array.IndexOf(Articles, tokens[d].Lemma) < 0) continue;
            int dh = tokens[d].Head;
            if (dh >= 0 && (chain.Contains(dh) || (tokens[dh].Deprel == Compound && chain.Contains(tokens[dh].Head)))) article = d;
        }
        if (article < 0) { verb = -1; return -1; }
        // The recipient: the last actor mention that ends before the article and starts after the verb.
        int recipient = -1;
        for (int t = article - 1; t > verb && recipient < 0; t--)
            if (ActorOf(ctx, t) is int a and >= 0 && ctx.Doc.Actors[a].FirstToken > verb) recipient = t;
        if (recipient < 0) verb = -1;
        return recipient;
    }

    private static readonly int ProtestWord = Vocabulary.Shared.Intern("protest");

    /// <summary>What a protest act done by verb <paramref name="v"/> protests: the object of its "to protest" or
    /// "protesting" clause, or the "against"/"at" complement of its "in protest" phrase (which the parse may hang on the
    /// verb itself). A thing imposed or done by a named party ("the policy imposed by the administration") stands for
    /// that party, as the protest is aimed at it. -1 when none is named.</summary>
    private int Protested(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        int found = -1;
        bool inProtest = false;
        for (int c = ctx.First[v]; c >= 0 && found < 0; c = ctx.Next[c])
        {
            if (tokens[c].Lemma != ProtestWord) continue;
            if (tokens[c].Upos == Verb && (tokens[c].Deprel == Advcl || tokens[c].Deprel == Xcomp) && (MarkOf(ctx, c) == To || tokens[c].Xpos == Vbg))
                found = Child(ctx, c, Obj);
            else if (tokens[c].Upos == Noun && CaseOf(ctx, c) == In)
            {
                inProtest = true;
                for (int d = ctx.First[c]; d >= 0 && found < 0; d = ctx.Next[d])
                    if (tokens[d].Deprel == Nmod && CaseOf(ctx, d) is var k && (k == Against || k == At)) found = d;
            }
        }
        if (found < 0 && inProtest)
            for (int c = ctx.First[v]; c >= 0 && found < 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Obl && CaseOf(ctx, c) is var k && (k == Against || k == At)) found = c;
        return found;
    }

    /// <summary>The named party by whom a thing protested was imposed or done ("laws imposed by the government"), which
    /// stands for the thing as the protest's target; the thing itself when it names none.</summary>
    private int ImposerOf(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        if (t < 0 || ActorOf(ctx, t) >= 0) return t;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Acl && tokens[c].Upos == Verb && Agent(ctx, c) is int agent and >= 0 && ActorOf(ctx, agent) >= 0) return agent;
        return t;
    }

    /// <summary>The token and its coordinated conjuncts ("Brazil and the United States").</summary>
    private List<int> Expand(Context ctx, int t)
    {
        var list = new List<int> { t };
        if (t < 0) return list;
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
        {
            if (tokens[c].Deprel == Conj && (tokens[c].Upos == Noun || tokens[c].Upos == Propn || tokens[c].Upos == Pron)) list.Add(c);
            // "Armenian and Azerbaijani officials": a coordinated modifier that is an actor of its own ("Armenian"
            // officials) acts with the head's.
            else if (tokens[c].Deprel == Amod && ctx.ActorAt[c] >= 0 && ctx.ActorAt[c] != ctx.ActorAt[t] && c + 1 < tokens.Length
                     && (tokens[c + 1].Lemma == And || tokens[c + 1].Lemma == Comma)) list.Add(c);
        }
        // "Israeli and Palestinian negotiators", and the parses that split "UK and EU" off "negotiators" or make "Kenyan" the
        // root: each party of a coordinated group that modifies the noun acts with it. The span reading marks the same
        // group as one span (ArgumentPhrases.ModifierGroupOf). Not a group of compounds or possessors: "Trump and Cruz
        // supporters" are neither candidate, "online and television ads" no party.
        if (ArgumentPhrases.ModifierGroupOf(ctx.Doc, t) is int group and >= 0 && group != t && tokens[group].Deprel != Compound && tokens[group].Deprel != NmodPoss)
        {
            if (ctx.ActorAt[group] >= 0 && !list.Contains(group)) list.Add(group);
            for (int d = ctx.First[group]; d >= 0; d = ctx.Next[d])
                if (tokens[d].Deprel == Conj && ctx.ActorAt[d] >= 0 && !list.Contains(d)) list.Add(d);
        }
        // "Brazil and the United States agreed" parsed as two subjects of "agreed", the second with the "and": a
        // conjunct all the same.
        int h = tokens[t].Head;
        ushort r = tokens[t].Deprel;
        if (h >= 0 && (r == Nsubj || r == Obj))
            for (int c = ctx.First[h]; c >= 0; c = ctx.Next[c])
                if (c > t && tokens[c].Deprel == r && (tokens[c].Upos == Noun || tokens[c].Upos == Propn) && Child(ctx, c, Cc) is int cc and >= 0
                    && tokens[cc].Lemma == And && cc > t && !list.Contains(c))
                    list.Add(c);
        return list;
    }

    /// <summary>The actor mention a token belongs to: the one covering it, else one covering a modifier of it
    /// ("U.S." in "senior U.S. officials" when the mention is the modifier alone).</summary>
    private static int ActorOf(Context ctx, int t)
    {
        if (t < 0) return -1;
        var tokens = ctx.Doc.Tokens;
        if (ctx.ActorAt[t] >= 0)
        {
            // "Senate Majority Leader Harry Reid attacked": a title the knowledge base could not resolve gives way to the
            // person it names, right after it as an apposition or a name run on (found hand-checking PolNeAR train events,
            // where the attack was left to an unresolved "Senate Majority Leader" and coded as force).
            if (ctx.Doc.Actors[ctx.ActorAt[t]].Code is null)
                for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
                    if (c > t && (tokens[c].Deprel == Appos || tokens[c].Deprel == Flat) && ctx.ActorAt[c] >= 0 && ctx.ActorAt[c] != ctx.ActorAt[t]
                        && ctx.Doc.Actors[ctx.ActorAt[c]] is { Kind: MentionKind.Person, Code: not null } && !HasPunctuationBetween(ctx, t, c))
                        return ctx.ActorAt[c];
            return ctx.ActorAt[t];
        }
        int found = -1;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
        {
            ushort rel = tokens[c].Deprel;
            if ((rel == Compound || rel == Amod || rel == Appos || rel == Flat || rel == NmodDesc) && ctx.ActorAt[c] >= 0)
            {
                // "Clinton supporters", "Trump voters", "Obama aides": the people of a person are not that person (found
                // hand-checking PolNeAR dev events, where Clinton supporters' doubts were coded as hers).
                if (rel == Compound && Array.IndexOf(FollowerNouns, tokens[t].Lemma) >= 0 && ctx.Doc.Actors[ctx.ActorAt[c]].Kind == MentionKind.Person) continue;
                // "his 2012 Senate campaign", "her White House bid": the body a run is for is no party to it; the runner is
                // (found hand-checking PolNeAR train events, where funding one's own campaign was aid to the Senate).
                if (rel == Compound && Array.IndexOf(RunNouns, tokens[t].Lemma) >= 0 && Child(ctx, t, NmodPoss) >= 0) continue;
                // "Clinton campaign manager Robby Mook": the person a title names is who it is, not the party the title
                // is of (found hand-checking PolNeAR dev events, where the manager's words were Hillary Clinton's).
                if (rel == Appos && ctx.Doc.Actors[ctx.ActorAt[c]].Kind == MentionKind.Person) return ctx.ActorAt[c];
                if (found < 0) found = ctx.ActorAt[c];
            }
        }
        // "Thousands of protesters staged a rally", "dozens of soldiers": a count is of the party its "of" names.
        if (found < 0 && (tokens[t].Upos == Num || Array.IndexOf(CountNouns, tokens[t].Lemma) >= 0))
            for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c])
                if (tokens[c].Deprel == Nmod && ctx.ActorAt[c] >= 0 && CaseOf(ctx, c) == Of) return ctx.ActorAt[c];
        return found;
    }

    private static int Child(Context ctx, int t, ushort rel)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c]) if (tokens[c].Deprel == rel) return c;
        return -1;
    }

    private static int CaseOf(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c]) if (tokens[c].Deprel == Case) return tokens[c].Lemma;
        // "skeptical of the government's ability" parsed with "of" on the possessor: a possessor takes no preposition of
        // its own (only its "'s"), so one before it introduces the possessed noun's phrase.
        if (Child(ctx, t, NmodPoss) is int owner and >= 0 && owner < t)
            for (int c = ctx.First[owner]; c >= 0 && c < owner; c = ctx.Next[c])
                if (tokens[c].Deprel == Case && tokens[c].Upos == Adp) return tokens[c].Lemma;
        return -1;
    }

    /// <summary>The noun, or a noun coordinated with it ("tanks and weapons"), is one of the row's objects.</summary>
    private static bool Listed(Context ctx, int noun, EventPattern p)
    {
        var tokens = ctx.Doc.Tokens;
        if (p.ListsObject(tokens[noun].Lemma, tokens[noun].Norm)) return true;
        for (int c = ctx.First[noun]; c >= 0; c = ctx.Next[c])
            if (tokens[c].Deprel == Conj && p.ListsObject(tokens[c].Lemma, tokens[c].Norm)) return true;
        return false;
    }

    /// <summary>The complement of a verb introduced by "with" ("provided them with weapons"), or -1.</summary>
    private static int WithComplement(Context ctx, int v)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[v]; c >= 0; c = ctx.Next[c])
            if ((tokens[c].Deprel == Obl || tokens[c].Deprel == Nmod) && CaseOf(ctx, c) == With) return c;
        return -1;
    }

    private static int MarkOf(Context ctx, int t)
    {
        var tokens = ctx.Doc.Tokens;
        for (int c = ctx.First[t]; c >= 0; c = ctx.Next[c]) if (tokens[c].Deprel == Mark) return tokens[c].Lemma;
        return -1;
    }

    private static void Extend(ref int first, ref int last, int t)
    {
        if (t < first) first = t;
        if (t > last) last = t;
    }
}
