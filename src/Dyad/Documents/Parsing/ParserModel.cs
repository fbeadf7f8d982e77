using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Documents.Parsing;

/// <summary>
/// The parser's classifier: a linear model over hashed features. Classes are SHIFT and, for each label seen in that
/// direction in training, LEFT-label and RIGHT-label, so the transition and its label are chosen jointly. Weights are one flat
/// float array of 2^bits rows, one row (padded to the SIMD width) per hashed feature.
/// </summary>
internal sealed class ParserModel
{
    public readonly string[] LabelNames;
    public readonly int[] ClassMove;
    public readonly int[] ClassLabel;
    public readonly int Bits;
    public readonly int Stride;
    public readonly float[] Weights;
    /// <summary>Per label index: the base label index (itself unless the label encodes a lifted arc).</summary>
    public readonly int[] BaseOf;
    /// <summary>Per label index: the lost head's relation (a base label index), or -1.</summary>
    public readonly int[] HeadRelationOf;

    public ParserModel(string[] labelNames, int[] classMove, int[] classLabel, int bits, float[]? weights = null)
    {
        LabelNames = labelNames;
        ClassMove = classMove;
        ClassLabel = classLabel;
        Bits = bits;
        int width = Vector<float>.Count;
        Stride = (classMove.Length + width - 1) / width * width;
        Weights = weights ?? new float[(1L << bits) * Stride];
        if (Weights.LongLength != (1L << bits) * Stride) throw new InvalidDataException("parser weights do not match the model's shape");
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

    public int ClassCount => ClassMove.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int RowOf(ulong feature) => (int)(feature >> (64 - Bits)) * Stride;

    /// <summary>Sums the rows of the features into <paramref name="scores"/> (length <see cref="Stride"/>).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores);
        ref float w0 = ref MemoryMarshal.GetArrayDataReference(Weights);
        int vectors = acc.Length;
        foreach (ulong f in features)
        {
            int row = RowOf(f);
            var rowVectors = MemoryMarshal.Cast<float, Vector<float>>(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref w0, row), Stride));
            for (int v = 0; v < vectors; v++) acc[v] += rowVectors[v];
        }
    }

    /// <summary>The highest-scoring class whose move the state allows.</summary>
    public int BestValid(ReadOnlySpan<float> scores, ArcHybrid state)
    {
        bool sh = state.CanShift, le = state.CanLeft, ri = state.CanRight;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < ClassMove.Length; c++)
        {
            int m = ClassMove[c];
            bool ok = m == ArcHybrid.Shift ? sh : m == ArcHybrid.Left ? le : ri;
            if (ok && scores[c] > bestScore) { bestScore = scores[c]; best = c; }
        }
        return best;
    }
}
