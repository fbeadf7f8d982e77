namespace Dyad.Events;

/// <summary>How a coded event is asserted by the text.</summary>
public enum EventModality : byte
{
    /// <summary>The text states the event as a fact.</summary>
    Asserted,
    /// <summary>The text says the event did not happen ("did not meet").</summary>
    Negated,
    /// <summary>The event is planned or expected ("will visit", "is expected to", "plans to attack").</summary>
    Future,
    /// <summary>The event is a possibility or a condition ("could target", "if they attack").</summary>
    Hypothetical,
    /// <summary>The event is asserted by someone the article quotes ("X said that Y attacked Z").</summary>
    Reported,
}

/// <summary>
/// One event the text asserts (or reports, plans, denies): who did what to whom, the CAMEO code, and the evidence —
/// the sentence, the trigger words and the lexicon rule that fired. Written by <see cref="EventCoder"/> into
/// <see cref="Documents.Document.Events"/>, in text order.
/// </summary>
public sealed record CodedEvent
{
    /// <summary>Index of the sentence that holds the trigger.</summary>
    public required int Sentence { get; init; }

    /// <summary>Index of the source actor in <see cref="Documents.Document.Actors"/>; -1 when the text names none.</summary>
    public required int Source { get; init; }

    /// <summary>Index of the target actor in <see cref="Documents.Document.Actors"/>; -1 when the text names none.</summary>
    public required int Target { get; init; }

    /// <summary>The CAMEO code with its leading zero (<c>036</c>, <c>190</c>, <c>0871</c>).</summary>
    public required string Cameo { get; init; }

    /// <summary>How the text asserts the event.</summary>
    public required EventModality Modality { get; init; }

    /// <summary>Index in <see cref="Documents.Document.Actors"/> of the actor who reports the event (the subject of
    /// the speech verb whose clause holds it); -1 when none.</summary>
    public int ReportedBy { get; init; } = -1;

    /// <summary>Document index of the first trigger token.</summary>
    public required int TriggerFirst { get; init; }

    /// <summary>Document index of the last trigger token (the trigger may have gaps: "sought ... reschedule").</summary>
    public required int TriggerLast { get; init; }

    /// <summary>Character offset where the trigger starts in <see cref="Documents.Document.Text"/>.</summary>
    public required int TriggerStart { get; init; }

    /// <summary>Character offset where the trigger ends (exclusive).</summary>
    public required int TriggerEnd { get; init; }

    /// <summary>The lexicon rule ids that fired, joined by <c>+</c> (<c>c:seek+v:reschedule-meeting</c>); a suffix
    /// <c>+antecedent</c> says the target came from an earlier event of the article.</summary>
    public required string Rule { get; init; }

    /// <summary>How much the coder trusts the event, 0–1 (see <see cref="EventMatcher"/>'s named weights).</summary>
    public required double Confidence { get; init; }

    /// <summary>How many times the article reports this event (same source, target, code, trigger lemma and
    /// modality); the record keeps the first mention's evidence.</summary>
    public int Mentions { get; init; } = 1;

    /// <summary>The day of the event: a date expression in its sentence, else the article's reference date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where <see cref="Date"/> came from: <c>text</c>, <c>published</c>, <c>given</c>; null with no date.</summary>
    public string? DateSource { get; init; }

    /// <summary>Index into <see cref="Documents.Document.Places"/> of where the event happened, or -1: a resolved place
    /// the parse attaches to a trigger word with a locative preposition ("met in Cairo"), not part of the source or
    /// target mention.</summary>
    public int Location { get; init; } = -1;

    /// <summary>The lemma id of the token that carries the code (the complement verb of a chain, the nominal), used
    /// to tell a restated event from a different one.</summary>
    internal int TriggerLemma { get; init; }

    /// <summary>Document index of the token the parse gives as the source argument (the subject, the possessor, the
    /// "by" agent), -1 when none; it heads the actor mention or the phrase holding it.</summary>
    internal int SourceToken { get; init; } = -1;

    /// <summary>Document index of the token the parse gives as the target argument, -1 when none.</summary>
    internal int TargetToken { get; init; } = -1;

    /// <summary>Arcs from the token that governs the event (a chain verb, a light verb, the verb itself) up to the
    /// sentence root: 0 for the main clause. The sentence-class evaluation prefers the main clause's event.</summary>
    internal int Depth { get; init; }
}
