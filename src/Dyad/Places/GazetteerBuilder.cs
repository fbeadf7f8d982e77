using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dyad.Ontology;

namespace Dyad.Places;

/// <summary>What a gazetteer build wrote.</summary>
/// <param name="Countries">Country rows.</param>
/// <param name="Regions">First-level region (admin1) rows.</param>
/// <param name="CountriesAtCities">Countries countries.json gives no point, placed at the middle of the box around their cities.</param>
/// <param name="RegionsAtCountry">Regions with no city of 15,000 or more, placed at their country's centre with population 0.</param>
/// <param name="Cities">City rows (GeoNames cities15000).</param>
/// <param name="Other">Hand-written place rows (continents).</param>
/// <param name="Names">Matchable names and abbreviations, all rows.</param>
/// <param name="Alternates">Latin-script alternate names kept, all rows.</param>
/// <param name="Skipped">Rows left out, each with the reason.</param>
/// <param name="Path">The file written.</param>
/// <param name="Bytes">Its size.</param>
public sealed record GazetteerBuildReport(int Countries, int CountriesAtCities, int Regions, int RegionsAtCountry, int Cities, int Other, int Names, int Alternates,
    IReadOnlyList<string> Skipped, string Path, long Bytes)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"wrote {Path} ({Bytes / 1e6:F2} MB): {Countries} countries ({CountriesAtCities} placed by their cities), {Regions} regions ({RegionsAtCountry} placed at their country's centre), {Cities} cities, {Other} other; {Names} names, {Alternates} alternate names\n");
        foreach (var s in Skipped) sb.Append("skipped: ").Append(s).Append('\n');
        return sb.ToString().TrimEnd();
    }
}

