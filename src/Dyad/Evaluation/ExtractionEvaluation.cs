using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dyad.Sources;
using Dyad.Sources.Html;

namespace Dyad.Evaluation;

/// <summary>The scores of the HTML main-text extractor on an article-extraction benchmark.</summary>
/// <param name="Pages">Pages scored (every page of the ground truth).</param>
/// <param name="Precision">Mean per-page shingle precision.</param>
/// <param name="Recall">Mean per-page shingle recall.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/> (as the benchmark defines it).</param>
/// <param name="Accuracy">Share of pages whose extracted token sequence equals the gold one exactly.</param>
/// <param name="Failed">Pages for which the reader gave a problem instead of an article (scored as empty text).</param>
/// <param name="MedianMs">Median milliseconds per page of extraction (parse, metadata, main text), warm.</param>
/// <param name="P95Ms">95th percentile milliseconds per page of extraction, warm.</param>
public sealed record ExtractionReport(int Pages, double Precision, double Recall, double F1, double Accuracy, int Failed, double MedianMs, double P95Ms)
{
    /// <summary>A readable table of the figures.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| metric    | value  |");
        sb.AppendLine("|-----------|--------|");
        sb.AppendLine(string.Format(c, "| pages     | {0,6} |", Pages));
        sb.AppendLine(string.Format(c, "| failed    | {0,6} |", Failed));
        sb.AppendLine(string.Format(c, "| precision | {0,6:F3} |", Precision));
        sb.AppendLine(string.Format(c, "| recall    | {0,6:F3} |", Recall));
        sb.AppendLine(string.Format(c, "| F1        | {0,6:F3} |", F1));
        sb.AppendLine(string.Format(c, "| accuracy  | {0,6:F3} |", Accuracy));
        sb.AppendLine(string.Format(c, "| median ms | {0,6:F2} |", MedianMs));
        sb.Append(string.Format(c, "| p95 ms    | {0,6:F2} |", P95Ms));
        return sb.ToString();
    }
}

/// <summary>
/// Scores <see cref="HtmlReader"/> on the Zyte/Scrapinghub article-extraction benchmark
/// (<c>../shared/data/article-extraction-scrapinghub</c>: <c>html/&lt;id&gt;.html.gz</c> and <c>ground-truth.json</c>).
/// </summary>
/// <remarks>
/// The scoring follows the benchmark's own <c>evaluate.py</c> step by step:
/// <list type="bullet">
/// <item>Tokens are the matches of Python's <c>\w+</c> with <c>re.UNICODE</c>: runs of characters that are letters
/// (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) or the underscore, taken per code point, case kept
/// (.NET's <c>\w</c> differs: it also takes marks and connector punctuation, so we test the categories ourselves).</item>
/// <item>Shingles are the 4-grams of tokens; a text of fewer than 4 tokens gives one shingle of all its tokens, an
/// empty text none. Shingles are counted as a multiset: per shingle tp += min(gold, pred), fp += pred - min,
/// fn += gold - min; the three are then divided by their sum (that does not change per-page ratios).</item>
/// <item>Per page, precision = tp/(tp+fp) and recall = tp/(tp+fn), with 1 when fp = fn = 0 and 0 when tp = 0.
/// Precision is averaged over the pages with tp+fp &gt; 0, recall over those with tp+fn &gt; 0 (a page we give no
/// text for does not lower precision, only recall). F1 = 2PR/(P+R) of the two means, not a mean of per-page F1s.</item>
/// <item>Accuracy is the mean over all pages of 1 when the token lists are equal, else 0.</item>
/// </list>
/// The benchmark's bootstrap standard deviations are not reproduced.
/// </remarks>
public static class ExtractionEvaluation
{
    private const int ShingleSize = 4;

    /// <summary>Untimed passes over all pages before the timed one.</summary>
    private const int WarmupPasses = 3;

