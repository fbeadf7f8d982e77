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

    [Fact]
    public void AProductReleased_FreesNoOne_ButPrisonersReleasedAre()
    {
        Assert.False(Process("Samsung released the new Galaxy Fold on Friday.").HasAsserted("084"));
        Assert.False(Process("Samsung released a new phone on Friday.").HasAsserted("084"));
        Assert.False(Process("The new keyboard is much like the wireless keyboard that Logitech released five years ago.").HasAsserted("084"));
        Assert.True(Process("Egypt released two Israeli prisoners on Friday.").HasAsserted("084"));
    }

    [Fact]
    public void FightingAnIll_IsNoForce_ButFightingAParty_Is()
    {
        Assert.False(Process("Paris has been fighting dirty air for decades.").HasAsserted("19"));
        Assert.True(Process("Turkish troops fought Kurdish militants near the border.").HasAsserted("19"));
    }

    [Fact]
    public void ContributingToAReport_IsNoAid()
    {
        Assert.False(Process("Reuters reporters in Cairo contributed to this report.").HasAsserted("07"));
        Assert.True(Process("Japan contributed $5 million to Jordan for refugee schools.").HasAsserted("07"));
        // questions sent to candidates are no aid, however deep the parse hangs the "to"
        Assert.False(Process("In December, the union sent a dozen questions to a dozen candidates.").HasAsserted("07"));
    }

    [Fact]
    public void ACityBurning_IsNoAct_ButBurningSomething_Is()
    {
        Assert.False(Process("Santiago is burning.").HasAsserted("17"));
        Assert.True(Process("Rioters in Santiago burned a police station.").HasAsserted("17"));
    }

    [Fact]
    public void ABigDeal_IsAFuss_UnlessMadeWithAParty()
    {
        Assert.False(Process("Samsung made a big deal about the new hinge.").HasAsserted("05"));
        Assert.True(Process("India signed a big deal with France for fighter jets.").HasAsserted("05"));
    }

    [Fact]
    public void AnActAStrategyIsFor_IsNotDone()
    {
        var doc = Process("Moscow's new strategy for ending the strikes has failed.");
        Assert.False(doc.HasAsserted("08"));
        // an aim reached was done
        var reached = Process("Canada reached its goal of accepting 25,000 refugees from Syria.");
        Assert.True(reached.HasAsserted("07"));
    }

    [Fact]
    public void AnActAvoidedOrDropped_IsNegated()
    {
        var avoided = Process("The Kenyan president avoided direct criticism of the Ugandan government.");
        Assert.Contains(avoided.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Modality == EventModality.Negated);
        Assert.False(avoided.HasAsserted("11"));
        var dropped = Process("Norway has dropped its investigation into the Russian diplomat.");
        Assert.False(dropped.HasAsserted("09"));
    }

    [Fact]
    public void AnAgreementPursued_IsOnlySought()
    {
        var doc = Process("Washington and the Taliban held talks pursuing an agreement on troop withdrawals.");
        Assert.False(doc.HasAsserted("057"));
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
        Assert.False(Process("Portugal beat Latvia 3-0 to win their qualifying group.").HasAsserted("18"));
        Assert.False(Process("It was a comfortable victory against defending champions Serbia.").HasAsserted("05"));
        Assert.True(Process("Russia beat Ukraine in the war of 1920.").HasAsserted("18"));
    }

    [Fact]
    public void AnActOnlyWished_OrAnIdea_OrPutDown_IsNotDoneByTheSubject()
    {
        // an eager or keen party only intends the act
        Assert.False(Process("The French president is eager to withdraw troops from Mali.").HasAsserted("08"));
        // what an idea holds is not known to be so
        Assert.False(Process("Officials dismissed the idea that Iran is arming the Houthis.").HasAsserted("07"));
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

    [Fact]
    public void ASubjectOfNone_DeniesTheAct()
    {
        var none = Process("No Turkish soldier crossed into Syria and no Turkish official attacked the convoy.");
        Assert.False(none.HasAsserted("19"));
        Assert.Contains(none.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Modality == EventModality.Negated);
        Assert.True(Process("Turkish officials attacked the convoy.").HasAsserted("19"));
    }
    [Fact]
    public void ActsForecastWithSetDuePoisedOrGoingTo_AreFutureNotDone()
    {
        // "set" and "due" read as adjectives, with the infinitive as a clausal complement or subject
        foreach (var text in new[] { "Turkey is set to attack Kurdish fighters in Syria.", "The Turkish army is poised to invade northern Syria.",
                     "Turkey is going to attack Kurdish fighters in Syria." })
        {
            var doc = Process(text);
            Assert.False(doc.HasAsserted("19"), text);
            Assert.Contains(doc.Events, e => e.Modality == EventModality.Future && CodeOf(doc, e.Source) is { } code && code.StartsWith("TUR", StringComparison.Ordinal));
        }
        var due = Process("The German chancellor is due to visit Paris next week.");
        Assert.False(due.HasAsserted("04"));
        Assert.Contains(due.Events, e => e.Cameo == "042" && e.Modality == EventModality.Future);
        // a negated "going to" is negated; "went to meet" was a meeting
        Assert.Contains(Process("Turkey is not going to attack Kurdish fighters in Syria.").Events, e => e.Modality == EventModality.Negated);
        Assert.True(Process("The Turkish foreign minister went to meet the Iraqi prime minister in Baghdad.").HasAsserted("04"));
    }

    [Fact]
    public void ADatelinePlace_IsNoParty()
    {
        // a colon after a city in capitals ends a dateline; the tagger's verb "United" in a country name does not stop it
        var colon = Process("CAIRO: Egyptian police arrested two French reporters on Tuesday.");
        Assert.DoesNotContain(colon.Events, e => CodeOf(colon, e.Source) == "EGY");
        Assert.Contains(colon.Events, e => e.Cameo == "173" && CodeOf(colon, e.Source) == "EGYCOP");
        var dash = Process("ABU DHABI, United Arab Emirates — The national carrier finalized a deal to buy ten jets, executives said on Wednesday.");
        Assert.DoesNotContain(dash.Events, e => CodeOf(dash, e.Source) == "ARE");
        // a headline's speaker before a colon is no dateline
        Assert.True(Process("Egypt: police arrested two French reporters on Tuesday.").HasAsserted("173"));
    }

    [Fact]
    public void ADirectQuestion_AssertsNothing()
    {
        Assert.False(Process("Did Turkish troops attack the convoy?").HasAsserted("19"));
        Assert.False(Process("What is Germany complaining about?").HasAsserted("1"));
        Assert.True(Process("Turkish troops attacked the convoy, the mayor asked whether anyone knew why.").HasAsserted("19"));
    }

    [Fact]
    public void WhatADeedDemonstrates_IsNoProtest()
    {
        Assert.False(Process("Spain is worried about the minister's habits, as demonstrated by his sudden exit from the summit.").HasAsserted("14"));
        Assert.True(Process("Farmers demonstrated against the Spanish government in Madrid.").HasAsserted("14"));
    }

    [Fact]
    public void HostingFirmsOrShows_IsNoVisit_ButHostingALeaderOrASummit_Is()
    {
        Assert.False(Process("The Finnish broadcaster hosts a weekly podcast about gardening.").HasAsserted("04"));
        Assert.True(Process("Japan hosted the Indian prime minister in Tokyo.").HasAsserted("043"));
        Assert.True(Process("Egypt hosted a summit on Libya on Sunday.").HasAsserted("043"));
    }

    [Fact]
    public void InAMatchReport_BeatingACountry_IsNoAssault()
    {
        var match = Process("Spain beat Portugal on Saturday. The match drew a record crowd to the stadium in Seville. "
            + "The league leaders now face Italy in the cup final.");
        Assert.False(match.HasAsserted("18"));
        // a single line of news says nothing of sport
        Assert.True(Process("Police beat protesters in the capital on Saturday.").HasAsserted("18"));
    }

    [Fact]
    public void ConsideringAPartySo_JudgesIt_ButConsideringSanctions_WeighsAnOption()
    {
        Assert.False(Process("Egypt considers the new treaty unfair.").HasAsserted("014"));
        Assert.False(Process("The Egyptian government, which considers the mediators biased, called for new talks.").HasAsserted("014"));
        Assert.True(Process("Egypt is considering sanctions against Sudan.").HasAsserted("014"));
    }

    [Fact]
    public void InsistingAThingWillBeSo_IsAClaim_ButInsistingItBeDone_Demands()
    {
        var claim = Process("The Greek prime minister insists his reforms will pay off.");
        Assert.False(claim.HasAsserted("10"));
        Assert.True(claim.HasAsserted("010"));
        Assert.True(Process("The Greek prime minister insisted the talks be held in Athens.").HasAsserted("10"));
    }

    [Fact]
    public void WhatAPartyIsTrainedToDo_IsNotDone()
    {
        var doc = Process("Iran trained Houthi rebels to attack Saudi ships.");
        Assert.False(doc.HasAsserted("19"));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Modality == EventModality.Hypothetical);
    }

    [Fact]
    public void AFirmOfferingRepairs_IntendsNoCooperation()
    {
        Assert.False(Process("Samsung offered free screen repairs for all its folding phones.").HasAsserted("03"));
        Assert.False(Process("Toyota offers a full refund to buyers of the recalled cars.").HasAsserted("030"));
        Assert.True(Process("Egypt offered Israel a truce.").HasAsserted("03"));
    }

    [Fact]
    public void ACallMadePublic_FreesNoOne()
    {
        Assert.False(Process("However, buried among the aides' personal views about a call the White House long ago released to the public, two aides testified the record was accurate.").HasAsserted("084"));
        Assert.False(Process("The Kremlin released the call to the press.").HasAsserted("084"));
        Assert.True(Process("The Kremlin released two Ukrainian sailors.").HasAsserted("084"));
    }

    [Fact]
    public void WhatAnOpeningIsFor_IsOnlyPossible()
    {
        var doc = Process("The scandal creates a problem for Mitsotakis and an opening for the Turkish leaders Erdogan and Cavusoglu to attack.");
        Assert.False(doc.HasAsserted("19"));
        Assert.False(Process("Russia has the capacity to attack Ukraine.").HasAsserted("19"));
    }
}
