using System.Text.Json;
using Dyad.Documents;
using Dyad.Places;

namespace Dyad.Output;

/// <summary>The <c>places</c> array of a processed article (docs/schema.md): one object per place mention, in text order.</summary>
public static class PlaceJson
{
    /// <summary>Writes <c>"locations": [...]</c> (the field name of the first JSON shape, kept): the place mentions;
    /// empty when the places stage did not run (see <c>pipeline.stages</c>).</summary>
    public static void Write(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("locations");
        for (int k = 0; k < doc.Places.Count; k++)
        {
            var p = doc.Places[k];
            var (start, end) = doc.SpanOffsets(p.FirstToken, p.TokenCount);
            w.WriteStartObject();
            w.WriteNumber("index", k);
            w.WriteString("text", p.Text);
            w.WriteNumber("start", start);
            w.WriteNumber("end", end);
            w.WriteNumber("first_token", p.FirstToken);
            w.WriteNumber("token_count", p.TokenCount);
            w.WriteNumber("sentence", p.Sentence);
            if (p.GeoNamesId is { } id) w.WriteNumber("geonames_id", id); else w.WriteNull("geonames_id");
            w.WriteString("name", p.Name);
            w.WriteString("kind", p.Kind switch { PlaceKind.City => "city", PlaceKind.Region => "region", PlaceKind.Country => "country", PlaceKind.Area => "area", _ => null });
            if (p.FeatureClass is { } fc) w.WriteString("feature_class", fc.ToString()); else w.WriteNull("feature_class");
            w.WriteString("feature_code", p.FeatureCode);
            w.WriteString("country", p.Country);
            w.WriteString("admin1_code", p.Admin1Code);
            w.WriteString("admin1", p.Admin1);
            if (p.Latitude is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
            if (p.Longitude is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
            if (p.Population is { } pop) w.WriteNumber("population", pop); else w.WriteNull("population");
            w.WriteString("source", p.Source);
            w.WriteString("rule", p.Rule);
            w.WriteNumber("score", p.Score);
            w.WriteNumber("candidates", p.Candidates);
            w.WriteBoolean("approximate", p.Approximate);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
