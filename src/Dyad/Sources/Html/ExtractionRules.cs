namespace Dyad.Sources.Html;

/// <summary>
/// The heuristics of the main-text extractor as named tables. Every threshold was chosen on the Zyte/Scrapinghub
/// article-extraction benchmark (<c>ExtractionEvaluation</c>, test <c>ExtractionEvaluationTests</c>); a change here
/// should be checked against it.
/// </summary>
internal static class ExtractionRules
{
    /// <summary>Elements never holding article text: dropped with their whole subtree before anything else.</summary>
    public static readonly HashSet<string> JunkTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
        "button", "input", "select", "textarea", "option", "label", "link", "meta", "head", "title", "img", "picture",
        "source", "map", "dialog",
    };

    /// <summary>Page furniture dropped inside the chosen body (navigation, side bars, forms, captions).</summary>
    public static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "form", "figure", "figcaption", "menu",
    };

    /// <summary>Elements that start and end a paragraph when text is rendered.</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol", "li",
        "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "figure", "figcaption", "address", "hr", "br", "center", "form", "fieldset", "details", "summary",
        "body", "html", "hgroup",
    };

    /// <summary>
    /// Words in a class or id that mark boilerplate (the words are the parts between non-letters, lower-cased).
    /// An element so marked is removed from the body unless it holds more than <see cref="MaxRemovedShare"/> of the body
    /// text; a score candidate so marked (or inside one not also carrying a <see cref="ContentWords"/> word) is damped.
    /// </summary>
    public static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "share", "sharing", "social", "sharebar", "socialshare", "related", "relatedposts", "comment", "comments",
        "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad", "ads",
        "adslot", "advertising", "sponsor", "sponsored", "sidebar", "footer", "breadcrumb", "breadcrumbs", "cookie",
        "popup", "modal", "menu", "nav", "navbar", "navigation", "tags", "tag", "widget", "recommended", "recommendations",
        "popular", "trending", "outbrain", "taboola", "byline", "author", "authors", "bio", "disclaimer", "masthead",
        "toolbar", "tools", "print", "email", "follow", "pagination", "pager", "rating", "reactions", "more", "readmore",
        "next", "prev", "skip", "hidden", "hide", "caption", "credit", "copyright", "meta", "dateline", "timestamp",
        "date", "teaser", "banner", "header", "topics", "category", "categories", "newsletters", "inline", "embed",
        "video", "photo", "gallery", "slideshow", "player", "audio", "podcast", "donate", "paywall", "login", "register",
        "crumbs", "rail", "overlay", "alert", "notification", "lightbox", "feedback", "jump", "toc", "shares",
    };

    /// <summary>Words in a class or id that mark the article body: they raise a score candidate and cancel the damping of boilerplate words.</summary>
    public static readonly HashSet<string> ContentWords = new(StringComparer.Ordinal)
    {
        "article", "articlebody", "body", "content", "main", "story", "storybody", "post", "entry", "text", "blog",
        "page", "column", "hentry", "single",
    };

    /// <summary>Containers tried first for the body, in order, before the score-based search.</summary>
    public static readonly string[] BodySelectors =
    [
        "[itemprop=articleBody]",
        "[itemprop=reviewBody]",
        "[data-testid=article-body]",
        ".article-body, .article__body, .articleBody, .article-content, .article__content, .article-text, .articleText",
        ".story-body, .story-content, .story-text, .storytext, .StoryBodyCompanionColumn",
        ".entry-content, .post-content, .post-body, .post-entry, .postBody, .post-text, .blog-post-body, .single-content",
        ".body-text, .content-body, .text-body, .main-content-body, .rich-text, .article-main, .story",
        "article",
    ];

    /// <summary>Score factor of a candidate whose class or id has a <see cref="ContentWords"/> word. Chosen on Scrapinghub.</summary>
    public const double ContentClassWeight = 1.25;

    /// <summary>Score factor of a candidate that is, or sits inside, a boilerplate-marked element. Chosen on Scrapinghub.</summary>
    public const double BoilerplateClassWeight = 0.3;

    /// <summary>Least text (non-space characters outside links) a body-marked container must hold to be taken. Chosen on Scrapinghub.</summary>
    public const int MinPreferredChars = 150;

    /// <summary>Least text (non-space characters outside links) an <c>&lt;article&gt;</c> must hold to be taken. Chosen on Scrapinghub.</summary>
    public const int MinArticleTagChars = 400;

    /// <summary>
    /// An <c>&lt;article&gt;</c> is taken only when its text is at least this share of the best score-based candidate's
    /// text: it guards against a teaser or a partial wrapper. Chosen on Scrapinghub.
    /// </summary>
    public const double MinPreferredShareOfScored = 0.5;

    /// <summary>Shortest paragraph (characters) that votes for its ancestors in the score-based search.</summary>
    public const int MinScoringParagraphChars = 25;

    /// <summary>A paragraph whose linked text is more than this share of its text is dropped as navigation.</summary>
    public const double MaxLinkDensity = 0.5;

    /// <summary>A short paragraph (under <see cref="ShortBlockChars"/>) with any linked text above this share is dropped.</summary>
    public const double MaxShortLinkDensity = 0.25;

    /// <summary>Paragraphs shorter than this are judged by the stricter rules. Chosen on Scrapinghub.</summary>
    public const int ShortBlockChars = 60;

    /// <summary>Removing a class/id-marked element is skipped when it holds more than this share of the body text.</summary>
    public const double MaxRemovedShare = 0.4;

    /// <summary>JSON-LD articleBody replaces the extracted text when the extracted text is shorter than this share of it.</summary>
    public const double JsonLdPreferredBelowShare = 0.6;

    /// <summary>Whole-paragraph texts (case-insensitive, trimmed) that are page furniture, not article text.</summary>
    public static readonly HashSet<string> BoilerplateLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertisements", "ad", "sponsored", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
        "read more", "read more:", "related", "related articles", "related stories", "related content", "more", "more:",
        "continue reading", "continue reading below", "story continues below", "article continues below",
        "advertisement continues below", "skip advertisement", "supported by", "sign up", "subscribe", "follow us",
        "image", "photo", "video", "loading", "loading...", "close", "menu", "search", "log in", "login", "×",
    };
}
