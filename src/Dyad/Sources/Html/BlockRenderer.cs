using System.Text;
using AngleSharp.Dom;

namespace Dyad.Sources.Html;

/// <summary>What kind of element a rendered paragraph came from.</summary>
internal enum BlockKind : byte
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Cell,
}

/// <summary>One rendered paragraph: its text (white space collapsed), the characters of it inside links, and its kind.</summary>
internal readonly record struct TextBlock(string Text, int LinkChars, BlockKind Kind);

/// <summary>
/// Renders DOM subtrees as paragraphs: block elements start and end a paragraph, inline ones flow, white space
/// collapses to one space, and elements in <see cref="Excluded"/> or in <see cref="ExtractionRules.JunkTags"/> are skipped.
/// </summary>
internal sealed class BlockRenderer
{
    private readonly StringBuilder _current = new(256);
    private readonly List<TextBlock> _blocks = [];
    private int _linkDepth;
    private int _linkChars;
    private bool _pendingSpace;
    private BlockKind _kind = BlockKind.Paragraph;

    /// <summary>Maximum element depth rendered; deeper content is ignored so a hostile page cannot overflow the stack.</summary>
    public const int MaxDepth = 512;

    /// <summary>Nodes whose subtrees are not rendered.</summary>
    public HashSet<INode>? Excluded { get; set; }

    /// <summary>The paragraphs rendered so far.</summary>
    public List<TextBlock> Blocks => _blocks;

    /// <summary>Renders one subtree, appending its paragraphs.</summary>
    public void Render(INode root)
    {
        Walk(root, 0);
        Flush();
    }

    private void Walk(INode node, int depth)
    {
        if (depth > MaxDepth) return;
        if (node.NodeType == NodeType.Text)
        {
            AppendText(node.TextContent);
            return;
        }
        if (node is not IElement el)
        {
            if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
                WalkChildren(node, depth);
            return;
        }
        if (Excluded is { } ex && ex.Contains(el)) return;
        var tag = el.LocalName;
        if (ExtractionRules.JunkTags.Contains(tag)) return;
        if (tag == "br") { Flush(); return; }
        if (!ExtractionRules.BlockTags.Contains(tag))
        {
            bool link = tag == "a";
            if (link) _linkDepth++;
            WalkChildren(el, depth);
            if (link) _linkDepth--;
            return;
        }
        Flush();
        var outer = _kind;
        _kind = tag switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
            "li" or "dt" or "dd" => BlockKind.ListItem,
            "blockquote" => BlockKind.Quote,
            "td" or "th" => BlockKind.Cell,
            "p" or "pre" => _kind == BlockKind.Quote ? BlockKind.Quote : BlockKind.Paragraph,
            _ => _kind,
        };
        if (tag == "pre") WalkPre(el);
        else WalkChildren(el, depth);
        Flush();
        _kind = outer;
    }

    private void WalkChildren(INode node, int depth)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++) Walk(children[i], depth + 1);
    }

    // Preformatted text keeps its line breaks as paragraph breaks.
    private void WalkPre(IElement pre)
    {
        var text = pre.TextContent;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            AppendText(line);
            Flush();
        }
    }

    private void AppendText(ReadOnlySpan<char> text)
    {
        var sb = _current;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ' ' or '\n' or '\r' or '\t' or '\f' or '\u00A0' or '\u200B' || (c > 127 && char.IsWhiteSpace(c)))
            {
                _pendingSpace = true;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (_pendingSpace && sb.Length > 0)
            {
                sb.Append(' ');
                if (_linkDepth > 0) _linkChars++;
            }
            _pendingSpace = false;
            sb.Append(c);
            if (_linkDepth > 0) _linkChars++;
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_current.Length == 0) return;
        _blocks.Add(new TextBlock(_current.ToString(), _linkChars, _kind));
        _current.Clear();
        _linkChars = 0;
    }
}
