using System.Diagnostics;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Store;

/// <summary>Where an ingest stands, for progress reports.</summary>
/// <param name="Articles">Articles processed so far.</param>
/// <param name="Inserted">Articles newly stored.</param>
/// <param name="Skipped">Articles already in the store and left as they were (annotated by the same engine, or sharing
/// only their content or only their id with a stored article, or repeated in the input).</param>
/// <param name="Reannotated">Articles already in the store, annotated by another engine, whose annotations were replaced.</param>
/// <param name="Failed">Inputs or records reported as problems.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct IngestProgress(int Articles, int Inserted, int Skipped, int Reannotated, int Failed, TimeSpan Elapsed);

/// <summary>The outcome of an ingest.</summary>
/// <param name="RunId">The run's id in the store's <c>runs</c> table.</param>
/// <param name="Progress">Final counts.</param>
/// <param name="Problems">Every problem met, in input order.</param>
/// <param name="Characters">Characters of article text processed.</param>
public sealed record IngestSummary(string RunId, IngestProgress Progress, IReadOnlyList<Problem> Problems, long Characters);

/// <summary>
/// Runs the pipeline over inputs and writes the documents in batches, one transaction per batch.
/// Killed at any point and re-run, nothing is lost (the unfinished batch was never committed) and nothing is
/// duplicated (stored articles are recognised by content hash and id). A stored article annotated by the same
/// engine (<see cref="DyadPipeline.Fingerprint"/>) is skipped; one annotated by another engine gets the new
/// annotations in place of its old ones (<see cref="DyadStore.Write"/>).
/// </summary>
public static class IngestRunner
{
    /// <summary>Articles per transaction by default.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Ingests <paramref name="paths"/> into <paramref name="store"/>.</summary>
    /// <param name="pipeline">The pipeline to annotate with.</param>
    /// <param name="store">The store.</param>
    /// <param name="paths">Files, folders, <c>.gz</c> files or <c>-</c>.</param>
    /// <param name="command">The command line, recorded with the run.</param>
    /// <param name="batchSize">Articles per transaction.</param>
    /// <param name="progress">Called after each batch.</param>
    /// <param name="cancel">Stops the run between inputs.</param>
    /// <param name="engine">The fingerprint stored with the articles and compared with stored ones; null (the default)
    /// takes the pipeline's own (<see cref="DyadPipeline.Fingerprint"/>).</param>
    public static IngestSummary Run(DyadPipeline pipeline, DyadStore store, IEnumerable<string> paths, string command,
        int batchSize = DefaultBatchSize, Action<IngestProgress>? progress = null, CancellationToken cancel = default, string? engine = null)
    {
        var clock = Stopwatch.StartNew();
        engine ??= pipeline.Fingerprint;
        string runId = store.BeginRun(command, engine);
        var docs = new List<Document>(batchSize);
        var batchProblems = new List<Problem>();
        var allProblems = new List<Problem>();
        int articles = 0, inserted = 0, skipped = 0, reannotated = 0;
        long chars = 0;

        void Flush()
        {
            if (docs.Count == 0 && batchProblems.Count == 0) return;
            var r = store.Write(docs, batchProblems, runId, engine);
            inserted += r.Inserted;
            skipped += r.Skipped;
            reannotated += r.Reannotated;
            docs.Clear();
            batchProblems.Clear();
            progress?.Invoke(new IngestProgress(articles, inserted, skipped, reannotated, allProblems.Count, clock.Elapsed));
        }

        foreach (var item in pipeline.Run(paths, cancel))
        {
            if (item.Problem is { } p)
            {
                batchProblems.Add(p);
                allProblems.Add(p);
            }
            else if (item.Document is { } d)
            {
                articles++;
                chars += d.Text.Length;
                docs.Add(d);
                // The store records a document's own problems with it; they are only counted here.
                allProblems.AddRange(d.Problems);
            }
            if (docs.Count >= batchSize) Flush();
        }
        Flush();
        store.FinishRun(runId);
        return new IngestSummary(runId, new IngestProgress(articles, inserted, skipped, reannotated, allProblems.Count, clock.Elapsed), allProblems, chars);
    }
}
