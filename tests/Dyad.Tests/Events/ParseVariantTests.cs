using Dyad.Events;
using static Dyad.Tests.Events.EventTestDocs;

namespace Dyad.Tests.Events;

/// <summary>
/// Parses written by hand in the other plausible shapes a retrained parser gives the same sentence (found by coding the
/// rule tests with parsers of other seeds and table sizes, models/README.md "table size"): the coder must read them as
/// it reads the shipped parser's.
/// </summary>
public sealed class ParseVariantTests
{
    [Fact]
    public void YetTo_ReadAsAnAdverbialClause_IsStillNotDone()
    {
        var doc = Parsed(
            "Kenya Kenya PROPN NNP 2 nsubj", "has have VERB VBZ 0 root", "yet yet ADV RB 2 advmod",
            "to to PART TO 5 mark", "meet meet VERB VB 2 advcl", "Uganda Uganda PROPN NNP 5 obj", ". . PUNCT . 2 punct")
            .Actor("Kenya", "KEN").Actor("Uganda", "UGA").Code();
        var meet = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal(EventModality.Negated, meet.Modality);
    }

    [Fact]
    public void AidCountedAsASum_WithThePurposeOnTheSum_IsForThePartyHelped()
    {
        // "Germany announced millions of euros in aid to help Haiti" with "in aid" and "to help Haiti" both hung on the sum,
        // itself a loose clause of the verb: the aid is for Haiti all the same.
        var doc = Parsed(
            "Germany Germany PROPN NNP 2 nsubj", "announced announce VERB VBD 0 root", "millions million NUM CD 4 nummod",
            "euros euro NOUN NNS 2 parataxis", "in in ADP IN 6 case", "aid aid NOUN NN 4 obl", "to to PART TO 8 mark",
            "help help VERB VB 4 advcl", "Haiti Haiti PROPN NNP 8 obj", ". . PUNCT . 2 punct")
            .Actor("Germany", "DEU").Actor("Haiti", "HTI");
        var events = new List<CodedEvent>();
        EventMatcher.Default.Code(doc, events, requireSource: false);
        Assert.Contains(events, e => e.Rule == "n:aid" && CodeOf(doc, e.Target) == "HTI");
    }

