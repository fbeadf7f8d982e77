using System.Runtime.CompilerServices;

namespace Dyad.Documents;

/// <summary>Character classes shared by the tokenizer, the splitter and matching: curly quotes match as plain ones.</summary>
public static class TextChars
{
    /// <summary>Lower-cases and folds typographic quotes, apostrophes and dashes to their plain forms.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c switch
        {
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
            '\u2010' or '\u2011' => '-',
            '\u00A0' or '\u2007' or '\u202F' => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>True for any single or double quotation mark, straight or curly.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B'
        or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '`';

    /// <summary>True for an apostrophe, straight or typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018';

    /// <summary>True for the dash family (hyphen-minus excluded).</summary>
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
