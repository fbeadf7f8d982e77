using BenchmarkDotNet.Attributes;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Entities;
using Dyad.Documents.Parsing;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;

namespace Dyad.Benchmarks;

/// <summary>
/// Tagging, parsing and NER of segmented news text, one thread. Words/s = the token count printed at setup
/// divided by the mean time; allocations per operation come from the memory diagnoser.
/// </summary>
[MemoryDiagnoser]
public class LinguisticBenchmarks
{
    private Document[] _docs = [];

    [GlobalSetup]
    public void Setup()
    {
        _docs = Corpus.NewsTexts(50).Select(t =>
        {
            var d = new Document(new Article { Id = "b", Text = TextNormalizer.Normalize(t) });
            Segmenter.Default.Process(d);
            Tagger.Default.Process(d);
            return d;
        }).ToArray();
        int tokens = _docs.Sum(d => d.TokenCount), sentences = _docs.Sum(d => d.SentenceCount);
        _ = Parser.Default;
        _ = EntityRecognizer.Default;
        Console.WriteLine($"// corpus: {_docs.Length} articles, {sentences:N0} sentences, {tokens:N0} tokens per operation");
    }

    /// <summary>POS tags and lemmas for every token.</summary>
    [Benchmark]
    public void Tag() { foreach (var d in _docs) Tagger.Default.Process(d); }

    /// <summary>Dependency parse of every sentence (tags already set).</summary>
    [Benchmark]
    public void Parse() { foreach (var d in _docs) Parser.Default.Process(d); }

    /// <summary>Tagging then parsing, as the pipeline runs them.</summary>
    [Benchmark]
    public void TagAndParse()
    {
        foreach (var d in _docs)
        {
            Tagger.Default.Process(d);
            Parser.Default.Process(d);
        }
    }

    /// <summary>Named entities (the recogniser clears and rewrites the document's list).</summary>
    [Benchmark]
    public void Entities() { foreach (var d in _docs) EntityRecognizer.Default.Process(d); }
}