    /// <summary>Extracts every page of the benchmark in <paramref name="benchmarkDir"/> and scores it against the gold bodies.</summary>
    public static ExtractionReport Run(string benchmarkDir)
    {
        var gold = LoadGold(Path.Combine(benchmarkDir, "ground-truth.json"));
        var pages = new List<(string Id, string Path, string Html, string Gold)>(gold.Count);
        foreach (var (id, body) in gold)
        {
            var path = Path.Combine(benchmarkDir, "html", id + ".html.gz");
            pages.Add((id, path, Decode(Decompress(path)), body));
        }

        var reader = new HtmlReader();
        // Warm-up: untimed passes so the timings measure steady-state code, not JIT. One pass is not enough for tiered
        // compilation to finish its optimized code on a busy 2-core machine (measured: 22 ms median after one pass,
        // 4-8 ms after three), hence WarmupPasses.
        for (int w = 0; w < WarmupPasses; w++)
            foreach (var p in pages) Extract(reader, p.Path, p.Html);

        var millis = new double[pages.Count];
        var predicted = new string[pages.Count];
        int failed = 0;
        for (int i = 0; i < pages.Count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            var text = Extract(reader, pages[i].Path, pages[i].Html);
            millis[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (text is null) failed++;
            predicted[i] = text ?? "";
        }

        double precisionSum = 0, recallSum = 0, accuracySum = 0;
        int precisionN = 0, recallN = 0;
        for (int i = 0; i < pages.Count; i++)
        {
            var goldTokens = Tokenize(pages[i].Gold);
            var predTokens = Tokenize(predicted[i]);
            var (tp, fp, fn) = ShingleMatch(goldTokens, predTokens);
            if (tp + fp > 0) { precisionSum += Ratio(tp, fp, fn, fp); precisionN++; }
            if (tp + fn > 0) { recallSum += Ratio(tp, fp, fn, fn); recallN++; }
            if (goldTokens.SequenceEqual(predTokens, StringComparer.Ordinal)) accuracySum++;
        }
        double precision = precisionN == 0 ? 0 : precisionSum / precisionN;
        double recall = recallN == 0 ? 0 : recallSum / recallN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Array.Sort(millis);
        return new ExtractionReport(pages.Count, precision, recall, f1, pages.Count == 0 ? 0 : accuracySum / pages.Count,
            failed, Percentile(millis, 0.5), Percentile(millis, 0.95));
    }

    /// <summary>Extracted body of each page keyed by id, for inspecting where the extractor and the gold differ.</summary>
    internal static IEnumerable<(string Id, string Gold, string Predicted, double Precision, double Recall)> Compare(string benchmarkDir)
    {
        var reader = new HtmlReader();
        foreach (var (id, body) in LoadGold(Path.Combine(benchmarkDir, "ground-truth.json")))
        {
            var path = Path.Combine(benchmarkDir, "html", id + ".html.gz");
            var text = Extract(reader, path, Decode(Decompress(path))) ?? "";
            var (tp, fp, fn) = ShingleMatch(Tokenize(body), Tokenize(text));
            yield return (id, body, text, tp + fp > 0 ? Ratio(tp, fp, fn, fp) : 1, tp + fn > 0 ? Ratio(tp, fp, fn, fn) : 1);
        }
    }

    private static string? Extract(HtmlReader reader, string path, string html)
    {
        foreach (var r in reader.Read(new InputItem(path, []), html))
            return r.Article?.Text;
        return null;
    }

    // The benchmark's precision_score / recall_score: `miss` is fp for precision, fn for recall.
    private static double Ratio(double tp, double fp, double fn, double miss)
    {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && miss == 0) return 0;
        return tp / (tp + miss);
    }

    private static (double Tp, double Fp, double Fn) ShingleMatch(string[] gold, string[] pred)
    {
        var goldCounts = Shingles(gold);
        var predCounts = Shingles(pred);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, g) in goldCounts)
        {
            predCounts.TryGetValue(key, out int p);
            tp += Math.Min(g, p);
            fn += Math.Max(0, g - p);
        }
        foreach (var (key, p) in predCounts)
        {
            goldCounts.TryGetValue(key, out int g);
            fp += Math.Max(0, p - g);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (0, 0, 0);
    }

    private static Dictionary<string, int> Shingles(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int last = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (int i = 0; i < last && i < tokens.Length; i++)
        {
            // Tokens hold no U+0001, so joining with it keys a tuple of tokens unambiguously.
            var key = string.Join('\u0001', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Python's <c>re.findall(r'\w+', text, re.UNICODE)</c>.</summary>
    internal static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        int start = -1, i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int used);
            bool word = IsPythonWordRune(rune);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { tokens.Add(text[start..i]); start = -1; }
            i += used;
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens.ToArray();
    }

    private static bool IsPythonWordRune(Rune r)
    {
        if (r.Value < 128) return r.Value == '_' || (r.Value | 0x20) is >= 'a' and <= 'z' || r.Value is >= '0' and <= '9';
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    private static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return 0;
        double pos = q * (sorted.Length - 1);
        int lo = (int)Math.Floor(pos), hi = (int)Math.Ceiling(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }

    private static List<(string Id, string Body)> LoadGold(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var list = new List<(string, string)>();
        foreach (var p in doc.RootElement.EnumerateObject())
            list.Add((p.Name, p.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : ""));
        return list;
    }

    private static byte[] Decompress(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Decodes a page as the pipeline does (<see cref="Dyad.Sources.TextDecoder"/>); a page it refuses counts as extracting nothing.</summary>
    internal static string Decode(byte[] bytes) =>
        Dyad.Sources.TextDecoder.TryDecode(new Dyad.Sources.InputItem("page", bytes), out var text, out _) ? text : "";
}
