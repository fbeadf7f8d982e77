using System.Diagnostics;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary>Ingest is idempotent and resumable, checked with the real CLI process and a real kill.</summary>
public sealed class IngestKillTests
{
    private const string Corpus = "quotes-polnear/train/text";

    [DataFact(Corpus)]
    public void Ingest_KilledMidwayThenRerun_LosesAndDuplicatesNothing()
    {
        using var tmp = new TempDir();
        string corpus = SharedData.Path(Corpus);

        // A clean run gives the reference counts.
        string cleanDb = tmp.File("clean.duckdb");
        var clean = CliProcess.Run("ingest", corpus, "--db", cleanDb, "--until", "segment");
        Assert.True(clean.Exit is 0 or 1, clean.Stderr);
        var reference = StoreProbe.Counts(cleanDb);
        Assert.True(reference.Articles > 800, $"expected the ~840 PolNeAR articles, got {reference.Articles}");

        // A second run over the same store adds nothing.
        CliProcess.Run("ingest", corpus, "--db", cleanDb, "--until", "segment");
        Assert.Equal(reference, StoreProbe.Counts(cleanDb));

        // A run killed (SIGKILL) after a few batches have been committed.
        string killedDb = tmp.File("killed.duckdb");
        using (var p = Process.Start(CliProcess.StartInfo("ingest", corpus, "--db", killedDb, "--until", "segment", "--batch-size", "10", "--jobs", "1", "--progress-every", "0"))!)
        {
            _ = p.StandardOutput.ReadToEndAsync();
            int batches = 0;
            string? line;
            while ((line = p.StandardError.ReadLine()) != null)
                if (line.Contains("articles (", StringComparison.Ordinal) && ++batches == 5) break;
            Assert.False(p.HasExited, "the ingest finished before it could be killed; the test needs a run that is still going");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var partial = StoreProbe.Counts(killedDb);
        Assert.InRange(partial.Articles, 1, reference.Articles - 1);
        // What was committed is whole: every stored article has all its sentences.
        Assert.Equal(partial.PromisedSentences, partial.Sentences);

        // Re-running completes the store exactly.
        var rerun = CliProcess.Run("ingest", corpus, "--db", killedDb, "--until", "segment");
        Assert.True(rerun.Exit is 0 or 1, rerun.Stderr);
        var final = StoreProbe.Counts(killedDb);
        Assert.Equal(reference, final);
        Assert.Equal(final.Articles, final.DistinctHashes);
    }
}
