using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Output;

/// <summary>
/// The stable JSON shape of one processed article (docs/schema.md describes it). Additive changes only:
/// later stages fill <c>entities</c>, <c>events</c>, <c>quotes</c>, <c>locations</c> and <c>tone</c>;
/// <c>pipeline.stages</c> says which stages ran, so an empty list is never ambiguous.
/// </summary>
public static class DocumentJson
{
    /// <summary>Version of the shape; bumped on every additive change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writer options: readable non-ASCII, no indentation (one object per line).</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes one document as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, Document doc, bool includeTokens = true)
    {
        var a = doc.Article;
        w.WriteStartObject();
        w.WriteString("article_id", a.Id);
        w.WriteString("url", a.Url);
        w.WriteString("source", a.Source);
        w.WriteString("title", a.Title);
        w.WriteString("description", a.Description);
        if (a.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        w.WriteString("language", a.Language);
        w.WriteString("language_source", a.LanguageSource);
        w.WriteString("author", a.Author);
        w.WriteString("reader", a.Reader);
        w.WriteString("input_path", a.InputPath);
        w.WriteString("content_hash", a.ContentHash);
        if (doc.ReferenceDate is { } rd) w.WriteString("reference_date", rd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("reference_date");
        w.WriteString("reference_date_source", doc.ReferenceDateSource);
        w.WriteString("text", a.Text);

        w.WriteStartArray("sentences");
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var sent = doc.GetSentence(s);
            w.WriteStartObject();
            w.WriteNumber("index", s);
            w.WriteNumber("start", sent.Start);
            w.WriteNumber("end", sent.End);
            w.WriteString("text", sent.Span);
            if (s < doc.SentenceTones.Length) ToneJson.Write(w, "tone", doc.SentenceTones[s]);
            if (includeTokens)
            {
                bool tags = (doc.Layers & Layers.Tags) != 0, lemmas = (doc.Layers & Layers.Lemmas) != 0, parse = (doc.Layers & Layers.Parse) != 0;
                w.WriteStartArray("tokens");
                for (int i = 0; i < sent.TokenCount; i++)
                {
                    var t = sent[i];
                    w.WriteStartObject();
                    w.WriteNumber("i", t.Index);
                    w.WriteNumber("start", t.Start);
                    w.WriteNumber("end", t.End);
                    w.WriteString("text", t.Span);
                    if (!t.SpaceAfter) w.WriteBoolean("space_after", false);
                    ref readonly var data = ref doc.Tokens[t.Index];
                    if (tags)
                    {
                        w.WriteString("upos", Labels.Upos.Name(data.Upos));
                        w.WriteString("xpos", Labels.Xpos.Name(data.Xpos));
                    }
                    if (lemmas) w.WriteString("lemma", Vocabulary.Shared[data.Lemma]);
                    if (parse)
                    {
                        w.WriteNumber("head", data.Head);
                        w.WriteString("deprel", Labels.Deprel.Name(data.Deprel));
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var span = doc.Entities[e];
            var (start, end) = doc.SpanOffsets(span.FirstToken, span.TokenCount);
            w.WriteStartObject();
            w.WriteNumber("index", e);
            w.WriteString("label", Labels.Entity.Name(span.Label));
            w.WriteNumber("start", start);
            w.WriteNumber("end", end);
            w.WriteString("text", doc.Text.AsSpan(start, end - start));
            w.WriteNumber("first_token", span.FirstToken);
            w.WriteNumber("token_count", span.TokenCount);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        ActorJson.Write(w, doc);
        // Filled by later stages; empty arrays and a null tone until those stages are in pipeline.stages.
        EventJson.Write(w, doc);
        QuoteJson.Write(w, doc);
        PlaceJson.Write(w, doc);
        DateJson.Write(w, doc);
        ToneJson.Write(w, "tone", doc.Tone);

        w.WriteStartArray("errors");
        foreach (var problem in doc.Problems) WriteProblem(w, problem);
        w.WriteEndArray();

        w.WriteStartObject("pipeline");
        w.WriteNumber("schema", SchemaVersion);
        w.WriteStartArray("stages");
        foreach (var n in doc.StagesRun) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteEndObject();
    }

    /// <summary>Writes a problem as <c>{"path","code","error","reason"}</c>.</summary>
    public static void WriteProblem(Utf8JsonWriter w, Problem problem)
    {
        w.WriteStartObject();
        w.WriteString("path", problem.Path);
        w.WriteString("code", problem.CodeText);
        w.WriteString("error", problem.Code.ToString());
        w.WriteString("reason", problem.Reason);
        w.WriteEndObject();
    }
}
