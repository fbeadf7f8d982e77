using Dyad.Actors.Petrarch;
using Dyad.Documents;

namespace Dyad.Events.Petrarch;

/// <summary>An event the PETRARCH-compatible coder produced, with the verb token and the rule that coded it.</summary>
/// <param name="Coding">Source, target and event code.</param>
/// <param name="VerbToken">Document index of the verb.</param>
/// <param name="Rule">The verb block and pattern (or "default") that gave the code, for explanations.</param>
public sealed record PetrarchCodedEvent(PetrarchCoding Coding, int VerbToken, string Rule);

/// <summary>
/// Codes events in the manner of PETRARCH-2 / UniversalPetrarch, with PETRARCH dictionaries, over a sentence of a
/// <see cref="Document"/> that carries a dependency parse (UD v1 or v2 labels):
/// <list type="number">
/// <item>actor and agent phrases are found by longest match over the sentence's words (an actor phrase also with
/// modifiers of its last word between its words: "Ithilen state-run television"); a noun phrase's code is its
/// actor's code (on the sentence date) composed with its agents (<c>ISR</c> + <c>~GOV</c> → <c>ISRGOV</c>); conjoined
/// noun phrases give compound actors, and an agent without its own actor borrows its conjunct's
/// ("Danish media and government" → <c>DNKMED</c>, <c>DNKGOV</c>);</item>
/// <item>each verb found in the verb dictionary (by lemma or surface form, compound verbs with their particles) is
/// matched against its block's patterns: the words after <c>*</c> must appear in order among the words the verb
/// governs after it (not inside a relative clause on one of its nouns), the words before <c>*</c> among those before it
/// (for a passive, its by-phrase); the pattern matching the most words wins, else the verb's (or block's) own code
/// applies; <c>---</c> codes nothing;</item>
/// <item>the source is the pattern's <c>$</c> slot or the verb's subject (inherited through <c>xcomp</c> and
/// <c>conj</c>; the <c>by</c>-phrase of a passive); the target is the <c>+</c> slot, else the passive subject, else the
/// direct object's actor, else the first actor after the verb in the clause; <c>A:B</c> codes A from source to
/// target and B back; a <c>%</c> pattern codes the members of a compound subject with each other;</item>
/// <item>a dateline's actors go with the agents of the noun phrase opening the story's first sentence when that
/// phrase names no actor ("BAGHDAD, Iraq — Police said" → <c>IRQCOP</c>);</item>
/// <item>a sentence holding a discard phrase is not coded; codings need both a source and a target.</item>
/// </list>
/// </summary>
public sealed class PetrarchCoder
{
    private readonly PetrarchDictionarySet _dicts;

    /// <summary>A coder over a dictionary set.</summary>
    public PetrarchCoder(PetrarchDictionarySet dictionaries) => _dicts = dictionaries;

    /// <summary>Codes every sentence of <paramref name="document"/>; actor codes resolve on <paramref name="date"/>.
    /// <paramref name="dateline"/>: the story's dateline when the document leaves it out ("GAZA CITY, Palestinian
    /// Territories:"); its actors are those of the noun phrase opening the first sentence when that phrase names only
    /// agents (see <see cref="DatelineActors"/>).</summary>
    public List<PetrarchCodedEvent> Code(Document document, DateOnly date, string? dateline = null)
    {
        var events = new List<PetrarchCodedEvent>();
        var datelineActors = dateline == null ? null : DatelineActors(dateline, date);
        for (int s = 0; s < document.SentenceCount; s++)
            events.AddRange(CodeSentence(document, s, date, s == 0 ? datelineActors : null));
        return events;
    }

