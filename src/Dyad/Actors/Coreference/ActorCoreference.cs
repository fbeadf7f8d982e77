using Dyad.Actors.Knowledge;
using Dyad.Actors.Recognition;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Actors.Coreference;

/// <summary>
/// Coreference within one article, in simple, explainable steps over the actors stage's drafts:
/// <list type="number">
/// <item>surnames and partial names to the full name ("Netanyahu" → Benjamin Netanyahu, "Gallant" → Yoav Gallant with
/// the title's code);</item>
/// <item>role nouns with "the" to the person who holds the role ("the prime minister");</item>
/// <item>"the two governments", "both sides": one mention per referent, on the same span (two bare countries named
/// before are referents too, with the noun's role: "Brazil and Argentina ... the two governments" BRAGOV, ARGGOV);</item>
/// <item>pronouns: he/she to the last person (not one the article calls Mr./Mrs. of the other gender, and for an
/// object pronoun not its clause's subject), it/its to the last body or country, they/them/their to the last plural
/// body, each within a short window;</item>
/// <item>entity ids and names: one id per person (by full name) and per code for the rest.</item>
/// </list>
/// </summary>
internal static class ActorCoreference
{
    /// <summary>Sentences back (the current one included) a he/she looks for a person. Chosen on the seed article.</summary>
    internal const int PersonPronounWindow = 3;

    /// <summary>Sentences back an it/they looks for a body: the current one and the one before (seed article).</summary>
    internal const int BodyPronounWindow = 2;

    /// <summary>Sentences back "the two governments" looks for its two referents (seed article).</summary>
    internal const int PluralReferenceWindow = 3;

    private static readonly ulong[] PersonPronouns = Norms("he", "she", "him", "her", "his", "hers");
    private static readonly ulong[] BodyPronouns = Norms("it", "its");
    private static readonly ulong[] PluralPronouns = Norms("they", "them", "their");
    private static readonly ulong[] Counters = Norms("two", "both");

    /// <summary>Nouns that after "two" or "both" name two actors named before. "leaders" takes persons; the others
    /// countries or their bodies.</summary>
    private static readonly ulong[] PluralReferenceNouns = Norms("governments", "leaders", "allies", "sides", "countries", "nations", "neighbours", "neighbors", "parties");
    private static readonly ulong NormLeaders = StringHash.OfNorm("leaders");
    /// <summary>"both parties" after two bare countries is more often the political parties ("admitting Poland and
    /// Hungary to NATO, both parties split") than the countries.</summary>
    private static readonly ulong NormParties = StringHash.OfNorm("parties");

    private static readonly ushort Pron = Labels.Upos.Intern("PRON");
    private static readonly ushort Adj = Labels.Upos.Intern("ADJ");
    private static readonly ushort Noun = Labels.Upos.Intern("NOUN");
    private static readonly ushort Aux = Labels.Upos.Intern("AUX");
    private static readonly ushort Expl = Labels.Deprel.Intern("expl");
    private static readonly ushort Ccomp = Labels.Deprel.Intern("ccomp");
    private static readonly ushort Xcomp = Labels.Deprel.Intern("xcomp");
    private static readonly ushort Csubj = Labels.Deprel.Intern("csubj");
    private static readonly ushort NsubjPass = Labels.Deprel.Intern("nsubj:pass");
    private static readonly ushort Nsubj = Labels.Deprel.Intern("nsubj");
    private static readonly ushort Cop = Labels.Deprel.Intern("cop");
    private static readonly ushort Poss = Labels.Deprel.Intern("nmod:poss");
    private static readonly ushort Obj = Labels.Deprel.Intern("obj"), Iobj = Labels.Deprel.Intern("iobj"), Obl = Labels.Deprel.Intern("obl");

    private static ulong[] Norms(params string[] words) => words.Select(w => StringHash.OfNorm(w)).ToArray();

    /// <summary>Links the drafts (sorted, none removed), adds reference drafts, and sets entity ids and names.</summary>
    public static void Resolve(Document doc, List<Draft> drafts, int[] cover, ActorRecognizer stage)
    {
        LinkNames(doc, drafts);
        LinkRoleNouns(doc, drafts);
        AddPluralReferences(doc, drafts, cover, stage.Codes);
        ActorRecognizer.Sorted(drafts);
        ActorRecognizer.Cover(drafts, cover);
        AddPronouns(doc, drafts, cover);
        ActorRecognizer.Sorted(drafts);
        AssignEntities(doc, drafts);
    }

