using System.Text.Json.Nodes;
using Dyad.Documents.Models;
using Dyad.Pipeline;

namespace Dyad.Documents.Tagging;

/// <summary>
/// Part-of-speech tagger and lemmatizer in one stage: a greedy left-to-right averaged perceptron over hashed features
/// predicts a joint UPOS|XPOS class per token (a tag-dictionary shortcut answers for frequent unambiguous words, and a
/// word training saw often is kept to the classes it had there: <see cref="KnownWords"/>); an optional second pass,
/// trained on jackknifed first-pass tags, re-tags the words the first pass was unsure of (margin under
/// <see cref="SecondPassMargin"/>) seeing the first pass's tags to the right; then the lemma comes from a (form, XPOS)
/// table or a suffix rule keyed by XPOS (see <see cref="LemmaModel"/>).
/// Writes <see cref="TokenData.Upos"/>, <see cref="TokenData.Xpos"/> and <see cref="TokenData.Lemma"/>. Thread-safe;
/// allocation-free per token once warm (a lemma never seen before is interned once).
/// </summary>
public sealed class Tagger : IStage
{
    /// <summary>Model kind in the container.</summary>
    public const string ModelKind = "tagger";

    /// <summary>Format version of the tagger's sections.</summary>
    public const int FormatVersion = 1;

    /// <summary>File name of the shipped model in <c>models/</c>.</summary>
    public const string ShippedFileName = "tagger.dyad";

    private static readonly Lazy<Tagger> Shipped = new(() => Load(ModelFile.Locate(ShippedFileName)));

    [ThreadStatic] private static Scratch? t_scratch;

    private readonly string[] _classNames;   // "UPOS|XPOS"
    private readonly ushort[] _classUpos, _classXpos;
    private readonly int[] _classXposIndex;  // index in _xposNames, the lemmatizer's key
    private readonly int[] _classXposSibling; // index of the XPOS inflected alike (VBD ↔ VBN), or -1
    private readonly string[] _xposNames;
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly SparseWeights _weights;
    private readonly SparseWeights? _second;
    private readonly LemmaModel _lemmas;
    private readonly WordClusters? _clusters;
    private readonly KnownWords? _known;
    private readonly bool _knownOwnClass;
    private readonly float _secondMargin;

    internal Tagger(string[] classNames, Dictionary<ulong, int> tagDictionary, Dictionary<ulong, ulong> ambiguity, SparseWeights weights, SparseWeights? second, LemmaModel lemmas, JsonObject metadata, WordClusters? clusters,
        KnownWords? known = null, bool knownOwnClass = false, float secondMargin = float.PositiveInfinity)
    {
        _clusters = clusters;
        _known = known;
        _knownOwnClass = knownOwnClass;
        _secondMargin = secondMargin;
        _second = second;
        _classNames = classNames;
        _tagDictionary = tagDictionary;
        _ambiguity = ambiguity;
        _weights = weights;
        _lemmas = lemmas;
        Metadata = metadata;
        _classUpos = new ushort[classNames.Length];
        _classXpos = new ushort[classNames.Length];
        _classXposIndex = XposIndices(classNames, out _xposNames);
        _classXposSibling = new int[classNames.Length];
        for (int c = 0; c < classNames.Length; c++)
            _classXposSibling[c] = Array.IndexOf(_xposNames, LemmaModel.SiblingXpos(_xposNames[_classXposIndex[c]]));
        for (int c = 0; c < classNames.Length; c++)
        {
            var (u, x) = SplitClass(classNames[c]);
            _classUpos[c] = Labels.Upos.Intern(u);
            _classXpos[c] = Labels.Xpos.Intern(x);
        }
    }

    /// <summary>The shipped model (<c>models/tagger.dyad</c>), loaded once per process on first use.</summary>
    public static Tagger Default => Shipped.Value;

    /// <inheritdoc />
    public string Name => "tag";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Writes => Layers.Tags | Layers.Lemmas;

    /// <summary>The model's metadata: training data, seed, iterations, scores.</summary>
    public JsonObject Metadata { get; }

