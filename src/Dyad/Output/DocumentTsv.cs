using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Output;

/// <summary>
/// One line per token: article id, sentence index, token index, offsets, the token (tabs and newlines escaped),
/// then — <c>_</c> where their stage did not run — UPOS, XPOS, lemma, head (document token index, -1 for a root),
/// relation, and the entity as BIO (<c>B-PERSON</c>, <c>I-PERSON</c>, <c>O</c>).
/// </summary>
public static class DocumentTsv
{
    /// <summary>The header line.</summary>
    public const string Header = "article_id\tsentence\ttoken\tstart\tend\ttext\tspace_after\tupos\txpos\tlemma\thead\tdeprel\tentity";

    /// <summary>Writes the document's token lines.</summary>
    public static void Write(TextWriter w, Document doc)
    {
        string id = Escape(doc.Article.Id);
        bool tags = (doc.Layers & Layers.Tags) != 0, lemmas = (doc.Layers & Layers.Lemmas) != 0;
        bool parse = (doc.Layers & Layers.Parse) != 0, entities = (doc.Layers & Layers.Entities) != 0;
        var bio = new string?[doc.TokenCount];
        foreach (var e in doc.Entities)
            for (int k = 0; k < e.TokenCount; k++)
                bio[e.FirstToken + k] = (k == 0 ? "B-" : "I-") + Labels.Entity.Name(e.Label);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.GetSentence(s);
            for (int i = 0; i < sent.TokenCount; i++)
            {
                var t = sent[i];
                w.Write(id); w.Write('\t');
                w.Write(s); w.Write('\t');
                w.Write(t.Index); w.Write('\t');
                w.Write(t.Start); w.Write('\t');
                w.Write(t.End); w.Write('\t');
                w.Write(Escape(t.Text)); w.Write('\t');
                w.Write(t.SpaceAfter ? "1" : "0");
                ref readonly var d = ref doc.Tokens[t.Index];
                w.Write('\t'); w.Write(tags ? Labels.Upos.Name(d.Upos) : "_");
                w.Write('\t'); w.Write(tags ? Labels.Xpos.Name(d.Xpos) : "_");
                w.Write('\t'); w.Write(lemmas ? Escape(Vocabulary.Shared[d.Lemma]) : "_");
                w.Write('\t'); if (parse) w.Write(d.Head); else w.Write('_');
                w.Write('\t'); w.Write(parse ? Labels.Deprel.Name(d.Deprel) : "_");
                w.Write('\t'); w.Write(entities ? bio[t.Index] ?? "O" : "_");
                w.Write('\n');
            }
        }
    }

    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny('\t', '\n', '\\') < 0 ? s : s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");
}
