using System.Text.Json.Nodes;
using Dyad.Documents.Models;
using Dyad.Pipeline;

namespace Dyad.Documents.Entities;

/// <summary>
/// The named-entity recogniser: an averaged structured perceptron over BILOU labels, decoded by first-order Viterbi
/// with only valid label transitions (and the <see cref="SpanRules"/> constraints), over hashed features (word, shape, affixes, neighbours, previous labels,
/// gazetteer matches). Adds <see cref="EntitySpan"/>s with labels in <see cref="Labels.Entity"/> to
/// <see cref="Document.Entities"/>. Weights live in one flat float array indexed by feature bucket and label.
/// Thread-safe: the model is read-only and each thread decodes in its own workspace.
/// </summary>
public sealed class EntityRecognizer : IStage
{
    /// <summary>The model kind in the container.</summary>
    public const string Kind = "ner";

    /// <summary>
    /// The version of this kind's sections; loading checks it. 2: first-order history features for Viterbi decoding
    /// (version 1 models had a feature of the two previous classes and were decoded greedily). A model trained with
    /// <see cref="NerTrainingOptions.OrgFeatures"/> says so in its metadata (<c>org_features</c>); one without is read as before.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>Metadata key saying the model reads document evidence (<see cref="NerTrainingOptions.DocumentEvidence"/>).</summary>
    internal const string DocumentEvidenceKey = "document_evidence";

    /// <summary>The shipped model's file name in <c>models/</c>.</summary>
    public const string DefaultFileName = "ner.dyad";

    private static readonly Lazy<EntityRecognizer> _default = new(() => Load(ModelFile.Locate(DefaultFileName)));

    [ThreadStatic] private static Workspace? _workspace;

    private readonly ushort[] _typeIds;

    internal EntityRecognizer(string[] types, int hashBits, float[] weights, Gazetteer gazetteer, JsonObject metadata, bool spanRules = true,
        bool orgFeatures = false, Tagging.WordClusters? clusters = null, bool documentEvidence = false, bool? documentConsistency = null)
    {
        DocumentConsistencyOn = documentConsistency ?? spanRules;
        DocumentEvidenceOn = documentEvidence;
        SpanRulesOn = spanRules;
        OrgFeatures = orgFeatures;
        Clusters = clusters;
        Types = types;
        HashBits = hashBits;
        Weights = weights;
        Gazetteer = gazetteer;
        Metadata = metadata;
        _typeIds = new ushort[types.Length];
        for (int t = 0; t < types.Length; t++) _typeIds[t] = Labels.Entity.Intern(types[t]);
        _person = Labels.Entity.Intern("PERSON");
        _org = Labels.Entity.Intern("ORG");
        _loc = Labels.Entity.Intern("LOC");
    }

    private readonly ushort _person, _org, _loc;

    /// <summary>Index of PERSON in the class layout (<see cref="NerCorpus.Types"/>: PERSON, ORG, LOC).</summary>
    private const int PersonType = 0;

    /// <summary>The shipped model (models/ner.dyad), loaded once per process on first use.</summary>
    public static EntityRecognizer Default => _default.Value;

    /// <inheritdoc />
    public string Name => "ner";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Writes => Layers.Entities;

    /// <summary>The entity types the model labels (names in <see cref="Labels.Entity"/>).</summary>
    public IReadOnlyList<string> EntityTypes => Types;

    /// <summary>Training data, seed, iterations and measured scores.</summary>
    public JsonObject Metadata { get; }

    internal string[] Types { get; }
    internal int HashBits { get; }
    internal float[] Weights { get; }
    internal Gazetteer Gazetteer { get; }

    /// <summary>
    /// Whether decoding applies <see cref="SpanRules"/>. Training labels its silver data and picks its best iteration
    /// without them (with them, the recipe's model scored UNER EWT test 56.8 instead of 58.5 before rules / 59.6
    /// after); the shipped model applies them.
    /// </summary>
    internal bool SpanRulesOn { get; }

    /// <summary>Whether the model was trained with the capitalised-run features (<see cref="NerTrainingOptions.OrgFeatures"/>).</summary>
    internal bool OrgFeatures { get; }

    /// <summary>The word classes the model was trained with (<see cref="NerTrainingOptions.Clusters"/>); null for none.</summary>
    internal Tagging.WordClusters? Clusters { get; }

    /// <summary>Whether the model reads what it said about earlier mentions of a word in the document (<see cref="NerTrainingOptions.DocumentEvidence"/>).</summary>
    internal bool DocumentEvidenceOn { get; }

