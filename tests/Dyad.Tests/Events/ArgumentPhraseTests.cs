using Dyad.Actors;
using Dyad.Evaluation;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>The words a source or target phrase covers, and which parties are marked reciprocal (the ConfliBERT
/// convention the span evaluation scores), on sentences written for these tests.</summary>
public sealed class ArgumentPhraseTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code, MentionKind Kind)[] actors)
    {
        var doc = EventTestDocs.Parse(text, new DateOnly(2024, 3, 27));
        foreach (var (phrase, code, kind) in actors) doc.Actor(phrase, code, kind);
        doc.Code();
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    /// <summary>The phrases of a role (0 source, 1 target) of the sentence's main event, in text order, joined by " | ".</summary>
    private string Phrases(Dyad.Documents.Document doc, int role)
    {
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, main, role, spans);
        var text = string.Join(" | ", spans.OrderBy(s => s.Item1).Select(s => doc.Text[doc.Tokens[s.Item1].Start..doc.Tokens[s.Item2 - 1].End]));
        output.WriteLine((role == 0 ? "source" : "target") + " phrases: " + text);
        return text;
    }

    [Fact]
    public void PartiesThatAgreedToActTogether_AreOneReciprocalSpan_EvenWhenTheActNamesAnotherParty()
    {
        var doc = Coded("Chile and Peru have agreed to share intelligence on Bolivia.",
            ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country), ("Bolivia", "BOL", MentionKind.Country));
        Assert.Equal("Chile and Peru", Phrases(doc, 0));
        Assert.Equal("Chile and Peru", Phrases(doc, 1));
    }

    [Fact]
    public void PartiesThatAgreedToOpenAccess_AreOneReciprocalSpan_WhenTheOtherPartyOnlyModifiesThePlace()
    {
        var doc = Coded("Chad and Niger have agreed to allow medical access to rebel-held villages.",
            ("Chad", "TCD", MentionKind.Country), ("Niger", "NER", MentionKind.Country), ("rebel", "REB", MentionKind.Agent));
        Assert.Equal("Chad and Niger", Phrases(doc, 1));
    }

    [Fact]
    public void PartiesThatAgreedToLiftABanOnAParty_KeepTheirOwnSpans()
    {
        var doc = Coded("Oman and Qatar agreed to lift sanctions on Yemeni fishermen.",
            ("Oman", "OMN", MentionKind.Country), ("Qatar", "QAT", MentionKind.Country), ("Yemeni fishermen", "YEMBUS", MentionKind.Agent));
        Assert.Equal("Oman | Qatar", Phrases(doc, 0));
        Assert.Equal("Yemeni fishermen", Phrases(doc, 1));
    }

    [Fact]
    public void ADescriptionSetOffAfterAPersonsName_BelongsToThePhrase_UpToItsClosingComma()
    {
        var doc = Coded("Police in Lagos freed Carla Mendes, a Brazilian aid worker, on Friday after a week of talks.",
            ("Police", "NGACOP", MentionKind.Agent), ("Carla Mendes", "BRA", MentionKind.Person));
        Assert.Equal("Carla Mendes, a Brazilian aid worker", Phrases(doc, 1));
    }
}
