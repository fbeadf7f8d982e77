using System.Globalization;
using System.Text;
using Dyad.Documents;
using Dyad.Ontology;

namespace Dyad.Tone;

/// <summary>
/// The shipped tone lexicon (<c>knowledge/tone.tsv</c>, written by <see cref="ToneLexiconBuilder"/>): single words
/// with a valence in [-1, 1], looked up by the hash of the token's normalized form.
/// </summary>
public sealed class ToneLexicon
{
    private static readonly Lazy<ToneLexicon> Shipped = new(() =>
    {
        using var stream = KnowledgeFiles.Open(FileName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader);
    });

    /// <summary>The knowledge file's name.</summary>
    public const string FileName = "tone.tsv";

    private readonly Dictionary<ulong, float> _valence;

    private ToneLexicon(Dictionary<ulong, float> valence) => _valence = valence;

    /// <summary>The lexicon embedded in the library, loaded once.</summary>
    public static ToneLexicon Default => Shipped.Value;

    /// <summary>Number of words.</summary>
    public int Count => _valence.Count;

    /// <summary>Reads a lexicon in the shipped format (<c>word \t valence \t sources</c>).</summary>
    public static ToneLexicon Read(TextReader reader)
    {
        var map = new Dictionary<ulong, float>();
        foreach (var f in KnowledgeFiles.Rows(reader, FileName, 3))
            map[StringHash.OfNorm(f[0])] = float.Parse(f[1], CultureInfo.InvariantCulture);
        return new ToneLexicon(map);
    }

    /// <summary>The valence of a word by the hash of its normalized form (<see cref="StringHash.OfNorm"/>); 0 when unknown.</summary>
    public float Valence(ulong norm) => _valence.TryGetValue(norm, out var v) ? v : 0f;

    /// <summary>The valence of a word; 0 when unknown.</summary>
    public float Valence(ReadOnlySpan<char> word) => Valence(StringHash.OfNorm(word));
}
