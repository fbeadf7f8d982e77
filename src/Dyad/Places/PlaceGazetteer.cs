using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Dyad.Documents;

namespace Dyad.Places;

/// <summary>What a gazetteer entry is.</summary>
public enum PlaceKind : byte
{
    /// <summary>A populated place (GeoNames feature class P).</summary>
    City,
    /// <summary>A first-level administrative region: state, province (ADM1).</summary>
    Region,
    /// <summary>A country or territory with an ISO code.</summary>
    Country,
    /// <summary>A continent or other large area (hand-written rows).</summary>
    Area,
}

/// <summary>How a name matched an entry.</summary>
internal enum NameMatch : byte
{
    /// <summary>The entry's name, ASCII name, a country name or a hand-written alias.</summary>
    Primary = 0,
    /// <summary>A Latin-script alternate name from GeoNames (often another language's form).</summary>
    Alternate = 1,
    /// <summary>An abbreviation used only after "City, " (US postal codes, AP state abbreviations).</summary>
    Abbreviation = 2,
}

/// <summary>
/// The shipped gazetteer (<c>knowledge/places.tsv.br</c>, written by <see cref="GazetteerBuilder"/>): entries in flat
/// arrays and one index from folded names to entries. Loaded once, lazily (<see cref="Shared"/>).
/// </summary>
public sealed class PlaceGazetteer
{
    /// <summary>The format version this build reads; the builder writes it on the first line.</summary>
    public const int FormatVersion = 1;

    /// <summary>The first line's prefix, followed by the version.</summary>
    internal const string Header = "# dyad places gazetteer, format ";

    /// <summary>Longest name matched, in characters (a key buffer is this long).</summary>
    internal const int MaxNameChars = 64;

    private static readonly Lazy<PlaceGazetteer> SharedInstance = new(LoadEmbedded);

    private readonly int[] _ids;
    private readonly PlaceKind[] _kinds;
    private readonly string[] _featureCodes;
    private readonly string[] _countries;
    private readonly string[] _admin1;
    private readonly float[] _lat;
    private readonly float[] _lon;
    private readonly long[] _population;
    private readonly string[] _names;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _offsets, _lengths, _codes;
    private readonly Dictionary<string, int> _countryEntry;
    private readonly Dictionary<string, int> _regionEntry;

    private PlaceGazetteer(List<Entry> entries, Dictionary<string, int> index, int[] offsets, int[] lengths, int[] codes)
    {
        int n = entries.Count;
        _ids = new int[n]; _kinds = new PlaceKind[n]; _featureCodes = new string[n]; _countries = new string[n]; _admin1 = new string[n];
        _lat = new float[n]; _lon = new float[n]; _population = new long[n]; _names = new string[n];
        _countryEntry = new(StringComparer.Ordinal);
        _regionEntry = new(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var e = entries[i];
            _ids[i] = e.Id; _kinds[i] = e.Kind; _featureCodes[i] = e.FeatureCode; _countries[i] = e.Country; _admin1[i] = e.Admin1;
            _lat[i] = e.Lat; _lon[i] = e.Lon; _population[i] = e.Population; _names[i] = e.Name;
            if (e.Kind == PlaceKind.Country) _countryEntry[e.Country] = i;
            else if (e.Kind == PlaceKind.Region) _regionEntry[e.Country + "." + e.Admin1] = i;
        }
        _index = index;
        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        _offsets = offsets; _lengths = lengths; _codes = codes;
    }

    /// <summary>The shipped gazetteer, loaded on first use.</summary>
    public static PlaceGazetteer Shared => SharedInstance.Value;

    /// <summary>Number of entries.</summary>
    public int Count => _ids.Length;

    /// <summary>Number of distinct folded names.</summary>
    public int NameCount => _index.Count;

    /// <summary>GeoNames id of an entry.</summary>
    public int Id(int entry) => _ids[entry];

    /// <summary>Kind of an entry.</summary>
    public PlaceKind Kind(int entry) => _kinds[entry];