    /// <summary>Number of UPOS|XPOS classes.</summary>
    public int ClassCount => _classNames.Length;

    internal SparseWeights Weights => _weights;

    internal SparseWeights? SecondWeights => _second;

    /// <summary>Whether the model tags in two passes (the second sees the first's tags to the right).</summary>
    public bool TwoPass => _second is not null;

    /// <summary>
    /// The same model tagging in one pass only: faster (about twice when the second pass re-scores every word), a little
    /// less accurate (models/README.md has both figures). The first pass is a complete tagger trained on all the data, so this needs no retraining.
    /// </summary>
    public Tagger FirstPassOnly() =>
        _second is null ? this : new Tagger(_classNames, _tagDictionary, _ambiguity, _weights, null, _lemmas, Metadata, _clusters, _known, _knownOwnClass);

    /// <summary>
    /// The second pass re-scores only the words whose first-pass margin (best score minus the second best) is under this;
    /// the others keep their first-pass class. Infinity: every word the tag dictionary does not answer.
    /// </summary>
    public float SecondPassMargin => _secondMargin;

    /// <summary>The same model with another <see cref="SecondPassMargin"/> (training chooses it on dev).</summary>
    internal Tagger WithSecondPassMargin(float margin) =>
        new(_classNames, _tagDictionary, _ambiguity, _weights, _second, _lemmas, Metadata, _clusters, _known, _knownOwnClass, margin);

    /// <summary>Words whose class is restricted to those they had in training (0: none).</summary>
    public int KnownWordCount => _known?.Count ?? 0;

    internal KnownWords? Known => _known;

    internal bool KnownOwnClass => _knownOwnClass;

    /// <summary>The word classes the model was trained with (null: none).</summary>
    public WordClusters? Clusters => _clusters;

    /// <summary>Metadata key of the fingerprint of the word-cluster table a model was trained with.</summary>
    internal const string ClustersKey = "wordClusters";

    /// <summary>
    /// The word classes a model's metadata asks for: null when it names none, else the shipped table, which must be the
    /// one it was trained with (a model's weights mean nothing with other classes).
    /// </summary>
    internal static WordClusters? ClustersFor(JsonObject metadata, string path)
    {
        if (metadata[ClustersKey] is not JsonNode node) return null;
        string want = node.GetValue<string>();
        var have = WordClusters.Default
            ?? throw new InvalidDataException($"{path} was trained with word clusters {want}, but this build embeds no knowledge/{WordClusters.FileName}");
        if (have.Fingerprint != want)
            throw new InvalidDataException($"{path} was trained with word clusters {want}; knowledge/{WordClusters.FileName} is {have.Fingerprint}: retrain the model (`dyad train`)");
        return have;
    }

    /// <summary>Stored (feature, class) weights.</summary>
    public int WeightCount => _weights.EntryCount + (_second?.EntryCount ?? 0);

    internal static (string Upos, string Xpos) SplitClass(string name)
    {
        int bar = name.IndexOf('|');
        return (name[..bar], name[(bar + 1)..]);
    }

    /// <summary>For each class, the index of its XPOS among the distinct XPOS in class order: the lemmatizer's key.</summary>
    internal static int[] XposIndices(string[] classNames, out string[] xposNames)
    {
        var xpos = new List<string>();
        var index = new int[classNames.Length];
        for (int c = 0; c < classNames.Length; c++)
        {
            string x = SplitClass(classNames[c]).Xpos;
            int xi = xpos.IndexOf(x);
            if (xi < 0) { xi = xpos.Count; xpos.Add(x); }
            index[c] = xi;
        }
        xposNames = [.. xpos];
        return index;
    }

    /// <inheritdoc />
    public void Process(Document document)
    {
        var scratch = t_scratch ??= new Scratch();
        var sentences = document.SentenceRecords;
        for (int s = 0; s < sentences.Length; s++)
            TagSentence(document, sentences[s].FirstToken, sentences[s].TokenCount, scratch);
    }