/// <summary>
/// Writes the gazetteer Dyad ships (<c>knowledge/places.tsv.br</c>) from the GeoNames extracts in
/// <c>../shared/data/geonames/</c> (CC BY 4.0), the country points of <c>../shared/data/country-metadata/countries.json</c> (ODbL 1.0), the country names of <c>knowledge/countries.tsv</c> and the
/// hand-written rows of <c>knowledge/hand/places.tsv</c>. Deterministic: the same inputs give the same bytes.
/// The format is described in knowledge/README.md and checked on load (<see cref="PlaceGazetteer.FormatVersion"/>).
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>The file name under knowledge/.</summary>
    public const string FileName = "places.tsv.br";

    /// <summary>Shortest alternate name kept: two-letter alternates are mostly codes.</summary>
    private const int MinAlternateLength = 3;

    /// <summary>All-capital alternates up to this length are airport and other codes ("LGB", "GZA", "WAS"), not names.</summary>
    private const int MaxCodeLength = 4;

    /// <summary>Builds the gazetteer. <paramref name="sharedDataDir"/> is ../shared/data; <paramref name="knowledgeDir"/>
    /// is the repository's knowledge/ folder (holds countries.tsv and hand/places.tsv; the output goes there).</summary>
    public static GazetteerBuildReport Build(string sharedDataDir, string knowledgeDir)
    {
        string geo = Path.Combine(sharedDataDir, "geonames");
        var skipped = new List<string>();

        // Countries: countryInfo (ISO2, ISO3, name, population, geonameid).
        var countries = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        var iso3To2 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in TsvRows(Path.Combine(geo, "countryInfo.tsv"), 19))
        {
            var row = new Row(f[16], 'C', "PCLI", f[0], "", f[4]) { Population = ParseLong(f[7]) };
            countries[f[0]] = row;
            iso3To2[f[1]] = f[0];
        }

        // First-level regions: admin1CodesASCII ("CC.code", name, ascii name, geonameid).
        var regions = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        foreach (var f in TsvRows(Path.Combine(geo, "admin1CodesASCII.tsv"), 4))
        {
            int dot = f[0].IndexOf('.');
            string cc = f[0][..dot], code = f[0][(dot + 1)..];
            var row = new Row(f[3], 'A', "ADM1", cc, code, f[1]);
            row.AddName(f[2]);
            if (cc == "US" && code.Length == 2) row.Abbreviations.Add(code);
            regions[f[0]] = row;
        }

        // Cities: cities15000 (19 columns).
        var cities = new SortedDictionary<long, Row>();
        using (var zip = ZipFile.OpenRead(Path.Combine(geo, "cities15000.zip")))
        {
            var entry = zip.GetEntry("cities15000.txt") ?? throw new InvalidDataException("cities15000.zip holds no cities15000.txt");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            string? line;
            int number = 0;
            while ((line = reader.ReadLine()) != null)
            {
                number++;
                if (line.Length == 0) continue;
                var f = line.Split('\t');
                if (f.Length != 19) throw new InvalidDataException($"cities15000.txt line {number}: expected 19 columns, found {f.Length}");
                var row = new Row(f[0], 'P', f[7], f[8], f[10], f[1])
                {
                    Lat = double.Parse(f[4], CultureInfo.InvariantCulture),
                    Lon = double.Parse(f[5], CultureInfo.InvariantCulture),
                    Population = ParseLong(f[14]),
                };
                row.AddName(f[2]);
                foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
                    if (KeepAlternate(alt)) row.AddAlternate(alt);
                cities[long.Parse(f[0], CultureInfo.InvariantCulture)] = row;
            }
        }

        // Countries and regions have no coordinates in these extracts: the middle of the box around their cities stands in
        // (trimmed: the southern-, northern-, western- and easternmost 2 % of the cities are left out, so that Alaska and
        // Hawaii do not move the United States into the Pacific), and a region's population is the sum of its cities'
        // (a ranking signal, not a census figure). Chosen on the LGL tune half against the gold points of the countries
        // and regions it names: median 75 km and 72 of 86 within 161 km, where the mean of the cities gave 84 km and 58.
        var points = new Dictionary<string, List<(double Lat, double Lon)>>(StringComparer.Ordinal);
        var populations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var c in cities.Values)
        {
            Accumulate(points, populations, c.Country, c);
            if (c.Admin1.Length > 0) Accumulate(points, populations, c.Country + "." + c.Admin1, c);
        }
        var sums = new Dictionary<string, (double Lat, double Lon, long Pop)>(StringComparer.Ordinal);
        foreach (var (key, list) in points) { var (lat, lon) = TrimmedBoxMiddle(list); sums[key] = (lat, lon, populations[key]); }

        // A country's point is the one countries.json gives (the customary centre, as gazetteers and encyclopaedias place
        // the country); the box around its cities stands in only where that file has none. The box middle of a large
        // country sits where its cities are (the United States near Kansas City, Canada near the border), which put
        // GeoVirus's country toponyms beyond 161 km.
        var countryPoints = CountryPoints(Path.Combine(sharedDataDir, "country-metadata", "countries.json"));
        var rows = new List<Row>();
        int countriesAtCities = 0;
        foreach (var (cc, row) in countries)
        {
            if (!sums.TryGetValue(cc, out var s)) { skipped.Add($"country {cc} {row.Name}: no city to place it"); continue; }
            if (countryPoints.TryGetValue(cc, out var point)) (row.Lat, row.Lon) = point;
            else { row.Lat = s.Lat; row.Lon = s.Lon; countriesAtCities++; }
            rows.Add(row);
        }
        int regionsAtCountry = 0;
        foreach (var (key, row) in regions)
        {
            if (!countries.ContainsKey(row.Country)) { skipped.Add($"region {key} {row.Name}: country not in countryInfo"); continue; }
            if (sums.TryGetValue(key, out var s)) { row.Lat = s.Lat; row.Lon = s.Lon; row.Population = s.Pop; }
            else if (sums.ContainsKey(row.Country)) { var c = countries[row.Country]; row.Lat = c.Lat; row.Lon = c.Lon; regionsAtCountry++; }
            else { skipped.Add($"region {key} {row.Name}: no city in it or its country to place it"); continue; }
            rows.Add(row);
        }
        var byId = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var r in rows) byId[r.Id] = r;
        foreach (var r in cities.Values) { rows.Add(r); byId[r.Id] = r; }

        var innerNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in rows)
            if (r.Kind != 'C') { innerNames.Add(r.Country + "\t" + r.Name); foreach (var n in r.Names) innerNames.Add(r.Country + "\t" + n); }

        // Country names and short forms from countries.tsv (ISO3 codes); demonyms, capitals and metonyms are not names of the country.
        foreach (var f in TsvRows(Path.Combine(knowledgeDir, "countries.tsv"), 6))
        {
            if (f[4] is not ("name" or "short" or "abbrev") || f[1].Length != 3) continue;
            if (!iso3To2.TryGetValue(f[1], out var cc) || !countries.TryGetValue(cc, out var country) || !byId.ContainsKey(country.Id)) continue;
            string phrase = f[0].StartsWith("the ", StringComparison.Ordinal) ? f[0][4..] : f[0];
            // An alternative spelling that is the name of a city or region inside the country names that place, not the
            // country ("Gaza" is Gaza City and the Gaza Strip, not the Palestinian Territory as a whole).
            if (phrase != country.Name && innerNames.Contains(cc + "\t" + phrase)) { skipped.Add($"country name '{phrase}' of {cc}: a city or region of it"); continue; }
            country.AddName(phrase);
        }

        int other = 0;
        foreach (var f in TsvRows(Path.Combine(knowledgeDir, "hand", "places.tsv"), 0))
        {
            if (f[0] == "place" && f.Length == 7)
            {
                var row = new Row(f[1], 'L', f[3], "", "", f[2])
                {
                    Lat = double.Parse(f[4], CultureInfo.InvariantCulture),
                    Lon = double.Parse(f[5], CultureInfo.InvariantCulture),
                    Population = ParseLong(f[6]),
                };
                rows.Add(row);
                byId[row.Id] = row;
                other++;
            }
            else if (f[0] == "alias" && f.Length == 4)
            {
                var target = ResolveTarget(f[2], countries, regions, byId)
                    ?? throw new InvalidDataException($"hand/places.tsv: alias '{f[1]}' points at {f[2]}, which the gazetteer does not hold");
                if (f[3] == "abbrev") target.Abbreviations.Add(f[1]);
                else if (f[3] == "name") target.AddName(f[1]);
                else throw new InvalidDataException($"hand/places.tsv: alias '{f[1]}' has how '{f[3]}'; expected name or abbrev");
            }
            else throw new InvalidDataException($"hand/places.tsv: unknown row '{string.Join('\t', f)}'");
        }

        var sb = new StringBuilder();
        sb.Append(PlaceGazetteer.Header).Append(PlaceGazetteer.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("# Written by `dyad build-gazetteer` from GeoNames (geonames.org, CC BY 4.0) cities15000, countryInfo and admin1 codes, knowledge/countries.tsv and knowledge/hand/places.tsv.\n");
        sb.Append("# id\tkind\tfcode\tcountry\tadmin1\tlat\tlon\tpopulation\tname\tnames\talternates\tabbreviations\n");
        int names = 0, alternates = 0;
        foreach (var r in rows)
        {
            sb.Append(r.Id).Append('\t').Append(r.Kind).Append('\t').Append(r.FeatureCode).Append('\t').Append(r.Country).Append('\t').Append(r.Admin1).Append('\t')
              .Append(r.Lat.ToString("0.####", CultureInfo.InvariantCulture)).Append('\t').Append(r.Lon.ToString("0.####", CultureInfo.InvariantCulture)).Append('\t')
              .Append(r.Population.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(r.Name).Append('\t')
              .AppendJoin('|', r.Names).Append('\t').AppendJoin('|', r.Alternates).Append('\t').AppendJoin('|', r.Abbreviations).Append('\n');
            names += 1 + r.Names.Count + r.Abbreviations.Count;
            alternates += r.Alternates.Count;
        }

        string path = Path.Combine(knowledgeDir, FileName);
        var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
        using (var file = File.Create(path))
        using (var brotli = new BrotliStream(file, CompressionLevel.SmallestSize))
            brotli.Write(bytes);
        return new GazetteerBuildReport(rows.Count(r => r.Kind == 'C'), countriesAtCities, rows.Count(r => r.Kind == 'A'), regionsAtCountry, cities.Count, other,
            names, alternates, skipped, path, new FileInfo(path).Length);
    }

    /// <summary>ISO alpha-2 code → latitude and longitude from countries.json (mledoze/countries, ODbL 1.0).</summary>
    private static Dictionary<string, (double Lat, double Lon)> CountryPoints(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the gazetteer build needs {path}", path);
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var points = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            if (!c.TryGetProperty("cca2", out var cca2) || cca2.GetString() is not { Length: 2 } cc) continue;
            if (!c.TryGetProperty("latlng", out var ll) || ll.ValueKind != JsonValueKind.Array || ll.GetArrayLength() != 2) continue;
            points[cc] = (ll[0].GetDouble(), ll[1].GetDouble());
        }
        return points;
    }

    private static Row? ResolveTarget(string target, SortedDictionary<string, Row> countries, SortedDictionary<string, Row> regions, Dictionary<string, Row> byId)
    {
        if (target.Length < 3 || target[1] != ':') return null;
        string key = target[2..];
        return target[0] switch
        {
            'C' => countries.TryGetValue(key, out var c) && byId.ContainsKey(c.Id) ? c : null,
            'A' => regions.TryGetValue(key, out var a) && byId.ContainsKey(a.Id) ? a : null,
            'P' => byId.TryGetValue(key, out var p) ? p : null,
            _ => null,
        };
    }

    /// <summary>Share of the cities left out at each edge of the box around a country's or region's cities.</summary>
    private const double BoxTrim = 0.02;

    private static void Accumulate(Dictionary<string, List<(double, double)>> points, Dictionary<string, long> populations, string key, Row c)
    {
        if (!points.TryGetValue(key, out var list)) points[key] = list = [];
        list.Add((c.Lat, c.Lon));
        populations[key] = populations.GetValueOrDefault(key) + c.Population;
    }

    private static (double Lat, double Lon) TrimmedBoxMiddle(List<(double Lat, double Lon)> points)
    {
        var lats = points.Select(p => p.Lat).Order().ToArray();
        var lons = points.Select(p => p.Lon).Order().ToArray();
        int lo = (int)(BoxTrim * (points.Count - 1)), hi = points.Count - 1 - lo;
        return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2);
    }

    /// <summary>Latin-script alternates only (the matcher reads English text), no codes, no digits.</summary>
    internal static bool KeepAlternate(string alt)
    {
        if (alt.Length < MinAlternateLength) return false;
        bool allUpper = true;
        foreach (char c in alt)
        {
            if (char.IsDigit(c) || c is '|' or '\t') return false;
            if (char.IsLetter(c))
            {
                if (!(c < 0x250 || c is >= '\u1E00' and <= '\u1EFF')) return false;
                if (!char.IsUpper(c)) allUpper = false;
            }
            else if (c is not (' ' or '-' or '\'' or '\u2019' or '.')) return false;
        }
        return !(allUpper && alt.Length <= MaxCodeLength);
    }

    private static long ParseLong(string s) => s.Length == 0 ? 0 : long.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Data rows of a TSV file (blank and <c>#</c> lines skipped); <paramref name="columns"/> 0 accepts any count.</summary>
    private static IEnumerable<string[]> TsvRows(string path, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the gazetteer build needs {path}", path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        if (columns == 0)
        {
            foreach (var (_, line) in KnowledgeFiles.DataLines(reader)) yield return line.Split('\t');
            yield break;
        }
        foreach (var f in KnowledgeFiles.Rows(reader, Path.GetFileName(path), columns)) yield return f;
    }

    private sealed class Row(string id, char kind, string featureCode, string country, string admin1, string name)
    {
        private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase) { name };
        public string Id { get; } = id;
        public char Kind { get; } = kind;
        public string FeatureCode { get; } = featureCode;
        public string Country { get; } = country;
        public string Admin1 { get; } = admin1;
        public string Name { get; } = name;
        public double Lat { get; set; }
        public double Lon { get; set; }
        public long Population { get; set; }
        public List<string> Names { get; } = [];
        public List<string> Alternates { get; } = [];
        public List<string> Abbreviations { get; } = [];

        public void AddName(string n)
        {
            if (!_seen.Add(n))
            {
                // A name given as an alternate first moves up to the names.
                if (Alternates.Remove(n)) Names.Add(n);
                return;
            }
            Names.Add(n);
        }

        public void AddAlternate(string n)
        {
            if (_seen.Add(n)) Alternates.Add(n);
        }
    }
}
