using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Dyad.Sources;
using Dyad.Sources.Html;

namespace Dyad.Benchmarks;

/// <summary>HTML main-text extraction (parse, clean, extract, metadata) per page of the ScrapingHub benchmark.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private (InputItem Item, string Html)[] _pages = [];
    private readonly HtmlReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = Corpus.Data is { } d ? Path.Combine(d, "article-extraction-scrapinghub", "html") : null;
        if (dir is null || !Directory.Exists(dir))
            throw new DirectoryNotFoundException("the ScrapingHub pages (../shared/data/article-extraction-scrapinghub/html) are needed for this benchmark");
        _pages = Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(f =>
        {
            using var z = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            z.CopyTo(ms);
            var item = new InputItem(f, ms.ToArray());
            TextDecoder.TryDecode(item, out var text, out _);
            return (item, text);
        }).ToArray();
        Console.WriteLine($"// {_pages.Length} pages per operation");
    }

    /// <summary>Extracts every page once; divide by the page count for ms/page.</summary>
    [Benchmark]
    public int ExtractAllPages()
    {
        int chars = 0;
        foreach (var (item, html) in _pages)
            foreach (var r in _reader.Read(item, html))
                chars += r.Article?.Text.Length ?? 0;
        return chars;
    }
}
