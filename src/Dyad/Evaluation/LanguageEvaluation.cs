using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Articles;
using Lingua;

namespace Dyad.Evaluation;

/// <summary>Accuracy of one language on one kind of test item.</summary>
/// <param name="Language">ISO 639-1 code.</param>
/// <param name="Items">Items tested.</param>
/// <param name="Correct">Items identified as the right language.</param>
/// <param name="Unsure">Items for which the identifier returned null.</param>
public sealed record LanguageScore(string Language, int Items, int Correct, int Unsure)
{
    /// <summary>Correct / items (an unsure answer counts as wrong).</summary>
    public double Accuracy => Items == 0 ? 0 : (double)Correct / Items;
}

/// <summary>The scores of one identifier mode over one kind of item (sentences, word pairs, single words).</summary>
/// <param name="Kind">The folder of the test data: <c>sentences</c>, <c>word-pairs</c> or <c>single-words</c>.</param>
/// <param name="PerLanguage">Scores per candidate language.</param>
/// <param name="ItemsPerSecond">Identification throughput on these items (one thread).</param>
public sealed record LanguageKindReport(string Kind, IReadOnlyList<LanguageScore> PerLanguage, double ItemsPerSecond)
{
    /// <summary>Mean of the per-language accuracies (each language weighs the same).</summary>
    public double Accuracy
    {
        get
        {
            double sum = 0;
            foreach (var s in PerLanguage) sum += s.Accuracy;
            return PerLanguage.Count == 0 ? 0 : sum / PerLanguage.Count;
        }
    }
}

/// <summary>One mode's full measurement.</summary>
/// <param name="LowAccuracy">Whether Lingua's low-accuracy mode was used.</param>
/// <param name="LoadSeconds">Time to build the detector with every candidate model preloaded.</param>
/// <param name="ManagedBytes">Growth of the managed heap (after a full collection) caused by loading the models.</param>
/// <param name="WorkingSetBytes">Growth of the process's resident memory caused by loading the models.</param>
/// <param name="Kinds">Scores per kind of item.</param>
/// <param name="SentenceCoverageByThreshold">For sentences: (confidence threshold, share answered, accuracy of the answers).</param>
public sealed record LanguageModeReport(bool LowAccuracy, double LoadSeconds, long ManagedBytes, long WorkingSetBytes,
    IReadOnlyList<LanguageKindReport> Kinds, IReadOnlyList<(double Threshold, double Answered, double Precision)> SentenceCoverageByThreshold);

/// <summary>
/// Measures <see cref="LanguageIdentifier"/> on Lingua's own test data (../shared/data/langid-lingua-testdata):
/// 1,000 sentences, word pairs and single words per language, for the candidate languages.
/// </summary>
public static class LanguageEvaluation
{
    /// <summary>The folders of the test data, longest items first.</summary>
    public static readonly string[] Kinds = ["sentences", "word-pairs", "single-words"];

    private static readonly double[] Thresholds = [0.0, 0.3, 0.5, 0.7, 0.9];

    /// <summary>Runs the low-accuracy then the high-accuracy mode over the test data folder and reports both.</summary>
    /// <param name="linguaTestDataDir">The folder holding <c>sentences/</c>, <c>word-pairs/</c> and <c>single-words/</c>.</param>
    /// <param name="maxItemsPerLanguage">Items read per language and kind (the data has 1,000).</param>
    public static IReadOnlyList<LanguageModeReport> Run(string linguaTestDataDir, int maxItemsPerLanguage = 1000) =>
        [RunMode(linguaTestDataDir, lowAccuracy: true, maxItemsPerLanguage), RunMode(linguaTestDataDir, lowAccuracy: false, maxItemsPerLanguage)];

    /// <summary>Measures one mode.</summary>
    public static LanguageModeReport RunMode(string linguaTestDataDir, bool lowAccuracy, int maxItemsPerLanguage = 1000)
    {
        if (!Directory.Exists(Path.Combine(linguaTestDataDir, "sentences")))
            throw new DirectoryNotFoundException("no sentences/ folder under " + linguaTestDataDir);

        Collect();
        long managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        long residentBefore = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();
        var identifier = new LanguageIdentifier(lowAccuracy);
        identifier.Preload();
        double load = clock.Elapsed.TotalSeconds;
        Collect();
        long managed = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        long resident = Process.GetCurrentProcess().WorkingSet64 - residentBefore;

        var kinds = new List<LanguageKindReport>();
        var coverage = new List<(double, double, double)>();
        foreach (var kind in Kinds)
        {
            var scores = new List<LanguageScore>();
            long items = 0;
            var timer = new Stopwatch();
            var answeredAt = new int[Thresholds.Length];
            var correctAt = new int[Thresholds.Length];
            foreach (var language in LanguageIdentifier.Candidates)
            {
                string code = language.IsoCode6391().ToString().ToLowerInvariant();
                string file = Path.Combine(linguaTestDataDir, kind, code + ".txt");
                if (!File.Exists(file)) continue;
                int n = 0, correct = 0, unsure = 0;
                foreach (var line in File.ReadLines(file, Encoding.UTF8))
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    if (n == maxItemsPerLanguage) break;
                    n++;
                    timer.Start();
                    string? got = identifier.Identify(line);
                    timer.Stop();
                    if (got == null) unsure++;
                    else if (got == code) correct++;
                    if (kind == "sentences")
                    {
                        for (int t = 0; t < Thresholds.Length; t++)
                        {
                            string? at = identifier.Identify(line, Thresholds[t]);
                            if (at == null) continue;
                            answeredAt[t]++;
                            if (at == code) correctAt[t]++;
                        }
                    }
                }
                items += n;
                scores.Add(new LanguageScore(code, n, correct, unsure));
            }
            kinds.Add(new LanguageKindReport(kind, scores, items / Math.Max(timer.Elapsed.TotalSeconds, 1e-9)));
            if (kind == "sentences")
                for (int t = 0; t < Thresholds.Length; t++)
                    coverage.Add((Thresholds[t], (double)answeredAt[t] / Math.Max(items, 1), (double)correctAt[t] / Math.Max(answeredAt[t], 1)));
        }
        identifier.Unload();
        return new LanguageModeReport(lowAccuracy, load, managed, resident, kinds, coverage);
    }

    /// <summary>A readable table of the reports.</summary>
    public static string Format(IReadOnlyList<LanguageModeReport> reports)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        foreach (var r in reports)
        {
            sb.AppendLine(inv, $"mode={(r.LowAccuracy ? "low" : "high")} load={r.LoadSeconds:F2}s managed={r.ManagedBytes / 1048576.0:F0}MiB resident={r.WorkingSetBytes / 1048576.0:F0}MiB");
            foreach (var k in r.Kinds)
                sb.AppendLine(inv, $"  {k.Kind,-13} accuracy={k.Accuracy:P1} items/s={k.ItemsPerSecond:F0}");
            var sentences = r.Kinds[0];
            sb.Append("  per language (sentences/word-pairs/single-words):");
            for (int i = 0; i < sentences.PerLanguage.Count; i++)
            {
                sb.Append(inv, $" {sentences.PerLanguage[i].Language}");
                foreach (var k in r.Kinds) sb.Append(inv, $" {(i < k.PerLanguage.Count ? k.PerLanguage[i].Accuracy * 100 : 0):F0}");
                sb.Append(';');
            }
            sb.AppendLine();
            foreach (var (t, answered, precision) in r.SentenceCoverageByThreshold)
                sb.AppendLine(inv, $"  sentences threshold={t:F1}: answered={answered:P1} precision={precision:P2}");
        }
        return sb.ToString();
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
