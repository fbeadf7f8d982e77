using System.Text;
using Dyad.Articles;

namespace Dyad.Documents.Entities;

/// <summary>A gold entity: tokens <see cref="First"/> .. +<see cref="Count"/>-1 of a document, of a type index.</summary>
internal readonly record struct GoldSpan(int First, int Count, int Type);

/// <summary>A document with gold tokenization and gold entities.</summary>
internal sealed record GoldDocument(string Id, Document Document, List<GoldSpan> Spans);

/// <summary>
/// Readers for the NER training and test data: GUM's CoNLL-U Entity annotations, WikiGold (CoNLL IOB1) and
/// UNER (IOB2). Each builds documents with gold tokenization (tokens joined by spaces, one line per sentence).
/// </summary>
internal static class NerCorpus
{
    /// <summary>The entity types, in class order.</summary>
    public static readonly string[] Types = ["PERSON", "ORG", "LOC"];

    /// <summary>Type index of a CoNLL/UNER tag type (PER, ORG, LOC); -1 for types not recognised (MISC).</summary>
    public static int TypeOfConll(ReadOnlySpan<char> t) => t switch
    {
        "PER" or "PERSON" => 0,
        "ORG" => 1,
        "LOC" or "GPE" => 2,
        _ => -1,
    };

    /// <summary>
    /// GUM's entity types mapped to ours: person → PERSON, organization → ORG, place → LOC. The other GUM types
    /// (event, time, abstract, object, substance, animal, plant) have no counterpart in PER/ORG/LOC and stay O.
    /// </summary>
    public static int TypeOfGum(ReadOnlySpan<char> t) => t switch
    {
        "person" => 0,
        "organization" => 1,
        "place" => 2,
        _ => -1,
    };

