using System.Diagnostics;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Parsing;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;

namespace Dyad.Benchmarks;

/// <summary>
/// <c>cpu-time TAGGER...</c>: the process CPU time of tagging, and of tagging then parsing, the 50 news articles of
/// <see cref="LinguisticBenchmarks"/> with each tagger model file given, the models taking turns round after round (the
/// first round a warm-up). On a machine shared with other work, CPU time and alternation keep two models comparable
/// where BenchmarkDotNet's wall-clock times spread wider than their difference.
/// </summary>
internal static class CpuTime
{
    public static void Run(string[] taggerFiles, int rounds = 10)
    {
        var taggers = taggerFiles.Select(Tagger.Load).ToArray();
        var docs = Corpus.NewsTexts(50).Select(t =>
        {
            var d = new Document(new Article { Id = "b", Text = TextNormalizer.Normalize(t) });
            Segmenter.Default.Process(d);
            return d;
        }).ToArray();
        int tokens = docs.Sum(d => d.TokenCount);
        var parser = Parser.Default;
        var tag = taggers.Select(_ => new List<double>()).ToArray();
        var both = taggers.Select(_ => new List<double>()).ToArray();
        var me = Process.GetCurrentProcess();
        double Cpu() { me.Refresh(); return me.TotalProcessorTime.TotalMilliseconds; }
        for (int r = 0; r <= rounds; r++)
            for (int m = 0; m < taggers.Length; m++)
            {
                double a = Cpu();
                foreach (var d in docs) taggers[m].Process(d);
                double b = Cpu();
                foreach (var d in docs) { taggers[m].Process(d); parser.Process(d); }
                double c = Cpu();
                if (r == 0) continue;
                tag[m].Add(b - a);
                both[m].Add(c - b);
            }
        Console.WriteLine($"{docs.Length} articles, {tokens:N0} tokens; {rounds} rounds after a warm-up; CPU ms, median (fastest–slowest), words/s at the median");
        for (int m = 0; m < taggers.Length; m++)
            Console.WriteLine($"{taggerFiles[m]}: tag {Line(tag[m], tokens)}; tag+parse {Line(both[m], tokens)}");
    }

    /// <summary>
    /// <c>parser-cpu-time PARSER[@K]...</c>: the process CPU time of parsing the 50 news articles (tagged once by the
    /// shipped tagger) with each parser model file given, taking turns round after round; <c>@K</c> parses with beam width K
    /// instead of the model's.
    /// </summary>
    public static void RunParsers(string[] parserFiles, int rounds = 10)
    {
        var parsers = parserFiles.Select(f =>
        {
            int at = f.LastIndexOf('@');
            return at < 0 ? Parser.Load(f) : Parser.Load(f[..at]).WithBeam(int.Parse(f[(at + 1)..]));
        }).ToArray();
        var docs = Corpus.NewsTexts(50).Select(t =>
        {
            var d = new Document(new Article { Id = "b", Text = TextNormalizer.Normalize(t) });
            Segmenter.Default.Process(d);
            Tagger.Default.Process(d);
            return d;
        }).ToArray();
        int tokens = docs.Sum(d => d.TokenCount);
        var times = parsers.Select(_ => new List<double>()).ToArray();
        var me = Process.GetCurrentProcess();
        double Cpu() { me.Refresh(); return me.TotalProcessorTime.TotalMilliseconds; }
        for (int r = 0; r <= rounds; r++)
            for (int m = 0; m < parsers.Length; m++)
            {
                double a = Cpu();
                foreach (var d in docs) parsers[m].Process(d);
                double b = Cpu();
                if (r > 0) times[m].Add(b - a);
            }
        Console.WriteLine($"{docs.Length} articles, {tokens:N0} tokens; {rounds} rounds after a warm-up; CPU ms, median (fastest–slowest), words/s at the median");
        for (int m = 0; m < parsers.Length; m++)
            Console.WriteLine($"{parserFiles[m]} (beam {parsers[m].BeamWidth}): parse {Line(times[m], tokens)}; {times[m].Order().ElementAt(times[m].Count / 2) / docs.Length:F2} ms per article");
    }

    private static string Line(List<double> ms, int tokens)
    {
        var s = ms.Order().ToArray();
        double median = s[s.Length / 2];
        return $"{median:F0} ms ({s[0]:F0}–{s[^1]:F0}), {tokens / median * 1000:N0} words/s";
    }
}
