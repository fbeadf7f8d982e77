using Dyad.Actors.Knowledge;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;

namespace Dyad.Actors.Recognition;

/// <summary>One knowledge phrase as the matcher sees it: its entries and how its tokens must be written in the text.</summary>
/// <param name="Key">The knowledge key (<see cref="ActorKnowledge.Key"/>).</param>
/// <param name="Entries">The phrase's entries, in file order.</param>
/// <param name="TokenCount">Number of tokens the phrase has after tokenization.</param>
/// <param name="ExactCaseMask">Bit i set: token i must be written exactly as in a hand-written all-capitals entry
/// ("US", "WHO", "AU"), so "us" and "Who" do not match.</param>
/// <param name="HasAgent">Some entry is an agent (a common noun that needs no capital).</param>
/// <param name="HasName">Some entry is a name (country, IGO, person, group), which must be capitalised in the text.</param>
/// <param name="LastCapital">The name's last word is capitalised in the knowledge ("Gallant", not "the Biden
/// administration"): the text must capitalise it too.</param>
internal sealed record TriePhrase(string Key, IReadOnlyList<ActorEntry> Entries, int TokenCount, ulong ExactCaseMask, bool HasAgent, bool HasName, bool LastCapital);

/// <summary>
/// A trie over token norm hashes (<see cref="TokenData.Norm"/>) built from every phrase of an
/// <see cref="ActorKnowledge"/>: phrases are tokenized by the same segmenter as documents, so "Jean-Pierre" and
/// "U.S." fall into the tokens the text has. Edges are one dictionary keyed by (node, norm): a lookup allocates nothing.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>Phrases longer than this many tokens are left out (none of the shipped ones come close).</summary>
    internal const int MaxTokens = 16;

    /// <summary>Sources whose all-capitals words must be written exactly so in the text: hand rows ("US" but not "us")
    /// and the acronyms of state bodies taken from the Phoenix country dictionary ("FBI"; there every word is in capitals,
    /// so its one-word names are kept in capitals and match only so: "ASSAD" there is no "Assad" here).</summary>
    private static readonly HashSet<string> ExactCaseSources = new(StringComparer.Ordinal) { "hand", "phoenix-countries" };

    private readonly Dictionary<(int Node, ulong Norm), int> _edges = [];
    private readonly List<int> _phraseAt = [-1];
    private readonly List<TriePhrase> _phrases = [];

    /// <summary>Number of phrases held.</summary>
    public int Count => _phrases.Count;

    /// <summary>The child of <paramref name="node"/> along <paramref name="norm"/>, or -1.</summary>
    public int Next(int node, ulong norm) => _edges.TryGetValue((node, norm), out int child) ? child : -1;

    /// <summary>The phrase ending at <paramref name="node"/>, or null.</summary>
    public TriePhrase? PhraseAt(int node) => _phraseAt[node] is int p and >= 0 ? _phrases[p] : null;

    /// <summary>The root node.</summary>
    public const int Root = 0;

    /// <summary>Builds the trie from every phrase of <paramref name="knowledge"/>.</summary>
    public static PhraseTrie Build(ActorKnowledge knowledge)
    {
        var trie = new PhraseTrie();
        var norms = new List<ulong>();
        foreach (var (key, entries) in knowledge.Phrases)
        {
            if (key.Length < 2) continue;
            ulong exact = 0;
            bool hasAgent = false, hasName = false;
            norms.Clear();
            foreach (var e in entries)
            {
                if (e.Kind == ActorKind.Agent) hasAgent = true; else hasName = true;
            }
            // The tokens come from the first entry's writing; hand-written all-capitals tokens set the exact-case mask.
            var first = Tokenize(WithoutArticle(entries[0].Phrase));
            foreach (var (start, end, _) in first.Tokens) norms.Add(StringHash.OfNorm(first.Text.AsSpan(start, end - start)));
            if (norms.Count == 0 || norms.Count > MaxTokens) continue;
            char lastInitial = first.Text[first.Tokens[^1].Start];
            bool lastCapital = !char.IsLetter(lastInitial) || char.IsUpper(lastInitial);
            foreach (var e in entries)
            {
                if (!ExactCaseSources.Contains(e.Source) || e.Kind == ActorKind.Agent) continue;
                var doc = Tokenize(WithoutArticle(e.Phrase));
                for (int i = 0; i < doc.Tokens.Count && i < norms.Count; i++)
                {
                    var (start, end, _) = doc.Tokens[i];
                    if (IsAcronym(doc.Text.AsSpan(start, end - start))) exact |= 1UL << i;
                }
            }
            int node = Root;
            foreach (ulong n in norms)
            {
                int child = trie.Next(node, n);
                if (child < 0)
                {
                    child = trie._phraseAt.Count;
                    trie._phraseAt.Add(-1);
                    trie._edges[(node, n)] = child;
                }
                node = child;
            }
            if (trie._phraseAt[node] >= 0) continue; // two keys that tokenize alike: the first one stays
            trie._phraseAt[node] = trie._phrases.Count;
            trie._phrases.Add(new TriePhrase(key, entries, norms.Count, exact, hasAgent, hasName, lastCapital));
        }
        return trie;
    }

    private static string WithoutArticle(string phrase) =>
        phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;

    /// <summary>Two to five capital letters and nothing else ("US", "WHO", "NATO").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length > 5) return false;
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Token offsets of a phrase as the document segmenter cuts it. A trailing " ," keeps a final
    /// abbreviation point ("U.S.") from being read as the end of a sentence; that comma token is dropped.</summary>
    private static (string Text, List<(int Start, int End, TokenFlags Flags)> Tokens) Tokenize(string phrase)
    {
        // Words of letters and digits split at spaces as the segmenter would split them; only phrases with other
        // characters ("U.S.", "Jean-Pierre", "Côte d'Ivoire") go through it (building the trie stays fast).
        bool simple = true;
        foreach (char c in phrase) if (!char.IsLetterOrDigit(c) && c != ' ') { simple = false; break; }
        if (simple)
        {
            var words = new List<(int, int, TokenFlags)>();
            for (int i = 0; i < phrase.Length;)
            {
                if (phrase[i] == ' ') { i++; continue; }
                int start = i;
                while (i < phrase.Length && phrase[i] != ' ') i++;
                words.Add((start, i, TokenFlags.None));
            }
            return (phrase, words);
        }
        string text = phrase + " ,";
        var doc = new Document(new Article { Text = text });
        Segmenter.Default.Process(doc);
        var list = new List<(int, int, TokenFlags)>(doc.TokenCount);
        foreach (ref readonly var t in doc.Tokens)
            if (t.End <= phrase.Length) list.Add((t.Start, t.End, t.Flags));
        return (text, list);
    }
}
