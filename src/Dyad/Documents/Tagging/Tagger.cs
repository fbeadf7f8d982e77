using System.Text.Json.Nodes;
using Dyad.Documents.Models;
using Dyad.Pipeline;

namespace Dyad.Documents.Tagging;

/// <summary>
/// Part-of-speech tagger and lemmatizer in one stage: a greedy left-to-right averaged perceptron over hashed features
/// predicts a joint UPOS|XPOS class per token (a tag-dictionary shortcut answers for frequent unambiguous words); an
/// optional second pass, trained on jackknifed first-pass tags, re-tags the sentence seeing those tags to the right; then
/// the lemma comes from a (form, XPOS) table or a suffix rule keyed by XPOS (see <see cref="LemmaModel"/>).
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
    private readonly string[] _xposNames;
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly Dictionary<ulong, ulong> _ambiguity;
    private readonly SparseWeights _weights;
    private readonly SparseWeights? _second;
    private readonly LemmaModel _lemmas;
    private readonly WordClusters? _clusters;

    internal Tagger(string[] classNames, Dictionary<ulong, int> tagDictionary, Dictionary<ulong, ulong> ambiguity, SparseWeights weights, SparseWeights? second, LemmaModel lemmas, JsonObject metadata, WordClusters? clusters)
    {
        _clusters = clusters;
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
    /// The same model tagging in one pass only: about twice as fast, a little less accurate (models/README.md has both
    /// figures). The first pass is a complete tagger trained on all the data, so this needs no retraining.
    /// </summary>
    public Tagger FirstPassOnly() =>
        _second is null ? this : new Tagger(_classNames, _tagDictionary, _ambiguity, _weights, null, _lemmas, Metadata, _clusters);

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
            scratch.Tags = new int[size];
        }
        var ctx = scratch.Context.AsSpan(0, count);
        TaggerFeatures.Compute(doc, first, count, ctx, _ambiguity, _clusters);
        var tags = scratch.Tags.AsSpan(0, count);
        Decode(ctx, scratch.FirstPass.AsSpan(0, count), tags);
        string text = doc.Text;
        for (int i = 0; i < count; i++)
        {
            int cls = tags[i];
            ref var t = ref doc.Annotate(first + i);
            t.Upos = _classUpos[cls];
            t.Xpos = _classXpos[cls];
            t.Lemma = _lemmas.Lemmatize(text.AsSpan(t.Start, t.End - t.Start), ctx[i].Form, ctx[i].Lower, _classXposIndex[cls]);
        }
    }

    /// <summary>
    /// Tags one sentence's words: a greedy left-to-right pass, then (when the model has one) a second left-to-right
    /// pass that also sees the first pass's tags of the words to the right.
    /// </summary>
    internal void Decode(ReadOnlySpan<TokenContext> ctx, Span<int> firstPass, Span<int> tags)
    {
        Pass(ctx, _weights, [], firstPass);
        if (_second is null) firstPass.CopyTo(tags);
        else Pass(ctx, _second, firstPass, tags);
    }

    private void Pass(ReadOnlySpan<TokenContext> ctx, SparseWeights weights, ReadOnlySpan<int> firstPass, Span<int> tags)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[_classNames.Length];
        int count = ctx.Length;
        int p1 = TaggerFeatures.StartTag, p2 = TaggerFeatures.StartTag;
        for (int i = 0; i < count; i++)
        {
            if (!_tagDictionary.TryGetValue(ctx[i].Form, out int cls))
            {
                int n = TaggerFeatures.Extract(ctx, i, count, p1, p2, firstPass, _clusters is not null, features);
                // Start every slot's load before the first is needed, so the misses overlap instead of following one another.
                for (int f = 0; f < n; f++) weights.Prefetch(features[f]);
                scores.Clear();
                for (int f = 0; f < n; f++) weights.Add(features[f], scores);
                cls = ArgMax(scores);
            }
            tags[i] = cls;
            p2 = p1;
            p1 = cls;
        }
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
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
        return new Tagger(classes, tagDictionary, ambiguity, weights, second, lemmas, model.Metadata, ClustersFor(model.Metadata, path));
    }

    private sealed class Scratch
    {
        public TokenContext[] Context = new TokenContext[128];
        public int[] FirstPass = new int[128];
        public int[] Tags = new int[128];
    }
}
