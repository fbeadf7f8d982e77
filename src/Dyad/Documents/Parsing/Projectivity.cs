namespace Dyad.Documents.Parsing;

/// <summary>
/// Pseudo-projective parsing (Nivre and Nilsson 2005, "head" encoding): training trees are made projective by lifting each
/// non-projective arc to the head's head, shortest arcs first; a lifted word's label becomes <c>rel||headrel</c>, naming the
/// relation of the head it lost. After parsing, a word with such a label is moved back under the first word, breadth-first
/// below its current head, that bears <c>headrel</c>.
/// </summary>
internal static class Projectivity
{
    /// <summary>Separator between a relation and the relation of the lost head in an encoded label.</summary>
    public const string Separator = "||";

    /// <summary>Whether the arc into <paramref name="d"/> crosses another arc (some word between head and dependent is not below the head).</summary>
    public static bool IsNonProjective(ReadOnlySpan<int> heads, int d)
    {
        int h = heads[d];
        if (h < 0) return false;
        int lo = Math.Min(h, d), hi = Math.Max(h, d);
        for (int k = lo + 1; k < hi; k++)
            if (!Dominates(heads, h, k)) return true;
        return false;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int h, int k)
    {
        for (int steps = 0; k >= 0 && steps <= heads.Length; steps++)
        {
            k = heads[k];
            if (k == h) return true;
        }
        return false;
    }

    /// <summary>
    /// Lifts non-projective arcs in place (heads are 0-based, -1 for the root). For each lifted word, <paramref name="lostHead"/>
    /// receives the index of its original head (else -1). Returns the number of words lifted.
    /// </summary>
    public static int Projectivize(Span<int> heads, Span<int> lostHead)
    {
        lostHead.Fill(-1);
        int lifted = 0;
        while (true)
        {
            int best = -1, bestSpan = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0) continue;
                int span = Math.Abs(h - d);
                if (span < bestSpan && IsNonProjective(heads, d)) { best = d; bestSpan = span; }
            }
            if (best < 0) return lifted;
            if (lostHead[best] < 0) { lostHead[best] = heads[best]; lifted++; }
            heads[best] = heads[heads[best]];
        }
    }

    /// <summary>
    /// Undoes the lifting after parsing: for each word whose label index has a lost-head relation in
    /// <paramref name="headRelationOf"/> (else -1), reattaches it below the nearest word with that relation, and sets its
    /// label to <paramref name="baseOf"/>. Heads are 0-based with -1 for the root; labels are parser label indexes.
    /// </summary>
    public static void Deprojectivize(Span<int> heads, Span<int> labels, ReadOnlySpan<int> baseOf, ReadOnlySpan<int> headRelationOf, Span<int> queue)
    {
        int n = heads.Length;
        for (int d = 0; d < n; d++)
        {
            int want = headRelationOf[labels[d]];
            if (want < 0) continue;
            labels[d] = baseOf[labels[d]];
            int h = heads[d];
            if (h < 0) continue;
            // Breadth-first below h, skipping d's own subtree.
            int qHead = 0, qTail = 0;
            queue[qTail++] = h;
            int found = -1;
            while (qHead < qTail && found < 0)
            {
                int q = queue[qHead++];
                for (int c = 0; c < n; c++)
                {
                    if (heads[c] != q || c == d) continue;
                    if (baseOf[labels[c]] == want) { found = c; break; }
                    queue[qTail++] = c;
                }
            }
            if (found >= 0) heads[d] = found;
        }
    }
}
