namespace Dyad.Store;

/// <summary>What one <see cref="DyadStore.Write"/> call stored.</summary>
/// <param name="Inserted">Articles newly stored.</param>
/// <param name="Skipped">Articles not stored because their content hash or id was already stored (or repeated in the batch)
/// and their annotations were not replaced.</param>
/// <param name="Sentences">Sentence rows stored for the inserted and re-annotated articles.</param>
/// <param name="Problems">Problem rows recorded (the batch's problems plus the documents' own).</param>
/// <param name="Reannotated">Stored articles whose annotations were replaced.</param>
public sealed record WriteResult(int Inserted, int Skipped, int Sentences, int Problems, int Reannotated);

/// <summary>One ingest run as the <c>runs</c> table holds it.</summary>
/// <param name="RunId">The run's id.</param>
/// <param name="Command">The command line that started it.</param>
/// <param name="StartedAt">When <see cref="DyadStore.BeginRun"/> was called.</param>
/// <param name="FinishedAt">When <see cref="DyadStore.FinishRun"/> was called; null while the run is open or when it was killed.</param>
/// <param name="Inserted">Articles the run inserted (summed over its committed batches).</param>
/// <param name="Skipped">Articles the run skipped as already stored.</param>
/// <param name="Failed">Problems the run recorded.</param>
/// <param name="Reannotated">Stored articles whose annotations the run replaced.</param>
/// <param name="Engine">The engine fingerprint the run annotated with; null for runs that did not say (stores before schema v4).</param>
public sealed record RunSummary(string RunId, string? Command, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, long Inserted, long Skipped, long Failed,
    long Reannotated, string? Engine);