    /// <summary>The actor codes (on <paramref name="date"/>) a dateline names, in order: "GAZA CITY, Palestinian
    /// Territories:" gives the city's and the territories' codes. A constituency parse reads a dateline and the noun phrase
    /// after it as one noun phrase, so PETRARCH-2 combines these actors with that phrase's agents ("police" after
    /// "BAGHDAD, Iraq —" is Iraq's police).</summary>
    internal List<string> DatelineActors(string dateline, DateOnly date)
    {
        var codes = new List<string>();
        var words = PetrarchText.Key(dateline).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ':', ';', '.', '-', '—', '–')).Where(w => w.Length > 0).ToArray();
        for (int i = 0; i < words.Length;)
        {
            var e = _dicts.Phrases.LongestAt(words, i, out int len);
            if (e == null) { i++; continue; }
            if (e.Actor?.CodeOn(date) is { } code && !codes.Contains(code)) codes.Add(code);
            i += len;
        }
        return codes;
    }

    /// <summary>Codes one sentence; <paramref name="datelineActors"/> (for the first sentence of a story) as
    /// <see cref="Code"/> describes.</summary>
    public List<PetrarchCodedEvent> CodeSentence(Document document, int sentence, DateOnly date, IReadOnlyList<string>? datelineActors = null)
    {
        var view = new SentenceView(document, sentence, _dicts.Phrases, date, datelineActors);
        var result = new List<PetrarchCodedEvent>();
        if (IsDiscarded(view)) return result;
        var analyses = new VerbAnalysis?[view.N];
        for (int v = 0; v < view.N; v++)
            if (view.Upos[v] == "VERB") analyses[v] = Analyze(view, v);
        // A verb and the verb of its complement clause make one event: a transformation of the verb dictionary, or the
        // combination of their codes in the coding ontology; without either the governing verb's event stands alone.
        var skip = new bool[view.N];
        var merged = new bool[view.N];
        for (int w = 0; w < view.N; w++)
        {
            if (analyses[w] is not { } lower || view.Governor(w) is not (>= 0 and var u)) continue;
            if (analyses[u] is not { } upper) continue;
            // A complement of a verb that was itself folded into the verb governing it (or gave way to it) is part of
            // that event: "said he would not give permission to Russia to help Israel" is the saying-granting alone.
            if (skip[u]) { skip[w] = true; continue; }
            if (merged[u]) { skip[w] = true; continue; }
            // A complement whose pattern names its own source, with the governing verb's subject as its target, is the
            // event: "Mordor will be hosting Osgiliath to celebrate Tabaski with Eriador at Cirith Ungol" under
            // "* TABASKI ^ $" is Cirith Ungol's celebrating with Mordor (PATTERN-17 of the 2.02 suite).
            if (lower.SubjectTarget && lower.First != null) { skip[u] = true; continue; }
            if (Transform(view, upper, lower) is { } t) { analyses[u] = t; skip[w] = true; merged[u] = true; continue; }
            // A governing verb coding only the reverse direction ("faces pressure from Congress": [:100]) is the event;
            // its purpose clause ("to help Iran") is what was demanded, not an event of its own.
            if (upper.First == null) { if (upper.Second != null && view.Rel[w] == "advcl") skip[w] = true; continue; }
            if (lower.First == null) continue;
            var combined = Combine(upper, lower, view.Rel[w] != "ccomp");
            if (combined == null) { skip[w] = true; continue; }
            if (combined == lower) { skip[u] = true; continue; }
            analyses[u] = combined;
            merged[u] = true;
            skip[w] = true;
        }
        for (int v = 0; v < view.N; v++)
            if (analyses[v] is { } a && !skip[v]) Emit(view, a, result);
        // The same coding from two verbs counts once.
        var seen = new HashSet<PetrarchCoding>();
        result.RemoveAll(e => !seen.Add(e.Coding));
        return result;
    }

    /// <summary>Every code the actor resolution gives to a noun phrase of the document (for measuring the actor
    /// dictionaries on their own, apart from event coding).</summary>
    public HashSet<string> NounPhraseCodes(Document document, DateOnly date)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var view = new SentenceView(document, s, _dicts.Phrases, date);
            for (int t = 0; t < view.N; t++)
                if (view.HitOf[t] != null)
                    foreach (var c in view.GroupCodes(view.Top(t))) codes.Add(c);
        }
        return codes;
    }

    /// <summary>Every event code the dictionaries could give to some verb of the document, however the sentence were
    /// parsed: for each word found in the verb dictionary (any part of speech), its block's, entry's and patterns' codes
    /// and their negations; the results of the transformations whose governing verb occurs; and each code of the coding
    /// ontology that one of these verbs' codes combined with another's can reach. An expected coding whose event code is
    /// not in this set is beyond the dictionaries for that record (an upper bound for any reading of the sentence).</summary>
    internal HashSet<string> ReachableCodes(Document document, DateOnly date)
    {
        var direct = new HashSet<string>(StringComparer.Ordinal);
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        void Add(HashSet<string> into, string code)
        {
            foreach (var part in code.Split(':')) if (part.Length > 0 && part != "---") into.Add(part);
        }
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var view = new SentenceView(document, s, _dicts.Phrases, date);
            for (int v = 0; v < view.N; v++)
            {
                if (FindVerb(view, v) is not { } c) continue;
                lemmas.Add(view.Lemma[v]);
                lemmas.Add(view.Word[v]);
                Add(direct, c.Entry.Code ?? c.Block.Code);
                foreach (var p in c.Block.Patterns) Add(direct, p.Code);
            }
        }
        var codes = new HashSet<string>(direct, StringComparer.Ordinal);
        foreach (var t in _dicts.Verbs.Transformations)
            if (t.Pattern.Count > 0 && lemmas.Contains(PetrarchText.Key(t.Pattern[^1])) && t.Result.Count > 0 && t.Result[^1] != "Q")
                Add(codes, t.Result[^1]);
        if (_dicts.Ontology is { } o)
        {
            foreach (var c in direct)
                if (o.Negate(c) is { } n) codes.Add(n);
            // As Combine does: a governing verb of a high class takes the action digits of a complement of a low one.
            foreach (var u in direct)
            {
                if (!o.TryValue(u, out int uv) || uv < HighClass || uv >= PetrarchCodingOntology.Negation / 2) continue;
                foreach (var l in direct)
                {
                    if (!o.TryValue(l, out int lv) || lv < 0 || lv >= HighClass) continue;
                    foreach (int merged in (int[])[(uv & 0xF000) | (lv & 0x0FFF), (uv & 0xF000) | (lv & 0x0FF0)])
                        if (o.CodeOf(merged) is { } m) codes.Add(m);
                }
            }
        }
        return codes;
    }

    private bool IsDiscarded(SentenceView view)
    {
        if (_dicts.Discards == null) return false;
        foreach (var d in _dicts.Discards.Entries)
        {
            var words = PetrarchText.Key(d.Phrase).Split(' ');
            for (int i = 0; i + words.Length <= view.N; i++)
            {
                bool ok = true;
                for (int k = 0; k < words.Length && ok; k++)
                {
                    string w = view.Word[i + k];
                    ok = w == words[k] || (!d.WholeWord && k == words.Length - 1 && w.StartsWith(words[k], StringComparison.Ordinal));
                }
                if (ok) return true;
            }
        }
        return false;
    }

    /// <summary>What the coder found for one verb: its code(s), source, target and object, before events are made.</summary>
    private sealed record VerbAnalysis(int Verb, string Lemma, string? First, string? Second, string Rule, List<string> Source,
        List<string> Target, List<string> Object, bool Compound, bool Negated, bool SubjectTarget = false);

    private VerbAnalysis? Analyze(SentenceView view, int v)
    {
        var cand = FindVerb(view, v);
        if (cand == null) return null;
        var after = view.Side(v, after: true);
        // The verb's patterns read its own words, not those of a complement clause whose verb codes on its own.
        var own = view.Side(v, after: true, k => view.IsComplement(k) && view.Upos[k] == "VERB" && FindVerb(view, k) != null);
        // A passive verb's grammatical subject is its logical object: "evidence against Russia was presented" reads as
        // "presented evidence against Russia" for the patterns.
        own.InsertRange(0, view.PassiveSubjectTokens(v));
        // Nor those of a relative clause on one of its nouns ("put in a position where it can build up rockets" is not
        // "put rockets"): PETRARCH-2 matches a verb phrase's own noun and prepositional phrases, not an embedded clause.
        own.RemoveAll(t => view.InRelativeClause(t, v));
        var subject = view.Subject(v);
        var before = view.SubjectTokensOrController(v);
        // Its by-phrase is its logical subject: "the building was demolished by a protester" reads as "a protester
        // demolished the building", so "PROTESTER *" matches and the by-phrase is no longer among the words after it.
        if (view.PassiveAgentTokens(v) is { Count: > 0 } agent)
        {
            before = agent;
            own.RemoveAll(agent.Contains);
        }

        VerbPattern? best = null;
        var bestMatch = new PatternMatch(-1, -1, -1, own, false);
        foreach (var p in cand.Block.Patterns)
        {
            if (!TryMatch(view, p, before, own, subject.Codes, out var m)) continue;
            if (best == null || Better(m, bestMatch)) { best = p; bestMatch = m; }
        }
        string code = best?.Code ?? cand.Entry.Code ?? cand.Block.Code;
        string? first = PetrarchVerbDictionary.FirstCode(code);
        string? second = PetrarchVerbDictionary.SecondCode(code);
        string rule = cand.Block.Meaning + (best == null ? " default" : " " + best.Text.Trim());
        bool negated = view.IsNegated(v) && _dicts.Ontology != null;
        if (negated)
        {
            first = first == null ? null : _dicts.Ontology!.Negate(first);
            second = second == null ? null : _dicts.Ontology!.Negate(second);
            rule += " negated";
        }

        var source = subject.Codes;
        int sourceTop = subject.Top;
        if (bestMatch.SourceAt >= 0 && view.ActorGroupFrom(before.Concat(own).ToList(), bestMatch.SourceAt, -1, out int boundTop) is { Count: > 0 } s)
        {
            source = s;
            sourceTop = boundTop;
        }
        var obj = view.ObjectGroup(v);
        List<string> target = [];
        if (bestMatch.TargetAt >= 0) target = view.ActorGroupFrom(bestMatch.TargetSide, bestMatch.TargetAt, sourceTop, out _, outside: bestMatch.Passed);
        if (target.Count == 0 && subject.PassiveTarget.Count > 0) target = subject.PassiveTarget;
        if (target.Count == 0) target = obj;
        // A pattern whose $ names the source elsewhere than the subject leaves the subject the target's place, as
        // PETRARCH-2 fills an event's empty slot with its clause's subject: "Mordor will celebrate May Day with Eriador"
        // under "* {MAY DAY} $" is Eriador's celebrating with Mordor (PATTERN-18 of the 2.02 suite); for a complement's
        // verb, the subject of the clause governing it ("Mordor will be hosting Osgiliath to celebrate ...").
        bool subjectTarget = false;
        if (target.Count == 0 && source != subject.Codes)
        {
            var clauseSubject = view.IsComplement(v) ? view.Subject(view.Governor(v)).Codes : subject.Codes;
            if (clauseSubject.Count > 0 && !clauseSubject.SequenceEqual(source)) { target = clauseSubject; subjectTarget = true; }
        }
        // The words the pattern matched are the event's description, not its target ("conducting military exercises in Alaska").
        // The first actor after the verb may stand in a that-clause ("noted that Cirith Ungol regretted ...", DEMO-10 of
        // the 2.02 suite), not in a purpose clause whose verb codes on its own ("send a team to help identify victims").
        var reach = after.FindAll(i => !InPurposeClause(view, i, v) && !DeepInThatClause(view, i, v));
        var open = bestMatch.Used is { Count: > 0 } u ? reach.FindAll(i => !u.Contains(i)) : reach;
        if (target.Count == 0) target = view.ActorGroupFrom(open, 0, sourceTop, out _);
        // An object that is only an agent ("ministers") gives way to an actor with a country inside it or in a
        // prepositional phrase of the verb ("received ministers from the Georgian government").
        if (target.Count > 0 && target.TrueForAll(IsAgentOnly) && bestMatch.TargetAt < 0 && view.ObjectHead(v) is >= 0 and var o
            && view.ActorGroupFrom(open.FindAll(i => i != o && (view.IsWithin(i, o) || view.IsInPrepositionalPhraseOf(i, v))), 0, sourceTop, out _, skipAgentOnly: true) is { Count: > 0 } better)
            target = better;
        return new VerbAnalysis(view.First + v, view.Lemma[v], first, second, rule, source, target, obj, bestMatch.Compound, negated, subjectTarget);
    }

    /// <summary>True when <paramref name="t"/> lies in a that-clause (<c>ccomp</c>) of <paramref name="v"/> inside a
    /// clause nested in it: the that-clause's own subject, objects and prepositional phrases may name the target ("said he
    /// has satisfaction toward Gondor", "noted that Gondor regretted ..."), while in "says it has evidence proving Arnor
    /// was behind the attacks" Arnor stands in a participle clause within what was said.</summary>
    private static bool DeepInThatClause(SentenceView view, int t, int v)
    {
        bool nested = false;
        for (int x = t, guard = 0; x >= 0 && guard <= view.N; x = view.Head[x], guard++)
        {
            if (view.Head[x] == v) return view.Rel[x] == "ccomp" && nested;
            if (view.Rel[x] is "acl" or "relcl" or "advcl" or "ccomp" or "xcomp" or "csubj" or "parataxis") nested = true;
        }
        return false;
    }

    /// <summary>True when <paramref name="t"/> lies, below <paramref name="v"/>, in an infinitival adverbial clause
    /// (<c>advcl</c> "to help ...") whose verb the verb dictionary holds.</summary>
    private bool InPurposeClause(SentenceView view, int t, int v)
    {
        for (int x = t, guard = 0; x >= 0 && x != v && guard <= view.N; x = view.Head[x], guard++)
            if (view.Rel[x] == "advcl" && view.Upos[x] == "VERB" && view.IsComplement(x) && FindVerb(view, x) != null) return true;
        return false;
    }

    /// <summary>Makes the events of an analysis: each source with each target (<c>A:B</c> also back); a compound source
    /// without a target (or under a <c>%</c> pattern) codes its members with each other.</summary>
    private static void Emit(SentenceView view, VerbAnalysis a, List<PetrarchCodedEvent> result)
    {
        if (a.First == null && a.Second == null) return;
        var source = a.Source;
        if (source.Count == 0) return;
        if (a.Compound || (a.Target.Count == 0 && source.Count >= 2 && CompoundWithoutTargetIsReciprocal))
        {
            for (int i = 0; i < source.Count; i++)
                for (int j = 0; j < source.Count; j++)
                    if (i != j) Add(source[i], source[j], a.First ?? a.Second!);
            return;
        }
        foreach (var src in source)
            foreach (var tgt in a.Target)
            {
                if (src == tgt) continue;
                if (a.First != null) Add(src, tgt, a.First);
                if (a.Second != null) Add(tgt, src, a.Second);
            }

        void Add(string s, string t, string c) => result.Add(new PetrarchCodedEvent(new PetrarchCoding(s, t, c), a.Verb, a.Rule));
    }

    /// <summary>A compound subject with no target codes its members with each other ("The US, Russia and Switzerland
    /// met"): PETRARCH-2's reading, checked on the GSR subset and the 2.02 suite (eval petrarch).</summary>
    private static readonly bool CompoundWithoutTargetIsReciprocal = true;

    /// <summary>Applies the first transformation of the verb dictionary that fits a verb and its complement's verb:
    /// <c>a (a b ATTACK) SAY = a b 015</c> reads "a says that a will attack b" as a→b 015; <c>b</c> in the source
    /// place is another actor, <c>_</c> the governing verb's own subject, <c>.</c> anything, <c>Q</c> the complement's code.</summary>
    private VerbAnalysis? Transform(SentenceView view, VerbAnalysis upper, VerbAnalysis lower)
    {
        foreach (var t in _dicts.Verbs.Transformations)
        {
            // Shape: a ( X Y LOWER ) UPPER = R1 R2 CODE
            var p = t.Pattern;
            if (p.Count != 7 || p[1] != "(" || p[5] != ")" || t.Result.Count != 3) continue;
            if (PetrarchText.Key(p[6]) != upper.Lemma) continue;
            bool anyLower = p[4] == "Q";
            if (!anyLower && PetrarchText.Key(p[4]) != lower.Lemma) continue;
            if (lower.First == null) continue;
            bool sameSource = lower.Source.Count > 0 && lower.Source.SequenceEqual(upper.Source);
            List<string>? bindB = null;
            switch (p[2])
            {
                case "a" or "_": if (!sameSource) continue; break;
                case "b": if (sameSource || lower.Source.Count == 0) continue; bindB = lower.Source; break;
                case ".": break;
                default: continue;
            }
            switch (p[3])
            {
                case "b": if (lower.Target.Count == 0 || bindB != null) continue; bindB = lower.Target; break;
                case ".": break;
                default: continue;
            }
            if (t.Result[0] != "a" || t.Result[1] != "b" || bindB == null) continue;
            string code = t.Result[2] == "Q" ? lower.First : t.Result[2];
            return upper with { First = code, Second = null, Target = bindB, Compound = false, Rule = $"{upper.Rule} + {lower.Rule} ~ transformation line {t.Line}" };
        }
        return null;
    }

    /// <summary>Combines a verb's code with its complement's in the coding ontology: a governing verb of the say,
    /// appeal, intend, demand ... classes (0x1000 and up) takes the complement's action digits ("asked Obama to help
    /// Iran": appeal 0x2000 + aid 0x0040 = 023); a governing verb without such a class (agree, restore) gives way to
    /// the complement (returns <paramref name="lower"/>); a negated complement keeps its code with the governing
    /// verb's source. Returns null when the governing verb's own event stands (both of a high class, no code for the
    /// sum, or no ontology).</summary>
    private VerbAnalysis? Combine(VerbAnalysis upper, VerbAnalysis lower, bool infinitival)
    {
        // A governing verb without a source ("it has been noted that ...") leaves the complement's event alone; a
        // complement without a full event of its own leaves the governing verb's.
        if (upper.Source.Count == 0) return lower;
        // Nor one whose source names no actor, only an agent, and who addresses no one: "Arnor signed a protocol with
        // Dagolath, officials said" is the signing (while "lawmakers asked the US to help Iran", "Obama is pressured by Congress to help Iran" stay the asking, the pressing).
        if (upper.Source.TrueForAll(IsAgentOnly) && upper.Object.Count == 0 && upper.Target.Count == 0 && !lower.Source.TrueForAll(IsAgentOnly)) return lower;
        if (lower.Source.Count == 0 || (lower.Target.Count == 0 && lower.Source.Count < 2 && upper.Object.Count == 0)) return null;
        var o = _dicts.Ontology;
        if (o == null || !o.TryValue(upper.First!, out int u) || !o.TryValue(lower.First!, out int l)) return null;
        var target = upper.Object.Count > 0 ? upper.Object : lower.Target;
        string rule = $"{upper.Rule} + {lower.Rule}";
        if (l < 0) return upper with { First = lower.First, Second = null, Target = target.Count > 0 ? target : lower.Target, Compound = false, Rule = rule };
        if (u < 0 || u >= PetrarchCodingOntology.Negation / 2) return null;
        if (u < HighClass) return lower;
        // Both of a high class: "want to re-examine" is the examining (the same actor acts); "urged Eriador to
        // respond" and "noted that X regretted" stay the urging and the noting.
        if (l >= HighClass) return infinitival && lower.Source.SequenceEqual(upper.Source) ? lower : null;
        int merged = (u & 0xF000) | (l & 0x0FFF);
        string? code = o.CodeOf(merged) ?? o.CodeOf((u & 0xF000) | (l & 0x0FF0));
        if (code == null) return null;
        return upper with { First = code, Second = null, Target = target.Count > 0 ? target : lower.Target, Compound = false, Rule = rule + " combined" };
    }

    /// <summary>Ontology values from here up are the "high" classes (say, appeal, intend, demand, protest, threaten,
    /// disapprove, posture, coerce, investigate, consult) that a complement's action digits are added to.</summary>
    private const int HighClass = 0x1000;

    private static bool IsAgentOnly(string code) => code.StartsWith("---", StringComparison.Ordinal);

    private VerbCandidate? FindVerb(SentenceView view, int v)
    {
        VerbCandidate? best = null;
        int bestWords = -1;
        foreach (var key in LemmaFallback ? (string[])[view.Word[v], view.Lemma[v]] : [view.Word[v]])
        {
            foreach (var c in _dicts.VerbIndex.Lookup(key))
            {
                if (!Fits(view, v, c)) continue;
                int words = c.Front.Length + c.Back.Length;
                if (words > bestWords) { best = c; bestWords = words; }
            }
            if (best != null) break;
        }
        return best;
    }

    /// <summary>Whether a verb is also looked up by its lemma when its surface form is not one of the dictionary's
    /// forms. Off: the dictionary lists every form, and a misspelt verb ("departes", VERB-21 of the 2.02 suite) should
    /// not code; surface forms alone scored as well or better on all three validation sets (eval petrarch).</summary>
    private static readonly bool LemmaFallback = false;

    private static bool Fits(SentenceView view, int v, VerbCandidate c)
    {
        for (int k = 0; k < c.Front.Length; k++)
        {
            int i = v - c.Front.Length + k;
            if (i < 0 || (view.Word[i] != c.Front[k] && view.Lemma[i] != c.Front[k])) return false;
        }
        for (int k = 0; k < c.Back.Length; k++)
        {
            int i = v + 1 + k;
            if (i < view.N && (view.Word[i] == c.Back[k] || view.Lemma[i] == c.Back[k])) continue;
            // A particle may stand after the object ("cordoned the roads off"): accept it as the verb's compound:prt child.
            bool child = false;
            foreach (int ch in view.Kids[v]) if (view.Rel[ch] == "prt" && view.Word[ch] == c.Back[k]) child = true;
            if (!child) return false;
        }
        return true;
    }

    /// <summary>Whether a pattern match beats the best so far: more words matched; then the match starting at the
    /// earlier word of the sentence ("expressed appreciation for China's assistance" is the appreciation); then the
    /// pattern written later, as a later entry replaces an earlier one with the same words in PETRARCH-2's pattern tree
    /// (CAMEO.2.0's PROVIDE "* SUPPORT" is 060 after GIVE's 051; the GSR subset's NEG_0 expects its negation, 121).</summary>
    private static bool Better(PatternMatch m, PatternMatch best)
    {
        if (m.Score != best.Score) return m.Score > best.Score;
        if (m.Skips != best.Skips) return m.Skips > best.Skips;
        int a = FirstUsed(m), b = FirstUsed(best);
        return a <= b;
    }

    private static int FirstUsed(PatternMatch m)
    {
        int first = int.MaxValue;
        if (m.Used != null) foreach (int t in m.Used) first = Math.Min(first, t);
        return first;
    }

    /// <summary>A pattern's match.</summary>
    /// <param name="Score">Twice the words matched, plus one for a <c>%</c> pattern.</param>
    /// <param name="SourceAt">Where the <c>$</c> slot stands in the words before and after the verb, or -1.</param>
    /// <param name="TargetAt">Where the <c>+</c> slot stands in <paramref name="TargetSide"/>, or -1.</param>
    /// <param name="TargetSide">The words the <c>+</c> slot stands among.</param>
    /// <param name="Compound">A <c>%</c> pattern.</param>
    /// <param name="Used">The words the pattern matched.</param>
    /// <param name="Skips">How many <c>^</c> of the pattern passed over a noun phrase: between patterns matching as many
    /// words, the one with more elements fits better ("(AT ^ ^) +" over "(IN ^) +" on "celebrated Iftar at Osgiliath with
    /// the parliament of Gondor in Eriador", PATTERN-21 of the 2.02 suite).</param>
    /// <param name="Passed">The words the <c>^</c> passed over.</param>
    private readonly record struct PatternMatch(int Score, int SourceAt, int TargetAt, List<int> TargetSide, bool Compound, HashSet<int>? Used = null, int Skips = 0, HashSet<int>? Passed = null);

    private enum ItemKind { Word, Synset, Source, Target, NounPhrase, Skip }

    /// <summary>A pattern element: a word or synset (with whether it must follow the previous element directly, as
    /// inside a bracketed prepositional phrase), a slot marker, or a <c>{...}</c> noun phrase with its elements.
    /// <paramref name="Preposition"/>: the first word of a bracketed phrase whose next element is an actor slot, a
    /// preposition that an infinitive's "to" does not match ("(TO +)" is "to Kiev", not "to be fired"; "(TO QUESTION)"
    /// is an infinitive).</summary>
    private sealed record Item(ItemKind Kind, string Text, bool Adjacent, List<Item>? Parts = null, bool Preposition = false);

    private static List<Item> Items(IReadOnlyList<VerbPatternToken> tokens)
    {
        var items = new List<Item>();
        List<Item>? noun = null;
        int depth = 0;
        bool skip = false, firstInBracket = false, firstInPrep = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var into = noun ?? items;
            switch (t.Kind)
            {
                case VerbTokenKind.NounOpen:
                    if (noun == null) noun = [];
                    depth++;
                    firstInBracket = true;
                    break;
                case VerbTokenKind.PrepOpen: depth++; firstInBracket = true; firstInPrep = noun == null; break;
                case VerbTokenKind.NounClose:
                    depth--;
                    if (noun != null)
                    {
                        if (noun.Exists(x => x.Kind is ItemKind.Word or ItemKind.Synset)) items.Add(new Item(ItemKind.NounPhrase, "", false, noun));
                        foreach (var x in noun) if (x.Kind is ItemKind.Source or ItemKind.Target) items.Add(x);
                        noun = null;
                    }
                    break;
                case VerbTokenKind.PrepClose: depth--; break;
                case VerbTokenKind.Source: into.Add(new Item(ItemKind.Source, "", false)); break;
                case VerbTokenKind.Target: into.Add(new Item(ItemKind.Target, "", false)); break;
                case VerbTokenKind.Marker:
                    if (t.Text == "^")
                    {
                        skip = true;
                        if (noun == null) items.Add(new Item(ItemKind.Skip, "", false));
                    }
                    break;
                case VerbTokenKind.Word or VerbTokenKind.Synset:
                    into.Add(new Item(t.Kind == VerbTokenKind.Word ? ItemKind.Word : ItemKind.Synset, t.Text, depth > 0 && !firstInBracket && !skip,
                        Preposition: firstInPrep && i + 1 < tokens.Count && tokens[i + 1].Kind is VerbTokenKind.Source or VerbTokenKind.Target));
                    firstInBracket = false;
                    firstInPrep = false;
                    skip = false;
                    break;
            }
        }
        if (noun != null) items.AddRange(noun);
        return items;
    }

    /// <summary>Matches a pattern: each side's words in order; between bracketed words only determiners may
    /// intervene, elsewhere any words. The score counts the words matched.</summary>
    private bool TryMatch(SentenceView view, VerbPattern p, List<int> before, List<int> after, List<string> source, out PatternMatch match)
    {
        match = default;
        bool compound = false;
        foreach (var t in p.Before) if (t.Kind == VerbTokenKind.Marker && t.Text == "%") compound = true;
        foreach (var t in p.After) if (t.Kind == VerbTokenKind.Marker && t.Text == "%") compound = true;
        if (compound && source.Count < 2) return false;
        int score = 0, skips = 0, sourceAt = -1, targetAt = -1;
        List<int> targetSide = after;
        int sAt = -1, tAt = -1;
        var used = new HashSet<int>();
        var passed = new HashSet<int>();
        if (!MatchSide(view, Items(p.Before), before, ref score, ref skips, ref sAt, ref tAt, used, passed)) return false;
        if (sAt >= 0) sourceAt = sAt;
        if (tAt >= 0) { targetAt = tAt; targetSide = before; }
        sAt = tAt = -1;
        if (!MatchSide(view, Items(p.After), after, ref score, ref skips, ref sAt, ref tAt, used, passed)) return false;
        if (sAt >= 0) sourceAt = before.Count + sAt;
        if (tAt >= 0) { targetAt = tAt; targetSide = after; }
        match = new PatternMatch(score * 2 + (compound ? 1 : 0), sourceAt, targetAt, targetSide, compound, used, skips, passed);
        return true;
    }

    private bool MatchSide(SentenceView view, List<Item> items, List<int> seq, ref int score, ref int skips, ref int sourceAt, ref int targetAt, HashSet<int> used, HashSet<int> passed)
    {
        int pos = 0;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case ItemKind.Source: sourceAt = pos; break;
                case ItemKind.Target: targetAt = pos; break;
                case ItemKind.Skip:
                {
                    // '^' passes over one noun phrase ("(IN ^) +": the target is the actor after "in X"); it passes the
                    // phrase's head and the words before it, not a prepositional phrase on it ("(AT ^ ^) +" on "at Osgiliath
                    // with the parliament of Gondor" passes "Osgiliath" and "the parliament": the target is Gondor).
                    int i = pos;
                    while (i < seq.Count && view.Upos[seq[i]] is not ("NOUN" or "PROPN" or "PRON" or "NUM")) i++;
                    if (i == seq.Count) break;
                    int top = view.Top(seq[i]);
                    pos = i + 1;
                    while (pos < seq.Count && seq[pos] <= top && view.IsWithin(seq[pos], top)) pos++;
                    for (int k = i; k < pos; k++) passed.Add(seq[k]);
                    skips++;
                    break;
                }
                case ItemKind.NounPhrase:
                {
                    int end = MatchNounPhrase(view, item.Parts!, seq, pos, out int words);
                    if (end < 0) return false;
                    foreach (int k in seq)
                        if (k <= seq[end - 1] && view.IsWithin(k, seq[end - 1])) used.Add(k);
                    pos = end;
                    score += words;
                    break;
                }
                default:
                {
                    int at = FindItem(view, item, seq, pos, item.Adjacent, out int len);
                    if (at < 0) return false;
                    for (int k = at; k < at + len; k++) used.Add(seq[k]);
                    pos = at + len;
                    score += len;
                    break;
                }
            }
        }
        return true;
    }

    /// <summary>Where an item's word or (longest) synset phrase first matches at or after <paramref name="from"/>.</summary>
    private int FindItem(SentenceView view, Item item, List<int> seq, int from, bool adjacent, out int length)
    {
        int bestAt = -1, bestLen = 0;
        IEnumerable<string[]> phrases = item.Kind == ItemKind.Word ? [PetrarchText.Key(item.Text).Split(' ')] : SynsetPhrases(item.Text, 0);
        foreach (var phrase in phrases)
        {
            int at = Find(view, seq, from, phrase, adjacent, item.Preposition);
            if (at >= 0 && (bestAt < 0 || at < bestAt || (at == bestAt && phrase.Length > bestLen))) { bestAt = at; bestLen = phrase.Length; }
        }
        length = bestLen;
        return bestAt;
    }

    /// <summary>A <c>{...}</c> noun phrase: its last element is a noun's head word, the earlier ones (in order) words that
    /// modify that noun directly. Returns the position after the head, or -1.</summary>
    private int MatchNounPhrase(SentenceView view, List<Item> parts, List<int> seq, int from, out int words)
    {
        words = 0;
        var content = parts.FindAll(p => p.Kind is ItemKind.Word or ItemKind.Synset);
        var last = content[^1];
        for (int start = from; start < seq.Count; start++)
        {
            int at = FindItem(view, last, seq, start, adjacent: false, out int len);
            if (at < 0) return -1;
            int head = seq[at + len - 1];
            start = at;
            if (view.Upos[head] is "VERB" or "AUX" or "PART") continue;
            var mods = new List<int>();
            foreach (int k in view.Kids[head])
                if (k < head && view.Rel[k] is "amod" or "compound" or "det" or "nummod" or "nmod:poss" or "flat" or "advmod") mods.Add(k);
            for (int i = at; i < at + len - 1; i++) mods.Add(seq[i]);
            mods.Sort();
            var modSeq = mods;
            int p = 0, count = len, lastMod = -1;
            bool ok = true;
            for (int c = 0; c < content.Count - 1 && ok; c++)
            {
                int found = FindItem(view, content[c], modSeq, p, adjacent: false, out int l);
                if (found < 0) ok = false;
                else { p = found + l; count += l; lastMod = modSeq[found + l - 1]; }
            }
            // The modifier next to the head must stand right before it, up to its own conjuncts ("death and injury toll"):
            // {NEW &TIETYPES RELATIONS} fits "new global economic relations", not "new economic trade relations". (Letting
            // adjectives on the head stand between found SYNSET-23h of the 2.02 suite but lost 23g and 23ee: kept out.)
            if (ok && lastMod >= 0)
                for (int t = lastMod + 1; t < seq[at] && ok; t++)
                    ok = view.IsWithin(t, lastMod);
            if (!ok) continue;
            words = count;
            return at + len;
        }
        return -1;
    }

    private IEnumerable<string[]> SynsetPhrases(string name, int depth)
    {
        if (depth > 4 || !_dicts.Verbs.Synsets.TryGetValue(name, out var set)) yield break;
        foreach (var form in set.Forms)
        {
            string f = form.Replace("(", "").Replace(")", "").Trim();
            if (f.StartsWith('&'))
            {
                foreach (var inner in SynsetPhrases(f.TrimEnd('S'), depth + 1)) yield return inner;
                foreach (var inner in SynsetPhrases(f, depth + 1)) yield return inner;
                continue;
            }
            string key = PetrarchText.Key(f);
            if (key.Length > 0) yield return key.Split(' ');
        }
    }

    /// <summary>Where <paramref name="words"/> first match in <paramref name="seq"/> at or after <paramref name="from"/>.
    /// <paramref name="adjacent"/> (inside a bracketed prepositional phrase): only right at <paramref name="from"/> or
    /// past determiners: "(FOR ASYLUM)" fits "for the asylum", not "for foreign asylum" (PATTERN-04 of the 2.02 suite,
    /// a test of connected words; the GSR subset's PASSIVE_10 expects the opposite reading of "(WITH RIOTERS)").
    /// <paramref name="preposition"/>: an infinitive's "to" (a particle) does not match.</summary>
    private static int Find(SentenceView view, List<int> seq, int from, string[] words, bool adjacent, bool preposition = false)
    {
        for (int i = from; i + words.Length <= seq.Count; i++)
        {
            if (Matches(view, seq, i, words) && !(preposition && view.Upos[seq[i]] == "PART")) return i;
            if (!adjacent) continue;
            int t = seq[i];
            if (view.Upos[t] != "DET") break;
        }
        return -1;
    }

    private static bool Matches(SentenceView view, List<int> seq, int i, string[] words)
    {
        for (int k = 0; k < words.Length; k++)
        {
            int t = seq[i + k];
            if (view.Word[t] != words[k] && view.Lemma[t] != words[k]) return false;
        }
        return true;
    }
}
