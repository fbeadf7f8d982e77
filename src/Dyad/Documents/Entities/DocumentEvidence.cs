namespace Dyad.Documents.Entities;

/// <summary>
/// What the recogniser has said so far in one document about each word (by norm): the set of entity types its mentions
/// were given (bit 0 for O, 1 + type for PERSON, ORG, LOC) and the class of its latest mention. Read as features of later
/// mentions (<see cref="EntityFeatures.Evidence"/>). Reused across documents: <see cref="Clear"/> keeps the table's
/// storage, so decoding allocates nothing once it has grown.
/// </summary>
internal sealed class DocumentEvidence
{
    /// <summary>Bits of the type set in a record.</summary>
    public const int TypeMask = 0xF;

    /// <summary>Shift of the latest class in a record.</summary>
    public const int LastShift = 4;

    private readonly Dictionary<ulong, int> _seen = new();

    /// <summary>Forgets everything (a new document starts).</summary>
    public void Clear() => _seen.Clear();

    /// <summary>The record of a word, 0 when the document has not mentioned it yet.</summary>
    public int Lookup(ulong norm) => _seen.TryGetValue(norm, out int v) ? v : 0;

    /// <summary>
    /// Records the classes decoded for a sentence's words (only words that begin with a letter: punctuation and numbers
    /// say nothing about names).
    /// </summary>
    public void Record(ReadOnlySpan<ulong> norms, ReadOnlySpan<byte> caps, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (caps[i] == 0) continue;
            int c = labels[i];
            int type = c == 0 ? 0 : 1 + (c - 1) / 4;
            ref int v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen, norms[i], out _);
            v = (v & TypeMask) | (1 << type) | (c << LastShift);
        }
    }

    /// <summary>
    /// Adds the evidence features of a sentence's tokens to its static feature buckets, in place: token i's buckets are
    /// <paramref name="offsets"/>[i]..[i+1] before and after, with up to <see cref="EntityFeatures.MaxEvidence"/> more.
    /// <paramref name="seen"/> is scratch space of at least <paramref name="count"/> slots.
    /// </summary>
    public void Append(Span<int> buckets, Span<int> offsets, ReadOnlySpan<ulong> norms, ReadOnlySpan<byte> caps, int count, int bits,
        Span<int> seen)
    {
        Span<ulong> hashes = stackalloc ulong[EntityFeatures.MaxEvidence];
        // Total added, so that the last token moves farthest; tokens move from the end, never over one not yet moved.
        int added = 0;
        for (int i = 0; i < count; i++)
        {
            seen[i] = Lookup(norms[i]);
            added += EntityFeatures.Evidence(seen[i], caps[i], hashes);
        }
        for (int i = count - 1; i >= 0; i--)
        {
            int n = EntityFeatures.Evidence(seen[i], caps[i], hashes);
            int start = offsets[i], end = offsets[i + 1];
            int newEnd = end + added;
            offsets[i + 1] = newEnd;
            for (int k = 0; k < n; k++) buckets[newEnd - 1 - k] = EntityRecognizer.Bucket(hashes[k], bits);
            added -= n;
            if (added > 0) buckets.Slice(start, end - start).CopyTo(buckets.Slice(start + added, end - start));
        }
    }
}
