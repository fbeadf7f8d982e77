using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Query;
using Dyad.Sources;
using Dyad.Store;
using Dyad.Tests.Support;

namespace Dyad.Tests.Store;

/// <summary>
/// A stored article is annotated again when the engine that annotated it changed: by an ingest of the same article
/// (<see cref="IngestRunner"/>) or from the stored text (<see cref="ReannotateRunner"/>). The fingerprints are injected
/// through the library API ("engine A", "engine B"), never by editing model or knowledge files.
/// </summary>
public sealed class ReannotationTests : IDisposable
{
    private readonly string _path = StoreTestDocs.NewStorePath();

    public void Dispose() => StoreTestDocs.DeleteStore(_path);

    private static long Count(DyadStore store, string sql) => Convert.ToInt64(store.Scalar(sql));

    private static string SeedSample() => Path.Combine(SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt");

    /// <summary>Rows per annotation table, and the article row's identity.</summary>
    private static Dictionary<string, long> Snapshot(DyadStore store)
    {
        var counts = new Dictionary<string, long>();
        foreach (var t in new[] { "articles", "sentences", "entities", "actors", "dates", "events", "quotes", "locations" })
            counts[t] = Count(store, "SELECT count(*) FROM " + t);
        return counts;
    }

    [Fact]
    public void Ingest_StoredArticleOfAnotherEngine_IsReannotatedInPlace_AndOfTheSameEngineSkipped()
    {
        var pipeline = DyadPipeline.Create(new PipelineOptions { ReferenceDate = new DateOnly(2024, 3, 27), Parallelism = 1 });
        string seed = SeedSample();
        using var store = DyadStore.Open(_path);

        var first = IngestRunner.Run(pipeline, store, [seed], "ingest A", engine: "engine A").Progress;
        Assert.Equal((1, 0, 0), (first.Inserted, first.Reannotated, first.Skipped));
        var before = Snapshot(store);
        Assert.True(before["events"] > 0 && before["quotes"] > 0 && before["actors"] > 0, "the seed article has events, quotes and actors");
        string id = (string)store.Scalar("SELECT article_id FROM articles")!;
        var ingestedAt = store.Scalar("SELECT ingested_at FROM articles");
        string firstRun = (string)store.Scalar("SELECT run_id FROM articles")!;

        // What an older engine might have left: a wrong code, a lost quote, a sentence too many.
        store.Execute("UPDATE events SET cameo = 'XXX'");
        store.Execute("DELETE FROM quotes WHERE quote_index = 0");
        store.Execute($"INSERT INTO sentences VALUES ('{id}', 999, 0, 1, 1, NULL)");

        // The same engine again: skipped, the stored rows untouched.
        var same = IngestRunner.Run(pipeline, store, [seed], "ingest A again", engine: "engine A").Progress;
        Assert.Equal((0, 0, 1), (same.Inserted, same.Reannotated, same.Skipped));
        Assert.Equal(before["events"], Count(store, "SELECT count(*) FROM events WHERE cameo = 'XXX'"));
        Assert.Equal(before["quotes"] - 1, Count(store, "SELECT count(*) FROM quotes"));

        // Another engine: the annotations are replaced, nothing duplicated, the article row kept.
        var other = IngestRunner.Run(pipeline, store, [seed], "ingest B", engine: "engine B");
        Assert.Equal((0, 1, 0), (other.Progress.Inserted, other.Progress.Reannotated, other.Progress.Skipped));
        Assert.Equal(before, Snapshot(store));
        Assert.Equal(0L, Count(store, "SELECT count(*) FROM events WHERE cameo = 'XXX'"));
        Assert.Equal(0L, Count(store, "SELECT count(*) FROM sentences WHERE sentence_index = 999"));
        Assert.Equal(before["events"], Count(store, "SELECT count(DISTINCT event_id) FROM events"));
        Assert.Equal(before["sentences"], Count(store, "SELECT count(DISTINCT (article_id, sentence_index)) FROM sentences"));
        Assert.Equal(before["quotes"], Count(store, "SELECT count(DISTINCT quote_index) FROM quotes"));
        Assert.Equal(id, store.Scalar("SELECT article_id FROM articles"));
        Assert.Equal("engine B", store.Scalar("SELECT engine FROM articles"));
        var row = store.Articles(new ArticleQuery()).Single();
        Assert.Equal("engine B", row.Engine);
        Assert.True(row.AnnotatedAt > row.IngestedAt);
        Assert.Equal(ingestedAt, store.Scalar("SELECT ingested_at FROM articles"));
        Assert.Equal(firstRun, store.Scalar("SELECT run_id FROM articles"));
        Assert.Equal(1L, Count(store, "SELECT count(*) FROM articles WHERE annotated_at > ingested_at"));
        Assert.Equal(1L, Count(store, "SELECT count(*) FROM articles WHERE sentence_count = (SELECT count(*) FROM sentences)"));
        var run = store.GetRun(other.RunId)!;
        Assert.Equal((0L, 0L, 1L, "engine B"), (run.Inserted, run.Skipped, run.Reannotated, run.Engine));
        Assert.Equal(0L, store.CountStale("engine B"));
        Assert.Equal(1L, store.CountStale("engine C"));
    }

    [Fact]
    public void Ingest_AnotherEngineWhoseAnnotationFails_KeepsTheStoredAnnotations()
    {
        string seed = SeedSample();
        using var store = DyadStore.Open(_path);
        IngestRunner.Run(DyadPipeline.Create(new PipelineOptions { Until = "segment" }), store, [seed], "ingest A", engine: "engine A");
        long sentences = Count(store, "SELECT count(*) FROM sentences");

        // No time at all per article: the run stops after the first stage (DY108), so its annotations are incomplete.
        var hurried = DyadPipeline.Create(new PipelineOptions { Until = "tag", Limits = Limits.Default with { MaxTime = TimeSpan.Zero } });
        var summary = IngestRunner.Run(hurried, store, [seed], "ingest B", engine: "engine B");
        Assert.Equal((0, 0, 1), (summary.Progress.Inserted, summary.Progress.Reannotated, summary.Progress.Skipped));
        Assert.Contains(summary.Problems, p => p.Code == ErrorCode.Timeout);
        Assert.Equal("engine A", store.Scalar("SELECT engine FROM articles"));
        Assert.Equal(sentences, Count(store, "SELECT count(*) FROM sentences"));
    }

    [Fact]
    public void Open_VersionThreeStore_MigratesAndItsArticlesAreStaleUntilReannotated()
    {
        // A store as schema v3 wrote it, with an article whose sentences a coarser segmenter made (one for the whole text).
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        const string text = "The minister met the envoy. They talked for an hour. Nothing was agreed.";
        var hash = ArticleIds.ContentHash("Talks", text);
        using (var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + _path))
        {
            c.Open();
            void Run(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; cmd.ExecuteNonQuery(); }
            Run("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
            for (int v = 1; v <= 3; v++)
            {
                foreach (var statement in Schema.Migrations[v - 1]) Run(statement);
                Run($"INSERT INTO schema_version VALUES ({v}, now())");
            }
            Run("INSERT INTO articles (article_id, content_hash, title, text, language, language_source, char_count, sentence_count, token_count, ingested_at, run_id, reference_date, reference_date_source) " +
                $"VALUES ('old', '{hash}', 'Talks', '{text}', 'en', 'declared', {text.Length}, 1, 14, now(), 'r', DATE '2020-05-04', 'given')");
            Run($"INSERT INTO sentences VALUES ('old', 0, 0, {text.Length}, 14, NULL)");
            Run("INSERT INTO runs (run_id, started_at, command) VALUES ('r', now(), 'ingest old')");
        }

        using var store = DyadStore.Open(_path);
        Assert.Equal(DyadStore.KnownSchemaVersion, store.SchemaVersion);
        Assert.Null(store.Scalar("SELECT engine FROM articles") as string);
        Assert.Equal(1L, store.CountStale("engine B"));
        Assert.Equal(new[] { new EngineCount(null, 1) }, store.EngineCounts());
        Assert.Equal(0L, store.GetRun("r")!.Reannotated);
        Assert.Equal(1L, store.Stats().StaleFor("engine B"));

        var stored = Assert.Single(store.ReadForReannotation("engine B", all: false, afterId: null, limit: 10));
        Assert.Null(stored.Error);
        Assert.Equal(text, stored.Article!.Text);
        Assert.Equal(hash, stored.Article.ContentHash);
        Assert.Equal(new DateOnly(2020, 5, 4), stored.GivenDate);

        var summary = ReannotateRunner.Run(DyadPipeline.Create(new PipelineOptions { Until = "segment" }), store, all: false, "reannotate", engine: "engine B");
        Assert.Equal((1, 1, 0, 1L), (summary.Progress.Articles, summary.Progress.Reannotated, summary.Progress.Failed, summary.Progress.Total));
        Assert.Empty(summary.Problems);
        Assert.Equal(3L, Count(store, "SELECT count(*) FROM sentences"));
        Assert.Equal(3L, Count(store, "SELECT sentence_count FROM articles"));
        Assert.Equal(new DateOnly(2020, 5, 4), store.Scalar("SELECT reference_date FROM articles"));
        Assert.Equal("given", store.Scalar("SELECT reference_date_source FROM articles"));
        Assert.Equal(0L, store.CountStale("engine B"));

        // Nothing is stale any more; --all takes every article again.
        Assert.Equal(0, ReannotateRunner.Run(DyadPipeline.Create(new PipelineOptions { Until = "segment" }), store, all: false, "reannotate", engine: "engine B").Progress.Articles);
        var again = ReannotateRunner.Run(DyadPipeline.Create(new PipelineOptions { Until = "segment" }), store, all: true, "reannotate --all", engine: "engine B");
        Assert.Equal(1, again.Progress.Reannotated);
        Assert.Equal(3L, Count(store, "SELECT count(*) FROM sentences"));
    }

    [Fact]
    public void Reannotate_ABrokenArticle_IsReportedAndTheOthersAreDone()
    {
        var segment = DyadPipeline.Create(new PipelineOptions { Until = "segment" });
        using var store = DyadStore.Open(_path);
        var published = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(2));
        var batch = new[]
        {
            // Stored with whole-text "sentences", as a coarser engine might have.
            OneSentence("a", "First article. It has two sentences.", published),
            OneSentence("b", "Second article. It breaks. Three sentences.", published),
            OneSentence("c", "Third article. Two sentences here.", null),
        };
        store.Write(batch, [], store.BeginRun("ingest"), "engine A");
        // A row no ingest writes: an offset of 83 hours makes no DateTimeOffset.
        store.Execute("UPDATE articles SET published_offset = 5000 WHERE article_id = 'b'");

        var progress = new List<ReannotateProgress>();
        var summary = ReannotateRunner.Run(segment, store, all: false, "reannotate", engine: "engine B", batchSize: 2, progress: progress.Add);

        Assert.Equal((3, 2, 1, 3L), (summary.Progress.Articles, summary.Progress.Reannotated, summary.Progress.Failed, summary.Progress.Total));
        Assert.Equal(2, progress.Count); // batches of two: a and b, then c
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(("b", ErrorCode.StoredArticleUnusable), (problem.Path, problem.Code));
        Assert.Contains("does not make an article", problem.Reason);
        Assert.Equal(1L, Count(store, $"SELECT count(*) FROM problems WHERE run_id = '{summary.RunId}' AND path = 'b' AND code = 'DY302'"));

        // a and c have the segmenter's sentences now; b keeps its old annotations and stays stale.
        Assert.Equal(2L, Count(store, "SELECT count(*) FROM sentences WHERE article_id = 'a'"));
        Assert.Equal(2L, Count(store, "SELECT count(*) FROM sentences WHERE article_id = 'c'"));
        Assert.Equal(1L, Count(store, "SELECT count(*) FROM sentences WHERE article_id = 'b'"));
        Assert.Equal(1L, store.CountStale("engine B"));
        Assert.Equal("engine A", store.Scalar("SELECT engine FROM articles WHERE article_id = 'b'"));
        // The stored publication time and its offset survive the round trip.
        Assert.Equal(published, store.Articles(new ArticleQuery { Text = "First article" }).Single().Published);
        Assert.Equal(new DateOnly(2024, 3, 1), store.Scalar("SELECT reference_date FROM articles WHERE article_id = 'a'"));
        Assert.Equal(3L, Count(store, "SELECT count(*) FROM articles"));
    }

