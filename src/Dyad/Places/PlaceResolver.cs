using System.Text;
using Dyad.Documents;
using Dyad.Ontology;
using Dyad.Pipeline;

namespace Dyad.Places;

/// <summary>
/// The places stage: finds place names (the NER stage's LOC spans; places opening organisations' names or after an
/// "of" in them; datelines; states after a party letter, "D-N.Y."; capitalised proper-noun runs the gazetteer knows; and
/// every lone repeat of a one-word place) and resolves each to one gazetteer entry by population, kind, the article's country context (countries,
/// demonyms and unambiguous places it names), the sentence's other places, "City, State" pairs and trigger words
/// ("city of", "state of"). A recognised place the gazetteer lacks is placed, marked approximate, at the region or
/// country holding it. Demonyms ("Israeli", "Palestinians") are context, never places. English only.
/// </summary>
/// <remarks>The weights were chosen on the even-position half of LGL (<c>dyad eval places --part tune</c>) and are
/// reported on the odd half (<c>--part test</c>) and on GeoVirus, which tuning never saw. A small grid on the tune half
/// set ArticleCountryWeight 8 (from 4), ArticleRegionWeight 5 (from 2) and CountryBonus 1.5 (from 3): exact among held
/// gold ids 62.6 % → 64.2 %; CapitalBonus 1, RegionBonus 1.5 and PopulationWeight 0.7 each scored lower there;
/// CapitalBonus 3 (from 2) gained 0.3 point ("Moscow" in a US paper is still Moscow, Russia, mostly) and 4 no more.</remarks>
public sealed class PlaceResolver : IStage
{
    // --- Scoring weights (chosen on LGL tune half; see the remarks) ---

    /// <summary>Score per power of ten of population: bigger places are mentioned more.</summary>
    private const double PopulationWeight = 1.0;

    /// <summary>Bonus of a country over a city of the same population ("Georgia", "Lebanon").</summary>
    private const double CountryBonus = 1.5;

    /// <summary>Bonus of a first-level region (its population is the sum of its cities, so it is already large).</summary>
    private const double RegionBonus = 0.5;

    /// <summary>Bonus of a national capital (PPLC): "Washington" alone is the capital in news.</summary>
    private const double CapitalBonus = 3.0;

    /// <summary>Bonus of a region's seat (PPLA).</summary>
    private const double RegionSeatBonus = 0.5;

    /// <summary>Bonus of a continent or other named area.</summary>
    private const double AreaBonus = 4.0;

    /// <summary>Penalty of a match through a GeoNames alternate name (often another language's form).</summary>
    private const double AlternatePenalty = 2.0;

    /// <summary>Bonus per share of the article's country evidence for the candidate's country (0..1 share).</summary>
    private const double ArticleCountryWeight = 8.0;

    /// <summary>Bonus per share of the article's region evidence for the candidate's region.</summary>
    private const double ArticleRegionWeight = 5.0;

    /// <summary>Bonus when another place or demonym of the same sentence points at the candidate's country.</summary>
    private const double SentenceCountryBonus = 1.5;

    /// <summary>Bonus when the place after "X, " contains the candidate ("Long Beach, CA"; "Rafah, Gaza").</summary>
    private const double ContainerBonus = 8.0;

    /// <summary>Bonus to the kind a trigger word asks for ("city of X" → city; "state of X" → region).</summary>
    private const double TriggerBonus = 3.0;

    /// <summary>A name only the gazetteer (not NER) found is kept when it names a country, region or area, or a city of
    /// at least this population: small towns named like common words ("Mobile", "Reading") are too risky.</summary>
    private const long MinUnlabelledCityPopulation = 100_000;

    /// <summary>A reading through an alternate name counts only for a place of at least this population: small towns'
    /// alternates (old names, other languages' forms) sent "Litchfield" to Arizona (LGL tune: +0.9 point exact among found).</summary>
    private const long AlternateMinPopulation = 100_000;

    /// <summary>A place the gazetteer lacks is given the region (or country) holding it when that region has at least this
    /// share of the article's region (or country) evidence. LGL tune, within 161 km of all gold: 51.2 % with holders only
    /// after "X, ", 55.2 % at 0.3, 54.8 % at 0.5, 53.3 % at 0.7 (exact ids unchanged: a holder is never counted exact).</summary>
    private const double HolderMinShare = 0.3;

    /// <summary>Longest name looked up, in tokens.</summary>
    private const int MaxNameTokens = 6;

    /// <summary>Words after a name that make it the name of a unit the gazetteer does not hold (counties, parishes,
    /// townships): "Madison County" is not Madison, Wisconsin.</summary>
    private static readonly string[] UnitWords = ["County", "Parish", "Township", "Borough", "District", "Counties", "Twp"];

    /// <summary>Words that open longer names ("South Charleston", "New Haven", "Fort Worth"): alone before another
    /// capitalised word they are not a place.</summary>
    private static readonly string[] OpeningWords = ["North", "South", "East", "West", "Middle", "Central", "Upper", "Lower", "New", "Old",
        "Mount", "Mt.", "Port", "Fort", "Lake", "San", "Santa", "St.", "Saint", "Great", "Little", "Little"];