    /// <summary>
    /// Leading words GUM includes in a person's or organisation's minimal span but UNER (and CoNLL) leave outside
    /// the name: titles and offices ("President Donald Trump" → "Donald Trump"). Compared lower-cased.
    /// </summary>
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.", "representative",
        "governor", "gov.", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "emperor",
        "chief", "justice", "judge", "general", "gen.", "colonel", "col.", "captain", "capt.", "lt.", "sgt.",
        "lieutenant", "sergeant", "admiral", "commander", "officer", "detective", "director", "chairman",
        "chairwoman", "ambassador", "commissioner", "bishop", "archbishop", "cardinal", "rev.", "reverend",
        "father", "saint", "st.", "foreign", "defense", "defence", "interior", "deputy", "former", "late",
        "coach", "agent", "speaker", "congressman", "congresswoman", "councillor", "councilman", "premier",
        "sheikh", "ayatollah", "imam", "rabbi", "dean", "assemblyman", "attorney", "auditor",
    };

    /// <summary>Lower-case words that may join the parts of a name ("Army of the Potomac", "Bosnia and Herzegovina").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "&", "for", "de", "du", "von", "van", "al", "el", "-" };

    /// <summary>Joins sentences of tokens into one document, one sentence per line.</summary>
    public static Document Build(string id, List<string[]> sentences)
    {
        var sb = new StringBuilder();
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Length; i++) { if (i > 0) sb.Append(' '); sb.Append(s[i]); }
            sb.Append('\n');
        }
        var doc = new Document(new Article { Id = id, Text = sb.ToString() });
        int pos = 0;
        foreach (var s in sentences)
        {
            int firstToken = doc.TokenCount;
            for (int i = 0; i < s.Length; i++)
            {
                var w = s[i];
                var flags = TokenFlags.SpaceAfter;
                bool punct = w.Length > 0, digit = false;
                foreach (char c in w) { if (char.IsLetterOrDigit(c)) punct = false; if (char.IsDigit(c)) digit = true; }
                if (punct) flags |= TokenFlags.Punct;
                if (digit) flags |= TokenFlags.HasDigit;
                doc.AddToken(pos, pos + w.Length, flags);
                pos += w.Length + 1;
            }
            if (s.Length == 0) pos++;
            doc.AddSentence(firstToken, s.Length);
        }
        return doc;
    }

    /// <summary>
    /// Reads a gold file for scoring: a GUM CoNLL-U file (name ending in <c>.conllu</c>; the documents whose id starts with
    /// one of <paramref name="gumPrefixes"/>, all when null or empty) through <see cref="ReadGum"/>, anything else through
    /// <see cref="ReadIob"/>.
    /// </summary>
    public static List<GoldDocument> ReadGold(string path, IReadOnlyList<string>? gumPrefixes = null) =>
        path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase)
            ? ReadGum(path, gumPrefixes is { Count: > 0 } ? gumPrefixes : ["GUM_"])
            : ReadIob(path);

    /// <summary>
    /// Reads an IOB file: UNER IOB2 (<c>index token tag ...</c>, tab-separated, <c># newdoc</c> comments) or CoNLL
    /// "token TAG" lines with IOB1 tags (WikiGold; <c>-DOCSTART-</c> lines). Documents are cut at document marks or
    /// every <paramref name="sentencesPerDocument"/> sentences.
    /// </summary>
    public static List<GoldDocument> ReadIob(string path, int sentencesPerDocument = 40)
    {
        var docs = new List<GoldDocument>();
        var sentences = new List<string[]>();
        var spans = new List<GoldSpan>();
        var words = new List<string>();
        var tags = new List<string>();
        int docTokens = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            int start = -1, type = -1;
            for (int i = 0; i <= tags.Count; i++)
            {
                string tag = i < tags.Count ? tags[i] : "O";
                int t = tag.Length > 2 ? TypeOfConll(tag.AsSpan(2)) : -1;
                bool begins = tag.StartsWith("B-", StringComparison.Ordinal) || (tag.StartsWith("I-", StringComparison.Ordinal) && (start < 0 || t != type));
                bool continues = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && t == type;
                if (!continues && start >= 0) { if (type >= 0) spans.Add(new GoldSpan(docTokens + start, i - start, type)); start = -1; }
                if (begins) { start = i; type = t; }
            }
            sentences.Add(words.ToArray());
            docTokens += words.Count;
            words.Clear();
            tags.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count == 0) return;
            string id = $"{Path.GetFileName(path)}#{docs.Count + 1}";
            docs.Add(new GoldDocument(id, Build(id, sentences), [.. spans]));
            sentences.Clear();
            spans.Clear();
            docTokens = 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.Trim().Length == 0)
            {
                EndSentence();
                if (sentences.Count >= sentencesPerDocument) EndDocument();
                continue;
            }
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal)) EndDocument();
                continue;
            }
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal)) { EndDocument(); continue; }
            var cols = line.Contains('\t') ? line.Split('\t') : line.Split(' ');
            if (cols.Length >= 3 && int.TryParse(cols[0], out _)) { words.Add(cols[1]); tags.Add(cols[2]); }
            else if (cols.Length >= 2) { words.Add(cols[0]); tags.Add(cols[^1]); }
        }
        EndDocument();
        return docs;
    }

    /// <summary>
    /// Reads GUM CoNLL-U documents whose id starts with one of <paramref name="docPrefixes"/> and turns the
    /// Entity annotations of persons, organisations and places into name spans (see <see cref="NameSpans"/>).
    /// </summary>
    public static List<GoldDocument> ReadGum(string path, IReadOnlyList<string> docPrefixes)
    {
        var docs = new List<GoldDocument>();
        string? docId = null;
        bool keep = false;
        var sentences = new List<string[]>();
        var spans = new List<GoldSpan>();
        var rows = new List<string[]>();
        int docTokens = 0;

        void EndSentence()
        {
            if (rows.Count == 0) return;
            if (keep)
            {
                foreach (var s in NameSpans(rows)) spans.Add(s with { First = s.First + docTokens });
                var words = new string[rows.Count];
                for (int i = 0; i < rows.Count; i++) words[i] = rows[i][1];
                sentences.Add(words);
                docTokens += rows.Count;
            }
            rows.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (keep && sentences.Count > 0) docs.Add(new GoldDocument(docId!, Build(docId!, sentences), [.. spans]));
            sentences.Clear();
            spans.Clear();
            docTokens = 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) { EndSentence(); continue; }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
                {
                    EndDocument();
                    docId = line["# newdoc id = ".Length..].Trim();
                    keep = false;
                    foreach (var p in docPrefixes) if (docId.StartsWith(p, StringComparison.Ordinal)) keep = true;
                }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10 || cols[0].Contains('-') || cols[0].Contains('.')) continue;
            rows.Add(cols);
        }
        EndDocument();
        return docs;
    }

    /// <summary>
    /// Name spans of one GUM sentence. GUM marks every mention (pronouns and common nouns too) with a type and a
    /// minimal span (its head words). A mention counts as a name when a word of its minimal span is a proper noun;
    /// the name runs from the first to the last proper noun of the minimal span, with leading titles and leading
    /// words of a nested mention of another type removed ("U.S. President Donald Trump" → "Donald Trump"). When
    /// names overlap, the longer wins.
    /// </summary>
    internal static List<GoldSpan> NameSpans(List<string[]> rows)
    {
        var mentions = new List<(int Start, int End, int Type, int[] Min)>();
        var open = new List<(string Id, int Start, string Info)>();
        for (int w = 0; w < rows.Count; w++)
        {
            string misc = rows[w][9];
            int at = misc.IndexOf("Entity=", StringComparison.Ordinal);
            if (at < 0) continue;
            int end = misc.IndexOf('|', at);
            string value = misc[(at + 7)..(end < 0 ? misc.Length : end)];
            int i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    int j = i + 1;
                    while (j < value.Length && value[j] != ')' && value[j] != '(') j++;
                    // A Wikipedia identity such as "Georgia_(country)" holds brackets: skip over them.
                    while (j < value.Length && value[j] == '(' && value[j - 1] == '_')
                    {
                        int close = value.IndexOf(')', j);
                        if (close < 0) break;
                        j = close + 1;
                        while (j < value.Length && value[j] != ')' && value[j] != '(') j++;
                    }
                    string info = value[(i + 1)..j];
                    string id = info.Split('-')[0];
                    if (j < value.Length && value[j] == ')') { Close(info, w, w); i = j + 1; }
                    else { open.Add((id, w, info)); i = j; }
                }
                else if (char.IsDigit(value[i]))
                {
                    int j = i;
                    while (j < value.Length && value[j] != ')') j++;
                    string id = value[i..j];
                    for (int k = open.Count - 1; k >= 0; k--)
                        if (open[k].Id == id) { Close(open[k].Info, open[k].Start, w); open.RemoveAt(k); break; }
                    i = j + 1;
                }
                else i++;
            }
        }

        void Close(string info, int start, int end)
        {
            var parts = info.Split('-');
            if (parts.Length < 6) return;
            int type = TypeOfGum(parts[1]);
            if (type < 0) return;
            var min = new List<int>();
            foreach (var m in parts[5].Split(','))
                if (int.TryParse(m, out int k) && start + k - 1 <= end) min.Add(start + k - 1);
            mentions.Add((start, end, type, min.ToArray()));
        }

        var result = new List<GoldSpan>();
        var taken = new bool[rows.Count];
        mentions.Sort((a, b) => (b.End - b.Start).CompareTo(a.End - a.Start));
        foreach (var m in mentions)
        {
            int first = -1, last = -1;
            foreach (int k in m.Min)
                if (Proper(k)) { if (first < 0 || k < first) first = k; if (k > last) last = k; }
            if (first < 0) continue;
            while (first <= last && (!Proper(first) || Titles.Contains(rows[first][1].ToLowerInvariant()) || InOtherMention(first, m.Type, m.Start, m.End)))
                first++;
            if (first > last) continue;
            // Plural proper nouns naming groups of people (Muslims, Afghans) are nationalities, not person names.
            if (m.Type == 0 && rows[first][4] == "NNPS") continue;
            // The name is the run of name-like words around the head: capitalised words the minimal span may have
            // left out ("United" of "United States"), joined by "of", "the", "and", "&", "for", "de", or a hyphen ("Jean - Pierre").
            while (first - 1 >= m.Start && NameLike(first - 1) && !Titles.Contains(rows[first - 1][1].ToLowerInvariant()) && !InOtherMention(first - 1, m.Type, m.Start, m.End))
                first--;
            last = first;
            while (last + 1 <= m.End)
            {
                if (NameLike(last + 1)) { last++; continue; }
                int k = last + 1;
                while (k <= m.End && Connectors.Contains(rows[k][1].ToLowerInvariant())) k++;
                if (k > last + 1 && k <= m.End && NameLike(k)) { last = k; continue; }
                break;
            }
            bool clash = false;
            for (int k = first; k <= last; k++) if (taken[k]) clash = true;
            if (clash) continue;
            for (int k = first; k <= last; k++) taken[k] = true;
            result.Add(new GoldSpan(first, last - first + 1, m.Type));
        }
        result.Sort((a, b) => a.First.CompareTo(b.First));
        return result;

        // GUM tags "United" of "United States" VERB/NNP: the XPOS tells a proper noun too.
        bool Proper(int w) => rows[w][3] == "PROPN" || rows[w][4].StartsWith("NNP", StringComparison.Ordinal);

        bool NameLike(int w)
        {
            string upos = rows[w][3], form = rows[w][1];
            if (Proper(w)) return true;
            return form.Length > 0 && char.IsUpper(form[0]) && upos is "ADJ" or "NOUN" or "NUM" or "X";
        }

        bool InOtherMention(int word, int type, int outerStart, int outerEnd)
        {
            foreach (var o in mentions)
                if (o.Type != type && o.Start >= outerStart && o.End <= outerEnd && (o.Start > outerStart || o.End < outerEnd) && word >= o.Start && word <= o.End)
                    return true;
            return false;
        }
    }

    /// <summary>Entity-level exact-match counts per type.</summary>
    internal sealed class Counts(int types)
    {
        public readonly int[] Gold = new int[types], Predicted = new int[types], Correct = new int[types];

        /// <summary>Adds one document's gold and predicted spans.</summary>
        public void Add(List<GoldSpan> gold, List<EntitySpan> predicted, ReadOnlySpan<ushort> typeIds)
        {
            var goldSet = new HashSet<(int, int, int)>();
            foreach (var g in gold) { Gold[g.Type]++; goldSet.Add((g.First, g.Count, g.Type)); }
            foreach (var p in predicted)
            {
                int t = typeIds.IndexOf(p.Label);
                if (t < 0) continue;
                Predicted[t]++;
                if (goldSet.Contains((p.FirstToken, p.TokenCount, t))) Correct[t]++;
            }
        }

        /// <summary>Micro-averaged F1 over all types, in percent.</summary>
        public double MicroF1()
        {
            int g = 0, p = 0, c = 0;
            for (int t = 0; t < Gold.Length; t++) { g += Gold[t]; p += Predicted[t]; c += Correct[t]; }
            return F1(c, p, g);
        }

        /// <summary>F1 in percent from counts.</summary>
        public static double F1(int correct, int predicted, int gold) =>
            correct == 0 ? 0 : 200.0 * correct / (predicted + gold);
    }
}