    [Fact]
    public void Reannotate_AnArticleTheStoreRefuses_IsReportedAndTheRestOfItsBatchIsDone()
    {
        var segment = DyadPipeline.Create(new PipelineOptions { Until = "segment" });
        using var store = DyadStore.Open(_path);
        store.Write([OneSentence("a", "Fine one. Two sentences.", null), OneSentence("x", "Refused one. Also two.", null), OneSentence("z", "Fine too. Yes.", null)],
            [], store.BeginRun("ingest"), "engine A");
        // This copy of the sentences table refuses a second sentence for 'x' (a stand-in for any per-article store failure).
        store.Execute("CREATE TABLE sentences_copy AS SELECT * FROM sentences");
        store.Execute("DROP TABLE sentences");
        store.Execute("CREATE TABLE sentences (article_id VARCHAR, sentence_index INTEGER, \"start\" INTEGER, \"end\" INTEGER, token_count INTEGER, tone DOUBLE, " +
                      "CHECK (article_id <> 'x' OR sentence_index = 0))");
        store.Execute("INSERT INTO sentences SELECT * FROM sentences_copy");

        var summary = ReannotateRunner.Run(segment, store, all: false, "reannotate", engine: "engine B");

        Assert.Equal((3, 2, 1), (summary.Progress.Articles, summary.Progress.Reannotated, summary.Progress.Failed));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(("x", ErrorCode.StoreFailed), (problem.Path, problem.Code));
        Assert.Equal(1L, Count(store, "SELECT count(*) FROM sentences WHERE article_id = 'x'"));
        Assert.Equal("engine A", store.Scalar("SELECT engine FROM articles WHERE article_id = 'x'"));
        Assert.Equal(4L, Count(store, "SELECT count(*) FROM sentences WHERE article_id <> 'x'"));
        Assert.Equal(1L, Count(store, $"SELECT count(*) FROM problems WHERE run_id = '{summary.RunId}' AND path = 'x' AND code = 'DY300'"));
    }

