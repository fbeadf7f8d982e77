using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Dyad.Documents.Tagging;

/// <summary>
/// Distributional word classes at a few granularities (e.g. 64, 256 and 1024 classes), made by
/// <see cref="WordClusterBuilder"/> from unlabeled text: words that occur in similar contexts share a class, so a
/// word the tagger or parser never saw in its training data still gets the features of its class. Looked up by
/// <see cref="TokenData.Norm"/> (lower-cased, quotes folded); one dictionary probe per token, no allocation.
/// </summary>
public sealed class WordClusters
{
    /// <summary>File name in <c>knowledge/</c> (Brotli-compressed TSV, embedded in the library).</summary>
    public const string FileName = "clusters.tsv.br";

    /// <summary>First line of the file, followed by the format version.</summary>
    internal const string Header = "# dyad word clusters, format ";

    /// <summary>The format this build reads and writes.</summary>
    internal const int FormatVersion = 1;

    /// <summary>Most granularities a file may have (each takes 16 bits of the packed value).</summary>
    public const int MaxLevels = 4;

    private static readonly Lazy<WordClusters?> Embedded = new(LoadEmbedded);

    private readonly Dictionary<ulong, ulong> _classes;

    private WordClusters(Dictionary<ulong, ulong> classes, int[] sizes, string fingerprint)
    {
        _classes = classes;
        Sizes = sizes;
        Fingerprint = fingerprint;
    }

    /// <summary>The shipped table (<c>knowledge/clusters.tsv.br</c>), or null when this build embeds none.</summary>
    public static WordClusters? Default => Embedded.Value;

    /// <summary>Number of classes at each granularity, coarse to fine.</summary>
    public IReadOnlyList<int> Sizes { get; }

    /// <summary>Words in the table.</summary>
    public int WordCount => _classes.Count;

    /// <summary>Hex hash of the file's text: a model trained with these classes records it and refuses other ones.</summary>
    public string Fingerprint { get; }

    /// <summary>
    /// The classes of the word whose <see cref="StringHash.OfNorm"/> is <paramref name="norm"/>, packed 16 bits per
    /// granularity (coarse in the low bits), each class stored plus one; 0 when the word is not in the table.
    /// </summary>
    public ulong Lookup(ulong norm) => _classes.TryGetValue(norm, out ulong v) ? v : 0;

    /// <summary>Class (plus one, 0 for none) at granularity <paramref name="level"/> of a packed value from <see cref="Lookup"/>.</summary>
    public static ulong Level(ulong packed, int level) => (packed >> (16 * level)) & 0xFFFF;

    private static WordClusters? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dyad.knowledge." + FileName);
        return stream is null ? null : Load(stream);
    }

    /// <summary>Reads a table from a Brotli-compressed stream in the format <see cref="WordClusterBuilder"/> writes.</summary>
    public static WordClusters Load(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        string text = reader.ReadToEnd();
        ulong fp = StringHash.Of(text);
        int lineEnd = text.IndexOf('\n');
        string first = lineEnd < 0 ? text : text[..lineEnd];
        if (!first.StartsWith(Header, StringComparison.Ordinal)
            || !int.TryParse(first.AsSpan(Header.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            throw new InvalidDataException("not a Dyad word-cluster table (no format line); run `dyad build-clusters`");
        if (version != FormatVersion)
            throw new InvalidDataException($"the word-cluster table has format {version}; this build of Dyad reads format {FormatVersion}: run `dyad build-clusters` and rebuild");
        int[]? sizes = null;
        var classes = new Dictionary<ulong, ulong>();
        int number = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            if (raw.IsEmpty) continue;
            if (raw[0] == '#')
            {
                const string SizesLine = "# classes\t";
                if (raw.StartsWith(SizesLine, StringComparison.Ordinal))
                {
                    var parts = raw[SizesLine.Length..].ToString().Split('\t');
                    if (parts.Length is 0 or > MaxLevels) throw new InvalidDataException($"word clusters line {number}: 1 to {MaxLevels} granularities");
                    sizes = [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
                }
                continue;
            }
            if (sizes is null) throw new InvalidDataException($"word clusters line {number}: a word before the '# classes' line");
            int tab = raw.IndexOf('\t');
            if (tab <= 0) throw new InvalidDataException($"word clusters line {number}: no tab");
            var word = raw[..tab];
            var rest = raw[(tab + 1)..];
            ulong packed = 0;
            for (int level = 0; level < sizes.Length; level++)
            {
                int next = rest.IndexOf('\t');
                var field = next < 0 ? rest : rest[..next];
                int c = int.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);
                if (c >= sizes[level]) throw new InvalidDataException($"word clusters line {number}: class {c} of {sizes[level]}");
                packed |= (ulong)(c + 1) << (16 * level);
                if (next < 0 && level < sizes.Length - 1) throw new InvalidDataException($"word clusters line {number}: expected {sizes.Length} classes");
                rest = next < 0 ? [] : rest[(next + 1)..];
            }
            classes[StringHash.OfNorm(word)] = packed;
        }
        if (sizes is null) throw new InvalidDataException("word clusters: no '# classes' line");
        return new WordClusters(classes, sizes, fp.ToString("x16", CultureInfo.InvariantCulture));
    }
}