    /// <summary>GeoNames feature code (PPL, PPLC, PPLA, ADM1, PCLI, CONT...).</summary>
    public string FeatureCode(int entry) => _featureCodes[entry];

    /// <summary>GeoNames feature class: P, A (regions and countries) or L (areas).</summary>
    public char FeatureClass(int entry) => _kinds[entry] switch { PlaceKind.City => 'P', PlaceKind.Area => 'L', _ => 'A' };

    /// <summary>ISO 3166 alpha-2 country code ("" for areas).</summary>
    public string Country(int entry) => _countries[entry];

    /// <summary>GeoNames admin1 code within the country ("" when none).</summary>
    public string Admin1Code(int entry) => _admin1[entry];

    /// <summary>The admin1 region's name, or null.</summary>
    public string? Admin1Name(int entry) =>
        _admin1[entry].Length > 0 && _regionEntry.TryGetValue(_countries[entry] + "." + _admin1[entry], out var r) ? _names[r] : null;

    /// <summary>Latitude (degrees).</summary>
    public double Latitude(int entry) => _lat[entry];

    /// <summary>Longitude (degrees).</summary>
    public double Longitude(int entry) => _lon[entry];

    /// <summary>Population (for regions: the sum of their cities of 15,000 or more).</summary>
    public long Population(int entry) => _population[entry];

    /// <summary>The entry's name.</summary>
    public string Name(int entry) => _names[entry];

    /// <summary>The entry of a country by ISO alpha-2 code, or -1.</summary>
    public int CountryEntry(string iso2) => _countryEntry.TryGetValue(iso2, out var e) ? e : -1;

    /// <summary>The entry of a first-level region by country and admin1 code, or -1.</summary>
    public int RegionEntry(string iso2, string admin1) => _regionEntry.TryGetValue(iso2 + "." + admin1, out var e) ? e : -1;

    /// <summary>The entries a name matches, each as <c>entry &lt;&lt; 2 | (int)NameMatch</c>; empty when none.
    /// <paramref name="name"/> is folded here (case, quotes, dashes, runs of white space): no allocation.</summary>
    internal ReadOnlySpan<int> Lookup(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[MaxNameChars];
        int n = Fold(name, key);
        if (n <= 0) return default;
        return _lookup.TryGetValue(key[..n], out int slot) ? _codes.AsSpan(_offsets[slot], _lengths[slot]) : default;
    }

