using Dyad.Evaluation;

namespace Dyad.Tests.Events;

/// <summary>Coded acts whose target sits where the usual slots do not look (deep in a long object, in a participle
/// clause, in a misattached clause), on sentences written for these tests.</summary>
public sealed class MissingTargetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    private string TargetPhrases(Dyad.Documents.Document doc) => EventTestDocs.TargetPhrase(doc, output);

    [Fact]
    public void ReturnedObjectWithAPassiveRelativeClause_TakesTheToPhraseAfterIt()
    {
        // The parse hangs "to the National Museum of Peru" on "taken", inside the relative clause of the object.
        var doc = Coded("Italy returned a bronze sculpture that was taken in 1970 from a tomb near Lima to the National Museum of Peru.",
            ("Italy", "ITA"), ("the National Museum of Peru", "PER"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.Equal("0842", main!.Cameo);
        Assert.Equal("the National Museum of Peru", TargetPhrases(doc));
    }
}
