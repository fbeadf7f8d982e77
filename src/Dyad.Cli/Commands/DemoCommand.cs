using System.CommandLine;
using System.Globalization;
using Dyad.Pipeline;
using Dyad.Query;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad demo</c>: the bundled samples into the store, then what was found.</summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        // Its own store, rebuilt on every run, so that it shows what this very build finds. An ingest re-annotates a stored
        // article when the engine fingerprint differs (models, knowledge files, EngineFingerprint.AnnotationVersion), but a
        // code change made without bumping the annotation version, as happens between releases, would leave a kept demo
        // store showing an earlier build's findings. A store named with --db is kept and added to (and re-annotated).
        var db = new Option<string?>("--db") { Description = $"Store into this file and keep it (default: {CommonOptions.DemoDb}, made afresh on every run)." };
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: samples/ of this repository)." };
        // The seed sample is a scrape without a publication date; the White House confirmation it reports came on
        // Wednesday 27 March 2024, so the demo reads undated samples as of that day (actor roles and "on Monday" need one).
        var date = new Option<DateOnly>("--date")
        {
            Description = "The day undated samples speak from (default 2024-03-27, the seed article's day).",
            DefaultValueFactory = _ => new DateOnly(2024, 3, 27),
        };
        var cmd = new Command("demo", "Process the bundled samples into the store and show what Dyad found: events with evidence, quotes, places, tone and the US-Israel series.") { db, samples, date };
        cmd.SetAction(r =>
        {
            string dir = r.GetValue(samples) ?? FindSamples();
            string path = r.GetValue(db) ?? CommonOptions.DemoDb;
            if (r.GetValue(db) is null)
                foreach (var f in new[] { path, path + ".wal" })
                    if (File.Exists(f)) File.Delete(f);
            using var store = DyadStore.Open(path);
            var pipeline = DyadPipeline.Create(new PipelineOptions { ReferenceDate = r.GetValue(date) });
            var summary = IngestRunner.Run(pipeline, store, [dir], "demo " + dir);
            var p = summary.Progress;
            Console.WriteLine($"Ingested {dir}: {p.Articles} articles read, {p.Inserted} newly stored, {p.Reannotated} re-annotated, {p.Skipped} unchanged, {p.Failed} problems ({p.Elapsed.TotalMilliseconds:F0} ms).");
            foreach (var problem in summary.Problems) Console.WriteLine("  problem: " + problem);
            Console.WriteLine();
            foreach (var a in store.Articles(new ArticleQuery { Limit = 100 }))
            {
                Console.WriteLine($"[{a.ArticleId}] {a.Title ?? "(no title)"}");
                Console.WriteLine($"    {a.Reader} reader · language {a.Language ?? "unknown"} ({a.LanguageSource ?? "-"}) · {a.Source ?? "no source"} · {a.Published?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "undated"}");
                Console.WriteLine($"    {a.SentenceCount} sentences, {a.TokenCount} tokens, {a.CharCount} characters · from {a.InputPath}");
                string first = a.Text.Split('\n', 2)[0];
                Console.WriteLine($"    “{(first.Length > 150 ? first[..150] + "…" : first)}”");
            }
            Console.WriteLine();
            PrintFindings(store);
            Console.WriteLine();
            StoreCommands.Print(store.Stats());
            Console.WriteLine();
            Console.WriteLine("Next: ./dyad process --date 2024-03-27 samples/seed-israel-us-rafah-meeting.txt   (every annotation as JSON, with evidence)");
            string dbArg = path == CommonOptions.DefaultDb ? "" : " --db " + path;
            Console.WriteLine($"      ./dyad relations USA ISR --by week --csv{dbArg}    ./dyad export --table events --format csv{dbArg}    ./dyad articles --text Rafah{dbArg}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>What the stages found, read back from the store: events with their evidence, quotes with speakers,
    /// places, tone, and the US–Israel series.</summary>
    private static void PrintFindings(DyadStore store)
    {
        Console.WriteLine("Events (source → target as actor codes, or “words” when the actor has no code; CAMEO, modality; trigger words; rule):");
        const string events = """
            SELECT coalesce(source_code, '“' || source_text || '”', '?'), coalesce(target_code, '“' || target_text || '”', '-'),
                   cameo, modality, trigger_text, rule, date
            FROM events ORDER BY article_id, sentence_index, trigger_start
            """;
        foreach (var row in StoreQueries.Rows(store, events))
            Console.WriteLine($"  {row[0]} → {row[1]}  {row[2]} {row[3],-12} “{row[4]}”  [{row[5]}]  {row[6]:yyyy-MM-dd}");
        Console.WriteLine("Quotes (speaker, code):");
        foreach (var row in StoreQueries.Rows(store, "SELECT coalesce(speaker_name, speaker_text, '?'), coalesce(speaker_code, '-'), content FROM quotes WHERE kind <> 'indirect' ORDER BY article_id, quote_index"))
        {
            string content = (string)row[2]!;
            Console.WriteLine($"  {row[0]} ({row[1]}): {(content.Length > 90 ? content[..90] + "…" : content)}");
        }
        Console.WriteLine("Places (name, country, lat/lon):");
        foreach (var row in StoreQueries.Rows(store, "SELECT DISTINCT resolved_name, country, round(lat, 2), round(lon, 2) FROM locations WHERE geonames_id IS NOT NULL ORDER BY 1"))
            Console.Write($"  {row[0]} ({row[1]} {row[2]}, {row[3]})");
        Console.WriteLine();
        Console.WriteLine("Tone (GDELT scale: positive − negative words, percent):");
        foreach (var row in StoreQueries.Rows(store, "SELECT round(tone, 2), coalesce(title, article_id) FROM articles WHERE tone IS NOT NULL ORDER BY tone"))
            Console.WriteLine($"  {row[0],6}  {row[1]}");
        Console.WriteLine("US–Israel relations (asserted events per day; ./dyad relations USA ISR):");
        foreach (var p in store.Series(new RelationQuery { A = "USA", B = "ISR" }))
            Console.WriteLine($"  {p.Period:yyyy-MM-dd} {p.Source}→{p.Target}: {p.Events} event{(p.Events == 1 ? "" : "s")}, Goldstein {p.GoldsteinSum:+0.0;-0.0}");
    }

    private static string FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                var candidate = Path.Combine(d.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(d.FullName, "Dyad.slnx"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("the samples folder was not found; name it with --samples");
    }
}