    [Fact]
    public void Fingerprint_IsStableFormattedAndChangesWithEveryPart()
    {
        var dir = Path.GetDirectoryName(_path)!;
        Directory.CreateDirectory(dir);
        string model = Path.Combine(dir, "m.dyad");
        File.WriteAllText(model, "weights one");
        (string, Func<Stream?>)[] Embedded(string content) => [("Dyad.knowledge.x.tsv", () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)))];

        string a = EngineFingerprint.Compute(1, [("m.dyad", model)], Embedded("k"), "lang 1");
        Assert.Matches("^1-[0-9a-f]{12}$", a);
        Assert.Equal(a, EngineFingerprint.Compute(1, [("m.dyad", model)], Embedded("k"), "lang 1"));
        Assert.NotEqual(a, EngineFingerprint.Compute(2, [("m.dyad", model)], Embedded("k"), "lang 1"));
        Assert.NotEqual(a, EngineFingerprint.Compute(1, [("m.dyad", model)], Embedded("k2"), "lang 1"));
        Assert.NotEqual(a, EngineFingerprint.Compute(1, [("m.dyad", model)], Embedded("k"), "lang 2"));
        Assert.NotEqual(a, EngineFingerprint.Compute(1, [("m.dyad", null)], Embedded("k"), "lang 1"));
        File.WriteAllText(model, "weights two");
        Assert.NotEqual(a, EngineFingerprint.Compute(1, [("m.dyad", model)], Embedded("k"), "lang 1"));

        // The shipped engine: the default pipeline's fingerprint is it; stopping early or adding a dictionary is another.
        Assert.Matches($"^{EngineFingerprint.AnnotationVersion}-[0-9a-f]{{12}}$", EngineFingerprint.Current);
        Assert.Equal(EngineFingerprint.Current, DyadPipeline.Create().Fingerprint);
        string segmentOnly = DyadPipeline.Create(new PipelineOptions { Until = "segment" }).Fingerprint;
        Assert.NotEqual(EngineFingerprint.Current, segmentOnly);
        Assert.StartsWith(EngineFingerprint.AnnotationVersion + "-", segmentOnly);
    }

    /// <summary>A document stored as one sentence over its whole text, as a coarser engine might have made it.</summary>
    private static Document OneSentence(string id, string text, DateTimeOffset? published)
    {
        var doc = new Document(new Article { Id = id, Text = text, Language = "en", LanguageSource = "declared", Published = published });
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ') continue;
            if (i > start) doc.AddToken(start, i, i < text.Length ? TokenFlags.SpaceAfter : TokenFlags.None);
            start = i + 1;
        }
        doc.AddSentence(0, doc.TokenCount);
        return doc;
    }
}
