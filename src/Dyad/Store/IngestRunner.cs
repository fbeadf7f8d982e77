using System.Diagnostics;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Store;

/// <summary>Where an ingest stands, for progress reports.</summary>
/// <param name="Articles">Articles processed so far.</param>
/// <param name="Inserted">Articles newly stored.</param>
/// <param name="Skipped">Articles already in the store.</param>
/// <param name="Failed">Inputs or records reported as problems.</param>
/// <param name="Elapsed">Time since the start.</param>
public readonly record struct IngestProgress(int Articles, int Inserted, int Skipped, int Failed, TimeSpan Elapsed);

/// <summary>The outcome of an ingest.</summary>
/// <param name="RunId">The run's id in the store's <c>runs</c> table.</param>
/// <param name="Progress">Final counts.</param>
/// <param name="Problems">Every problem met, in input order.</param>
/// <param name="Characters">Characters of article text processed.</param>
public sealed record IngestSummary(string RunId, IngestProgress Progress, IReadOnlyList<Problem> Problems, long Characters);

/// <summary>
/// Runs the pipeline over inputs and writes the documents in batches, one transaction per batch.
/// Killed at any point and re-run, nothing is lost (the unfinished batch was never committed) and nothing is
/// duplicated (stored articles are recognised by content hash and skipped).
/// </summary>
public static class IngestRunner
{
    /// <summary>Articles per transaction by default.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Ingests <paramref name="paths"/> into <paramref name="store"/>.</summary>
    public static IngestSummary Run(DyadPipeline pipeline, DyadStore store, IEnumerable<string> paths, string command,
        int batchSize = DefaultBatchSize, Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        string runId = store.BeginRun(command);
        var docs = new List<Document>(batchSize);
        var batchProblems = new List<Problem>();
        var allProblems = new List<Problem>();
        int articles = 0, inserted = 0, skipped = 0;
        long chars = 0;

        void Flush()
        {
            if (docs.Count == 0 && batchProblems.Count == 0) return;
            var r = store.Write(docs, batchProblems, runId);
            inserted += r.Inserted;
            skipped += r.Skipped;
            docs.Clear();
            batchProblems.Clear();
            progress?.Invoke(new IngestProgress(articles, inserted, skipped, allProblems.Count, clock.Elapsed));
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
        return new IngestSummary(runId, new IngestProgress(articles, inserted, skipped, allProblems.Count, clock.Elapsed), allProblems, chars);
    }
}
