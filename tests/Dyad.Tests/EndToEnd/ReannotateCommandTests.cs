using System.Diagnostics;
using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary><c>dyad reannotate</c> and the stale count of <c>dyad stats</c>, run as users run them.</summary>
public sealed class ReannotateCommandTests
{
    [Fact]
    public void Reannotate_StoreIngestedByAnotherPipeline_IsBroughtUpToThisBuild()
    {
        using var tmp = new TempDir();
        string db = tmp.File("store.duckdb");
        // A pipeline stopped after segmentation has another fingerprint than the whole one.
        var ingest = CliProcess.Run("ingest", "samples", "--db", db, "--date", "2024-03-27", "--until", "segment");
        Assert.True(ingest.Exit == 0, ingest.Stderr);
        Assert.Contains("6 new, 0 re-annotated, 0 unchanged", ingest.Stdout);

        var before = CliProcess.Run("stats", "--db", db);
        Assert.Contains("stale        6 articles", before.Stdout);
        Assert.Equal(0L, StoreProbe.Scalar(db, "SELECT count(*) FROM events"));

        var re = CliProcess.Run("reannotate", "--db", db);
        Assert.True(re.Exit == 0, re.Stderr);
        Assert.Contains("6 articles taken up, 6 re-annotated, 0 failed", re.Stdout);
        Assert.Contains("0 stale articles left", re.Stdout);
        // The seed article's events, dated by the day the ingest gave it (reannotate was given none) and by its text.
        Assert.True(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE date = DATE '2024-03-27' AND date_source = 'given'") > 0);
        Assert.True(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE date = DATE '2024-03-25' AND date_source = 'text'") > 0);

        var after = CliProcess.Run("stats", "--db", db);
        Assert.Contains("stale        0 articles", after.Stdout);
        Assert.Contains("(this build)", after.Stdout);

        // Ingesting the same files with the whole pipeline now changes nothing.
        var again = CliProcess.Run("ingest", "samples", "--db", db, "--date", "2024-03-27");
        Assert.Contains("0 new, 0 re-annotated, 6 unchanged", again.Stdout);
    }

    [DataFact("quotes-polnear/dev/text")]
    public void Reannotate_KilledMidwayThenRerun_LeavesWholeArticlesAndFinishes()
    {
        using var tmp = new TempDir();
        string db = tmp.File("store.duckdb");
        var ingest = CliProcess.Run("ingest", SharedData.Path("quotes-polnear/dev/text"), "--db", db, "--until", "segment");
        Assert.True(ingest.Exit == 0, ingest.Stderr);
        long articles = StoreProbe.Scalar(db, "SELECT count(*) FROM articles");
        Assert.Equal(84L, articles);

        // Killed (SIGKILL) after three committed batches of five.
        using (var p = Process.Start(CliProcess.StartInfo("reannotate", "--db", db, "--batch-size", "5", "--jobs", "1", "--progress-every", "0"))!)
        {
            _ = p.StandardOutput.ReadToEndAsync();
            int batches = 0;
            string? line;
            while ((line = p.StandardError.ReadLine()) != null)
                if (line.Contains("re-annotated", StringComparison.Ordinal) && ++batches == 3) break;
            Assert.False(p.HasExited, "the re-annotation finished before it could be killed; the test needs a run that is still going");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        string engine = EngineFingerprint.Current;
        long done = StoreProbe.Scalar(db, $"SELECT count(*) FROM articles WHERE engine = '{engine}'");
        Assert.InRange(done, 15, articles - 1);
        Assert.Equal(articles, StoreProbe.Scalar(db, "SELECT count(*) FROM articles"));
        // Whole articles only: each has the sentences it promises, and only re-annotated ones have events.
        Assert.Equal(StoreProbe.Scalar(db, "SELECT sum(sentence_count) FROM articles"), StoreProbe.Scalar(db, "SELECT count(*) FROM sentences"));
        Assert.Equal(0L, StoreProbe.Scalar(db, $"SELECT count(*) FROM events JOIN articles USING (article_id) WHERE articles.engine <> '{engine}'"));

        var rerun = CliProcess.Run("reannotate", "--db", db);
        Assert.True(rerun.Exit == 0, rerun.Stderr);
        Assert.Contains($"{articles - done} articles taken up, {articles - done} re-annotated, 0 failed", rerun.Stdout);
        Assert.Contains("0 stale articles left", rerun.Stdout);
        Assert.Equal(articles, StoreProbe.Scalar(db, $"SELECT count(*) FROM articles WHERE engine = '{engine}'"));
        Assert.Equal(StoreProbe.Scalar(db, "SELECT sum(sentence_count) FROM articles"), StoreProbe.Scalar(db, "SELECT count(*) FROM sentences"));
        Assert.Equal(StoreProbe.Scalar(db, "SELECT count(DISTINCT event_id) FROM events"), StoreProbe.Scalar(db, "SELECT count(*) FROM events"));
        Assert.True(StoreProbe.Scalar(db, "SELECT count(*) FROM events") > 0);
    }
}