    /// <summary>
    /// Whether the mentions of a one-word name in a document are made to agree after decoding (<see cref="DocumentConsistency"/>):
    /// a decoding rule like <see cref="SpanRulesOn"/> and on with it unless asked otherwise, so training's silver labels and
    /// dev choice go without it.
    /// </summary>
    internal bool DocumentConsistencyOn { get; }

    /// <summary>This model with the document-consistency pass on or off (same weights).</summary>
    public EntityRecognizer WithDocumentConsistency(bool on) =>
        new(Types, HashBits, Weights, Gazetteer, Metadata, SpanRulesOn, OrgFeatures, Clusters, DocumentEvidenceOn, on);

    /// <summary>Number of BILOU classes: O plus four per type.</summary>
    internal int ClassCount => 1 + 4 * Types.Length;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Entities.Clear();
        var ws = _workspace ??= new Workspace();
        var sentences = document.SentenceRecords;
        ws.Evidence.Clear();
        for (int s = 0; s < sentences.Length; s++)
        {
            int first = sentences[s].FirstToken, count = sentences[s].TokenCount;
            ws.Ensure(count);
            Prepare(document, first, count, Gazetteer, HashBits, ws, OrgFeatures, Clusters);
            if (DocumentEvidenceOn)
                ws.Evidence.Append(ws.Buckets, ws.Offsets, ws.Norms, ws.Caps, count, HashBits, ws.Seen);
            if (SpanRulesOn) SpanRules.Constrain(document.Text.AsSpan(), document.Tokens, first, count, ws.Allow);
            Viterbi(Weights, HashBits, ClassCount, ws.Buckets, ws.Offsets, ws.Norms, ws.Shapes, count, ws, ws.Labels,
                SpanRulesOn ? ws.Allow : null);
            if (DocumentEvidenceOn) ws.Evidence.Record(ws.Norms.AsSpan(0, count), ws.Caps.AsSpan(0, count), ws.Labels.AsSpan(0, count));
            int from = document.Entities.Count;
            AddSpans(document.Entities, ws.Labels.AsSpan(0, count), first, _typeIds);
            if (SpanRulesOn) SpanRules.Refine(document.Entities, from, document.Text.AsSpan(), document.Tokens, first, ws.Gaz.AsSpan(0, count * Gazetteer.ListCount),
                _person, _org, _loc);
        }
        if (DocumentConsistencyOn) ws.Consistency.Apply(document, _typeIds);
        document.Layers |= Layers.Entities;
    }

    /// <summary>
    /// Trains a recogniser (averaged perceptron, seeded shuffling, best iteration chosen on the dev file) and
    /// saves it when <see cref="NerTrainingOptions.OutputPath"/> is set. The entry point of <c>dyad train ner</c>.
    /// </summary>
    public static NerTrainingResult Train(NerTrainingOptions options) => NerTrainer.Train(options);

    /// <summary>Loads a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a NER model of this format version.</exception>
    public static EntityRecognizer Load(string path)
    {
        var model = ModelFile.Load(path, Kind, FormatVersion);
        var r = model.Section("labels");
        int bits = r.ReadInt32();
        int nTypes = r.ReadInt32();
        var types = new string[nTypes];
        for (int t = 0; t < nTypes; t++) types[t] = r.ReadString();
        int classes = 1 + 4 * nTypes;
        var weights = new float[(1 << bits) * classes];
        var wr = model.Section("weights");
        int rows = wr.ReadInt32();
        float scale = wr.ReadSingle();
        int bucket = 0;
        for (int i = 0; i < rows; i++)
        {
            bucket += (int)Read7Bit(wr);
            int o = bucket * classes;
            for (int c = 0; c < classes; c++) weights[o + c] = wr.ReadInt16() * scale;
        }
        var gazetteer = Gazetteer.Load(model.Section("gazetteer"));
        bool org = model.Metadata["org_features"] is JsonValue v && v.GetValue<bool>();
        bool evidence = model.Metadata[DocumentEvidenceKey] is JsonValue e && e.GetValue<bool>();
        return new EntityRecognizer(types, bits, weights, gazetteer, model.Metadata, orgFeatures: org,
            clusters: Tagging.Tagger.ClustersFor(model.Metadata, path), documentEvidence: evidence);
    }

    /// <summary>
    /// Writes the model. Rows whose largest weight is under <paramref name="pruneBelow"/> are dropped, the rest are
    /// stored as 16-bit integers with one scale for the file.
    /// </summary>
    public void Save(string path, float pruneBelow = 0f)
    {
        int classes = ClassCount;
        int buckets = 1 << HashBits;
        float max = 0;
        foreach (var w in Weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1f;
        if (OrgFeatures) Metadata["org_features"] = true; // Load reads the feature set from the metadata
        if (Clusters is not null) Metadata[Tagging.Tagger.ClustersKey] = Clusters.Fingerprint;
        if (DocumentEvidenceOn) Metadata[DocumentEvidenceKey] = true;
        ModelFile.Save(path, Kind, FormatVersion, Metadata,
        [
            ("labels", w =>
            {
                w.Write(HashBits);
                w.Write(Types.Length);
                foreach (var t in Types) w.Write(t);
            }),
            ("weights", w =>
            {
                int rows = 0;
                for (int b = 0; b < buckets; b++) if (Keep(b)) rows++;
                w.Write(rows);
                w.Write(scale);
                int last = 0;
                for (int b = 0; b < buckets; b++)
                {
                    if (!Keep(b)) continue;
                    Write7Bit(w, (uint)(b - last));
                    last = b;
                    for (int c = 0; c < classes; c++) w.Write((short)Math.Round(Weights[b * classes + c] / scale));
                }
            }),
            ("gazetteer", Gazetteer.Save),
        ]);

        bool Keep(int b)
        {
            for (int c = 0; c < classes; c++)
            {
                float v = Math.Abs(Weights[b * classes + c]);
                if (v > 0 && v >= pruneBelow) return true;
            }
            return false;
        }
    }

    private static void Write7Bit(BinaryWriter w, uint v)
    {
        while (v >= 0x80) { w.Write((byte)(v | 0x80)); v >>= 7; }
        w.Write((byte)v);
    }

    private static uint Read7Bit(BinaryReader r)
    {
        uint v = 0;
        int shift = 0;
        byte b;
        do { b = r.ReadByte(); v |= (uint)(b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0);
        return v;
    }

    /// <summary>Per-thread buffers for one sentence: feature buckets, gazetteer marks, shapes, Viterbi lattice and labels.</summary>
    internal sealed class Workspace
    {
        public int[] Buckets = new int[64 * (EntityFeatures.MaxStatic + EntityFeatures.MaxEvidence)];
        public byte[] Caps = new byte[64];
        public int[] Seen = new int[64];
        public readonly DocumentEvidence Evidence = new();
        public readonly DocumentConsistency Consistency = new();
        public int[] Offsets = new int[65];
        public byte[] Gaz = new byte[64 * Gazetteer.ListCount];
        public ulong[] Shapes = new ulong[64];
        public ulong[] Norms = new ulong[64];
        public byte[] Kinds = new byte[64];
        public ulong[] Classes = new ulong[64];
        public ulong[] Hashes = new ulong[EntityFeatures.MaxStatic];
        public int[] Labels = new int[64];
        public byte[] Allow = new byte[64];
        public float[] Delta = new float[64 * MaxClasses];
        public byte[] Back = new byte[64 * MaxClasses];

        public void Ensure(int count)
        {
            if (Labels.Length >= count) return;
            int n = Math.Max(count, Labels.Length * 2);
            Buckets = new int[n * (EntityFeatures.MaxStatic + EntityFeatures.MaxEvidence)];
            Caps = new byte[n];
            Seen = new int[n];
            Offsets = new int[n + 1];
            Gaz = new byte[n * Gazetteer.ListCount];
            Shapes = new ulong[n];
            Norms = new ulong[n];
            Kinds = new byte[n];
            Classes = new ulong[n];
            Labels = new int[n];
            Allow = new byte[n];
            Delta = new float[n * MaxClasses];
            Back = new byte[n * MaxClasses];
        }
    }

    /// <summary>Upper bound on BILOU classes (O plus four per type, up to 15 types).</summary>
    internal const int MaxClasses = 61;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static int Bucket(ulong hash, int bits) => (int)(hash >> (64 - bits));

    /// <summary>Computes the static feature buckets of a sentence into the workspace (token i's at Offsets[i]..Offsets[i+1]).</summary>
    internal static void Prepare(Document doc, int first, int count, Gazetteer gazetteer, int bits, Workspace ws, bool orgFeatures,
        Tagging.WordClusters? clusters)
    {
        var text = doc.Text.AsSpan();
        var tokens = doc.Tokens;
        gazetteer.Mark(tokens, first, count, ws.Gaz);
        for (int i = 0; i < count; i++)
        {
            ref readonly var t = ref tokens[first + i];
            ws.Shapes[i] = EntityFeatures.Shape(text.Slice(t.Start, t.End - t.Start));
            ws.Norms[i] = t.Norm;
            ws.Caps[i] = EntityFeatures.Caps(text.Slice(t.Start, t.End - t.Start));
            if (orgFeatures) ws.Kinds[i] = EntityFeatures.Kind(text.Slice(t.Start, t.End - t.Start), t.Norm);
            if (clusters is not null) ws.Classes[i] = clusters.Lookup(t.Norm);
        }
        int caseMode = orgFeatures ? EntityFeatures.CaseMode(text, tokens, first, count) : 0;
        int o = 0;
        for (int i = 0; i < count; i++)
        {
            ws.Offsets[i] = o;
            int n = EntityFeatures.Static(text, tokens, first, count, i, ws.Gaz.AsSpan(0, count * Gazetteer.ListCount), ws.Shapes,
                orgFeatures ? ws.Kinds.AsSpan(0, count) : default, caseMode, clusters is not null ? ws.Classes.AsSpan(0, count) : default, ws.Hashes);
            for (int k = 0; k < n; k++) ws.Buckets[o + k] = Bucket(ws.Hashes[k], bits);
            o += n;
            ws.Hashes.AsSpan(0, n).Clear();
        }
        ws.Offsets[count] = o;
    }

    /// <summary>True when class <paramref name="c"/> may follow class <paramref name="prev"/> (0 = O or sentence start).</summary>
    internal static bool Allowed(int prev, int c, bool last)
    {
        // Class layout: 0 = O; 1 + 4t + k with k = 0 B, 1 I, 2 L, 3 U.
        bool open = prev > 0 && (prev - 1) % 4 < 2;
        if (open)
        {
            int type = (prev - 1) / 4;
            if (c == 0 || (c - 1) / 4 != type) return false;
            int k = (c - 1) % 4;
            return last ? k == 2 : k is 1 or 2;
        }
        if (c == 0) return true;
        int kk = (c - 1) % 4;
        return last ? kk == 3 : kk is 0 or 3;
    }

    /// <summary>True when a token whose <see cref="SpanRules"/> bits are <paramref name="allow"/> may take class <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Permitted(byte allow, int c)
    {
        if (c == 0) return true;
        int k = (c - 1) % 4;
        if ((allow & (1 << k)) == 0) return false;
        if (k is 1 or 2 && (allow & SpanRules.NotInsideAny) != 0) return false;
        return !((c - 1) / 4 == PersonType && k is 1 or 2 && (allow & SpanRules.NotInsidePerson) != 0);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void AddRow(float[] weights, int row, int classes, Span<float> scores)
    {
        var w = weights.AsSpan(row, classes);
        for (int c = 0; c < w.Length; c++) scores[c] += w[c];
    }

    /// <summary>The history feature buckets of a token given the previous class.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void HistoryBuckets(int bits, int prev, ulong norm, ulong shape, ulong nextNorm, Span<int> output)
    {
        Span<ulong> h = stackalloc ulong[EntityFeatures.HistoryCount];
        EntityFeatures.History(prev, norm, shape, nextNorm, h);
        for (int k = 0; k < h.Length; k++) output[k] = Bucket(h[k], bits);
    }

    /// <summary>The norm standing for "no next token".</summary>
    internal const ulong EndNorm = 0x5EED5EED5EEEUL;

    /// <summary>
    /// Viterbi decoding of a prepared sentence into <paramref name="labels"/>: the best-scoring sequence of classes
    /// with valid BILOU transitions, where a token's score for a class is its static features' weights plus its
    /// history features' weights for the previous class (first-order: the transition, and the word features of the
    /// previous class's <see cref="EntityFeatures.HistoryGroup"/>). Lattice in the workspace; no allocation.
    /// </summary>
    /// <param name="weights">Weights, <paramref name="classes"/> per bucket.</param>
    /// <param name="bits">Hash bits.</param>
    /// <param name="classes">Number of BILOU classes.</param>
    /// <param name="buckets">Static feature buckets of the sentence, token i's at <paramref name="offsets"/>[i]..[i+1].</param>
    /// <param name="offsets">Count + 1 offsets into <paramref name="buckets"/>.</param>
    /// <param name="norms">Token norms.</param>
    /// <param name="shapes">Token shape hashes.</param>
    /// <param name="count">Tokens in the sentence.</param>
    /// <param name="ws">Workspace holding the lattice (<see cref="Workspace.Ensure"/> called for the count).</param>
    /// <param name="labels">Receives the classes.</param>
    /// <param name="allow">Allowed positions per token (<see cref="SpanRules.Constrain"/>); null for no constraint.</param>
    internal static void Viterbi(float[] weights, int bits, int classes, ReadOnlySpan<int> buckets, ReadOnlySpan<int> offsets,
        ReadOnlySpan<ulong> norms, ReadOnlySpan<ulong> shapes, int count, Workspace ws, Span<int> labels, byte[]? allow = null)
    {
        if (count == 0) return;
        Span<float> stat = stackalloc float[classes];
        Span<float> best = stackalloc float[classes];
        Span<bool> permitted = stackalloc bool[classes];
        int groups = 1 + (classes - 1) / 4;
        Span<float> groupScores = stackalloc float[groups * classes];
        Span<ulong> groupHashes = stackalloc ulong[EntityFeatures.HistoryCount - 1];
        var delta = ws.Delta;
        var back = ws.Back;
        // The transition rows are the same for every token: read them once per sentence.
        Span<float> transitions = stackalloc float[classes * classes];
        for (int p = 0; p < classes; p++)
            weights.AsSpan(Bucket(EntityFeatures.Transition(p), bits) * classes, classes).CopyTo(transitions.Slice(p * classes, classes));
        for (int i = 0; i < count; i++)
        {
            stat.Clear();
            for (int k = offsets[i]; k < offsets[i + 1]; k++) AddRow(weights, buckets[k] * classes, classes, stat);
            ulong next = i + 1 < count ? norms[i + 1] : EndNorm;
            bool last = i == count - 1;
            byte a = allow != null ? allow[i] : SpanRules.AllowAll;
            for (int c = 0; c < classes; c++) permitted[c] = Permitted(a, c);
            // The word-history rows depend only on the previous class's group: read once per group, not per class.
            groupScores.Clear();
            for (int g = 0; g < (i == 0 ? 1 : groups); g++)
            {
                EntityFeatures.GroupHistory(g, norms[i], shapes[i], next, groupHashes);
                var gs = groupScores.Slice(g * classes, classes);
                foreach (ulong hash in groupHashes) AddRow(weights, Bucket(hash, bits) * classes, classes, gs);
            }
            best.Fill(float.NegativeInfinity);
            int row = i * classes;
            for (int p = 0; p < (i == 0 ? 1 : classes); p++)
            {
                float from = i == 0 ? 0f : delta[row - classes + p];
                if (float.IsNegativeInfinity(from)) continue;
                // Candidate total for each class allowed after p: the path so far plus p's transition and group rows.
                // After an open entity (B, I) only its I and L may follow; after O, L or U only O, B and U.
                var gs = groupScores.Slice(EntityFeatures.HistoryGroup(p) * classes, classes);
                var tr = transitions.Slice(p * classes, classes);
                if (p > 0 && (p - 1) % 4 < 2)
                {
                    int inside = p - (p - 1) % 4 + 1;
                    for (int c = last ? inside + 1 : inside; c <= inside + 1; c++)
                    {
                        float v = from + tr[c] + gs[c];
                        if (v > best[c] && permitted[c]) { best[c] = v; back[row + c] = (byte)p; }
                    }
                }
                else
                {
                    for (int c = 0; c < classes; c++)
                    {
                        if (c > 0 && (c - 1) % 4 is 1 or 2 || last && c > 0 && (c - 1) % 4 == 0) continue;
                        float v = from + tr[c] + gs[c];
                        if (v > best[c] && permitted[c]) { best[c] = v; back[row + c] = (byte)p; }
                    }
                }
            }
            for (int c = 0; c < classes; c++) delta[row + c] = best[c] + stat[c];
        }
        int end = count - 1, label = 0;
        float top = float.NegativeInfinity;
        for (int c = 0; c < classes; c++)
            if (delta[end * classes + c] > top) { top = delta[end * classes + c]; label = c; }
        for (int i = end; i >= 0; i--)
        {
            labels[i] = label;
            label = back[i * classes + label];
        }
    }

    /// <summary>Turns a sentence's BILOU classes into spans.</summary>
    internal static void AddSpans(List<EntitySpan> output, ReadOnlySpan<int> labels, int first, ReadOnlySpan<ushort> typeIds)
    {
        int start = -1, type = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int c = labels[i];
            if (c == 0) { start = -1; continue; }
            int t = (c - 1) / 4, k = (c - 1) % 4;
            if (k == 3) { output.Add(new EntitySpan(first + i, 1, typeIds[t])); start = -1; }
            else if (k == 0) { start = i; type = t; }
            else if (k == 2 && start >= 0 && type == t) { output.Add(new EntitySpan(first + start, i - start + 1, typeIds[t])); start = -1; }
        }
    }
}