    private void TagSentence(Document doc, int first, int count, Scratch scratch)
    {
        if (scratch.Context.Length < count)
        {
            int size = Math.Max(count, scratch.Context.Length * 2);
            scratch.Context = new TokenContext[size];
            scratch.FirstPass = new int[size];
            scratch.Margins = new float[size];
            scratch.Tags = new int[size];
        }
        var ctx = scratch.Context.AsSpan(0, count);
        TaggerFeatures.Compute(doc, first, count, ctx, _ambiguity, _clusters, _known, _knownOwnClass);
        var tags = scratch.Tags.AsSpan(0, count);
        Decode(ctx, scratch.FirstPass.AsSpan(0, count), scratch.Margins.AsSpan(0, count), tags);
        string text = doc.Text;
        for (int i = 0; i < count; i++)
        {
            int cls = tags[i];
            ref var t = ref doc.Annotate(first + i);
            t.Upos = _classUpos[cls];
            t.Xpos = _classXpos[cls];
            t.Lemma = _lemmas.Lemmatize(text.AsSpan(t.Start, t.End - t.Start), ctx[i].Form, ctx[i].Lower, _classXposIndex[cls], _classXposSibling[cls]);
        }
    }

    /// <summary>Fills the contexts of the <paramref name="ctx"/>.Length words from token <paramref name="first"/> as this model sees them.</summary>
    internal void Context(Document doc, int first, Span<TokenContext> ctx) =>
        TaggerFeatures.Compute(doc, first, ctx.Length, ctx, _ambiguity, _clusters, _known, _knownOwnClass);

    /// <summary>
    /// Tags one sentence's words: a greedy left-to-right pass, then (when the model has one) a second left-to-right
    /// pass that also sees the first pass's tags of the words to the right and re-scores the words the first pass was
    /// unsure of (margin under <see cref="SecondPassMargin"/>). <paramref name="margins"/> receives the first pass's
    /// margins (infinity for a word the tag dictionary answers).
    /// </summary>
    internal void Decode(ReadOnlySpan<TokenContext> ctx, Span<int> firstPass, Span<float> margins, Span<int> tags)
    {
        Pass(ctx, _weights, [], [], firstPass, margins);
        if (_second is null) firstPass.CopyTo(tags);
        else Pass(ctx, _second, firstPass, margins, tags, default);
    }