    // ---- names --------------------------------------------------------------------------------------------------

    /// <summary>Words of a name: tokens that are not punctuation and start after a space ("Jean-Pierre" is one word).</summary>
    private static int Words(Document doc, int first, int count)
    {
        int words = 0;
        var tokens = doc.Tokens;
        for (int t = first; t < first + count; t++)
            if ((tokens[t].Flags & TokenFlags.Punct) == 0 && (t == first || (tokens[t - 1].Flags & TokenFlags.SpaceAfter) != 0)) words++;
        return words;
    }

    private static void LinkNames(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Kind != MentionKind.Person || d.NameFirst < 0) continue;
            int words = Words(doc, d.NameFirst, d.NameCount);
            if (words != 1) continue;
            int honorific = Honorific(doc, d);
            // The nearest full name before, else the first after, whose last tokens are this name's tokens.
            Draft? full = null;
            for (int m = k - 1; m >= 0 && full is null; m--) if (Ends(drafts[m])) full = drafts[m];
            for (int m = k + 1; m < drafts.Count && full is null; m++) if (Ends(drafts[m])) full = drafts[m];
            if (full is null) continue;
            d.Antecedent = full;
            if (full.Code is not null) d.CopyCode(full);
            d.Rule = "coref:surname(" + doc.Text[tokens[full.NameFirst].Start..tokens[full.NameFirst + full.NameCount - 1].End] + ") " + d.Rule;

