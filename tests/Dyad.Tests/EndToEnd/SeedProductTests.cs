using Dyad.Query;
using Dyad.Store;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary>
/// The product's defining example, the whole way: the seed article ingested through the real CLI, then read back from
/// the store — events with evidence, the quote's speaker, places, tone, and the US–Israel series.
/// </summary>
public sealed class SeedProductTests : IDisposable
{
    private const string Seed = "seed/000_caeb5dd2213ebef7.txt";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dyad-seed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static List<object?[]> Rows(DyadStore store, string sql) => StoreQueries.Rows(store, sql);

    [DataFact(Seed)]
    public void Ingest_SeedArticle_StoresEventsQuotePlacesToneAndTheUsIsraelSeries()
    {
        string db = Path.Combine(_dir, "seed.duckdb");
        // The article carries no publication date; the White House confirmation it reports came on Wednesday 27 March 2024.
        var (exit, _, stderr) = CliProcess.Run("ingest", "--db", db, "--date", "2024-03-27", SharedData.Path(Seed));
        Assert.True(exit == 0, stderr);
        using var store = DyadStore.Open(db);

        // Israel -> US intent to meet (036), with the words that triggered it and the sentence.
        var meetings = Rows(store, "SELECT source_country, target_country, trigger_text, rule, modality FROM events WHERE cameo = '036'");
        Assert.Contains(meetings, m => (string?)m[0] == "ISR" && (string?)m[1] == "USA" && ((string)m[2]!).Contains("reschedule"));
        // The defence minister's talks with US officials: consultation (04 family), asserted, dated by "this week".
        var talks = Rows(store, "SELECT source_code, target_code, trigger_text, modality FROM events WHERE cameo_root = '04' AND source_text LIKE '%Gallant%'");
        var talk = Assert.Single(talks);
        Assert.Equal("USAGOV", talk[1]);
        Assert.Equal("asserted", talk[3]);
        // "could target" is a possibility: no attack is coded as having happened.
        Assert.Empty(Rows(store, "SELECT event_id FROM events WHERE cameo_root IN ('18', '19', '20') AND modality = 'asserted'"));
        // Every event carries its evidence.
        Assert.Empty(Rows(store, "SELECT event_id FROM events WHERE trigger_text IS NULL OR rule IS NULL OR source_code IS NULL"));

        // The spokesperson's quote, attributed to her.
        var quote = Assert.Single(Rows(store, "SELECT speaker_name, speaker_code, kind FROM quotes WHERE content LIKE '%convenient date%'"));
        Assert.Equal("Karine Jean-Pierre", quote[0]);
        Assert.Equal("USAGOV", quote[1]);

        // Places on the map: Rafah and Gaza in the Palestinian territories, Washington the capital.
        var places = Rows(store, "SELECT name, country, lat FROM locations WHERE geonames_id IS NOT NULL");
        Assert.Contains(places, p => ((string)p[0]!).StartsWith("Rafa") && (string?)p[1] == "PS");
        Assert.Contains(places, p => ((string)p[0]!).StartsWith("Gaza") && (string?)p[1] == "PS");
        Assert.Contains(places, p => (string?)p[0] == "Washington" && (string?)p[1] == "US" && Math.Abs((double)p[2]! - 38.9) < 0.2);

        // A negative tone.
        Assert.True((double)Rows(store, "SELECT tone FROM articles")[0][0]! < 0);

        // The US–Israel relations series an analyst charts: asserted events between the two, per day.
        var series = store.Series(new RelationQuery { A = "USA", B = "ISR", Period = RelationPeriod.Day });
        Assert.NotEmpty(series);
        Assert.All(series, p => Assert.True(p.Source is "USA" or "ISR" && p.Target is "USA" or "ISR" && p.Events > 0));

        // Exports count asserted events unless told otherwise, and say so.
        long asserted = Convert.ToInt64(Rows(store, "SELECT count(*) FROM events WHERE modality = 'asserted'")[0][0]);
        long all = Convert.ToInt64(Rows(store, "SELECT count(*) FROM events")[0][0]);
        Assert.True(asserted < all, "the seed has future and reported events beside asserted ones");
        store.Dispose(); // the CLI opens the file next
        var (e1, csv, note) = CliProcess.Run("export", "--db", db, "--table", "events", "--format", "csv");
        Assert.Equal(0, e1);
        Assert.Equal(asserted + 1, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("asserted events only", note);
        var (e2, csvAll, _) = CliProcess.Run("export", "--db", db, "--table", "events", "--format", "csv", "--all-modalities");
        Assert.Equal(0, e2);
        Assert.Equal(all + 1, csvAll.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
