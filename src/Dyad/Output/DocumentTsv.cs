using Dyad.Documents;

namespace Dyad.Output;

/// <summary>One line per token: article id, sentence index, token index, offsets and the token (tabs and newlines escaped).</summary>
public static class DocumentTsv
{
    /// <summary>The header line.</summary>
    public const string Header = "article_id\tsentence\ttoken\tstart\tend\ttext\tspace_after";

    /// <summary>Writes the document's token lines.</summary>
    public static void Write(TextWriter w, Document doc)
    {
        string id = Escape(doc.Article.Id);
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
                w.Write('\n');
            }
        }
    }

    private static string Escape(string s) =>
        s.AsSpan().IndexOfAny('\t', '\n', '\\') < 0 ? s : s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n");
}