            bool Ends(Draft f)
            {
                if (f.Kind != MentionKind.Person || f.NameFirst < 0 || f.NameCount <= d.NameCount || f.Antecedent is not null) return false;
                if (Words(doc, f.NameFirst, f.NameCount) < 2) return false;
                // "President Clinton", known as Bill Clinton by the office: not Hillary Clinton named before.
                if (d.ByOffice && !string.Equals(f.Entry?.Phrase ?? f.FullName, d.FullName, StringComparison.OrdinalIgnoreCase)) return false;
                // "Mrs. Clinton" is not Bill Clinton named just before.
                if (honorific != 0 && GivenNameGender(doc, f) is var given and (1 or 2) && given != honorific) return false;
                int offset = f.NameFirst + f.NameCount - d.NameCount;
                var all = doc.Tokens;
                for (int i = 0; i < d.NameCount; i++) if (all[offset + i].Norm != all[d.NameFirst + i].Norm) return false;
                return true;
            }
        }
    }

    // ---- role nouns ---------------------------------------------------------------------------------------------

    private static string RoleKey(string s) =>
        s.ToLowerInvariant().Replace("defence", "defense", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal);

    private static void LinkRoleNouns(Document doc, List<Draft> drafts)
    {
        var tokens = doc.Tokens;
        for (int k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (d.Kind != MentionKind.Agent || d.Code is not null || d.Plural || d.TitleKey is null) continue;
            if (d.First == 0 || tokens[d.First - 1].Norm != ActorRecognizer.NormThe) continue;
            string role = RoleKey(d.TitleKey);
            for (int m = k - 1; m >= 0; m--)
            {
                var p = drafts[m].Root;
                if (p.Code is null) continue;
                // A person holding the role ("the prime minister"), or a body named with the same noun before
                // ("Israel's government" ... "the government").
                bool holds = p.Kind == MentionKind.Person
                    ? (p.TitleKey is { } t && RoleKey(t) == role) || (p.Entry is { } e && (" " + RoleKey(e.Detail) + " ").Contains(" " + role + " ", StringComparison.Ordinal))
                    : p.Kind == MentionKind.Agent && p.TitleKey is { } b && RoleKey(b) == role;
                if (!holds) continue;
                d.Kind = MentionKind.Reference;
                d.Antecedent = p;
                d.CopyCode(p);
                d.Rule = "coref:role(" + d.TitleKey + ") " + d.Rule;
                break;
            }
        }
    }

    // ---- "the two governments" -----------------------------------------------------------------------------------

    /// <summary>"the two governments", "both sides": the two nearest distinct countries (or persons, for "leaders")
    /// named before, each with a role or as a bare country's name that is no place something happens in ("Brazil and
    /// Argentina signed an accord, the two governments said", not "fighting in Syria and Iraq"). A bare country under an
    /// agent noun takes the noun's role ("the two governments" of Brazil and Argentina are BRAGOV and ARGGOV).</summary>
    private static void AddPluralReferences(Document doc, List<Draft> drafts, int[] cover, ActorCodes codes)
    {
        var tokens = doc.Tokens;
        var added = new List<Draft>();
        for (int t = 1; t < doc.TokenCount; t++)
        {
            if (Array.IndexOf(PluralReferenceNouns, tokens[t].Norm) < 0 || Array.IndexOf(Counters, tokens[t - 1].Norm) < 0) continue;
            if (tokens[t].Sentence != tokens[t - 1].Sentence) continue;
            if (cover[t - 1] >= 0) continue;
            var existing = cover[t] >= 0 ? drafts[cover[t]] : null;
            if (existing is not null && (existing.First != t || existing.Count != 1 || existing.Code is not null)) continue;
            bool persons = tokens[t].Norm == NormLeaders;
            int sentence = tokens[t].Sentence;
            var found = new List<Draft>(2);
            for (int m = drafts.Count - 1; m >= 0 && found.Count < 2; m--)
            {
                var c = drafts[m];
                if (c.Removed || c.First >= t - 1) continue;
                if (tokens[c.First].Sentence <= sentence - PluralReferenceWindow) break;
                var root = c.Root;
                if (c.Code is null || c.Country is null) continue;
                if (c.Roles.Count == 0 && (c.Kind != MentionKind.Country || tokens[t].Norm == NormParties || Locative(doc, c))) continue;
                if (persons ? root.Kind != MentionKind.Person : c.Kind == MentionKind.Reference) continue;
                bool distinct = true;
                foreach (var f in found)
                    if (persons ? f.Root == root : f.Country == c.Country) distinct = false;
                if (distinct) found.Add(c);
            }
            if (found.Count < 2) continue;
            if (existing is not null) existing.Removed = true;
            for (int i = found.Count - 1; i >= 0; i--)
            {
                var r = new Draft { First = t - 1, Count = 2, Kind = MentionKind.Reference, Antecedent = persons ? found[i].Root : found[i], Plural = true };
                r.CopyCode(found[i]);
                if (found[i].Roles.Count == 0 && existing?.AgentCode is { } agent)
                {
                    r.Code = codes.Compose(found[i].Code!, agent);
                    r.Roles = codes.RolesOf(r.Code);
                }
                r.Rule = "coref:plural(" + doc.Text[tokens[found[i].First].Start..tokens[found[i].End - 1].End] + ")";
                added.Add(r);
            }
        }
        drafts.AddRange(added);
    }

    private static readonly ulong[] PlacePrepositions = Norms("in", "at", "near", "inside", "across", "into", "throughout", "within");
    private static readonly ushort Case = Labels.Deprel.Intern("case"), Conj = Labels.Deprel.Intern("conj");

    /// <summary>A mention that names where something happens: its head (or, for a later conjunct, the first conjunct's)
    /// takes a place preposition ("in Syria and Iraq").</summary>
    private static bool Locative(Document doc, Draft d)
    {
        if ((doc.Layers & Layers.Parse) == 0) return false;
        int h = ActorRecognizer.HeadOf(doc, d.First, d.Count, true);
        if (doc.Tokens[h].Deprel == Conj && doc.Tokens[h].Head >= 0) h = doc.Tokens[h].Head;
        int c = ChildOf(doc, h, Case);
        return c >= 0 && Array.IndexOf(PlacePrepositions, doc.Tokens[c].Norm) >= 0;
    }

    // ---- pronouns -----------------------------------------------------------------------------------------------

    private static readonly ulong[] MaleHonorifics = Norms("mr.", "mr");
    private static readonly ulong[] FemaleHonorifics = Norms("mrs.", "mrs", "ms.", "ms", "miss");
    private static readonly ulong[] FemalePronouns = Norms("she", "her", "hers");

    /// <summary>1 male, 2 female, 0 unknown: the honorific right before a person mention or opening its name ("Mr.
    /// Trump", "Mrs. Clinton").</summary>
    private static int Honorific(Document doc, Draft d)
    {
        int name = d.NameFirst >= 0 ? d.NameFirst : d.First;
        var tokens = doc.Tokens;
        for (int t = Math.Max(0, d.First - 1); t <= name && t < d.First + d.Count; t++)
        {
            if (Array.IndexOf(MaleHonorifics, tokens[t].Norm) >= 0) return 1;
            if (Array.IndexOf(FemaleHonorifics, tokens[t].Norm) >= 0) return 2;
        }
        return 0;
    }

    /// <summary>Each person's gender as the article's honorifics give it, else as their given name does (1 male, 2 female;
    /// a person given both is left out): "he" never stands for someone the article calls Mrs., nor "she" for a Mr. or
    /// for "Barack Obama".</summary>
    private static Dictionary<Draft, int> Genders(Document doc, List<Draft> drafts)
    {
        var genders = new Dictionary<Draft, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in drafts)
        {
            if (d.Kind != MentionKind.Person) continue;
            int g = Honorific(doc, d);
            if (g == 0) g = GivenNameGender(doc, d);
            if (g == 0) continue;
            var root = d.Root;
            genders[root] = genders.TryGetValue(root, out int old) && old != g ? 3 : g;
        }
        return genders;
    }

    /// <summary>The gender of a person's given name: the first word of the full name the knowledge resolved, else of a
    /// name of two words or more in the text ("Amy Schumer"); 0 when the name is one word or its gender is not known.</summary>
    private static int GivenNameGender(Document doc, Draft d)
    {
        if (d.FullName is { } full)
        {
            int space = full.IndexOf(' ');
            if (space > 0) return GivenNameGenders.Of(full[..space]);
        }
        if (d.NameFirst < 0 || Words(doc, d.NameFirst, d.NameCount) < 2) return 0;
        var first = doc.Tokens[d.NameFirst];
        return GivenNameGenders.Of(doc.Text[first.Start..first.End]);
    }

    private static void AddPronouns(Document doc, List<Draft> drafts, int[] cover)
    {
        var tokens = doc.Tokens;
        bool parsed = (doc.Layers & Pipeline.Layers.Parse) != 0;
        var genders = Genders(doc, drafts);
        var added = new List<Draft>();
        int next = 0; // first draft starting at or after the pronoun
        Dictionary<int, HashSet<Draft>>? speakers = null;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            while (next < drafts.Count && drafts[next].First < t) next++;
            ref readonly var tok = ref tokens[t];
            if (tok.Upos != Pron || cover[t] >= 0) continue;
            int kind = Array.IndexOf(PersonPronouns, tok.Norm) >= 0 ? 0 : Array.IndexOf(BodyPronouns, tok.Norm) >= 0 ? 1
                     : Array.IndexOf(PluralPronouns, tok.Norm) >= 0 ? 2 : -1;
            if (kind < 0) continue;
            // it/its/they/their only as subject or possessor: an object "it" is too often a thing ("calling it dangerous").
            if (kind > 0 && parsed && tok.Deprel != Nsubj && tok.Deprel != NsubjPass && tok.Deprel != Poss) continue;
            if (kind == 1 && parsed && Expletive(doc, t)) continue;
            int window = kind == 0 ? PersonPronounWindow : BodyPronounWindow;
            int gender = kind != 0 ? 0 : Array.IndexOf(FemalePronouns, tok.Norm) >= 0 ? 2 : 1;
            // "Clinton accused him", "she thanked her": an object pronoun is not its own clause's subject (that would be
            // "himself"); the subject's mentions are skipped.
            int subject = kind == 0 && parsed && (tok.Deprel == Obj || tok.Deprel == Iobj || tok.Deprel == Obl) && tok.Head >= 0 ? ChildOf(doc, tok.Head, Nsubj) : -1;
            var subjectRoot = subject >= 0 && cover[subject] >= 0 ? drafts[cover[subject]].Root : null;
            // "she thanked her": the subject is a pronoun resolved just before.
            if (subject >= 0 && subjectRoot is null)
                for (int a = added.Count - 1; a >= 0 && subjectRoot is null; a--)
                    if (added[a].First == subject) subjectRoot = added[a].Antecedent?.Root;
            // "\"He must withdraw,\" Obama said": inside a quote, he/she is not the one quoted (a speaker says "I").
            var quoted = kind == 0 && (speakers ??= QuotedSpeakers(doc, drafts, cover)).TryGetValue(t, out var who) ? who : null;
            Draft? antecedent = null;
            for (int m = next - 1; m >= 0; m--)
            {
                var c = drafts[m];
                if (tokens[c.First].Sentence <= tok.Sentence - window) break;
                if (c.Code is null && c.Root.Kind != MentionKind.Person) continue;
                bool fits = kind switch
                {
                    0 => c.Root.Kind == MentionKind.Person && !(genders.TryGetValue(c.Root, out int g) && g is 1 or 2 && g != gender),
                    1 => !c.Plural && c.Root.Kind is MentionKind.Country or MentionKind.Igo or MentionKind.Group or MentionKind.Organization or MentionKind.Agent
                         && tokens[ActorRecognizer.HeadOf(doc, c.First, c.Count, parsed)].Upos != Adj,
                    _ => c.Plural && c.Root.Kind is MentionKind.Agent or MentionKind.Group or MentionKind.Organization,
                };
                if (!fits || (subject >= c.First && subject < c.First + c.Count) || c.Root == subjectRoot
                    || (quoted is not null && quoted.Contains(c.Root))) continue;
                antecedent = c.Root;
                break;
            }
            if (antecedent is null) continue;
            var r = new Draft { First = t, Count = 1, Kind = MentionKind.Reference, Antecedent = antecedent, Plural = kind == 2 };
            r.CopyCode(antecedent);
            r.Rule = "coref:pronoun";
            added.Add(r);
        }
        drafts.AddRange(added);
    }

    /// <summary>Who speaks a quote: for each he/she/him/her/his/hers token inside quote marks, the persons that are the
    /// subject of a verb of saying or thinking outside quote marks in the sentences the quote touches ("Obama told
    /// reporters", "said Ellis"). A person named outside the quote who is not its speaker stays a candidate ("Clinton
    /// says Trump's tweets were 'unhinged, even for him'"); so does the subject of a verb of attack that the cue lexicon
    /// counts as speech ("Trump 'lashed out at the generals when he was asked'"). A speaker named only by a pronoun
    /// ("\"...,\" she said") excludes no one: tried on PolNeAR dev, skipping the person that pronoun would take lost
    /// more than it won.</summary>
    private static Dictionary<int, HashSet<Draft>> QuotedSpeakers(Document doc, List<Draft> drafts, int[] cover)
    {
        var result = new Dictionary<int, HashSet<Draft>>();
        var tokens = doc.Tokens;
        var spans = Quotes.QuoteMarks.Find(doc.Text);
        if (spans.Count == 0) return result;
        int s = 0;
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (tokens[t].Upos != Pron || Array.IndexOf(PersonPronouns, tokens[t].Norm) < 0) continue;
            while (s < spans.Count && spans[s].End <= tokens[t].Start) s++;
            if (s == spans.Count) break;
            var q = spans[s];
            if (q.Start > tokens[t].Start) continue;
            int first = t, last = t;
            while (first > 0 && tokens[first - 1].Start >= q.Start) first--;
            while (last + 1 < doc.TokenCount && tokens[last + 1].Start < q.End) last++;
            var from = doc.SentenceRecords[tokens[first].Sentence];
            var to = doc.SentenceRecords[tokens[last].Sentence];
            HashSet<Draft>? speakers = null;
            for (int k = from.FirstToken; k < to.FirstToken + to.TokenCount; k++)
            {
                ref readonly var w = ref tokens[k];
                if (w.Deprel != Nsubj || w.Head < 0 || !SpeechLemmas.Contains(tokens[w.Head].Lemma)) continue;
                bool inside = false;
                foreach (var other in spans) if (other.Start <= w.Start && w.Start < other.End) { inside = true; break; }
                if (inside) continue;
                if (cover[k] >= 0 && drafts[cover[k]].Root.Kind == MentionKind.Person) (speakers ??= []).Add(drafts[cover[k]].Root);
            }
            if (speakers is not null) result[t] = speakers;
        }
        return result;
    }

    private static readonly HashSet<int> SpeechLemmas = [.. Quotes.CueLexicon.Speech.Concat(Quotes.CueLexicon.Thought)
        .Except(["blast", "slam", "mock", "lash", "fire", "shoot", "accuse", "criticize", "criticise", "praise", "charge", "describe", "cite", "quote", "read"])
        .Select(w => Vocabulary.Shared.Intern(w))];

    /// <summary>"it" that stands for no actor: an expletive, the subject of a copula or adjective ("it is likely"), or
    /// of a passive or raising verb with a clause ("it is expected that", "it seems to").</summary>
    private static bool Expletive(Document doc, int t)
    {
        var tokens = doc.Tokens;
        if (tokens[t].Deprel == Expl) return true;
        if (tokens[t].Deprel != Nsubj && tokens[t].Deprel != NsubjPass) return false;
        int h = tokens[t].Head;
        if (h < 0) return false;
        if (tokens[h].Upos == Adj || tokens[h].Upos == Aux || (tokens[h].Upos == Noun && HasChild(doc, h, Cop))) return true;
        if (tokens[t].Deprel != NsubjPass && !RaisingVerb(doc, h)) return false;
        var sentence = doc.SentenceRecords[tokens[t].Sentence];
        for (int c = sentence.FirstToken; c < sentence.FirstToken + sentence.TokenCount; c++)
            if (tokens[c].Head == h && (tokens[c].Deprel == Ccomp || tokens[c].Deprel == Xcomp || tokens[c].Deprel == Csubj)) return true;
        return false;
    }

    private static int ChildOf(Document doc, int h, ushort deprel)
    {
        var tokens = doc.Tokens;
        var sentence = doc.SentenceRecords[tokens[h].Sentence];
        for (int c = sentence.FirstToken; c < sentence.FirstToken + sentence.TokenCount; c++)
            if (tokens[c].Head == h && tokens[c].Deprel == deprel) return c;
        return -1;
    }

    private static bool HasChild(Document doc, int h, ushort deprel)
    {
        var tokens = doc.Tokens;
        var sentence = doc.SentenceRecords[tokens[h].Sentence];
        for (int c = sentence.FirstToken; c < sentence.FirstToken + sentence.TokenCount; c++)
            if (tokens[c].Head == h && tokens[c].Deprel == deprel) return true;
        return false;
    }

    private static readonly ulong[] Raising = Norms("seems", "seemed", "seem", "appears", "appeared", "appear", "happens", "happened");

    private static bool RaisingVerb(Document doc, int h) => Array.IndexOf(Raising, doc.Tokens[h].Norm) >= 0;

    // ---- entities -----------------------------------------------------------------------------------------------

    private static void AssignEntities(Document doc, List<Draft> drafts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        // Names first: a person's full name; for a code, its first proper-name mention (else its first mention).
        var proper = new Dictionary<string, string>(StringComparer.Ordinal);
        var any = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in drafts)
        {
            var root = d.Root;
            if (KeyOf(root) is not { } key) continue;
            any.TryAdd(key, NameText(root));
            if (root.Kind is not (MentionKind.Agent or MentionKind.Reference)) proper.TryAdd(key, NameText(root));
        }
        foreach (var d in drafts)
        {
            string? key = KeyOf(d.Root);
            if (key is null) continue;
            if (!ids.TryGetValue(key, out int id)) { id = ids.Count; ids[key] = id; }
            d.Entity = id;
            d.Name = proper.TryGetValue(key, out var name) ? name : any[key];
        }

        string? KeyOf(Draft root)
        {
            if (root.Kind == MentionKind.Person && root.NameFirst >= 0) return "person:" + ActorKnowledge.Key(NameText(root));
            if (root.Code is not null) return "code:" + root.Code;
            if (root.Kind == MentionKind.Organization && root.NameFirst >= 0) return "org:" + ActorKnowledge.Key(NameText(root));
            return null;
        }

        string NameText(Draft root)
        {
            if (root.FullName is { } full) return full;
            int first = root.NameFirst >= 0 ? root.NameFirst : root.First;
            int count = root.NameFirst >= 0 ? root.NameCount : root.Count;
            var all = doc.Tokens;
            if (root.NameFirst < 0 && count > 1 && all[first].Norm == ActorRecognizer.NormThe) { first++; count--; }
            return doc.Text[all[first].Start..all[first + count - 1].End];
        }
    }
}
