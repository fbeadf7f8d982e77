using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Places;

namespace Dyad.Evaluation;

/// <summary>The two gold formats of the geoparsing corpora (Gritta et al.'s XML).</summary>
public enum PlaceGoldFormat
{
    /// <summary>LGL: article/text and toponyms/toponym with start, end and a gaztag holding the GeoNames id and coordinates.</summary>
    Lgl,
    /// <summary>GeoVirus: article/text and locations/location with start, end and coordinates (no GeoNames id).</summary>
    GeoVirus,
}

/// <summary>Which articles of a gold file to score.</summary>
public enum PlaceEvaluationPart
{
    /// <summary>Every article.</summary>
    All,
    /// <summary>Articles at even positions (0, 2, 4...): the resolver's weights were chosen on these (LGL).</summary>
    Tune,
    /// <summary>Articles at odd positions: held out from tuning.</summary>
    Test,
}

/// <summary>Options of a places evaluation.</summary>
/// <param name="Part">Which articles (applies to both files; GeoVirus was never used for tuning).</param>
/// <param name="Limit">At most this many articles (after the part is taken); 0 for all.</param>
/// <param name="Errors">How many wrong resolutions and misses to list.</param>
public sealed record PlaceEvaluationOptions(PlaceEvaluationPart Part = PlaceEvaluationPart.All, int Limit = 0, int Errors = 0);

/// <summary>Scores of the places stage against one gold file.</summary>
public sealed record PlaceEvaluationReport
{
    /// <summary>The gold file's name.</summary>
    public required string File { get; init; }
    /// <summary>The part scored.</summary>
    public required PlaceEvaluationPart Part { get; init; }
    /// <summary>Articles scored.</summary>
    public required int Articles { get; init; }
    /// <summary>Gold toponyms.</summary>
    public required int Gold { get; init; }
    /// <summary>Gold toponyms with coordinates (and, for LGL, a GeoNames id): the denominators of the accuracies.</summary>
    public required int GoldPlaced { get; init; }
    /// <summary>Gold toponyms overlapped by one of our mentions.</summary>
    public required int Found { get; init; }
    /// <summary>Placed gold toponyms overlapped by a mention we resolved (to the place itself, not approximately).</summary>
    public required int FoundResolved { get; init; }
    /// <summary>Placed gold toponyms overlapped by a mention placed only at its holding region or country
    /// (<see cref="PlaceMention.Approximate"/>): they count toward <see cref="Within161"/> and the median error, never as exact.</summary>
    public required int FoundApproximate { get; init; }
    /// <summary>Same GeoNames id (LGL only; 0 for GeoVirus).</summary>
    public required int Exact { get; init; }
    /// <summary>Placed gold toponyms whose GeoNames id the shipped gazetteer holds (LGL): the most exact matches possible.</summary>
    public required int GoldInGazetteer { get; init; }
    /// <summary>Exact matches among those.</summary>
    public required int ExactInGazetteer { get; init; }
    /// <summary>Resolved or approximately placed within 161 km (100 miles) of the gold coordinates.</summary>
    public required int Within161 { get; init; }
    /// <summary>Approximately placed (at the holder) within 161 km.</summary>
    public required int WithinApproximate { get; init; }
    /// <summary>Median distance in km between our coordinates and the gold's, over found and resolved toponyms.</summary>
    public required double MedianErrorKm { get; init; }
    /// <summary>Median distance in km with our coordinates even when the id is the gold's (region points are the
    /// middles of the boxes around their cities here, not GeoNames' points).</summary>
    public required double RawMedianErrorKm { get; init; }
    /// <summary>Our mentions.</summary>
    public required int Mentions { get; init; }
    /// <summary>Our mentions overlapping a gold toponym.</summary>
    public required int MentionsMatched { get; init; }
    /// <summary>Articles per second through the whole pipeline (segment … places), all cores.</summary>
    public required double ArticlesPerSecond { get; init; }
    /// <summary>Time to load the gazetteer (decompress, parse, index), ms.</summary>
    public required double GazetteerLoadMs { get; init; }
    /// <summary>Managed memory the loaded gazetteer holds, bytes.</summary>
    public required long GazetteerBytes { get; init; }
    /// <summary>Time of the places stage alone per article, one thread (best of three passes), ms.</summary>
    public required double StageMsPerArticle { get; init; }
    /// <summary>Where the placed gold toponyms went: right, or the first step that lost them.</summary>
    public required PlaceOutcomes Outcomes { get; init; }
    /// <summary>The same for the placed gold toponyms whose GeoNames id the gazetteer holds (LGL; empty for GeoVirus).</summary>
    public required PlaceOutcomes OutcomesInGazetteer { get; init; }
    /// <summary>Placed gold toponyms whose GeoNames id the gazetteer lacks, by the gold's feature code (ADM2 counties, PPL
    /// towns under 15,000...), most first (LGL; empty for GeoVirus).</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> MissingFromGazetteer { get; init; }
    /// <summary>Listed errors.</summary>
    public required IReadOnlyList<string> ErrorLines { get; init; }

