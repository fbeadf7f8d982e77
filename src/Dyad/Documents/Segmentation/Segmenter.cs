using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Dyad.Pipeline;

namespace Dyad.Documents.Segmentation;

/// <summary>
/// Rule-based tokenizer and sentence splitter for English following UD English (EWT/GUM) conventions:
/// punctuation split off, clitics split as the second word of a multiword token (do|n't, Gaza|'s, flagged
/// <see cref="TokenFlags.Clitic"/>), hyphens split except after listed prefixes (non-avian, e-mail), numbers,
/// times, dates, phone numbers, URLs and e-mails kept whole. Sentences end after . ? ! … (and the closing quotes or
/// brackets attached to them) when the next word allows it, and always at a paragraph break (blank line).
/// Tokens are written straight into the document as offsets into its text; the scan allocates nothing.
/// </summary>
public sealed class Segmenter : IStage
{
    private readonly WordLists _lists;

    internal Segmenter(WordLists lists) => _lists = lists;

    /// <summary>The segmenter with the embedded English word lists.</summary>
    public static Segmenter Default { get; } = new(WordLists.LoadEmbedded());

    /// <inheritdoc />
    public string Name => "segment";

    /// <inheritdoc />
    public Layers Reads => Layers.Text;

    /// <inheritdoc />
    public Layers Writes => Layers.Tokens | Layers.Sentences;

    /// <summary>Replaces the document's tokens and sentences with a fresh segmentation of its text.</summary>
    public void Process(Document document)
    {
        document.ClearTokens();
        var scanner = new Scanner(document, _lists);
        scanner.Run();
    }

    /// <summary>One pass over one document's text.</summary>
    private ref struct Scanner
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly Document _doc;
        private readonly WordLists _lists;
        private int _sentenceStart;
        private bool _boundaryPending;
        private bool _paragraphStart;
        private bool _singleQuoteOpen;
        private int _lastEnd;

