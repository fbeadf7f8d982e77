using Dyad.Sources;

namespace Dyad.Tests.Sources;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("data.txt", "{\"id\":\"1\",\"text\":\"hello\"}\n{\"id\":\"2\"}", InputFormat.JsonLines)]
    [InlineData("x.html", "  {\"title\":\"t\"}", InputFormat.JsonLines)]
    [InlineData("feed.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel></channel></rss>", InputFormat.Feed)]
    [InlineData("a.html", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", InputFormat.Feed)]
    [InlineData("a", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", InputFormat.Feed)]
    [InlineData("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", InputFormat.Html)]
    [InlineData("page.jsonl", "<html lang=en><head><title>x</title></head></html>", InputFormat.Html)]
    [InlineData("frag", "<div><p>One</p><p>Two</p><p>Three</p></div>", InputFormat.Html)]
    [InlineData("story.html", "• en\n\nIsrael Seeks Meeting\n\nThe body text of the article.", InputFormat.Text)]
    [InlineData("a.txt", "Plain text that mentions <b> once in a long paragraph about markup and other things that go on for a while.", InputFormat.Text)]
    public void Detect_ChoosesFromContent_RegardlessOfExtension(string path, string text, InputFormat expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(path, text));
    }

    [Fact]
    public void Detect_UsesExtensionOnlyToBreakTies()
    {
        var brokenJson = "{not json at all\n{\"id\":1}";
        Assert.Equal(InputFormat.JsonLines, FormatSniffer.Detect("dump.jsonl", brokenJson));
        Assert.Equal(InputFormat.Text, FormatSniffer.Detect("dump.txt", brokenJson));

        var sparseTags = "A long plain sentence about politics with one <b>bold</b> word and more words after it to keep going for a while.";
        Assert.Equal(InputFormat.Html, FormatSniffer.Detect("page.html", sparseTags));
        Assert.Equal(InputFormat.Text, FormatSniffer.Detect("page.txt", sparseTags));

        var atomWithoutNamespace = "<feed><entry><title>x</title></entry></feed>";
        Assert.Equal(InputFormat.Feed, FormatSniffer.Detect("news.atom.gz", atomWithoutNamespace));
    }
}
