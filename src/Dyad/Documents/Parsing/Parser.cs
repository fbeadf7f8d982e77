using System.Text;
using System.Text.Json.Nodes;
using Dyad.Documents.Models;
using Dyad.Evaluation;
using Dyad.Pipeline;

namespace Dyad.Documents.Parsing;

/// <summary>
/// The labelled dependency parser: arc-hybrid transitions chosen by an averaged perceptron over hashed features, with
/// pseudo-projective label encoding; greedy (trained with a dynamic oracle) or, for a model trained with a beam, beam
/// search (trained as a global structured perceptron, see <see cref="ParserTrainingOptions.BeamWidth"/>). Writes each token's head (document index, -1 for
/// the root) and UD relation (<see cref="Labels.Deprel"/> id, subtypes included).
/// </summary>
public sealed class Parser : IStage
{
    /// <summary>Model kind in the model container.</summary>
    public const string ModelKind = "parser";

    /// <summary>Format version of the parser's sections.</summary>
    public const int FormatVersion = 3;

    /// <summary>File name of the shipped model in <c>models/</c>.</summary>
    public const string DefaultFileName = "parser.dyad";

    /// <summary>
    /// Averaged weights smaller than this are dropped when saving (the rest are stored as float16). Checked on EWT dev
    /// with the shipped model: LAS 87.33 in memory before saving, 87.34 after loading; the file is 11.6 MB.
    /// </summary>
    private const float PruneBelow = 0.02f;

    private static readonly Lazy<Parser> Shipped = new(() => Load(ModelFile.Locate(DefaultFileName)));

    [ThreadStatic] private static Workspace? t_workspace;

    private readonly ParserModel _model;
    private readonly ushort[] _deprelIds;

    private readonly Tagging.WordClusters? _clusters;

    private readonly bool _beamSearch;

    internal Parser(ParserModel model, JsonObject metadata, Tagging.WordClusters? clusters, int beamWidth = 1, bool beamSearchAtWidthOne = false)
    {
        if (beamWidth < 1) throw new ArgumentOutOfRangeException(nameof(beamWidth), "beam width must be at least 1");
        _model = model;
        BeamWidth = beamWidth;
        _beamSearch = beamWidth > 1 || beamSearchAtWidthOne;
        _clusters = clusters;
        Metadata = metadata;
        _deprelIds = new ushort[model.LabelNames.Length];
        for (int i = 0; i < _deprelIds.Length; i++) _deprelIds[i] = Labels.Deprel.Intern(model.LabelNames[model.BaseOf[i]]);
    }

    /// <summary>The shipped model (<c>models/parser.dyad</c>), loaded once per process on first use.</summary>
    public static Parser Default => Shipped.Value;

    /// <summary>The model's metadata: training data, seed, iterations and measured scores.</summary>
    public JsonObject Metadata { get; }

    /// <inheritdoc />
    public string Name => "parse";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences | Layers.Tags;

    /// <inheritdoc />
    public Layers Writes => Layers.Parse;

    internal ParserModel Model => _model;

    /// <summary>
    /// Partial parses kept while parsing (the model's <c>beam</c> metadata; 1, the greedy parser, for a model without it).
    /// </summary>
    public int BeamWidth { get; }

    /// <summary>The same model decoding with a beam of <paramref name="width"/> (1: greedy), to measure a width it was not trained with.</summary>
    public Parser WithBeam(int width) => width == BeamWidth && !_beamSearch ? this : new Parser(_model, Metadata, _clusters, width);

    /// <summary>The same model always parsing by beam search, even at width 1 (tests check that it then equals the greedy parser).</summary>
    internal Parser WithBeamSearch(int width) => new(_model, Metadata, _clusters, width, beamSearchAtWidthOne: true);

    /// <summary>The beam width a model's metadata records (1 when it records none: models trained greedily).</summary>
    internal static int BeamWidthOf(JsonObject metadata) => metadata["beam"] is JsonValue v && v.TryGetValue(out int k) && k >= 1 ? k : 1;

    /// <summary>The word classes the model was trained with (null: none).</summary>
    public Tagging.WordClusters? Clusters => _clusters;

