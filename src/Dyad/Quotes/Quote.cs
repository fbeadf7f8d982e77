namespace Dyad.Quotes;

/// <summary>How a quote gives the speaker's words.</summary>
public enum QuoteKind : byte
{
    /// <summary>Verbatim words between quote marks.</summary>
    Direct,
    /// <summary>Reported speech without quote marks ("X said that ...").</summary>
    Indirect,
    /// <summary>Reported speech that quotes some words verbatim ("X said the plan was “a disaster”").</summary>
    Mixed,
}

/// <summary>
/// One quotation in a document and who said it. Written by <see cref="QuoteExtractor"/> into
/// <see cref="Documents.Document.Quotes"/>, in text order of the content.
/// </summary>
public sealed record Quote
{
    /// <summary>Direct, indirect or mixed.</summary>
    public required QuoteKind Kind { get; init; }

    /// <summary>Start character offset of the content (a direct quote's span includes its quote marks).</summary>
    public required int Start { get; init; }

    /// <summary>End character offset of the content (exclusive).</summary>
    public required int End { get; init; }

    /// <summary>Document index of the first token of the content.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Number of tokens of the content.</summary>
    public required int TokenCount { get; init; }

    /// <summary>Document index of the cue token (the speech verb, or "according" of "according to"); -1 when the
    /// quote has no cue of its own (a quote continuing the previous speaker's words).</summary>
    public int CueToken { get; init; } = -1;

    /// <summary>Document index of the first token of the speaker mention in the text ("she", "White House
    /// spokesperson Karine Jean-Pierre"); -1 when no speaker was found.</summary>
    public int SpeakerFirstToken { get; init; } = -1;

    /// <summary>Number of tokens of the speaker mention; 0 when no speaker was found.</summary>
    public int SpeakerTokenCount { get; init; }

    /// <summary>Document index of the speaker mention's head token; -1 when no speaker was found.</summary>
    public int SpeakerHead { get; init; } = -1;

    /// <summary>The speaker's canonical name: the named mention the speaker resolves to ("Karine Jean-Pierre" for
    /// "she"), else the mention's own words ("a source"); null when no speaker was found.</summary>
    public string? SpeakerName { get; init; }

    /// <summary>Document index of the first token of the named mention the speaker resolved to (the mention itself
    /// when it names the speaker); -1 when it did not resolve to a name.</summary>
    public int NameFirstToken { get; init; } = -1;

    /// <summary>Number of tokens of that named mention; 0 when it did not resolve.</summary>
    public int NameTokenCount { get; init; }

    /// <summary>Index into <see cref="Documents.Document.Actors"/> of the speaker's actor mention; -1 when the actors
    /// stage did not run or no actor mention covers the speaker.</summary>
    public int SpeakerActor { get; init; } = -1;

    /// <summary>The speaker's actor code (<c>USAGOV</c>) when the actor mention has one; else null.</summary>
    public string? SpeakerCode { get; init; }

    /// <summary>True when the quote runs over more than one paragraph (an open quote mark that restarts each
    /// paragraph and closes in the last).</summary>
    public bool SpansParagraphs { get; init; }

    /// <summary>The rule that attributed the speaker, for the evidence: <c>cue-subject</c> (the cue verb's subject),
    /// <c>according-to</c>, <c>dash-name</c> (a name signed after the quote with a dash), <c>next-sentence</c> (a frame cut off after the quote), <c>colon-lead</c> (a sentence ending in
    /// a colon before it), <c>frame-verb</c> (the frame's verb, not a speech verb), <c>cue-form</c> (a speech verb the tagger
    /// misread), <c>continuation</c> (the previous speaker's words go on), <c>same-sentence</c>, <c>none</c>; with
    /// <c>+position</c> when the speaker was read from word order, <c>+coref</c> when a pronoun or surname was resolved.</summary>
    public required string Rule { get; init; }

    /// <summary>Whether a speaker was found.</summary>
    public bool HasSpeaker => SpeakerHead >= 0;
}