    /// <summary>Words that name a part of a place ("Northeast Georgia", "southern Lebanon"): when the whole is not a
    /// gazetteer name, the name after them is the place. "Middle" is not one ("Middle East" is no part of an East).</summary>
    private static readonly string[] DirectionWords = ["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest",
        "Northern", "Southern", "Eastern", "Western", "Central", "Downtown", "Metro", "Metropolitan", "Greater", "Upstate", "Downstate"];

    /// <summary>Compass adjectives, which alone describe and do not name ("Eastern European", "Northern Europe").</summary>
    private static readonly string[] CompassAdjectives = ["Northern", "Southern", "Eastern", "Western", "Central", "Northeastern",
        "Northwestern", "Southeastern", "Southwestern"];

    /// <summary>Party letters before a hyphen and a lawmaker's state or home town ("D-N.Y.", "R-Charleston", "DFL-Minneapolis").</summary>
    private static readonly string[] PartyLetters = ["D", "R", "I", "DFL"];

    /// <summary>Words after a place name that make the run an institution of that place ("Paris Police Department",
    /// "Kansas Electric Cooperatives"), whatever NER labelled it.</summary>
    private static readonly string[] InstitutionWords = ["Police", "Fire", "Department", "County", "City", "Council", "Regional", "Medical",
        "Center", "Centre", "Hospital", "School", "Schools", "High", "University", "College", "Electric", "State", "Public", "Board",
        "Community", "Memorial", "Metropolitan", "Airport", "Library", "Township", "Municipal", "Area", "District", "Sheriff", "Chamber"];

    private static readonly Lazy<PlaceResolver> DefaultInstance = new(() => new PlaceResolver(PlaceGazetteer.Shared));

    private readonly PlaceGazetteer _gazetteer;
    private readonly Dictionary<ulong, string> _demonymCountry = [];
    private readonly HashSet<ulong> _cityTriggers = [];
    private readonly HashSet<ulong> _regionTriggers = [];
    private readonly HashSet<ulong> _unitWords = [];
    private readonly HashSet<ulong> _openingWords = [];
    private readonly HashSet<ulong> _directionWords = [];
    private readonly HashSet<ulong> _compassAdjectives = [];
    private readonly HashSet<ulong> _partyLetters = [];
    private readonly HashSet<ulong> _institutionWords = [];
    private readonly ulong _of, _comma, _hyphen;
    private readonly ushort _loc, _org, _person, _propn;

