using System.Globalization;

namespace Dyad.Ontology;

/// <summary>One CAMEO event code.</summary>
/// <param name="Code">The code as a string with its leading zero (<c>0361</c>, <c>190</c>, <c>19</c>).</param>
/// <param name="Name">The code's name from the CAMEO standard.</param>
/// <param name="Goldstein">The Goldstein conflict–cooperation weight (−10 … +10).</param>
/// <param name="Root">The two-digit root (<c>03</c>).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Parent">The code one level up (<c>0361</c> → <c>036</c> → <c>03</c>), null for a root.</param>
/// <param name="Description">Dyad's own one-line description.</param>
public sealed record CameoCode(string Code, string Name, double Goldstein, string Root, int QuadClass, string? Parent, string Description)
{
    /// <summary>1 for a root (two digits), 2 for a three-digit code, 3 for a four-digit code.</summary>
    public int Level => Code.Length - 1;
}

/// <summary>The CAMEO event ontology, read from <c>knowledge/cameo.tsv</c>.</summary>
public sealed class CameoOntology
{
    /// <summary>Quad class of each root 01..20 (index = root − 1): the GDELT convention named in
    /// ../shared/data/cameo-ontology/SOURCE.md — 01–05 verbal cooperation, 06–08 material cooperation,
    /// 09–13 verbal conflict, 14–20 material conflict.</summary>
    internal static readonly int[] QuadClassByRoot = [1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4];

    private readonly Dictionary<string, CameoCode> _byCode;

    /// <summary>Every code in file order (roots before their children).</summary>
    public IReadOnlyList<CameoCode> All { get; }

    private CameoOntology(List<CameoCode> all)
    {
        All = all;
        _byCode = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        foreach (var c in all) _byCode[c.Code] = c;
    }

    /// <summary>The quad class of a root code (<c>"01"</c> … <c>"20"</c>).</summary>
    public static int QuadClassOfRoot(string root)
    {
        if (root.Length != 2 || !int.TryParse(root, NumberStyles.None, CultureInfo.InvariantCulture, out int r) || r is < 1 or > 20)
            throw new ArgumentException($"'{root}' is not a CAMEO root (01-20)", nameof(root));
        return QuadClassByRoot[r - 1];
    }

    /// <summary>Reads the ontology file written by the knowledge builder (columns: code, name, goldstein, root, quad, parent, description).</summary>
    public static CameoOntology Read(TextReader reader)
    {
        var all = new List<CameoCode>();
        foreach (var f in KnowledgeFiles.Rows(reader, "cameo.tsv", 7))
            all.Add(new CameoCode(f[0], f[1], double.Parse(f[2], CultureInfo.InvariantCulture), f[3],
                int.Parse(f[4], CultureInfo.InvariantCulture), f[5].Length == 0 ? null : f[5], f[6]));
        return new CameoOntology(all);
    }

    /// <summary>The code, or null when the ontology has no such code.</summary>
    public CameoCode? Find(string code) => _byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The event code written as a number with its leading zero lost, as ICEWS and GDELT columns store it:
    /// below 100 it is a three-digit code (36 → <c>036</c>), 100–209 a three-digit code (190 → <c>190</c>),
    /// 210–999 a four-digit code under roots 02–09 (361 → <c>0361</c>), 1000 and above a four-digit code.
    /// These ranges never overlap in CAMEO. Roots are not reachable this way; use <see cref="Find(string)"/>.
    /// </summary>
    public CameoCode? Find(int code) => code switch
    {
        < 0 => null,
        < 100 => Find(code.ToString("D3", CultureInfo.InvariantCulture)),
        < 210 => Find(code.ToString(CultureInfo.InvariantCulture)),
        < 1000 => Find(code.ToString("D4", CultureInfo.InvariantCulture)),
        _ => Find(code.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The code and its ancestors, most specific first (<c>0256</c>, <c>025</c>, <c>02</c>); empty when unknown.</summary>
    public IReadOnlyList<CameoCode> Chain(string code)
    {
        var chain = new List<CameoCode>();
        for (var c = Find(code); c != null; c = c.Parent == null ? null : Find(c.Parent)) chain.Add(c);
        return chain;
    }

    /// <summary>The codes directly under <paramref name="code"/>.</summary>
    public IReadOnlyList<CameoCode> Children(string code)
    {
        var list = new List<CameoCode>();
        foreach (var c in All) if (c.Parent == code) list.Add(c);
        return list;
    }

}

/// <summary>The shipped CAMEO ontology (knowledge/cameo.tsv, embedded in the library), loaded once on first use.</summary>
public static class Cameo
{
    private static readonly Lazy<CameoOntology> Shipped = new(() =>
    {
        using var reader = new StreamReader(KnowledgeFiles.Open("cameo.tsv"));
        return CameoOntology.Read(reader);
    });

    /// <summary>The loaded ontology.</summary>
    public static CameoOntology Ontology => Shipped.Value;

    /// <summary>Every code.</summary>
    public static IReadOnlyList<CameoCode> All => Shipped.Value.All;

    /// <summary>The code (<c>"0361"</c>), or null when unknown.</summary>
    public static CameoCode? Find(string code) => Shipped.Value.Find(code);

    /// <summary>The code given as a number (see <see cref="CameoOntology.Find(int)"/>), or null when unknown.</summary>
    public static CameoCode? Find(int code) => Shipped.Value.Find(code);

    /// <summary>The code and its ancestors, most specific first.</summary>
    public static IReadOnlyList<CameoCode> Chain(string code) => Shipped.Value.Chain(code);
}