    [Fact]
    public void SurrenderFromAPlaceInACountry_IsAimedAtTheCountry()
    {
        // "Rebels have surrendered from the last holdout in Syria", with the country on the holdout.
        var doc = Parsed(
            "Rebels rebel NOUN NNS 3 nsubj", "have have AUX VBP 3 aux", "surrendered surrender VERB VBN 0 root",
            "from from ADP IN 7 case", "the the DET DT 7 det", "last last ADJ JJ 7 amod", "holdout holdout NOUN NN 3 obl",
            "in in ADP IN 9 case", "Syria Syria PROPN NNP 7 nmod", ". . PUNCT . 3 punct")
            .Actor("Rebels", "REB").Actor("Syria", "SYR").Code();
        var surrender = Assert.Single(doc.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal));
        Assert.Equal("SYR", CodeOf(doc, surrender.Target));
    }

    [Fact]
    public void RocketsFiredFromAPlace_AreNotAimedAtIt()
    {
        // Whence force comes is no aim: only a yielding act goes on through "from".
        var doc = Parsed(
            "Militants militant NOUN NNS 2 nsubj", "fired fire VERB VBD 0 root", "rockets rocket NOUN NNS 2 obj",
            "from from ADP IN 6 case", "the the DET DT 6 det", "hills hill NOUN NNS 2 obl",
            "in in ADP IN 8 case", "Lebanon Lebanon PROPN NNP 6 nmod", ". . PUNCT . 2 punct")
            .Actor("Militants", "REB").Actor("Lebanon", "LBN").Code();
        Assert.DoesNotContain(doc.Events, e => CodeOf(doc, e.Target) == "LBN");
    }

    [Fact]
    public void AlliedBeforeANoun_ReadAsAConjoinedVerb_IsNoAlliance()
    {
        // "The Kenyan army and allied forces attacked Uganda" with "allied" a participle conjoined to "army" and the attack
        // its clause: "allied" describes the forces, no alliance is made.
        var doc = Parsed(
            "Kenyan Kenyan ADJ JJ 2 amod", "army army NOUN NN 0 root", "and and CCONJ CC 4 cc", "allied ally VERB VBN 2 conj",
            "forces force NOUN NNS 7 nsubj", "have have AUX VBP 7 aux", "attacked attack VERB VBN 4 ccomp",
            "Uganda Uganda PROPN NNP 7 obj", ". . PUNCT . 2 punct")
            .Actor("Kenyan army", "KENMIL").Actor("forces", "MIL").Actor("Uganda", "UGA");
        // Without a source required, as the span evaluation codes: the "alliance" had none and outranked the attack.
        var events = new List<CodedEvent>();
        EventMatcher.Default.Code(doc, events, requireSource: false);
        Assert.DoesNotContain(events, e => e.Cameo == "050");
        Assert.Contains(events, e => e.Cameo == "190");
    }

    [Fact]
    public void YetTo_WithAnOuterSubject_HasItsSubject()
    {
        var doc = Parsed(
            "Kenya Kenya PROPN NNP 5 nsubj:outer", "is be AUX VBZ 5 cop", "yet yet ADV RB 2 advmod",
            "to to PART TO 5 mark", "meet meet VERB VB 0 root", "Uganda Uganda PROPN NNP 5 obj", ". . PUNCT . 5 punct")
            .Actor("Kenya", "KEN").Actor("Uganda", "UGA").Code();
        var meet = Assert.Single(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("KEN>UGA", doc.Show(meet)[..7]);
        Assert.Equal(EventModality.Negated, meet.Modality);
    }

    [Theory]
    [InlineData("obl:unmarked")]
    [InlineData("appos")]
    public void DenyingSomeoneAThing_WithTheThingHungElsewhere_IsNoDenial(string relation)
    {
        // "Peru denied Chile another hearing": the second object as a bare oblique of the verb, or as an apposition of
        // the first object with no comma between.
        int head = relation == "appos" ? 3 : 2;
        var doc = Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "denied deny VERB VBD 0 root", "Chile Chile PROPN NNP 2 obj",
            "another another DET DT 5 det", $"hearing hearing NOUN NN {head} {relation}", ". . PUNCT . 2 punct")
            .Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "016");
    }

    [Fact]
    public void DenyingAChargeOnADay_IsStillADenial()
    {
        var doc = Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "denied deny VERB VBD 0 root", "the the DET DT 4 det", "charges charge NOUN NNS 2 obj",
            "Monday Monday PROPN NNP 2 obl:unmarked", ". . PUNCT . 2 punct")
            .Date(4, 4).Actor("Peru", "PER").Code();
        Assert.Contains(doc.Events, e => e.Cameo == "016");
    }

    [Fact]
    public void WhichAfterAComma_ReadAsParataxis_StandsForTheNounBefore()
    {
        var doc = Parsed(
            "Egypt Egypt PROPN NNP 2 nsubj", "condemned condemn VERB VBD 0 root", "Sudan Sudan PROPN NNP 2 obj", ", , PUNCT , 6 punct",
            "which which PRON WDT 6 nsubj", "attacked attack VERB VBD 2 parataxis", "Chad Chad PROPN NNP 6 obj", ". . PUNCT . 2 punct")
            .Actor("Egypt", "EGY").Actor("Sudan", "SDN").Actor("Chad", "TCD").Code();
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && doc.Show(e).StartsWith("SDN>TCD", StringComparison.Ordinal));
    }

    [Fact]
    public void ABanOnTradersOfACountry_HungOnTheBan_IsAimedAtThem()
    {
        var doc = Parsed(
            "Ghana Ghana PROPN NNP 2 nsubj", "refused refuse VERB VBD 0 root", "to to PART TO 4 mark", "lift lift VERB VB 2 xcomp",
            "the the DET DT 6 det", "ban ban NOUN NN 4 obj", "on on ADP IN 9 case", "Togolese Togolese PROPN NNPS 9 compound",
            "traders trader NOUN NNS 6 nmod", ". . PUNCT . 2 punct")
            .Actor("Ghana", "GHA").Actor("Togolese traders", "TGOBUS").Code();
        var e = Assert.Single(doc.Events);
        Assert.Equal("GHA>TGOBUS", doc.Show(e)[..10]);
    }

    [Fact]
    public void AMeetingWithAPartyRegardingPlans_ReadAsAClause_NamesTheParty()
    {
        // "with the White House regarding plans" read as a clause marked by "with", whose subject is the party.
        var doc = Parsed(
            "Israel Israel PROPN NNP 2 nsubj", "sought seek VERB VBD 0 root", "to to PART TO 4 mark", "reschedule reschedule VERB VB 2 xcomp",
            "a a DET DT 6 det", "meeting meeting NOUN NN 4 obj", "with with SCONJ IN 10 mark", "the the DET DT 9 det",
            "Pentagon Pentagon PROPN NNP 10 nsubj", "regarding regard VERB VBG 6 acl", "plans plan NOUN NNS 10 obj", ". . PUNCT . 2 punct")
            .Actor("Israel", "ISR").Actor("Pentagon", "USAMIL").Code();
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && doc.Show(e).StartsWith("ISR>USAMIL", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatIsDiscussed_HungOnTheVerb_IsNoParty()
    {
        // "discuss the threat to Chad" with "to Chad" hung on "discuss".
        var doc = Parsed(
            "Sudan Sudan PROPN NNP 2 nsubj", "refused refuse VERB VBD 0 root", "to to PART TO 4 mark", "discuss discuss VERB VB 2 xcomp",
            "the the DET DT 6 det", "threat threat NOUN NN 4 obj", "to to ADP IN 8 case", "Chad Chad PROPN NNP 4 obl", ". . PUNCT . 2 punct")
            .Actor("Sudan", "SDN").Actor("Chad", "TCD").Code();
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && doc.Actors[e.Target].Code == "TCD");
    }

    [Fact]
    public void APassiveSubjectOfAVerbWithAnObjectAndNoAuxiliary_IsItsSubject()
    {
        // "Chile shrugged off recent attacks from Peru" with "Chile" read as a passive subject of a participle.
        var doc = Parsed(
            "Chile Chile PROPN NNP 2 nsubj:pass", "shrugged shrug VERB VBN 0 root", "off off ADP RP 2 compound:prt",
            "recent recent ADJ JJ 5 amod", "attacks attack NOUN NNS 2 obj", "from from ADP IN 7 case", "Peru Peru PROPN NNP 5 nmod", ". . PUNCT . 2 punct")
            .Actor("Chile", "CHL").Actor("Peru", "PER").Code();
        var e = Assert.Single(doc.Events);
        Assert.Equal("PER>CHL", doc.Show(e)[..7]);
    }

    [Fact]
    public void TwoSubjectsJoinedByAnd_AreCoordinated()
    {
        var doc = Parsed(
            "Brazil Brazil PROPN NNP 5 nsubj", "and and CCONJ CC 4 cc", "the the DET DT 4 det", "Andes Andes PROPN NNPS 5 nsubj",
            "agreed agree VERB VBD 0 root", "to to PART TO 7 mark", "hold hold VERB VB 5 xcomp", "talks talk NOUN NNS 7 obj", ". . PUNCT . 5 punct")
            .Actor("Brazil", "BRA").Actor("Andes", "PER").Code();
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("BRA>PER 036", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("PER>BRA 036", StringComparison.Ordinal));
    }

    [Fact]
    public void AThatClauseHungOnADate_IsWhatTheVerbSays()
    {
        // "confirmed on Monday that Kenya had agreed to meet Uganda", the clause a relative clause of "Monday" with
        // "that" as its object.
        var doc = Parsed(
            "Nairobi Nairobi PROPN NNP 2 nsubj", "confirmed confirm VERB VBD 0 root", "on on ADP IN 4 case", "Monday Monday PROPN NNP 2 obl",
            "that that PRON WDT 8 obj", "Kenya Kenya PROPN NNP 8 nsubj", "had have AUX VBD 8 aux", "agreed agree VERB VBN 4 acl:relcl",
            "to to PART TO 10 mark", "meet meet VERB VB 8 xcomp", "Uganda Uganda PROPN NNP 10 obj", ". . PUNCT . 2 punct")
            .Date(3, 3).Actor("Nairobi", "KENGOV").Actor("Kenya", "KEN").Actor("Uganda", "UGA").Code();
        var meet = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal(EventModality.Reported, meet.Modality);
    }

    [Fact]
    public void AVerbParsedAsAModifierOfItsObject_StillActsOnIt()
    {
        // "Peru on Monday firmly rejected claims by Chile": the verb hung on the noun after it as an adjective.
        var doc = Parsed(
            "Peru Peru PROPN NNP 0 root", "on on ADP IN 3 case", "Monday Monday PROPN NNP 1 nmod", "firmly firmly ADV RB 5 advmod",
            "rejected reject VERB VBN 6 amod", "claims claim NOUN NNS 1 nmod", "by by ADP IN 8 case", "Chile Chile PROPN NNP 6 nmod",
            ". . PUNCT . 1 punct")
            .Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "016");
        Assert.Equal("PER>CHL 016", doc.Show(e)[..11]);
        // The day and the adverb before the verb are no part of the source's phrase.
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, e, 0, spans);
        Assert.Equal((0, 1), Assert.Single(spans));
    }

    [Fact]
    public void AnAdjectiveAfterADeterminer_IsNoVerb()
    {
        // "Peru welcomed a negotiated settlement": "negotiated" is an adjective, no negotiation.
        var doc = Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "welcomed welcome VERB VBD 0 root", "a a DET DT 5 det", "negotiated negotiate VERB VBN 5 amod",
            "settlement settlement NOUN NN 2 obj", ". . PUNCT . 2 punct")
            .Actor("Peru", "PER").Code();
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbParsedAsAModifierOfItsObject_ReachesWhatHangsOnTheObject()
    {
        // "Peru has lifted sanctions imposed on Chile", with the noun as the root and the verb its modifier.
        var doc = Parsed(
            "Peru Peru PROPN NNP 4 nsubj", "has have AUX VBZ 4 aux", "lifted lift VERB VBN 4 amod", "sanctions sanction NOUN NNS 0 root",
            "imposed impose VERB VBN 4 acl", "on on ADP IN 7 case", "Chile Chile PROPN NNP 5 obl", ". . PUNCT . 4 punct")
            .Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "085");
        Assert.Equal("PER>CHL 085", doc.Show(e)[..11]);
    }

    [Fact]
    public void TheAccusedReadAsTheSubjectOfTheChargeClause_IsStillTheTarget()
    {
        // "Peru accuses Chile of having moved troops", with "Chile" the subject of "moved" and the clause on the verb.
        var doc = Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "accuses accuse VERB VBZ 0 root", "Chile Chile PROPN NNP 6 nsubj", "of of SCONJ IN 6 mark",
            "having have AUX VBG 6 aux", "moved move VERB VBN 2 advcl", "troops troop NOUN NNS 6 obj", ". . PUNCT . 2 punct")
            .Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Equal("PER>CHL 112", doc.Show(e)[..11]);
    }

    [Fact]
    public void AnObjectHungOnTheAdverbAfterIt_IsStillTheObject()
    {
        // "Peru freed 12 prisoners late on Monday", with "prisoners" a bare noun phrase under "late".
        var doc = Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "freed free VERB VBD 0 root", "12 12 NUM CD 4 nummod", "prisoners prisoner NOUN NNS 5 obl:unmarked",
            "late late ADV RB 2 advmod", "on on ADP IN 7 case", "Monday Monday PROPN NNP 2 obl", ". . PUNCT . 2 punct")
            .Actor("Peru", "PER").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "084");
        Assert.Equal(3, e.TargetToken);
    }
}
