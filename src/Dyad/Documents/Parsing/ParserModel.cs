using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Documents.Parsing;

/// <summary>
/// The parser's classifier, in two steps over the same hashed features. A move table (one 64-byte row of
/// <see cref="MoveStride"/> classes per feature) scores SHIFT, LEFT and RIGHT arcs carrying each of the most frequent
/// relations of that direction, and one LEFT-other and one RIGHT-other class; the best allowed class chooses the
/// transition, and its relation unless it is an "other" class. Then, for an "other" arc only, a label table scores the
/// remaining relations of that direction (the feature is re-hashed with the direction, so LEFT and RIGHT rows differ).
/// The move decision thus sees the common labels, as a joint table does, at one cache line per feature.
/// </summary>
internal sealed class ParserModel
{
    /// <summary>Width of a move row (all classes): 16 floats, one cache line.</summary>
    public const int MoveStride = 16;

    /// <summary>
    /// Relations with their own LEFT class (the most frequent LEFT relations in training). Not tuned: 6 LEFT + 7 RIGHT
    /// singles, the two "other" classes and SHIFT fill one row; with them EWT dev LAS went from 80.53 to 81.32.
    /// </summary>
    public const int LeftSingles = 6;

    /// <summary>Relations with their own RIGHT class; SHIFT + (LeftSingles + 1) + (RightSingles + 1) fill the row.</summary>
    public const int RightSingles = MoveStride - 1 - (LeftSingles + 1) - 1;

    public readonly string[] LabelNames;
    /// <summary>Per label: seen on a LEFT arc in training.</summary>
    public readonly bool[] LabelLeft;
    /// <summary>Per label: seen on a RIGHT arc in training.</summary>
    public readonly bool[] LabelRight;
    /// <summary>Per label: seen on a LEFT arc and without its own LEFT class (the label table chooses among these).</summary>
    public readonly bool[] OtherLeft;
    /// <summary>Per label: seen on a RIGHT arc and without its own RIGHT class.</summary>
    public readonly bool[] OtherRight;
    /// <summary>Per move class: SHIFT, LEFT or RIGHT.</summary>
    public readonly int[] ClassMove = new int[MoveStride];
    /// <summary>Per move class: its label, or -1 for SHIFT and the two "other" classes.</summary>
    public readonly int[] ClassLabel = new int[MoveStride];
    /// <summary>Per label: its LEFT class (a single or LEFT-other).</summary>
    public readonly int[] LeftClassOf;
    /// <summary>Per label: its RIGHT class (a single or RIGHT-other).</summary>
    public readonly int[] RightClassOf;
    /// <summary>The labels of the LEFT single classes, in class order.</summary>
    public readonly int[] LeftSingleLabels;
    /// <summary>The labels of the RIGHT single classes, in class order.</summary>
    public readonly int[] RightSingleLabels;
    /// <summary>First used LEFT class (the LEFT classes are LeftFrom..<see cref="LeftOtherClass"/>).</summary>
    public readonly int LeftFrom;
    /// <summary>First used RIGHT class (the RIGHT classes are RightFrom..<see cref="RightOtherClass"/>).</summary>
    public readonly int RightFrom;
    public readonly int MoveBits;
    public readonly int LabelBits;
    public readonly int LabelStride;
    // The weight tables: a span of each array from an offset. A model that allocates its own tables starts every row on
    // a 64-byte boundary, so a move row is exactly one cache line (a managed array's data is only 8-byte aligned, and a
    // row straddling two lines costs two misses); a model over the caller's arrays (training's raw weights) uses them as they are.
    private readonly float[] _moveArray, _labelArray;
    private readonly int _moveOffset, _labelOffset;
    private readonly int _moveLength, _labelLength;
    /// <summary>Per label index: the base label index (itself unless the label encodes a lifted arc).</summary>
    public readonly int[] BaseOf;
    /// <summary>Per label index: the lost head's relation (a base label index), or -1.</summary>
    public readonly int[] HeadRelationOf;

    /// <summary>Class of SHIFT.</summary>
    public const int ShiftClass = 0;
    /// <summary>Class of a LEFT arc with a label of no single class.</summary>
    public const int LeftOtherClass = 1 + LeftSingles;
    /// <summary>Class of a RIGHT arc with a label of no single class.</summary>
    public const int RightOtherClass = LeftOtherClass + 1 + RightSingles;

