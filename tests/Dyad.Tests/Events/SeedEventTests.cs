using System.Text;
using System.Text.Json;
using Dyad.Events;
using Dyad.Output;

namespace Dyad.Tests.Events;

/// <summary>The seed article (the product's defining example) through the whole pipeline.</summary>
public sealed class SeedEventTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<Dyad.Documents.Document> SeedDoc = new(EventTestDocs.Seed);

    private static string Trigger(CodedEvent e) => SeedDoc.Value.Text[e.TriggerStart..e.TriggerEnd];

    private static string? Code(int actor) => actor < 0 ? null : SeedDoc.Value.Actors[actor].Code;

    [Fact]
    public void Seed_IsraelSoughtToRescheduleMeetingWithWhiteHouse_IsIntentToMeet()
    {
        output.WriteLine(SeedDoc.Value.ShowAll());
        var e = Assert.Single(SeedDoc.Value.Events, e => Trigger(e).StartsWith("sought to reschedule", StringComparison.Ordinal));
        Assert.Equal("036", e.Cameo);
        Assert.Equal(("ISR", "USAGOV"), (Code(e.Source), Code(e.Target)));
        Assert.Equal("c:seek+f:intent-04+v:reschedule-meeting", e.Rule);
    }

    [Fact]
    public void Seed_IsraelAgreedToReschedule_IsIntentToMeet_ReportedByTheWhiteHouse()
    {
        var e = Assert.Single(SeedDoc.Value.Events, e => Trigger(e).StartsWith("agreed to reschedule", StringComparison.Ordinal));
        Assert.Equal("036", e.Cameo);
        Assert.Equal(("ISR", "USAGOV"), (Code(e.Source), Code(e.Target)));
        Assert.Equal(EventModality.Reported, e.Modality);
        Assert.Equal("USAGOV", Code(e.ReportedBy));
        Assert.EndsWith("+antecedent", e.Rule);
        Assert.Contains(SeedDoc.Value.Events, s => s.Cameo == "010" && Trigger(s) == "confirmed" && Code(s.Source) == "USAGOV");
    }

    [Fact]
    public void Seed_GallantsDiscussionsWithUSOfficials_AreConsultation()
    {
        var e = Assert.Single(SeedDoc.Value.Events, e => Trigger(e).Contains("discussions", StringComparison.Ordinal));
        Assert.StartsWith("04", e.Cameo);
        Assert.StartsWith("ISR", Code(e.Source));
        Assert.Equal("USAGOV", Code(e.Target));
        Assert.Equal(new DateOnly(2024, 3, 25), e.Date); // "this week", from Wednesday 27 March 2024
        Assert.Equal("text", e.DateSource);
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Fact]
    public void Seed_NothingIsCodedAsViolence_AndEveryEventCarriesEvidence()
    {
        var doc = SeedDoc.Value;
        Assert.InRange(doc.Events.Count, 4, 12);
        Assert.DoesNotContain(doc.Events, e => e.Cameo[..2] is "18" or "19" or "20");
        foreach (var e in doc.Events)
        {
            Assert.True(e.Source >= 0);
            Assert.False(string.IsNullOrEmpty(e.Rule));
            var sentence = doc.GetSentence(e.Sentence);
            Assert.InRange(e.TriggerStart, sentence.Start, sentence.End);
            Assert.InRange(e.TriggerEnd, e.TriggerStart + 1, sentence.End);
            Assert.InRange(e.Date!.Value, new DateOnly(2024, 3, 25), new DateOnly(2024, 3, 27));
        }
        Assert.Contains("events", doc.StagesRun);
    }

    [Fact]
    public void Seed_Json_HasTheEventShape_WithStableIds()
    {
        var doc = SeedDoc.Value;
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) { w.WriteStartObject(); EventJson.Write(w, doc); w.WriteEndObject(); }
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(doc.Events.Count, events.Length);
        var ids = new HashSet<string>();
        foreach (var e in events)
        {
            Assert.True(ids.Add(e.GetProperty("event_id").GetString()!));
            Assert.Equal(doc.Article.Id, e.GetProperty("article_id").GetString());
            Assert.StartsWith("2024-03-2", e.GetProperty("date").GetString());
            Assert.Contains(e.GetProperty("date_source").GetString(), new[] { "text", "given" });
            var source = e.GetProperty("source");
            foreach (var f in new[] { "text", "code", "country", "roles", "entity", "start", "end" }) Assert.True(source.TryGetProperty(f, out _), f);
            Assert.Equal(doc.Text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()], source.GetProperty("text").GetString());
            string cameo = e.GetProperty("cameo").GetString()!;
            Assert.Equal(cameo[..2], e.GetProperty("cameo_root").GetString());
            Assert.InRange(e.GetProperty("quad_class").GetInt32(), 1, 4);
            Assert.InRange(e.GetProperty("goldstein").GetDouble(), -10, 10);
            Assert.Contains(e.GetProperty("modality").GetString(), new[] { "asserted", "negated", "future", "hypothetical", "reported" });
            var evidence = e.GetProperty("evidence");
            var trigger = evidence.GetProperty("trigger");
            Assert.Equal(doc.Text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()], trigger.GetProperty("text").GetString());
            Assert.Contains(trigger.GetProperty("text").GetString()!, evidence.GetProperty("sentence").GetString()!);
            Assert.False(string.IsNullOrEmpty(evidence.GetProperty("rule").GetString()));
            Assert.True(e.GetProperty("mentions").GetInt32() >= 1);
        }
        var meeting = doc.Events.First(e => e.Cameo == "036");
        Assert.Equal(EventIds.Of(doc, meeting), EventIds.Of(doc, meeting with { Confidence = 0.1 }));
        var consult = events.Single(e => e.GetProperty("evidence").GetProperty("trigger").GetProperty("text").GetString()!.Contains("discussions"));
        Assert.Equal("CONSULT", consult.GetProperty("plover").GetProperty("type").GetString());
    }
}
