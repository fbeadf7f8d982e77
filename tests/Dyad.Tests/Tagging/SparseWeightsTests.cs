using Dyad.Documents.Tagging;

namespace Dyad.Tests.Tagging;

public class SparseWeightsTests
{
    [Fact]
    public void SparseWeights_AddsRowsStoredInsideTheirSlotAndLongRowsInTrainedOrder()
    {
        // Rows of 1, 2 (inside the slot) and 4 entries (a run in the flat array); a class may repeat in a row.
        ulong[] keys = [0x10UL, 0x20UL, 0x30UL];
        int[] start = [0, 1, 3, 7];
        ushort[] classes = [2, 0, 3, 1, 2, 1, 4];
        float[] weights = [0.5f, 1.25f, -2f, 0.1f, 0.2f, 0.3f, -0.7f];
        var table = new SparseWeights(keys, start, classes, weights);
        var scores = new float[5];
        foreach (ulong k in keys) table.Add(k, scores);
        table.Add(0x40UL, scores); // no such feature: adds nothing
        var expected = new float[5];
        for (int e = 0; e < weights.Length; e++) expected[classes[e]] += weights[e];
        Assert.Equal(expected, scores);
        Assert.Equal(7, table.EntryCount);
    }

    [Fact]
    public void SparseWeights_AddsALongRowStoredDenseAsItsEntriesInClassOrder()
    {
        // One row with a weight for 40 of 45 classes (dense), then a short row over the same classes.
        var classes = new List<ushort>();
        var weights = new List<float>();
        for (int c = 0; c < 45; c++)
            if (c % 9 != 4) { classes.Add((ushort)c); weights.Add(0.1f * c - 1.7f); }
        int first = classes.Count;
        classes.AddRange([7, 44]);
        weights.AddRange([3f, -0.5f]);
        var table = new SparseWeights([0x77UL, 0x99UL], [0, first, classes.Count], [.. classes], [.. weights]);
        var scores = new float[45];
        table.Add(0x77UL, scores);
        table.Add(0x99UL, scores);
        var expected = new float[45];
        for (int e = 0; e < classes.Count; e++) expected[classes[e]] += weights[e];
        Assert.Equal(expected, scores);
    }

    [Fact]
    public void SparseWeights_FindsKeysThatCollideOnTheirFirstSlot()
    {
        // 16 slots at least: keys 1, 17 and 33 share their first slot and are found by probing on.
        var table = new SparseWeights([1UL, 17UL, 33UL], [0, 1, 2, 3], [0, 1, 2], [1f, 2f, 3f]);
        var scores = new float[3];
        table.Add(33UL, scores);
        table.Add(17UL, scores);
        Assert.Equal([0f, 2f, 3f], scores);
    }

    [Fact]
    public void SparseWeights_WritesWhatItReadsBack()
    {
        var table = new SparseWeights([5UL, 6UL], [0, 3, 4], [1, 2, 3, 0], [0.25f, -1f, 2f, 4f]);
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) table.Write(w);
        buffer.Position = 0;
        var read = SparseWeights.Read(new BinaryReader(buffer));
        float[] a = new float[4], b = new float[4];
        foreach (ulong k in new[] { 5UL, 6UL }) { table.Add(k, a); read.Add(k, b); }
        Assert.Equal(a, b);
        Assert.Equal([5UL, 6UL], read.RowKeys);
    }
}
