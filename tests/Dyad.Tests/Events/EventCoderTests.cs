using Dyad.Actors;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>The matcher on real parses of short sentences, with actor mentions set by hand.</summary>
public sealed class EventCoderTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    [Fact]
    public void PlainVerb_SubjectIsSourceAndObjectIsTarget()
    {
        var doc = Coded("Israel attacked Hamas on Monday.", ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("ISR>PSEREBHMS 190 asserted", doc.Show(e)[..26]);
        Assert.Equal("attacked", doc.Text[e.TriggerStart..e.TriggerEnd]);
        Assert.Equal("v:attack", e.Rule);
        Assert.Equal(new DateOnly(2024, 3, 27), e.Date);
        Assert.Equal("given", e.DateSource);
    }

    [Fact]
    public void AppealToAnUncodedAct_IsAnAppealToTheObject_HoweverTheInfinitiveIsAttached()
    {
        // The parser may hang "to settle" on "urged" as an adverbial clause rather than its complement.
        var doc = Coded("The African Union urged Kenya to settle the dispute.", ("African Union", "IGOAFRAFU"), ("Kenya", "KEN"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("IGOAFRAFU>KEN 020 asserted", doc.Show(e)[..26]);
    }

    [Fact]
    public void Negation_IsMarkedNotCodedAsFact()
    {
        var doc = Coded("Israel did not meet with Hamas.", ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("040", e.Cameo);
        Assert.Equal(EventModality.Negated, e.Modality);
    }

    [Fact]
    public void Could_IsHypothetical()
    {
        var doc = Coded("Israel could attack Hamas.", ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("190", e.Cameo);
        Assert.Equal(EventModality.Hypothetical, e.Modality);
    }

    [Fact]
    public void ActedOutAttack_IsHypothetical_NotAnAttackThatHappened()
    {
        var sim = Coded("Russia simulated an attack on Denmark last spring.", ("Russia", "RUS"), ("Denmark", "DNK"));
        Assert.All(sim.Events.Where(e => e.Cameo.StartsWith("19", StringComparison.Ordinal)), e => Assert.Equal(EventModality.Hypothetical, e.Modality));
        Assert.Contains(sim.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var mock = Coded("Russia staged a mock attack on Denmark.", ("Russia", "RUS"), ("Denmark", "DNK"));
        Assert.All(mock.Events.Where(e => e.Cameo.StartsWith("19", StringComparison.Ordinal)), e => Assert.Equal(EventModality.Hypothetical, e.Modality));
        Assert.Contains(mock.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        // Without such a word the attack is asserted.
        var real = Coded("Russia launched an attack on Denmark.", ("Russia", "RUS"), ("Denmark", "DNK"));
        Assert.True(real.HasAsserted("19"));
    }

    [Fact]
    public void PlansToVisit_IsIntentToMeet_WithFutureModality()
    {
        var doc = Coded("Israel plans to visit Egypt.", ("Israel", "ISR"), ("Egypt", "EGY"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("036", e.Cameo);
        Assert.Equal(EventModality.Future, e.Modality);
        Assert.Equal("c:plan+f:intent-04+v:visit", e.Rule);
        Assert.Equal("EGY", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void WillAttack_IsAThreatOfForce_WithFutureModality()
    {
        var doc = Coded("Israel will attack Hamas.", ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("138", e.Cameo);
        Assert.Equal(EventModality.Future, e.Modality);
    }

    [Fact]
    public void ReportedSpeech_CodesTheReportedEventAndTheStatement()
    {
        var doc = Coded("Egypt said that Israel attacked Hamas.", ("Egypt", "EGY"), ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        Assert.Equal(2, doc.Events.Count);
        var attack = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal(EventModality.Reported, attack.Modality);
        Assert.Equal("EGY", doc.Actors[attack.ReportedBy].Code);
        Assert.Equal("ISR", doc.Actors[attack.Source].Code);
        var statement = Assert.Single(doc.Events, e => e.Cameo == "010");
        Assert.Equal("EGY", doc.Actors[statement.Source].Code);
        Assert.Equal(EventModality.Asserted, statement.Modality);
    }

    [Fact]
    public void Passive_AgentIsSourceAndSubjectIsTarget()
    {
        var doc = Coded("Hamas was attacked by Israel.", ("Hamas", "PSEREBHMS"), ("Israel", "ISR"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("ISR", doc.Actors[e.Source].Code);
        Assert.Equal("PSEREBHMS", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void CoordinatedSubjects_WithNoOtherParty_AreCodedTowardsEachOther()
    {
        var doc = Coded("Brazil and the United States agreed to hold talks.", ("Brazil", "BRA"), ("United States", "USA"));
        Assert.Equal(2, doc.Events.Count);
        Assert.All(doc.Events, e => Assert.Equal("036", e.Cameo));
        Assert.Contains(doc.Events, e => doc.Actors[e.Source].Code == "BRA" && doc.Actors[e.Target].Code == "USA");
        Assert.Contains(doc.Events, e => doc.Actors[e.Source].Code == "USA" && doc.Actors[e.Target].Code == "BRA");
    }

    [Fact]
    public void CoordinatedModifiersOfOneNoun_AreEachAParty_AndMeetEachOther()
    {
        // Both adjectives name a party; the second hangs on the first as its conjunct.
        var doc = Coded("Kenyan and Somali negotiators met in Nairobi.", ("Kenyan", "KEN"), ("Somali", "SOM"));
        Assert.Contains(doc.Events, e => e.Cameo == "040" && doc.Actors[e.Source].Code == "KEN" && doc.Actors[e.Target].Code == "SOM");
        Assert.Contains(doc.Events, e => e.Cameo == "040" && doc.Actors[e.Source].Code == "SOM" && doc.Actors[e.Target].Code == "KEN");
    }

    [Fact]
    public void ACoordinatedGroupTheParseSplitOffItsNoun_StillActsThroughThatNoun()
    {
        // "Peru and Chile negotiators met", parsed with "Peru and Chile" as one subject and "negotiators" as another.
        var doc = EventTestDocs.Parsed(
            "Peru Peru PROPN NNP 5 nsubj:pass", "and and CCONJ CC 3 cc", "Chile Chile PROPN NNP 1 conj", "negotiators negotiator NOUN NNS 5 nsubj",
            "met meet VERB VBD 0 root", ". . PUNCT . 5 punct");
        doc.Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains(doc.Events, e => e.Cameo == "040" && doc.Actors[e.Source].Code == "PER" && doc.Actors[e.Target].Code == "CHL");
        Assert.Contains(doc.Events, e => e.Cameo == "040" && doc.Actors[e.Source].Code == "CHL" && doc.Actors[e.Target].Code == "PER");
        // A lone name before a title is no such group: "US Vice President Pence met Kim", with "US" parsed as a subject of
        // its own, stays one party's meeting with Kim.
        doc = EventTestDocs.Parsed(
            "US US PROPN NNP 5 nsubj:pass", "Vice Vice PROPN NNP 3 compound", "President President PROPN NNP 4 compound",
            "Pence Pence PROPN NNP 5 nsubj", "met meet VERB VBD 0 root", "Kim Kim PROPN NNP 5 obj", ". . PUNCT . 5 punct");
        doc.Actor("US", "USA").Actor("Pence", "USAGOV", MentionKind.Person).Actor("Kim", "PRKGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.All(doc.Events, e => Assert.Equal("PRKGOV", doc.Actors[e.Target].Code));
        Assert.DoesNotContain(doc.Events, e => doc.Actors[e.Source].Code == "USA");
    }

    [Fact]
    public void RelativeClause_RelativePronounStandsForItsNoun()
    {
        var doc = Coded("Egypt condemned Hamas, which attacked Israel on Monday.", ("Egypt", "EGY"), ("Hamas", "PSEREBHMS"), ("Israel", "ISR"));
        Assert.Contains(doc.Events, e => e.Cameo == "111" && doc.Actors[e.Source].Code == "EGY" && doc.Actors[e.Target].Code == "PSEREBHMS");
        Assert.Contains(doc.Events, e => e.Cameo == "190" && doc.Actors[e.Source].Code == "PSEREBHMS" && doc.Actors[e.Target].Code == "ISR");
    }

    [Fact]
    public void UrgedToMeet_IsAnAppealToTheObject()
    {
        var doc = Coded("Egypt urged Israel to meet with Hamas.", ("Egypt", "EGY"), ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("026", e.Cameo);
        Assert.Equal("EGY", doc.Actors[e.Source].Code);
        Assert.Equal("ISR", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void ThreatenedToAttack_IsAThreatOfForce()
    {
        var doc = Coded("Iran threatened to attack Israel.", ("Iran", "IRN"), ("Israel", "ISR"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("138", e.Cameo);
        Assert.Equal(EventModality.Asserted, e.Modality);
    }

    [Fact]
    public void WillNotLift_IsARefusalToYield()
    {
        var doc = Coded("The United States will not lift the embargo on Cuba.", ("United States", "USA"), ("Cuba", "CUB"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("124", e.Cameo);
        Assert.Equal("CUB", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void SameEventTwice_IsOneEventWithTwoMentions()
    {
        var doc = Coded("Israel attacked Hamas. Later, Israel attacked Hamas again.", ("Israel", "ISR"), ("Hamas", "PSEREBHMS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal(2, e.Mentions);
        Assert.Equal(0, e.Sentence);
    }

    [Fact]
    public void NoActor_NoEvent()
    {
        var doc = Coded("A limited military campaign in Rafah could target remaining commanders.");
        Assert.Empty(doc.Events);
    }

    [Fact]
    public void NominalWithPossessor_IsCoded()
    {
        var doc = Coded("Netanyahu's criticism of the U.S. decision reflects the strain.", ("Netanyahu", "ISRGOV"), ("U.S.", "USA"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("111", e.Cameo);
        Assert.Equal("n:criticism", e.Rule);
    }

    [Fact]
    public void PronounSubject_IsTheNamedSubjectAboveIt()
    {
        var doc = Coded("Bangladesh said it will not accept refugees from Myanmar.", ("Bangladesh", "BGD"), ("Myanmar", "MMR"));
        var e = Assert.Single(doc.Events, x => x.Cameo != "010");
        Assert.Equal("Bangladesh", doc.Text[doc.Tokens[e.SourceToken].Start..doc.Tokens[e.SourceToken].End]);
        Assert.Equal("BGD", doc.Actors[e.Source].Code);
    }

    [Fact]
    public void TargetNoSlotNames_IsTheActorFurtherDownTheArguments()
    {
        var doc = Coded("Japan decided to lift the sanctions imposed on India.", ("Japan", "JPN"), ("India", "IND"));
        var e = Assert.Single(doc.Events);
        Assert.StartsWith("JPN>IND", doc.Show(e), StringComparison.Ordinal);
    }

    [Fact]
    public void NominalModifyingAnother_TakesItsBetweenPairAsTarget()
    {
        var doc = Coded("Kuwait launched a mediation effort between Sudan and Chad.", ("Kuwait", "KWT"), ("Sudan", "SDN"), ("Chad", "TCD"));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("045", StringComparison.Ordinal) && doc.Actors[e.Source].Code == "KWT" && e.Target >= 0 && doc.Actors[e.Target].Code == "SDN");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("045", StringComparison.Ordinal) && e.Target >= 0 && doc.Actors[e.Target].Code == "TCD");
    }

    [Fact]
    public void AttackOverAnIssue_IsCriticism_ButAnAttackForYearsIsStillForce()
    {
        var verbal = Coded("Trump hit Clinton over her trade policies.", ("Trump", "USAELI"), ("Clinton", "USAELI"));
        Assert.Equal("111", Assert.Single(verbal.Events).Cameo);
        var force = Coded("Russia attacked Ukraine for years.", ("Russia", "RUS"), ("Ukraine", "UKR"));
        Assert.Equal("190", Assert.Single(force.Events).Cameo);
    }

    [Fact]
    public void FiredBackAt_IsCriticism_AndFiredAt_IsForce()
    {
        var back = Coded("Mexican officials fired back at Trump over the proposal.", ("Mexican officials", "MEXGOV"), ("Trump", "USAELI"));
        Assert.Equal("111", Assert.Single(back.Events).Cameo);
        var shots = Coded("Rebels fired at Syrian troops.", ("Rebels", "SYRREB"), ("Syrian troops", "SYRMIL"));
        Assert.Equal("190", Assert.Single(shots.Events).Cameo);
    }

    [Fact]
    public void TalkingAboutSomeone_MakesThemNoTarget()
    {
        var doc = Coded("Trump launched his campaign by talking about Mexican rapists.", ("Trump", "USAELI"), ("Mexican rapists", "MEXCRM"));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Target >= 0);
    }
}

/// <summary>Which date expression of a sentence dates an event, through the whole pipeline.</summary>
public sealed class EventDateTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Run(string text)
    {
        var doc = EventTestDocs.Run(text, new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    [Fact]
    public void DateInARelativeClause_DatesThatClause_NotTheEventAboveIt()
    {
        // "last year" is when the talks stalled; the meeting and the agreement are Tuesday's.
        var doc = Run("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Tuesday and the two governments agreed to reopen talks that stalled last year.");
        var met = Assert.Single(doc.Events, e => doc.Text[e.TriggerStart..e.TriggerEnd] == "met");
        Assert.Equal(new DateOnly(2024, 3, 26), met.Date);
        Assert.DoesNotContain(doc.Events, e => e.Date == new DateOnly(2023, 1, 1));
    }

    [Fact]
    public void DateOfTheEventsOwnClause_IsTaken()
    {
        var doc = Run("Israel attacked Hamas positions on Monday.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2024, 3, 25), "text"), (e.Date, e.DateSource));
    }
}

/// <summary>Where an event happened is not whom it was aimed at, through the whole pipeline.</summary>
public sealed class EventPlaceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void CityAfterIn_IsWhereTheMeetingWas_NotItsTarget()
    {
        var doc = EventTestDocs.Run("Chile and Peru met in Lima on Tuesday to discuss fishing rights.", new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        var pairs = doc.Events.Where(e => e.Cameo == "040").Select(e => (doc.Actors[e.Source].Code, e.Target >= 0 ? doc.Actors[e.Target].Code : null)).ToHashSet();
        Assert.Equal(new HashSet<(string?, string?)> { ("CHL", "PER"), ("PER", "CHL") }, pairs);
    }
}

/// <summary>Coordinated countries sharing one agent noun, through the whole pipeline.</summary>
public sealed class SharedAgentTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void CoordinatedDemonyms_EachHaveTheAgent_AndActTogether()
    {
        var doc = EventTestDocs.Run("Bolivian and Chilean officials resumed talks on water rights on Friday.", new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        Assert.Contains(doc.Actors, a => a.Code == "BOLGOV");
        Assert.Contains(doc.Actors, a => a.Code == "CHLGOV");
        var pairs = doc.Events.Where(e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && e.Target >= 0)
            .Select(e => (doc.Actors[e.Source].Code, doc.Actors[e.Target].Code)).ToHashSet();
        Assert.Contains(("BOLGOV", "CHLGOV"), pairs);
        Assert.Contains(("CHLGOV", "BOLGOV"), pairs);
    }

    [Fact]
    public void ModifierThatIsNoCoordinatedCountry_DoesNotJoinTheSource()
    {
        var doc = EventTestDocs.Run("Senior Chilean officials met Bolivian diplomats on Friday.", new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal("CHLGOV", doc.Actors[e.Source].Code);
        Assert.Equal("BOL", doc.Actors[e.Target].Country);
    }
}
