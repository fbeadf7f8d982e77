using Dyad.Actors.Knowledge;

namespace Dyad.Actors.Recognition;

/// <summary>An actor mention while the stage is still building it: spans grow as titles and countries join, drafts
/// are dropped when merged into another, and coreference links a draft to its antecedent. Becomes an
/// <see cref="ActorMention"/> at the end.</summary>
internal sealed class Draft
{
    /// <summary>First token of the span.</summary>
    public int First;
    /// <summary>Tokens in the span.</summary>
    public int Count;
    /// <summary>What the mention names.</summary>
    public MentionKind Kind;
    /// <summary>Resolved actor code, or null.</summary>
    public string? Code;
    /// <summary>Country of the code or of the context.</summary>
    public string? Country;
    /// <summary>Role codes, in code order.</summary>
    public List<string> Roles = [];
    /// <summary>The evidence.</summary>
    public string Rule = "";
    /// <summary>The knowledge phrase matched, if any.</summary>
    public TriePhrase? Phrase;
    /// <summary>The knowledge entry in force, if any.</summary>
    public ActorEntry? Entry;
    /// <summary>For an agent: its agent code (<c>~GOV</c>); null otherwise.</summary>
    public string? AgentCode;
    /// <summary>The agent phrase key of a title or role noun ("defense minister"), for role-noun coreference.</summary>
    public string? TitleKey;
    /// <summary>First token of the name inside the span (persons, organisations), or -1.</summary>
    public int NameFirst = -1;
    /// <summary>Tokens of the name.</summary>
    public int NameCount;
    /// <summary>The full name of a person found by surname alone ("Vladimir Putin" for "Putin"), or null.</summary>
    public string? FullName;
    /// <summary><see cref="FullName"/> is the person who held the office the title before the surname names
    /// ("President Bush" in 2016: George W. Bush); coreference links the surname only to that full name.</summary>
    public bool ByOffice;
    /// <summary>A title of an organisation that is not the state ("union president"): its roles are the organisation's.</summary>
    public bool OrganisationTitle;
    /// <summary>The mention names more than one (a plural noun).</summary>
    public bool Plural;
    /// <summary>Merged into another draft: not emitted.</summary>
    public bool Removed;
    /// <summary>The mention this one refers back to (coreference), or null.</summary>
    public Draft? Antecedent;
    /// <summary>Entity id, set last.</summary>
    public int Entity = -1;
    /// <summary>Entity name, set last.</summary>
    public string? Name;

    /// <summary>One past the last token.</summary>
    public int End => First + Count;

    /// <summary>The draft at the start of the antecedent chain.</summary>
    public Draft Root
    {
        get
        {
            var d = this;
            for (int guard = 0; d.Antecedent is { } a && guard < 64; guard++) d = a;
            return d;
        }
    }

    /// <summary>Takes code, country and roles from another draft.</summary>
    public void CopyCode(Draft from)
    {
        Code = from.Code;
        Country = from.Country;
        Roles = [.. from.Roles];
    }
}
