namespace Dyad.Ontology;

/// <summary>The PLOVER reading of one CAMEO code.</summary>
/// <param name="CameoCode">The CAMEO code.</param>
/// <param name="EventType">The PLOVER event type (AGREE, CONSULT, … ASSAULT).</param>
/// <param name="Mode">The PLOVER mode when the mapping gives one (<c>visit</c>, <c>demo</c>), else null.</param>
/// <param name="Context">The PLOVER context(s) when given (<c>military</c>, <c>legal;military</c>), else null.</param>
public sealed record PloverMapping(string CameoCode, string EventType, string? Mode, string? Context);

/// <summary>The PLOVER event types and the CAMEO→PLOVER mapping, read from <c>knowledge/plover.tsv</c>.</summary>
public sealed class PloverMap
{
    /// <summary>The sixteen PLOVER event types in the standard's order.</summary>
    public static IReadOnlyList<string> EventTypes { get; } =
        ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

    private readonly Dictionary<string, PloverMapping> _byCode;
    private readonly Dictionary<string, List<string>> _rootTypes;

    /// <summary>The mappings of three- and four-digit codes, in file order.</summary>
    public IReadOnlyList<PloverMapping> All { get; }

    private PloverMap(List<PloverMapping> all, Dictionary<string, List<string>> rootTypes)
    {
        All = all;
        _rootTypes = rootTypes;
        _byCode = new Dictionary<string, PloverMapping>(StringComparer.Ordinal);
        foreach (var m in all) _byCode[m.CameoCode] = m;
    }

    /// <summary>Reads the file written by the knowledge builder (columns: cameo, event, mode, context; roots have
    /// an empty mode and the context <c>root</c>).</summary>
    public static PloverMap Read(TextReader reader)
    {
        var all = new List<PloverMapping>();
        var roots = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var f in KnowledgeFiles.Rows(reader, "plover.tsv", 4))
        {
            if (f[0].Length == 2)
            {
                if (!roots.TryGetValue(f[0], out var list)) roots[f[0]] = list = [];
                list.Add(f[1]);
                continue;
            }
            all.Add(new PloverMapping(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3]));
        }
        return new PloverMap(all, roots);
    }

    /// <summary>The PLOVER reading of a three- or four-digit CAMEO code, or null when the mapping has none
    /// (PLOVER drops CAMEO's 01 statements and 02 appeals).</summary>
    public PloverMapping? ForCameo(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>The PLOVER event types a CAMEO root maps to (08 maps to CONCEDE and RETREAT); empty when none.</summary>
    public IReadOnlyList<string> ForRoot(string root) => _rootTypes.TryGetValue(root, out var l) ? l : [];
}

/// <summary>The shipped CAMEO→PLOVER mapping (knowledge/plover.tsv, embedded), loaded once on first use.</summary>
public static class Plover
{
    private static readonly Lazy<PloverMap> Shipped = new(() =>
    {
        using var reader = new StreamReader(KnowledgeFiles.Open("plover.tsv"));
        return PloverMap.Read(reader);
    });

    /// <summary>The loaded mapping.</summary>
    public static PloverMap Map => Shipped.Value;

    /// <summary>The PLOVER reading of a CAMEO code, or null when the mapping has none.</summary>
    public static PloverMapping? ForCameo(string code) => Shipped.Value.ForCameo(code);
}
