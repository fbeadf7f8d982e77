using BenchmarkDotNet.Attributes;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;

namespace Dyad.Benchmarks;

/// <summary>Tokenization and sentence splitting of clean news text; report words/s from the token count printed once.</summary>
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private Article[] _articles = [];
    private long _chars;

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.NewsTexts(100).Select(t => new Article { Id = "b", Text = TextNormalizer.Normalize(t) }).ToArray();
        _chars = _articles.Sum(a => (long)a.Text.Length);
        int tokens = 0;
        foreach (var a in _articles) { var d = new Document(a); Segmenter.Default.Process(d); tokens += d.TokenCount; }
        Console.WriteLine($"// corpus: {_articles.Length} articles, {_chars:N0} chars, {tokens:N0} tokens per operation");
    }

    /// <summary>Segments the whole corpus once.</summary>
    [Benchmark]
    public int SegmentCorpus()
    {
        int n = 0;
        foreach (var a in _articles)
        {
            var d = new Document(a);
            Segmenter.Default.Process(d);
            n += d.TokenCount;
        }
        return n;
    }

    /// <summary>Normalizes the raw texts (NFC, spaces, control characters).</summary>
    [Benchmark]
    public int NormalizeCorpus()
    {
        int n = 0;
        foreach (var a in _articles) n += TextNormalizer.Normalize(a.Text).Length;
        return n;
    }
}