    /// <summary>Recall: gold toponyms found / gold toponyms.</summary>
    public double Recall => Ratio(Found, Gold);
    /// <summary>Precision: our mentions on a gold toponym / our mentions (GeoVirus annotates only some places: a lower bound).</summary>
    public double Precision => Ratio(MentionsMatched, Mentions);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <inheritdoc />
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"{File} ({Part}): {Articles} articles, {Gold} gold toponyms ({GoldPlaced} with {(GoldInGazetteer > 0 || Exact > 0 ? "a GeoNames id" : "coordinates")}); {ArticlesPerSecond:F1} articles/s (segment … places)");
        sb.AppendLine(inv, $"  recognition: recall {Recall:P1} ({Found}/{Gold}), precision {Precision:P1} ({MentionsMatched}/{Mentions} of our mentions overlap a gold toponym)");
        if (GoldInGazetteer > 0)
        {
            sb.AppendLine(inv, $"  exact GeoNames id: {Ratio(Exact, GoldPlaced):P1} of all gold ({Exact}/{GoldPlaced}); {Ratio(Exact, FoundResolved):P1} of found and resolved ({Exact}/{FoundResolved})");
            sb.AppendLine(inv, $"    gold ids the gazetteer holds: {GoldInGazetteer}/{GoldPlaced} ({Ratio(GoldInGazetteer, GoldPlaced):P1}, the most exact matches possible); exact among them {Ratio(ExactInGazetteer, GoldInGazetteer):P1} ({ExactInGazetteer}/{GoldInGazetteer})");
            sb.Append("    gold ids it lacks, by GeoNames feature code:");
            foreach (var (code, n) in MissingFromGazetteer.Take(8)) sb.Append(inv, $" {code} {n}");
            sb.AppendLine();
        }
        sb.AppendLine(inv, $"  within 161 km: {Ratio(Within161, GoldPlaced):P1} of all gold ({Within161}/{GoldPlaced}); {Ratio(Within161, FoundResolved + FoundApproximate):P1} of found and placed ({Within161}/{FoundResolved + FoundApproximate}, {FoundApproximate} of them placed only at their holding region or country, {WithinApproximate} of those within 161 km)");
        sb.AppendLine(inv, $"  median error: {MedianErrorKm:F1} km over found and placed (an exact id counts as 0 km); {RawMedianErrorKm:F1} km from our own coordinates");
        sb.AppendLine(inv, $"  where the placed gold went ({(GoldInGazetteer > 0 ? "right = exact id" : "right = within 161 km")}):");
        sb.AppendLine(inv, $"    {"",-36}{"all",14}{(GoldInGazetteer > 0 ? "id in gazetteer" : ""),18}");
        Row("right", o => o.Right);
        Row("a demonym, not a place by design", o => o.Demonym);
        Row("not recognised as a place", o => o.NotRecognised);
        Row("recognised, no candidate of its own", o => o.NoCandidate);
        Row("candidates lack the gold", o => o.CandidatesLackGold);
        Row("wrong candidate chosen", o => o.WrongChosen);
        sb.Append(inv, $"  gazetteer: {GazetteerLoadMs:F0} ms to load, {GazetteerBytes / 1048576.0:F1} MiB managed memory; places stage alone: {StageMsPerArticle:F2} ms per article (one thread)");
        foreach (var e in ErrorLines) sb.AppendLine().Append("    ").Append(e);
        return sb.ToString();

        void Row(string name, Func<PlaceOutcomes, int> count)
        {
            sb.Append(inv, $"    {name,-36}{Cell(count(Outcomes), Outcomes.Total),14}");
            if (GoldInGazetteer > 0) sb.Append(inv, $"{Cell(count(OutcomesInGazetteer), OutcomesInGazetteer.Total),18}");
            sb.AppendLine();
        }

        string Cell(int n, int total) => string.Create(inv, $"{n} {Ratio(n, total),6:P1}");
    }
}

