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

/// <summary>
/// How each word is written across a whole document, known before any sentence is decoded (label-free document
/// evidence): capitalised inside a sentence, in lower case, alone or as the first or last word of a run of capitalised
/// words. A sentence-initial "Kerry" of a document that elsewhere writes "John Kerry" learns from the run; a "Bay" seen
/// once in lower case is less likely a name. Reused across documents (<see cref="Build"/> clears the table).
/// </summary>
internal sealed class DocumentCasing
{
    /// <summary>Bits of a word's record.</summary>
    public const int CapInside = 1, Lower = 2, RunFirst = 4, RunLast = 8, Alone = 16;

    private readonly Dictionary<ulong, int> _seen = new();

    /// <summary>Reads the document's words (sentence by sentence) into the table.</summary>
    public void Build(Document doc)
    {
        _seen.Clear();
        var tokens = doc.Tokens;
        string text = doc.Text;
        foreach (var sr in doc.SentenceRecords)
        {
            int end = sr.FirstToken + sr.TokenCount;
            for (int i = sr.FirstToken; i < end; i++)
            {
                byte caps = EntityFeatures.Caps(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start));
                if (caps == 0) continue;
                int bits;
                if (caps == 2) bits = Lower;
                else if (i == sr.FirstToken) continue; // a sentence's first word is capitalised whatever it is
                else
                {
                    bool before = IsCap(text, tokens[i - 1]), after = i + 1 < end && IsCap(text, tokens[i + 1]);
                    bits = CapInside | (!before && !after ? Alone : 0) | (!before && after ? RunFirst : 0) | (before && !after ? RunLast : 0);
                }
                ref int v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_seen, tokens[i].Norm, out _);
                v |= bits;
            }
        }
    }

    private static bool IsCap(string text, in TokenData t) => t.End > t.Start && char.IsUpper(text[t.Start]);

    /// <summary>The record of a word (0 when it is never written with a letter first, or only first in a sentence).</summary>
    public int Lookup(ulong norm) => _seen.TryGetValue(norm, out int v) ? v : 0;
}
