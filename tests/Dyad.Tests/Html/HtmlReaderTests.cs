using Dyad.Diagnostics;
using Dyad.Sources;
using Dyad.Sources.Html;

namespace Dyad.Tests.Html;

public class HtmlReaderTests
{
    private static ReadResult ReadOne(string html)
    {
        var results = new HtmlReader().Read(new InputItem("page.html", []), html).ToList();
        Assert.Single(results);
        return results[0];
    }

    private const string Body =
        "<p>The ministers met in Geneva on Tuesday to discuss the ceasefire, officials said, after weeks of fighting.</p>" +
        "<p>Both delegations agreed to exchange prisoners, according to a statement released late in the evening.</p>" +
        "<h2>What comes next</h2>" +
        "<ul><li>A second round of talks in March, if the truce holds.</li><li>Monitors along the border.</li></ul>" +
        "<blockquote>We are ready to keep talking, the envoy said.</blockquote>" +
        "<p>Observers cautioned that earlier agreements had collapsed within days, and that violence could resume.</p>";

    private static string Page(string head, string inner) =>
        $"<!DOCTYPE html><html lang=\"en-GB\"><head>{head}</head><body>" +
        "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/politics\">Politics</a></nav></header>" +
        inner +
        "<footer><p>Copyright 2024 The Daily Example. All rights reserved. Contact us at the newsroom.</p></footer></body></html>";

    [Fact]
    public void Read_RemovesNavigationFooterAndShareBoxes_KeepsParagraphs()
    {
        var html = Page("<title>Talks resume | The Daily Example</title>",
            "<article><h1>Talks resume</h1><div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>" +
            Body + "<div class=\"related-stories\"><h3>Related</h3><ul><li><a href=\"/a\">Another story about the talks and more</a></li></ul></div></article>" +
            "<aside><p>Most read: a long list of other stories you may like to read today.</p></aside>");
        var article = ReadOne(html).Article!;
        Assert.Equal(
            "The ministers met in Geneva on Tuesday to discuss the ceasefire, officials said, after weeks of fighting.\n\n" +
            "Both delegations agreed to exchange prisoners, according to a statement released late in the evening.\n\n" +
            "What comes next\n\n" +
            "A second round of talks in March, if the truce holds.\n\n" +
            "Monitors along the border.\n\n" +
            "We are ready to keep talking, the envoy said.\n\n" +
            "Observers cautioned that earlier agreements had collapsed within days, and that violence could resume.",
            article.Text);
        Assert.Equal("Talks resume", article.Title);
        Assert.Equal("html", article.Reader);
    }