    public ParserModel(string[] labelNames, bool[] labelLeft, bool[] labelRight, int[] leftSingleLabels, int[] rightSingleLabels,
        int moveBits, int labelBits, float[]? moveWeights = null, float[]? labelWeights = null)
    {
        if (leftSingleLabels.Length > LeftSingles || rightSingleLabels.Length > RightSingles)
            throw new InvalidDataException($"parser model has {leftSingleLabels.Length}/{rightSingleLabels.Length} single-label classes; this Dyad has room for {LeftSingles}/{RightSingles}");
        LabelNames = labelNames;
        LabelLeft = labelLeft;
        LabelRight = labelRight;
        LeftSingleLabels = leftSingleLabels;
        RightSingleLabels = rightSingleLabels;
        MoveBits = moveBits;
        LabelBits = labelBits;
        // A label row is a whole number of cache lines (and of vectors), so aligned rows stay aligned.
        LabelStride = (labelNames.Length + RowAlignment - 1) / RowAlignment * RowAlignment;
        long moveLength = (1L << moveBits) * MoveStride, labelLength = (1L << labelBits) * LabelStride;
        if (moveLength > Array.MaxLength - RowAlignment || labelLength > Array.MaxLength - RowAlignment)
            throw new InvalidDataException("parser weight tables are larger than an array can hold");
        _moveLength = (int)moveLength;
        _labelLength = (int)labelLength;
        (_moveArray, _moveOffset) = moveWeights is null ? AlignedTable(_moveLength) : (moveWeights, 0);
        (_labelArray, _labelOffset) = labelWeights is null ? AlignedTable(_labelLength) : (labelWeights, 0);
        if (_moveArray.Length - _moveOffset < _moveLength || _labelArray.Length - _labelOffset < _labelLength)
            throw new InvalidDataException("parser weights do not match the model's shape");
        int n = labelNames.Length;
        OtherLeft = (bool[])labelLeft.Clone();
        OtherRight = (bool[])labelRight.Clone();
        LeftClassOf = new int[n];
        RightClassOf = new int[n];
        Array.Fill(LeftClassOf, LeftOtherClass);
        Array.Fill(RightClassOf, RightOtherClass);
        // Single classes sit just before their direction's "other" class; with fewer relations than room, the first
        // classes of a direction stay unused (outside [LeftFrom, LeftOtherClass] and [RightFrom, RightOtherClass]).
        Array.Fill(ClassMove, -1);
        Array.Fill(ClassLabel, -1);
        ClassMove[ShiftClass] = ArcHybrid.Shift;
        LeftFrom = LeftOtherClass - leftSingleLabels.Length;
        RightFrom = RightOtherClass - rightSingleLabels.Length;
        for (int c = 0; c < leftSingleLabels.Length; c++)
        {
            int l = leftSingleLabels[c];
            if ((uint)l >= (uint)n || !labelLeft[l]) throw new InvalidDataException("parser LEFT class names a label never seen on a LEFT arc");
            ClassMove[LeftFrom + c] = ArcHybrid.Left; ClassLabel[LeftFrom + c] = l; LeftClassOf[l] = LeftFrom + c; OtherLeft[l] = false;
        }
        ClassMove[LeftOtherClass] = ArcHybrid.Left;
        for (int c = 0; c < rightSingleLabels.Length; c++)
        {
            int l = rightSingleLabels[c];
            if ((uint)l >= (uint)n || !labelRight[l]) throw new InvalidDataException("parser RIGHT class names a label never seen on a RIGHT arc");
            ClassMove[RightFrom + c] = ArcHybrid.Right; ClassLabel[RightFrom + c] = l; RightClassOf[l] = RightFrom + c; OtherRight[l] = false;
        }
        ClassMove[RightOtherClass] = ArcHybrid.Right;
        if (Array.IndexOf(OtherLeft, true) < 0 || Array.IndexOf(OtherRight, true) < 0)
            throw new InvalidDataException("parser model has no label left for an 'other' class");
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

    /// <summary>Floats per 64-byte cache line: rows of both tables are multiples of it.</summary>
    private const int RowAlignment = 64 / sizeof(float);

    /// <summary>The move table: <see cref="MoveStride"/> floats per row, 2^<see cref="MoveBits"/> rows.</summary>
    public Span<float> MoveWeights => _moveArray.AsSpan(_moveOffset, _moveLength);

    /// <summary>The label table: <see cref="LabelStride"/> floats per row, 2^<see cref="LabelBits"/> rows.</summary>
    public Span<float> LabelWeights => _labelArray.AsSpan(_labelOffset, _labelLength);

    /// <summary>Bytes of weights held in memory.</summary>
    public long WeightBytes => ((long)_moveLength + _labelLength) * sizeof(float);

    /// <summary>A zeroed table of <paramref name="length"/> floats that starts on a 64-byte boundary: a pinned array (it never moves) and the offset of its first aligned float.</summary>
    private static unsafe (float[] Array, int Offset) AlignedTable(int length)
    {
        var array = GC.AllocateArray<float>(length + RowAlignment, pinned: true);
        Models.LargePages.Advise(array);
        nuint address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        int offset = (int)((64 - address % 64) % 64) / sizeof(float);
        return (array, offset);
    }

    /// <summary>Asks the processor to start loading the move row of <paramref name="feature"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void PrefetchMoveRow(ulong feature)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_moveArray), _moveOffset + (nint)((feature >> (64 - MoveBits)) * MoveStride))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MoveRowOf(ulong feature) => (int)(feature >> (64 - MoveBits)) * MoveStride;

    /// <summary>Row of a feature in the label table for an arc of direction <paramref name="move"/> (LEFT or RIGHT).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int LabelRowOf(ulong feature, int move) =>
        (int)(((feature ^ (move == ArcHybrid.Left ? 0x5851F42D4C957F2DUL : 0x14057B7EF767814FUL)) * 0x9E3779B97F4A7C15UL) >> (64 - LabelBits)) * LabelStride;

    /// <summary>Sums the move rows of the features into <paramref name="scores"/> (length <see cref="MoveStride"/>, one score per class).</summary>
    public void ScoreMoves(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        ref float w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_moveArray), _moveOffset);
        Vector128<float> a0 = Vector128<float>.Zero, a1 = a0, a2 = a0, a3 = a0;
        int shift = 64 - MoveBits;
        foreach (ulong f in features)
        {
            ref float row = ref Unsafe.Add(ref w0, (nint)((f >> shift) * MoveStride));
            a0 += Vector128.LoadUnsafe(ref row);
            a1 += Vector128.LoadUnsafe(ref row, 4);
            a2 += Vector128.LoadUnsafe(ref row, 8);
            a3 += Vector128.LoadUnsafe(ref row, 12);
        }
        ref float s0 = ref MemoryMarshal.GetReference(scores[..MoveStride]);
        a0.StoreUnsafe(ref s0);
        a1.StoreUnsafe(ref s0, 4);
        a2.StoreUnsafe(ref s0, 8);
        a3.StoreUnsafe(ref s0, 12);
    }

    /// <summary>Sums the label rows of the features for an arc of direction <paramref name="move"/> into <paramref name="scores"/> (length <see cref="LabelStride"/>).</summary>
    public unsafe void ScoreLabels(ReadOnlySpan<ulong> features, int move, Span<float> scores)
    {
        scores.Clear();
        var acc = MemoryMarshal.Cast<float, Vector<float>>(scores);
        ref float w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_labelArray), _labelOffset);
        int vectors = acc.Length;
        // A label row is several cache lines: start loading all of them before summing, so their misses overlap.
        if (Sse.IsSupported)
            foreach (ulong f in features)
            {
                ref float row = ref Unsafe.Add(ref w0, LabelRowOf(f, move));
                for (int line = 0; line < LabelStride; line += RowAlignment) Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref row, line)));
            }
        foreach (ulong f in features)
        {
            ref float row = ref Unsafe.Add(ref w0, LabelRowOf(f, move));
            for (int v = 0; v < vectors; v++)
                acc[v] += Vector.LoadUnsafe(ref row, (nuint)(v * Vector<float>.Count));
        }
    }

    /// <summary>The highest-scoring class whose move the state allows.</summary>
    public int BestClass(ReadOnlySpan<float> scores, ArcHybrid state)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (state.CanShift) { best = ShiftClass; bestScore = scores[ShiftClass]; }
        if (state.CanLeft)
            for (int c = LeftFrom; c <= LeftOtherClass; c++)
                if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        if (state.CanRight)
            for (int c = RightFrom; c <= RightOtherClass; c++)
                if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        return best;
    }

    /// <summary>The highest-scoring class of move <paramref name="move"/>.</summary>
    public int BestClassOf(ReadOnlySpan<float> scores, int move)
    {
        if (move == ArcHybrid.Shift) return ShiftClass;
        int from = move == ArcHybrid.Left ? LeftFrom : RightFrom, to = move == ArcHybrid.Left ? LeftOtherClass : RightOtherClass;
        int best = from;
        for (int c = from + 1; c <= to; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>The class of an arc of direction <paramref name="move"/> with label <paramref name="label"/>.</summary>
    public int ClassOf(int move, int label) => move == ArcHybrid.Left ? LeftClassOf[label] : RightClassOf[label];

    /// <summary>The highest-scoring label of direction <paramref name="move"/> that has no class of its own.</summary>
    public int BestOtherLabel(ReadOnlySpan<float> scores, int move)
    {
        var allowed = move == ArcHybrid.Left ? OtherLeft : OtherRight;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < allowed.Length; l++)
            if (allowed[l] && (best < 0 || scores[l] > bestScore)) { bestScore = scores[l]; best = l; }
        return best;
    }
}
