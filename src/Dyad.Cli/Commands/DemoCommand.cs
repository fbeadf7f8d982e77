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
        var db = CommonOptions.Db();
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: samples/ of this repository)." };
        var cmd = new Command("demo", "Process the bundled samples into the store and show what Dyad found.") { db, samples };
        cmd.SetAction(r =>
        {
            string dir = r.GetValue(samples) ?? FindSamples();
            using var store = DyadStore.Open(r.GetValue(db)!);
            var pipeline = DyadPipeline.Create();
            var summary = IngestRunner.Run(pipeline, store, [dir], "demo " + dir);
            var p = summary.Progress;
            Console.WriteLine($"Ingested {dir}: {p.Articles} articles read, {p.Inserted} newly stored, {p.Skipped} already stored, {p.Failed} problems ({p.Elapsed.TotalMilliseconds:F0} ms).");
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
            StoreCommands.Print(store.Stats());
            Console.WriteLine();
            Console.WriteLine("Next: ./dyad process samples/seed-israel-us-rafah-meeting.txt   (every annotation as JSON)");
            Console.WriteLine("      ./dyad articles --text Rafah    ./dyad export --format csv");
            return ExitCodes.Ok;
        });
        return cmd;
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
