using Dyad.Diagnostics;
using Dyad.Query;
using Dyad.Store;
using DuckDB.NET.Data;

namespace Dyad.Tests.Store;

public sealed class StoreQueriesTests : IDisposable
{
    private readonly string _path = StoreTestDocs.NewStorePath();
    private readonly DyadStore _store;

    public StoreQueriesTests()
    {
        _store = DyadStore.Open(_path);
        var run = _store.BeginRun("test");
        _store.Write(
        [
            StoreTestDocs.Make("a", "Troops crossed the BORDER at dawn. Officials denied it.", "Border clash", "Reuters", "en", At(2016, 3, 1, 8)),
            StoreTestDocs.Make("b", "Le président a parlé. Il a dit non.", "Discours", "Le Monde", "fr", At(2016, 3, 2, 23)),
            StoreTestDocs.Make("c", "Talks resumed in Geneva.", "Talks", "Reuters", "en", At(2016, 3, 5, 12)),
            StoreTestDocs.Make("d", "An undated note about the border.", "Note", "Blog", "en", null),
            StoreTestDocs.Make("e", "Markets fell sharply.", "Markets", "AP", "en", At(2016, 4, 1, 0)),
        ], [new Problem("x.bin", ErrorCode.Binary, "NUL bytes")], run);
    }

    private static DateTimeOffset At(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        _store.Dispose();
        StoreTestDocs.DeleteStore(_path);
    }

    private string[] Ids(ArticleQuery q) => _store.Articles(q).Select(r => r.ArticleId).ToArray();

    [Fact]
    public void Articles_NoFilter_ReturnsAllByDateWithUndatedLast()
        => Assert.Equal(["a", "b", "c", "e", "d"], Ids(new ArticleQuery()));

    [Fact]
    public void Articles_FromAndTo_AreInclusiveWholeDays()
    {
        Assert.Equal(["b", "c"], Ids(new ArticleQuery { From = new DateOnly(2016, 3, 2), To = new DateOnly(2016, 3, 5) }));
        Assert.Equal(["e"], Ids(new ArticleQuery { From = new DateOnly(2016, 3, 6) }));
        Assert.Equal(["a"], Ids(new ArticleQuery { To = new DateOnly(2016, 3, 1) }));
    }

    [Fact]
    public void Articles_SourceAndLanguage_FilterExactly()
    {
        Assert.Equal(["a", "c"], Ids(new ArticleQuery { Source = "Reuters" }));
        Assert.Equal(["b"], Ids(new ArticleQuery { Language = "fr" }));
        Assert.Empty(Ids(new ArticleQuery { Source = "reuters" }));
    }

    [Fact]
    public void Articles_Text_MatchesTitleOrTextIgnoringCase()
    {
        Assert.Equal(["a", "d"], Ids(new ArticleQuery { Text = "border" }));
        Assert.Equal(["b"], Ids(new ArticleQuery { Text = "PRÉSIDENT" }));
        Assert.Equal(["c"], Ids(new ArticleQuery { Text = "talks" }));
        Assert.Empty(Ids(new ArticleQuery { Text = "100%" }));
    }

    [Fact]
    public void Articles_LimitAndOffset_PageInOrder()
    {
        Assert.Equal(["a", "b"], Ids(new ArticleQuery { Limit = 2 }));
        Assert.Equal(["c", "e"], Ids(new ArticleQuery { Limit = 2, Offset = 2 }));
        Assert.Equal(["d"], Ids(new ArticleQuery { Offset = 4 }));
    }

    [Fact]
    public void Articles_CombinedFilters_AllApply()
        => Assert.Equal(["c"], Ids(new ArticleQuery { Source = "Reuters", Language = "en", From = new DateOnly(2016, 3, 2) }));

