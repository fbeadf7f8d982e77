using System.Runtime.CompilerServices;

namespace Dyad.Documents.Tagging;

/// <summary>
/// Trained perceptron weights for tagging: for each hashed feature, the classes it has a weight for. An open-addressing
/// table maps the 64-bit feature key to its row; rows are runs in two flat arrays (class ids, float weights), so
/// scoring a token is a few probes and a scatter-add, with no allocation.
/// </summary>
internal sealed class SparseWeights
{
    private readonly ulong[] _keys;     // 0 = empty slot
    private readonly int[] _rowOfSlot;
    private readonly int _mask;
    private readonly int[] _rowStart;   // row r spans [_rowStart[r], _rowStart[r + 1])
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
        _keys = new ulong[capacity];
        _rowOfSlot = new int[capacity];
        _mask = capacity - 1;
        for (int r = 0; r < rowKeys.Length; r++)
        {
            int slot = (int)(rowKeys[r] & (ulong)_mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = rowKeys[r];
            _rowOfSlot[slot] = r;
        }
    }

    /// <summary>The feature key of each row.</summary>
    public ulong[] RowKeys { get; }

    /// <summary>Number of stored (feature, class) weights.</summary>
    public int EntryCount => _weights.Length;

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong feature, Span<float> scores)
    {
        int slot = (int)(feature & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == feature) break;
            if (k == 0) return;
            slot = (slot + 1) & _mask;
        }
        int r = _rowOfSlot[slot];
        for (int e = _rowStart[r], end = _rowStart[r + 1]; e < end; e++) scores[_classes[e]] += _weights[e];
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
