using System.Globalization;
using System.Text.Json;
using Dyad.Dates;
using Dyad.Documents;

namespace Dyad.Output;

/// <summary>The JSON shape of the resolved date expressions (<see cref="Document.Dates"/>).</summary>
public static class DateJson
{
    /// <summary>Writes <c>"dates": [...]</c>: text, offsets, sentence, resolved date, granularity, relative.</summary>
    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("dates");
        foreach (var d in doc.Dates)
        {
            var (start, end) = doc.SpanOffsets(d.FirstToken, d.TokenCount);
            w.WriteStartObject();
            w.WriteString("text", doc.Text.AsSpan(start, end - start));
            w.WriteNumber("start", start);
            w.WriteNumber("end", end);
            w.WriteNumber("sentence_index", doc.Tokens[d.FirstToken].Sentence);
            w.WriteString("date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("granularity", d.Granularity.ToString().ToLowerInvariant());
            w.WriteBoolean("relative", d.Relative);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
