using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Query;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad articles</c>, <c>dyad export</c> and <c>dyad stats</c>: thin layers over <see cref="StoreQueries"/>.</summary>
internal static class StoreCommands
{
    public static Command Articles()
    {
        var db = CommonOptions.Db();
        var from = new Option<DateOnly?>("--from") { Description = "Earliest publication date (YYYY-MM-DD, UTC, inclusive)." };
        var to = new Option<DateOnly?>("--to") { Description = "Latest publication date (inclusive)." };
        var source = new Option<string?>("--source") { Description = "Only this source (exact)." };
        var language = new Option<string?>("--language") { Description = "Only this language (ISO 639-1)." };
        var text = new Option<string?>("--text") { Description = "Only articles whose title or text contains this (case-insensitive)." };
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Skip this many rows first." };
        var json = new Option<bool>("--json") { Description = "One JSON object per article (with text) instead of a table." };
        var cmd = new Command("articles", "List or search stored articles by date, source, language or text.") { db, from, to, source, language, text, limit, offset, json };
        cmd.SetAction(r =>
        {
            using var store = DyadStore.Open(r.GetValue(db)!);
            var q = new ArticleQuery
            {
                From = r.GetValue(from), To = r.GetValue(to), Source = r.GetValue(source), Language = r.GetValue(language),
                Text = r.GetValue(text), Limit = r.GetValue(limit), Offset = r.GetValue(offset),
            };
            int n = 0;
            if (r.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                foreach (var a in store.Articles(q))
                {
                    using (var w = new Utf8JsonWriter(stdout, DocumentJson.WriterOptions))
                        JsonSerializer.Serialize(w, a);
                    stdout.WriteByte((byte)'\n');
                    n++;
                }
            }
            else
            {
                Console.WriteLine($"{"article_id",-18} {"published",-10} {"lang",-4} {"source",-22} {"sent",5}  title");
                foreach (var a in store.Articles(q))
                {
                    Console.WriteLine($"{Cut(a.ArticleId, 18),-18} {a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10} {a.Language ?? "-",-4} {Cut(a.Source ?? "-", 22),-22} {a.SentenceCount,5}  {Cut(a.Title ?? "(no title)", 70)}");
                    n++;
                }
            }
            Console.Error.WriteLine($"{n} articles");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command Export()
    {
        var db = CommonOptions.Db();
        var table = new Option<string>("--table") { Description = "The table: " + string.Join(", ", StoreQueries.ExportTables) + ".", DefaultValueFactory = _ => StoreQueries.DefaultExportTable };
        table.AcceptOnlyFromAmong([.. StoreQueries.ExportTables]);
        var format = new Option<string>("--format") { Description = "jsonl, csv or parquet.", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string>("--output", "-o") { Description = "The file to write; - (the default) is standard output (not for parquet).", DefaultValueFactory = _ => "-" };
        var allModalities = new Option<bool>("--all-modalities") { Description = "For events: also negated, future, hypothetical and reported ones (default: asserted events only)." };
        var cmd = new Command("export", "Export a table of the store as JSON Lines, CSV or Parquet (events: asserted only unless --all-modalities).") { db, table, format, output, allModalities };
        cmd.SetAction(r =>
        {
            var fmt = r.GetValue(format) switch { "csv" => ExportFormat.Csv, "parquet" => ExportFormat.Parquet, _ => ExportFormat.Jsonl };
            string outPath = r.GetValue(output)!;
            if (fmt == ExportFormat.Parquet && outPath == "-")
            {
                Console.Error.WriteLine("dyad: parquet is a binary file format; name the file with --output");
                return ExitCodes.Fatal;
            }
            using var store = DyadStore.Open(r.GetValue(db)!);
            bool all = r.GetValue(allModalities);
            long rows = store.Export(r.GetValue(table)!, fmt, outPath, all);
            string note = r.GetValue(table) == "events" ? (all ? " (every modality)" : " (asserted events only; --all-modalities for negated, future, hypothetical and reported ones)") : "";
            Console.Error.WriteLine($"{rows} rows of {r.GetValue(table)} exported{(outPath == "-" ? "" : " to " + outPath)}{note}");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command Stats()
    {
        var db = CommonOptions.Db();
        var cmd = new Command("stats", "What the store holds: rows per table, languages, sources, dates, size, and how many articles another engine annotated (stale).") { db };
        cmd.SetAction(r =>
        {
            using var store = DyadStore.Open(r.GetValue(db)!);
            Print(store.Stats());
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static void Print(StoreStats s)
    {
        Console.WriteLine($"store        {s.Path} (schema v{s.SchemaVersion}, {s.FileBytes / 1024.0 / 1024:F1} MiB)");
        Console.WriteLine($"rows         {string.Join(", ", s.RowCounts.Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
        Console.WriteLine($"languages    {string.Join(", ", s.Languages.Select(k => $"{k.Key ?? "unknown"} {k.Count:N0}"))}");
        Console.WriteLine($"sources      {string.Join(", ", s.TopSources.Select(k => $"{k.Key ?? "unknown"} {k.Count:N0}"))}");
        Console.WriteLine($"published    {s.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"} .. {s.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
        string current = EngineFingerprint.Current;
        Console.WriteLine($"engines      {(s.Engines.Count == 0 ? "-" : string.Join(", ", s.Engines.Select(e => $"{e.Engine ?? "unknown"} {e.Count:N0}{(e.Engine == current ? " (this build)" : "")}")))}");
        long stale = s.StaleFor(current);
        Console.WriteLine($"stale        {stale:N0} articles annotated by another engine than this build's {current}{(stale > 0 ? " (dyad reannotate updates them)" : "")}");
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}

/// <summary><c>dyad relations</c>: a dyad's series over <see cref="Relations.Series"/>.</summary>
internal static class RelationsCommand
{
    public static Command Build()
    {
        var db = CommonOptions.Db();
        var a = new Argument<string>("a") { Description = "A country code (e.g. USA)." };
        var b = new Argument<string>("b") { Description = "The other country code (e.g. ISR)." };
        var by = new Option<RelationPeriod>("--by") { Description = "Period: Day, Week, Month or Year.", DefaultValueFactory = _ => RelationPeriod.Day };
        var from = new Option<DateOnly?>("--from") { Description = "Earliest event date (inclusive)." };
        var to = new Option<DateOnly?>("--to") { Description = "Latest event date (inclusive)." };
        var csv = new Option<bool>("--csv") { Description = "CSV for a charting tool instead of the table." };
        var cmd = new Command("relations", "The series of relations between two countries: asserted events per period and direction, Goldstein sum and mean, and counts by quad class.") { db, a, b, by, from, to, csv };
        cmd.SetAction(r =>
        {
            using var store = DyadStore.Open(r.GetValue(db)!);
            IReadOnlyList<RelationPoint> points;
            try
            {
                points = store.Series(new RelationQuery { A = r.GetValue(a)!, B = r.GetValue(b)!, Period = r.GetValue(by), From = r.GetValue(from), To = r.GetValue(to) });
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"dyad: {e.Message}");
                return ExitCodes.Fatal;
            }
            var inv = CultureInfo.InvariantCulture;
            if (r.GetValue(csv))
            {
                Console.WriteLine("period,source,target,events,mentions,goldstein_sum,goldstein_mean,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict");
                foreach (var p in points)
                    Console.WriteLine(string.Join(',', p.Period.ToString("yyyy-MM-dd", inv), p.Source, p.Target, p.Events.ToString(inv), p.Mentions.ToString(inv),
                        p.GoldsteinSum.ToString("0.###", inv), p.GoldsteinMean.ToString("0.###", inv), p.VerbalCooperation.ToString(inv),
                        p.MaterialCooperation.ToString(inv), p.VerbalConflict.ToString(inv), p.MaterialConflict.ToString(inv)));
            }
            else
            {
                Console.WriteLine($"{"period",-10} {"dyad",-7} {"events",6} {"gold.sum",8} {"mean",6} {"vc",3} {"mc",3} {"vk",3} {"mk",3}  goldstein");
                foreach (var p in points)
                {
                    // A bar per row: '+' for each cooperative Goldstein point, '-' for each conflictual one (capped).
                    int len = (int)Math.Min(40, Math.Round(Math.Abs(p.GoldsteinSum)));
                    string bar = new(p.GoldsteinSum >= 0 ? '+' : '-', len);
                    Console.WriteLine($"{p.Period.ToString("yyyy-MM-dd", inv),-10} {p.Source + ">" + p.Target,-7} {p.Events,6} {p.GoldsteinSum.ToString("0.0", inv),8} {p.GoldsteinMean.ToString("0.0", inv),6} {p.VerbalCooperation,3} {p.MaterialCooperation,3} {p.VerbalConflict,3} {p.MaterialConflict,3}  {bar}");
                }
            }
            Console.Error.WriteLine($"{points.Count} points (asserted events only: negated, future, hypothetical and reported-only events are not counted)");
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
