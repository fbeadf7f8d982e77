using AngleSharp.Dom;

namespace Dyad.Sources.Html;

/// <summary>
/// Finds the article body of a parsed page and renders it as paragraphs. The cascade:
/// (1) per-element text statistics in one pass; (2) a score-based candidate (paragraphs vote for their ancestors,
/// damped by link density); (3) preferred containers (<c>itemprop=articleBody</c>, known body classes,
/// <c>&lt;article&gt;</c>) taken when they hold enough of the text; (4) furniture and class/id-marked boilerplate
/// removed inside the body; (5) paragraphs filtered by link density and boilerplate lines.
/// </summary>
internal sealed class MainTextExtractor
{
    private readonly Dictionary<INode, Stat> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    /// <summary>Text statistics of one element's subtree: non-space characters, those inside links, commas.</summary>
    private record struct Stat(int Chars, int LinkChars, int Commas);

    /// <summary>Extracts the body paragraphs of <paramref name="document"/>; an empty list when it has no body text.</summary>
    public List<TextBlock> Extract(IDocument document)
    {
        _stats.Clear();
        _scores.Clear();
        var body = document.Body ?? document.DocumentElement;
        if (body is null) return [];
        Measure(body, false, 0);
        var roots = ChooseRoots(body);
        if (roots.Count == 0) return [];
        var excluded = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        int rootChars = 0;
        foreach (var r in roots) rootChars += StatOf(r).Chars;
        foreach (var r in roots) MarkBoilerplate(r, rootChars, excluded, 0);
        var renderer = new BlockRenderer { Excluded = excluded };
        foreach (var r in roots) renderer.Render(r);
        return Filter(renderer.Blocks);
    }

    private Stat StatOf(INode n) => _stats.TryGetValue(n, out var s) ? s : default;

