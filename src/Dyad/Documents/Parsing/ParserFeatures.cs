using System.Runtime.CompilerServices;

namespace Dyad.Documents.Parsing;

/// <summary>
/// Feature templates of the parser, after Zhang and Nivre (2011) adapted to arc-hybrid: words, tags, suffixes and shapes of
/// s0..s2 and b0..b2, their pairs and triples, distance, valency, the two left- and right-most children of s0, s1 and b0 with
/// their labels, and the label sets of s0 and b0. Each feature is a 64-bit hash of (template, values); no allocation.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Upper bound of the number of features of one configuration.</summary>
    public const int Max = 128;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong t, ulong a)
    {
        ulong x = a ^ (t * 0x9E3779B97F4A7C15UL);
        x ^= x >> 31; x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 29; x *= 0x94D049BB133111EBUL;
        return x ^ (x >> 32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong t, ulong a, ulong b) => H(H(t, a) + 0x632BE59BD9B4E019UL, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong H(ulong t, ulong a, ulong b, ulong c) => H(H(H(t, a) + 0x632BE59BD9B4E019UL, b) + 0x632BE59BD9B4E019UL, c);

    private static ulong Dist(int d) => d <= 0 ? 0UL : d <= 4 ? (ulong)d : d <= 7 ? 5UL : d <= 12 ? 6UL : 7UL;

    /// <summary>
    /// Writes the features of the configuration into <paramref name="f"/>; returns how many. With a
    /// <paramref name="model"/>, the move row of each group of features is prefetched as soon as the group is hashed,
    /// so the cache misses of the rows overlap the hashing of the groups after it instead of all waiting at scoring.
    /// </summary>
    public static int Extract(ArcHybrid s, ParseInput x, Span<ulong> f, ParserModel? model = null)
    {
        int n = s.N;
        int s0 = s.Sp > 0 ? s.Stack[s.Sp - 1] : -1;
        int s1 = s.Sp > 1 ? s.Stack[s.Sp - 2] : -1;
        int s2 = s.Sp > 2 ? s.Stack[s.Sp - 3] : -1;
        int b0 = s.B;
        int b1 = b0 + 1 <= n ? b0 + 1 : -1;
        int b2 = b0 + 2 <= n ? b0 + 2 : -1;
        int s0l1 = s0 >= 0 ? s.L1[s0] : -1, s0l2 = s0 >= 0 ? s.L2[s0] : -1;
        int s0r1 = s0 >= 0 ? s.R1[s0] : -1, s0r2 = s0 >= 0 ? s.R2[s0] : -1;
        int s1l1 = s1 >= 0 ? s.L1[s1] : -1, s1r1 = s1 >= 0 ? s.R1[s1] : -1;
        int b0l1 = s.L1[b0], b0l2 = s.L2[b0];

        ulong s0w = W(x, s0), s0t = T(x, s0), s0u = U(x, s0), s0s = S(x, s0);
        ulong s1w = W(x, s1), s1t = T(x, s1), s1u = U(x, s1);
        ulong s2w = W(x, s2), s2t = T(x, s2);
        ulong b0w = x.Word[b0], b0t = x.Xpos[b0], b0u = x.Upos[b0], b0s = x.Suffix[b0], b0h = x.Shape[b0];
        ulong b1w = W(x, b1), b1t = T(x, b1), b1s = S(x, b1);
        ulong b2w = W(x, b2), b2t = T(x, b2);
        ulong s0wt = H(1000, s0w, s0t), s1wt = H(1000, s1w, s1t), b0wt = H(1000, b0w, b0t), b1wt = H(1000, b1w, b1t), b2wt = H(1000, b2w, b2t);
        ulong d0 = s0 >= 0 ? Dist(b0 - s0) : 0;
        ulong d1 = s1 >= 0 ? Dist(s0 - s1) : 0;
        ulong s0vl = s0 >= 0 ? (ulong)s.NL[s0] : 99, s0vr = s0 >= 0 ? (ulong)s.NR[s0] : 99, b0vl = (ulong)s.NL[b0];
        ulong s1vl = s1 >= 0 ? (ulong)s.NL[s1] : 99, s1vr = s1 >= 0 ? (ulong)s.NR[s1] : 99;
        ulong s0ls = s0 >= 0 ? s.LSet[s0] : 99, s0rs = s0 >= 0 ? s.RSet[s0] : 99, b0ls = s.LSet[b0];
        ulong s0l1t = T(x, s0l1), s0r1t = T(x, s0r1), b0l1t = T(x, b0l1), s1r1t = T(x, s1r1);
        ulong s0l1l = L(s, s0l1), s0r1l = L(s, s0r1), b0l1l = L(s, b0l1);

        int k = 0;
        int issued = 0;
        f[k++] = H(1, 0);
        Prefetch(model, f, ref issued, k);
        // Single positions.
        f[k++] = H(2, s0w); f[k++] = H(3, s0t); f[k++] = H(4, s0wt); f[k++] = H(5, s0s); f[k++] = H(6, s0u);
        f[k++] = H(7, s1w); f[k++] = H(8, s1t); f[k++] = H(9, s1wt); f[k++] = H(10, s1u);
        f[k++] = H(11, s2w); f[k++] = H(12, s2t);
        f[k++] = H(13, b0w); f[k++] = H(14, b0t); f[k++] = H(15, b0wt); f[k++] = H(16, b0s); f[k++] = H(17, b0u); f[k++] = H(18, b0h);
        f[k++] = H(19, b1w); f[k++] = H(20, b1t); f[k++] = H(21, b1wt); f[k++] = H(22, b1s);
        f[k++] = H(23, b2w); f[k++] = H(24, b2t); f[k++] = H(25, b2wt);
        f[k++] = H(26, S(x, s1)); f[k++] = H(27, x.Shape[s0 >= 0 ? s0 : n]);
        Prefetch(model, f, ref issued, k);
        // Pairs of s0 and b0.
        f[k++] = H(30, s0wt, b0wt); f[k++] = H(31, s0wt, b0w); f[k++] = H(32, s0w, b0wt); f[k++] = H(33, s0wt, b0t);
        f[k++] = H(34, s0t, b0wt); f[k++] = H(35, s0w, b0w); f[k++] = H(36, s0t, b0t); f[k++] = H(37, b0t, b1t);
        f[k++] = H(38, s0u, b0u); f[k++] = H(39, s0s, b0t); f[k++] = H(40, s0t, b0s); f[k++] = H(41, s0s, b0s);
        Prefetch(model, f, ref issued, k);
        // Pairs of s1 and s0, s1 and b0.
        f[k++] = H(42, s1wt, s0wt); f[k++] = H(43, s1w, s0w); f[k++] = H(44, s1t, s0t); f[k++] = H(45, s1wt, s0t);
        f[k++] = H(46, s1t, s0wt); f[k++] = H(47, s1t, b0t); f[k++] = H(48, s1w, b0w); f[k++] = H(49, s1u, s0u, b0u);
        Prefetch(model, f, ref issued, k);
        // Triples of tags.
        f[k++] = H(50, b0t, b1t, b2t); f[k++] = H(51, s0t, b0t, b1t); f[k++] = H(52, s1t, s0t, b0t); f[k++] = H(53, s2t, s1t, s0t);
        f[k++] = H(54, s0w, b0t, b1t); f[k++] = H(55, s0t, b0w, b1t); f[k++] = H(56, s1t, s0w, b0t); f[k++] = H(57, s1t, s0t, b0w);
        f[k++] = H(58, b0w, b1t, b2t); f[k++] = H(59, b0w, b1w);
        Prefetch(model, f, ref issued, k);
        // Distance.
        f[k++] = H(60, s0w, d0); f[k++] = H(61, s0t, d0); f[k++] = H(62, b0w, d0); f[k++] = H(63, b0t, d0);
        f[k++] = H(64, s0w, b0w, d0); f[k++] = H(65, s0t, b0t, d0); f[k++] = H(66, s1t, s0t, d1); f[k++] = H(67, s1w, s0w, d1);
        f[k++] = H(68, s1t, b0t, d1 * 8 + d0);
        Prefetch(model, f, ref issued, k);
        // Valency.
        f[k++] = H(70, s0w, s0vr); f[k++] = H(71, s0t, s0vr); f[k++] = H(72, s0w, s0vl); f[k++] = H(73, s0t, s0vl);
        f[k++] = H(74, b0w, b0vl); f[k++] = H(75, b0t, b0vl); f[k++] = H(76, s1t, s1vl, s1vr); f[k++] = H(77, s1w, s1vr);
        Prefetch(model, f, ref issued, k);
        // Children.
        f[k++] = H(80, W(x, s0l1)); f[k++] = H(81, s0l1t); f[k++] = H(82, s0l1l);
        f[k++] = H(83, W(x, s0r1)); f[k++] = H(84, s0r1t); f[k++] = H(85, s0r1l);
        f[k++] = H(86, W(x, b0l1)); f[k++] = H(87, b0l1t); f[k++] = H(88, b0l1l);
        f[k++] = H(89, s1r1t); f[k++] = H(90, L(s, s1r1)); f[k++] = H(91, L(s, s1l1)); f[k++] = H(92, T(x, s1l1));
        f[k++] = H(93, W(x, s0l2)); f[k++] = H(94, T(x, s0l2)); f[k++] = H(95, L(s, s0l2));
        f[k++] = H(96, W(x, s0r2)); f[k++] = H(97, T(x, s0r2)); f[k++] = H(98, L(s, s0r2));
        f[k++] = H(99, W(x, b0l2)); f[k++] = H(100, T(x, b0l2)); f[k++] = H(101, L(s, b0l2));
        f[k++] = H(102, s0t, s0l1t, T(x, s0l2)); f[k++] = H(103, s0t, s0r1t, T(x, s0r2)); f[k++] = H(104, b0t, b0l1t, T(x, b0l2));
        f[k++] = H(105, s0t, s0l1t, b0t); f[k++] = H(106, s0t, s0r1t, b0t); f[k++] = H(107, s0t, b0t, b0l1t);
        f[k++] = H(108, s1t, s0t, s0l1t); f[k++] = H(109, s1t, s0t, s0r1t); f[k++] = H(110, s1t, s1r1t, s0t);
        f[k++] = H(111, s0w, s0r1l, b0t); f[k++] = H(112, s0t, s0l1l, s0r1l); f[k++] = H(113, b0w, b0l1l);
        Prefetch(model, f, ref issued, k);
        // Label sets.
        f[k++] = H(120, s0w, s0rs); f[k++] = H(121, s0t, s0rs); f[k++] = H(122, s0w, s0ls); f[k++] = H(123, s0t, s0ls);
        f[k++] = H(124, b0w, b0ls); f[k++] = H(125, b0t, b0ls);
        Prefetch(model, f, ref issued, k);
        if (x.HasClusters)
        {
            // Word classes (Koo, Carreras and Collins 2008): of s0, s1, b0, b1 alone and in pairs with the other's tag.
            ulong s0c0 = C0(x, s0), s0c1 = C1(x, s0), b0c0 = x.Cluster0[b0], b0c1 = x.Cluster1[b0];
            ulong s1c1 = C1(x, s1), b1c1 = C1(x, b1);
            f[k++] = H(130, s0c1); f[k++] = H(131, b0c1); f[k++] = H(132, b1c1); f[k++] = H(133, s1c1);
            f[k++] = H(134, s0 >= 0 ? x.Cluster2[s0] : ParseInput.None); f[k++] = H(135, x.Cluster2[b0]);
            f[k++] = H(136, s0c0, b0c0); f[k++] = H(137, s0c1, b0t); f[k++] = H(138, s0t, b0c1);
            f[k++] = H(139, s0c0, b0c0, b1 >= 0 ? x.Cluster0[b1] : ParseInput.None); f[k++] = H(140, C0(x, s1), s0c0, b0t);
            Prefetch(model, f, ref issued, k);
        }
        return k;
    }

    /// <summary>Prefetches the move rows of features [<paramref name="issued"/>, <paramref name="k"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Prefetch(ParserModel? model, ReadOnlySpan<ulong> f, ref int issued, int k)
    {
        if (model is null) return;
        for (; issued < k; issued++) model.PrefetchMoveRow(f[issued]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong W(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Word[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong T(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Xpos[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong U(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Upos[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong S(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Suffix[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C0(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Cluster0[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong C1(ParseInput x, int i) => i < 0 ? ParseInput.None : x.Cluster1[i];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong L(ArcHybrid s, int i) => i < 0 ? ParseInput.None : (ulong)(s.Label[i] + 3);
}
