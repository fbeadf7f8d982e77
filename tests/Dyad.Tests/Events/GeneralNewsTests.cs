using Dyad.Documents;
using Dyad.Events;
using static Dyad.Tests.Events.EventTestDocs;

namespace Dyad.Tests.Events;

/// <summary>
/// The whole pipeline on short texts written for these tests: the errors a check of asserted events on general news
/// pages (technology, sport, health and world news) found — products released, ills fought, fusses made, acts only
/// planned, avoided or given up coded as acts done, and a foreign state body coded as the American one.
/// </summary>
public sealed class GeneralNewsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Document Process(string body) => EventTestDocs.RunShown("News notes.", body, new DateOnly(2019, 11, 20), output);

    private static bool Asserted(Document doc, string cameoPrefix) =>
        doc.Events.Any(e => e.Cameo.StartsWith(cameoPrefix, StringComparison.Ordinal) && e.Modality == EventModality.Asserted);

    [Fact]
    public void AProductReleased_FreesNoOne_ButPrisonersReleasedAre()
    {
        Assert.False(Asserted(Process("Samsung released the new Galaxy Fold on Friday."), "084"));
        Assert.False(Asserted(Process("Samsung released a new phone on Friday."), "084"));
        Assert.True(Asserted(Process("Egypt released two Israeli prisoners on Friday."), "084"));
    }

    [Fact]
    public void FightingAnIll_IsNoForce_ButFightingAParty_Is()
    {
        Assert.False(Asserted(Process("Paris has been fighting dirty air for decades."), "19"));
        Assert.True(Asserted(Process("Turkish troops fought Kurdish militants near the border."), "19"));
    }

    [Fact]
    public void ContributingToAReport_IsNoAid()
    {
        Assert.False(Asserted(Process("Reuters reporters in Cairo contributed to this report."), "07"));
        Assert.True(Asserted(Process("Japan contributed $5 million to Jordan for refugee schools."), "07"));
    }

    [Fact]
    public void ACityBurning_IsNoAct_ButBurningSomething_Is()
    {
        Assert.False(Asserted(Process("Santiago is burning."), "17"));
        Assert.True(Asserted(Process("Rioters in Santiago burned a police station."), "17"));
    }

    [Fact]
    public void ABigDeal_IsAFuss_UnlessMadeWithAParty()
    {
        Assert.False(Asserted(Process("Samsung made a big deal about the new hinge."), "05"));
        Assert.True(Asserted(Process("India signed a big deal with France for fighter jets."), "05"));
    }

    [Fact]
    public void AnActAStrategyIsFor_IsNotDone()
    {
        var doc = Process("Moscow's new strategy for ending the strikes has failed.");
        Assert.False(Asserted(doc, "08"));
        // an aim reached was done
        var reached = Process("Canada reached its goal of accepting 25,000 refugees from Syria.");
        Assert.True(Asserted(reached, "07"));
    }

    [Fact]
    public void AnActAvoidedOrDropped_IsNegated()
    {
        var avoided = Process("The Kenyan president avoided direct criticism of the Ugandan government.");
        Assert.Contains(avoided.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Modality == EventModality.Negated);
        Assert.False(Asserted(avoided, "11"));
        var dropped = Process("Norway has dropped its investigation into the Russian diplomat.");
        Assert.False(Asserted(dropped, "09"));
    }

    [Fact]
    public void AnAgreementPursued_IsOnlySought()
    {
        var doc = Process("Washington and the Taliban held talks pursuing an agreement on troop withdrawals.");
        Assert.False(Asserted(doc, "057"));
        Assert.Contains(doc.Events, e => e.Rule.StartsWith("c:pursue", StringComparison.Ordinal) && e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void AStateBodyNamedAfterAnotherCountrysAdjective_IsThatCountrysCounterpart()
    {
        var doc = Process("The Chinese Center for Disease Control and Prevention said it had traced the patients.");
        Assert.Contains(doc.Actors, a => a.Code == "CHNGOVHLH");
        Assert.DoesNotContain(doc.Actors, a => a.Code is { } c && c.StartsWith("USA", StringComparison.Ordinal));
        Assert.Contains(Process("The Centers for Disease Control and Prevention said it had traced the patients.").Actors,
            a => a.Code is { } c && c.StartsWith("USAGOV", StringComparison.Ordinal));
    }

    [Fact]
    public void AMatchBetweenNationalTeams_IsNoForce()
    {
        Assert.False(Asserted(Process("Portugal beat Latvia 3-0 to win their qualifying group."), "18"));
        Assert.False(Asserted(Process("It was a comfortable victory against defending champions Serbia."), "05"));
        Assert.True(Asserted(Process("Russia beat Ukraine in the war of 1920."), "18"));
    }

    [Fact]
    public void AnActOnlyWished_OrAnIdea_OrPutDown_IsNotDoneByTheSubject()
    {
        // an eager or keen party only intends the act
        Assert.False(Asserted(Process("The French president is eager to withdraw troops from Mali."), "08"));
        // what an idea holds is not known to be so
        Assert.False(Asserted(Process("Officials dismissed the idea that Iran is arming the Houthis."), "07"));
        // who crushes a protest is not its protester
        var crushed = Process("The Iranian government crushed the protests in Tehran.");
        Assert.DoesNotContain(crushed.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal) && CodeOf(crushed, e.Source) == "IRNGOV");
    }

    [Fact]
    public void ARequestForComment_IsNoAppeal()
    {
        Assert.DoesNotContain(Process("The embassy did not respond to Al Jazeera's request for comment.").Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.DoesNotContain(Process("The BBC requested comment from the Kremlin.").Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Contains(Process("Kenya requested help from the United Nations.").Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }
}