    [Fact]
    public void Stats_CountsRowsLanguagesSourcesDatesAndSize()
    {
        var stats = _store.Stats();
        Assert.Equal(5, stats.RowCounts["articles"]);
        Assert.Equal(7, stats.RowCounts["sentences"]);
        Assert.Equal(1, stats.RowCounts["problems"]);
        Assert.Equal(1, stats.RowCounts["runs"]);
        Assert.Equal(0, stats.RowCounts["events"]);
        Assert.Equal([new KeyCount("en", 4), new KeyCount("fr", 1)], stats.Languages);
        Assert.Equal(new KeyCount("Reuters", 2), stats.TopSources[0]);
        Assert.Equal(4, stats.TopSources.Count);
        Assert.Equal(At(2016, 3, 1, 8), stats.FirstPublished);
        Assert.Equal(At(2016, 4, 1, 0), stats.LastPublished);
        Assert.True(stats.FileBytes > 0);
        Assert.Equal(DyadStore.KnownSchemaVersion, stats.SchemaVersion);
    }

    [Fact]
    public void Stats_EmptyStore_HasNoDateRange()
    {
        var path = StoreTestDocs.NewStorePath();
        try
        {
            using var empty = DyadStore.Open(path);
            var stats = empty.Stats();
            Assert.Null(stats.FirstPublished);
            Assert.Empty(stats.Languages);
            Assert.Equal(0, stats.RowCounts["articles"]);
        }
        finally { StoreTestDocs.DeleteStore(path); }
    }

    public static TheoryData<string, ExportFormat> ExportCases()
    {
        var data = new TheoryData<string, ExportFormat>();
        foreach (var table in StoreQueries.ExportTables)
            foreach (var format in Enum.GetValues<ExportFormat>())
                data.Add(table, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExportCases))]
    public void Export_EveryTableAndFormat_ReadsBackWithTheSameRows(string table, ExportFormat format)
    {
        var output = Path.Combine(Path.GetDirectoryName(_path)!, "out", table + "." + format.ToString().ToLowerInvariant());
        long rows = _store.Export(table, format, output);

        long expected = Convert.ToInt64(_store.Scalar("SELECT count(*) FROM " + table));
        Assert.Equal(expected, rows);
        Assert.Equal(expected, ReadBackCount(output, format));
    }

    [Fact]
    public void Export_ArticlesAsParquet_KeepsTextAndTypes()
    {
        var output = Path.Combine(Path.GetDirectoryName(_path)!, "articles.parquet");
        _store.Export("articles", ExportFormat.Parquet, output);
        Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(output)[..4]));

        using var con = new DuckDBConnection("Data Source=:memory:");
        con.Open();
        using var cmd = con.CreateCommand();
        cmd.CommandText = $"SELECT text, typeof(published), char_count FROM read_parquet('{output}') WHERE article_id = 'b'";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal("Le président a parlé. Il a dit non.", r.GetString(0));
        Assert.Equal("TIMESTAMP WITH TIME ZONE", r.GetString(1));
        Assert.Equal(35, r.GetInt32(2));
    }

    [Theory]
    [InlineData(ExportFormat.Jsonl)]
    [InlineData(ExportFormat.Csv)]
    public void Export_ToStream_WritesTheWholeTable(ExportFormat format)
    {
        using var stream = new MemoryStream();
        long rows = _store.Export("articles", format, stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, rows);
        if (format == ExportFormat.Jsonl)
        {
            Assert.Equal(5, lines.Length);
            using var json = System.Text.Json.JsonDocument.Parse(lines[0]);
            Assert.Equal("a", json.RootElement.GetProperty("article_id").GetString());
        }
        else
        {
            Assert.StartsWith("article_id,content_hash,", lines[0]);
        }
    }

    [Fact]
    public void Export_UnknownTable_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => _store.Export("runs; DROP TABLE articles", ExportFormat.Csv, new MemoryStream()));
        Assert.Contains("articles", e.Message);
    }

    private static long ReadBackCount(string file, ExportFormat format)
    {
        var reader = format switch
        {
            ExportFormat.Jsonl => $"read_json('{file}', format = 'newline_delimited')",
            ExportFormat.Csv => $"read_csv('{file}', header = true)",
            _ => $"read_parquet('{file}')",
        };
        using var con = new DuckDBConnection("Data Source=:memory:");
        con.Open();
        using var cmd = con.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM " + reader;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
