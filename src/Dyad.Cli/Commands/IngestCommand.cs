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
        var batch = CommonOptions.BatchSize(IngestRunner.DefaultBatchSize);
        var every = CommonOptions.ProgressEvery();
        var cmd = new Command("ingest", "Process news files into the store. Re-running never duplicates an article; a killed run loses nothing; " +
            "an article stored by another engine (models, knowledge, annotation version) gets the new annotations in place of its old ones.") { paths, db, batch, every };
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
            Console.WriteLine($"run {summary.RunId}: {s.Articles} articles read, {s.Inserted} new, {s.Reannotated} re-annotated, {s.Skipped} unchanged, {s.Failed} problems, {s.Elapsed.TotalSeconds:F2} s");
            return s.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }
}

/// <summary><c>dyad reannotate</c>: stored articles annotated afresh from the text the store keeps.</summary>
internal static class ReannotateCommand
{
    public static Command Build()
    {
        var db = CommonOptions.Db();
        var all = new Option<bool>("--all") { Description = "Re-annotate every stored article, not only those another engine annotated." };
        var batch = CommonOptions.BatchSize(ReannotateRunner.DefaultBatchSize);
        var every = CommonOptions.ProgressEvery();
        var cmd = new Command("reannotate", "Annotate again, from the text kept in the store, the stored articles another engine (other models, knowledge " +
            "files or annotation version) annotated, or all of them; a failing article keeps its annotations and is reported.") { db, all, batch, every };
        CommonOptions.AddAnnotationOptions(cmd);
        cmd.SetAction(r =>
        {
            var pipeline = DyadPipeline.Create(CommonOptions.AnnotationOptionsFrom(r));
            using var store = DyadStore.Open(r.GetValue(db)!);
            var reporter = new ProgressReporter(TimeSpan.FromSeconds(Math.Max(0, r.GetValue(every))));
            var summary = ReannotateRunner.Run(pipeline, store, r.GetValue(all), "reannotate" + (r.GetValue(all) ? " --all" : ""),
                batchSize: Math.Max(1, r.GetValue(batch)), progress: reporter.Report);
            reporter.Done();
            foreach (var p in summary.Problems) Console.Error.WriteLine(p);
            var s = summary.Progress;
            Console.WriteLine($"run {summary.RunId}: engine {summary.Engine}; {s.Articles} articles taken up, {s.Reannotated} re-annotated, {s.Failed} failed " +
                              $"(kept their annotations), {s.Elapsed.TotalSeconds:F2} s; {store.CountStale(summary.Engine)} stale articles left");
            return s.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }
}