    /// <summary>Creates the stage over a gazetteer; demonyms come from knowledge/countries.tsv.</summary>
    public PlaceResolver(PlaceGazetteer gazetteer)
    {
        _gazetteer = gazetteer;
        _loc = Labels.Entity.Intern("LOC");
        _org = Labels.Entity.Intern("ORG");
        _person = Labels.Entity.Intern("PERSON");
        _hyphen = StringHash.OfNorm("-");
        foreach (var w in DirectionWords) _directionWords.Add(StringHash.OfNorm(w));
        foreach (var w in PartyLetters) _partyLetters.Add(StringHash.OfNorm(w));
        foreach (var w in InstitutionWords) _institutionWords.Add(StringHash.OfNorm(w));
        _propn = Labels.Upos.Intern("PROPN");
        _of = StringHash.OfNorm("of");
        _comma = StringHash.OfNorm(",");
        foreach (var w in new[] { "city", "town", "village", "capital", "suburb", "port", "municipality" }) _cityTriggers.Add(StringHash.OfNorm(w));
        foreach (var w in new[] { "state", "province", "region", "governorate", "territory" }) _regionTriggers.Add(StringHash.OfNorm(w));
        foreach (var w in UnitWords) _unitWords.Add(StringHash.OfNorm(w));
        foreach (var w in OpeningWords) _openingWords.Add(StringHash.OfNorm(w));
        foreach (var w in CompassAdjectives) _compassAdjectives.Add(StringHash.OfNorm(w));

        // ISO3 → ISO2 through the country names both files share; then the single-word demonyms ("Israeli", "Palestinians").
        var rows = new List<string[]>();
        using (var reader = new StreamReader(KnowledgeFiles.Open("countries.tsv"), Encoding.UTF8))
            foreach (var f in KnowledgeFiles.Rows(reader, "countries.tsv", 6)) rows.Add(f);
        var iso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in rows)
        {
            if (f[4] is not ("name" or "short") || iso2.ContainsKey(f[1])) continue;
            foreach (int hit in gazetteer.Lookup(f[0].StartsWith("the ", StringComparison.Ordinal) ? f[0][4..] : f[0]))
                if (gazetteer.Kind(hit >> 2) == PlaceKind.Country) { iso2[f[1]] = gazetteer.Country(hit >> 2); break; }
        }
        foreach (var f in rows)
            if (f[4] == "demonym" && f[0].IndexOf(' ') < 0 && iso2.TryGetValue(f[1], out var cc))
                _demonymCountry.TryAdd(StringHash.OfNorm(f[0]), cc);
    }

    /// <summary>The stage over the shipped gazetteer, built once on first use.</summary>
    public static PlaceResolver Default => DefaultInstance.Value;

    /// <inheritdoc />
    public string Name => "places";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences | Layers.Tags | Layers.Entities;

    /// <inheritdoc />
    public Layers Writes => Layers.Places;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Places.Clear();
        var spans = Recognize(document);
        if (spans.Count == 0) return;
        var tokens = document.Tokens;

        // Pass 1: the article's countries and regions from demonyms and names with one reading.
        var context = new Context();
        for (int i = 0; i < tokens.Length; i++)
            if (_demonymCountry.TryGetValue(tokens[i].Norm, out var cc))
                context.Add(tokens[i].Sentence, cc, null);
        var own = new int[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            own[k] = -1;
            if (!Unambiguous(Hits(document, spans[k]), out int e)) continue;
            context.Add(spans[k].Sentence, _gazetteer.Country(e), RegionKeyOrNull(e));
            own[k] = e;
        }
        var first = Score(document, spans, context, own);

        // Pass 2: every place pass 1 chose is evidence for the others (a mention's own choice is not evidence for itself).
        context = new Context();
        for (int i = 0; i < tokens.Length; i++)
            if (_demonymCountry.TryGetValue(tokens[i].Norm, out var cc))
                context.Add(tokens[i].Sentence, cc, null);
        for (int k = 0; k < spans.Count; k++)
        {
            own[k] = first[k].Entry;
            if (own[k] >= 0) context.Add(spans[k].Sentence, _gazetteer.Country(own[k]), RegionKeyOrNull(own[k]));
        }
        var second = Score(document, spans, context, own);
        for (int k = 0; k < spans.Count; k++)
        {
            var (e, score, rule, candidates, keep) = second[k];
            if (!keep) continue;
            if (e < 0 && Holder(document, spans, second, context, k) is ({ } holder, { } why))
                Add(document, spans[k], holder, 0, why, 0, approximate: true);
            else Add(document, spans[k], e, score, rule, candidates);
        }
    }

    /// <summary>For a recognised place the gazetteer lacks ("Kanawha County", a village): the region or country that
    /// holds it — the place after "X, " when that is a region or country, else the region, else the country the article's
    /// other places are mostly in. Null when the evidence is too thin.</summary>
    private (int? Entry, string? Rule) Holder(Document document, List<Candidate> spans, (int Entry, double, string, int, bool)[] chosen, Context context, int k)
    {
        var s = spans[k];
        // Acronyms and abbreviations NER took for places ("U.N.", "NATO") are not given a holder: they are rarely places.
        if (!HasLowerCase(document, s)) return (null, null);
        if (k + 1 < spans.Count && spans[k + 1].AfterComma && spans[k + 1].First == s.First + s.Count + 1
            && chosen[k + 1].Entry is var c and >= 0 && _gazetteer.Kind(c) is PlaceKind.Region or PlaceKind.Country)
            return (c, "approximate:container");
        if (Leading(context.Regions, context.RegionTotal) is { } region)
        {
            int dot = region.IndexOf('.');
            int r = _gazetteer.RegionEntry(region[..dot], region[(dot + 1)..]);
            if (r >= 0) return (r, "approximate:article-region");
        }
        if (Leading(context.Countries, context.CountryTotal) is { } country && _gazetteer.CountryEntry(country) is var ce and >= 0)
            return (ce, "approximate:article-country");
        return (null, null);
    }

    private static bool HasLowerCase(Document doc, Candidate s)
    {
        int start = s.Start(doc.Tokens), end = s.End(doc.Tokens);
        foreach (char c in doc.Text.AsSpan(start, end - start))
            if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>The key with the most evidence, when it holds at least <see cref="HolderMinShare"/> of it.</summary>
    private static string? Leading(Dictionary<string, int> counts, int total)
    {
        string? best = null;
        int most = 0;
        foreach (var (key, n) in counts)
            if (n > most || n == most && best is not null && string.CompareOrdinal(key, best) < 0) { most = n; best = key; }
        return total > 0 && most >= HolderMinShare * total ? best : null;
    }

    /// <summary>Evidence of the article's countries and regions.</summary>
    private sealed class Context
    {
        public readonly Dictionary<string, int> Countries = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Regions = new(StringComparer.Ordinal);
        public readonly Dictionary<(int, string), int> SentenceCountries = [];
        public int CountryTotal, RegionTotal;

        public void Add(int sentence, string country, string? region)
        {
            if (country.Length > 0)
            {
                Countries[country] = Countries.GetValueOrDefault(country) + 1;
                CountryTotal++;
                SentenceCountries[(sentence, country)] = SentenceCountries.GetValueOrDefault((sentence, country)) + 1;
            }
            if (region is not null)
            {
                Regions[region] = Regions.GetValueOrDefault(region) + 1;
                RegionTotal++;
            }
        }
    }

    private string? RegionKeyOrNull(int e) => _gazetteer.Kind(e) is PlaceKind.Region or PlaceKind.City && _gazetteer.Admin1Code(e).Length > 0 ? RegionKey(e) : null;

    /// <summary>Scores every span's readings against the context; <paramref name="own"/> is each span's own contribution to
    /// the context (-1: none), taken out when that span is scored.</summary>
    private (int Entry, double Score, string Rule, int Candidates, bool Keep)[] Score(Document document, List<Candidate> spans, Context context, int[] own)
    {
        var tokens = document.Tokens;
        var result = new (int, double, string, int, bool)[spans.Count];
        for (int k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            var hits = Hits(document, s);
            if (hits.IsEmpty) { result[k] = (-1, 0, "unresolved", 0, true); continue; }

            // The place after "X, ": a container for X ("Long Beach, CA", "Alexandria, Louisiana").
            int container = k + 1 < spans.Count && spans[k + 1].AfterComma && spans[k + 1].First == s.First + s.Count + 1 ? k + 1 : -1;
            var trigger = Trigger(document, s);
            string? ownCountry = own[k] >= 0 ? _gazetteer.Country(own[k]) : null;
            string? ownRegion = own[k] >= 0 ? RegionKeyOrNull(own[k]) : null;
            int countryTotal = context.CountryTotal - (ownCountry is { Length: > 0 } ? 1 : 0);
            int regionTotal = context.RegionTotal - (ownRegion is not null ? 1 : 0);

            double best = double.NegativeInfinity;
            int bestEntry = -1;
            string bestRule = "";
            foreach (int hit in hits)
            {
                int e = hit >> 2;
                var how = (NameMatch)(hit & 3);
                if (how == NameMatch.Abbreviation && !s.AfterComma && !Dotted(document, s)) continue;
                if (how == NameMatch.Alternate && _gazetteer.Population(e) < AlternateMinPopulation) continue;
                var rule = new StringBuilder();
                double score = PopulationWeight * Math.Log10(1 + _gazetteer.Population(e));
                switch (_gazetteer.Kind(e))
                {
                    case PlaceKind.Country: score += CountryBonus; rule.Append("kind:country"); break;
                    case PlaceKind.Region: score += RegionBonus; rule.Append("kind:region"); break;
                    case PlaceKind.Area: score += AreaBonus; rule.Append("kind:area"); break;
                    default:
                        var code = _gazetteer.FeatureCode(e);
                        if (code == "PPLC") { score += CapitalBonus; rule.Append("kind:capital"); }
                        else if (code == "PPLA") { score += RegionSeatBonus; rule.Append("kind:region-seat"); }
                        else rule.Append("kind:city");
                        break;
                }
                if (how == NameMatch.Alternate) { score -= AlternatePenalty; rule.Append("+alternate-name"); }
                string country = _gazetteer.Country(e);
                int cv = context.Countries.GetValueOrDefault(country) - (ownCountry == country ? 1 : 0);
                if (countryTotal > 0 && cv > 0)
                {
                    score += ArticleCountryWeight * cv / countryTotal;
                    rule.Append("+context:article-country");
                }
                if (regionTotal > 0 && _gazetteer.Kind(e) == PlaceKind.City)
                {
                    string region = RegionKey(e);
                    int rv = context.Regions.GetValueOrDefault(region) - (ownRegion == region ? 1 : 0);
                    if (rv > 0)
                    {
                        score += ArticleRegionWeight * rv / regionTotal;
                        rule.Append("+context:article-region");
                    }
                }
                if (context.SentenceCountries.GetValueOrDefault((s.Sentence, country)) - (ownCountry == country ? 1 : 0) > 0)
                {
                    score += SentenceCountryBonus;
                    rule.Append("+context:sentence-country");
                }
                if (container >= 0 && Contains(document, spans[container], e))
                {
                    score += ContainerBonus;
                    rule.Append("+container:").Append(document.Text.AsSpan(spans[container].Start(tokens), spans[container].End(tokens) - spans[container].Start(tokens)));
                }
                if (trigger == PlaceKind.City && _gazetteer.Kind(e) == PlaceKind.City || trigger == PlaceKind.Region && _gazetteer.Kind(e) == PlaceKind.Region)
                {
                    score += TriggerBonus;
                    rule.Append("+trigger");
                }
                if (score > best) { best = score; bestEntry = e; bestRule = rule.ToString(); }
            }
            // Only abbreviations matched, and not after "X, ": a gazetteer-only run is dropped, an NER place kept unresolved.
            if (bestEntry < 0) { result[k] = (-1, 0, "unresolved", hits.Length, s.FromNer); continue; }
            // A gazetteer-only name must be a strong place name: a primary name of a country, region, area or large city.
            // A smaller town is kept when the article's other places are in its region ("Cottonport" in a Louisiana story).
            // (LGL tune: recall 67.6 → 68.6 %, exact 43.7 → 44.3 % of all gold, precision 80.7 → 78.6 %.)
            bool keep = s.FromNer || s.Strong || StrongEnough(hits, bestEntry, s.AfterComma, Dotted(document, s))
                || bestRule.Contains("context:article-region", StringComparison.Ordinal) && IsPrimary(hits, bestEntry);
            result[k] = (keep ? bestEntry : -1, best, bestRule, hits.Length, keep);
        }
        return result;
    }

    /// <summary>Shortest dotted abbreviation matched anywhere ("Fla.", "S.C.", "Mass."); shorter ones ("Pa.", "Va.") only
    /// after "City, " or a party letter.</summary>
    private const int MinDottedAbbreviation = 4;

    /// <summary>An abbreviation written with a period, of at least <see cref="MinDottedAbbreviation"/> characters: a state
    /// as AP style writes it, wherever it stands ("Mich. utilities", "S.C. House Republicans").</summary>
    private static bool Dotted(Document doc, Candidate s)
    {
        int start = s.Start(doc.Tokens), end = s.End(doc.Tokens);
        return end - start >= MinDottedAbbreviation && doc.Text.AsSpan(start, end - start).Contains('.');
    }

    private string RegionKey(int e) => _gazetteer.Country(e) + "." + _gazetteer.Admin1Code(e);

    private bool StrongEnough(ReadOnlySpan<int> hits, int entry, bool afterComma, bool dotted)
    {
        foreach (int hit in hits)
        {
            if (hit >> 2 != entry) continue;
            var how = (NameMatch)(hit & 3);
            if (how == NameMatch.Alternate || how == NameMatch.Abbreviation && !afterComma && !dotted) return false;
            return _gazetteer.Kind(entry) != PlaceKind.City || _gazetteer.Population(entry) >= MinUnlabelledCityPopulation;
        }
        return false;
    }

    private static bool IsPrimary(ReadOnlySpan<int> hits, int entry)
    {
        foreach (int hit in hits)
            if (hit >> 2 == entry) return (NameMatch)(hit & 3) == NameMatch.Primary;
        return false;
    }

    /// <summary>Exactly one reading by a primary name ("Georgia" has two: the country and the US state).</summary>
    private bool Unambiguous(ReadOnlySpan<int> hits, out int entry)
    {
        entry = -1;
        int primary = 0;
        foreach (int hit in hits)
        {
            if ((NameMatch)(hit & 3) != NameMatch.Primary) continue;
            primary++;
            entry = hit >> 2;
        }
        return primary == 1;
    }

    private bool Contains(Document doc, Candidate container, int e)
    {
        foreach (int hit in Hits(doc, container))
        {
            int c = hit >> 2;
            switch (_gazetteer.Kind(c))
            {
                case PlaceKind.Country when _gazetteer.Country(c) == _gazetteer.Country(e):
                    return true;
                case PlaceKind.Region when _gazetteer.Country(c) == _gazetteer.Country(e) && _gazetteer.Admin1Code(c) == _gazetteer.Admin1Code(e) && c != e:
                    return true;
            }
        }
        return false;
    }

    /// <summary>"city of X", "X city", "the southern city of X" → city; "state of X", "X state" → region.</summary>
    private PlaceKind? Trigger(Document doc, Candidate s)
    {
        var tokens = doc.Tokens;
        int before = s.First - 1;
        if (before >= 1 && tokens[before].Norm == _of && tokens[before - 1].Sentence == s.Sentence)
        {
            ulong w = tokens[before - 1].Norm;
            if (_cityTriggers.Contains(w)) return PlaceKind.City;
            if (_regionTriggers.Contains(w)) return PlaceKind.Region;
        }
        int after = s.First + s.Count;
        if (after < tokens.Length && tokens[after].Sentence == s.Sentence)
        {
            ulong w = tokens[after].Norm;
            if (_cityTriggers.Contains(w)) return PlaceKind.City;
            if (_regionTriggers.Contains(w)) return PlaceKind.Region;
        }
        return null;
    }

    private ReadOnlySpan<int> Hits(Document doc, Candidate s)
    {
        var tokens = doc.Tokens;
        int start = s.Start(tokens), end = s.End(tokens);
        return _gazetteer.Lookup(doc.Text.AsSpan(start, end - start));
    }

    private void Add(Document doc, Candidate s, int e, double score, string rule, int candidates, bool approximate = false)
    {
        var tokens = doc.Tokens;
        int start = s.Start(tokens), end = s.End(tokens);
        var g = _gazetteer;
        doc.Places.Add(new PlaceMention
        {
            FirstToken = s.First,
            TokenCount = s.Count,
            Sentence = s.Sentence,
            Text = doc.Text.Substring(start, end - start),
            Name = e < 0 ? null : g.Name(e),
            GeoNamesId = e < 0 ? null : g.Id(e),
            Kind = e < 0 ? null : g.Kind(e),
            FeatureClass = e < 0 ? null : g.FeatureClass(e),
            FeatureCode = e < 0 ? null : g.FeatureCode(e),
            Country = e < 0 || g.Country(e).Length == 0 ? null : g.Country(e),
            Admin1Code = e < 0 || g.Admin1Code(e).Length == 0 ? null : g.Admin1Code(e),
            Admin1 = e < 0 ? null : g.Kind(e) == PlaceKind.Region ? g.Name(e) : g.Admin1Name(e),
            Latitude = e < 0 ? null : Math.Round(g.Latitude(e), 4),
            Longitude = e < 0 ? null : Math.Round(g.Longitude(e), 4),
            Population = e < 0 ? null : g.Population(e),
            Source = s.FromNer ? "ner" : "gazetteer",
            Rule = rule,
            Score = Math.Round(score, 3),
            Candidates = candidates,
            Approximate = approximate,
        });
    }

    /// <summary>A compass adjective alone ("Eastern and Northern European heritage"): a description, not the region of
    /// that name in Ghana or Zambia; a region is named with its noun ("Eastern Province"), which makes a longer span.</summary>
    private bool LoneCompassAdjective(ReadOnlySpan<TokenData> tokens, int first, int count) =>
        count == 1 && _compassAdjectives.Contains(tokens[first].Norm);

    /// <summary>The capitalised word just before an NER place is an opening word ("St.", "San", "Fort") that no candidate
    /// nor entity has taken, and with it the span is a name the gazetteer knows: NER found "Petersburg" in "St. Petersburg".</summary>
    private bool OpensName(Document doc, List<Candidate> list, bool[] covered, int first, int count)
    {
        var tokens = doc.Tokens;
        int before = first - 1;
        if (before < 0 || tokens[before].Sentence != tokens[first].Sentence || !_openingWords.Contains(tokens[before].Norm)
            || !Capitalised(doc, before)) return false;
        if (covered[before] || (list.Count > 0 && list[^1].First + list[^1].Count > before)) return false;
        int start = tokens[before].Start, end = tokens[first + count - 1].End;
        return !_gazetteer.Lookup(doc.Text.AsSpan(start, end - start)).IsEmpty;
    }

    /// <summary>Finds the candidate spans, in text order.</summary>
    private List<Candidate> Recognize(Document doc)
    {
        var tokens = doc.Tokens;
        var list = new List<Candidate>();
        var covered = new bool[tokens.Length];
        int entityIndex = 0;
        var entities = doc.Entities;
        foreach (var ent in entities)
            for (int i = ent.FirstToken; i < ent.FirstToken + ent.TokenCount; i++) covered[i] = true;

        int t = 0;
        while (t < tokens.Length)
        {
            // A dateline: "MANSFIELD —", "BEIRUT:" opening a sentence, whatever NER made of it.
            if ((t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence) && Dateline(doc, t) is { } dateline)
            {
                list.Add(dateline);
                t = dateline.First + dateline.Count;
                continue;
            }
            // An NER entity: a LOC span is a candidate (trimmed to the longest name the gazetteer knows inside it).
            while (entityIndex < entities.Count && entities[entityIndex].FirstToken + entities[entityIndex].TokenCount <= t) entityIndex++;
            if (entityIndex < entities.Count && entities[entityIndex].FirstToken == t)
            {
                var ent = entities[entityIndex];
                if (ent.Label == _loc && !IsDemonym(tokens, ent.FirstToken, ent.TokenCount) && !LoneCompassAdjective(tokens, ent.FirstToken, ent.TokenCount))
                {
                    // "St. Petersburg", "San Juan": an opening word NER left out is taken back when the whole is a name.
                    int first = ent.FirstToken, count = ent.TokenCount;
                    if (OpensName(doc, list, covered, first, count)) { first--; count++; }
                    list.Add(Trimmed(doc, first, count) ?? new Candidate(first, count, tokens[first].Sentence, true, AfterComma(tokens, first)));
                }
                else if ((ent.Label == _org || ent.Label == _person) && InName(doc, ent) is { } inner)
                    list.Add(inner);
                t = ent.FirstToken + ent.TokenCount;
                continue;
            }
            if (covered[t] || !Capitalised(doc, t) || (tokens[t].Upos != _propn && !AfterCommaAbbreviation(doc, t) && !AfterParty(tokens, t)
                && !Dotted(doc, new Candidate(t, 1, tokens[t].Sentence, false, false))))
            {
                t++;
                continue;
            }
            int run = 1;
            while (run < MaxNameTokens && t + run < tokens.Length && !covered[t + run] && tokens[t + run].Sentence == tokens[t].Sentence
                   && (Capitalised(doc, t + run) || tokens[t + run].Norm == _of || IsPunctInName(doc, t + run))) run++;
            var found = LongestPrefix(doc, t, run) ?? UnitName(doc, t, run);
            if (found is { } c && !IsDemonym(tokens, c.First, c.Count) && !LoneCompassAdjective(tokens, c.First, c.Count))
            {
                list.Add(c);
                t = c.First + c.Count;
            }
            else t++;
        }
        AddRepeats(doc, list);
        return list;
    }

    /// <summary>One name, one sense within an article: a place found once ("Paris" in "of Paris, Texas", "Bowling Green"
    /// in a dateline) is a place wherever its words stand alone, also where NER read them as a one-word person or
    /// organisation ("Paris firefighters"). Names inside longer entities ("Paris Hilton") are left alone.</summary>
    private void AddRepeats(Document doc, List<Candidate> list)
    {
        var tokens = doc.Tokens;
        Dictionary<ulong, List<Candidate>>? names = null;
        foreach (var c in list)
            if ((c.FromNer || c.Strong) && IsPrimaryName(doc, c))
            {
                names ??= [];
                if (!names.TryGetValue(tokens[c.First].Norm, out var same)) names[tokens[c.First].Norm] = same = [];
                same.Add(c);
            }
        if (names is null) return;
        var taken = new bool[tokens.Length];
        foreach (var c in list)
            for (int i = c.First; i < c.First + c.Count; i++) taken[i] = true;
        foreach (var ent in doc.Entities)
            if (ent.TokenCount > 1)
                for (int i = ent.FirstToken; i < ent.FirstToken + ent.TokenCount; i++) taken[i] = true;
        int before = list.Count;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (taken[t] || !names.TryGetValue(tokens[t].Norm, out var same) || !Capitalised(doc, t) || IsDemonym(tokens, t, 1)) continue;
            foreach (var c in same)
                if (SameWords(tokens, c, t, taken) && (t + c.Count >= tokens.Length || !Capitalised(doc, t + c.Count) || tokens[t + c.Count].Sentence != tokens[t].Sentence))
                {
                    list.Add(new Candidate(t, c.Count, tokens[t].Sentence, true, AfterComma(tokens, t)));
                    for (int i = t; i < t + c.Count; i++) taken[i] = true;
                    break;
                }
        }
        if (list.Count > before) list.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private static bool SameWords(ReadOnlySpan<TokenData> tokens, Candidate c, int t, bool[] taken)
    {
        if (t + c.Count > tokens.Length) return false;
        for (int i = 0; i < c.Count; i++)
            if (taken[t + i] || tokens[t + i].Norm != tokens[c.First + i].Norm || tokens[t + i].Sentence != tokens[t].Sentence) return false;
        return true;
    }

    /// <summary>An NER span's name: the span without its lower-case edges ("southern Gaza" → "Gaza") if the gazetteer
    /// knows it, else its longest known prefix; no piece after the first token is tried ("Middle East" is not "East").</summary>
    private Candidate? Trimmed(Document doc, int first, int count)
    {
        int last = first + count - 1;
        while (first <= last && !Capitalised(doc, first)) first++;
        while (last >= first && !Capitalised(doc, last) && !IsPunctInName(doc, last)) last--;
        if (first > last) return null;
        var tokens = doc.Tokens;
        int start = tokens[first].Start, end = tokens[last].End;
        if (!_gazetteer.Lookup(doc.Text.AsSpan(start, end - start)).IsEmpty)
            return new Candidate(first, last - first + 1, tokens[first].Sentence, true, AfterComma(tokens, first));
        // Else the longest known prefix ("Minnesota House" → "Minnesota", "West Virginia Legislature" → "West Virginia");
        // a later piece alone is tried only after a direction word ("Northeast Georgia", "Metro Atlanta").
        var prefix = LongestPrefix(doc, first, last - first);
        bool direction = first < last && _directionWords.Contains(tokens[first].Norm);
        if (prefix is { } p && !(direction && p.Count == 1)) return p with { FromNer = true };
        return direction ? Trimmed(doc, first + 1, last - first) : null;
    }

    /// <summary>A place named inside an organisation's or a person's name: "the Ohio Supreme Court", "Dublin City Council",
    /// "Hartford Police Department" (an organisation's first words), "University of Georgia", "Max Baucus of Montana"
    /// (the name after a last "of"). Local news names its town's council, police and schools this way, and LGL marks
    /// those toponyms.</summary>
    private Candidate? InName(Document doc, EntitySpan ent)
    {
        var tokens = doc.Tokens;
        int first = ent.FirstToken, last = ent.FirstToken + ent.TokenCount - 1;
        // A first-word prefix: any organisation's ("Dublin City Council"), a "person's" only before an institution word
        // (NER takes "Paris Police Department" for a person). Not before "of": "University of Georgia" is not University, Florida.
        // The longest prefix that is a place's own name ("Dublin City" is only another language's form of Dublin, Ireland).
        for (int len = ent.TokenCount - 1; len >= 1 && LongestPrefix(doc, first, len) is { } prefix; len = prefix.Count - 1)
        {
            if (!IsPrimaryName(doc, prefix)) continue;
            int next = prefix.First + prefix.Count;
            if (tokens[next].Norm != _of && (ent.Label == _org || _institutionWords.Contains(tokens[next].Norm)))
                return prefix with { FromNer = true };
            break;
        }
        // A lawmaker's home town or state NER took into a person's name: "R-Charleston", "DFL-Minneapolis".
        if (ent.TokenCount >= 3 && AfterParty(tokens, first + 2) && LongestPrefix(doc, first + 2, ent.TokenCount - 2) is { } home) return home;
        // A unit the gazetteer lacks opening the name: "Rapides Parish Fire District", "Walker County Sheriff's Office".
        if (ent.TokenCount >= 3 && UnitName(doc, first, ent.TokenCount - 1) is { } opening) return opening;
        // The name after an "of": "University of Kentucky College of Law", "Max Baucus of Montana", "Bank of Canada".
        for (int i = first + 1; i < last; i++)
            if (tokens[i].Norm == _of)
            {
                if (LongestPrefix(doc, i + 1, last - i) is { } after && IsPrimaryName(doc, after)) return after with { FromNer = true };
                if (UnitName(doc, i + 1, last - i) is { } unit) return unit;
            }
        return null;
    }

    /// <summary>The name of a unit the gazetteer does not hold: capitalised words closed by a unit word ("Eastland County",
    /// "Rapides Parish", "Readington Township"). A place, unresolved: it is placed approximately at its holder.</summary>
    private Candidate? UnitName(Document doc, int first, int count)
    {
        var tokens = doc.Tokens;
        for (int j = 1; j < Math.Min(count, MaxNameTokens); j++)
        {
            if (!Capitalised(doc, first + j - 1) || _unitWords.Contains(tokens[first + j - 1].Norm)) return null;
            if (_unitWords.Contains(tokens[first + j].Norm))
                return new Candidate(first, j + 1, tokens[first].Sentence, true, AfterComma(tokens, first));
        }
        return null;
    }

    /// <summary>The gazetteer knows the candidate's text as a place's own name (not only as an alternate or abbreviation).</summary>
    private bool IsPrimaryName(Document doc, Candidate c)
    {
        foreach (int hit in Hits(doc, c))
            if ((NameMatch)(hit & 3) == NameMatch.Primary) return true;
        return false;
    }

    /// <summary>A dateline opening a sentence: a run of all-capital words the gazetteer knows, followed by a dash, a colon,
    /// a comma or an opening parenthesis ("MANSFIELD —", "WINONA --", "BEIRUT:", "BOWLING GREEN, Ohio (AP)").</summary>
    private Candidate? Dateline(Document doc, int t)
    {
        var tokens = doc.Tokens;
        int run = 0;
        while (run < MaxNameTokens && t + run < tokens.Length && tokens[t + run].Sentence == tokens[t].Sentence && AllCapitals(doc, t + run)) run++;
        if (run == 0 || t + run >= tokens.Length) return null;
        ref readonly var next = ref tokens[t + run];
        var mark = doc.Text.AsSpan(next.Start, next.End - next.Start);
        if (mark is not ("—" or "–" or "-" or "--" or ":" or "(" or ",")) return null;
        return LongestPrefix(doc, t, run) is { } c && c.Count == run ? c with { Strong = true } : null;
    }

    private static bool AllCapitals(Document doc, int t)
    {
        ref readonly var d = ref doc.Tokens[t];
        int letters = 0;
        for (int i = d.Start; i < d.End; i++)
        {
            char c = doc.Text[i];
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2;
    }

    /// <summary>After a party letter and a hyphen: "D-N.Y.", "R-Charleston" (no spaces between).</summary>
    private bool AfterParty(ReadOnlySpan<TokenData> tokens, int t) =>
        t >= 2 && tokens[t - 1].Norm == _hyphen && _partyLetters.Contains(tokens[t - 2].Norm)
        && tokens[t - 2].End == tokens[t - 1].Start && tokens[t - 1].End == tokens[t].Start;

    /// <summary>The longest prefix of a capitalised run whose text the gazetteer knows.</summary>
    private Candidate? LongestPrefix(Document doc, int first, int count)
    {
        var tokens = doc.Tokens;
        for (int len = Math.Min(count, MaxNameTokens); len >= 1; len--)
        {
            if (!Capitalised(doc, first + len - 1) && !IsPunctInName(doc, first + len - 1)) continue;
            int start = tokens[first].Start, end = tokens[first + len - 1].End;
            if (_gazetteer.Lookup(doc.Text.AsSpan(start, end - start)).IsEmpty) continue;
            // "Madison County", "Rapides Parish": the name of a unit the gazetteer does not hold, not the city.
            int next = first + len;
            if (next < tokens.Length && _unitWords.Contains(tokens[next].Norm)) return null;
            // "South Charleston", "Middle East": a first word that opens longer names is not a place of its own here.
            if (len == 1 && len < count && _openingWords.Contains(tokens[first].Norm)) return null;
            bool party = AfterParty(tokens, first);
            return new Candidate(first, len, tokens[first].Sentence, false, party || AfterComma(tokens, first), party);
        }
        return null;
    }

    private bool AfterComma(ReadOnlySpan<TokenData> tokens, int t) => t >= 2 && tokens[t - 1].Norm == _comma && tokens[t - 1].Sentence == tokens[t].Sentence;

    /// <summary>A capitalised token right after "Name, " may be a state abbreviation even when tagged otherwise ("CA", "Calif.").</summary>
    private bool AfterCommaAbbreviation(Document doc, int t) => AfterComma(doc.Tokens, t) && t >= 2 && Capitalised(doc, t - 2);

    private static bool Capitalised(Document doc, int t)
    {
        ref readonly var d = ref doc.Tokens[t];
        return d.End > d.Start && char.IsUpper(doc.Text[d.Start]);
    }

    /// <summary>A period closing an abbreviation ("D.C.", "Calif.") may end a name.</summary>
    private static bool IsPunctInName(Document doc, int t)
    {
        ref readonly var d = ref doc.Tokens[t];
        return d.End - d.Start == 1 && doc.Text[d.Start] == '.';
    }

    /// <summary>One word the stage reads as a demonym ("Georgian", "Americans"): context, never a place.</summary>
    internal bool IsDemonymWord(string word) => word.IndexOf(' ') < 0 && _demonymCountry.ContainsKey(StringHash.OfNorm(word));

    private bool IsDemonym(ReadOnlySpan<TokenData> tokens, int first, int count) =>
        count == 1 && _demonymCountry.ContainsKey(tokens[first].Norm);

    /// <summary>A span to resolve.</summary>
    /// <param name="First">First token.</param>
    /// <param name="Count">Tokens.</param>
    /// <param name="Sentence">The sentence.</param>
    /// <param name="FromNer">NER (or a name inside an NER span) found it: kept even when unresolved or weakly resolved.</param>
    /// <param name="AfterComma">In a container's slot, where abbreviations count: after "Name, " or a party letter ("D-N.Y.").</param>
    /// <param name="Strong">The position alone makes it a place (a dateline, a lawmaker's state after "D-"): kept like NER's.</param>
    private readonly record struct Candidate(int First, int Count, int Sentence, bool FromNer, bool AfterComma, bool Strong = false)
    {
        public int Start(ReadOnlySpan<TokenData> tokens) => tokens[First].Start;
        public int End(ReadOnlySpan<TokenData> tokens) => tokens[First + Count - 1].End;
    }
}
