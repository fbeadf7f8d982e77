using Dyad.Diagnostics;
using Dyad.Sources;
using Dyad.Sources.Feeds;

namespace Dyad.Tests.Feeds;

public class FeedReaderTests
{
    private static List<ReadResult> Read(string xml) => new FeedReader().Read(new InputItem("news.xml", []), xml).ToList();

    [Fact]
    public void Rss2_ItemsBecomeArticles_WithContentEncodedPreferred()
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Example Wire</title>
                <language>en-us</language>
                <link>https://wire.example.com/</link>
                <item>
                  <title>Talks resume</title>
                  <link>https://wire.example.com/talks</link>
                  <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
                  <author>desk@example.com (Jane Doe)</author>
                  <description>&lt;p&gt;Short teaser.&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Ministers met in Geneva.</p><p>They agreed &amp; signed.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Second</title>
                  <link>https://wire.example.com/second</link>
                  <pubDate>Wed, 06 Mar 2024 10:00:00 EST</pubDate>
                  <dc:creator>Ali Khan</dc:creator>
                  <description>Only a description here.</description>
                </item>
              </channel>
            </rss>
            """;
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal("Talks resume", first.Title);
        Assert.Equal("https://wire.example.com/talks", first.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal("Jane Doe", first.Author);
        Assert.Equal("en", first.Language);
        Assert.Equal("declared", first.LanguageSource);
        Assert.Equal("Example Wire", first.Source);
        Assert.Equal("Ministers met in Geneva.\n\nThey agreed & signed.", first.Text);
        Assert.Equal("Short teaser.", first.Description);
        Assert.Equal("news.xml#item-1", first.InputPath);
        Assert.Equal("feed", first.Reader);

        var second = results[1].Article!;
        Assert.Equal("Only a description here.", second.Text);
        Assert.Equal("Ali Khan", second.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.FromHours(-5)), second.Published);
    }

    [Fact]
    public void Atom_EntriesBecomeArticles()
    {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>Le Fil</title>
              <entry>
                <title type="html">Reprise des &lt;b&gt;pourparlers&lt;/b&gt;</title>
                <link rel="alternate" href="https://fil.example.fr/pourparlers"/>
                <link rel="edit" href="https://fil.example.fr/edit/1"/>
                <id>urn:uuid:1</id>
                <published>2024-03-05T08:00:00Z</published>
                <updated>2024-03-06T08:00:00Z</updated>
                <author><name>Marie Curie</name></author>
                <summary>Résumé court.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Les ministres se sont réunis.</p><p>Un accord a été trouvé.</p></div></content>
              </entry>
              <entry>
                <title>Texte</title>
                <updated>2024-03-07T12:00:00+02:00</updated>
                <content type="html">&lt;p&gt;Deuxième article.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        var a = results[0].Article!;
        Assert.Equal("Reprise des pourparlers", a.Title);
        Assert.Equal("https://fil.example.fr/pourparlers", a.Url);
        Assert.Equal("Les ministres se sont réunis.\n\nUn accord a été trouvé.", a.Text);
        Assert.Equal("Marie Curie", a.Author);
        Assert.Equal("fr", a.Language);
        Assert.Equal("Le Fil", a.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("urn:uuid:1", a.Id);
        var b = results[1].Article!;
        Assert.Equal("Deuxième article.", b.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 7, 12, 0, 0, TimeSpan.FromHours(2)), b.Published);
    }

    [Fact]
    public void Rss1Rdf_ItemsBecomeArticles()
    {
        var xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://rdf.example.org/">
                <title>RDF News</title>
                <dc:language>de</dc:language>
                <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example.org/1"/></rdf:Seq></items>
              </channel>
              <item rdf:about="https://rdf.example.org/1">
                <title>Gespräche</title>
                <link>https://rdf.example.org/1</link>
                <description>Die Minister trafen sich.</description>
                <dc:date>2024-03-05T09:30:00+01:00</dc:date>
                <dc:creator>Hans Muster</dc:creator>
              </item>
            </rdf:RDF>
            """;
        var a = Assert.Single(Read(xml)).Article!;
        Assert.Equal("Gespräche", a.Title);
        Assert.Equal("https://rdf.example.org/1", a.Url);
        Assert.Equal("Die Minister trafen sich.", a.Text);
        Assert.Equal("RDF News", a.Source);
        Assert.Equal("de", a.Language);
        Assert.Equal("Hans Muster", a.Author);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), a.Published);
    }

    [Fact]
    public void ItemWithoutText_IsMalformedRecord_OtherItemsStillRead()
    {
        var xml = """
            <rss version="2.0"><channel><title>T</title>
              <item><title>Empty</title><link>https://x.example/1</link></item>
              <item><title>Full</title><description>Some text.</description></item>
            </channel></rss>
            """;
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        Assert.Equal(ErrorCode.MalformedRecord, results[0].Problem!.Code);
        Assert.Equal("news.xml#item-1", results[0].Problem!.Path);
        Assert.Equal("Some text.", results[1].Article!.Text);
        Assert.Equal("news.xml#item-2", results[1].Article!.InputPath);
    }

    [Fact]
    public void BrokenXml_GivesItemsBeforeTheBreakAndOneProblem()
    {
        var xml = """
            <rss version="2.0"><channel><title>T</title>
              <item><title>One</title><description>First &amp; whole.</description></item>
              <item><title>Two</title><description>Cut <b>off</description>
              <item><title>Three</title><description>Never reached.</description></item>
            """;
        var results = Read(xml);
        Assert.Equal(2, results.Count);
        Assert.Equal("First & whole.", results[0].Article!.Text);
        Assert.Equal(ErrorCode.MalformedRecord, results[1].Problem!.Code);
        Assert.Equal("news.xml", results[1].Problem!.Path);
    }

    [Fact]
    public void MessyUnicode_InFeedText_IsKept()
    {
        var xml = "<rss version=\"2.0\"><channel><title>Ünïcödé</title><item><title>Кремль &amp; 北京</title>" +
                  "<description>&lt;p&gt;Zürich&amp;nbsp;— 😀 e\u0301 القاهرة&lt;/p&gt;</description></item></channel></rss>";
        var a = Assert.Single(Read(xml)).Article!;
        Assert.Equal("Кремль & 北京", a.Title);
        Assert.Equal("Zürich — 😀 e\u0301 القاهرة", a.Text);
        Assert.Equal("Ünïcödé", a.Source);
    }

    [Theory]
    [InlineData("Tue, 05 Mar 2024 09:30:00 GMT", "2024-03-05T09:30:00+00:00")]
    [InlineData("5 Mar 2024 09:30 +0530", "2024-03-05T09:30:00+05:30")]
    [InlineData("Sun, 5 Mar 24 23:59:59 PDT", "2024-03-05T23:59:59-07:00")]
    [InlineData("2024-03-05T09:30:00.000+0100", "2024-03-05T09:30:00+01:00")]
    [InlineData("2024-03-05", "2024-03-05T00:00:00+00:00")]
    public void WebDates_ParsesRfc822AndIso8601(string input, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WebDates.Parse(input));
    }

    [Fact]
    public void WebDates_Garbage_IsNull()
    {
        Assert.Null(WebDates.Parse("yesterday"));
        Assert.Null(WebDates.Parse("32 Foo 2024"));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1970-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void WebDates_Placeholders_AreNoDates(string input)
    {
        Assert.Null(WebDates.Parse(input));
        Assert.NotNull(WebDates.Parse("1970-01-02T00:00:00Z"));
    }
}
