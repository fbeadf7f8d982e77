using Dyad.Actors.Knowledge;

namespace Dyad.Actors.Recognition;

/// <summary>
/// Reads actor codes into country and roles, and composes a country with an agent. Both vocabularies come from the
/// knowledge itself: the countries are the first three letters of every code in countries.tsv (ISO 3166 alpha-3,
/// CAMEO's KSV), the roles every three-letter part of an agent code in agents.tsv (GOV, MIL, REB, CVL, IGO, NGO...).
/// </summary>
internal sealed class ActorCodes
{
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roles = new(StringComparer.Ordinal);

    public ActorCodes(ActorKnowledge knowledge)
    {
        foreach (var (_, entries) in knowledge.Phrases)
            foreach (var e in entries)
            {
                if (e.Kind == ActorKind.Country && e.Code.Length >= 3) _countries.Add(e.Code[..3]);
                else if (e.Kind == ActorKind.Agent)
                    foreach (var part in Parts(e.Code.Replace("~", "", StringComparison.Ordinal))) _roles.Add(part);
            }
    }

    /// <summary>True when <paramref name="code"/> is a country code the knowledge knows.</summary>
    public bool IsCountry(string code) => _countries.Contains(code);

    /// <summary>The country of a code (its first three letters when they are a country), or null.</summary>
    public string? CountryOf(string? code) =>
        code is { Length: >= 3 } && _countries.Contains(code[..3]) ? code[..3] : null;

    /// <summary>The role parts of a code, in code order (PSEREBHMS → REB; IGOUNO → IGO; ISRGOVMIL → GOV, MIL).</summary>
    public List<string> RolesOf(string? code)
    {
        var roles = new List<string>();
        if (code is null) return roles;
        bool skipCountry = CountryOf(code) is not null;
        foreach (var part in Parts(code))
        {
            if (skipCountry) { skipCountry = false; continue; }
            if (_roles.Contains(part) && !roles.Contains(part)) roles.Add(part);
        }
        return roles;
    }

    /// <summary>The roles of an agent code (<c>~GOVMIL</c> → GOV, MIL; <c>NGO~</c> → NGO).</summary>
    public static List<string> AgentRoles(string agentCode)
    {
        var roles = new List<string>();
        foreach (var part in Parts(agentCode.Replace("~", "", StringComparison.Ordinal)))
            if (!roles.Contains(part)) roles.Add(part);
        return roles;
    }

    /// <summary>
    /// The code of a country (or a body's code) joined with an agent. The result carries one role: a stacked agent
    /// ("~GOVMIL", a defence minister) gives its first role to the code and the rest to the roles, so "Israeli Defense
    /// Minister" is ISRGOV with roles GOV and MIL — the code an event coder names the actor by. A prefix agent
    /// ("NGO~") goes before the country. A code that already names a body (USAGOV from "White House", PSEREBHMS from
    /// "Hamas", IGOUNO) stays as it is: "White House spokesperson" is USAGOV, "Hamas commanders" PSEREBHMS.
    /// </summary>
    public string Compose(string baseCode, string agentCode)
    {
        if (RolesOf(baseCode).Count > 0 || CountryOf(baseCode) is null) return baseCode;
        var roles = AgentRoles(agentCode);
        if (roles.Count == 0) return baseCode;
        return agentCode.EndsWith('~') ? roles[0] + baseCode : baseCode + roles[0];
    }

    private static IEnumerable<string> Parts(string code)
    {
        for (int i = 0; i + 3 <= code.Length; i += 3) yield return code.Substring(i, 3);
    }
}
