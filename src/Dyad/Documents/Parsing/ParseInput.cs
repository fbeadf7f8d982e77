namespace Dyad.Documents.Parsing;

/// <summary>
/// One sentence as the parser sees it: per word, hashed atoms (normalized form, suffix, shape, UPOS, XPOS), with the
/// artificial root at index <see cref="Count"/>. Buffers grow and are reused; filling does not allocate.
/// </summary>
internal sealed class ParseInput
{
    /// <summary>Atom value of a position outside the sentence.</summary>
    public const ulong None = 1;

    /// <summary>Atom value of the artificial root.</summary>
    public const ulong Root = 2;

    private const int SuffixLength = 3;

    public int Count;
    public ulong[] Word = new ulong[64];
    public ulong[] Suffix = new ulong[64];
    public ulong[] Upos = new ulong[64];
    public ulong[] Xpos = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public ulong[] Cluster0 = new ulong[64], Cluster1 = new ulong[64], Cluster2 = new ulong[64]; // word classes, coarse to fine

    /// <summary>Whether the word-class atoms are filled (the parser was trained with word clusters).</summary>
    public bool HasClusters;

    /// <summary>Prepares for <paramref name="n"/> words (plus the root).</summary>
    public void Reset(int n)
    {
        if (Word.Length < n + 1)
        {
            int size = Math.Max(n + 1, Word.Length * 2);
            Word = new ulong[size]; Suffix = new ulong[size]; Upos = new ulong[size]; Xpos = new ulong[size]; Shape = new ulong[size];
            Cluster0 = new ulong[size]; Cluster1 = new ulong[size]; Cluster2 = new ulong[size];
        }
        Count = n;
        Word[n] = Root; Suffix[n] = Root; Upos[n] = Root; Xpos[n] = Root; Shape[n] = Root;
        Cluster0[n] = Root; Cluster1[n] = Root; Cluster2[n] = Root;
    }

    /// <summary>
    /// Sets word <paramref name="i"/>: its characters, its <see cref="StringHash.OfNorm"/> hash, its tags' name hashes and
    /// its word classes (<see cref="Tagging.WordClusters.Lookup"/>; 0 for none).
    /// </summary>
    public void Set(int i, ReadOnlySpan<char> form, ulong norm, ulong upos, ulong xpos, ulong clusters = 0)
    {
        // Classes shifted past None and Root; a word outside the table gets 3.
        Cluster0[i] = Tagging.WordClusters.Level(clusters, 0) + 3;
        Cluster1[i] = Tagging.WordClusters.Level(clusters, 1) + 3;
        Cluster2[i] = Tagging.WordClusters.Level(clusters, 2) + 3;
        Word[i] = norm;
        Upos[i] = upos;
        Xpos[i] = xpos;
        var tail = form.Length > SuffixLength ? form[^SuffixLength..] : form;
        Suffix[i] = StringHash.OfNorm(tail) ^ ((ulong)Math.Min(form.Length, 8) << 56);
        Shape[i] = ShapeOf(form);
    }

    /// <summary>A coarse word shape: lower, Capitalized, ALLCAPS, with a digit, other; plus whether it has a hyphen.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty) return 10;
        int upper = 0, lower = 0, digit = 0, hyphen = 0;
        foreach (char c in form)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
            else if (char.IsDigit(c)) digit++;
            else if (c == '-') hyphen++;
        }
        ulong shape = digit > 0 ? 14UL
            : upper > 0 && lower == 0 ? 13UL
            : char.IsUpper(form[0]) ? 12UL
            : lower > 0 ? 11UL
            : 15UL;
        return hyphen > 0 ? shape + 16 : shape;
    }
}
