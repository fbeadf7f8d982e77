using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dyad.Articles;

/// <summary>
/// Puts article text into the one shape every later step assumes: Unicode NFC, plain spaces, no control or
/// invisible format characters, <c>\n</c> line ends, trimmed lines, and paragraphs separated by exactly one
/// blank line. Typographic quotes and apostrophes are kept (matching folds them, see <c>TextChars.Fold</c>).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Size of the stack buffer; inputs up to half of it (output can double: U+2029 becomes two newlines) avoid the pool.</summary>
    private const int StackBufferChars = 512;

    /// <summary>
    /// Normalizes a body text. Returns the same string instance when it is already normal (the common case for
    /// text written by a reader that trimmed its paragraphs).
    /// </summary>
    public static string Normalize(string text) => Run(text, keepNewlines: true);

    /// <summary>Normalizes a one-line text (a title, an author): as <see cref="Normalize"/>, with every line break turned into a space.</summary>
    public static string NormalizeLine(string text) => Run(text, keepNewlines: false);

    private static string Run(string text, bool keepNewlines)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text, keepNewlines)) return text;

        char[]? rented = null;
        Span<char> buffer = text.Length <= StackBufferChars / 2
            ? stackalloc char[StackBufferChars]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length * 2));
        try
        {
            int length = Rewrite(text, buffer, keepNewlines);
            string result = new(buffer[..length]);
            if (!IsAscii(result) && !result.IsNormalized(NormalizationForm.FormC))
                result = result.Normalize(NormalizationForm.FormC);
            return result;
        }
        finally
        {
            if (rented != null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private enum CharKind : byte { Keep, Space, Newline, Paragraph, Drop, Invalid }

    /// <summary>What a single character becomes. Surrogates are judged by the caller (pairs are kept, lone ones replaced).</summary>
    private static CharKind Classify(char c)
    {
        if (c < 0x80)
        {
            if (c >= 0x20 && c != 0x7F) return c == ' ' ? CharKind.Space : CharKind.Keep;
            return c switch
            {
                '\n' or '\r' => CharKind.Newline,
                '\t' or '\v' or '\f' => CharKind.Space,
                _ => CharKind.Drop,
            };
        }
        switch (c)
        {
            case '\u0085' or '\u2028': return CharKind.Newline;
            case '\u2029': return CharKind.Paragraph;
            // Zero-width joiner and non-joiner are spelling in Persian, Urdu and Indic scripts and bind emoji sequences: kept.
            case '\u200C' or '\u200D': return CharKind.Keep;
        }
        if (char.IsSurrogate(c)) return CharKind.Invalid;
        if (char.IsWhiteSpace(c)) return CharKind.Space;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        // Controls, and format characters: zero-width space, BOM, soft hyphen, bidi marks and embeddings, word joiner.
        return category is UnicodeCategory.Control or UnicodeCategory.Format ? CharKind.Drop : CharKind.Keep;
    }

    /// <summary>True when <see cref="Rewrite"/> would change nothing and the text is already NFC.</summary>
    private static bool IsClean(string text, bool keepNewlines)
    {
        if (text.Length == 0) return true;
        bool ascii = true;
        int newlines = 0;
        CharKind previous = CharKind.Newline; // the text's start behaves like a line start: no space may follow it
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            CharKind kind = Classify(c);
            if (c >= 0x80) ascii = false;
            switch (kind)
            {
                case CharKind.Keep:
                    newlines = 0;
                    break;
                case CharKind.Space:
                    if (c != ' ' || previous != CharKind.Keep) return false;
                    break;
                case CharKind.Newline:
                    if (c != '\n' || !keepNewlines || previous == CharKind.Space || i == 0 || ++newlines > 2) return false;
                    break;
                case CharKind.Invalid:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        i++;
                        kind = CharKind.Keep;
                        newlines = 0;
                        break;
                    }
                    return false;
                default:
                    return false;
            }
            previous = kind;
        }
        if (previous != CharKind.Keep) return false;
        return ascii || text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>Writes the cleaned characters (before NFC) into <paramref name="output"/>, which holds at least twice the input length.</summary>
    private static int Rewrite(string text, Span<char> output, bool keepNewlines)
    {
        int n = 0;
        bool pendingSpace = false;
        int pendingNewlines = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            CharKind kind = Classify(c);
            if (kind == CharKind.Newline && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue; // \r\n counts once
            if (!keepNewlines && kind is CharKind.Newline or CharKind.Paragraph) kind = CharKind.Space;
            switch (kind)
            {
                case CharKind.Drop:
                    continue;
                case CharKind.Space:
                    if (pendingNewlines == 0) pendingSpace = true;
                    continue;
                case CharKind.Newline:
                    pendingSpace = false;
                    pendingNewlines++;
                    continue;
                case CharKind.Paragraph:
                    pendingSpace = false;
                    pendingNewlines += 2;
                    continue;
            }
            if (n > 0)
            {
                if (pendingNewlines > 0)
                {
                    output[n++] = '\n';
                    if (pendingNewlines > 1) output[n++] = '\n';
                }
                else if (pendingSpace)
                {
                    output[n++] = ' ';
                }
            }
            pendingSpace = false;
            pendingNewlines = 0;
            if (kind == CharKind.Invalid)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    output[n++] = c;
                    output[n++] = text[++i];
                }
                else
                {
                    output[n++] = '\uFFFD'; // a lone surrogate is not text; NFC would reject the string
                }
                continue;
            }
            output[n++] = c;
        }
        return n;
    }

    private static bool IsAscii(string s) => Ascii.IsValid(s);
}