/// <summary>Where placed gold toponyms went: right, or the first step of the stage that lost them. The six counts add up
/// to <see cref="Total"/>.</summary>
/// <param name="Right">Resolved right: the gold's GeoNames id (LGL) or within 161 km of the gold point (GeoVirus).</param>
/// <param name="Demonym">No mention of ours overlaps the toponym, and it is a word the stage reads as a demonym ("Georgian",
/// "Americans"): LGL marks these with their country's id; the stage makes them context, not places, by design.</param>
/// <param name="NotRecognised">No mention of ours overlaps the toponym (and it is no demonym).</param>
/// <param name="NoCandidate">A mention overlaps it, but the gazetteer knows none of the mention's names: unresolved, or
/// placed only at its holding region or country (<see cref="PlaceMention.Approximate"/>).</param>
/// <param name="CandidatesLackGold">Resolved wrong, and no entry the mention's text names is right (the gold place is not in
/// the gazetteer, or not under this name, or the mention's span is not the toponym's).</param>
/// <param name="WrongChosen">Resolved wrong although an entry the mention's text names was right.</param>
public sealed record PlaceOutcomes(int Right, int Demonym, int NotRecognised, int NoCandidate, int CandidatesLackGold, int WrongChosen)
{
    /// <summary>All counted toponyms.</summary>
    public int Total => Right + Demonym + NotRecognised + NoCandidate + CandidatesLackGold + WrongChosen;

    internal PlaceOutcomes Add(PlaceOutcome o) => o switch
    {
        PlaceOutcome.Right => this with { Right = Right + 1 },
        PlaceOutcome.Demonym => this with { Demonym = Demonym + 1 },
        PlaceOutcome.NotRecognised => this with { NotRecognised = NotRecognised + 1 },
        PlaceOutcome.NoCandidate => this with { NoCandidate = NoCandidate + 1 },
        PlaceOutcome.CandidatesLackGold => this with { CandidatesLackGold = CandidatesLackGold + 1 },
        _ => this with { WrongChosen = WrongChosen + 1 },
    };
}

internal enum PlaceOutcome { Right, Demonym, NotRecognised, NoCandidate, CandidatesLackGold, WrongChosen }

/// <summary>
/// Runs the pipeline through the places stage over a geoparsing gold file and scores recognition and resolution.
/// A gold toponym is found when one of our mentions overlaps its characters (the mention overlapping most is taken);
/// accuracies are given over all gold toponyms with coordinates (a miss counts as wrong) and over those found and
/// resolved. Toponyms without coordinates (LGL's untagged ones) count for recall only.
/// </summary>
public static class PlaceEvaluation
{
    /// <summary>Mean Earth radius in km.</summary>
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>The customary tolerance of geoparsing evaluations: 161 km (100 miles).</summary>
    public const double ToleranceKm = 161;

