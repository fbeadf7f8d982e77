using Dyad.Documents;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>
/// The whole pipeline on short world-news texts written for these tests: the errors a hand check of asserted events
/// on international and epidemic news (Wikinews) found — a broken pact read as a new one, health warnings read as
/// threats, acts put off read as done, appositions of a noun read as its target,
/// a return home read as a visit, requests read as the words of whoever ignored them.
/// </summary>
public sealed class WorldNewsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Document Process(string body)
    {
        var doc = EventTestDocs.Run("World notes.\n\n" + body, new DateOnly(2010, 6, 1));
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    private static string? CodeOf(Document doc, int actor) => actor >= 0 ? doc.Actors[actor].Code : null;

    [Fact]
    public void ViolatingATruce_IsNoDeclarationOfOne()
    {
        var doc = Process("Sudanese militias violated the truce with the army of Chad on Friday.");
        Assert.Contains(doc.Events, e => e.Cameo == "128");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        var broke = Process("The Nepalese army broke the ceasefire with Maoist rebels last week.");
        Assert.DoesNotContain(broke.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        var declared = Process("The Nepalese army declared a ceasefire with Maoist rebels last week.");
        Assert.Contains(declared.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void IgnoringOrRejectingRequests_MakesNoRequestOfOnesOwn()
    {
        var doc = Process("The Indian government has ignored requests to close the market.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && CodeOf(doc, e.Source) == "INDGOV");
        var made = Process("The Indian government made requests to Pakistan for help.");
        Assert.Contains(made.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && CodeOf(made, e.Source) == "INDGOV");
    }

    [Fact]
    public void AWarningOfARisk_IsAPessimisticComment_NotAThreat()
    {
        var doc = Process("The Kenyan health ministry issued a warning that the outbreak could spread to the coast.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "012" && (CodeOf(doc, e.Source) ?? "").StartsWith("KENGOV", StringComparison.Ordinal));
        var game = Process("The state of Utah issued a warning against eating wild ducks.");
        Assert.DoesNotContain(game.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        var goods = Process("The Food and Drug Administration has issued a warning on melons from a Mexican company.");
        Assert.DoesNotContain(goods.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.DoesNotContain(goods.Events, e => CodeOf(goods, e.Source) == "MEXBUS");
        var own = Process("Ghana issued a warning that it would not accept a coup in Togo.");
        Assert.Contains(own.Events, e => e.Cameo == "130" && CodeOf(own, e.Source) == "GHA");
        var threat = Process("Iran issued a warning to Israel on Sunday.");
        Assert.Contains(threat.Events, e => e.Cameo == "130" && CodeOf(threat, e.Target) == "ISR");
    }

    [Fact]
    public void PostponingOrDelayingAnAct_DoesNotAssertIt()
    {
        var doc = Process("The Canadian government postponed lifting its ban on beef imports from Brazil.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        var delayed = Process("Japan delayed sending aid to North Korea.");
        Assert.DoesNotContain(delayed.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        var lifted = Process("The Canadian government lifted its ban on beef imports from Brazil.");
        Assert.Contains(lifted.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void ANounsAppositive_IsNoTargetOfIt()
    {
        var doc = Process("\"We are worried,\" said the head of the European Union's food aid, Anna Berg.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && e.Target >= 0);
    }

    [Fact]
    public void ArrivingInOnesOwnCountry_IsNoVisit()
    {
        var doc = Process("Three Kenyan doctors arrived in Nairobi, Kenya, on Monday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "042");
        var abroad = Process("Three Kenyan doctors arrived in Kampala, Uganda, on Monday.");
        Assert.Contains(abroad.Events, e => e.Cameo == "042" && CodeOf(abroad, e.Target) == "UGA");
    }
}
