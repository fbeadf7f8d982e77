using System.Text.Json;
using Dyad.Documents;
using Dyad.Quotes;

namespace Dyad.Output;

/// <summary>The <c>quotes</c> array of a processed article (docs/schema.md, "quotes").</summary>
public static class QuoteJson
{
    /// <summary>Writes <c>"quotes": [...]</c>: one object per <see cref="Document.Quotes"/> entry.</summary>
    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quotes");
        var toks = doc.Tokens;
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            w.WriteStartObject();
            w.WriteNumber("index", i);
            w.WriteString("kind", q.Kind switch { QuoteKind.Direct => "direct", QuoteKind.Indirect => "indirect", _ => "mixed" });
            w.WriteNumber("start", q.Start);
            w.WriteNumber("end", q.End);
            w.WriteString("text", doc.Text.AsSpan(q.Start, q.End - q.Start));
            w.WriteNumber("first_token", q.FirstToken);
            w.WriteNumber("token_count", q.TokenCount);
            w.WriteBoolean("spans_paragraphs", q.SpansParagraphs);
            if (q.CueToken >= 0)
            {
                w.WriteNumber("cue_token", q.CueToken);
                w.WriteString("cue", doc.Text.AsSpan(toks[q.CueToken].Start, toks[q.CueToken].End - toks[q.CueToken].Start));
            }
            else
            {
                w.WriteNull("cue_token");
                w.WriteNull("cue");
            }
            if (q.HasSpeaker)
            {
                var (s, e) = doc.SpanOffsets(q.SpeakerFirstToken, q.SpeakerTokenCount);
                w.WriteStartObject("speaker");
                w.WriteString("text", doc.Text.AsSpan(s, e - s));
                w.WriteNumber("start", s);
                w.WriteNumber("end", e);
                w.WriteNumber("first_token", q.SpeakerFirstToken);
                w.WriteNumber("token_count", q.SpeakerTokenCount);
                w.WriteNumber("head_token", q.SpeakerHead);
                w.WriteString("name", q.SpeakerName);
                if (q.NameFirstToken >= 0)
                {
                    w.WriteNumber("name_first_token", q.NameFirstToken);
                    w.WriteNumber("name_token_count", q.NameTokenCount);
                }
                w.WriteNumber("actor", q.SpeakerActor);
                w.WriteString("code", q.SpeakerCode);
                w.WriteEndObject();
            }
            else w.WriteNull("speaker");
            w.WriteString("rule", q.Rule);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