    private Stat Measure(INode node, bool inLink, int depth)
    {
        if (depth > BlockRenderer.MaxDepth) return default;
        if (node.NodeType == NodeType.Text)
        {
            int chars = 0, commas = 0;
            foreach (char c in node.TextContent.AsSpan())
            {
                if (c > ' ' && c != '\u00A0' && !(c > 127 && char.IsWhiteSpace(c))) chars++;
                if (c is ',' or '\u3001' or '\uFF0C' or '\u060C') commas++;
            }
            return new Stat(chars, inLink ? chars : 0, commas);
        }
        if (node is not IElement el) return default;
        var tag = el.LocalName;
        if (ExtractionRules.JunkTags.Contains(tag)) return default;
        bool link = inLink || tag == "a";
        bool paragraphTag = tag is "p" or "pre" or "td" or "blockquote";
        var sum = default(Stat);
        var run = default(Stat);
        var children = el.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            var s = Measure(child, link, depth + 1);
            sum = new Stat(sum.Chars + s.Chars, sum.LinkChars + s.LinkChars, sum.Commas + s.Commas);
            if (paragraphTag) continue;
            if (child.NodeType == NodeType.Text || (child is IElement ce && !ExtractionRules.BlockTags.Contains(ce.LocalName)))
            {
                run = new Stat(run.Chars + s.Chars, run.LinkChars + s.LinkChars, run.Commas + s.Commas);
            }
            else
            {
                // A run of inline content between blocks or <br>s is a paragraph of this element.
                if (run.Chars >= ExtractionRules.MinScoringParagraphChars) Vote(el, run);
                run = default;
            }
        }
        if (!paragraphTag && run.Chars >= ExtractionRules.MinScoringParagraphChars) Vote(el, run);
        _stats[el] = sum;
        if (paragraphTag && sum.Chars >= ExtractionRules.MinScoringParagraphChars && el.ParentElement is { } parent) Vote(parent, sum);
        return sum;
    }

    // A paragraph adds its score to its container in full, the next level up half, and three more levels a third down.
    private void Vote(IElement container, Stat s)
    {
        if (s.Chars > 0 && s.LinkChars > s.Chars * ExtractionRules.MaxLinkDensity) return;
        double score = 1 + s.Commas + Math.Min(3, s.Chars / 100);
        IElement? a = container;
        for (int level = 0; level < 5 && a is not null; level++, a = a.ParentElement)
        {
            double share = level switch { 0 => 1, 1 => 0.5, _ => 1.0 / (level * 3) };
            _scores[a] = _scores.GetValueOrDefault(a) + score * share;
        }
    }

    private List<IElement> ChooseRoots(IElement body)
    {
        IElement? best = null;
        double bestScore = 0;
        foreach (var (el, raw) in _scores)
        {
            var s = StatOf(el);
            double density = s.Chars == 0 ? 0 : (double)s.LinkChars / s.Chars;
            double score = raw * (1 - density);
            if (score <= bestScore) continue;
            score *= ClassWeight(el);
            if (score > bestScore) { bestScore = score; best = el; }
        }
        int scoredChars = best is null ? 0 : StatOf(best).Chars;

        foreach (var selector in ExtractionRules.BodySelectors)
        {
            var found = Outermost(body.QuerySelectorAll(selector));
            if (found.Count == 0) continue;
            if (selector == "article")
            {
                // Of several articles (teasers, related posts), the one holding the best-scored candidate, else the longest.
                IElement? pick = null;
                foreach (var f in found)
                    if (best is not null && f.Contains(best)) { pick = f; break; }
                if (pick is null)
                    foreach (var f in found)
                        if (pick is null || StatOf(f).Chars > StatOf(pick).Chars) pick = f;
                found = [pick!];
            }
            int chars = 0;
            foreach (var f in found) chars += StatOf(f).Chars - StatOf(f).LinkChars;
            bool isArticleTag = selector == "article";
            if (chars >= (isArticleTag ? ExtractionRules.MinArticleTagChars : ExtractionRules.MinPreferredChars)
                && (!isArticleTag || chars >= scoredChars * ExtractionRules.MinPreferredShareOfScored))
                return found;
        }
        return best is null ? [] : [best];
    }

    // The matches not inside another match, and not a copy of an earlier one (pages repeat the body for other layouts).
    private List<IElement> Outermost(IHtmlCollection<IElement> matches)
    {
        var list = new List<IElement>(matches.Length);
        foreach (var m in matches)
        {
            bool skip = false;
            var stat = StatOf(m);
            foreach (var kept in list)
                if (kept.Contains(m) || StatOf(kept) == stat) { skip = true; break; }
            if (!skip) list.Add(m);
        }
        return list;
    }

    // Readability's class weight, from our word tables: content words on the element raise it; boilerplate words on
    // it or an ancestor (a comment list, a related-posts rail) lower it.
    private static double ClassWeight(IElement el)
    {
        double w = 1;
        for (var a = el; a is not null && a.LocalName != "body"; a = a.ParentElement)
            if (a.LocalName is "footer" or "nav" or "aside") return 0; // page furniture never holds the body
        var words = ClassWords(el);
        if (words.Content) w *= ExtractionRules.ContentClassWeight;
        if (words.Boilerplate && !words.Content) w *= ExtractionRules.BoilerplateClassWeight;
        for (var a = el.ParentElement; a is not null && a.LocalName != "body"; a = a.ParentElement)
        {
            var aw = ClassWords(a);
            if (aw.Boilerplate && !aw.Content) { w *= ExtractionRules.BoilerplateClassWeight; break; }
        }
        return w;
    }

    private static (bool Content, bool Boilerplate) ClassWords(IElement el)
    {
        bool content = false, boiler = false;
        Scan(el.GetAttribute("class"), ref content, ref boiler);
        Scan(el.Id, ref content, ref boiler);
        return (content, boiler);

        static void Scan(string? value, ref bool content, ref bool boiler)
        {
            if (string.IsNullOrEmpty(value)) return;
            var span = value.AsSpan();
            Span<char> lower = stackalloc char[64];
            int i = 0;
            while (i < span.Length)
            {
                while (i < span.Length && !char.IsAsciiLetter(span[i])) i++;
                int start = i;
                while (i < span.Length && char.IsAsciiLetter(span[i])) i++;
                int len = i - start;
                if (len == 0 || len > lower.Length) continue;
                // camelCase splits too: "shareBar" gives "share" and "bar".
                int wordStart = start;
                for (int k = start + 1; k <= i; k++)
                {
                    if (k == i || (char.IsAsciiLetterUpper(span[k]) && char.IsAsciiLetterLower(span[k - 1])))
                    {
                        var word = span[wordStart..k];
                        int n = word.ToLowerInvariant(lower);
                        var lookup = ExtractionRules.BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();
                        if (lookup.Contains(lower[..n])) boiler = true;
                        else if (ExtractionRules.ContentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..n])) content = true;
                        wordStart = k;
                    }
                }
                var whole = span[start..i];
                int m = whole.ToLowerInvariant(lower);
                if (ExtractionRules.ContentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..m])) content = true;
            }
        }
    }

    // Marks furniture, hidden and class/id-marked boilerplate inside the body, never an element holding a large share.
    private void MarkBoilerplate(IElement el, int rootChars, HashSet<INode> excluded, int depth)
    {
        if (depth > BlockRenderer.MaxDepth) return;
        var children = el.Children;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (IsBoilerplate(child, rootChars)) { excluded.Add(child); continue; }
            MarkBoilerplate(child, rootChars, excluded, depth + 1);
        }
    }

    private bool IsBoilerplate(IElement el, int rootChars)
    {
        var tag = el.LocalName;
        if (ExtractionRules.JunkTags.Contains(tag)) return true;
        if (el.HasAttribute("hidden") || el.GetAttribute("aria-hidden") == "true") return true;
        var style = el.GetAttribute("style");
        if (style is not null && style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
            return true;
        if (tag is "footer" or "nav" or "aside") return true;
        bool small = StatOf(el).Chars <= rootChars * ExtractionRules.MaxRemovedShare;
        if (!small) return false;
        if (ExtractionRules.FurnitureTags.Contains(tag) || tag == "header") return true;
        if (tag is "p" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li") return false;
        return ClassWords(el).Boilerplate;
    }

    private static List<TextBlock> Filter(List<TextBlock> blocks)
    {
        var kept = new List<TextBlock>(blocks.Count);
        foreach (var b in blocks)
        {
            int len = b.Text.Length;
            double density = len == 0 ? 1 : (double)b.LinkChars / len;
            if (density > ExtractionRules.MaxLinkDensity) continue;
            if (len < ExtractionRules.ShortBlockChars && density > ExtractionRules.MaxShortLinkDensity) continue;
            if (len < 40 && ExtractionRules.BoilerplateLines.Contains(b.Text.Trim().TrimEnd(':'))) continue;
            kept.Add(b);
        }
        return kept;
    }
}
