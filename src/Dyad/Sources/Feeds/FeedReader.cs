using System.Xml;
using System.Xml.Linq;
using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Sources.Html;

namespace Dyad.Sources.Feeds;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, with the channel's title as source and its
/// language as declared language. An item without text is a <see cref="ErrorCode.MalformedRecord"/> problem at
/// <c>file#item-N</c>; XML that breaks off gives the items read before the break and one problem.
/// </summary>
public sealed class FeedReader : IArticleReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
    };

    /// <inheritdoc />
    public InputFormat Format => InputFormat.Feed;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(InputItem input, string text)
    {
        var results = new List<ReadResult>();
        string? channelTitle = null, channelLanguage = null;
        int itemNumber = 0;
        var path = new Stack<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element) { if (reader.NodeType == XmlNodeType.EndElement && path.Count > 0) path.Pop(); reader.Read(); continue; }
                var name = reader.LocalName;
                if (name is "item" or "entry")
                {
                    var item = (XElement)XNode.ReadFrom(reader);
                    itemNumber++;
                    results.Add(ReadItem(item, $"{input.Path}#item-{itemNumber}", channelTitle, channelLanguage));
                    continue;
                }
                string parent = path.Count > 0 ? path.Peek() : "";
                if (parent is "channel" or "feed" && name is "title" or "language")
                {
                    var value = reader.ReadElementContentAsString().Trim();
                    if (value.Length > 0)
                    {
                        if (name == "title") channelTitle ??= value;
                        else channelLanguage ??= value;
                    }
                    continue;
                }
                if (parent is "feed" && reader.GetAttribute("xml:lang") is { } lang) channelLanguage ??= lang;
                if (name == "feed" && reader.GetAttribute("xml:lang") is { } feedLang) channelLanguage ??= feedLang;
                if (!reader.IsEmptyElement) path.Push(name);
                reader.Read();
            }
        }
        catch (XmlException ex)
        {
            results.Add(ReadResult.Fail(input.Path, ErrorCode.MalformedRecord,
                $"the feed's XML breaks off at line {ex.LineNumber}, position {ex.LinePosition} ({ex.Message}); {itemNumber} item(s) read before it"));
        }
        if (itemNumber == 0 && results.Count == 0)
            results.Add(ReadResult.Fail(input.Path, ErrorCode.NotAnArticle, "the feed has no items"));
        return results;
    }

    private static ReadResult ReadItem(XElement item, string path, string? source, string? language)
    {
        var title = Child(item, "title") is { } t ? HtmlReader.HtmlToText(t) : null;
        var contentEncoded = item.Element(Content + "encoded")?.Value;
        string? description = Child(item, "description") ?? Child(item, "summary");
        string? body = contentEncoded ?? AtomContent(item.Element(Atom + "content")) ?? Child(item, "content");
        string text = "";
        if (!string.IsNullOrWhiteSpace(body)) text = HtmlReader.HtmlToText(body);
        else if (!string.IsNullOrWhiteSpace(description)) { text = HtmlReader.HtmlToText(description); description = null; }
        if (text.Length == 0)
            return ReadResult.Fail(path, ErrorCode.MalformedRecord, "the feed item has no text (no content, description or summary)");

        var itemLanguage = item.Attribute(XNamespace.Xml + "lang")?.Value;
        var lang = PageMetadata.LanguageCode(itemLanguage ?? language);
        return ReadResult.Ok(new Article
        {
            Id = Child(item, "guid") ?? Child(item, "id") ?? "",
            Url = Link(item),
            Title = string.IsNullOrEmpty(title) ? null : title,
            Description = string.IsNullOrWhiteSpace(description) ? null : HtmlReader.HtmlToText(description),
            Text = text,
            Published = WebDates.Parse(Child(item, "pubDate") ?? item.Element(Dc + "date")?.Value ?? Child(item, "published")
                                       ?? Child(item, "updated") ?? Child(item, "issued") ?? Child(item, "modified")),
            Language = lang,
            LanguageSource = lang is null ? null : "declared",
            Source = source,
            Author = Author(item),
            InputPath = path,
            Reader = "feed",
        });
    }

    // The first child with this local name, whatever its namespace (RSS 1.0, 2.0 and Atom name the same things alike).
    private static string? Child(XElement item, string localName)
    {
        foreach (var e in item.Elements())
            if (e.Name.LocalName == localName && !string.IsNullOrWhiteSpace(e.Value)) return e.Value.Trim();
        return null;
    }

    // Atom content: type="xhtml" wraps markup in a div, "html" escapes it, "text" is plain.
    private static string? AtomContent(XElement? content)
    {
        if (content is null) return null;
        var type = content.Attribute("type")?.Value;
        if (type == "xhtml")
            return string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
        if (type is "text" or null) return System.Net.WebUtility.HtmlEncode(content.Value);
        return content.Value;
    }

    private static string? Link(XElement item)
    {
        foreach (var e in item.Elements())
        {
            if (e.Name.LocalName != "link") continue;
            var href = e.Attribute("href")?.Value;
            if (href is not null)
            {
                var rel = e.Attribute("rel")?.Value;
                if (rel is null or "alternate") return href.Trim();
                continue;
            }
            if (!string.IsNullOrWhiteSpace(e.Value)) return e.Value.Trim();
        }
        // RSS 2.0 without <link>: a guid that is a permalink.
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        if (guid is not null && guid.Attribute("isPermaLink")?.Value != "false" && guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            return guid.Value.Trim();
        return null;
    }

    // RSS <author> is "mail@host (Name)"; Atom has <author><name>; Dublin Core has dc:creator.
    private static string? Author(XElement item)
    {
        var names = new List<string>();
        foreach (var e in item.Elements())
        {
            if (e.Name.LocalName is not ("author" or "creator")) continue;
            string value = e.Element(e.Name.Namespace + "name")?.Value ?? e.Value;
            value = value.Trim();
            int open = value.IndexOf('(');
            if (value.Contains('@') && open > 0 && value.EndsWith(')')) value = value[(open + 1)..^1].Trim();
            if (value.Length > 0 && !names.Contains(value)) names.Add(value);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
