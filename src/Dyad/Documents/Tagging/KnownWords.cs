namespace Dyad.Documents.Tagging;

/// <summary>
/// The words the training data saw often enough to know their tags: for each (lower-cased form), the set of classes it
/// had there. A known word is never given a class outside its set (its scores are compared over the set only), and, in a
/// model with word classes, stands for itself instead of its class (see <see cref="TaggerFeatures.Compute"/>): word classes
/// are for the words the training data does not know. Sets are bit masks in one flat array.
/// </summary>
internal sealed class KnownWords
{
    private readonly Dictionary<ulong, int> _index;   // lower-cased form hash → entry
    private readonly ulong[] _masks;                   // entry e: _masks[e * _words .. (e + 1) * _words)
    private readonly int _words;

    private KnownWords(Dictionary<ulong, int> index, ulong[] masks, int words)
    {
        _index = index;
        _masks = masks;
        _words = words;
    }

    /// <summary>Known words.</summary>
    public int Count => _index.Count;

    /// <summary>The entry of a word (-1: not known).</summary>
    public int Find(ulong lower) => _index.TryGetValue(lower, out int e) ? e : -1;

    /// <summary>Whether entry <paramref name="entry"/> may take class <paramref name="cls"/>.</summary>
    public bool Allows(int entry, int cls) => (_masks[entry * _words + (cls >> 6)] >> (cls & 63) & 1) != 0;

    /// <summary>
    /// The words seen at least <paramref name="minCount"/> times in <paramref name="counts"/> (lower-cased form → class →
    /// occurrences), each with every class it had.
    /// </summary>
    public static KnownWords Build(Dictionary<ulong, Dictionary<int, int>> counts, int classCount, int minCount)
    {
        int words = (classCount + 63) >> 6;
        var index = new Dictionary<ulong, int>();
        var masks = new List<ulong>();
        foreach (var (form, byClass) in counts)
        {
            int total = 0;
            foreach (var (_, n) in byClass) total += n;
            if (total < minCount) continue;
            index[form] = masks.Count / words;
            int at = masks.Count;
            for (int w = 0; w < words; w++) masks.Add(0);
            foreach (var (c, _) in byClass) masks[at + (c >> 6)] |= 1UL << (c & 63);
        }
        return new KnownWords(index, [.. masks], words);
    }

    /// <summary>Writes the table (entries in a fixed order, so the same model writes the same bytes).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(_words);
        w.Write(_index.Count);
        var entries = new List<(ulong Form, int Entry)>(_index.Count);
        foreach (var (form, e) in _index) entries.Add((form, e));
        entries.Sort((a, b) => a.Entry.CompareTo(b.Entry));
        foreach (var (form, e) in entries)
        {
            w.Write(form);
            for (int k = 0; k < _words; k++) w.Write(_masks[e * _words + k]);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static KnownWords Read(BinaryReader r)
    {
        int words = r.ReadInt32(), n = r.ReadInt32();
        var index = new Dictionary<ulong, int>(n);
        var masks = new ulong[n * words];
        for (int e = 0; e < n; e++)
        {
            index[r.ReadUInt64()] = e;
            for (int k = 0; k < words; k++) masks[e * words + k] = r.ReadUInt64();
        }
        return new KnownWords(index, masks, words);
    }
}
