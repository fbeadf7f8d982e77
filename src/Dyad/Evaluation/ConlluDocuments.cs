using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Evaluation;

/// <summary>
/// Builds <see cref="Document"/>s from CoNLL-U gold tokenization, so any stage list can be run and scored (or trained)
/// on gold words: one document token per syntactic word, one document sentence per CoNLL-U sentence.
/// </summary>
public static class ConlluDocuments
{
    /// <summary>Sentences per document when the file marks no <c># newdoc</c>.</summary>
    private const int SentencesPerDocumentWithoutNewdoc = 200;

    /// <summary>
    /// Groups sentences into documents (at each <c># newdoc</c>, or every <see cref="SentencesPerDocumentWithoutNewdoc"/>
    /// sentences) and builds each with <see cref="Build"/>. Returns the documents and, for each, its gold sentences.
    /// </summary>
    public static List<(Document Document, List<ConlluSentence> Sentences)> BuildAll(IReadOnlyList<ConlluSentence> sentences, bool withGold, string idPrefix = "conllu")
    {
        var result = new List<(Document, List<ConlluSentence>)>();
        var group = new List<ConlluSentence>();
        foreach (var s in sentences)
        {
            if (s.Words.Count == 0) continue;
            if (group.Count > 0 && (s.NewDoc || group.Count >= SentencesPerDocumentWithoutNewdoc))
            {
                result.Add((Build(group, withGold, $"{idPrefix}-{result.Count + 1}"), group));
                group = [];
            }
            group.Add(s);
        }
        if (group.Count > 0) result.Add((Build(group, withGold, $"{idPrefix}-{result.Count + 1}"), group));
        return result;
    }

    /// <summary>
    /// One document over the sentences' gold words. The text is rebuilt from the surface tokens (a space where the
    /// token has no <c>SpaceAfter=No</c>, a blank line at each <c># newpar</c>); the words of a multiword token sit
    /// next to each other with no space between and the later ones flagged <see cref="TokenFlags.Clitic"/>; the text
    /// holds the words' forms, which spell the surface form except in rare cases (UD: <c>won't</c> = wo + n't does).
    /// With <paramref name="withGold"/> the gold UPOS, XPOS, lemma, head and relation are written to the tokens and
    /// <see cref="Document.Layers"/> says so (for training); otherwise only tokens and sentences are set.
    /// </summary>
    public static Document Build(IReadOnlyList<ConlluSentence> sentences, bool withGold, string id = "conllu")
    {
        var sb = new StringBuilder();
        var spans = new List<(int Start, int End, TokenFlags Flags)>();
        foreach (var s in sentences)
        {
            if (s.Words.Count == 0) continue;
            if (sb.Length > 0)
            {
                if (s.NewPar) { TrimEndSpace(sb); sb.Append("\n\n"); }
                else if (sb[^1] != ' ') sb.Append(' ');
            }
            bool first = true;
            foreach (var t in s.Tokens)
            {
                var parStart = first && s.NewPar ? TokenFlags.ParagraphStart : TokenFlags.None;
                first = false;
                for (int w = t.FirstWord; w < t.FirstWord + t.WordCount; w++)
                {
                    string form = s.Words[w].Form;
                    int start = sb.Length;
                    sb.Append(form);
                    var flags = WordFlags(form) | (w == t.FirstWord ? parStart : TokenFlags.Clitic);
                    bool last = w == t.FirstWord + t.WordCount - 1;
                    if (last && t.SpaceAfter) flags |= TokenFlags.SpaceAfter;
                    spans.Add((start, sb.Length, flags));
                }
                if (t.SpaceAfter) sb.Append(' ');
            }
        }
        TrimEndSpace(sb);
        var doc = new Document(new Article { Id = id, Text = sb.ToString() });
        int k = 0;
        foreach (var s in sentences)
        {
            if (s.Words.Count == 0) continue;
            int firstToken = k;
            foreach (var w in s.Words)
            {
                var (start, end, flags) = spans[k++];
                doc.AddToken(start, end, flags);
                if (!withGold) continue;
                ref var t = ref doc.Annotate(doc.TokenCount - 1);
                t.Upos = Labels.Upos.Intern(w.Upos);
                t.Xpos = Labels.Xpos.Intern(w.Xpos);
                t.Lemma = w.Lemma == "_" && w.Form != "_" ? 0 : Vocabulary.Shared.Intern(w.Lemma);
                t.Head = w.Head <= 0 ? -1 : firstToken + w.Head - 1;
                t.Deprel = Labels.Deprel.Intern(w.DepRel);
            }
            doc.AddSentence(firstToken, s.Words.Count);
        }
        doc.Layers = Layers.Text | Layers.Tokens | Layers.Sentences
            | (withGold ? Layers.Tags | Layers.Lemmas | Layers.Parse : Layers.None);
        return doc;
    }

    private static TokenFlags WordFlags(string form)
    {
        var flags = TokenFlags.None;
        bool punct = form.Length > 0;
        foreach (char c in form)
        {
            if (char.IsDigit(c)) flags |= TokenFlags.HasDigit;
            if (!char.IsPunctuation(c) && !char.IsSymbol(c)) punct = false;
        }
        if (punct) flags |= TokenFlags.Punct;
        return flags;
    }

    private static void TrimEndSpace(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }
}
