using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dyad.Documents.Tagging;

/// <summary>
/// Trained perceptron weights for tagging: for each hashed feature, the classes it has a weight for. An open-addressing
/// table of 32-byte slots maps the 64-bit feature key to its row; a row of one or two entries (about 70 % of the rows
/// of the shipped model) sits inside its slot, a longer one is a run of (class, weight) pairs in one flat array, and the
/// few very long ones (features such as the previous tag, met at nearly every word) are dense rows added with vector
/// instructions. Scoring
/// a feature thus costs one cache miss for most rows (the slot) and two for the rest, where the former layout of five
/// parallel arrays chained four dependent misses; no allocation. The rows as trained (<see cref="RowKeys"/> and the
/// flat arrays) are kept for <see cref="Write"/>.
/// </summary>
internal sealed class SparseWeights
{
    /// <summary>Rows of at most this many entries are stored inside their slot.</summary>
    private const int InlineEntries = 2;

    private readonly Slot[] _slots;     // Key 0 = empty slot
    private readonly int _mask;
    /// <summary>
    /// Rows with at least this many entries are stored dense (a weight for every class, zeros included) and added with
    /// vector instructions: adding zero leaves a score unchanged, so the sums are the same. Chosen by timing the tag
    /// harness over the 50 LinguisticBenchmarks articles (alternating runs, CPU time): 24 about as fast as 12, both ~1.35x
    /// faster tagging than no dense rows.
    /// </summary>
    private const int DenseEntries = 24;

    private readonly Entry[] _entries;  // rows longer than InlineEntries and shorter than DenseEntries, in row order
    private readonly float[] _dense;    // dense rows, _width floats each
    private readonly int _width;        // classes of a dense row: the highest class + 1
    private readonly int[] _rowStart;   // row r spans [_rowStart[r], _rowStart[r + 1]) of _classes and _weights
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    /// <summary>Builds the table from rows of (feature key, entries).</summary>
    public SparseWeights(ulong[] rowKeys, int[] rowStart, ushort[] classes, float[] weights)
    {
        RowKeys = rowKeys;
        _rowStart = rowStart;
        _classes = classes;
        _weights = weights;
        int capacity = 16;
        while (capacity < rowKeys.Length * 2) capacity <<= 1;
        // Pinned, so that Prefetch may take the address of a slot without fixing the array.
        _slots = GC.AllocateArray<Slot>(capacity, pinned: true);
        Models.LargePages.Advise(_slots);
        _mask = capacity - 1;
        int external = 0, denseRows = 0;
        for (int r = 0; r < rowKeys.Length; r++)
        {
            int n = rowStart[r + 1] - rowStart[r];
            if (n >= DenseEntries) denseRows++;
            else if (n > InlineEntries) external += n;
        }
        foreach (ushort c in classes) _width = Math.Max(_width, c + 1);
        _entries = new Entry[external];
        _dense = new float[denseRows * _width];
        int next = 0, nextDense = 0;
        for (int r = 0; r < rowKeys.Length; r++)
        {
            int slot = (int)(rowKeys[r] & (ulong)_mask);
            while (_slots[slot].Key != 0) slot = (slot + 1) & _mask;
            ref var s = ref _slots[slot];
            s.Key = rowKeys[r];
            int from = rowStart[r], count = rowStart[r + 1] - from;
            s.Count = count;
            if (count <= InlineEntries)
            {
                if (count > 0) { s.Class0 = classes[from]; s.Weight0 = weights[from]; }
                if (count > 1) { s.Class1 = classes[from + 1]; s.Weight1 = weights[from + 1]; }
                continue;
            }
            if (count >= DenseEntries)
            {
                // A class occurs once in a row, so the dense row holds exactly the row's weights.
                s.Count = DenseRow;
                s.Start = nextDense;
                for (int e = from; e < from + count; e++) _dense[nextDense + classes[e]] += weights[e];
                nextDense += _width;
                continue;
            }
            s.Start = next;
            for (int e = from; e < from + count; e++) _entries[next++] = new Entry { Class = classes[e], Weight = weights[e] };
        }
    }

    /// <summary>The feature key of each row.</summary>
    public ulong[] RowKeys { get; }

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int EntryCount => _weights.Length;

    /// <summary>Asks the processor to start loading the slot where <paramref name="feature"/>'s probe starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong feature)
    {
        if (Sse.IsSupported)
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (nint)(feature & (ulong)_mask))));
    }

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/> (entries in row order, as trained).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong feature, Span<float> scores)
    {
        ref Slot slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        nint slot = (nint)(feature & (ulong)_mask);
        while (true)
        {
            ulong k = Unsafe.Add(ref slots, slot).Key;
            if (k == feature) break;
            if (k == 0) return;
            slot = (slot + 1) & _mask;
        }
        ref readonly Slot s = ref Unsafe.Add(ref slots, slot);
        int count = s.Count;
        if ((uint)count <= InlineEntries) // a dense row's count (-1) is not
        {
            if (count > 0) scores[s.Class0] += s.Weight0;
            if (count > 1) scores[s.Class1] += s.Weight1;
            return;
        }
        if (count == DenseRow)
        {
            AddDense(_dense.AsSpan(s.Start, _width), scores);
            return;
        }
        foreach (ref readonly Entry e in _entries.AsSpan(s.Start, count)) scores[e.Class] += e.Weight;
    }

    /// <summary>Slot count of a dense row.</summary>
    private const int DenseRow = -1;

    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        var target = scores[..row.Length];
        int c = 0;
        ref float w = ref MemoryMarshal.GetReference(row);
        ref float t = ref MemoryMarshal.GetReference(target);
        for (; c <= row.Length - Vector128<float>.Count; c += Vector128<float>.Count)
            (Vector128.LoadUnsafe(ref t, (nuint)c) + Vector128.LoadUnsafe(ref w, (nuint)c)).StoreUnsafe(ref t, (nuint)c);
        for (; c < row.Length; c++) target[c] += row[c];
    }

    /// <summary>One slot of the table: the feature key and its row, inline when short. 32 bytes, two to a cache line.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Key;
        public int Count;
        public int Start;   // in _entries, when Count > InlineEntries
        public int Class0, Class1;
        public float Weight0, Weight1;
    }

    /// <summary>One (class, weight) entry of a long row.</summary>
    private struct Entry
    {
        public int Class;
        public float Weight;
    }

    /// <summary>Writes the rows: count, keys, row starts, classes, weights (float32).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(RowKeys.Length);
        w.Write(_weights.Length);
        foreach (var k in RowKeys) w.Write(k);
        for (int r = 0; r < RowKeys.Length; r++) w.Write((ushort)(_rowStart[r + 1] - _rowStart[r]));
        foreach (var c in _classes) w.Write((byte)c);
        foreach (var x in _weights) w.Write(x);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static SparseWeights Read(BinaryReader r)
    {
        int rows = r.ReadInt32(), entries = r.ReadInt32();
        var keys = new ulong[rows];
        for (int i = 0; i < rows; i++) keys[i] = r.ReadUInt64();
        var start = new int[rows + 1];
        for (int i = 0; i < rows; i++) start[i + 1] = start[i] + r.ReadUInt16();
        if (start[rows] != entries) throw new InvalidDataException("tagger model: weight rows do not add up to the entry count");
        var classes = new ushort[entries];
        for (int i = 0; i < entries; i++) classes[i] = r.ReadByte();
        var weights = new float[entries];
        for (int i = 0; i < entries; i++) weights[i] = r.ReadSingle();
        return new SparseWeights(keys, start, classes, weights);
    }
}