    /// <inheritdoc />
    public void Process(Document document)
    {
        var ws = GetWorkspace();
        var text = document.Text.AsSpan();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var rec = document.SentenceRecords[s];
            int first = rec.FirstToken, n = rec.TokenCount;
            var input = ws.Input;
            input.Reset(n);
            input.HasClusters = _clusters is not null;
            var tokens = document.Tokens;
            for (int i = 0; i < n; i++)
            {
                ref readonly var t = ref tokens[first + i];
                input.Set(i, text.Slice(t.Start, t.End - t.Start), t.Norm, TagHashes.Upos(t.Upos), TagHashes.Xpos(t.Xpos), _clusters?.Lookup(t.Norm) ?? 0);
            }
            ParseInput(ws);
            for (int i = 0; i < n; i++)
            {
                ref var t = ref document.Annotate(first + i);
                int h = ws.Heads[i];
                t.Head = h < 0 ? -1 : first + h;
                t.Deprel = _deprelIds[ws.Labels[i]];
            }
        }
        document.Layers |= Layers.Parse;
    }

    /// <summary>Parses the sentence in <paramref name="ws"/>'s input into its Heads (0-based, -1 root) and Labels.</summary>
    internal void ParseInput(Workspace ws)
    {
        if (_beamSearch) ParseBeam(ws, BeamWidth);
        else ParseGreedy(ws);
    }

    /// <summary>Parses greedily: the best allowed class at every step.</summary>
    internal void ParseGreedy(Workspace ws)
    {
        var input = ws.Input;
        var state = ws.State;
        int n = input.Count;
        state.Init(n);
        Span<ulong> features = ws.Features;
        Span<float> moveScores = ws.MoveScores;
        Span<float> labelScores = ws.Scores;
        while (!state.Terminal)
        {
            int k = ParserFeatures.Extract(state, input, features, _model);
            var f = features[..k];
            _model.ScoreMoves(f, moveScores);
            int cls = _model.BestClass(moveScores, state);
            int move = _model.ClassMove[cls];
            int label = _model.ClassLabel[cls];
            if (move != ArcHybrid.Shift && label < 0)
            {
                _model.ScoreLabels(f, move, labelScores);
                label = _model.BestOtherLabel(labelScores, move);
            }
            state.Apply(move, label);
        }
        Output(ws, state, n);
    }

    /// <summary>Parses with a beam of <paramref name="width"/> partial parses (see <see cref="Beam"/>); the best complete one wins.</summary>
    internal void ParseBeam(Workspace ws, int width)
    {
        var input = ws.Input;
        var beam = ws.BeamOf(width);
        int n = input.Count;
        beam.Start(n, _model.LabelStride);
        while (!beam.Terminal) beam.Advance(_model, input);
        Output(ws, beam.Best, n);
    }

    private void Output(Workspace ws, ArcHybrid state, int n)
    {
        ws.EnsureSentence(n);
        for (int i = 0; i < n; i++)
        {
            int h = state.Head[i];
            ws.Heads[i] = h == n ? -1 : h;
            ws.Labels[i] = state.Label[i];
        }
        Projectivity.Deprojectivize(ws.Heads.AsSpan(0, n), ws.Labels.AsSpan(0, n), _model.BaseOf, _model.HeadRelationOf, ws.Queue);
    }

    private Workspace GetWorkspace()
    {
        var ws = t_workspace;
        if (ws == null || ws.Stride != _model.LabelStride) t_workspace = ws = new Workspace(_model.LabelStride);
        return ws;
    }

    internal Workspace NewWorkspace() => new(_model.LabelStride);

    /// <summary>
    /// Parses the gold-tokenized sentences and scores heads and relations against the gold trees. With no
    /// <paramref name="tagger"/>, the gold UPOS and XPOS of the file are used; otherwise the tagger stage tags first.
    /// </summary>
    public ParserScores Evaluate(IReadOnlyList<ConlluSentence> gold, IStage? tagger = null)
    {
        // With a tagger, the text is rebuilt as the pipeline would see it (spaces only where the treebank has them).
        var doc = tagger == null ? ToDocument(gold, setGoldTags: true) : ConlluDocuments.Build(gold, withGold: false);
        tagger?.Process(doc);
        Process(doc);
        int words = 0, uas = 0, las = 0, lasFull = 0, i = 0;
        foreach (var sentence in gold)
        {
            int first = i;
            foreach (var w in sentence.Words)
            {
                var t = doc.Tokens[i++];
                int goldHead = w.Head <= 0 ? -1 : first + w.Head - 1;
                words++;
                if (t.Head != goldHead) continue;
                uas++;
                string predicted = Labels.Deprel.Name(t.Deprel);
                if (predicted == w.DepRel) lasFull++;
                if (Universal(predicted).SequenceEqual(Universal(w.DepRel))) las++;
            }
        }
        return new ParserScores(gold.Count, words, Percent(uas, words), Percent(las, words), Percent(lasFull, words));
    }

    private static ReadOnlySpan<char> Universal(string rel)
    {
        int colon = rel.IndexOf(':');
        return colon < 0 ? rel : rel.AsSpan(0, colon);
    }

    private static double Percent(int a, int b) => b == 0 ? 0 : Math.Round(100.0 * a / b, 2);

    /// <summary>A document holding the sentences' words as tokens (joined by spaces), one sentence per CoNLL-U sentence.</summary>
    internal static Document ToDocument(IReadOnlyList<ConlluSentence> sentences, bool setGoldTags)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
            foreach (var w in s.Words) { sb.Append(w.Form); sb.Append(' '); }
        var doc = new Document(new Articles.Article { Text = sb.ToString() });
        int pos = 0;
        foreach (var s in sentences)
        {
            int first = doc.TokenCount;
            foreach (var w in s.Words)
            {
                doc.AddToken(pos, pos + w.Form.Length, TokenFlags.SpaceAfter);
                if (setGoldTags)
                {
                    ref var t = ref doc.Annotate(doc.TokenCount - 1);
                    t.Upos = Labels.Upos.Intern(w.Upos);
                    t.Xpos = Labels.Xpos.Intern(w.Xpos);
                }
                pos += w.Form.Length + 1;
            }
            doc.AddSentence(first, s.Words.Count);
        }
        doc.Layers |= Layers.Tokens | Layers.Sentences | (setGoldTags ? Layers.Tags : Layers.None);
        return doc;
    }

    /// <summary>Trains a parser (see <see cref="ParserTrainingOptions"/>); saves it when an output path is given.</summary>
    public static ParserTrainingResult Train(ParserTrainingOptions options) => ParserTrainer.Run(options);

    /// <summary>Loads a parser model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a parser model of this format version.</exception>
    public static Parser Load(string path)
    {
        var loaded = ModelFile.Load(path, ModelKind, FormatVersion);
        string[] labels;
        bool[] left, right;
        using (var r = loaded.Section("labels"))
        {
            labels = new string[r.ReadInt32()];
            left = new bool[labels.Length];
            right = new bool[labels.Length];
            for (int i = 0; i < labels.Length; i++)
            {
                labels[i] = r.ReadString();
                int dirs = r.ReadByte();
                left[i] = (dirs & 1) != 0;
                right[i] = (dirs & 2) != 0;
            }
        }
        int[] leftSingles, rightSingles;
        using (var r = loaded.Section("classes")) { leftSingles = ReadInts(r); rightSingles = ReadInts(r); }
        int moveBits, labelBits;
        using (var r = loaded.Section("shape")) { moveBits = r.ReadInt32(); labelBits = r.ReadInt32(); }
        var model = new ParserModel(labels, left, right, leftSingles, rightSingles, moveBits, labelBits);
        using (var r = loaded.Section("move_weights")) ReadTable(r, model.MoveWeights, ParserModel.MoveStride, ParserModel.MoveStride, path);
        using (var r = loaded.Section("label_weights")) ReadTable(r, model.LabelWeights, model.LabelStride, labels.Length, path);
        return new Parser(model, loaded.Metadata, Tagging.Tagger.ClustersFor(loaded.Metadata, path), BeamWidthOf(loaded.Metadata));
    }

    /// <summary>Writes the model to <paramref name="path"/> with its metadata.</summary>
    public void Save(string path)
    {
        var m = _model;
        var metadata = (JsonObject)Metadata.DeepClone();
        if (BeamWidth != BeamWidthOf(metadata)) metadata["beam"] = BeamWidth;
        ModelFile.Save(path, ModelKind, FormatVersion, metadata,
        [
            ("labels", w =>
            {
                w.Write(m.LabelNames.Length);
                for (int i = 0; i < m.LabelNames.Length; i++)
                {
                    w.Write(m.LabelNames[i]);
                    w.Write((byte)((m.LabelLeft[i] ? 1 : 0) | (m.LabelRight[i] ? 2 : 0)));
                }
            }),
            ("classes", w => { WriteInts(w, m.LeftSingleLabels); WriteInts(w, m.RightSingleLabels); }),
            ("shape", w => { w.Write(m.MoveBits); w.Write(m.LabelBits); }),
            ("move_weights", w => WriteTable(w, m.MoveWeights, ParserModel.MoveStride, ParserModel.MoveStride)),
            ("label_weights", w => WriteTable(w, m.LabelWeights, m.LabelStride, m.LabelNames.Length)),
        ]);
    }

    private static void WriteInts(BinaryWriter w, int[] values)
    {
        w.Write(values.Length);
        foreach (int v in values) w.Write(v);
    }

    private static int[] ReadInts(BinaryReader r)
    {
        var values = new int[r.ReadInt32()];
        for (int i = 0; i < values.Length; i++) values[i] = r.ReadInt32();
        return values;
    }

    /// <summary>A weight table as (delta-coded cell index, float16) pairs for the cells that pass <see cref="Keep"/>; a cell index counts <paramref name="width"/> cells per row.</summary>
    private static void WriteTable(BinaryWriter w, ReadOnlySpan<float> table, int stride, int width)
    {
        long rows = table.Length / stride;
        w.Write(width);
        long cells = 0;
        for (long row = 0; row < rows; row++)
            for (int c = 0; c < width; c++)
                if (Keep(table[(int)(row * stride + c)])) cells++;
        w.Write(cells);
        long last = 0;
        for (long row = 0; row < rows; row++)
            for (int c = 0; c < width; c++)
            {
                float v = table[(int)(row * stride + c)];
                if (!Keep(v)) continue;
                long index = row * width + c;
                w.Write7BitEncodedInt64(index - last);
                last = index;
                w.Write(BitConverter.HalfToUInt16Bits((Half)v));
            }
    }

    private static void ReadTable(BinaryReader r, Span<float> table, int stride, int width, string path)
    {
        if (r.ReadInt32() != width) throw new InvalidDataException($"{path}: a parser weight table has the wrong width");
        long cells = r.ReadInt64();
        long index = 0;
        for (long i = 0; i < cells; i++)
        {
            index += r.Read7BitEncodedInt64();
            table[(int)(index / width * stride + index % width)] = (float)BitConverter.UInt16BitsToHalf(r.ReadUInt16());
        }
    }

    private static bool Keep(float v) => Math.Abs(v) >= PruneBelow;

    /// <summary>Per-thread scratch space: no allocation per sentence once it has grown.</summary>
    internal sealed class Workspace(int stride)
    {
        public readonly int Stride = stride;
        public readonly ParseInput Input = new();
        public readonly ArcHybrid State = new();
        public readonly ulong[] Features = new ulong[ParserFeatures.Max];
        public readonly float[] Scores = new float[stride];
        public readonly float[] MoveScores = new float[ParserModel.MoveStride];
        public int[] Heads = new int[64];
        public int[] Labels = new int[64];
        public int[] Queue = new int[64];
        private Beam? _beam;

        /// <summary>This thread's beam of <paramref name="width"/> items (made on first use, remade for another width).</summary>
        public Beam BeamOf(int width)
        {
            if (_beam == null || _beam.Width != width) _beam = new Beam(width, Stride);
            return _beam;
        }

        public void EnsureSentence(int n)
        {
            if (Heads.Length >= n) return;
            int size = Math.Max(n, Heads.Length * 2);
            Heads = new int[size]; Labels = new int[size]; Queue = new int[size];
        }
    }
}

