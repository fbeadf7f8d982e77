using System.Runtime.CompilerServices;

namespace Dyad.Documents.Tagging;

/// <summary>Per-token facts computed once per sentence, before the left-to-right pass reads them for each neighbour.</summary>
internal struct TokenContext
{
    public ulong Form;   // exact characters
    public ulong Lower;  // lower-cased, quotes folded (TokenData.Norm)
    public ulong Shape;  // character classes, runs collapsed
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public ulong Prefix1, Prefix2, Prefix3, Prefix4;
    public ulong Ambiguity; // the set of classes the word had in training (0: not in the lexicon)
    public ulong Cluster0, Cluster1, Cluster2; // word classes, coarse to fine (WordClusters; 0: none)
    public int Flags;
    public int Known;    // the word's entry in the model's KnownWords (-1: not known, or the model has none)
}

/// <summary>
/// The tagger's feature templates, hashed to 64-bit keys: no strings are made per token. Shared by training and
/// tagging so both see exactly the same features.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Most features one token can have (the buffer size the callers use).</summary>
    public const int MaxFeatures = 80;

    /// <summary>Longest prefix/suffix used.</summary>
    private const int AffixLength = 4;

    // Flags of a token.
    private const int FlagHyphen = 1, FlagDigit = 2, FlagInitCap = 4, FlagAllCaps = 8, FlagPeriod = 16, FlagSentenceStart = 32,
        FlagNoLetter = 64, FlagLong = 128;

    /// <summary>Words longer than this get <see cref="FlagLong"/>.</summary>
    private const int LongWord = 12;

    // Pseudo-values for the positions before the sentence and after it.
    private const ulong Start = 0x5354415254UL, End = 0x454E44UL, Unknown = 0x554E4BUL;

    /// <summary>The tag value used before the sentence's first word.</summary>
    public const int StartTag = -1;

    /// <summary>
    /// Fills the context of the sentence's tokens: <paramref name="ctx"/>[k] for token first+k. With
    /// <paramref name="knownOwnClass"/>, a word in <paramref name="known"/> is its own word class at every level.
    /// </summary>
    public static void Compute(Document doc, int first, int count, Span<TokenContext> ctx, Dictionary<ulong, ulong>? ambiguity, WordClusters? clusters,
        KnownWords? known = null, bool knownOwnClass = false)
    {
        var tokens = doc.Tokens;
        string text = doc.Text;
        Span<char> shape = stackalloc char[24];
        for (int k = 0; k < count; k++)
        {
            ref readonly var t = ref tokens[first + k];
            var s = text.AsSpan(t.Start, t.End - t.Start);
            ref var c = ref ctx[k];
            c.Form = StringHash.Of(s);
            c.Lower = t.Norm;
            c.Ambiguity = ambiguity is not null && ambiguity.TryGetValue(t.Norm, out ulong a) ? a : Unknown;
            c.Known = known is null ? -1 : known.Find(t.Norm);
            if (clusters is not null && knownOwnClass && c.Known >= 0) c.Cluster0 = c.Cluster1 = c.Cluster2 = t.Norm;
            else if (clusters is not null)
            {
                ulong packed = clusters.Lookup(t.Norm);
                c.Cluster0 = WordClusters.Level(packed, 0);
                c.Cluster1 = WordClusters.Level(packed, 1);
                c.Cluster2 = WordClusters.Level(packed, 2);
            }
            else c.Cluster0 = c.Cluster1 = c.Cluster2 = 0;
            c.Suffix1 = Affix(s, 1, true); c.Suffix2 = Affix(s, 2, true); c.Suffix3 = Affix(s, 3, true); c.Suffix4 = Affix(s, AffixLength, true);
            c.Prefix1 = Affix(s, 1, false); c.Prefix2 = Affix(s, 2, false); c.Prefix3 = Affix(s, 3, false); c.Prefix4 = Affix(s, AffixLength, false);
            int n = 0, flags = k == 0 ? FlagSentenceStart : 0;
            bool anyLetter = false, anyLower = false;
            char last = '\0';
            foreach (char ch in s)
            {
                char cls;
                if (char.IsUpper(ch)) { cls = 'X'; anyLetter = true; }
                else if (char.IsLower(ch)) { cls = 'x'; anyLetter = true; anyLower = true; }
                else if (char.IsDigit(ch)) { cls = 'd'; flags |= FlagDigit; }
                else
                {
                    cls = ch;
                    if (ch == '-') flags |= FlagHyphen;
                    else if (ch == '.') flags |= FlagPeriod;
                }
                if (cls != last && n < shape.Length) shape[n++] = cls;
                last = cls;
            }
            if (s.Length > 0 && char.IsUpper(s[0])) flags |= FlagInitCap;
            if (anyLetter && !anyLower) flags |= FlagAllCaps;
            if (!anyLetter) flags |= FlagNoLetter;
            if (s.Length > LongWord) flags |= FlagLong;
            c.Shape = StringHash.Of(shape[..n]);
            c.Flags = flags;
        }
    }

    private static ulong Affix(ReadOnlySpan<char> s, int length, bool suffix)
    {
        if (s.Length < length) return 0;
        return StringHash.OfNorm(suffix ? s[^length..] : s[..length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27; x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x | 1; // 0 marks an empty slot in the weight table
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F(int template, ulong a) => Mix(a * 0x9E3779B97F4A7C15UL + (ulong)template);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F(int template, ulong a, ulong b) => Mix((a * 0x9E3779B97F4A7C15UL ^ b) * 0xC2B2AE3D27D4EB4FUL + (ulong)template);

    /// <summary>
    /// Writes the features of word <paramref name="i"/> of a sentence of <paramref name="count"/> words, given the
    /// tags chosen for the two words before it and, in the second pass, the first pass's tags of the whole sentence
    /// (<paramref name="firstPass"/>; empty in the first pass); with <paramref name="clusters"/>, the word-class features
    /// too (the contexts' cluster fields must then be filled); returns how many it wrote.
    /// </summary>
    public static int Extract(ReadOnlySpan<TokenContext> ctx, int i, int count, int prev1, int prev2, ReadOnlySpan<int> firstPass, bool clusters, Span<ulong> f)
    {
        ref readonly var w = ref ctx[i];
        ulong p1 = (ulong)(prev1 + 2), p2 = (ulong)(prev2 + 2);
        ulong wm1 = i > 0 ? ctx[i - 1].Lower : Start, wm2 = i > 1 ? ctx[i - 2].Lower : Start;
        ulong wp1 = i + 1 < count ? ctx[i + 1].Lower : End, wp2 = i + 2 < count ? ctx[i + 2].Lower : End;
        ulong sm1 = i > 0 ? ctx[i - 1].Suffix3 : Start, sp1 = i + 1 < count ? ctx[i + 1].Suffix3 : End;
        ulong shm1 = i > 0 ? ctx[i - 1].Shape : Start, shp1 = i + 1 < count ? ctx[i + 1].Shape : End;
        ulong ap1 = i + 1 < count ? ctx[i + 1].Ambiguity : End, ap2 = i + 2 < count ? ctx[i + 2].Ambiguity : End;
        int n = 0;
        f[n++] = F(1, 1);
        f[n++] = F(2, w.Lower);
        f[n++] = F(3, w.Form);
        f[n++] = F(4, w.Suffix1);
        f[n++] = F(5, w.Suffix2);
        f[n++] = F(6, w.Suffix3);
        f[n++] = F(7, w.Suffix4);
        f[n++] = F(8, w.Prefix1);
        f[n++] = F(9, w.Prefix2);
        f[n++] = F(10, w.Prefix3);
        f[n++] = F(11, w.Prefix4);
        f[n++] = F(12, w.Shape);
        for (int b = 0; b < 8; b++)
            if ((w.Flags & (1 << b)) != 0) f[n++] = F(13 + b, 1);
        f[n++] = F(21, p1);
        f[n++] = F(22, p2);
        f[n++] = F(23, p1, p2);
        f[n++] = F(24, p1, w.Lower);
        f[n++] = F(25, wm1);
        f[n++] = F(26, sm1);
        f[n++] = F(27, wm2);
        f[n++] = F(28, wp1);
        f[n++] = F(29, sp1);
        f[n++] = F(30, wp2);
        f[n++] = F(31, wm1, w.Lower);
        f[n++] = F(32, w.Lower, wp1);
        f[n++] = F(33, shm1, w.Shape);
        f[n++] = F(34, w.Shape, shp1);
        f[n++] = F(35, p1, w.Suffix3);
        f[n++] = F(36, p1, wp1);
        f[n++] = F(37, w.Suffix3, wp1);
        f[n++] = F(38, wm1, wp1);
        f[n++] = F(39, w.Ambiguity);
        f[n++] = F(40, ap1);
        f[n++] = F(41, ap2);
        f[n++] = F(42, w.Ambiguity, ap1);
        f[n++] = F(43, p1, ap1);
        f[n++] = F(44, p1, w.Ambiguity);
        f[n++] = F(45, ap1, ap2);
        if (clusters)
        {
            // Word classes: the word's at three granularities, its neighbours', and with the tag before it.
            ulong cm1 = i > 0 ? ctx[i - 1].Cluster1 : Start, cp1 = i + 1 < count ? ctx[i + 1].Cluster1 : End;
            ulong cp2 = i + 2 < count ? ctx[i + 2].Cluster0 : End;
            f[n++] = F(60, w.Cluster0);
            f[n++] = F(61, w.Cluster1);
            f[n++] = F(62, w.Cluster2);
            f[n++] = F(63, cm1);
            f[n++] = F(64, cp1);
            f[n++] = F(65, cp2);
            f[n++] = F(66, p1, w.Cluster1);
            f[n++] = F(67, w.Cluster1, cp1);
            f[n++] = F(68, i + 1 < count ? ctx[i + 1].Cluster2 : End);
            f[n++] = F(69, w.Cluster0, w.Suffix3);
        }
        if (firstPass.IsEmpty) return n;
        ulong r0 = (ulong)(firstPass[i] + 2);
        ulong r1 = i + 1 < count ? (ulong)(firstPass[i + 1] + 2) : 0, r2 = i + 2 < count ? (ulong)(firstPass[i + 2] + 2) : 0;
        f[n++] = F(50, r0);
        f[n++] = F(51, r1);
        f[n++] = F(52, r2);
        f[n++] = F(53, r1, r2);
        f[n++] = F(54, p1, r1);
        f[n++] = F(55, r1, w.Lower);
        f[n++] = F(56, r0, r1);
        f[n++] = F(57, r1, w.Suffix3);
        return n;
    }
}
