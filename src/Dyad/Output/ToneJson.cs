using System.Text.Json;
using Dyad.Tone;

namespace Dyad.Output;

/// <summary>The JSON shape of <see cref="ToneScores"/>: GDELT's fields, rounded to 3 decimals.</summary>
public static class ToneJson
{
    /// <summary>Writes <c>"name": {...}</c>, or <c>"name": null</c> when the tone stage did not run.</summary>
    public static void Write(Utf8JsonWriter w, string name, ToneScores? scores)
    {
        if (scores is not { } s) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteNumber("tone", Math.Round(s.Tone, 3));
        w.WriteNumber("positive", Math.Round(s.Positive, 3));
        w.WriteNumber("negative", Math.Round(s.Negative, 3));
        w.WriteNumber("polarity", Math.Round(s.Polarity, 3));
        if (s.ActivityDensity is { } a) w.WriteNumber("activity_density", Math.Round(a, 3)); else w.WriteNull("activity_density");
        w.WriteNumber("self_group_density", Math.Round(s.SelfGroupDensity, 3));
        w.WriteNumber("word_count", s.WordCount);
        w.WriteEndObject();
    }
}