/// <summary>Attachment scores of a parse against gold trees (percentages of words, punctuation included).</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Words">Words scored.</param>
/// <param name="Uas">Unlabelled attachment score: words with the right head.</param>
/// <param name="Las">Labelled attachment score as in the CoNLL 2018 shared task: right head and right universal relation (subtypes ignored).</param>
/// <param name="LasFull">Labelled attachment with the full relation, subtype included (<c>nsubj:pass</c> ≠ <c>nsubj</c>).</param>
public sealed record ParserScores(int Sentences, int Words, double Uas, double Las, double LasFull)
{
    /// <summary>The scores as JSON for model metadata.</summary>
    public JsonObject ToJson() => new() { ["sentences"] = Sentences, ["words"] = Words, ["uas"] = Uas, ["las"] = Las, ["las_full"] = LasFull };
}

/// <summary>Hashes of tag names by process-wide tag id, so features do not depend on the order tags were interned.</summary>
internal static class TagHashes
{
    private static ulong[] s_upos = [];
    private static ulong[] s_xpos = [];

    public static ulong Upos(ushort id)
    {
        var a = Volatile.Read(ref s_upos);
        return id < a.Length ? a[id] : Grow(ref s_upos, Labels.Upos, id);
    }

    public static ulong Xpos(ushort id)
    {
        var a = Volatile.Read(ref s_xpos);
        return id < a.Length ? a[id] : Grow(ref s_xpos, Labels.Xpos, id);
    }

    /// <summary>Hash of a tag name as the parser's features use it.</summary>
    public static ulong OfName(string name) => StringHash.Of(name) | 0x10;

    private static ulong Grow(ref ulong[] table, LabelSet set, ushort id)
    {
        int count = Math.Max(set.Count, id + 1);
        var a = new ulong[count];
        for (int i = 0; i < count; i++) a[i] = OfName(i < set.Count ? set.Name(i) : "_");
        Volatile.Write(ref table, a);
        return a[id];
    }
}
