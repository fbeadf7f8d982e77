using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Query;
using Dyad.Store;
using DuckDB.NET.Data;

namespace Dyad.Tests.Store;

public sealed class DyadStoreTests : IDisposable
{
    private readonly string _path = StoreTestDocs.NewStorePath();

    public void Dispose() => StoreTestDocs.DeleteStore(_path);

    private static long Count(DyadStore store, string table) => Convert.ToInt64(store.Scalar("SELECT count(*) FROM " + table));

    [Fact]
    public void Open_CreatesMissingFolderAndFileAtCurrentVersion()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_path)));
        using var store = DyadStore.Open(_path);
        Assert.True(File.Exists(_path));
        Assert.Equal(DyadStore.KnownSchemaVersion, store.SchemaVersion);
        Assert.Equal((long)Schema.CurrentVersion, Count(store, "schema_version"));
        foreach (var table in Schema.AllTables)
            Assert.Equal(0L, Count(store, table));
    }

    [Fact]
    public void Open_Twice_KeepsDataAndAppliesNoMigrationAgain()
    {
        using (var store = DyadStore.Open(_path))
        {
            var run = store.BeginRun("test");
            store.Write([StoreTestDocs.Make("a1", "One sentence here. Another one.")], [], run);
        }
        using var again = DyadStore.Open(_path);
        Assert.Equal((long)Schema.CurrentVersion, Count(again, "schema_version"));
        Assert.Equal(1L, Count(again, "articles"));
        Assert.Equal(2L, Count(again, "sentences"));
    }

    [Fact]
    public void Open_VersionOneFile_MigratesToTheCurrentVersionAndKeepsItsRows()
    {
        // A store as the first release wrote it: migration 1 only, with an article and its sentence.
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        using (var c = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + _path))
        {
            c.Open();
            void Run(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; cmd.ExecuteNonQuery(); }
            Run("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
            foreach (var statement in Schema.Migrations[0]) Run(statement);
            Run("INSERT INTO schema_version VALUES (1, now())");
            Run("INSERT INTO articles (article_id, content_hash, text, char_count, sentence_count, token_count, ingested_at, run_id) VALUES ('old', 'h', 'Old text.', 9, 1, 3, now(), 'r')");
            Run("INSERT INTO sentences VALUES ('old', 0, 0, 9, 3)");
        }
        using var store = DyadStore.Open(_path);
        Assert.Equal((long)Schema.CurrentVersion, Convert.ToInt64(store.Scalar("SELECT max(version) FROM schema_version")));
        Assert.Equal(1L, Count(store, "articles"));
        Assert.Equal(1L, Count(store, "sentences"));
        Assert.Null(store.Scalar("SELECT tone FROM articles WHERE article_id = 'old'") as double?);
        // The new layout takes new articles beside the old one.
        var run = store.BeginRun("test");
        store.Write([StoreTestDocs.Make("new", "A new article. With two sentences.")], [], run);
        Assert.Equal(2L, Count(store, "articles"));
        Assert.Equal(0L, Count(store, "relations_daily"));
    }

    [Fact]
    public void Open_FileWithNewerSchema_FailsWithStoreTooNew()
    {
        using (var store = DyadStore.Open(_path)) store.Execute("INSERT INTO schema_version VALUES (999, now())");

        var e = Assert.Throws<DyadStoreException>(() => DyadStore.Open(_path));
        Assert.Equal(ErrorCode.StoreTooNew, e.Code);
        Assert.Contains("DY301", e.Message);
        Assert.Contains("999", e.Message);
    }

    [Fact]
    public void Write_RoundTripsEveryArticleField()
    {
        var published = new DateTimeOffset(2016, 10, 4, 23, 30, 15, TimeSpan.FromHours(-4));
        var article = new Article
        {
            Id = "art-1",
            Url = "https://example.org/news/1",
            Title = "Senate “votes” on bill",
            Description = "A standfirst.",
            Text = "The Senate voted on Tuesday. It's a ‘big’ day — über naïve.\n\nSecond paragraph here!",
            Published = published,
            Language = "en",
            LanguageSource = "declared",
            Source = "Example News",
            Author = "A. Writer, B. Writer",
            InputPath = "feeds/a.xml#item3",
            Reader = "feed",
        };
        var doc = StoreTestDocs.Make(article);
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("dyad ingest feeds/");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        store.Write([doc], [], run);

        var row = Assert.Single(store.Articles(new ArticleQuery()));
        Assert.Equal(article.Id, row.ArticleId);
        Assert.Equal(article.ContentHash, row.ContentHash);
        Assert.Equal(article.Url, row.Url);
        Assert.Equal(article.Title, row.Title);
        Assert.Equal(article.Description, row.Description);
        Assert.Equal(article.Text, row.Text);
        Assert.Equal(published, row.Published);
        Assert.Equal(published.Offset, row.Published!.Value.Offset);
        Assert.Equal(article.Language, row.Language);
        Assert.Equal(article.LanguageSource, row.LanguageSource);
        Assert.Equal(article.Source, row.Source);
        Assert.Equal(article.Author, row.Author);
        Assert.Equal(article.InputPath, row.InputPath);
        Assert.Equal(article.Reader, row.Reader);
        Assert.Equal(article.Text.Length, row.CharCount);
        Assert.Equal(doc.SentenceCount, row.SentenceCount);
        Assert.Equal(doc.TokenCount, row.TokenCount);
        Assert.Equal(run, row.RunId);
        Assert.InRange(row.IngestedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public void Write_ArticleWithOnlyRequiredFields_StoresNulls()
    {
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("test");
        store.Write([StoreTestDocs.Make(new Article { Id = "bare", Text = "Just text." })], [], run);

        var row = Assert.Single(store.Articles(new ArticleQuery()));
        Assert.Null(row.Title);
        Assert.Null(row.Published);
        Assert.Null(row.Language);
        Assert.Null(row.Url);
        Assert.Equal("Just text.", row.Text);
    }

    [Fact]
    public void Write_StoresSentenceOffsetsThatSliceTheText()
    {
        var doc = StoreTestDocs.Make("s1", "First one. Second is longer! Third?");
        using var store = DyadStore.Open(_path);
        store.Write([doc], [], store.BeginRun("test"));

        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT sentence_index, \"start\", \"end\", token_count FROM sentences WHERE article_id = 's1' ORDER BY sentence_index";
        using var r = cmd.ExecuteReader();
        var texts = new List<string>();
        while (r.Read())
        {
            Assert.Equal(texts.Count, r.GetInt32(0));
            texts.Add(doc.Text[r.GetInt32(1)..r.GetInt32(2)]);
            Assert.Equal(doc.GetSentence(texts.Count - 1).TokenCount, r.GetInt32(3));
        }
        Assert.Equal(["First one.", "Second is longer!", "Third?"], texts);
    }

    [Fact]
    public void Write_SameBatchAgain_InsertsNothingAndCountsSkips()
    {
        var batch = new[]
        {
            StoreTestDocs.Make("a", "Alpha text here."),
            StoreTestDocs.Make("b", "Beta text here. Two sentences."),
            StoreTestDocs.Make("c", "Gamma text here."),
        };
        using var store = DyadStore.Open(_path);
        var first = store.Write(batch, [], store.BeginRun("first"));
        Assert.Equal(new WriteResult(3, 0, 4, 0, 0), first);

        var second = store.Write(batch, [], store.BeginRun("second"));
        Assert.Equal(new WriteResult(0, 3, 0, 0, 0), second);
        Assert.Equal(3L, Count(store, "articles"));
        Assert.Equal(4L, Count(store, "sentences"));
    }

    [Fact]
    public void Write_SkipsKnownContentUnderANewIdAndKnownIdWithNewContentAndRepeatsInTheBatch()
    {
        using var store = DyadStore.Open(_path);
        store.Write([StoreTestDocs.Make("a", "Alpha text here.")], [], store.BeginRun("first"));

        var result = store.Write(
        [
            StoreTestDocs.Make("a-copy", "Alpha text here."),    // same content hash, other id
            StoreTestDocs.Make("a", "Changed text."),             // same id, other content
            StoreTestDocs.Make("d", "Delta text."),               // new
            StoreTestDocs.Make("d2", "Delta text."),              // same content as the previous, in the batch
        ], [], store.BeginRun("second"));

        Assert.Equal(1, result.Inserted);
        Assert.Equal(3, result.Skipped);
        Assert.Equal(["a", "d"], store.Articles(new ArticleQuery()).Select(r => r.ArticleId).Order().ToArray());
    }

    [Fact]
    public void Write_ResumedAfterPartialIngest_InsertsExactlyTheMissingArticles()
    {
        var docs = Enumerable.Range(0, 10).Select(i => StoreTestDocs.Make("id" + i, $"Article number {i}. It has two sentences.")).ToArray();
        using var store = DyadStore.Open(_path);
        store.Write(docs[..4], [], store.BeginRun("killed run"));

        var resumed = store.Write(docs, [], store.BeginRun("resumed run"));
        Assert.Equal(6, resumed.Inserted);
        Assert.Equal(4, resumed.Skipped);
        Assert.Equal(10L, Count(store, "articles"));
        Assert.Equal(20L, Count(store, "sentences"));
        Assert.Equal(20L, Convert.ToInt64(store.Scalar("SELECT count(DISTINCT (article_id, sentence_index)) FROM sentences")));
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("sentences")]
    [InlineData("problems")]
    [InlineData("commit")]
    public void Write_FailureInsideTheBatch_LeavesNothingOfIt(string failingStep)
    {
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("test");
        store.Write([StoreTestDocs.Make("old", "Already stored.")], [], run);

        var batch = new[] { StoreTestDocs.Make("n1", "New one. Two."), StoreTestDocs.Make("n2", "New two.") };
        var problems = new[] { new Problem("bad.html", ErrorCode.NotAnArticle, "no body") };
        store.WriteStepHook = step => { if (step == failingStep) throw new IOException("simulated crash at " + step); };
        Assert.Throws<IOException>(() => store.Write(batch, problems, run));

        Assert.Equal(1L, Count(store, "articles"));
        Assert.Equal(1L, Count(store, "sentences"));
        Assert.Equal(0L, Count(store, "problems"));
        Assert.Equal(1L, store.GetRun(run)!.Inserted);

        store.WriteStepHook = null;
        var retry = store.Write(batch, problems, run);
        Assert.Equal(new WriteResult(2, 0, 3, 1, 0), retry);
        Assert.Equal(3L, Count(store, "articles"));
    }

    [Fact]
    public void Write_DatabaseErrorInsideTheBatch_RollsBackAndReportsStoreFailed()
    {
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("test");
        // The stored sentences table has no key index (the write path keeps keys unique); give this copy one,
        // and a row already there for an article not yet stored, so the sentence insert violates it.
        store.Execute("DROP TABLE sentences");
        store.Execute("CREATE TABLE sentences (article_id VARCHAR, sentence_index INTEGER, \"start\" INTEGER, \"end\" INTEGER, token_count INTEGER, tone DOUBLE, PRIMARY KEY (article_id, sentence_index))");
        store.Execute("INSERT INTO sentences VALUES ('x', 0, 0, 1, 1, NULL)");

        var e = Assert.Throws<DyadStoreException>(() =>
            store.Write([StoreTestDocs.Make("w", "Fine article."), StoreTestDocs.Make("x", "Clashing sentence.")], [], run));
        Assert.Equal(ErrorCode.StoreFailed, e.Code);
        Assert.Equal(0L, Count(store, "articles"));
        Assert.Equal(1L, Count(store, "sentences"));
    }

    [Fact]
    public void Write_UnknownRun_IsRejectedAndStoresNothing()
    {
        using var store = DyadStore.Open(_path);
        Assert.Throws<ArgumentException>(() => store.Write([StoreTestDocs.Make("a", "Text.")], [], "no-such-run"));
        Assert.Equal(0L, Count(store, "articles"));
    }

    [Fact]
    public void Write_ArticleWithoutId_IsRejected()
    {
        using var store = DyadStore.Open(_path);
        var doc = StoreTestDocs.Make(new Article { Text = "No id." });
        Assert.Throws<ArgumentException>(() => store.Write([doc], [], store.BeginRun("test")));
    }

    [Fact]
    public void Write_RecordsBatchAndDocumentProblemsAndRunTotals()
    {
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("dyad ingest x");
        var doc = StoreTestDocs.Make("p", "Kept article.");
        doc.Problems.Add(new Problem("in/p.txt", ErrorCode.StageFailed, "tagger threw"));
        var result = store.Write([doc], [new Problem("in/empty.txt", ErrorCode.Empty, "no bytes")], run);
        Assert.Equal(2, result.Problems);
        store.Write([doc], [], run);

        var summary = store.FinishRun(run);
        Assert.Equal(1, summary.Inserted);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(3, summary.Failed);
        Assert.Equal("dyad ingest x", summary.Command);
        Assert.NotNull(summary.FinishedAt);
        Assert.True(summary.FinishedAt >= summary.StartedAt);

        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = "SELECT path, code, reason FROM problems WHERE run_id = $r ORDER BY code";
        cmd.Parameters.Add(new DuckDBParameter("r", run));
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("in/empty.txt", "DY101", "no bytes"), (r.GetString(0), r.GetString(1), r.GetString(2)));
    }

    [Fact]
    public void FinishRun_UnknownRun_Throws()
    {
        using var store = DyadStore.Open(_path);
        Assert.Throws<ArgumentException>(() => store.FinishRun("nope"));
    }

    [Fact]
    public void Write_PlaceTheGazetteerLacks_IsStoredAtItsHolderAndMarkedApproximate()
    {
        var doc = Dyad.Pipeline.DyadPipeline.Create(new Dyad.Pipeline.PipelineOptions { IdentifyLanguage = false })
            .Annotate(new Article { Id = "county", Text = "Deputies in Madison County, Ohio, arrested two men on Friday. Columbus police helped.", Language = "en" });
        using var store = DyadStore.Open(_path);
        store.Write([doc], [], store.BeginRun("test"));
        long approximate = Convert.ToInt64(store.Scalar("SELECT count(*) FROM locations WHERE approximate"));
        long named = Convert.ToInt64(store.Scalar("SELECT count(*) FROM locations WHERE NOT approximate"));
        Assert.True(approximate >= 1, "Madison County is no place of its own in the gazetteer: it is stored at Ohio");
        Assert.Equal(doc.Places.Count(p => p.Approximate), approximate);
        Assert.Equal(doc.Places.Count(p => !p.Approximate), named);
    }
}
