namespace Dyad.Actors;

/// <summary>What an actor mention names.</summary>
public enum MentionKind : byte
{
    /// <summary>A country, its people, capital or seat of government ("Israel", "Israeli", "Washington").</summary>
    Country,
    /// <summary>An international organisation ("the U.N.").</summary>
    Igo,
    /// <summary>A sector or role noun, with or without a country ("Israeli officials", "protesters").</summary>
    Agent,
    /// <summary>A named person ("Benjamin Netanyahu", "Gallant").</summary>
    Person,
    /// <summary>A named non-state group ("Hamas").</summary>
    Group,
    /// <summary>A named organisation not in the knowledge base (from the NER stage).</summary>
    Organization,
    /// <summary>A pronoun or role noun standing for an actor named elsewhere ("she", "the two governments").</summary>
    Reference,
}

/// <summary>
/// One actor mention in a document: a run of tokens, the actor code it resolves to on the article's date, and
/// the evidence for it. Written by the actors stage into <see cref="Documents.Document.Actors"/>, in text order.
/// </summary>
public sealed record ActorMention
{
    /// <summary>Document index of the first token.</summary>
    public required int FirstToken { get; init; }

    /// <summary>Number of tokens (at least 1).</summary>
    public required int TokenCount { get; init; }

    /// <summary>Document index of the mention's syntactic head (the token the parse attaches to the verb); the last
    /// token of the span when there is no parse.</summary>
    public required int HeadToken { get; init; }

    /// <summary>What the mention names.</summary>
    public required MentionKind Kind { get; init; }

    /// <summary>The actor code on the article's date (<c>USAGOV</c>, <c>ISRMIL</c>, <c>IGOUNO</c>, <c>PSEREBHMS</c>);
    /// null when the mention is recognised but could not be resolved (a name the knowledge base does not hold and no
    /// context gives a country).</summary>
    public string? Code { get; init; }

    /// <summary>The ISO 3166 alpha-3 / CAMEO country code the actor belongs to, or null (IGOs, unresolved names).</summary>
    public string? Country { get; init; }

    /// <summary>Role codes after the country (<c>GOV</c>, <c>MIL</c>, <c>REB</c>...), in code order; empty when none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The article-level entity the mention refers to (coreference chain id, from 0); mentions of one
    /// person or body share it. -1 when the mention stands alone.</summary>
    public int Entity { get; init; } = -1;

    /// <summary>The entity's canonical name ("Benjamin Netanyahu" for "Netanyahu", "she" or "the prime minister").</summary>
    public string? Name { get; init; }

    /// <summary>Which rule or knowledge entry produced the code, for the evidence: e.g.
    /// <c>persons.tsv:Benjamin Netanyahu@2022-12-29</c>, <c>compose:country+agent</c>, <c>coref:surname</c>.</summary>
    public required string Rule { get; init; }
}
