using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Sources;
using Dyad.Sources.Text;
using Dyad.Tests.Support;

namespace Dyad.Tests.Sources;

public class PlainTextReaderTests
{
    private static ReadResult Read(string text) => new PlainTextReader().Read(new InputItem("a.txt", []), text).Single();

    [DataFact("seed/000_caeb5dd2213ebef7.txt")]
    public void Read_SeedScrape_GivesTitleLanguageStandfirstAndCleanBody()
    {
        var path = SharedData.Path("seed/000_caeb5dd2213ebef7.txt");
        var item = new InputItem(path, File.ReadAllBytes(path));
        Assert.True(TextDecoder.TryDecode(item, out var text, out _));

        var article = new PlainTextReader().Read(item, text).Single().Article!;

        Assert.Equal("Israel Seeks Meeting Reschedule On Rafah Military Plans After Netanyahu’s Cancellation", article.Title);
        Assert.Equal("en", article.Language);
        Assert.Equal("declared", article.LanguageSource);
        Assert.StartsWith("To mend strained relations", article.Description);
        Assert.StartsWith("Israel has sought to reschedule a high-level meeting", article.Text);
        Assert.DoesNotContain("• en", article.Text);
        Assert.DoesNotContain("Follow us on", article.Text);
        Assert.DoesNotContain("To mend strained relations", article.Text);
        Assert.EndsWith("grappling to find common ground.", article.Text);
        Assert.Equal(14, article.Text.Split("\n\n").Length);
        Assert.Equal(TextNormalizer.Normalize(article.Text).Split("\n\n").Length, article.Text.Split("\n\n").Length);
    }

    [Theory]
    [InlineData("•en", "en")]
    [InlineData("lang: fr", "fr")]
    [InlineData("Language = de-DE", "de")]
    public void Read_AcceptsLanguageMarkerVariants(string marker, string expected)
    {
        var article = Read(marker + "\n\nHeadline Here\n\nFirst paragraph of the body, long enough.\n\nSecond one.").Article!;
        Assert.Equal(expected, article.Language);
        Assert.Equal("Headline Here", article.Title);
    }

    [Fact]
    public void Read_PlainTextWithUnpunctuatedShortFirstLine_TakesItAsTitle()
    {
        var article = Read("Talks resume in Cairo\n\nNegotiators met on Monday. They said progress was made.\n\nMore later.").Article!;
        Assert.Equal("Talks resume in Cairo", article.Title);
        Assert.Null(article.Language);
        Assert.Equal("Negotiators met on Monday. They said progress was made.\n\nMore later.", article.Text);
    }

    [Fact]
    public void Read_PlainTextStartingWithASentence_HasNoTitle()
    {
        var article = Read("Negotiators met in Cairo on Monday, officials said.\n\nThey said progress was made.").Article!;
        Assert.Null(article.Title);
        Assert.StartsWith("Negotiators met", article.Text);
    }

    [Fact]
    public void Read_HeadlineCaseFirstLineWithPeriod_IsTitleWithoutThePeriod()
    {
        var article = Read("Ben Carson Defends Himself Against Claims He Exaggerated.\n\nThe candidate spoke on Friday.\n\nHe said more.").Article!;
        Assert.Equal("Ben Carson Defends Himself Against Claims He Exaggerated", article.Title);
    }

    [Fact]
    public void Read_RemovesBoilerplateLinesAndTrailingShareBlock_KeepsOrdinaryMentions()
    {
        var text = "Headline Without Stop\n\nThe minister said readers should share this article with friends, then left.\n\nShare this article\n\nSecond paragraph of the body.\n\nRead more:\nFacebook\nTwitter\n\n© 2024 Daily. All rights reserved.";
        var article = Read(text).Article!;
        Assert.Equal("The minister said readers should share this article with friends, then left.\n\nSecond paragraph of the body.", article.Text);
    }

    [Fact]
    public void Read_TextWithoutBlankLines_TakesEachLineAsParagraph()
    {
        var article = Read("Short headline\nFirst line of text.\nSecond line of text.").Article!;
        Assert.Equal("Short headline", article.Title);
        Assert.Equal("First line of text.\n\nSecond line of text.", article.Text);
    }

    [Fact]
    public void Read_OnlyAHeadline_IsNotAnArticle()
    {
        var result = Read("• en\n\nJust a headline\n\nFollow us on:");
        Assert.Equal(ErrorCode.NotAnArticle, result.Problem!.Code);
    }

    [Fact]
    public void Read_MessyUnicode_SurvivesUnchanged()
    {
        var body = "مرحبا \u202Eبالعالم\u202C — Zalgo: Z\u0351\u036B\u0343a\u0352l\u0367g\u0313o 👩\u200D🔬 \uD83D \u200Bhidden";
        var article = Read(body).Article!;
        Assert.Equal(body, article.Text);
    }

    [DataFact("quotes-polnear/train/text")]
    public void Read_PolnearArticles_AllReadWithBodies()
    {
        var reader = new PlainTextReader();
        int titled = 0, files = 0;
        foreach (var path in Directory.EnumerateFiles(SharedData.Path("quotes-polnear/train/text"), "*.txt"))
        {
            var item = new InputItem(path, File.ReadAllBytes(path));
            Assert.True(TextDecoder.TryDecode(item, out var text, out _), path);
            var article = reader.Read(item, text).Single().Article;
            Assert.NotNull(article);
            Assert.True(article.Text.Length > 0);
            files++;
            if (article.Title != null) titled++;
        }
        Assert.Equal(840, files);
        Assert.True(titled >= 0.40 * files, $"titled {titled} of {files}");
    }

    [Fact]
    public void Read_FileNamedWithADate_TakesItAsThePublicationDate_AndSaysWhereItCameFrom()
    {
        var a = new PlainTextReader().Read(new InputItem("corpus/2019-01-01/breitbart_2016-03-01_the-latest.txt", []), "Voters went to the polls.").Single().Article!;
        Assert.Equal(new DateTimeOffset(2016, 3, 1, 0, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("file name", a.PublishedSource);
        Assert.Equal("file name", new Dyad.Documents.Document(a).ReferenceDateSource);
    }

    [Theory]
    [InlineData("story-2016-13-01.txt")]  // no 13th month
    [InlineData("story-2015-02-29.txt")]  // not a leap year
    [InlineData("id-120160301.txt")]      // digits run on: an id, not a date
    [InlineData("2016-03-01/story.txt")]  // a folder's date is not the file's
    public void Read_FileNameWithoutAValidDate_LeavesThePublicationDateUnknown(string path)
    {
        var a = new PlainTextReader().Read(new InputItem(path, []), "Voters went to the polls.").Single().Article!;
        Assert.Null(a.Published);
        Assert.Null(a.PublishedSource);
    }
}
