namespace Dyad.Documents.Parsing;

/// <summary>
/// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the artificial root at the end of the
/// buffer (Ballesteros and Nivre 2013), and its dynamic oracle (Goldberg and Nivre 2013). Words are 0..N-1, the root is N.
/// </summary>
/// <remarks>
/// Moves: SHIFT pushes b0; LEFT makes b0 the head of s0 and pops; RIGHT makes s1 the head of s0 and pops. LEFT onto the
/// root is allowed only when s0 is the last word on the stack, so every parse has exactly one root, as UD requires.
/// Arc-hybrid over arc-eager: every arc cost of the dynamic oracle is a count over the stack and buffer with no special
/// cases (arc-eager needs the REDUCE and the "head already assigned" cases), and the root-at-end placement makes the
/// single-root constraint a one-line precondition.
/// </remarks>
internal sealed class ArcHybrid
{
    public const int Shift = 0, Left = 1, Right = 2;

    /// <summary>Cost used for a move that is not allowed.</summary>
    public const int Invalid = int.MaxValue / 4;

    public int N;
    public int[] Stack = new int[64];
    public int Sp;
    public int B;
    public int[] Head = new int[64];
    public int[] Label = new int[64];
    public int[] L1 = new int[64], L2 = new int[64], R1 = new int[64], R2 = new int[64];
    public int[] NL = new int[64], NR = new int[64];
    public ulong[] LSet = new ulong[64], RSet = new ulong[64];

    /// <summary>Starts a sentence of <paramref name="n"/> words.</summary>
    public void Init(int n)
    {
        if (Head.Length < n + 1)
        {
            int size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size]; Head = new int[size]; Label = new int[size];
            L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size];
            NL = new int[size]; NR = new int[size]; LSet = new ulong[size]; RSet = new ulong[size];
        }
        N = n;
        Sp = 0;
        B = 0;
        for (int i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1;
            L1[i] = L2[i] = R1[i] = R2[i] = -1;
            NL[i] = NR[i] = 0;
            LSet[i] = RSet[i] = 0;
        }
    }

    /// <summary>
    /// Makes this state a copy of <paramref name="other"/> (the beam's successor states start from their parent's). Copies
    /// only the N + 1 used cells of each array; grows the arrays (once, for a longer sentence than any before) if needed.
    /// </summary>
    public void CopyFrom(ArcHybrid other)
    {
        int n = other.N;
        if (Head.Length < n + 1)
        {
            int size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size]; Head = new int[size]; Label = new int[size];
            L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size];
            NL = new int[size]; NR = new int[size]; LSet = new ulong[size]; RSet = new ulong[size];
        }
        N = n; Sp = other.Sp; B = other.B;
        int m = n + 1;
        other.Stack.AsSpan(0, other.Sp).CopyTo(Stack);
        other.Head.AsSpan(0, m).CopyTo(Head); other.Label.AsSpan(0, m).CopyTo(Label);
        other.L1.AsSpan(0, m).CopyTo(L1); other.L2.AsSpan(0, m).CopyTo(L2);
        other.R1.AsSpan(0, m).CopyTo(R1); other.R2.AsSpan(0, m).CopyTo(R2);
        other.NL.AsSpan(0, m).CopyTo(NL); other.NR.AsSpan(0, m).CopyTo(NR);
        other.LSet.AsSpan(0, m).CopyTo(LSet); other.RSet.AsSpan(0, m).CopyTo(RSet);
    }

    /// <summary>
    /// The move of the static oracle in a state from which the (projective) gold tree is still reachable: LEFT when s0's
    /// head is b0 and s0 has no dependent left in the buffer, RIGHT when its head is s1 and likewise, SHIFT otherwise.
    /// </summary>
    public int StaticOracle(ReadOnlySpan<int> gold)
    {
        if (Sp > 0)
        {
            int s0 = Stack[Sp - 1];
            bool done = true;
            for (int d = B; d < N; d++) if (gold[d] == s0) { done = false; break; }
            if (done)
            {
                if (gold[s0] == B && CanLeft) return Left;
                if (Sp > 1 && gold[s0] == Stack[Sp - 2]) return Right;
            }
        }
        return Shift;
    }

    public bool Terminal => Sp == 0 && B == N;
    public bool CanShift => B < N;
    public bool CanLeft => Sp > 0 && (B < N || Sp == 1);
    public bool CanRight => Sp >= 2;

    public bool CanApply(int move) => move switch { Shift => CanShift, Left => CanLeft, _ => CanRight };

    /// <summary>Applies a move; <paramref name="label"/> is the parser's label index for LEFT and RIGHT.</summary>
    public void Apply(int move, int label)
    {
        switch (move)
        {
            case Shift:
                Stack[Sp++] = B++;
                break;
            case Left:
                AddArc(B, Stack[--Sp], label);
                break;
            default:
                int d = Stack[--Sp];
                AddArc(Stack[Sp - 1], d, label);
                break;
        }
    }

    private void AddArc(int h, int d, int label)
    {
        Head[d] = h;
        Label[d] = label;
        ulong bit = 1UL << (label & 63);
        if (d < h)
        {
            NL[h]++;
            LSet[h] |= bit;
            if (L1[h] < 0 || d < L1[h]) { L2[h] = L1[h]; L1[h] = d; }
            else if (L2[h] < 0 || d < L2[h]) L2[h] = d;
        }
        else
        {
            NR[h]++;
            RSet[h] |= bit;
            if (R1[h] < 0 || d > R1[h]) { R2[h] = R1[h]; R1[h] = d; }
            else if (R2[h] < 0 || d > R2[h]) R2[h] = d;
        }
    }

    /// <summary>
    /// Dynamic-oracle cost of each move: how many gold arcs (of a projective gold tree, root = N) become unreachable.
    /// Writes <see cref="Invalid"/> for moves that are not allowed.
    /// </summary>
    public void MoveCosts(ReadOnlySpan<int> gold, Span<int> costs)
    {
        int s0 = Sp > 0 ? Stack[Sp - 1] : -1;
        int s1 = Sp > 1 ? Stack[Sp - 2] : -1;
        int b0 = B;
        // Gold dependents of s0 still in the buffer (the root never is one).
        int s0DepsInBuffer = 0;
        if (s0 >= 0)
            for (int d = b0; d < N; d++) if (gold[d] == s0) s0DepsInBuffer++;

        if (CanShift)
        {
            int c = 0;
            int gh = gold[b0];
            for (int k = 0; k < Sp; k++)
            {
                int item = Stack[k];
                if (gold[item] == b0) c++;
                if (gh == item && item != s0) c++;
            }
            costs[Shift] = c;
        }
        else costs[Shift] = Invalid;

        if (CanLeft)
        {
            int gh = gold[s0];
            int c = s0DepsInBuffer;
            if (gh != b0 && (gh == s1 || gh > b0)) c++;
            costs[Left] = c;
        }
        else costs[Left] = Invalid;

        if (CanRight)
        {
            int gh = gold[s0];
            int c = s0DepsInBuffer;
            if (gh >= b0) c++;
            costs[Right] = c;
        }
        else costs[Right] = Invalid;
    }

    /// <summary>Whether the arc a move would add is the gold arc (so its label counts).</summary>
    public bool MakesGoldArc(int move, ReadOnlySpan<int> gold)
    {
        if (move == Shift || Sp == 0) return false;
        int s0 = Stack[Sp - 1];
        return move == Left ? gold[s0] == B : Sp > 1 && gold[s0] == Stack[Sp - 2];
    }
}
