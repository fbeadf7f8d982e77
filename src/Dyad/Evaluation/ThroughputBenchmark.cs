using System.Diagnostics;
using Dyad.Pipeline;
using Dyad.Sources;
using Dyad.Store;

namespace Dyad.Evaluation;

/// <summary>One timed pass of the benchmark.</summary>
/// <param name="Articles">Articles that came out of the pipeline.</param>
/// <param name="Problems">Inputs or records reported as problems.</param>
/// <param name="Elapsed">Wall time of the pass.</param>
/// <param name="Cpu">Processor time the process spent during the pass (all threads): steadier than wall time on a busy machine.</param>
public readonly record struct ThroughputPass(int Articles, int Problems, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>What <c>dyad bench</c> measured.</summary>
public sealed record ThroughputReport
{
    /// <summary>Input files read.</summary>
    public required int Inputs { get; init; }
    /// <summary>Bytes of input (after decompression).</summary>
    public required long InputBytes { get; init; }
    /// <summary>Whether the passes wrote to a (fresh, temporary) store.</summary>
    public required bool Stored { get; init; }
    /// <summary>The pipeline's stages.</summary>
    public required IReadOnlyList<string> Stages { get; init; }
    /// <summary>Parallelism used.</summary>
    public required int Jobs { get; init; }
    /// <summary>The timed passes (after one warm-up pass).</summary>
    public required IReadOnlyList<ThroughputPass> Passes { get; init; }
    /// <summary>Time inside each stage over the timed passes (see <see cref="DyadPipeline.StageTimes"/>).</summary>
    public required IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes { get; init; }

    /// <summary>Peak working set of the process during the benchmark, in bytes.</summary>
    public required long PeakWorkingSetBytes { get; init; }

    /// <summary>The median pass.</summary>
    public ThroughputPass Median => Passes.OrderBy(p => p.Elapsed).ElementAt(Passes.Count / 2);

    /// <summary>Articles per second of the median pass.</summary>
    public double ArticlesPerSecond => Median.Articles / Median.Elapsed.TotalSeconds;

    /// <summary>Articles per second of processor time, median over the passes.</summary>
    public double ArticlesPerCpuSecond => Passes.Select(p => p.Articles / Math.Max(p.Cpu.TotalSeconds, 1e-9)).Order().ElementAt(Passes.Count / 2);

    /// <summary>Input megabytes (10^6 bytes) per second of the median pass.</summary>
    public double MegabytesPerSecond => InputBytes / 1e6 / Median.Elapsed.TotalSeconds;

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine($"inputs            {Inputs:N0} files, {InputBytes / 1e6:F2} MB");
        sb.AppendLine($"stages            read, clean, {string.Join(", ", Stages)}{(Stored ? ", store" : "")}");
        sb.AppendLine($"jobs              {Jobs}");
        foreach (var (p, i) in Passes.Select((p, i) => (p, i)))
            sb.AppendLine($"pass {i + 1}            {p.Articles:N0} articles, {p.Problems} problems, {p.Elapsed.TotalMilliseconds:F0} ms wall, {p.Cpu.TotalMilliseconds:F0} ms CPU");
        sb.AppendLine($"articles/s        {ArticlesPerSecond:N0} (median pass, wall time; range {Passes.Min(p => p.Articles / p.Elapsed.TotalSeconds):N0}–{Passes.Max(p => p.Articles / p.Elapsed.TotalSeconds):N0})");
        sb.AppendLine($"articles/CPU-s    {ArticlesPerCpuSecond:N0} (median pass; one core's worth of work)");
        sb.AppendLine($"MB/s              {MegabytesPerSecond:F2}");
        long articles = Passes.Sum(p => (long)p.Articles);
        double total = StageTimes.Sum(s => s.Time.TotalMilliseconds);
        if (articles > 0 && total > 0)
        {
            sb.AppendLine("per stage         ms/article  share  (time inside each stage over the timed passes; the store's writes not included)");
            foreach (var (stage, time) in StageTimes)
                sb.AppendLine($"  {stage,-15} {time.TotalMilliseconds / articles,10:F3}  {100 * time.TotalMilliseconds / total,4:F1}%");
        }
        sb.Append($"peak memory       {PeakWorkingSetBytes / (1024.0 * 1024):F0} MiB (process working set)");
        return sb.ToString();
    }
}

/// <summary>
/// End-to-end throughput: the whole pipeline over a corpus, optionally into a fresh temporary store,
/// after untimed warm-up passes (JIT tiering, disk cache, models). One warm-up pass left later passes up to
/// 2.5x faster than the first timed ones on the PolNeAR corpus, so the default is two.
/// </summary>
public static class ThroughputBenchmark
{
    /// <summary>Runs <paramref name="warmups"/> untimed and <paramref name="passes"/> timed passes.</summary>
    public static ThroughputReport Run(IReadOnlyList<string> paths, PipelineOptions options, bool store, int passes, Action<string>? log = null, int warmups = 2)
    {
        int inputs = 0;
        long bytes = 0;
        foreach (var s in InputScanner.Scan(paths, options.Limits))
            if (s.Item is { } item) { inputs++; bytes += item.Bytes.LongLength; }

        var pipeline = DyadPipeline.Create(options);
        for (int w = 0; w < Math.Max(1, warmups); w++)
        {
            log?.Invoke($"warm-up pass {w + 1}");
            RunOnce(pipeline, paths, store);
        }
        pipeline.ResetStageTimes();
        var results = new List<ThroughputPass>();
        for (int i = 0; i < Math.Max(1, passes); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var pass = RunOnce(pipeline, paths, store);
            log?.Invoke($"pass {i + 1}: {pass.Articles} articles in {pass.Elapsed.TotalMilliseconds:F0} ms");
            results.Add(pass);
        }
        using var self = Process.GetCurrentProcess();
        return new ThroughputReport
        {
            Inputs = inputs,
            InputBytes = bytes,
            Stored = store,
            Stages = pipeline.Stages.Select(s => s.Name).ToArray(),
            Jobs = options.Parallelism,
            Passes = results,
            StageTimes = pipeline.StageTimes(),
            PeakWorkingSetBytes = self.PeakWorkingSet64,
        };
    }

    private static ThroughputPass RunOnce(DyadPipeline pipeline, IReadOnlyList<string> paths, bool store)
    {
        string dir = Path.Combine(Path.GetTempPath(), "dyad-bench-" + Guid.NewGuid().ToString("N"));
        using var self = Process.GetCurrentProcess();
        var cpuStart = self.TotalProcessorTime;
        TimeSpan Cpu() { self.Refresh(); return self.TotalProcessorTime - cpuStart; }
        try
        {
            var clock = Stopwatch.StartNew();
            if (store)
            {
                using var db = DyadStore.Open(Path.Combine(dir, "bench.duckdb"));
                var summary = IngestRunner.Run(pipeline, db, paths, "bench");
                clock.Stop();
                return new ThroughputPass(summary.Progress.Articles, summary.Progress.Failed, clock.Elapsed, Cpu());
            }
            int articles = 0, problems = 0;
            foreach (var item in pipeline.Run(paths))
            {
                if (item.Document is not null) articles++;
                else problems++;
            }
            clock.Stop();
            return new ThroughputPass(articles, problems, clock.Elapsed, Cpu());
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
