using System.Text.Json;

namespace Dyad.Sources.Html;

/// <summary>The article fields found in a page's JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) blocks.</summary>
internal sealed class JsonLdArticle
{
    /// <summary>schema.org types whose object describes the page's article.</summary>
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report",
        "SocialMediaPosting", "WebPage", "Review", "Blog",
    };

    public string? Headline { get; private set; }
    public string? Body { get; private set; }
    public string? Published { get; private set; }
    public string? Modified { get; private set; }
    public string? Author { get; private set; }
    public string? Publisher { get; private set; }
    public string? Language { get; private set; }
    public string? Url { get; private set; }
    public string? Description { get; private set; }

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Adds the fields of one JSON-LD block; a block that does not parse is skipped (pages often ship broken ones).</summary>
    public void Add(string json)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options); }
        catch (JsonException) { return; }
        using (doc) Visit(doc.RootElement, 0);
    }

    private void Visit(JsonElement e, int depth)
    {
        if (depth > 8) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Visit(item, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (e.TryGetProperty("@graph", out var graph)) Visit(graph, depth + 1);
        bool isArticle = IsArticleType(e);
        if (!isArticle) return;
        bool isPage = HasType(e, "WebPage");
        // A WebPage object only fills fields a real article object has not given.
        if (Text(e, "articleBody") is { Length: > 0 } body && (Body is null || body.Length > Body.Length)) Body = body;
        if (isPage && Headline is not null) return;
        Headline ??= Text(e, "headline") ?? (isPage ? null : Text(e, "name"));
        Published ??= Text(e, "datePublished");
        Modified ??= Text(e, "dateModified");
        Author ??= Names(e, "author");
        Publisher ??= Names(e, "publisher");
        Language ??= Text(e, "inLanguage");
        Url ??= Text(e, "url");
        Description ??= Text(e, "description");
        if (e.TryGetProperty("mainEntity", out var main)) Visit(main, depth + 1);
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) return e.TryGetProperty("articleBody", out _);
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString()!);
        if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!)) return true;
        return false;
    }

    private static bool HasType(JsonElement e, string type) =>
        e.TryGetProperty("@type", out var t) && t.ValueKind == JsonValueKind.String && string.Equals(t.GetString(), type, StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array && v.GetArrayLength() > 0) v = v[0];
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@value", out var inner)) v = inner;
        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var nm)) v = nm;
        return v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
    }

    // "author": "A", {"name": "A"}, or a list of either; names joined with ", ".
    private static string? Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        if (v.ValueKind == JsonValueKind.Array)
            foreach (var x in v.EnumerateArray()) AddName(x, names);
        else AddName(v, names);
        return names.Count == 0 ? null : string.Join(", ", names);

        static void AddName(JsonElement x, List<string> names)
        {
            if (x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString())) names.Add(x.GetString()!.Trim());
            else if (x.ValueKind == JsonValueKind.Object && x.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                     && !string.IsNullOrWhiteSpace(n.GetString()))
                names.Add(n.GetString()!.Trim());
        }
    }
}