    /// <summary>Scores one gold file.</summary>
    public static PlaceEvaluationReport Run(string path, PlaceGoldFormat format, PlaceEvaluationOptions? options = null)
    {
        options ??= new PlaceEvaluationOptions();
        var articles = ReadGold(path, format);
        var chosen = new List<GoldArticle>();
        for (int i = 0; i < articles.Count; i++)
            if (options.Part == PlaceEvaluationPart.All || (i % 2 == 0) == (options.Part == PlaceEvaluationPart.Tune))
                chosen.Add(articles[i]);
        if (options.Limit > 0 && chosen.Count > options.Limit) chosen.RemoveRange(options.Limit, chosen.Count - options.Limit);

        var pipeline = DyadPipeline.Create(new PipelineOptions { Until = "places", IdentifyLanguage = false });
        var docs = new Document[chosen.Count];
        long start = Stopwatch.GetTimestamp();
        Parallel.For(0, chosen.Count, i => docs[i] = pipeline.Annotate(new Article { Id = chosen[i].Id, Text = chosen[i].Text, Language = "en" }));
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;

        // The places stage alone, one thread, on the annotated documents (it clears and rewrites Document.Places):
        // the best of three passes, so other load on the machine counts as little as possible.
        var stage = PlaceResolver.Default;
        double stageMs = double.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var d in docs) stage.Process(d);
            stageMs = Math.Min(stageMs, Stopwatch.GetElapsedTime(t0).TotalMilliseconds / Math.Max(1, docs.Length));
        }

        var gazetteer = PlaceGazetteer.Shared;
        // Load time and managed memory of the gazetteer, measured on a second, fresh copy.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long loadStart = Stopwatch.GetTimestamp();
        var copy = PlaceGazetteer.LoadEmbedded();
        double loadMs = Stopwatch.GetElapsedTime(loadStart).TotalMilliseconds;
        long loadBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(copy);
        var ids = new HashSet<int>();
        for (int e = 0; e < gazetteer.Count; e++) ids.Add(gazetteer.Id(e));

        int foundApproximate = 0, withinApproximate = 0;
        int gold = 0, placed = 0, found = 0, foundResolved = 0, exact = 0, inGaz = 0, exactInGaz = 0, within = 0, mentions = 0, matched = 0;
        var outcomes = new PlaceOutcomes(0, 0, 0, 0, 0, 0);
        var outcomesHeld = outcomes;
        var notHeldCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<double>();
        var rawErrors = new List<double>();
        var lines = new List<string>();
        for (int a = 0; a < chosen.Count; a++)
        {
            var doc = docs[a];
            var spans = new (int Start, int End, PlaceMention M)[doc.Places.Count];
            for (int k = 0; k < spans.Length; k++)
            {
                var m = doc.Places[k];
                spans[k] = (doc.Tokens[m.FirstToken].Start, doc.Tokens[m.FirstToken + m.TokenCount - 1].End, m);
            }
            var used = new bool[spans.Length];
            foreach (var g in chosen[a].Toponyms)
            {
                gold++;
                int best = -1, bestOverlap = 0;
                for (int k = 0; k < spans.Length; k++)
                {
                    int overlap = Math.Min(g.End, spans[k].End) - Math.Max(g.Start, spans[k].Start);
                    if (overlap > bestOverlap) { bestOverlap = overlap; best = k; }
                }
                if (best >= 0) { found++; used[best] = true; }
                if (g.Lat is not { } lat || g.Lon is not { } lon) continue;
                placed++;
                bool held = g.GeoNamesId is { } gid && ids.Contains(gid);
                if (held) inGaz++;
                else if (g.GeoNamesId is not null) notHeldCodes[g.FeatureCode ?? "?"] = notHeldCodes.GetValueOrDefault(g.FeatureCode ?? "?") + 1;
                var m = best >= 0 ? spans[best].M : null;
                var outcome = Outcome(gazetteer, g, m, format);
                outcomes = outcomes.Add(outcome);
                if (held) outcomesHeld = outcomesHeld.Add(outcome);
                if (m?.GeoNamesId is null)
                {
                    if (lines.Count < options.Errors * 2 && m is null) lines.Add($"missed  {g.Phrase} [{g.GeoNamesId}] in {chosen[a].Id}: …{Context(chosen[a].Text, g.Start, g.End)}…");
                    continue;
                }
                if (m.Approximate) foundApproximate++; else foundResolved++;
                if (!m.Approximate && g.GeoNamesId is { } id && m.GeoNamesId == id) { exact++; if (held) exactInGaz++; }
                // The same GeoNames id is the same place: 0 km. Our region coordinates are the middles of the boxes
                // around their cities, not GeoNames' points, and would otherwise count a right answer as hundreds of km off.
                double raw = DistanceKm(lat, lon, m.Latitude!.Value, m.Longitude!.Value);
                double km = g.GeoNamesId == m.GeoNamesId ? 0 : raw;
                errors.Add(km);
                rawErrors.Add(raw);
                if (km <= ToleranceKm) { within++; if (m.Approximate) withinApproximate++; }
                else if (lines.Count < options.Errors * 2)
                    lines.Add($"wrong   {g.Phrase} → {m.Name} {m.Country}/{m.Admin1} [{m.GeoNamesId}] {km:F0} km off, gold [{g.GeoNamesId}] {lat},{lon}{(held ? "" : " (gold id not in gazetteer)")}; {m.Rule}");
            }
            mentions += spans.Length;
            for (int k = 0; k < spans.Length; k++) if (used[k]) matched++;
        }
        double median = Median(errors), rawMedian = Median(rawErrors);
        return new PlaceEvaluationReport
        {
            File = Path.GetFileName(path), Part = options.Part, Articles = chosen.Count, Gold = gold, GoldPlaced = placed, Found = found,
            FoundResolved = foundResolved, FoundApproximate = foundApproximate, WithinApproximate = withinApproximate, Exact = exact, GoldInGazetteer = inGaz, ExactInGazetteer = exactInGaz, Within161 = within,
            MedianErrorKm = median, RawMedianErrorKm = rawMedian, Mentions = mentions, MentionsMatched = matched,
            ArticlesPerSecond = seconds > 0 ? chosen.Count / seconds : 0, ErrorLines = lines,
            GazetteerLoadMs = loadMs, GazetteerBytes = loadBytes, StageMsPerArticle = stageMs,
            Outcomes = outcomes, OutcomesInGazetteer = outcomesHeld,
            MissingFromGazetteer = notHeldCodes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>Classifies one placed gold toponym against the mention matched to it (null: none).</summary>
    private static PlaceOutcome Outcome(PlaceGazetteer gazetteer, GoldToponym g, PlaceMention? m, PlaceGoldFormat format)
    {
        if (m is null) return PlaceResolver.Default.IsDemonymWord(g.Phrase) ? PlaceOutcome.Demonym : PlaceOutcome.NotRecognised;
        if (m.GeoNamesId is null || m.Approximate) return PlaceOutcome.NoCandidate;
        if (IsRight(g, m.GeoNamesId.Value, m.Latitude!.Value, m.Longitude!.Value, format)) return PlaceOutcome.Right;
        foreach (int hit in gazetteer.Lookup(m.Text))
        {
            int e = hit >> 2;
            if (IsRight(g, gazetteer.Id(e), gazetteer.Latitude(e), gazetteer.Longitude(e), format)) return PlaceOutcome.WrongChosen;
        }
        return PlaceOutcome.CandidatesLackGold;
    }

    private static bool IsRight(GoldToponym g, int id, double lat, double lon, PlaceGoldFormat format) =>
        format == PlaceGoldFormat.Lgl ? g.GeoNamesId == id : DistanceKm(g.Lat!.Value, g.Lon!.Value, lat, lon) <= ToleranceKm;

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN
            : values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 40), b = Math.Min(text.Length, end + 40);
        return text[a..b].ReplaceLineEndings(" ");
    }

    /// <summary>Great-circle distance (haversine) in km.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double r = Math.PI / 180;
        double dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * r) * Math.Cos(lat2 * r) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    internal sealed record GoldToponym(int Start, int End, string Phrase, int? GeoNamesId, double? Lat, double? Lon, string? FeatureCode = null);

    internal sealed record GoldArticle(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

    /// <summary>Largest shift of GeoVirus offsets tried, in characters.</summary>
    private const int MaxGoldShift = 2;

    private static bool Points(string text, int s, int e, string name) =>
        s >= 0 && e <= text.Length && e - s == name.Length && text.AsSpan(s, e - s).SequenceEqual(name);

    private static int FindShift(string text, int s, int e, string name)
    {
        for (int d = 1; d <= MaxGoldShift; d++)
        {
            if (Points(text, s - d, e - d, name)) return -d;
            if (Points(text, s + d, e + d, name)) return d;
        }
        return int.MinValue;
    }

    /// <summary>Reads a gold file. GeoVirus offsets are moved onto their names (all of them are one character late in the
    /// shipped file); a toponym whose name is not found there is dropped.</summary>
    internal static List<GoldArticle> ReadGold(string path, PlaceGoldFormat format)
    {
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"{path}: empty XML");
        var list = new List<GoldArticle>();
        int n = 0;
        foreach (var article in root.Elements("article"))
        {
            n++;
            string text = (string?)article.Element("text") ?? "";
            string id = (string?)article.Attribute("docid") ?? (string?)article.Element("source") ?? n.ToString(CultureInfo.InvariantCulture);
            var toponyms = new List<GoldToponym>();
            var items = format == PlaceGoldFormat.Lgl ? article.Element("toponyms")?.Elements("toponym") : article.Element("locations")?.Elements("location");
            foreach (var t in items ?? [])
            {
                int s = (int)t.Element("start")!, e = (int)t.Element("end")!;
                // GeoVirus's offsets are one character past its names ("nited States" for "United States"): the name
                // element says where the toponym is; it is sought a few characters either side.
                if (format == PlaceGoldFormat.GeoVirus && (string?)t.Element("name") is { Length: > 0 } name && !Points(text, s, e, name))
                {
                    int shift = FindShift(text, s, e, name);
                    if (shift == int.MinValue) continue;
                    s += shift; e += shift;
                }
                if (s < 0 || e > text.Length || e <= s) continue;
                string phrase = text[s..e];
                if (format == PlaceGoldFormat.Lgl)
                {
                    var tag = t.Element("gaztag");
                    toponyms.Add(tag is null
                        ? new GoldToponym(s, e, phrase, null, null, null)
                        : new GoldToponym(s, e, phrase, (int?)tag.Attribute("geonameid"), (double?)tag.Element("lat"), (double?)tag.Element("lon"), (string?)tag.Element("fcode")));
                }
                else toponyms.Add(new GoldToponym(s, e, phrase, null, (double?)t.Element("lat"), (double?)t.Element("lon")));
            }
            list.Add(new GoldArticle(id, text, toponyms));
        }
        return list;
    }
}
