using System.Diagnostics;
using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Store;

/// <summary>Where a re-annotation stands, for progress reports.</summary>
/// <param name="Articles">Stored articles taken up so far.</param>
/// <param name="Reannotated">Articles whose annotations were replaced.</param>
/// <param name="Failed">Articles that kept their old annotations because something failed (each reported as a problem).</param>
/// <param name="Total">Articles to take up, counted at the start.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct ReannotateProgress(int Articles, int Reannotated, int Failed, long Total, TimeSpan Elapsed);

/// <summary>The outcome of a re-annotation.</summary>
/// <param name="RunId">The run's id in the store's <c>runs</c> table.</param>
/// <param name="Engine">The engine fingerprint the articles were annotated with.</param>
/// <param name="Progress">Final counts.</param>
/// <param name="Problems">Every problem met, each naming the article id.</param>
public sealed record ReannotateSummary(string RunId, string Engine, ReannotateProgress Progress, IReadOnlyList<Problem> Problems);

/// <summary>
/// Re-annotates stored articles from the text and metadata the store keeps (no source files needed): those another
/// engine (or an unknown one) annotated, or all. Articles are read in id order, in batches; each batch is
/// annotated in parallel and replaced in one transaction (<see cref="DyadStore.Replace"/>). An article that fails
/// (its row does not make an article, a stage fails, its replacement cannot be written) keeps its old annotations,
/// is reported with its id, code and reason, and the others go on. Killed and re-run, it takes up where it stopped:
/// the articles already done carry the new fingerprint.
/// </summary>
public static class ReannotateRunner
{
    /// <summary>Articles per batch (read, annotated, replaced in one transaction) by default.</summary>
    public const int DefaultBatchSize = 200;

    /// <summary>Re-annotates the stale articles of <paramref name="store"/> (every article with <paramref name="all"/>).</summary>
    /// <param name="pipeline">The pipeline to annotate with.</param>
    /// <param name="store">The store.</param>
    /// <param name="all">Re-annotate every article, not only those another engine annotated.</param>
    /// <param name="command">The command line, recorded with the run.</param>
    /// <param name="engine">The fingerprint to compare with and store; null (the default) takes <see cref="DyadPipeline.Fingerprint"/>.</param>
    /// <param name="batchSize">Articles per batch.</param>
    /// <param name="progress">Called after each batch.</param>
    /// <param name="cancel">Checked between batches.</param>
    public static ReannotateSummary Run(DyadPipeline pipeline, DyadStore store, bool all, string command, string? engine = null,
        int batchSize = DefaultBatchSize, Action<ReannotateProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        engine ??= pipeline.Fingerprint;
        long total = all ? Convert.ToInt64(store.Scalar("SELECT count(*) FROM articles")) : store.CountStale(engine);
        string runId = store.BeginRun(command, engine);
        var allProblems = new List<Problem>();
        var languages = pipeline.Options.IdentifyLanguage ? LanguageIdentifier.Shared : null;
        int articles = 0, reannotated = 0, failed = 0;
        string? after = null;

        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var stored = store.ReadForReannotation(engine, all, after, batchSize);
            if (stored.Count == 0) break;
            after = stored[^1].Id;
            articles += stored.Count;

            var batchProblems = new List<Problem>();
            var docs = new Document?[stored.Count];
            var errors = new Exception?[stored.Count];
            Parallel.For(0, stored.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, pipeline.Options.Parallelism), CancellationToken = cancel },
                i => docs[i] = AnnotateOne(pipeline, stored[i], languages, out errors[i]));

            var ready = new List<Document>(stored.Count);
            for (int i = 0; i < stored.Count; i++)
            {
                var s = stored[i];
                var doc = docs[i];
                if (s.Article is null)
                {
                    batchProblems.Add(new Problem(s.Id, ErrorCode.StoredArticleUnusable, s.Error ?? "the stored row does not make an article"));
                    failed++;
                }
                else if (doc is null)
                {
                    var e = errors[i];
                    batchProblems.Add(new Problem(s.Id, ErrorCode.StageFailed,
                        $"annotation failed: {e?.GetType().Name}: {e?.Message}; the stored annotations were kept"));
                    failed++;
                }
                else if (DyadStore.AnnotationFailed(doc))
                {
                    // Incomplete annotations never replace complete ones: the article keeps its old ones and stays stale.
                    foreach (var p in doc.Problems)
                        batchProblems.Add(new Problem(s.Id, p.Code, p.Reason + "; the stored annotations were kept"));
                    failed++;
                }
                else ready.Add(doc);
            }

            var (done, storeProblems) = Store(store, ready, batchProblems, runId, engine);
            reannotated += done;
            failed += storeProblems.Count;
            allProblems.AddRange(batchProblems);
            allProblems.AddRange(storeProblems);
            progress?.Invoke(new ReannotateProgress(articles, reannotated, failed, total, clock.Elapsed));
        }
        store.FinishRun(runId);
        return new ReannotateSummary(runId, engine, new ReannotateProgress(articles, reannotated, failed, total, clock.Elapsed), allProblems);
    }

    /// <summary>Annotates one stored article; null when it could not be rebuilt or annotation threw outside a stage.</summary>
    private static Document? AnnotateOne(DyadPipeline pipeline, StoredArticle stored, LanguageIdentifier? languages, out Exception? error)
    {
        error = null;
        if (stored.Article is not { } article) return null;
        try
        {
            // A language the identifier found is found again (the identifier may have changed); a declared one is kept.
            if (article.LanguageSource == "identified" && languages is not null)
            {
                var language = languages.Identify(article.Text);
                article = article with { Language = language, LanguageSource = language is null ? null : "identified" };
            }
            return pipeline.Annotate(article, stored.GivenDate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e;
            return null;
        }
    }

    /// <summary>
    /// Replaces a batch in one transaction; when that fails, each article alone, so that one article the store
    /// refuses does not hold back the others. Returns the articles replaced and a problem per article that was not.
    /// </summary>
    private static (int Done, List<Problem> Problems) Store(DyadStore store, List<Document> ready, List<Problem> batchProblems, string runId, string engine)
    {
        var problems = new List<Problem>();
        try
        {
            return (store.Replace(ready, batchProblems, runId, engine).Reannotated, problems);
        }
        catch (DyadStoreException) when (ready.Count > 0)
        {
            // Nothing of the batch was written; find the article(s) at fault.
        }
        int done = 0;
        foreach (var doc in ready)
        {
            try
            {
                done += store.Replace([doc], [], runId, engine).Reannotated;
            }
            catch (DyadStoreException e)
            {
                problems.Add(new Problem(doc.Article.Id, ErrorCode.StoreFailed, e.Message + " (the stored annotations were kept)"));
            }
        }
        try
        {
            store.Write([], [.. batchProblems, .. problems], runId);
        }
        catch (DyadStoreException)
        {
            // The problems are still reported to the caller; the store could not take them.
        }
        return (done, problems);
    }
}
