using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Quotes;
using Dyad.Tests.Support;

namespace Dyad.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly Lazy<DyadPipeline> Pipeline = new(() => DyadPipeline.Create(new PipelineOptions { Until = "quotes", IdentifyLanguage = false }));

    private static Document Run(string text) => Pipeline.Value.Annotate(new Article { Text = text, Language = "en" });

    private static string Content(Document doc, Quote q) => doc.Text[q.Start..q.End];

    private static string Speaker(Document doc, Quote q) =>
        doc.Text[doc.Tokens[q.SpeakerFirstToken].Start..doc.Tokens[q.SpeakerFirstToken + q.SpeakerTokenCount - 1].End];

    [Fact]
    public void SeedArticle_QuoteBelongsToKarineJeanPierre_ThroughThePronoun_WithTheWhiteHouseCode()
    {
        var path = Path.Combine(SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt");
        var item = Assert.Single(Pipeline.Value.Run([path]));
        var doc = item.Document!;
        Assert.Contains("quotes", doc.StagesRun);
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("“So we’re now working with them to set (a) convenient date,”", Content(doc, q));
        Assert.Equal("she", Speaker(doc, q));
        Assert.Equal("added", doc[q.CueToken].Text);
        Assert.Equal("Karine Jean-Pierre", q.SpeakerName);
        Assert.Contains("coref", q.Rule);
        Assert.False(q.SpansParagraphs);
        // Linked to the actors stage's mention of the speaker, and its code on the article's date.
        Assert.InRange(q.SpeakerActor, 0, doc.Actors.Count - 1);
        Assert.Equal("USAGOV", q.SpeakerCode);
    }

    [Fact]
    public void SplitQuote_BothPartsGoToTheSpeakerOfTheCue()
    {
        var doc = Run("Senator Mary Smith spoke on Tuesday. “We are not done,” Smith said. “We will be back next year.”");
        var direct = doc.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.All(direct, q => Assert.Equal("Mary Smith", q.SpeakerName));
        Assert.Equal("cue-subject+coref", direct[0].Rule);
        Assert.Equal("continuation", direct[1].Rule);
    }

    [Fact]
    public void MultiParagraphQuote_IsOneQuoteSpanningParagraphs()
    {
        var doc = Run("The minister John Brown said: “The talks failed.\n\n“We will try again next week.”\n\nThe meeting ended.");
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.True(q.SpansParagraphs);
        Assert.Equal("John Brown", q.SpeakerName);
    }

    [Fact]
    public void IndirectSpeech_GivesTheThatClauseAndTheSubject()
    {
        var doc = Run("Foreign Minister Anna Berg said that the border would reopen on Friday.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("that the border would reopen on Friday", Content(doc, q));
        Assert.Equal("Anna Berg", q.SpeakerName);
        Assert.Equal("said", doc[q.CueToken].Text);
    }

    [Fact]
    public void ReportedSpeechWithQuotedWords_IsOneMixedQuote()
    {
        var doc = Run("Governor Tom Hale said the new budget plan was “a total disaster for the state” and should be withdrawn.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("Tom Hale", q.SpeakerName);
    }

    [Fact]
    public void AccordingTo_NamesTheSpeaker()
    {
        var doc = Run("The army will withdraw from the city by Monday, according to the Defense Ministry.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("according-to", q.Rule);
        Assert.Equal("The army will withdraw from the city by Monday", Content(doc, q));
        Assert.Equal("the Defense Ministry", Speaker(doc, q));
    }

    [Fact]
    public void TitlesAndScareQuotes_AreNotQuotations()
    {
        var doc = Run("Jane Doe told “Meet the Press” that the deal was “dead on arrival” for her party.");
        Assert.DoesNotContain(doc.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void WithoutActors_TheSpeakerIsFoundFromParseAndEntities_WithNoActorIndexOrCode()
    {
        var doc = DyadPipeline.Create(new PipelineOptions { Until = "ner", IdentifyLanguage = false })
            .Annotate(new Article { Text = "“We will not accept this,” said Peter Olsen.", Language = "en" });
        QuoteExtractor.Default.Process(doc);
        Assert.Empty(doc.Actors);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("Peter Olsen", q.SpeakerName);
        Assert.Equal(-1, q.SpeakerActor);
        Assert.Null(q.SpeakerCode);
    }

    [Fact]
    public void DashSignature_NamesTheSpeakerOfTheQuoteBeforeIt()
    {
        var doc = Run("“Maybe we can build a wall around the problem.”\n― Jorge Falcon\n\nOther text follows here.");
        var q = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("dash-name", q.Rule);
        Assert.Equal("Jorge Falcon", Speaker(doc, q));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“ ” “ ” ‘’ '' ''")]
    [InlineData("“Open.\n\n“Still open.\n\n“And never closed")]
    [InlineData("He said: ”backwards“ and «nested “marks” inside» and 'straight single'.")]
    [InlineData("‘‘‘ ’’’ \"\"\" said said said according to")]
    [InlineData("Emoji 😀 “quote 😀,” she said. \u200B“\u200B”")]
    public void MessyQuoteMarks_GiveWellFormedQuotes_AndNoProblem(string text)
    {
        var doc = Run(text);
        Assert.Empty(doc.Problems);
        foreach (var q in doc.Quotes)
        {
            Assert.InRange(q.Start, 0, q.End);
            Assert.InRange(q.End, q.Start, text.Length);
            Assert.InRange(q.FirstToken, 0, doc.TokenCount - 1);
            Assert.InRange(q.FirstToken + q.TokenCount, q.FirstToken + 1, doc.TokenCount);
            if (q.HasSpeaker) Assert.InRange(q.SpeakerFirstToken + q.SpeakerTokenCount, 1, doc.TokenCount);
        }
    }
}
