using Dyad.Evaluation;

namespace Dyad.Tests.Events;

/// <summary>Talks or a meeting that name no party of their own, held by whoever acts in their course ("after two days of
/// talks"), on sentences written for these tests.</summary>
public sealed class TalksPartyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    [Theory]
    [InlineData("Kenyan and Somali diplomats flew home after two days of talks.", "diplomats")]
    [InlineData("Kenyan and Somali envoys settled the quarrel during another round of negotiations.", "envoys")]
    public void TalksInTheCourseOfACoordinatedSubjectsAct_AreTheSubjectsTalksWithEachOther(string text, string noun)
    {
        var doc = Coded(text, ("Kenyan", "KEN"), ("Somali", "SOM"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        Assert.Equal("046", main!.Cameo);
        Assert.Contains(doc.Events, e => e.Cameo == "046" && EventTestDocs.CodeOf(doc, e.Source) == "KEN" && EventTestDocs.CodeOf(doc, e.Target) == "SOM");
        // The data marks the coordinated party as one reciprocal span, source and target alike.
        Assert.Equal("Kenyan and Somali " + noun, EventTestDocs.TargetPhrase(doc, output));
    }

    [Fact]
    public void ALoneSubject_HeldTheTalksItActedIn()
    {
        var doc = Coded("Kenya settled the border quarrel during a round of talks in Nairobi.", ("Kenya", "KEN"));
        Assert.Contains(doc.Events, e => e.Cameo == "046" && EventTestDocs.CodeOf(doc, e.Source) == "KEN");
    }
}
