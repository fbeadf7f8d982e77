using Dyad.Evaluation;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>Which party an event is aimed at, and the target phrase a human coder would mark for it (the ConfliBERT
/// convention the span evaluation scores), on sentences written for these tests.</summary>
public sealed class EventTargetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    private string TargetPhrases(Dyad.Documents.Document doc) => EventTestDocs.TargetPhrase(doc, output);

    [Fact]
    public void RejectedAccusationsByAParty_IsAimedAtTheAccuser()
    {
        var doc = Coded("Egypt rejected accusations by Sudan that it had armed the rebels.", ("Egypt", "EGY"), ("Sudan", "SDN"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "016");
        Assert.Equal("EGY>SDN 016", doc.Show(e)[..11]);
        Assert.Equal("Sudan", TargetPhrases(doc));
    }

    [Fact]
    public void ProvidedAPartyWithGoods_IsAimedAtTheParty()
    {
        var doc = Coded("Japan provided Kenya with vaccines and medical equipment.", ("Japan", "JPN"), ("Kenya", "KEN"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("JPN>KEN 070", doc.Show(e)[..11]);
    }

    [Theory]
    [InlineData("Germany will provide ammunition alongside armoured vehicles to Ukraine.", "Germany", "DEU", "Ukraine", "UKR")]
    [InlineData("Japan has sent supplies and staff such as nurses to Peru.", "Japan", "JPN", "Peru", "PER")]
    public void GoodsSentToAParty_HungDeepInTheListedObject_AreAimedAtIt(string text, string giver, string giverCode, string taker, string takerCode)
    {
        // The parse hangs the "to" phrase on the last noun of the object ("vehicles", "nurses"), not on the verb.
        var doc = Coded(text, (giver, giverCode), (taker, takerCode));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal(taker, TargetPhrases(doc));
    }

    [Theory]
    [InlineData("Sweden has donated a shipment of tents and other shelter equipment to assist Jordan with its refugee camps.", "Sweden", "SWE", "Jordan", "JOR")]
    [InlineData("Norway donated a large consignment of blankets and winter clothing to help Lebanon.", "Norway", "NOR", "Lebanon", "LBN")]
    public void AidGivenToHelpAParty_IsAimedAtIt_HoweverDeepThePurposeClause(string text, string giver, string giverCode, string taker, string takerCode)
    {
        // The purpose clause hangs on the last noun of a long object: the party helped is four arcs below the verb.
        var doc = Coded(text, (giver, giverCode), (taker, takerCode));
        Assert.Equal(taker, TargetPhrases(doc));
    }

    [Fact]
    public void ALawsuitAgainstAVisitingLeader_IsAimedAtTheLeader_AndIsNoVisit()
    {
        // Parsed as a clause "against visiting [the president]" with the president as the object of "visiting".
        var doc = Coded("Human rights groups filed a complaint against visiting Egyptian President Abdel Fattah al-Sisi.",
            ("Human rights groups", "NGOHRI"), ("Egyptian President Abdel Fattah al-Sisi", "EGYGOV"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("115", e.Cameo);
        Assert.Equal("EGYGOV", EventTestDocs.CodeOf(doc, e.Target));
        Assert.Equal("Egyptian President Abdel Fattah al-Sisi", TargetPhrases(doc));
    }

    [Fact]
    public void ConcernForSomething_MarksWhatItIsFor()
    {
        var doc = Coded("Ghana expressed concern for the safety of its fishermen.", ("Ghana", "GHA"));
        Assert.Equal("the safety of its fishermen", TargetPhrases(doc));
    }

    [Fact]
    public void OptimismAtSomething_MarksWhatItIsAbout()
    {
        var doc = Coded("Chile expressed optimism at the new fisheries accord.", ("Chile", "CHL"));
        Assert.Equal("the new fisheries accord", TargetPhrases(doc));
    }

    [Fact]
    public void ARelativeClause_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Belarus freed a blogger who had been jailed for two years.", ("Belarus", "BLR"));
        Assert.Equal("a blogger", TargetPhrases(doc));
    }

    [Fact]
    public void WhatAPartyIsAccusedOf_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Amnesty accused the Sudanese army of widespread abuses in the west.", ("Amnesty", "NGO"), ("Sudanese army", "SDNMIL"));
        Assert.Equal("the Sudanese army", TargetPhrases(doc));
    }

    [Fact]
    public void ASuspensionOfAidToAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Norway announced a suspension of aid to Mali.", ("Norway", "NOR"), ("Mali", "MLI"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "162");
        Assert.Equal("NOR>MLI 162", doc.Show(e)[..11]);
    }

    [Fact]
    public void LiftingABlockadeOfAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Kuwait lifted its blockade of Iraq.", ("Kuwait", "KWT"), ("Iraq", "IRQ"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("KWT>IRQ 085", doc.Show(e)[..11]);
    }

    [Fact]
    public void AnInvestigationAgainstSomeone_MarksWhomItIsAgainst()
    {
        var doc = Coded("Prosecutors in Lyon opened investigations against three banks.", ("Prosecutors", "FRAJUD"));
        Assert.Equal("three banks", TargetPhrases(doc));
    }

    [Fact]
    public void RefusingToRemoveABanOnAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Ghana refused to remove the ban on Togolese traders.", ("Ghana", "GHA"), ("Togolese traders", "TGOBUS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("GHA>TGOBUS 124", doc.Show(e)[..14]);
    }

    [Fact]
    public void AtLeast_BelongsToTheTargetPhrase()
    {
        var doc = Coded("After weeks of talks the kidnappers freed at least twelve oil workers.", ("kidnappers", "CRM"));
        Assert.Equal("at least twelve oil workers", TargetPhrases(doc));
    }

    [Fact]
    public void TheFirstPartOfAHyphenatedModifier_BelongsToTheTargetPhrase()
    {
        var doc = Coded("The militants surrendered to the US-backed forces on Friday.", ("militants", "INS"));
        Assert.Equal("the US-backed forces", TargetPhrases(doc));
    }

    [Fact]
    public void TheEvidenceGivesTheTargetPhrase_AndKeepsTheActorMention()
    {
        var doc = Coded("Belarus freed a Lithuanian blogger who had been jailed for two years.", ("Belarus", "BLR"), ("Lithuanian blogger", "LTUMED"));
        var e = Assert.Single(doc.Events);
        var m = doc.Actors[e.Target];
        Assert.Equal("Lithuanian blogger", doc.Text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.FirstToken + m.TokenCount - 1].End]);
        var (first, end) = ArgumentPhrases.Of(doc, e, 1);
        Assert.Equal("a Lithuanian blogger", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);
        (first, end) = ArgumentPhrases.Of(doc, e, 0);
        Assert.Equal("Belarus", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);

        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            Dyad.Output.EventJson.Write(w, doc);
            w.WriteEndObject();
        }
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var ev = json.RootElement.GetProperty("events")[0];
        Assert.Equal("Lithuanian blogger", ev.GetProperty("target").GetProperty("text").GetString());
        var phrase = ev.GetProperty("evidence").GetProperty("target_phrase");
        Assert.Equal("a Lithuanian blogger", phrase.GetProperty("text").GetString());
        Assert.Equal(doc.Text.IndexOf("a Lithuanian", StringComparison.Ordinal), phrase.GetProperty("start").GetInt32());
    }

    [Fact]
    public void StormingABuilding_IsForceAimedAtTheBuilding()
    {
        var doc = Coded("The rebels stormed a police station on Monday.", ("rebels", "REB"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("190", e.Cameo);
        Assert.Equal("a police station", TargetPhrases(doc));
    }

    [Fact]
    public void WhereAPartyIsSent_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Spain has deported 40 migrants to Morocco.", ("Spain", "ESP"), ("migrants", "REF"), ("Morocco", "MAR"));
        Assert.Equal("40 migrants", TargetPhrases(doc));
    }

    [Fact]
    public void APrepositionBeforeTheTarget_IsNoPartOfItsPhrase()
    {
        // The parse a tuning sentence got: "to" hung on the number inside the phrase, the phrase a second object.
        var doc = EventTestDocs.Parse("Sweden has opened its borders to nearly two million Syrian refugees since the war began.", new DateOnly(2024, 3, 27));
        int to = Index(doc, "to"), million = Index(doc, "million"), refugees = Index(doc, "refugees");
        doc.Annotate(to).Head = million;
        doc.Annotate(refugees).Deprel = Dyad.Documents.Labels.Deprel.Intern("obj");
        doc.Actor("Sweden", "SWE").Actor("Syrian refugees", "SYRREF").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("nearly two million Syrian refugees", TargetPhrases(doc));
    }

    /// <summary>The whole pipeline (real actors, places and dates) over one sentence.</summary>
    private Dyad.Documents.Document Run(string text)
    {
        var doc = EventTestDocs.Run(text, new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    [Fact]
    public void APlaceTheParseHungOnADate_CanStillBeTheTarget()
    {
        // "in northern Mali" under "Sunday": a date is never the target, but the search goes on below it.
        var doc = Run("The junta declared a unilateral truce on Sunday in northern Mali.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal));
        Assert.True(e.Target >= 0);
        Assert.Equal("MLI", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void ForceInATown_IsAimedAtTheTown_AMeetingThereIsNot()
    {
        var doc = Run("Gunmen carried out two attacks in Mogadishu.");
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] is "18" or "19");
        Assert.True(e.Target >= 0);
        Assert.Equal("SOM", doc.Actors[e.Target].Country);
        doc = Run("The two foreign ministers met in Mogadishu.");
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && doc.Actors[e.Target].Country == "SOM");
    }

    [Fact]
    public void APassiveSubjectBesideTheSubjectOfAnActiveVerb_IsPartOfTheSource()
    {
        // The parse two tuning sentences got: the title a passive subject of the verb, the name its subject, no passive
        // auxiliary ("Defense Minister Sergey Shoigu has defended ...").
        var doc = EventTestDocs.Parse("Defence Minister Ben Wallace has praised the Estonian army.", new DateOnly(2024, 3, 27));
        int verb = Index(doc, "praised");
        doc.Annotate(Index(doc, "Defence")).Head = verb;
        doc.Annotate(Index(doc, "Defence")).Deprel = Dyad.Documents.Labels.Deprel.Intern("nsubj:pass");
        doc.Annotate(Index(doc, "Minister")).Head = Index(doc, "Defence");
        doc.Annotate(Index(doc, "Minister")).Deprel = Dyad.Documents.Labels.Deprel.Intern("flat");
        doc.Annotate(Index(doc, "Ben")).Head = verb;
        doc.Annotate(Index(doc, "Ben")).Deprel = Dyad.Documents.Labels.Deprel.Intern("nsubj");
        doc.Actor("Ben Wallace", "GBRGOV").Actor("Estonian army", "ESTMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events);
        Assert.Equal("GBRGOV>ESTMIL", doc.Show(e)[..13]);
        var (first, end) = ArgumentPhrases.Of(doc, e, 0);
        Assert.Equal("Defence Minister Ben Wallace", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);
    }

    [Fact]
    public void PartiesThatBreakAPactBetweenThem_EachBreakItTowardsTheOther()
    {
        var doc = Coded("Armenia and Azerbaijan violated the truce agreement again on Sunday.", ("Armenia", "ARM"), ("Azerbaijan", "AZE"));
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("ARM>AZE 128", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("AZE>ARM 128", StringComparison.Ordinal));
        Assert.Equal("Armenia and Azerbaijan", TargetPhrases(doc));
        // One party breaking it has no target in the pact.
        var one = Coded("Armenia violated the truce agreement again on Sunday.", ("Armenia", "ARM"));
        Assert.All(one.Events, e => Assert.Equal(-1, e.Target));
    }

    [Fact]
    public void APredicatesClause_HasThePredicatesSubject()
    {
        var doc = Coded("Armenia and Azerbaijan were both guilty of violating the truce.", ("Armenia", "ARM"), ("Azerbaijan", "AZE"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "128" && e.Source >= 0 && doc.Actors[e.Source].Code == "ARM");
        Assert.Equal("AZE", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void WhatAPartyDeclinesToCommentOn_IsNoTarget_UnlessItIsAParty()
    {
        var doc = Coded("The Kenyan ministry declined to comment on the new tax law.", ("Kenyan ministry", "KENGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "011");
        Assert.Equal(-1, e.TargetToken);
        var party = Coded("The Kenyan ministry declined to comment on Uganda.", ("Kenyan ministry", "KENGOV"), ("Uganda", "UGA"));
        e = Assert.Single(party.Events, e => e.Cameo == "011");
        Assert.Equal("UGA", party.Actors[e.Target].Code);
    }

    [Fact]
    public void AThreatToActParsedAsAPurposeClause_IsStillAThreatAimedAtItsObject()
    {
        // The parse two tuning sentences got: the to-infinitive an adverbial clause of "threatened", not its xcomp.
        var doc = EventTestDocs.Parse("The militia threatened to shell the Kenyan border posts.", new DateOnly(2024, 3, 27));
        int shell = Index(doc, "shell");
        doc.Annotate(shell).Head = Index(doc, "threatened");
        doc.Annotate(shell).Deprel = Dyad.Documents.Labels.Deprel.Intern("advcl");
        doc.Annotate(Index(doc, "to")).Head = shell;
        doc.Annotate(Index(doc, "to")).Deprel = Dyad.Documents.Labels.Deprel.Intern("mark");
        doc.Actor("militia", "SOMREB").Actor("Kenyan border posts", "KENMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events);
        Assert.Equal("SOMREB>KENMIL 13", doc.Show(e)[..16]);
        Assert.Equal("the Kenyan border posts", TargetPhrases(doc));
    }

    [Fact]
    public void AnObjectLeftAsABareNounPhrase_IsTheTarget()
    {
        // "freed on bail two activists": the parse may call the object after the "on" phrase a loose modifier of the verb.
        var doc = EventTestDocs.Parse("A court in Harare freed on bail two opposition activists.", new DateOnly(2024, 3, 27));
        int activists = Index(doc, "activists");
        doc.Annotate(activists).Head = Index(doc, "freed");
        doc.Annotate(activists).Deprel = Dyad.Documents.Labels.Deprel.Intern("obl:unmarked");
        doc.Actor("court", "ZWEJUD").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Single(doc.Events, e => e.Cameo == "084");
        Assert.Equal("two opposition activists", TargetPhrases(doc));
    }

    [Fact]
    public void APluralObjectReadAsAClause_IsTheTarget()
    {
        // "killed 12 police recruits" with "recruits" tagged a verb and hung on "killed" as its clause complement.
        var doc = EventTestDocs.Parse("A bomber killed 12 police recruits near the academy.", new DateOnly(2024, 3, 27));
        int recruits = Index(doc, "recruits"), killed = Index(doc, "killed");
        doc.Annotate(recruits).Head = killed;
        doc.Annotate(recruits).Deprel = Dyad.Documents.Labels.Deprel.Intern("ccomp");
        doc.Annotate(recruits).Upos = Dyad.Documents.Labels.Upos.Intern("VERB");
        doc.Actor("bomber", "AFGINS").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal("12 police recruits", TargetPhrases(doc));
        // A true clause complement (with its own auxiliary) is no object.
        var clause = EventTestDocs.Parse("The ministry rejected the rebels would attend.", new DateOnly(2024, 3, 27));
        int attend = Index(clause, "attend");
        clause.Annotate(attend).Head = Index(clause, "rejected");
        clause.Annotate(attend).Deprel = Dyad.Documents.Labels.Deprel.Intern("ccomp");
        clause.Actor("ministry", "SDNGOV").Code();
        output.WriteLine(clause.ShowAll());
        Assert.DoesNotContain(clause.Events, e => e.TargetToken == attend);
    }

    [Fact]
    public void WhatIsSeizedFromAParty_IsAimedAtTheParty()
    {
        var doc = Coded("The militia handed back the trucks it had seized from the Sudanese border police.", ("militia", "SDNREB"),
            ("Sudanese border police", "SDNCOP"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "171");
        Assert.Equal("SDNCOP", doc.Actors[e.Target].Code);
        Assert.Equal("the Sudanese border police", TargetPhrases(doc));
    }

    [Fact]
    public void RejectedAccusationsByUnnamedAccusers_IsAimedAtTheAccusers()
    {
        var doc = Coded("Sudan rejected accusations by several aid groups of blocking food convoys.", ("Sudan", "SDN"));
        Assert.Single(doc.Events, e => e.Cameo == "016");
        Assert.Equal("several aid groups", TargetPhrases(doc));
        // "by" after any other object says how, not by whom: no target from it.
        var means = Coded("Sudan lifted the curfew by decree.", ("Sudan", "SDN"));
        Assert.DoesNotContain(means.Events, e => e.TargetToken >= 0 && means.Text[means.Tokens[e.TargetToken].Start..means.Tokens[e.TargetToken].End] == "decree");
    }

    [Fact]
    public void APartnerHungOnTheObject_IsThePartnerOfTheVerb()
    {
        // "signed an agreement with the fishing cooperatives" with the "with" phrase on "agreement": the partner of the
        // signing, though no actor mention.
        var doc = EventTestDocs.Parse("Peru signed an agreement with the fishing cooperatives.", new DateOnly(2024, 3, 27));
        int partner = Index(doc, "cooperatives");
        doc.Annotate(partner).Head = Index(doc, "agreement");
        doc.Annotate(partner).Deprel = Dyad.Documents.Labels.Deprel.Intern("nmod");
        doc.Actor("Peru", "PER");
        var events = new List<CodedEvent>();
        EventMatcher.Default.Code(doc, events, requireSource: false);
        var e = Assert.Single(events, e => e.Rule == "v:sign");
        Assert.Equal(partner, e.TargetToken);
    }

    [Fact]
    public void ThePlaceWhereForceFallsOnAParty_StaysInTheTargetPhrase()
    {
        // Force falls on a party where it is: "rebel fighters in northern Mali" is what was shelled.
        var doc = EventTestDocs.Parse("The army shelled rebel fighters in northern Mali.", new DateOnly(2024, 3, 27));
        doc.Actor("army", "MLIMIL").Actor("rebel fighters", "MLIREB", Dyad.Actors.MentionKind.Agent).Actor("Mali", "MLI").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("rebel fighters in northern Mali", TargetPhrases(doc));
        // Words are addressed to the party wherever it is: the place is no part of the target of a warning.
        var words = EventTestDocs.Parse("The army issued a warning to rebel fighters in northern Mali.", new DateOnly(2024, 3, 27));
        words.Actor("army", "MLIMIL").Actor("rebel fighters", "MLIREB", Dyad.Actors.MentionKind.Agent).Actor("Mali", "MLI").Code();
        output.WriteLine(words.ShowAll());
        Assert.Equal("rebel fighters", TargetPhrases(words));
    }

    [Fact]
    public void APlaceThatTellsWhichPartyIsMeant_StaysInTheTargetPhrase_WhileANamedPartyIsMarkedWithoutIt()
    {
        // "the police" alone could be any police: the place after it says which, and belongs to the party.
        var bare = EventTestDocs.Parse("The governor praised the police in Kano for their restraint.", new DateOnly(2024, 3, 27));
        bare.Actor("governor", "NGAGOV", Dyad.Actors.MentionKind.Agent).Actor("police", "NGACOP", Dyad.Actors.MentionKind.Agent).Actor("Kano", "NGA").Code();
        output.WriteLine(bare.ShowAll());
        Assert.Equal("the police in Kano", TargetPhrases(bare));
        // "Nigerian police" already says whose they are: where they serve is no part of the party.
        var named = EventTestDocs.Parse("The governor praised Nigerian police in Kano for their restraint.", new DateOnly(2024, 3, 27));
        named.Actor("governor", "NGAGOV", Dyad.Actors.MentionKind.Agent).Actor("Nigerian police", "NGACOP", Dyad.Actors.MentionKind.Agent).Actor("Kano", "NGA").Code();
        output.WriteLine(named.ShowAll());
        Assert.Equal("Nigerian police", TargetPhrases(named));
    }

    [Fact]
    public void ConsideringAnActForSomeone_IsAimedAtWhomTheActIsFor()
    {
        var doc = Coded("The Kenyan government is considering giving grants to small farmers.", ("Kenyan government", "KENGOV"));
        Assert.Single(doc.Events, e => e.Cameo == "014");
        Assert.Equal("small farmers", TargetPhrases(doc));
    }

    [Fact]
    public void OptimismThatSomethingWillHappen_IsAboutTheClauseSubject()
    {
        var doc = Coded("Chile expressed optimism that the new fisheries accord would be ratified.", ("Chile", "CHL"));
        Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal("the new fisheries accord", TargetPhrases(doc));
    }

    [Fact]
    public void HopingThatAPartyWillAct_IsAnOptimisticCommentOnTheParty()
    {
        var doc = Coded("Farm unions said they hoped that the Dutch cabinet would drop the nitrogen rules.",
            ("Farm unions", "NLDLAB"), ("the Dutch cabinet", "NLDGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal("NLDGOV", doc.Actors[e.Target].Code);
        Assert.Equal("the Dutch cabinet", TargetPhrases(doc));
    }

    [Fact]
    public void ExpressedHopeThatAPartyWillAct_IsAnOptimisticCommentOnTheParty()
    {
        var doc = Coded("Teachers expressed hope that the city council will restore the school budget.", ("Teachers", "EDU"));
        Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal("the city council", TargetPhrases(doc));
    }

    [Fact]
    public void HopingAPartyWillBeAbleTo_IsAboutThePartyOfTheCopularClause()
    {
        var doc = Coded("Fishermen hoped that the coast guard would be able to reopen the harbour.", ("Fishermen", "CVL"));
        Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal("the coast guard", TargetPhrases(doc));
    }

    [Fact]
    public void LiftingABoycottOfAParty_EasesSanctionsOnIt()
    {
        var doc = Coded("Dockworkers lifted their boycott of the shipping company.", ("Dockworkers", "LAB"), ("the shipping company", "BUS"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "085");
        Assert.Equal("BUS", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void LiftingAStateOfEmergencyInARegion_IsAimedAtTheRegion()
    {
        var doc = Coded("The government lifted the state of emergency in three northern provinces.", ("The government", "GOV"));
        Assert.Single(doc.Events, e => e.Cameo == "0814");
        Assert.Equal("three northern provinces", TargetPhrases(doc));
    }

    [Fact]
    public void AgreeingToAnUncodedActInACountry_IsAimedAtTheCountry()
    {
        // The country is where the act is done, not a thing acted on ("agreed to put Ohio in play" stays aimed at no one).
        var doc = Coded("The opposition agreed to postpone next week's march in Bolivia.", ("The opposition", "OPP"), ("Bolivia", "BOL"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal("BOL", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void OrderingAPartyToAct_IsADemandOnTheParty()
    {
        var doc = Coded("The Peruvian regulator ordered the Chilean mining firm to halt its operations.",
            ("The Peruvian regulator", "PERGOV"), ("the Chilean mining firm", "CHLBUS"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Equal("CHLBUS", doc.Actors[e.Target].Code);
        Assert.Equal("the Chilean mining firm", TargetPhrases(doc));
    }

    [Fact]
    public void PessimismOverActingWithAParty_IsAboutTheParty()
    {
        var doc = Coded("Peru expressed pessimism over holding talks with Bolivia.", ("Peru", "PER"), ("Bolivia", "BOL"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "012");
        Assert.Equal("BOL", doc.Actors[e.Target].Code);
        Assert.Equal("Bolivia", TargetPhrases(doc));
    }

    [Fact]
    public void AnActForAPurpose_IsAimedAtThePartyOfThePurpose()
    {
        // "to support peace talks in Colombia" hung on the verb as an adverbial clause of purpose.
        var doc = Coded("Norway is mobilising new funds to support peace talks in Colombia.", ("Norway", "NOR"), ("Colombia", "COL"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "154");
        Assert.Equal("COL", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void APartyHungOnWhatAnActIsOf_IsItsTarget()
    {
        // "a state of siege in Darfur" with "in Darfur" on "siege": the "of" phrase names no party, the place under it does.
        var doc = EventTestDocs.Parse("The council declared a state of siege in Darfur.", new DateOnly(2024, 3, 27));
        int darfur = Index(doc, "Darfur");
        doc.Annotate(darfur).Head = Index(doc, "siege");
        doc.Annotate(darfur).Deprel = Dyad.Documents.Labels.Deprel.Intern("nmod");
        doc.Actor("council", "SDNGOV").Actor("Darfur", "SDN").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal(darfur, e.TargetToken);
    }

    [Fact]
    public void PartiesAgreeingOnAThing_AreEachOthersTargets()
    {
        // Only Ghana is an actor mention: the event is Ghana's, aimed at the draft text, yet the data marks the two
        // parties agreeing as each other's target.
        var doc = Coded("Ghana and the fishing unions have agreed on the draft text of a new code.", ("Ghana", "GHA"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        Assert.StartsWith("03", main.Cameo, StringComparison.Ordinal);
        Assert.Equal("Ghana and the fishing unions", TargetPhrases(doc));
    }

    [Fact]
    public void ResigningFromAnOffice_IsAimedAtThePartyWhoseOfficeItIs()
    {
        var doc = Coded("The mayor resigned as chairman of the regional council on Friday.", ("mayor", "KENGOV"));
        Assert.Single(doc.Events, e => e.Cameo == "0831");
        Assert.Equal("the regional council", TargetPhrases(doc));
        // With no party named after the office, the office is no target.
        var bare = Coded("The mayor resigned as chairman on Friday.", ("mayor", "KENGOV"));
        Assert.Equal(-1, Assert.Single(bare.Events, e => e.Cameo == "0831").TargetToken);
    }

    [Fact]
    public void ASumLent_IsNoTarget_TheBorrowerIs()
    {
        var doc = Coded("Japan lent $ 2 billion to Kenya to rebuild its railways.", ("Japan", "JPN"), ("Kenya", "KEN"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "071");
        Assert.Equal("JPN>KEN 071", doc.Show(e)[..11]);
        Assert.Equal("Kenya", TargetPhrases(doc));
    }

    [Fact]
    public void AnAppealForASum_IsNotAimedAtTheSum()
    {
        var doc = Coded("The Red Cross launched an appeal for $ 40 million.", ("Red Cross", "NGO"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal(-1, e.TargetToken);
    }

    [Fact]
    public void TariffsOnASumOfGoods_MarkTheGoods()
    {
        var doc = Coded("Canada cut tariffs on $ 50 billion of Mexican imports.", ("Canada", "CAN"), ("Mexican", "MEX"));
        Assert.Equal("Mexican imports", TargetPhrases(doc));
    }

    [Fact]
    public void AnAlertWithNoOneItIsShownTo_IsAimedAtWhereItIsShown()
    {
        var doc = Coded("Kenyan troops remained on alert in Mombasa after the raid.", ("Kenyan troops", "KENMIL"), ("Mombasa", "KEN"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "152");
        Assert.Equal("KENMIL>KEN 152", doc.Show(e)[..14]);
        Assert.Equal("Mombasa", TargetPhrases(doc));
    }

    [Fact]
    public void AnAlertWithNoOneItIsShownTo_IsAimedAtAPlaceNamedByANounOfPlace()
    {
        var doc = Coded("Kenyan troops remained on alert in the northern border region after the raid.", ("Kenyan troops", "KENMIL"));
        Assert.Single(doc.Events, e => e.Cameo == "152");
        Assert.Equal("the northern border region", TargetPhrases(doc));
    }

    [Fact]
    public void AResignationForNoPartysOffice_IsYieldedInThePlaceNamedBelowIt()
    {
        var doc = Coded("The prime minister resigned on Monday after weeks of street protests in Chile.", ("prime minister", "CHLGOV"), ("Chile", "CHL"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "0831");
        Assert.Equal("CHLGOV>CHL 0831", doc.Show(e)[..15]);
        Assert.Equal("Chile", TargetPhrases(doc));
    }

    [Fact]
    public void AidGivenToAPartyInAPlace_IsMarkedWithThePlace()
    {
        // "Norway donated food to the relief agency in Yemen", with the place hung on the agency.
        var doc = EventTestDocs.Parsed(
            "Norway Norway PROPN NNP 2 nsubj", "donated donate VERB VBD 0 root", "food food NOUN NN 2 obj", "to to ADP IN 7 case",
            "the the DET DT 7 det", "relief relief NOUN NN 7 compound", "agency agency NOUN NN 2 obl", "in in ADP IN 9 case",
            "Yemen Yemen PROPN NNP 7 nmod", ". . PUNCT . 2 punct");
        doc.Actor("Norway", "NOR").Actor("relief agency", "NGO", Dyad.Actors.MentionKind.Agent).Actor("Yemen", "YEM").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Single(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        Assert.Equal("the relief agency in Yemen", TargetPhrases(doc));
    }

    [Fact]
    public void PushingAPartyForSomething_IsAnAppealToIt()
    {
        var doc = Coded("The mayor has pushed the regional council for changes to the water tariffs.", ("mayor", "KENGOV"), ("regional council", "KENLEG"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "020");
        Assert.Equal("KENGOV>KENLEG 020", doc.Show(e)[..17]);
        // Without a "for" complement pushing is no appeal.
        var plain = Coded("The mayor pushed the regional council into a corner.", ("mayor", "KENGOV"), ("regional council", "KENLEG"));
        Assert.DoesNotContain(plain.Events, e => e.Cameo == "020");
    }

    [Fact]
    public void AMediationToSettleAQuarrelBetweenTwoParties_IsAimedAtThePair()
    {
        var doc = Coded("Ghana launched a mediation effort to try to prevent a war between Mali and Niger.", ("Ghana", "GHA"), ("Mali", "MLI"), ("Niger", "NER"));
        Assert.Contains(doc.Events, e => e.Cameo == "045" && doc.Show(e).StartsWith("GHA>MLI", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "045" && doc.Show(e).StartsWith("GHA>NER", StringComparison.Ordinal));
        Assert.Equal("Mali | Niger", TargetPhrases(doc));
    }

    [Fact]
    public void WhoDiedAfterTorture_UnderwentIt()
    {
        // "Okello died after torture" (by hand): no one named who tortured him, the one who died underwent it (coded as the
        // evaluation codes, without a source).
        var doc = EventTestDocs.Parsed(
            "Okello Okello PROPN NNP 2 nsubj", "died die VERB VBD 0 root", "after after ADP IN 4 case", "torture torture NOUN NN 2 obl",
            ". . PUNCT . 2 punct")
            .Actor("Okello", "UGAOPP");
        var events = new List<CodedEvent>();
        EventMatcher.Default.Code(doc, events, requireSource: false);
        var e = Assert.Single(events, e => e.Cameo == "182");
        Assert.Equal(0, e.TargetToken);
    }

    [Fact]
    public void WhatAPartyIsSentToDo_IsAimedAtWhereItIsSent()
    {
        var doc = Coded("The Kenyan government has sent a team of police experts to Uganda to investigate the bombing of the market.",
            ("Kenyan government", "KENGOV"), ("Uganda", "UGA"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "090");
        Assert.Equal("KENGOV>UGA 090", doc.Show(e)[..14]);
        // A party the act names itself stays its target.
        var own = Coded("Britain has sent patrol vehicles to Lebanon to help the army guard its borders.", ("Britain", "GBR"), ("Lebanon", "LBN"),
            ("army", "LBNMIL"));
        Assert.Contains(own.Events, e => e.Cameo == "070" && own.Show(e).StartsWith("GBR>LBNMIL", StringComparison.Ordinal));
    }

    [Fact]
    public void RefugeesAcceptedFromACountry_AreAimedAtTheCountry_ElseAtTheRefugees()
    {
        var from = Coded("Kenya said it cannot accept any more refugees from Somalia this year.", ("Kenya", "KEN"), ("refugees", "REF"), ("Somalia", "SOM"));
        Assert.Contains(from.Events, e => e.Cameo == "075" && from.Show(e).StartsWith("KEN>SOM", StringComparison.Ordinal));
        var war = Coded("Uganda accepted more refugees from the war last month.", ("Uganda", "UGA"), ("refugees", "REF"));
        Assert.Contains(war.Events, e => e.Cameo == "075" && war.Show(e).StartsWith("UGA>REF", StringComparison.Ordinal));
    }

    [Fact]
    public void ForcesMobilizedAgainstAParty_AreNoTarget_ThePartyIs()
    {
        var doc = Coded("On Friday, Israel mobilized the army for a ground assault against Gaza.", ("Israel", "ISR"), ("army", "ISRMIL"), ("Gaza", "PSE"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "154");
        Assert.Equal("ISR>PSE 154", doc.Show(e)[..11]);
    }

    [Fact]
    public void PessimisticThatSomethingWillHappen_IsAboutWhatTheClauseIsAbout()
    {
        var doc = Coded("The Kenyan minister is pessimistic that the delayed Nairobi marathon will go ahead next year.", ("Kenyan minister", "KENGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "012");
        Assert.Equal(Index(doc, "marathon"), e.TargetToken);
    }

    [Fact]
    public void ANameParsedAsACompoundOfTheDateAfterIt_IsTheComplement()
    {
        // "Japan suspended aid to Myanmar earlier this month" (by hand), with "Myanmar" read as a compound of "month",
        // which takes the "to": the name is where the aid went, the date is no target.
        var doc = EventTestDocs.Parsed(
            "Japan Japan PROPN NNP 2 nsubj", "suspended suspend VERB VBD 0 root", "aid aid NOUN NN 2 obj", "to to ADP IN 8 case",
            "Myanmar Myanmar PROPN NNP 8 compound", "earlier earlier ADV RBR 8 advmod", "this this DET DT 8 det", "month month NOUN NN 2 obl",
            ". . PUNCT . 2 punct")
            .Date(5, 7);
        doc.Actor("Japan", "JPN").Actor("Myanmar", "MMR").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "162");
        Assert.Equal("JPN>MMR 162", doc.Show(e)[..11]);
        Assert.Equal("Myanmar", TargetPhrases(doc));
    }

    [Fact]
    public void WithdrawnFromAPlace_HungOnTheObject_IsAimedAtThePlace()
    {
        // The parse hangs "from Somalia" on what was withdrawn, or on what that counts.
        var doc = Coded("Kenya withdrew a contingent of 300 soldiers from Somalia in March.", ("Kenya", "KEN"), ("Somalia", "SOM"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "0874");
        Assert.Equal("KEN>SOM 0874", doc.Show(e)[..12]);
        // Withdrawing something from a thing aims at no party.
        var bill = Coded("Kenya withdrew its support from the bill in March.", ("Kenya", "KEN"));
        Assert.DoesNotContain(bill.Events, e => e.Target >= 0 && e.Cameo == "0874");
    }

    [Fact]
    public void AStateOfSiegeInAPlace_IsAimedAtThePlace()
    {
        // The parse hangs the row's "in" phrase on what the listed object ("state") is of.
        var doc = Coded("The council declared a state of emergency in Darfur pending new talks.", ("council", "SDNGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "172");
        Assert.Equal(Index(doc, "Darfur"), e.TargetToken);
    }

    [Fact]
    public void AJointActOfThePartiesOfAPair_IsAimedAtThePairToo()
    {
        var doc = Coded("The armies of Kenya and Tanzania staged joint war games near the border.", ("armies", "KENMIL"), ("Kenya", "KEN"), ("Tanzania", "TZA"));
        Assert.Contains(doc.Events, e => e.Cameo == "062");
        Assert.Equal("The armies of Kenya and Tanzania", TargetPhrases(doc));
    }

    [Fact]
    public void MediationWithAParty_IsAimedAtTheParty()
    {
        var doc = Coded("The bishop ended mediation efforts with the dockers on Friday.", ("bishop", "KENREL"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "045");
        Assert.Equal(Index(doc, "dockers"), e.TargetToken);
        Assert.Equal("the dockers", TargetPhrases(doc));
    }

    [Fact]
    public void WhatAPartyIsSummonedToHear_IsAimedAtIt()
    {
        var doc = Coded("The foreign ministry summoned the Ugandan envoy on Monday to complain of bias in the state media.",
            ("foreign ministry", "KENGOV"), ("Ugandan envoy", "UGAGOV"));
        // The summons and the complaint: both from the ministry to the envoy (the parse hangs "to complain" on the envoy).
        Assert.Equal(2, doc.Events.Count(e => e.Cameo == "114"));
        Assert.All(doc.Events.Where(e => e.Cameo == "114"), e => Assert.Equal("KENGOV>UGAGOV 114", doc.Show(e)[..17]));
    }

    [Fact]
    public void ANominalThatAnAgreementIsAbout_IsNoSecondAgreement()
    {
        // "deal" is what the failed agreement was on: one (negated) agreement between the pair, no bare "deal" without
        // parties standing for the sentence.
        var doc = EventTestDocs.Parse("Chile and Peru failed to reach agreement on a new fisheries deal.", new DateOnly(2024, 3, 27));
        doc.Actor("Chile", "CHL").Actor("Peru", "PER");
        output.WriteLine(doc.ShowAll());
        var events = new List<CodedEvent>();
        EventMatcher.Default.Code(doc, events, requireSource: false);
        Assert.DoesNotContain(events, e => e.TriggerFirst == Index(doc, "deal"));
        var main = EventEvaluation.MainEvent(events);
        Assert.NotNull(main);
        Assert.Equal("057", main.Cameo);
        Assert.Equal(Index(doc, "Chile"), main.SourceToken);
    }

    [Fact]
    public void APluralNounTaggedAsAVerb_IsStillANominalEvent()
    {
        // "exercises" is tagged as a verb (VBZ) but hangs as the object of "held", with an adjective of its own.
        var doc = Coded("The navies of Chile and Peru held joint exercises off the coast last week.", ("navies", "CHLMIL"), ("Chile", "CHL"), ("Peru", "PER"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "062");
        Assert.Equal(Index(doc, "navies"), e.SourceToken);
        Assert.Equal("The navies of Chile and Peru", TargetPhrases(doc));
    }

    [Fact]
    public void ARoundOfExercisesParsedBesideTheRound_IsTheSubjectsOwn()
    {
        // "exercises" hangs on "began" as an "of" oblique beside its object "round": the round's exercises are the
        // subjects', held between them.
        var doc = Coded("Kenya and Uganda began a new round of joint military exercises today.", ("Kenya", "KEN"), ("Uganda", "UGA"));
        Assert.Contains(doc.Events, e => e.Cameo == "062" && doc.Show(e).StartsWith("KEN>UGA", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "062" && doc.Show(e).StartsWith("UGA>KEN", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameParsedAsACompoundOfABareDay_IsTheComplement()
    {
        // "Ruto held talks with President Museveni today" (by hand), with the name a compound of "today", which takes the
        // "with" and is labelled a bare oblique.
        var doc = EventTestDocs.Parsed(
            "Ruto Ruto PROPN NNP 2 nsubj", "held hold VERB VBD 0 root", "talks talk NOUN NNS 2 obj", "with with ADP IN 7 case",
            "President President PROPN NNP 6 compound", "Museveni Museveni PROPN NNP 7 compound", "today today NOUN NN 2 obl:unmarked",
            ". . PUNCT . 2 punct")
            .Date(6, 6);
        doc.Actor("Ruto", "KENGOV").Actor("President Museveni", "UGAGOV").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "040" && doc.Show(e).StartsWith("KENGOV>", StringComparison.Ordinal));
        Assert.Equal("KENGOV>UGAGOV 040", doc.Show(e)[..17]);
    }

    [Fact]
    public void AnAgencyAgreedToBeSetUp_IsNoTarget()
    {
        // What an agreed act brings into being is not yet there to be acted on; nor is the town it is to stand in.
        var doc = Coded("Peru has agreed to set up a regional fisheries agency in Lima.", ("Peru", "PER"), ("regional fisheries agency", "IGO"), ("Lima", "PER"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("030", e.Cameo);
        Assert.Equal(-1, e.TargetToken);
        Assert.Equal("", TargetPhrases(doc));
    }

    [Fact]
    public void APartnerSomethingIsSetUpWith_StaysTheTarget()
    {
        var doc = Coded("Peru has agreed to establish a border commission with Chile.", ("Peru", "PER"), ("Chile", "CHL"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("PER>CHL 030", doc.Show(e)[..11]);
    }

    [Fact]
    public void ACraftsCourseGivenByAParticiple_IsNoVisit()
    {
        var doc = Coded("Maltese fighter jets escorted a Tunisian military plane flying from Tunisia to Malta on Sunday.", ("Maltese fighter jets", "MLTMIL"), ("Tunisian military", "TUNMIL"), ("Tunisia", "TUN"), ("Malta", "MLT"));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "042");
        var doc2 = Coded("The foreign minister flew to Malta on Sunday.", ("foreign minister", "TUNGOV"), ("Malta", "MLT"));
        Assert.Contains(doc2.Events, e => e.Cameo == "042");
    }

    [Fact]
    public void TheCourtACaseIsBroughtIn_IsNoTarget()
    {
        var doc = Coded("A Kenyan lawyer filed a lawsuit in a Nairobi court on behalf of the fishermen.", ("Kenyan lawyer", "KENJUD"), ("Nairobi court", "KENJUD"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "115");
        Assert.Equal(-1, e.TargetToken);
    }

    [Fact]
    public void ResponsibilityClaimedForAnAct_IsAimedAtWhatTheActHit()
    {
        // The act claimed is no party: what it was on, or the place it was done in, stands for it.
        var doc = Coded("The rebel front claimed responsibility for the ambush on a police convoy.", ("rebel front", "REB"));
        Assert.Equal("a police convoy", TargetPhrases(doc));
        var doc2 = Coded("The rebel front claimed responsibility for the blasts that wounded ten people in Peru.", ("rebel front", "REB"), ("Peru", "PER"));
        Assert.Equal("Peru", TargetPhrases(doc2));
    }

    [Fact]
    public void ResponsibilityClaimedForAnActAimedAtNothingNamed_HasNoTarget()
    {
        var doc = Coded("The rebel front claimed responsibility for the explosion.", ("rebel front", "REB"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "015");
        Assert.Equal(-1, e.TargetToken);
    }

    [Fact]
    public void UpToACount_IsWhatIsSentNotWhither()
    {
        // "up to 5,000 soldiers" counts the soldiers; the act goes where the purpose clause puts it.
        var doc = Coded("Canada has offered to send up to 5,000 soldiers to distribute food in Haiti.", ("Canada", "CAN"), ("Haiti", "HTI"));
        Assert.Equal("Haiti", TargetPhrases(doc));
        var doc2 = Coded("Canada sent up to 5,000 soldiers to Haiti.", ("Canada", "CAN"), ("Haiti", "HTI"));
        var e = Assert.Single(doc2.Events);
        Assert.Equal("CAN>HTI 074", doc2.Show(e)[..11]);
    }

    [Fact]
    public void UpToANumber_ParsedAsAToPhrase_IsNoTarget()
    {
        // The parse hangs "up to" on the number and the noun it counts becomes the object.
        var doc = EventTestDocs.Parsed(
            "Canada Canada PROPN NNP 2 nsubj", "sent send VERB VBD 0 root", "up up ADP RP 2 compound:prt", "to to ADP IN 5 case",
            "5,000 5000 NUM CD 2 obl", "soldiers soldier NOUN NNS 2 obj", "to to PART TO 8 mark", "distribute distribute VERB VB 6 acl",
            "food food NOUN NN 8 obj", "in in ADP IN 11 case", "Haiti Haiti PROPN NNP 8 obl", ". . PUNCT . 2 punct")
            .Actor("Canada", "CAN").Actor("Haiti", "HTI").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "074");
        Assert.Equal(Index(doc, "Haiti"), e.TargetToken);
    }

    [Fact]
    public void APartBroughtInByIncluding_IsNotTheObject()
    {
        // "including" hung on the count: the parse makes the people a second object.
        var doc = EventTestDocs.Parsed(
            "Greece Greece PROPN NNP 2 nsubj", "deported deport VERB VBD 0 root", "3,000 3000 NUM CD 4 nummod", "Albanians Albanians PROPN NNPS 2 obj",
            ", , PUNCT , 8 punct", "including including VERB VBG 7 case", "200 200 NUM CD 8 nummod", "people people NOUN NNS 2 obj", ". . PUNCT . 2 punct")
            .Actor("Greece", "GRC").Actor("people", "CVL").Code();
        var e = Assert.Single(doc.Events, e => e.Cameo == "174");
        Assert.Equal(Index(doc, "Albanians"), e.TargetToken);
    }

    [Fact]
    public void AFreeRelative_IsAimedAtItsSubject()
    {
        // Agreeing with a view is a statement of opinion (010, see CampaignNewsTests); its target is whose view it is.
        var doc = Coded("Many voters agree with what Democrats in the Senate are proposing.", ("voters", "CVL"), ("Democrats", "USAPTY"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Equal(Index(doc, "Democrats"), e.TargetToken);
    }

    [Fact]
    public void AClauseAfterTheObjectOfAnAppeal_IsNoDemand()
    {
        // "that it was hosting" tells of the conference; it is no content of the request.
        var doc = Coded("The agency was seeking aid for flood victims at a meeting that it was hosting with Japan.", ("agency", "IGO"), ("flood victims", "CVL"), ("Japan", "JPN"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "023");
        Assert.Equal("flood victims", TargetPhrases(doc));
    }

    private static int Index(Dyad.Documents.Document doc, string word)
    {
        for (int i = 0; i < doc.Tokens.Length; i++)
            if (doc.Text[doc.Tokens[i].Start..doc.Tokens[i].End] == word) return i;
        throw new InvalidOperationException(word);
    }

    [Theory]
    [InlineData("Chilean students started a hunger strike to protest the tuition rules imposed by the Chilean government.", "Chilean students", "the Chilean government")]
    [InlineData("Kurdish prisoners began a hunger strike in protest against new visiting rules imposed by the Turkish government.", "Kurdish prisoners", "the Turkish government")]
    public void HungerStrike_IsAProtestAimedAtWhoImposedWhatItProtests(string text, string strikers, string target)
    {
        // A hunger strike is CAMEO 142 (a protest, not a military or labour strike); a protested thing that a named
        // party imposed stands for that party.
        var doc = Coded(text, (strikers, "CVL"), (target[4..], "GOV"));
        Assert.Contains(doc.Events, e => e.Cameo == "142");
        Assert.Equal("142", EventEvaluation.MainEvent(doc.Events)!.Cameo);
        Assert.Equal(target, TargetPhrases(doc));
    }

    [Fact]
    public void HungerStrikeProtestingAThing_IsAimedAtTheThing()
    {
        var doc = Coded("A Texas teacher has started a hunger strike, protesting the city's housing policy.", ("Texas teacher", "USAEDU"));
        Assert.Equal("142", EventEvaluation.MainEvent(doc.Events)!.Cameo);
        Assert.EndsWith("housing policy", TargetPhrases(doc));
    }

    [Theory]
    [InlineData("Merkel gave Erdogan a firm deadline over the border crossings.", "Merkel", "Erdogan", "139")]
    [InlineData("Macron gave Iranian President Hassan Rouhani a clear and public warning to halt enrichment.", "Macron", "Iranian President Hassan Rouhani", "130")]
    public void NominalGivenAsASecondObject_IsAimedAtTheFirst(string text, string giver, string recipient, string code)
    {
        // The parse may read "Erdogan a firm deadline" as one phrase; the deadline's article marks where the recipient ends.
        var doc = Coded(text, (giver, "FRA"), (recipient, "IRN"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.Equal(code, main!.Cameo);
        Assert.Equal(recipient, TargetPhrases(doc));
    }

    [Fact]
    public void DeadlineGivenToNoParty_IsNoUltimatum()
    {
        var doc = Coded("The committee set a deadline for the report.", ("The committee", "GOV"));
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "139");
    }
}
