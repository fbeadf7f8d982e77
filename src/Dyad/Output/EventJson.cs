using System.Globalization;
using System.Text.Json;
using Dyad.Documents;
using Dyad.Events;
using Dyad.Ontology;

namespace Dyad.Output;

/// <summary>The <c>events</c> array of a processed article's JSON (docs/schema.md, "events").</summary>
public static class EventJson
{
    /// <summary>Writes <c>"events": [...]</c>, one object per coded event.</summary>
    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("events");
        foreach (var e in doc.Events) WriteEvent(w, doc, e);
        w.WriteEndArray();
    }

    private static void WriteEvent(Utf8JsonWriter w, Document doc, CodedEvent e)
    {
        var facts = EventOntology.Of(e);
        var code = facts.Code;
        w.WriteStartObject();
        w.WriteString("event_id", EventIds.Of(doc, e));
        w.WriteString("article_id", doc.Article.Id);
        w.WriteNumber("sentence_index", e.Sentence);
        if (e.Date is { } d) w.WriteString("date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); else w.WriteNull("date");
        w.WriteString("date_source", e.DateSource);
        WriteActor(w, doc, "source", e.Source);
        WriteActor(w, doc, "target", e.Target);
        w.WriteString("cameo", code.Code);
        w.WriteString("cameo_root", facts.Root.Code);
        w.WriteNumber("quad_class", code.QuadClass);
        w.WriteNumber("goldstein", code.Goldstein);
        if (facts.Plover is not { } plover) w.WriteNull("plover");
        else
        {
            w.WriteStartObject("plover");
            w.WriteString("type", plover.EventType);
            w.WriteString("mode", plover.Mode);
            w.WriteEndObject();
        }
        w.WriteString("modality", EventIds.ModalityName(e.Modality));
        if (e.ReportedBy >= 0) WriteActor(w, doc, "reported_by", e.ReportedBy); else w.WriteNull("reported_by");
        w.WriteStartObject("evidence");
        var sentence = doc.GetSentence(e.Sentence);
        w.WriteString("sentence", sentence.Span);
        w.WriteStartObject("trigger");
        w.WriteString("text", doc.Text.AsSpan(e.TriggerStart, e.TriggerEnd - e.TriggerStart));
        w.WriteNumber("start", e.TriggerStart);
        w.WriteNumber("end", e.TriggerEnd);
        w.WriteEndObject();
        w.WriteString("rule", e.Rule);
        WritePhrase(w, doc, "source_phrase", ArgumentPhrases.Of(doc, e, 0));
        WritePhrase(w, doc, "target_phrase", ArgumentPhrases.Of(doc, e, 1));
        w.WriteEndObject();
        w.WriteNumber("confidence", e.Confidence);
        w.WriteNumber("mentions", e.Mentions);
        if (e.Location >= 0)
        {
            var p = doc.Places[e.Location];
            w.WriteStartObject("location");
            w.WriteString("text", p.Text);
            w.WriteString("name", p.Name);
            if (p.GeoNamesId is { } id) w.WriteNumber("geonames_id", id); else w.WriteNull("geonames_id");
            w.WriteString("country", p.Country);
            if (p.Latitude is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
            if (p.Longitude is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        // The tone of the event's sentence (tone of the article's sentences: the `tone` stage, null before it ran).
        if (e.Sentence < doc.SentenceTones.Length) w.WriteNumber("tone", Math.Round(doc.SentenceTones[e.Sentence].Tone, 3));
        else w.WriteNull("tone");
        w.WriteEndObject();
    }

    /// <summary>An argument phrase as a human coder marks it ("a blogger" for "freed a blogger who had been jailed"),
    /// null when the role has none.</summary>
    private static void WritePhrase(Utf8JsonWriter w, Document doc, string name, (int First, int End) phrase)
    {
        if (phrase.First < 0) { w.WriteNull(name); return; }
        var (start, end) = doc.SpanOffsets(phrase.First, phrase.End - phrase.First);
        w.WriteStartObject(name);
        w.WriteString("text", doc.Text.AsSpan(start, end - start));
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, Document doc, string name, int actor)
    {
        if (actor < 0) { w.WriteNull(name); return; }
        var m = doc.Actors[actor];
        var (start, end) = doc.SpanOffsets(m.FirstToken, m.TokenCount);
        w.WriteStartObject(name);
        w.WriteString("text", doc.Text.AsSpan(start, end - start));
        w.WriteString("code", m.Code);
        w.WriteString("country", m.Country);
        w.WriteStartArray("roles");
        foreach (var r in m.Roles) w.WriteStringValue(r);
        w.WriteEndArray();
        w.WriteNumber("entity", m.Entity);
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteEndObject();
    }
}