    [Fact]
    public void Read_TakesMetadataFromMetaTags()
    {
        var head = "<title>Talks resume - Example News</title>" +
                   "<meta property=\"og:title\" content=\"Talks resume in Geneva\">" +
                   "<meta property=\"og:site_name\" content=\"Example News\">" +
                   "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">" +
                   "<meta name=\"author\" content=\"Jane Doe\">" +
                   "<meta name=\"description\" content=\"Ministers met again.\">" +
                   "<link rel=\"canonical\" href=\"https://news.example.com/talks\">";
        var article = ReadOne(Page(head, "<div class=\"story-body\">" + Body + "</div>")).Article!;
        Assert.Equal("Talks resume in Geneva", article.Title);
        Assert.Equal("Example News", article.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("Jane Doe", article.Author);
        Assert.Equal("https://news.example.com/talks", article.Url);
        Assert.Equal("en", article.Language);
        Assert.Equal("declared", article.LanguageSource);
        Assert.Equal("Ministers met again.", article.Description);
    }

    [Fact]
    public void Read_TakesMetadataFromJsonLd_AndStripsSiteSuffixFromTitleTag()
    {
        var head = "<title>Talks resume | Example News</title>" +
                   "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Ignored\"}," +
                   "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume after a pause\",\"datePublished\":\"2024-03-05T08:00:00Z\"," +
                   "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\",\"name\":\"Ali Khan\"}]," +
                   "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]}</script>";
        var article = ReadOne(Page(head, "<main>" + Body + "</main>")).Article!;
        Assert.Equal("Talks resume after a pause", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("Jane Doe, Ali Khan", article.Author);
        Assert.Equal("Example News", article.Source);

        var plain = ReadOne(Page("<title>Talks resume | Example News</title><meta property=\"og:site_name\" content=\"Example News\">", Body)).Article!;
        Assert.Equal("Talks resume", plain.Title);
    }

    [Fact]
    public void Read_UsesJsonLdArticleBody_WhenTheMarkupHoldsOnlyATeaser()
    {
        var full = string.Join("\n", Enumerable.Range(1, 8).Select(i => $"Paragraph {i} of the report describes the negotiations at length, with names and places."));
        var head = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Report\",\"articleBody\":" +
                   System.Text.Json.JsonSerializer.Serialize(full) + "}</script>";
        var article = ReadOne(Page(head, "<article><p>Paragraph 1 of the report describes the negotiations at length, with names and places.</p><p>Subscribe to read more.</p></article>")).Article!;
        Assert.StartsWith("Paragraph 1 of the report", article.Text);
        Assert.Contains("Paragraph 8 of the report", article.Text);
        Assert.Equal(8, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void Read_DoesNotRepeatTheTitleAtTheStartOfText()
    {
        var html = Page("<meta property=\"og:title\" content=\"Talks Resume!\">", "<article><h1>Talks resume</h1>" + Body + "</article>");
        var article = ReadOne(html).Article!;
        Assert.StartsWith("The ministers met", article.Text);
    }

    [Fact]
    public void Read_TruncatedHtml_GivesTheTextItHas()
    {
        var html = "<html><head><title>Cut</title></head><body><div class=\"article-body\">" +
                   "<p>The first paragraph arrived whole, describing the vote in parliament on the budget.</p>" +
                   "<p>The second paragraph was cut off in the middle of a sent";
        var result = ReadOne(html);
        Assert.NotNull(result.Article);
        Assert.Equal("The first paragraph arrived whole, describing the vote in parliament on the budget.\n\n" +
                     "The second paragraph was cut off in the middle of a sent", result.Article!.Text);
    }

    [Fact]
    public void Read_MessyUnicodeAndEntities_AreDecodedAndSpacesCollapsed()
    {
        var html = Page("", "<article>" +
            "<p>Caf&eacute; owners in Z&uuml;rich &amp; Gen&egrave;ve said &ldquo;non&rdquo;&nbsp;&mdash; the &#x1F600; emoji and &#233;t&#233; too.</p>" +
            "<p>Mixed scripts: Кремль, 北京, القاهرة, and a zero\u200Bwidth space\tand\r\n  tabs — all kept, with enough text to count.</p>" +
            "<p>Combining: e\u0301 stays as written; broken entity &notanentity; stays; a stray &lt;tag&gt; is text here.</p></article>");
        var text = ReadOne(html).Article!.Text;
        Assert.Contains("Café owners in Zürich & Genève said “non” — the 😀 emoji and été too.", text);
        Assert.Contains("Кремль, 北京, القاهرة", text);
        Assert.Contains("a zero width space and tabs", text);
        Assert.Contains("e\u0301 stays", text);
        Assert.Contains("a stray <tag> is text here.", text);
    }

    [Fact]
    public void Read_PageWithoutBody_IsNotAnArticle()
    {
        var html = Page("<title>Home</title>", "<nav><ul><li><a href=\"/a\">Section A</a></li><li><a href=\"/b\">Section B</a></li></ul></nav><script>var x = 'lots of script text that is not an article at all';</script>");
        var result = ReadOne(html);
        Assert.Null(result.Article);
        Assert.Equal(ErrorCode.NotAnArticle, result.Problem!.Code);
        Assert.Equal("page.html", result.Problem.Path);
    }

    [Fact]
    public void Read_LanguageFromOgLocaleOrContentLanguage_WhenHtmlLangMissing()
    {
        var html = "<html><head><meta property=\"og:locale\" content=\"pt_BR\"></head><body><article>" + Body + "</article></body></html>";
        Assert.Equal("pt", ReadOne(html).Article!.Language);
        var html2 = "<html><head><meta http-equiv=\"content-language\" content=\"de\"></head><body><article>" + Body + "</article></body></html>";
        Assert.Equal("de", ReadOne(html2).Article!.Language);
    }

    [Fact]
    public void Read_PublishedFromTimeElement_WhenNoMeta()
    {
        var html = "<html><body><article><time datetime=\"2023-11-02\">2 Nov</time>" + Body + "</article></body></html>";
        Assert.Equal(new DateTimeOffset(2023, 11, 2, 0, 0, 0, TimeSpan.Zero), ReadOne(html).Article!.Published);
    }

    [Fact]
    public void HtmlToText_KeepsParagraphsAndDecodesEntities()
    {
        Assert.Equal("First line.\n\nSecond & third.\n\nItem", HtmlReader.HtmlToText("<p>First   line.</p><p>Second &amp; third.</p><ul><li>Item</li></ul>"));
        Assert.Equal("Plain text only.", HtmlReader.HtmlToText("  Plain   text only. "));
        Assert.Equal("Line one\n\nLine two", HtmlReader.HtmlToText("Line one<br>Line two"));
        Assert.Equal("", HtmlReader.HtmlToText(""));
    }
}
