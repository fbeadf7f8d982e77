using System.CommandLine;
using Dyad.Pipeline;
using Dyad.Store;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad ingest</c>: the pipeline into the store, idempotent and resumable.</summary>
internal static class IngestCommand
{
    public static Command Build()
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Db();
        var batch = new Option<int>("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => IngestRunner.DefaultBatchSize };
        var every = new Option<double>("--progress-every") { Description = "Seconds between progress lines when stderr is not a terminal; 0 prints one after every batch.", DefaultValueFactory = _ => 5 };
        var cmd = new Command("ingest", "Process news files into the store. Re-running never duplicates an article; a killed run loses nothing.") { paths, db, batch, every };
        CommonOptions.AddPipelineOptions(cmd);
        cmd.SetAction(r =>
        {
            var pipeline = DyadPipeline.Create(CommonOptions.PipelineOptionsFrom(r));
            using var store = DyadStore.Open(r.GetValue(db)!);
            var reporter = new ProgressReporter(TimeSpan.FromSeconds(Math.Max(0, r.GetValue(every))));
            var summary = IngestRunner.Run(pipeline, store, r.GetValue(paths)!, "ingest " + string.Join(' ', r.GetValue(paths)!),
                Math.Max(1, r.GetValue(batch)), reporter.Report);
            reporter.Done();
            foreach (var p in summary.Problems) Console.Error.WriteLine(p);
            var s = summary.Progress;
            Console.WriteLine($"run {summary.RunId}: {s.Articles} articles read, {s.Inserted} stored, {s.Skipped} already stored, {s.Failed} problems, {s.Elapsed.TotalSeconds:F2} s");
            return s.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }
}
