namespace Dyad.Quotes;

/// <summary>A run of text between an opening and a closing quote mark (both included).</summary>
/// <param name="Start">Offset of the opening mark.</param>
/// <param name="End">Offset after the closing mark (exclusive); for a quote left open at the end of its last
/// paragraph, the end of that paragraph's text.</param>
/// <param name="SpansParagraphs">The quote restarts at the start of one or more following paragraphs.</param>
internal readonly record struct QuotedSpan(int Start, int End, bool SpansParagraphs);

/// <summary>
/// Finds quoted text by its marks: straight and curly double quotes, guillemets, low-9 quotes, two straight
/// apostrophes standing for a double quote, and single curly quotes used as quote marks. A quote left open at the end of a paragraph continues when the next paragraph opens
/// with a quote mark (the newspaper convention for quotes of several paragraphs); otherwise the stray mark is ignored.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>Longest single-quoted run accepted, in characters: past it the ‘ was an apostrophe or a typo.
    /// Chosen on the PolNeAR train split, where single-quoted quotes are headline fragments.</summary>
    private const int MaxSingleQuoteLength = 300;

    private enum Family : byte { None, Double, Single }

    private static bool IsDoubleOpen(char c) => c is '\u201C' or '\u00AB' or '\u201E' or '"';

    private static bool IsDoubleClose(char c) => c is '\u201D' or '\u00BB' or '"' or '\u201F';

    /// <summary>The quoted spans of a text, in order. Nested quotes are part of the outer span.</summary>
    public static List<QuotedSpan> Find(string text)
    {
        var found = new List<QuotedSpan>();
        int open = -1;
        bool spans = false;
        var family = Family.None;
        int n = text.Length;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            int width = 1;
            // Two straight apostrophes stand for a double quote mark in some wire copy (''It's over,'' he said).
            if (c == '\'' && i + 1 < n && text[i + 1] == '\'') { c = '"'; width = 2; }
            if (c == '\n')
            {
                int k = i + 1, newlines = 1;
                while (k < n && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) { if (text[k] == '\n') newlines++; k++; }
                if (newlines < 2) continue;
                // A paragraph ends at i. An open quote continues only if the next paragraph reopens it.
                if (open >= 0)
                {
                    if (family == Family.Double && k < n && IsDoubleOpen(text[k])) { spans = true; i = k; continue; }
                    if (family == Family.Double && k + 1 < n && text[k] == '\'' && text[k + 1] == '\'') { spans = true; i = k + 1; continue; }
                    if (family == Family.Double && spans)
                    {
                        // The last paragraph of a multi-paragraph quote closed without a mark: end the quote here.
                        found.Add(new QuotedSpan(open, TrimEnd(text, i), true));
                    }
                    open = -1; family = Family.None; spans = false;
                }
                i = k - 1;
                continue;
            }
            if (open < 0)
            {
                if (IsDoubleOpen(c)) { open = i; family = Family.Double; i += width - 1; }
                else if (c == '\u2018' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))) { open = i; family = Family.Single; }
                continue;
            }
            if (family == Family.Double)
            {
                if (c == '\u201C' && text[open] == '\u201C' && !spans && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i > open + 1 && text[i - 1] == ' ')
                {
                    // Two opening curly marks in a row: the first was never closed; start again here.
                    open = i;
                    continue;
                }
                if (IsDoubleClose(c) && i > open + 1)
                {
                    found.Add(new QuotedSpan(open, i + width, spans));
                    i += width - 1;
                    open = -1; family = Family.None; spans = false;
                }
                continue;
            }
            // Single quotes: a ’ closes when no letter follows (else it is an apostrophe: don’t, Gaza’s).
            if (IsDoubleOpen(c) || i - open > MaxSingleQuoteLength)
            {
                open = -1; family = Family.None;
                i--; // look at this mark again as the start of a double quote
                continue;
            }
            if (c == '\u2019' && (i + 1 >= n || !char.IsLetter(text[i + 1])) && i > open + 1)
            {
                found.Add(new QuotedSpan(open, i + 1, false));
                open = -1; family = Family.None;
            }
        }
        if (open >= 0 && family == Family.Double && spans) found.Add(new QuotedSpan(open, TrimEnd(text, n), true));
        return found;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