        public Scanner(Document doc, WordLists lists)
        {
            _doc = doc;
            _text = doc.Text.AsSpan();
            _lists = lists;
            _lastEnd = -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        public void Run()
        {
            var text = _text;
            int n = text.Length, p = 0;
            bool atStart = true;
            while (true)
            {
                int newlines = 0;
                while (p < n && Chars.IsSpace(text[p]))
                {
                    char c = text[p];
                    if (c == '\n' || c == '\u2028') newlines++;
                    else if (c == '\u2029') newlines += 2;
                    p++;
                }
                if (p >= n) break;
                if (atStart || newlines >= 2)
                {
                    CloseSentence();
                    _paragraphStart = true;
                    _singleQuoteOpen = false;
                }
                else if (newlines == 1 && NewlineEndsSentence(p)) CloseSentence();
                atStart = false;
                int e = p;
                bool urlish = false; // only chunks with ':' '@' or '.' can hold a URL or e-mail
                for (char c; e < n && !Chars.IsSpace(c = text[e]); e++)
                    if (c is ':' or '@' or '.') urlish = true;
                Chunk(p, e, urlish);
                p = e;
            }
            CloseSentence();
        }

        // ---- sentences -------------------------------------------------------------------------------------

        private void CloseSentence()
        {
            int count = _doc.TokenCount - _sentenceStart;
            if (count > 0) _doc.AddSentence(_sentenceStart, count);
            _sentenceStart = _doc.TokenCount;
            _boundaryPending = false;
        }

        /// <summary>
        /// A single line break inside a paragraph ends the sentence unless the line before stops on a joining
        /// character or the next line starts lower-case. Not measured: the UD raw text has no single line breaks
        /// (sentences of a paragraph are joined by a space), so this follows how news bodies set headings and lists.
        /// </summary>
        private readonly bool NewlineEndsSentence(int next)
        {
            if (_lastEnd <= 0) return false;
            char last = _text[_lastEnd - 1];
            if (last is ',' or ';' or ':' or '-' or '(' or '&' or '/' || TextChars.IsDash(last)) return false;
            return !char.IsLower(_text[next]);
        }

        /// <summary>After a terminal (. ? ! run or …), looks past attached closing quotes/brackets at what follows.</summary>
        private readonly bool TerminalEndsSentence(int after, bool ellipsis)
        {
            var text = _text;
            int n = text.Length, k = after;
            while (k < n && Chars.IsCloser(text[k])) k++;
            bool closed = k > after;
            if (k < n && !Chars.IsSpace(text[k]))
                return char.IsUpper(text[k]) && !ellipsis; // "end.The", "what?No"
            int newlines = 0;
            while (k < n && Chars.IsSpace(text[k])) { if (text[k] == '\n') newlines++; k++; }
            if (k >= n || newlines >= 2) return true;
            char first = text[k];
            if (first is ',' or ';' or ':' or ')' or ']' or '}') return false;
            while (k < n && (Chars.IsOpener(text[k]) || TextChars.IsQuote(text[k]))) k++;
            if (k >= n) return true;
            char d = text[k];
            // Lower case after . ? ! still starts a sentence in web text ("where did you grow up ? india ?"), but
            // not after an ellipsis or a closing quote ("Why?" he asked). Chosen on en_ewt-ud-dev/en_gum-ud-dev.
            if (char.IsLower(d)) return IsLoneI(k) || (!ellipsis && !closed);
            if (ellipsis) return char.IsUpper(d);
            return true;
        }

        /// <summary>After an abbreviation's period: the sentence ends only if a common sentence opener follows.</summary>
        private readonly bool AbbreviationEndsSentence(int after)
        {
            var text = _text;
            int n = text.Length, k = after;
            while (k < n && Chars.IsCloser(text[k])) k++;
            if (k < n && !Chars.IsSpace(text[k])) return false;
            int newlines = 0;
            while (k < n && Chars.IsSpace(text[k])) { if (text[k] == '\n') newlines++; k++; }
            if (k >= n || newlines >= 2) return true;
            while (k < n && (Chars.IsOpener(text[k]) || TextChars.IsQuote(text[k]))) k++;
            if (k >= n || !char.IsUpper(text[k])) return false;
            int w = k;
            while (w < n && char.IsLetter(text[w])) w++;
            return _lists.Starters.Contains(StringHash.OfNorm(text[k..w]));
        }

        /// <summary>A lower-case "i" standing alone (web text writes the pronoun so at a sentence start).</summary>
        private readonly bool IsLoneI(int k) =>
            _text[k] == 'i' && (k + 1 >= _text.Length || !char.IsLetter(_text[k + 1]));

        // ---- tokens ----------------------------------------------------------------------------------------

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        private void Emit(int start, int end, TokenFlags flags)
        {
            var text = _text;
            if (_boundaryPending && !(start == _lastEnd && AllClosers(start, end))) CloseSentence();
            if (_paragraphStart) { flags |= TokenFlags.ParagraphStart; _paragraphStart = false; }
            if (end < text.Length && Chars.IsSpace(text[end])) flags |= TokenFlags.SpaceAfter;
            bool punct = true;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < 128)
                {
                    if (char.IsAsciiDigit(c)) flags |= TokenFlags.HasDigit;
                    if (char.IsAsciiLetterOrDigit(c) || !Chars.IsAsciiPunctuation(c)) punct = false;
                }
                else
                {
                    if (char.IsDigit(c)) flags |= TokenFlags.HasDigit;
                    if (!char.IsPunctuation(c)) punct = false;
                }
            }
            if (punct) flags |= TokenFlags.Punct;
            _doc.AddToken(start, end, flags);
            _lastEnd = end;
        }

        private readonly bool AllClosers(int start, int end)
        {
            for (int i = start; i < end; i++) if (!Chars.IsCloser(_text[i])) return false;
            return true;
        }

        /// <summary>Emits a terminal punctuation token and decides whether the sentence ends after it.</summary>
        private void EmitTerminal(int start, int end, bool ellipsis)
        {
            Emit(start, end, TokenFlags.None);
            if (TerminalEndsSentence(end, ellipsis)) _boundaryPending = true;
        }

        /// <summary>Splits one run of non-space characters into tokens.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        private void Chunk(int p, int e, bool urlish)
        {
            if (urlish && FindUrl(p, e, out int us, out int ue))
            {
                int q = p;
                while (q < us) q = Piece(q, us, p);
                Emit(us, ue, TokenFlags.Url);
                q = ue;
                while (q < e) q = Piece(q, e, p);
                return;
            }
            for (int q = p; q < e;) q = Piece(q, e, p);
        }

        /// <summary>Emits the token(s) starting at <paramref name="q"/>; returns where the next piece starts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        private int Piece(int q, int e, int chunkStart)
        {
            var text = _text;
            char c = text[q];
            if (Chars.IsWordChar(text, q)) return Word(q, q, e);
            char d = q + 1 < e ? text[q + 1] : '\0';
            if (TextChars.IsApostrophe(c) && d != '\0')
            {
                // '90s, '71
                if (char.IsAsciiDigit(d) && q + 2 < e && char.IsAsciiDigit(text[q + 2]) && (q + 3 == e || !char.IsAsciiDigit(text[q + 3])))
                    return Word(q, q + 1, e);
                if (char.IsLetter(d) && (q == chunkStart || !char.IsLetterOrDigit(text[q - 1])))
                {
                    int r = q + 1;
                    while (r < e && char.IsLetter(text[r])) r++;
                    if (_lists.LeadingApostrophe.Contains(StringHash.OfNorm(text[(q + 1)..r]))) return Word(q, q + 1, e);
                }
            }
            if ((c is '#' or '@' && char.IsLetter(d)) || (c == '+' && char.IsAsciiDigit(d) && q == chunkStart)
                || (c == '.' && char.IsAsciiDigit(d) && (q == chunkStart || !char.IsLetterOrDigit(text[q - 1]))))
                return Word(q, q + 1, e);
            int emo = Emoticon(q, e, chunkStart);
            if (emo > q) { Emit(q, emo, TokenFlags.None); return emo; }
            return Punct(q, e);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        private int Punct(int q, int e)
        {
            var text = _text;
            char c = text[q];
            int r = q + 1;
            if (c is '.' or '?' or '!')
            {
                while (r < e && text[r] is '.' or '?' or '!') r++;
                bool ellipsis = c == '.' && r - q >= 2 && text[r - 1] == '.';
                EmitTerminal(q, r, ellipsis);
                return r;
            }
            if (c == '\u2026')
            {
                while (r < e && text[r] == '\u2026') r++;
                EmitTerminal(q, r, true);
                return r;
            }
            if (char.IsHighSurrogate(c) && r < e && char.IsLowSurrogate(text[r])) r++;
            else if (!Chars.IsBracket(c))
                while (r < e && text[r] == c) r++;
            // Emoji sequences and stray combining marks stay with their base.
            while (r < e)
            {
                char x = text[r];
                if (x == '\u200D' && r + 1 < e)
                {
                    r += char.IsHighSurrogate(text[r + 1]) && r + 2 < e ? 3 : 2;
                    continue;
                }
                if (x is '\uFE0F' or '\uFE0E' || Chars.IsMark(x)) { r++; continue; }
                if (x == '\uD83C' && r + 1 < e && text[r + 1] is >= '\uDFFB' and <= '\uDFFF') { r += 2; continue; } // skin tone
                break;
            }
            if (c == '\'' || c == '\u2018') _singleQuoteOpen = r < e && char.IsLetterOrDigit(text[r]);
            Emit(q, r, TokenFlags.None);
            return r;
        }

        /// <summary>Cheap emoticons: eyes [:;=], optional nose '-', a mouth; standing at the chunk's edge.</summary>
        private readonly int Emoticon(int q, int e, int chunkStart)
        {
            var text = _text;
            if (text[q] is not (':' or ';' or '=')) return q;
            int r = q + 1;
            if (r < e && text[r] == '-') r++;
            if (r >= e) return q;
            char m = text[r];
            bool letterMouth = m is 'D' or 'P' or 'p';
            if (!(m is ')' or '(' or '/' or '|' or ']' or '[' || letterMouth)) return q;
            r++;
            if (r < e && text[r] == m && !letterMouth) while (r < e && text[r] == m) r++;
            if (r < e && char.IsLetterOrDigit(text[r])) return q;
            if (letterMouth && q > chunkStart) return q;
            return r;
        }

        /// <summary>Scans a word from <paramref name="q"/> (its token starts at <paramref name="start"/>, which may hold a prefix like # or ').</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the scan runs once per document: no time to tier up
        private int Word(int start, int q, int e)
        {
            var text = _text;
            int segStart = q;
            while (q < e)
            {
                char c = text[q];
                if (Chars.IsWordChar(text, q)) { q += char.IsHighSurrogate(c) ? 2 : 1; continue; }
                char d = q + 1 < e ? text[q + 1] : '\0';
                if (TextChars.IsApostrophe(c))
                {
                    if (char.IsLetter(d))
                    {
                        int r = q + 1;
                        while (r < e && char.IsLetter(text[r])) r++;
                        bool atEnd = r == e || !char.IsLetterOrDigit(text[r]);
                        if (atEnd && _lists.Clitics.Contains(StringHash.OfNorm(text[q..r])) && q > start)
                        {
                            EmitWord(start, q);
                            Emit(q, r, TokenFlags.Clitic);
                            return r;
                        }
                        if (atEnd && (d is 't' or 'T') && r == q + 2 && q - 1 > start && (text[q - 1] is 'n' or 'N'))
                        {
                            EmitWord(start, q - 1);
                            Emit(q - 1, r, TokenFlags.Clitic);
                            return r;
                        }
                        q++;
                        continue;
                    }
                    // Possessive of a plural: Galois' → Galois + '
                    if (text[q - 1] is 's' or 'S' && q - 1 > start && !char.IsLetterOrDigit(d) && !_singleQuoteOpen)
                    {
                        EmitWord(start, q);
                        Emit(q, q + 1, TokenFlags.Clitic);
                        return q + 1;
                    }
                    break;
                }
                if (d == '\0')
                {
                    // A word cut off in speech keeps its hyphen (GUM: "th-", "s-").
                    if (c == '-' && q + 1 == e && char.IsLetter(text[q - 1])) q++;
                    break;
                }
                bool join = c switch
                {
                    '.' => char.IsLetterOrDigit(d) && !SentenceGlue(segStart, q),
                    ',' => char.IsAsciiDigit(text[q - 1]) && ThreeDigits(q + 1, e),
                    ':' => char.IsAsciiDigit(text[q - 1]) && char.IsAsciiDigit(d),
                    '/' => (char.IsAsciiDigit(text[q - 1]) && char.IsAsciiDigit(d))
                           || (char.IsLetter(d) && q - start == 1 && char.IsLetter(text[q - 1])),
                    '-' => HyphenJoins(segStart, q, e),
                    '&' => char.IsUpper(text[q - 1]) && char.IsUpper(d),
                    '_' or '@' => char.IsLetterOrDigit(d),
                    _ => false,
                };
                if (!join) break;
                if (c == '-') segStart = q + 1;
                q++;
            }
            // A list number opening a paragraph keeps its period (GUM: "1.").
            if (_paragraphStart && q < e && q + 1 == e && text[q] == '.' && q - start <= 2 && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[q - 1]))
            {
                Emit(start, q + 1, TokenFlags.None);
                return q + 1;
            }
            // An abbreviation keeps its period unless the sentence ends on it (UD: "etc" + ".").
            if (q < e && text[q] == '.' && (q + 1 == e || text[q + 1] != '.') && IsAbbreviation(start, q))
            {
                bool title = _lists.Titles.Contains(StringHash.OfNorm(text[start..q]));
                if (title || !AbbreviationEndsSentence(q + 1))
                {
                    Emit(start, q + 1, TokenFlags.None);
                    return q + 1;
                }
                EmitWord(start, q);
                Emit(q, q + 1, TokenFlags.None);
                _boundaryPending = true;
                return q + 1;
            }
            EmitWord(start, q);
            return q;
        }

        /// <summary>Emits a word, splitting the listed apostrophe-less contractions (cannot → can + not) and a number glued to a listed unit (7:30PM → 7:30 PM).</summary>
        private void EmitWord(int start, int end)
        {
            if (char.IsAsciiDigit(_text[start]) && char.IsAsciiLetter(_text[end - 1]))
            {
                int u = end;
                while (u > start && char.IsAsciiLetter(_text[u - 1])) u--;
                if (u > start && char.IsAsciiDigit(_text[u - 1]) && _lists.UnitSuffixes.Contains(StringHash.OfNorm(_text[u..end])))
                {
                    Emit(start, u, TokenFlags.None);
                    Emit(u, end, TokenFlags.None);
                    return;
                }
            }
            if (end - start is >= 4 and <= 6 && _lists.SplitWords.TryGetValue(StringHash.OfNorm(_text[start..end]), out int first))
            {
                Emit(start, start + first, TokenFlags.None);
                Emit(start + first, end, TokenFlags.Clitic);
                return;
            }
            Emit(start, end, TokenFlags.None);
        }

        /// <summary>"said.The": a period between a lower-case word and a capitalized one is a missing space, not a name or number.</summary>
        private readonly bool SentenceGlue(int segStart, int dot)
        {
            var text = _text;
            if (dot + 2 >= text.Length || !char.IsUpper(text[dot + 1]) || !char.IsLower(text[dot + 2])) return false;
            int letters = 0;
            for (int i = dot - 1; i >= segStart && char.IsLetter(text[i]); i--) letters++;
            return letters >= 2 && char.IsLower(text[dot - 1]) && (dot - letters == segStart || text[dot - letters - 1] != '.');
        }

        private readonly bool ThreeDigits(int k, int e) =>
            k + 2 < e && char.IsAsciiDigit(_text[k]) && char.IsAsciiDigit(_text[k + 1]) && char.IsAsciiDigit(_text[k + 2])
            && (k + 3 == e || !char.IsAsciiDigit(_text[k + 3]));

        /// <summary>
        /// UD English splits hyphens (Eye - Tracking, 1990 - 1995) except after listed prefixes (non-avian) and in
        /// phone numbers (713-853-3989: a 3-digit group then at least 3 digits).
        /// </summary>
        private readonly bool HyphenJoins(int segStart, int hyphen, int e)
        {
            var text = _text;
            char d = text[hyphen + 1];
            if (char.IsAsciiDigit(d))
            {
                int left = 0;
                for (int i = hyphen - 1; i >= segStart && char.IsAsciiDigit(text[i]); i--) left++;
                if (left != 3 && !(left > 0 && hyphen - left > segStart && text[hyphen - left - 1] is '-' or '/' or '(' or ')')) return false;
                int right = 0;
                for (int i = hyphen + 1; i < e && char.IsAsciiDigit(text[i]); i++) right++;
                return right >= 3;
            }
            if (!char.IsLetter(d)) return false;
            if (!char.IsLetter(text[hyphen - 1])) return false;
            return _lists.HyphenPrefixes.Contains(StringHash.OfNorm(text[segStart..hyphen]));
        }

        /// <summary>Whether the word before a period is an abbreviation: listed, a single letter (an initial), or dotted short parts (U.S, e.g, Ph.D).</summary>
        private readonly bool IsAbbreviation(int start, int dot)
        {
            var word = _text[start..dot];
            if (word.Length == 1) return char.IsLetter(word[0]);
            bool dotted = false;
            int part = 0;
            foreach (char c in word)
            {
                if (c == '.') { dotted = true; part = 0; continue; }
                if (!char.IsLetter(c) || ++part > 2) { dotted = false; part = -100; break; }
            }
            if (dotted) return true;
            return _lists.Abbreviations.Contains(StringHash.OfNorm(word));
        }

        /// <summary>Finds a URL or e-mail in the chunk, trimming surrounding punctuation.</summary>
        private readonly bool FindUrl(int p, int e, out int us, out int ue)
        {
            var text = _text;
            us = p; ue = e;
            if (e - p < 6) return false;
            var chunk = text[p..e];
            int scheme = chunk.IndexOf("://", StringComparison.Ordinal);
            int www = chunk.IndexOf("www.", StringComparison.OrdinalIgnoreCase);
            int at = chunk.IndexOf('@');
            int s;
            if (scheme > 0)
            {
                s = scheme;
                while (s > 0 && char.IsAsciiLetter(chunk[s - 1])) s--;
                if (s == scheme) return false;
            }
            else if (www >= 0 && (www == 0 || !char.IsLetterOrDigit(chunk[www - 1])) && www + 4 < chunk.Length && char.IsLetterOrDigit(chunk[www + 4]))
                s = www;
            else if (at > 0 && at + 1 < chunk.Length && char.IsLetterOrDigit(chunk[at + 1]) && chunk[(at + 1)..].IndexOf('.') > 0)
            {
                s = at;
                while (s > 0 && (char.IsLetterOrDigit(chunk[s - 1]) || chunk[s - 1] is '.' or '_' or '-' or '+')) s--;
                if (s == at) return false;
            }
            else return false;
            int end = chunk.Length;
            int open = 0;
            for (int i = s; i < end; i++) { if (chunk[i] == '(') open++; else if (chunk[i] == ')') open--; }
            while (end > s + 1)
            {
                char c = chunk[end - 1];
                if (c == ')' && open < 0) { open++; end--; continue; }
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or ']' or '>' or '}' || Chars.IsCloser(c) && c != ')') { end--; continue; }
                break;
            }
            us = p + s; ue = p + end;
            return true;
        }
    }
}

