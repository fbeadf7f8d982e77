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
}
