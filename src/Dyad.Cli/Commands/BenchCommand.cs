using System.CommandLine;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad bench</c>: end-to-end throughput on a corpus.</summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var paths = CommonOptions.Paths();
        var passes = new Option<int>("--passes") { Description = "Timed passes after the warm-up; the median is reported.", DefaultValueFactory = _ => 3 };
        var noStore = new Option<bool>("--no-store") { Description = "Leave the store out (read, clean and annotate only)." };
        var warmups = new Option<int>("--warmups") { Description = "Untimed passes first (JIT tiering, disk cache, models).", DefaultValueFactory = _ => 2 };
        var cmd = new Command("bench", "Measure end-to-end throughput (articles/s, MB/s, peak memory) on a corpus, after warm-up passes. Each pass writes to a fresh temporary store.") { paths, passes, noStore, warmups };
        CommonOptions.AddPipelineOptions(cmd);
        cmd.SetAction(r =>
        {
            var report = ThroughputBenchmark.Run(r.GetValue(paths)!, CommonOptions.PipelineOptionsFrom(r), !r.GetValue(noStore),
                r.GetValue(passes), m => Console.Error.WriteLine("bench: " + m), r.GetValue(warmups));
            Console.WriteLine(report);
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
