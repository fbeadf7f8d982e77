using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Sources;
using Dyad.Sources.JsonLines;

namespace Dyad.Tests.Sources;

public class JsonLinesReaderTests
{
    private sealed class FakeHtmlReader : IArticleReader
    {
        public InputFormat Format => InputFormat.Html;
        public List<string> Paths { get; } = [];

        public IEnumerable<ReadResult> Read(InputItem input, string text)
        {
            Paths.Add(input.Path);
            yield return ReadResult.Ok(new Article { Text = "body from html", Title = "html title", Author = "html author", Reader = "html" });
        }
    }

    private static List<ReadResult> Read(string text, IArticleReader? html = null) =>
        new JsonLinesReader(html).Read(new InputItem("f.jsonl", []), text).ToList();

    [Fact]
    public void Read_GoodLines_BecomeArticlesWithTheirFields()
    {
        var results = Read("""
            {"id":"a1","url":"https://x/1","title":"T","text":"Body one.","published":"2024-03-27T10:00:00Z","language":"en-GB","source":"Wire","author":["A","B"],"description":"D"}

            {"id":2,"text":"Body two.","published":1711533600}
            """);
        Assert.Equal(2, results.Count);
        var a = results[0].Article!;
        Assert.Equal(("a1", "https://x/1", "T", "Body one.", "en", "declared", "Wire", "A, B", "D"), (a.Id, a.Url, a.Title, a.Text, a.Language, a.LanguageSource, a.Source, a.Author, a.Description));
        Assert.Equal(new DateTimeOffset(2024, 3, 27, 10, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("f.jsonl#line-1", a.InputPath);
        Assert.Equal("jsonl", a.Reader);
        Assert.Equal("2", results[1].Article!.Id);
        Assert.Equal("f.jsonl#line-3", results[1].Article!.InputPath);
    }

    [Fact]
    public void Read_BadLines_AreProblemsWithLinePaths_OthersStillComeOut()
    {
        var results = Read("{\"text\":\"ok one\"}\nnot json\n{\"title\":\"no text\"}\n[1,2]\n{\"text\":\"ok two\"}\n{\"text\":\"bad date\",\"published\":\"someday\"}");
        Assert.Equal(["ok one", "ok two"], results.Where(r => r.Article != null).Select(r => r.Article!.Text));
        var problems = results.Where(r => r.Problem != null).Select(r => r.Problem!).ToList();
        Assert.Equal(["f.jsonl#line-2", "f.jsonl#line-3", "f.jsonl#line-4", "f.jsonl#line-6"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(ErrorCode.MalformedRecord, p.Code));
    }

    [Fact]
    public void Read_HtmlRecord_GoesThroughHtmlReader_WithRecordFieldsOnTop()
    {
        var html = new FakeHtmlReader();
        var article = Read("{\"id\":\"h\",\"title\":\"record title\",\"html\":\"<p>x</p>\"}", html).Single().Article!;
        Assert.Equal(["f.jsonl#line-1"], html.Paths);
        Assert.Equal(("h", "record title", "html author", "body from html", "jsonl"), (article.Id, article.Title, article.Author, article.Text, article.Reader));
    }

    [Fact]
    public void Read_HtmlRecordWithoutHtmlReader_IsAProblemSayingSo()
    {
        var problem = Read("{\"html\":\"<p>x</p>\"}").Single().Problem!;
        Assert.Equal(ErrorCode.MalformedRecord, problem.Code);
        Assert.Contains("no HTML reader", problem.Reason);
    }

    [Fact]
    public void Read_LoneSurrogateEscapes_BecomeReplacementCharacters()
    {
        var article = Read("{\"text\":\"bad \\ud800 pair \\ud83d\\ude00 and \\udc00 end, rtl \\u202e, zw \\u200b\"}").Single().Article!;
        Assert.Equal("bad \uFFFD pair 😀 and \uFFFD end, rtl \u202E, zw \u200B", article.Text);
    }

    [Fact]
    public void Read_CrLfLinesAndBlankLines_AreHandled()
    {
        var results = Read("{\"text\":\"one\"}\r\n\r\n   \r\n{\"text\":\"two\"}\r\n");
        Assert.Equal(["one", "two"], results.Select(r => r.Article!.Text));
        Assert.Equal("f.jsonl#line-4", results[1].Article!.InputPath);
    }
}
