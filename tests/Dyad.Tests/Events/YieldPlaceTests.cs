using Dyad.Evaluation;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>A party that yields (lays down arms, ends a strike, declares a truce) with no one named it yields to: the act
/// is aimed at the place the party stands in, on sentences written for these tests.</summary>
public sealed class YieldPlaceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    private string SourcePhrase(Dyad.Documents.Document doc)
    {
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, main!, 0, spans);
        var text = string.Join(" | ", spans.OrderBy(s => s.Item1).Select(s => doc.Text[doc.Tokens[s.Item1].Start..doc.Tokens[s.Item2 - 1].End]));
        output.WriteLine("source phrase: " + text);
        return text;
    }

    [Theory]
    [InlineData("Militia leaders in the Ituri region said they will lay down their arms.", "Militia leaders", "the Ituri region")]
    [InlineData("Striking teachers in Kenya agreed to end the strike.", "Striking teachers", "Kenya")]
    [InlineData("The alliance fighting insurgents in Mali declared a three-day truce.", "The alliance fighting insurgents", "Mali")]
    public void AYieldingPartyInAPlace_YieldsThere_AndItsPhraseEndsBeforeThePlace(string text, string source, string place)
    {
        var doc = Coded(text, (source, "GOV"), ("Ituri", "COD"), ("Kenya", "KEN"), ("insurgents", "MLIREB"), ("Mali", "MLI"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.True(main!.Cameo.StartsWith("08", StringComparison.Ordinal) || main.Cameo == "035", main.Cameo);
        Assert.Equal(place, EventTestDocs.TargetPhrase(doc, output));
        Assert.Equal(source, SourcePhrase(doc));
    }

    [Fact]
    public void ARelease_IsNotAimedAtWhereTheReleaserStands()
    {
        // "former" parsed as a predicate of the verb and the name hung on it: the parse finds no one released.
        var doc = EventTestDocs.Parsed(
            "A a DET DT 2 det", "court court NOUN NN 5 nsubj", "in in ADP IN 4 case", "Kenya Kenya PROPN NNP 2 nmod",
            "released release VERB VBD 0 root", "former former ADJ JJ 5 xcomp", "minister minister NOUN NN 8 compound",
            "Juma Juma PROPN NNP 6 flat", ". . PUNCT . 5 punct")
            .Actor("court", "KENJUD").Actor("Kenya", "KEN").Code();
        output.WriteLine(doc.ShowAll());
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.StartsWith("084", main!.Cameo);
        Assert.NotEqual("Kenya", EventTestDocs.TargetPhrase(doc, output));
    }

    [Fact]
    public void AYieldingPartyPlacedNowhere_KeepsNoTarget()
    {
        var doc = Coded("Striking teachers agreed to end the strike.", ("Striking teachers", "EDU"));
        Assert.Equal("", EventTestDocs.TargetPhrase(doc, output));
    }
}
