using AngleSharp.Dom;
using Dyad.Sources.Feeds;

namespace Dyad.Sources.Html;

/// <summary>The metadata a page declares: meta tags (Open Graph, article:, Dublin Core, common names), JSON-LD, and markup.</summary>
internal sealed class PageMetadata
{
    /// <summary>Meta names (or properties) giving the publication date, best first.</summary>
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "og:published_time", "cxenseparse:recs:publishtime",
    ];

    /// <summary>Meta names (or properties) giving the author, best first.</summary>
    private static readonly string[] AuthorMetaNames = ["author", "article:author", "dc.creator", "parsely-author", "byl", "sailthru.author"];

    /// <summary>Separators between a headline and the site name in <c>&lt;title&gt;</c>.</summary>
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " / ", " » "];

    public string? Title { get; private set; }
    public string? Description { get; private set; }
    public DateTimeOffset? Published { get; private set; }
    public string? Author { get; private set; }
    public string? Language { get; private set; }
    public string? SiteName { get; private set; }
    public string? Url { get; private set; }
    public string? JsonLdBody { get; private set; }

    public static PageMetadata Read(IDocument doc)
    {
        var m = new PageMetadata();
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? canonical = null, contentLanguage = null;
        var ld = new JsonLdArticle();
        foreach (var el in doc.QuerySelectorAll("meta, link[rel], script[type]"))
        {
            switch (el.LocalName)
            {
                case "meta":
                    var key = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop");
                    var content = el.GetAttribute("content");
                    if (el.GetAttribute("http-equiv") is { } equiv && equiv.Equals("content-language", StringComparison.OrdinalIgnoreCase))
                        contentLanguage ??= content;
                    if (key is not null && !string.IsNullOrWhiteSpace(content)) metas.TryAdd(key.Trim(), content.Trim());
                    break;
                case "link":
                    if (el.GetAttribute("rel") is { } rel && rel.Equals("canonical", StringComparison.OrdinalIgnoreCase))
                        canonical ??= el.GetAttribute("href");
                    break;
                case "script":
                    if (el.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        ld.Add(el.TextContent);
                    break;
            }
        }

        m.SiteName = Get(metas, "og:site_name") ?? ld.Publisher ?? Get(metas, "application-name");
        var docTitle = doc.Title is { Length: > 0 } t ? Clean(t) : null;
        var h1 = FirstH1(doc);
        m.Title = Get(metas, "og:title") ?? ld.Headline ?? StripSite(docTitle, m.SiteName, h1) ?? h1 ?? Get(metas, "twitter:title");
        if (m.Title is not null) m.Title = StripSite(Clean(m.Title), m.SiteName, h1);
        m.Description = Get(metas, "og:description") ?? Get(metas, "description") ?? ld.Description;

        foreach (var name in DateMetaNames)
            if (WebDates.Parse(Get(metas, name)) is { } d) { m.Published = d; break; }
        m.Published ??= WebDates.Parse(ld.Published);
        m.Published ??= WebDates.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        m.Published ??= WebDates.Parse(ld.Modified);

        foreach (var name in AuthorMetaNames)
            if (Get(metas, name) is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase)) { m.Author = a; break; }
        m.Author ??= ld.Author;

        m.Language = LanguageCode(doc.DocumentElement?.GetAttribute("lang"))
                     ?? LanguageCode(Get(metas, "og:locale"))
                     ?? LanguageCode(contentLanguage)
                     ?? LanguageCode(ld.Language);
        m.Url = Absolute(canonical) ?? Absolute(Get(metas, "og:url")) ?? Absolute(ld.Url);
        m.JsonLdBody = ld.Body;
        return m;
    }

    private static string? Get(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https") ? u.ToString() : null;

    private static string? FirstH1(IDocument doc) => doc.QuerySelector("h1")?.TextContent is { } h && Clean(h) is { Length: > 0 } c ? c : null;

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"Headline | Site" → "Headline": strips the site name, or a short last part after a separator.</summary>
    internal static string? StripSite(string? title, string? site, string? h1)
    {
        if (string.IsNullOrEmpty(title)) return null;
        foreach (var sep in TitleSeparators)
        {
            int at = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0) continue;
            var head = title[..at].Trim();
            var tail = title[(at + sep.Length)..].Trim();
            bool isSite = site is not null && (tail.Equals(site, StringComparison.OrdinalIgnoreCase)
                                               || tail.Replace(" ", "", StringComparison.Ordinal).Contains(site.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
            // Without a known site name, a tail of at most three words after a longer head is taken as the site.
            bool looksLikeSite = site is null && tail.Split(' ').Length <= 3 && head.Length > tail.Length * 2;
            bool headIsH1 = h1 is not null && HtmlReader.SameText(head, h1);
            if (isSite || looksLikeSite || headIsH1) return head.Length > 0 ? head : title;
        }
        return title;
    }

    /// <summary>"en-US", "en_GB", "EN" → "en"; null when the value does not start with a two-letter code.</summary>
    internal static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        int comma = v.IndexOf(',');
        if (comma > 0) v = v[..comma].Trim();
        if (v.Length < 2 || !char.IsAsciiLetter(v[0]) || !char.IsAsciiLetter(v[1])) return null;
        if (v.Length > 2 && v[2] is not ('-' or '_')) return null;
        return v[..2].ToLowerInvariant();
    }
}
