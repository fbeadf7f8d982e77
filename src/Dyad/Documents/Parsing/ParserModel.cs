using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dyad.Documents.Parsing;

/// <summary>
/// The parser's classifier, in two steps over the same hashed features: a small move table (SHIFT, LEFT, RIGHT: one
/// 16-byte row per feature) chooses the transition, then, for an arc, a label table scores the relations seen in
/// training for that arc direction (the feature is re-hashed with the direction, so LEFT and RIGHT rows differ). Weights
/// are flat float arrays; a move costs one cache line per feature and a label a few, where a joint SHIFT/LEFT-x/RIGHT-x
/// row of 109 classes cost seven.
/// </summary>
internal sealed class ParserModel
{
    /// <summary>Width of a move row: SHIFT, LEFT, RIGHT and one unused float, so a row is one 128-bit vector.</summary>
    public const int MoveStride = 4;

    public readonly string[] LabelNames;
    /// <summary>Per label: seen on a LEFT arc in training.</summary>
    public readonly bool[] LabelLeft;
    /// <summary>Per label: seen on a RIGHT arc in training.</summary>
    public readonly bool[] LabelRight;
    public readonly int MoveBits;
    public readonly int LabelBits;
    public readonly int LabelStride;
    public readonly float[] MoveWeights;
    public readonly float[] LabelWeights;
    /// <summary>Per label index: the base label index (itself unless the label encodes a lifted arc).</summary>
    public readonly int[] BaseOf;
    /// <summary>Per label index: the lost head's relation (a base label index), or -1.</summary>
    public readonly int[] HeadRelationOf;

    public ParserModel(string[] labelNames, bool[] labelLeft, bool[] labelRight, int moveBits, int labelBits,
        float[]? moveWeights = null, float[]? labelWeights = null)
    {
        LabelNames = labelNames;
        LabelLeft = labelLeft;
        LabelRight = labelRight;
        MoveBits = moveBits;
        LabelBits = labelBits;
        int width = Vector<float>.Count;
        LabelStride = (labelNames.Length + width - 1) / width * width;
        MoveWeights = moveWeights ?? new float[(1L << moveBits) * MoveStride];
        LabelWeights = labelWeights ?? new float[(1L << labelBits) * LabelStride];
        if (MoveWeights.LongLength != (1L << moveBits) * MoveStride || LabelWeights.LongLength != (1L << labelBits) * LabelStride)
            throw new InvalidDataException("parser weights do not match the model's shape");
        BaseOf = new int[labelNames.Length];
        HeadRelationOf = new int[labelNames.Length];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labelNames.Length; i++) index[labelNames[i]] = i;
        for (int i = 0; i < labelNames.Length; i++)
        {
            int sep = labelNames[i].IndexOf(Projectivity.Separator, StringComparison.Ordinal);
            if (sep < 0) { BaseOf[i] = i; HeadRelationOf[i] = -1; continue; }
            BaseOf[i] = index.TryGetValue(labelNames[i][..sep], out var b) ? b : throw new InvalidDataException($"parser label '{labelNames[i]}' has no base label");
            HeadRelationOf[i] = index.TryGetValue(labelNames[i][(sep + Projectivity.Separator.Length)..], out var r) ? r : throw new InvalidDataException($"parser label '{labelNames[i]}' names an unknown head relation");
        }
    }

    /// <summary>Bytes of weights held in memory.</summary>
    public long WeightBytes => (MoveWeights.LongLength + LabelWeights.LongLength) * sizeof(float);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MoveRowOf(ulong feature) => (int)(feature >> (64 - MoveBits)) * MoveStride;

    /// <summary>Row of a feature in the label table for an arc of direction <paramref name="move"/> (LEFT or RIGHT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LabelRowOf(ulong feature, int move) =>
        (int)(((feature ^ (move == ArcHybrid.Left ? 0x5851F42D4C957F2DUL : 0x14057B7EF767814FUL)) * 0x9E3779B97F4A7C15UL) >> (64 - LabelBits)) * LabelStride;

    /// <summary>Sums the move rows of the features into <paramref name="scores"/> (SHIFT, LEFT, RIGHT).</summary>
    public void ScoreMoves(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(MoveWeights);
        var acc = Vector128<float>.Zero;
        int shift = 64 - MoveBits;
        foreach (ulong f in features)
            acc += Vector128.LoadUnsafe(ref Unsafe.Add(ref w0, (nint)((f >> shift) * MoveStride)));
        scores[ArcHybrid.Shift] = acc.GetElement(0);
        scores[ArcHybrid.Left] = acc.GetElement(1);
        scores[ArcHybrid.Right] = acc.GetElement(2);
    }

    /// <summary>Sums the label rows of the features for an arc of direction <paramref name="move"/> into <paramref name="scores"/> (length <see cref="LabelStride"/>).</summary>
    public void ScoreLabels(ReadOnlySpan<ulong> features, int move, Span<float> scores)
    {
        scores.Clear();
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores);
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(LabelWeights);
        int vectors = acc.Length;
        foreach (ulong f in features)
        {
            ref float row = ref Unsafe.Add(ref w0, LabelRowOf(f, move));
            for (int v = 0; v < vectors; v++)
                acc[v] += Vector.LoadUnsafe(ref row, (nuint)(v * Vector<float>.Count));
        }
    }

    /// <summary>The highest-scoring move the state allows.</summary>
    public static int BestMove(ReadOnlySpan<float> scores, ArcHybrid state)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (state.CanShift) { best = ArcHybrid.Shift; bestScore = scores[ArcHybrid.Shift]; }
        if (state.CanLeft && (best < 0 || scores[ArcHybrid.Left] > bestScore)) { best = ArcHybrid.Left; bestScore = scores[ArcHybrid.Left]; }
        if (state.CanRight && (best < 0 || scores[ArcHybrid.Right] > bestScore)) best = ArcHybrid.Right;
        return best;
    }

    /// <summary>The highest-scoring label seen in training on arcs of direction <paramref name="move"/>.</summary>
    public int BestLabel(ReadOnlySpan<float> scores, int move)
    {
        var allowed = move == ArcHybrid.Left ? LabelLeft : LabelRight;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < allowed.Length; l++)
            if (allowed[l] && (best < 0 || scores[l] > bestScore)) { bestScore = scores[l]; best = l; }
        return best;
    }
}
