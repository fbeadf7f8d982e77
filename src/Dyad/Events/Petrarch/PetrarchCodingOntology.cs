using System.Globalization;
using System.Text;

namespace Dyad.Events.Petrarch;

/// <summary>
/// The PETRARCH internal coding ontology (PICO, <c>PETR.Internal.Coding.Ontology.txt</c>): each CAMEO code as a
/// number whose hexadecimal digits are features (say, appeal, intend, ...; meet, aid, ...). Lines read
/// <c>CODE:EXPR[#comment]</c> where EXPR sums signed hexadecimal terms (<c>-0xFFFF+0x0070</c>). Negation is the
/// term <c>0xFFFF</c>: "not cooperate" 050 (0x0080) is 110 (0x0080+0xFFFF), "not say" 010 is 011 (0x1000-0xFFFF).
/// </summary>
public sealed class PetrarchCodingOntology
{
    /// <summary>The negation term.</summary>
    internal const int Negation = 0xFFFF;

    private readonly Dictionary<string, int> _valueOf = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _codeOf = [];

    /// <summary>Number of codes read.</summary>
    public int Count => _valueOf.Count;

    /// <summary>The codes read.</summary>
    public IEnumerable<string> Codes => _valueOf.Keys;

    /// <summary>Reads an ontology file.</summary>
    public static PetrarchCodingOntology Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads an ontology from text.</summary>
    public static PetrarchCodingOntology Read(TextReader reader)
    {
        var o = new PetrarchCodingOntology();
        string? raw;
        while ((raw = reader.ReadLine()) != null)
        {
            string line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string code = line[..colon].Trim();
            if (!TryParse(line[(colon + 1)..].Trim(), out int value)) continue;
            o._valueOf.TryAdd(code, value);
            o._codeOf.TryAdd(value, code);
        }
        return o;
    }

    private static bool TryParse(string expr, out int value)
    {
        value = 0;
        if (expr.Length == 0) return false;
        int i = 0;
        while (i < expr.Length)
        {
            int sign = 1;
            if (expr[i] is '+' or '-') { sign = expr[i] == '-' ? -1 : 1; i++; }
            int start = i;
            while (i < expr.Length && expr[i] is not ('+' or '-')) i++;
            string term = expr[start..i].Trim();
            if (term.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) term = term[2..];
            if (!int.TryParse(term, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int t)) return false;
            value += sign * t;
        }
        return true;
    }

    /// <summary>The ontology value of a code.</summary>
    public bool TryValue(string code, out int value) => _valueOf.TryGetValue(code, out value);

    /// <summary>The code with an ontology value, or null.</summary>
    public string? CodeOf(int value) => _codeOf.TryGetValue(value, out var c) ? c : null;

    /// <summary>The code of the negated meaning ("did not clash": 110 → 050), or null when the ontology has none.</summary>
    public string? Negate(string code)
    {
        if (!_valueOf.TryGetValue(code, out int v)) return null;
        if (_codeOf.TryGetValue(v - Negation, out var down) && v >= Negation / 2) return down;
        if (_codeOf.TryGetValue(v + Negation, out var up)) return up;
        if (_codeOf.TryGetValue(v - Negation, out var any)) return any;
        return null;
    }
}
