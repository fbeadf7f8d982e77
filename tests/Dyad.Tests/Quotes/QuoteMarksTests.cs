using Dyad.Quotes;

namespace Dyad.Tests.Quotes;

public class QuoteMarksTests
{
    private static List<string> Quoted(string text) => QuoteMarks.Find(text).Select(q => text[q.Start..q.End]).ToList();

    [Fact]
    public void Find_TakesCurlyStraightAndGuillemetQuotes_WithTheirMarks()
    {
        var found = Quoted("He said “one,” then \"two\" and «three».");
        Assert.Equal(["“one,”", "\"two\"", "«three»"], found);
    }

    [Fact]
    public void Find_IgnoresApostrophes_ButTakesSingleCurlyQuotes()
    {
        var found = Quoted("Gaza’s people don’t know. It’s ‘in their heads.’ Biden’s aides’ view.");
        Assert.Equal(["‘in their heads.’"], found);
    }

    [Fact]
    public void Find_ContinuesAQuoteIntoTheNextParagraph_WhenThatParagraphReopensIt()
    {
        const string text = "“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nAfter.";
        var spans = QuoteMarks.Find(text);
        var q = Assert.Single(spans);
        Assert.True(q.SpansParagraphs);
        Assert.Equal("“First paragraph of the quote.\n\n“Second paragraph,”", text[q.Start..q.End]);
    }

    [Fact]
    public void Find_DropsAnOpenMark_WhenTheNextParagraphDoesNotReopen()
    {
        var found = Quoted("A stray “mark here.\n\nThen “a real one.”");
        Assert.Equal(["“a real one.”"], found);
    }

    [Fact]
    public void Find_SplitsAQuoteInterruptedByItsCue_IntoTwoSpans()
    {
        var found = Quoted("“We will win,” she added. “And soon.”");
        Assert.Equal(["“We will win,”", "“And soon.”"], found);
    }
}
