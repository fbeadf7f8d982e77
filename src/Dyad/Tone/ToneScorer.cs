using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Tone;

/// <summary>
/// The tone stage: counts positive and negative words of <see cref="ToneLexicon"/> per sentence and per article,
/// with negation (a negator up to <see cref="NegationWindow"/> tokens before a rated word, with no punctuation
/// between, flips it: "not helpful" counts as negative). When the text is tagged, proper nouns and adpositions
/// are not rated ("United Nations", "like" as a preposition), and a word the lexicon lacks is tried by its lemma.
/// </summary>
public sealed class ToneScorer : IStage
{
    /// <summary>Tokens looked back for a negator. Three covers "not very helpful" and "never been so good" (checked
    /// on the seed and sample articles; not tuned on labelled data, which we lack for news tone).</summary>
    private const int NegationWindow = 3;

    /// <summary>"No negator seen yet": far enough back that no window reaches it, near enough not to overflow.</summary>
    private const int NoNegator = -1_000_000;

    private static readonly Lazy<ToneScorer> Shared = new(() => new ToneScorer(ToneLexicon.Default));

    private readonly ToneLexicon _lexicon;
    private readonly HashSet<ulong> _negators;
    private readonly HashSet<ulong> _pronouns;

    /// <summary>Creates a scorer over a lexicon.</summary>
    public ToneScorer(ToneLexicon lexicon)
    {
        _lexicon = lexicon;
        _negators = Hashes("not", "n't", "no", "never", "without", "nor", "neither", "hardly", "barely", "cannot", "nobody", "nothing");
        _pronouns = Hashes("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves");
    }

    /// <summary>The stage over the shipped lexicon (loaded on first use).</summary>
    public static ToneScorer Default => Shared.Value;

    /// <inheritdoc />
    public string Name => "tone";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Writes => Layers.Tone;

    /// <inheritdoc />
    public void Process(Document document)
    {
        var tokens = document.Tokens;
        bool tagged = (document.Layers & Layers.Tags) != 0;
        bool lemmas = (document.Layers & Layers.Lemmas) != 0;
        ushort propn = Labels.Upos.Find("PROPN"), adp = Labels.Upos.Find("ADP"), verb = Labels.Upos.Find("VERB"), pron = Labels.Upos.Find("PRON");
        var perSentence = new ToneScores[document.SentenceCount];
        var total = new Counts();
        for (int si = 0; si < document.SentenceCount; si++)
        {
            var rec = document.SentenceRecords[si];
            var c = new Counts();
            int lastNegator = NoNegator;
            for (int i = rec.FirstToken; i < rec.FirstToken + rec.TokenCount; i++)
            {
                ref readonly var t = ref tokens[i];
                if ((t.Flags & TokenFlags.Punct) != 0)
                {
                    lastNegator = NoNegator; // negation does not reach across punctuation
                    continue;
                }
                if (!HasLetterOrDigit(document.Text.AsSpan(t.Start, t.End - t.Start))) continue;
                c.Words++;
                if (tagged)
                {
                    if (t.Upos == verb) c.Verbs++;
                    if (t.Upos == pron) c.Pronouns++;
                }
                else if (_pronouns.Contains(t.Norm)) c.Pronouns++;
                if (_negators.Contains(t.Norm)) { lastNegator = i; continue; }
                if (tagged && (t.Upos == propn || t.Upos == adp)) continue;
                // A capitalised word inside a sentence is a name or part of one ("Gallant", "United States",
                // "Defense Minister") even when the tagger misses it; its dictionary sense is not the article's tone.
                if (i > rec.FirstToken && char.IsUpper(document.Text[t.Start])) continue;
                float v = _lexicon.Valence(t.Norm);
                if (v == 0f && lemmas && t.Lemma != 0) v = _lexicon.Valence(Vocabulary.Shared[t.Lemma]);
                if (v == 0f) continue;
                if (i - lastNegator <= NegationWindow) v = -v;
                if (v > 0) c.Positive++; else c.Negative++;
            }
            perSentence[si] = c.Scores(tagged);
            total.Add(c);
        }
        document.SentenceTones = perSentence;
        document.Tone = total.Scores(tagged);
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (char ch in s) if (char.IsLetterOrDigit(ch)) return true;
        return false;
    }

    private static HashSet<ulong> Hashes(params string[] words)
    {
        var set = new HashSet<ulong>();
        foreach (var w in words) set.Add(StringHash.OfNorm(w));
        return set;
    }

    private struct Counts
    {
        public int Words, Positive, Negative, Verbs, Pronouns;

        public void Add(Counts o)
        {
            Words += o.Words; Positive += o.Positive; Negative += o.Negative; Verbs += o.Verbs; Pronouns += o.Pronouns;
        }

        public readonly ToneScores Scores(bool tagged)
        {
            if (Words == 0) return new ToneScores(0, 0, 0, 0, tagged ? 0 : null, 0, 0);
            double k = 100.0 / Words;
            double pos = Positive * k, neg = Negative * k;
            return new ToneScores(pos - neg, pos, neg, pos + neg, tagged ? Verbs * k : null, Pronouns * k, Words);
        }
    }
}
