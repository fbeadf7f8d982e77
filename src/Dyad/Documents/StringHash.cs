using System.Runtime.CompilerServices;

namespace Dyad.Documents;

/// <summary>
/// Strings become 64-bit integers once: FNV-1a over UTF-16 code units. The hash is stable across runs and
/// machines, so models can store it, and computing it needs no table lookup and no allocation.
/// </summary>
public static class StringHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Hash of the characters as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) { h ^= c; h *= Prime; }
        return h;
    }

    /// <summary>Hash of the characters lower-cased (invariant) with curly quotes and apostrophes folded to plain ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfNorm(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) { h ^= TextChars.Fold(c); h *= Prime; }
        return h;
    }
}
