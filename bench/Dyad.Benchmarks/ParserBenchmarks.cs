using BenchmarkDotNet.Attributes;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Parsing;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;

namespace Dyad.Benchmarks;

/// <summary>
/// Parsing (and tagging + parsing) on one thread: EWT test with gold tokenization when the shared data is there, else the
/// news corpus segmented by our segmenter. Words/s = the word count printed once ÷ the mean time.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private Document _doc = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (Corpus.Data is { } data && File.Exists(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-test.conllu")))
            _doc = ConlluDocuments.Build(Conllu.ReadFile(Path.Combine(data, "ud-english-ewt", "en_ewt-ud-test.conllu")), withGold: false);
        else
        {
            _doc = new Document(new Article { Id = "b", Text = TextNormalizer.Normalize(string.Join("\n\n", Corpus.NewsTexts(100))) });
            Segmenter.Default.Process(_doc);
        }
        Tagger.Default.Process(_doc);
        Parser.Default.Process(_doc);
        Console.WriteLine($"// corpus: {_doc.TokenCount:N0} words in {_doc.SentenceCount:N0} sentences per operation");
    }

    /// <summary>Parses the tagged corpus once.</summary>
    [Benchmark]
    public int Parse()
    {
        Parser.Default.Process(_doc);
        return _doc.TokenCount;
    }

    /// <summary>Tags and parses the corpus once.</summary>
    [Benchmark]
    public int TagAndParse()
    {
        Tagger.Default.Process(_doc);
        Parser.Default.Process(_doc);
        return _doc.TokenCount;
    }
}