/// <summary>Character classes of the segmenter; ASCII through a table, the rest through Unicode categories.</summary>
internal static class Chars
{
    /// <summary>White space, plus the invisible separators (zero-width space, BOM, word joiner) that divide nothing visible.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c)
    {
        if (c < 128) return c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v';
        return c is '\u200B' or '\uFEFF' or '\u2060' || char.IsWhiteSpace(c);
    }

    /// <summary>Letters, digits, combining marks and joiners; a surrogate pair counts when it encodes a letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
            var cat = Rune.GetUnicodeCategory(new Rune(c, text[i + 1]));
            return cat <= UnicodeCategory.OtherLetter || cat is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber;
        }
        if (c is '\u200C' or '\u200D' or '\u00AD') return true;
        var u = char.GetUnicodeCategory(c);
        return u <= UnicodeCategory.DecimalDigitNumber || u is UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>Combining marks (non-spacing, spacing, enclosing).</summary>
    public static bool IsMark(char c) =>
        c >= 0x300 && char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>ASCII punctuation in Unicode's sense (connector, dash, open, close, quotes, other); symbols such as $ + &lt; are not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiPunctuation(char c) => c is '!' or '"' or '#' or '%' or '&' or '\'' or '(' or ')' or '*' or ',' or '-' or '.' or '/'
        or ':' or ';' or '?' or '@' or '[' or '\\' or ']' or '_' or '{' or '}';

    /// <summary>Characters that close a quotation or bracket and so stay in the sentence they follow.</summary>
    public static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '\u2019' or '\u201D' or '\u00BB' or '\u203A';

    /// <summary>Opening brackets and quotes.</summary>
    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '\u2018' or '\u201C' or '\u00AB' or '\u2039';

    /// <summary>Brackets, which never merge into runs.</summary>
    public static bool IsBracket(char c) => c is '(' or ')' or '[' or ']' or '{' or '}';
}