    /// <summary>
    /// One greedy pass. The first (empty <paramref name="firstPass"/>) writes each word's margin into
    /// <paramref name="marginsOut"/>; the second reads them from <paramref name="marginsIn"/> and keeps the first pass's
    /// class where the margin is at least <see cref="SecondPassMargin"/>.
    /// </summary>
    private void Pass(ReadOnlySpan<TokenContext> ctx, SparseWeights weights, ReadOnlySpan<int> firstPass, ReadOnlySpan<float> marginsIn,
        Span<int> tags, Span<float> marginsOut)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_classNames.Length];
        int count = ctx.Length;
        bool second = !firstPass.IsEmpty;
        int p1 = TaggerFeatures.StartTag, p2 = TaggerFeatures.StartTag;
        for (int i = 0; i < count; i++)
        {
            float margin = float.PositiveInfinity;
            if (!_tagDictionary.TryGetValue(ctx[i].Form, out int cls))
            {
                if (second && marginsIn[i] >= _secondMargin) cls = firstPass[i];
                else
                {
                    int n = TaggerFeatures.Extract(ctx, i, count, p1, p2, firstPass, _clusters is not null, features);
                    // Start every slot's load before the first is needed, so the misses overlap instead of following one another.
                    for (int f = 0; f < n; f++) weights.Prefetch(features[f]);
                    scores.Clear();
                    for (int f = 0; f < n; f++) weights.Add(features[f], scores);
                    cls = ArgMax(scores, _known, ctx[i].Known, out margin);
                }
            }
            if (!second) marginsOut[i] = margin;
            tags[i] = cls;
            p2 = p1;
            p1 = cls;
        }
    }

    /// <summary>
    /// The best class (among those a known word had in training, when <paramref name="entry"/> ≥ 0) and its margin over
    /// the second best (infinity when it is the only one allowed).
    /// </summary>
    internal static int ArgMax(ReadOnlySpan<float> scores, KnownWords? known, int entry, out float margin)
    {
        int best = -1;
        float top = float.NegativeInfinity, next = float.NegativeInfinity;
        bool constrained = known is not null && entry >= 0;
        for (int c = 0; c < scores.Length; c++)
        {
            if (constrained && !known!.Allows(entry, c)) continue;
            float s = scores[c];
            if (best < 0 || s > top) { next = top; top = s; best = c; }
            else if (s > next) next = s;
        }
        margin = top - next;
        return best;
    }

    /// <summary>Writes the model to <paramref name="path"/> in the Dyad model container.</summary>
    public void Save(string path)
    {
        ModelFile.Save(path, ModelKind, FormatVersion, Metadata,
        [
            ("classes", w =>
            {
                w.Write(_classNames.Length);
                foreach (var c in _classNames) w.Write(c);
            }),
            ("tagdict", w =>
            {
                w.Write(_tagDictionary.Count);
                foreach (var (k, v) in _tagDictionary) { w.Write(k); w.Write((byte)v); }
            }),
            ("ambiguity", w =>
            {
                w.Write(_ambiguity.Count);
                foreach (var (k, v) in _ambiguity) { w.Write(k); w.Write(v); }
            }),
            ("weights", _weights.Write),
            ("second", w =>
            {
                w.Write(_second is not null);
                _second?.Write(w);
            }),
            ("lemmas", _lemmas.Write),
            ("secondMargin", w => w.Write(_secondMargin)),
            ("known", w =>
            {
                w.Write(_known is not null);
                if (_known is null) return;
                w.Write(_knownOwnClass);
                _known.Write(w);
            }),
        ]);
    }

    /// <summary>Reads a tagger model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a tagger model of this format version.</exception>
    public static Tagger Load(string path)
    {
        var model = ModelFile.Load(path, ModelKind, FormatVersion);
        string[] classes;
        using (var r = model.Section("classes"))
        {
            classes = new string[r.ReadInt32()];
            for (int i = 0; i < classes.Length; i++) classes[i] = r.ReadString();
        }
        Dictionary<ulong, int> tagDictionary;
        using (var r = model.Section("tagdict"))
        {
            int n = r.ReadInt32();
            tagDictionary = new Dictionary<ulong, int>(n);
            for (int i = 0; i < n; i++) tagDictionary[r.ReadUInt64()] = r.ReadByte();
        }
        Dictionary<ulong, ulong> ambiguity;
        using (var r = model.Section("ambiguity"))
        {
            int n = r.ReadInt32();
            ambiguity = new Dictionary<ulong, ulong>(n);
            for (int i = 0; i < n; i++) ambiguity[r.ReadUInt64()] = r.ReadUInt64();
        }
        SparseWeights weights;
        using (var r = model.Section("weights")) weights = SparseWeights.Read(r);
        SparseWeights? second = null;
        using (var r = model.Section("second")) if (r.ReadBoolean()) second = SparseWeights.Read(r);
        LemmaModel lemmas;
        using (var r = model.Section("lemmas")) lemmas = LemmaModel.Read(r);
        // Sections added after the first models were shipped: absent, the model re-scores every word and knows no words.
        float secondMargin = float.PositiveInfinity;
        if (model.SectionNames.Contains("secondMargin"))
            using (var r = model.Section("secondMargin")) secondMargin = r.ReadSingle();
        KnownWords? known = null;
        bool ownClass = false;
        if (model.SectionNames.Contains("known"))
            using (var r = model.Section("known"))
                if (r.ReadBoolean()) { ownClass = r.ReadBoolean(); known = KnownWords.Read(r); }
        return new Tagger(classes, tagDictionary, ambiguity, weights, second, lemmas, model.Metadata, ClustersFor(model.Metadata, path), known, ownClass, secondMargin);
    }

    private sealed class Scratch
    {
        public TokenContext[] Context = new TokenContext[128];
        public int[] FirstPass = new int[128];
        public float[] Margins = new float[128];
        public int[] Tags = new int[128];
    }
}