    /// <summary>Folds a name into <paramref name="key"/>: lower case, plain quotes and dashes, one space for any white
    /// space run, trimmed. Returns the length, or -1 when the name is longer than the buffer.</summary>
    internal static int Fold(ReadOnlySpan<char> name, Span<char> key)
    {
        int n = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) { if (n >= key.Length) return -1; key[n++] = ' '; space = false; }
            if (n >= key.Length) return -1;
            key[n++] = TextChars.Fold(c);
        }
        return n;
    }

    /// <summary>Reads the embedded gazetteer (a fresh copy; <see cref="Shared"/> keeps one).</summary>
    internal static PlaceGazetteer LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dyad.knowledge." + GazetteerBuilder.FileName)
            ?? throw new InvalidOperationException($"knowledge/{GazetteerBuilder.FileName} is not embedded in this build of Dyad; run `dyad build-gazetteer` and rebuild");
        return Load(stream);
    }

    /// <summary>Reads a gazetteer from a Brotli-compressed stream in the format <see cref="GazetteerBuilder"/> writes.</summary>
    public static PlaceGazetteer Load(Stream compressed)
    {
        using var brotli = new BrotliStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        string? line = reader.ReadLine();
        if (line is null || !line.StartsWith(Header, StringComparison.Ordinal)
            || !int.TryParse(line.AsSpan(Header.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            throw new InvalidDataException("not a Dyad places gazetteer (no format line); run `dyad build-gazetteer`");
        if (version != FormatVersion)
            throw new InvalidDataException($"the places gazetteer has format {version}; this build of Dyad reads format {FormatVersion}: run `dyad build-gazetteer` and rebuild");

        var entries = new List<Entry>(40_000);
        var slots = new Dictionary<string, int>(260_000, StringComparer.Ordinal);
        var slotLookup = slots.GetAlternateLookup<ReadOnlySpan<char>>();
        var pairSlot = new List<int>(280_000);
        var pairCode = new List<int>(280_000);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[MaxNameChars];
        Span<Range> cols = stackalloc Range[13];
        int number = 1;
        while ((line = reader.ReadLine()) != null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var l = line.AsSpan();
            if (l.Split(cols, '\t') != 12) throw new InvalidDataException($"places gazetteer line {number}: expected 12 columns");
            int entry = entries.Count;
            entries.Add(new Entry
            {
                Id = int.Parse(l[cols[0]], CultureInfo.InvariantCulture),
                Kind = l[cols[1]] switch { "C" => PlaceKind.Country, "A" => PlaceKind.Region, "P" => PlaceKind.City, "L" => PlaceKind.Area, _ => throw new InvalidDataException($"places gazetteer line {number}: kind '{l[cols[1]]}'") },
                FeatureCode = Intern(codes, codeLookup, l[cols[2]]),
                Country = Intern(codes, codeLookup, l[cols[3]]),
                Admin1 = Intern(codes, codeLookup, l[cols[4]]),
                Lat = float.Parse(l[cols[5]], CultureInfo.InvariantCulture),
                Lon = float.Parse(l[cols[6]], CultureInfo.InvariantCulture),
                Population = long.Parse(l[cols[7]], CultureInfo.InvariantCulture),
                Name = l[cols[8]].ToString(),
            });
            AddNames(l[cols[8]], entry, NameMatch.Primary, key);
            AddNames(l[cols[9]], entry, NameMatch.Primary, key);
            AddNames(l[cols[10]], entry, NameMatch.Alternate, key);
            AddNames(l[cols[11]], entry, NameMatch.Abbreviation, key);
        }

        // The index in compressed-row form: one run of codes per name, in entry order, the first way an entry matched kept.
        var offsets = new int[slots.Count + 1];
        foreach (int slot in pairSlot) offsets[slot + 1]++;
        for (int i = 0; i < slots.Count; i++) offsets[i + 1] += offsets[i];
        var fill = (int[])offsets.Clone();
        var flat = new int[pairSlot.Count];
        for (int i = 0; i < pairSlot.Count; i++)
        {
            int slot = pairSlot[i], code = pairCode[i];
            if (fill[slot] > offsets[slot] && flat[fill[slot] - 1] >> 2 == code >> 2) continue;
            flat[fill[slot]++] = code;
        }
        var lengths = new int[slots.Count];
        for (int i = 0; i < slots.Count; i++) lengths[i] = fill[i] - offsets[i];
        return new PlaceGazetteer(entries, slots, offsets, lengths, flat);

        void AddNames(ReadOnlySpan<char> column, int entry, NameMatch how, Span<char> buffer)
        {
            foreach (var r in column.Split('|'))
            {
                var name = column[r];
                int n = Fold(name, buffer);
                if (n <= 0) continue;
                var k = buffer[..n];
                if (!slotLookup.TryGetValue(k, out int slot))
                {
                    slot = slots.Count;
                    slots.Add(new string(k), slot);
                }
                pairSlot.Add(slot);
                pairCode.Add(entry << 2 | (int)how);
            }
        }
    }

    private static string Intern(Dictionary<string, string> pool, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> s)
    {
        if (lookup.TryGetValue(s, out var v)) return v;
        var str = s.ToString();
        pool[str] = str;
        return str;
    }

    private struct Entry
    {
        public int Id;
        public PlaceKind Kind;
        public string FeatureCode, Country, Admin1, Name;
        public float Lat, Lon;
        public long Population;
    }
}
