using Dyad.Actors.Petrarch;

namespace Dyad.Events.Petrarch;

/// <summary>A phrase of an actor or agent dictionary as lower-case words, with what it stands for.</summary>
internal sealed record PhraseEntry(string[] Words, PetrarchActor? Actor, PetrarchAgent? Agent, bool StemLast, int Order)
{
    public bool IsActor => Actor != null;
}

/// <summary>
/// Actor and agent phrases indexed by their first word for longest-match lookup over a sentence's words. An actor
/// phrase written without a final <c>_</c> matches its last word as a stem (TABARI's rule: <c>ARGENTIN</c> matches
/// "Argentina"), provided the stem has at least <see cref="MinStemLength"/> letters.
/// </summary>
internal sealed class PhraseTable
{
    /// <summary>Shortest dictionary word matched as a stem. Shorter words (<c>ENT</c>, <c>PLO</c>) would match the
    /// start of unrelated words ("Entwash"); chosen on the PETRARCH validation suite 2.02 (eval petrarch).</summary>
    internal const int MinStemLength = 5;

    private readonly Dictionary<string, List<PhraseEntry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhraseEntry>> _byStemPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhraseEntry>> _actorsByLast = new(StringComparer.Ordinal);

    public PhraseTable(IReadOnlyList<PetrarchActorDictionary> actors, PetrarchAgentDictionary agents, IReadOnlySet<string> wholeWord)
    {
        int order = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dict in actors)
            foreach (var e in dict.Entries)
            {
                AddActor(e.Root, e);
                foreach (var s in e.Synonyms) AddActor(s, e);
            }
        foreach (var a in agents.Forms)
        {
            string key = PetrarchText.Key(a.Phrase);
            if (key.Length == 0) continue;
            Add(new PhraseEntry(key.Split(' '), null, a, false, order++));
        }

        void AddActor(string phrase, PetrarchActor e)
        {
            string key = PetrarchText.Key(phrase);
            if (key.Length == 0 || !seen.Add(key)) return;
            var words = key.Split(' ');
            bool stem = !wholeWord.Contains(key) && words[^1].Length >= MinStemLength && words[^1].All(char.IsLetter);
            var entry = new PhraseEntry(words, e, null, stem, order++);
            Add(entry);
            if (words.Length >= 2)
            {
                if (!_actorsByLast.TryGetValue(words[^1], out var byLast)) _actorsByLast[words[^1]] = byLast = [];
                byLast.Add(entry);
            }
        }
    }

    private void Add(PhraseEntry e)
    {
        if (e.StemLast && e.Words.Length == 1)
        {
            string prefix = e.Words[0][..MinStemLength];
            if (!_byStemPrefix.TryGetValue(prefix, out var l)) _byStemPrefix[prefix] = l = [];
            l.Add(e);
            return;
        }
        if (!_byFirst.TryGetValue(e.Words[0], out var list)) _byFirst[e.Words[0]] = list = [];
        list.Add(e);
    }

    /// <summary>The longest phrase starting at word <paramref name="i"/> of <paramref name="words"/>; an actor wins a
    /// tie with an agent, then the earlier entry. Returns null when none matches.</summary>
    public PhraseEntry? LongestAt(string[] words, int i, out int length)
    {
        PhraseEntry? best = null;
        int bestLength = 0;
        if (_byFirst.TryGetValue(words[i], out var list))
            foreach (var e in list) Consider(e);
        if (words[i].Length >= MinStemLength && _byStemPrefix.TryGetValue(words[i][..MinStemLength], out var stems))
            foreach (var e in stems) Consider(e);
        length = bestLength;
        return best;

        void Consider(PhraseEntry e)
        {
            int n = e.Words.Length;
            if (i + n > words.Length) return;
            for (int k = 0; k < n; k++)
            {
                string w = words[i + k];
                if (w == e.Words[k]) continue;
                if (k == n - 1 && e.StemLast && w.StartsWith(e.Words[k], StringComparison.Ordinal) && AllLetters(w)) continue;
                return;
            }
            bool better = best == null || n > bestLength
                || (n == bestLength && ((e.IsActor && !best.IsActor) || (e.IsActor == best.IsActor && e.Order < best.Order)));
            if (!better) return;
            best = e;
            bestLength = n;
        }
    }

    /// <summary>The actor phrases of two words or more whose last word is <paramref name="word"/> (exactly).</summary>
    public IReadOnlyList<PhraseEntry> ActorsEndingWith(string word) => _actorsByLast.TryGetValue(word, out var l) ? l : [];

    private static bool AllLetters(string w)
    {
        foreach (char c in w) if (!char.IsLetter(c)) return false;
        return true;
    }
}

/// <summary>A verb of the verb dictionary under one of its surface words: its block and the words that must stand
/// before and after it (compound verbs such as <c>CORDON_OFF</c>, <c>WIRE_+TAP</c>).</summary>
internal sealed record VerbCandidate(VerbBlock Block, VerbEntry Entry, string[] Front, string[] Back);

/// <summary>The verb dictionary's verbs by surface word and stem (lower-case).</summary>
internal sealed class VerbIndex
{
    private readonly Dictionary<string, List<VerbCandidate>> _byWord = new(StringComparer.Ordinal);

    public VerbIndex(PetrarchVerbDictionary verbs)
    {
        foreach (var block in verbs.Blocks)
            foreach (var entry in block.Verbs)
            {
                var baseWords = PetrarchText.Key(entry.Words).Split(' ');
                int at = Array.IndexOf(baseWords, PetrarchText.Key(entry.Verb));
                if (at < 0) at = 0;
                foreach (var form in entry.Forms)
                {
                    var words = PetrarchText.Key(form).Split(' ');
                    if (words.Length != baseWords.Length) continue;
                    var cand = new VerbCandidate(block, entry, words[..at], words[(at + 1)..]);
                    if (!_byWord.TryGetValue(words[at], out var list)) _byWord[words[at]] = list = [];
                    if (!list.Exists(c => c.Entry == entry && c.Front.SequenceEqual(cand.Front) && c.Back.SequenceEqual(cand.Back))) list.Add(cand);
                }
            }
    }

    public IReadOnlyList<VerbCandidate> Lookup(string word) => _byWord.TryGetValue(word, out var l) ? l : [];
}
