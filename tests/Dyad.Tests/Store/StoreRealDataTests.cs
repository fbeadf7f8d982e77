using System.Diagnostics;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Query;
using Dyad.Store;
using Dyad.Tests.Support;
using Xunit.Abstractions;

namespace Dyad.Tests.Store;

/// <summary>The store over real news: the 840 PolNeAR training articles (../shared/data/quotes-polnear).</summary>
public sealed class StoreRealDataTests(ITestOutputHelper output) : IDisposable
{
    private const string Corpus = "quotes-polnear/train/text";
    private readonly string _path = StoreTestDocs.NewStorePath();

    public void Dispose() => StoreTestDocs.DeleteStore(_path);

    /// <summary>Reads the articles with their metadata (publisher, date, author, title) from metadata.tsv.</summary>
    internal static List<Document> LoadPolNeAR()
    {
        var meta = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(SharedData.Path("quotes-polnear/metadata.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            meta[f[1]] = f;
        }
        var docs = new List<Document>();
        foreach (var file in Directory.GetFiles(SharedData.Path(Corpus), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var f = meta[name];
            var text = File.ReadAllText(file);
            docs.Add(StoreTestDocs.Make(new Article
            {
                Id = name,
                Text = text,
                Title = f[7],
                Source = f[4],
                Author = f[6] == "None" ? null : f[6],
                Published = DateOnly.TryParse(f[5], out var d) ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
                Language = "en",
                LanguageSource = "declared",
                InputPath = "quotes-polnear/train/text/" + name + ".txt",
                Reader = "text",
            }));
        }
        return docs;
    }

    [DataFact(Corpus, "quotes-polnear/metadata.tsv")]
    public void Write_840RealArticlesUnderAnotherEngine_ReplacesEveryArticlesRowsAndDuplicatesNothing()
    {
        var docs = LoadPolNeAR();
        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("test");
        var watch = Stopwatch.StartNew();
        var first = store.Write(docs, [], run, "engine A");
        output.WriteLine($"first write: {watch.Elapsed.TotalMilliseconds:F0} ms");
        long sentences = store.Stats().RowCounts["sentences"];

        watch.Restart();
        var again = store.Write(docs, [], run, "engine B");
        // A report, not an assertion: the figure depends on the machine's load.
        output.WriteLine($"re-annotating write (all replaced): {watch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal((839, 1, 0), (first.Inserted, first.Skipped, first.Reannotated));
        Assert.Equal((0, 1, 839), (again.Inserted, again.Skipped, again.Reannotated));
        Assert.Equal(first.Sentences, again.Sentences);
        var stats = store.Stats();
        Assert.Equal(839, stats.RowCounts["articles"]);
        Assert.Equal(sentences, stats.RowCounts["sentences"]);
        Assert.Equal(sentences, Convert.ToInt64(store.Scalar("SELECT count(DISTINCT (article_id, sentence_index)) FROM sentences")));
        Assert.Equal(new[] { new EngineCount("engine B", 839) }, stats.Engines);
    }

    [DataFact(Corpus, "quotes-polnear/metadata.tsv")]
    public void Write_840RealArticles_StoresEachContentOnceAndSkipsAllOnRerun()
    {
        var docs = LoadPolNeAR();
        Assert.Equal(840, docs.Count);
        // Two files (wash-post_2015-12-22/23_as-spotlight-shines-on-trump-and) hold the same title and text:
        // the content hash makes them one article.
        var unique = docs.DistinctBy(d => d.Article.ContentHash).ToList();
        Assert.Equal(839, unique.Count);
        int sentences = unique.Sum(d => d.SentenceCount);

        using var store = DyadStore.Open(_path);
        var run = store.BeginRun("test");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var first = store.Write(docs, [], run);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        // A report, not an assertion: the benchmark figure comes from a quiet machine (see the store's report).
        output.WriteLine($"first write: {docs.Count} articles, {sentences} sentences in {watch.Elapsed.TotalMilliseconds:F0} ms wall, " +
                         $"{cpu.TotalMilliseconds:F0} ms CPU ({docs.Count / watch.Elapsed.TotalSeconds:F0} articles/s)");

        watch.Restart();
        var again = store.Write(docs, [], run);
        watch.Stop();
        output.WriteLine($"re-write (all skipped): {watch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(new WriteResult(839, 1, sentences, 0, 0), first);
        Assert.Equal(new WriteResult(0, 840, 0, 0, 0), again);
        var stats = store.Stats();
        Assert.Equal(839, stats.RowCounts["articles"]);
        Assert.Equal(sentences, stats.RowCounts["sentences"]);
        Assert.Equal(unique.Sum(d => (long)d.Text.Length), store.Articles(new ArticleQuery()).Sum(r => (long)r.CharCount));
        Assert.Equal(docs[0].Text, store.Articles(new ArticleQuery { Text = docs[0].Article.Title }).First(r => r.ArticleId == docs[0].Article.Id).Text);
    }
}
