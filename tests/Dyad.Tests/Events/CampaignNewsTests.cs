using Dyad.Actors;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Events;
using Dyad.Pipeline;
using static Dyad.Tests.Events.EventTestDocs;

namespace Dyad.Tests.Events;

/// <summary>
/// The whole pipeline on short campaign-news texts written for these tests: the errors a hand check of asserted events
/// on US campaign news found (campaign language read as force, claims read as facts, pronouns across genders,
/// datelines as subjects, a country taken from anywhere in the sentence).
/// </summary>
public sealed class CampaignNewsTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Document Process(string body) => EventTestDocs.RunShown("Campaign notes.", body, new DateOnly(2016, 3, 2), output);

    private static string TextOf(Document doc, int actor)
    {
        var m = doc.Actors[actor];
        return doc.Text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.FirstToken + m.TokenCount - 1].End];
    }

    [Fact]
    public void AnAppealToAGroupToAct_IsTheAppeal_WhereverTheParseHangsTheInfinitive()
    {
        // The parse hangs "to meet" / "to debate" on the object (acl), not on the verb: still what the object is asked to do.
        var doc = Process("Senator Bernie Sanders urged the two rival leaders to meet in Geneva. Hillary Clinton asked the other candidates to discuss the economy.");
        var urge = Assert.Single(doc.Events, e => e.Rule.StartsWith("c:urge", StringComparison.Ordinal));
        Assert.StartsWith("02", urge.Cameo, StringComparison.Ordinal);
        Assert.Contains("Sanders", doc.Actors[urge.Source].Name ?? "", StringComparison.Ordinal);
        Assert.Contains(doc.Events, e => e.Rule.StartsWith("c:ask", StringComparison.Ordinal) && e.Cameo.StartsWith("02", StringComparison.Ordinal));
        // Nobody met or discussed anything: the asker did not do it either.
        Assert.False(doc.HasAsserted("04"));
        // An object that is itself a plan keeps its own clause: "a plan to attack" is no appeal to the plan.
        var plan = Process("The senator urged a plan to attack Iran.");
        Assert.DoesNotContain(plan.Events, e => e.Rule.StartsWith("c:urge", StringComparison.Ordinal) && e.Rule.Contains("v:attack", StringComparison.Ordinal));
    }

    [Fact]
    public void CandidatesAttackOnAnything_IsInWords_ButAPresidentsStrikeIsForce()
    {
        var doc = Process("Donald Trump's attack on Mexico drew criticism from Republicans.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "111" && CodeOf(doc, e.Target) == "MEX");
        var war = Process("President Barack Obama ordered an attack on Islamic State militants in Syria.");
        Assert.Contains(war.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void YetTo_IsNotYetDone()
    {
        var doc = Process("Donald Trump has yet to endorse Senator John McCain. Barack Obama is yet to meet the new mayor.");
        var endorse = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal(EventModality.Negated, endorse.Modality);
        var meet = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.Equal(EventModality.Negated, meet.Modality);
        var done = Process("Donald Trump endorsed Senator John McCain.");
        Assert.Equal(EventModality.Asserted, Assert.Single(done.Events, e => e.Cameo == "051").Modality);
    }

    [Fact]
    public void DeliveringAMessage_IsAStatement_NotAid()
    {
        var doc = Process("Senator John McCain delivered a blunt message to Donald Trump on Friday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "010" && CodeOf(doc, e.Target) == "USAELI");
    }

    [Fact]
    public void AskingAQuestion_IsNoAppeal_ButAskingToActIs()
    {
        var doc = Process("The radio host asked Hillary Clinton how voters should view her speaking fees.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var quoted = Process("The senator asked Donald Trump on Friday: \"Why do you admire Putin?\"");
        Assert.DoesNotContain(quoted.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var appeal = Process("Senator Marco Rubio asked Donald Trump to release his tax returns.");
        Assert.Contains(appeal.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void NominalWithFrom_HasItsAuthorAsSource()
    {
        var doc = Process("Hillary Clinton shrugged off recent attacks from Donald Trump.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("Donald Trump", TextOf(doc, e.Source));
        Assert.Equal("Hillary Clinton", doc.Actors[e.Target].Name);
    }

    [Fact]
    public void StrikeByWorkers_IsALabourStrike_NotAnAttack()
    {
        var doc = Process("The strike by Chilean workers against the government ended on Friday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "143");
    }

    [Fact]
    public void PledgeToAnUncodedActOnAState_HasNoTarget()
    {
        var doc = Process("Donald Trump pledged to put New York in play this fall.");
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && CodeOf(doc, e.Target) == "USA");
    }

    [Fact]
    public void WinningStates_IsNoCapture()
    {
        var doc = Process("Senator Marco Rubio captured Ohio and Kentucky on Tuesday night.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void BeatingARivalInThePolls_IsNoAssault_ButPoliceBeatingProtestersIs()
    {
        var poll = Process("Hillary Clinton beat Bernie Sanders by nine points in the primary.");
        Assert.DoesNotContain(poll.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));
        var force = Process("Soldiers beat the protesters with batons in Cairo on Friday.");
        Assert.Contains(force.Events, e => e.Cameo == "182");
    }

    [Fact]
    public void AnAttackBetweenPoliticians_IsCriticism()
    {
        var doc = Process("Donald Trump attacked Hillary Clinton again in a speech on Monday. Mrs. Clinton's sharp attack on Mr. Trump drew loud cheers.");
        var attacks = doc.Events.Where(e => e.Source >= 0 && e.Target >= 0).ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal("111", e.Cameo));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAttackByTroops_StaysForce()
    {
        var doc = Process("Syrian troops attacked the rebels in Aleppo on Monday.");
        Assert.Contains(doc.Events, e => e.Cameo == "190");
    }

    [Fact]
    public void WhatAnAccusationSays_IsReported_TheAccusationIsAsserted()
    {
        var doc = Process("Hillary Clinton accused Donald Trump of praising Vladimir Putin.");
        var accuse = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Equal(EventModality.Asserted, accuse.Modality);
        var praise = Assert.Single(doc.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal));
        Assert.Equal(EventModality.Reported, praise.Modality);
        Assert.Equal("USAELI", CodeOf(doc, praise.ReportedBy));
    }

    [Fact]
    public void TheContentOfAClaim_IsReported()
    {
        var doc = Process("The senator repeated the false claim that Iran attacked Israel.");
        var attack = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal(EventModality.Reported, attack.Modality);
    }

    [Fact]
    public void ADateline_IsNotTheSource()
    {
        var doc = Process("MADRID - Bernie Sanders met with the Spanish prime minister on Saturday.");
        var meet = Assert.Single(doc.Events, e => e.Cameo == "040");
        Assert.NotEqual("ESP", CodeOf(doc, meet.Source));
        Assert.Contains("Sanders", TextOf(doc, meet.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void SheIsNotAManTheArticleCallsMr()
    {
        var doc = Process("Senator Elizabeth Warren praised Mr. Obama at the rally. Later she thanked the volunteers.");
        var she = Assert.Single(doc.Actors, a => TextOf(doc, doc.Actors.IndexOf(a)) == "she");
        Assert.Contains("Warren", she.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AnObjectPronounIsNotItsClausesSubject()
    {
        var doc = Process("Donald Trump spoke in Ohio on Monday. Later Hillary Clinton accused him of lying.");
        var accuse = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Contains("Clinton", doc.Actors[accuse.Source].Name ?? "", StringComparison.Ordinal);
        Assert.Contains("Trump", doc.Actors[accuse.Target].Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ATitledPersonTakesNoCountryFromWhereTheyGo()
    {
        var doc = Process("Secretary Jane Doerr visited Israel in March.");
        Assert.DoesNotContain(doc.Actors, a => a.Kind == MentionKind.Person && a.Code is { } c && c.StartsWith("ISR", StringComparison.Ordinal));
        var named = Process("Ukraine imposed sanctions on former Minister Petro Hrytsenko.");
        Assert.Contains(named.Actors, a => a.Kind == MentionKind.Person && a.Country == "UKR");
    }

    [Fact]
    public void ARefusalToDiscussAThreat_IsTheRefusersAndAimedAtNoOneNamedInWhatIsDiscussed()
    {
        var doc = Process("Critics of Prime Minister Justin Trudeau say one of his failings is his refusal to seriously discuss the threat to Canada.");
        var refusal = Assert.Single(doc.Events, e => e.Cameo == "120");
        Assert.Contains("Trudeau", doc.Actors[refusal.Source].Name ?? "", StringComparison.Ordinal);
        Assert.Equal(-1, refusal.Target);
        // What is discussed is no party to the discussion, and the discusser is no author of the threat.
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && doc.Actors[e.Target].Code == "CAN");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        // What a refusal completes is not done.
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "040" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void DenyingSomeoneAThing_IsNoDenialNorARejection_UnlessARequestIsNamed()
    {
        var doc = Process("Hillary Clinton denied Bernie Sanders another debate before the New York primary.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "016" || e.Cameo.StartsWith("12", StringComparison.Ordinal));
        var request = Process("Hillary Clinton denied a request by Bernie Sanders for another debate.");
        var e = Assert.Single(request.Events, e => e.Cameo == "120");
        Assert.Contains("Sanders", request.Actors[e.Target].Name ?? "", StringComparison.Ordinal);
        var charges = Process("Senator Bernie Sanders denied the charges on Monday.");
        Assert.Contains(charges.Events, e => e.Cameo == "016");
    }

    [Fact]
    public void NewsOutletsAndCompanies_AreActors_AndAnOutletsReportIsNoEvent()
    {
        var doc = Process("Al Jazeera reported that Boeing agreed to sell jets to Iran. Gazprom and Huawei signed a deal in Beijing, Xinhua said.");
        Assert.Contains(doc.Actors, a => a.Code == "QATMED");
        Assert.Contains(doc.Actors, a => a.Code == "RUSBUS");
        Assert.Contains(doc.Actors, a => a.Code == "CHNMED");
        // The outlets only say where the news came from.
        Assert.DoesNotContain(doc.Events, e => CodeOf(doc, e.Source) is "QATMED" or "CHNMED" && e.Cameo == "010");
        Assert.Contains(doc.Events, e => CodeOf(doc, e.Source) == "USABUS" && CodeOf(doc, e.Target) == "IRN");
        // "signed" and "signed a deal" are one act each way, not two.
        var deals = doc.Events.Where(e => CodeOf(doc, e.Source) == "RUSBUS" && CodeOf(doc, e.Target) == "CHNBUS").ToList();
        Assert.Single(deals);
    }

    [Fact]
    public void AppealsObject_IsItsTarget_AndWhatOneRefrainsFromIsNotDone()
    {
        var doc = Process("Spain asked Portugal to discuss the treaty and refrain from attacking Morocco.");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && CodeOf(doc, e.Source) == "ESP"
                                         && CodeOf(doc, e.Target) == "PRT");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Modality != EventModality.Negated);
    }

    [Theory]
    // A campaign's material is made public, nothing is handed back (084).
    [InlineData("The Sanders campaign released an ad on Monday.", "08")]
    [InlineData("The governor released a letter from his doctor on Friday.", "08")]
    // Words offered are no offer to cooperate (030).
    [InlineData("Trump offered no proof for the claim.", "03")]
    [InlineData("The senator offered few specifics about the plan.", "03")]
    // A byline's "contributed reporting" is no aid (071).
    [InlineData("Two reporters contributed reporting from Ohio.", "07")]
    // "call X Y" names X; it asks nothing of anyone (020).
    [InlineData("The mayor stopped short of calling the officer's actions racially motivated.", "02")]
    // Being free to act frees no one (084); charging that something happened is an accusation, no legal charge (173).
    [InlineData("Mr. Trump is free to disclose his returns.", "08")]
    [InlineData("Trump charges that foreign donors gave millions to the foundation.", "17")]
    public void WhatCampaignNewsSaysInTheWordsOfAnAct_IsNoSuchAct(string body, string root)
    {
        var doc = Process(body);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal));
    }

    [Fact]
    public void AnOfferOfNothing_IsNegated_AndAVictimsPossessive_IsNoDoer()
    {
        var none = Process("Japan offered no help to Iran on Monday.");
        Assert.Contains(none.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && e.Modality == EventModality.Negated);
        Assert.False(none.HasAsserted("03"));
        // The possessor of an assassination or an arrest is who it was done to, never its doer.
        var victim = Process("Trump mentioned John F. Kennedy's assassination. Police announced the senator's arrest.");
        Assert.DoesNotContain(victim.Events, e => e.Source >= 0 && TextOf(victim, e.Source).Contains("Kennedy", StringComparison.Ordinal));
        Assert.DoesNotContain(victim.Events, e => e.Source >= 0 && TextOf(victim, e.Source).Contains("senator", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoFacesOrComesUnderAnAct_ReceivesIt()
    {
        var doc = Process("The United Nations came under withering criticism for its silence. Senator Ted Cruz has faced criticism over his remarks. Israel faced sharp criticism from the United States.");
        // The receiver is never the doer.
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && doc.Actors[e.Source].Code is "IGOUNO" or "USALEG");
        // With the doer named, the receiver is the target.
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && e.Source >= 0 && e.Target >= 0
            && doc.Actors[e.Source].Code == "USA" && doc.Actors[e.Target].Code == "ISR");
    }

    [Fact]
    public void APhoneCallWithNoParty_AndAMeetingWithKin_AreNoConsultation()
    {
        var doc = Process("The delegates stripped out a call for arming the rebels. The senator met his wife in Peru. Obama held a call with Putin on Monday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && !(e.Source >= 0 && doc.Actors[e.Source].Code == "USAGOV"));
        Assert.Contains(doc.Events, e => e.Cameo == "041" && e.Target >= 0 && doc.Actors[e.Target].Code == "RUSGOV");
        // Support one has from others is theirs, not one's own.
        var support = Process("Senator Ted Cruz has strong support from the unions.");
        Assert.DoesNotContain(support.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal) && e.Source >= 0 && support.Actors[e.Source].Code == "USALEG");
    }

    [Fact]
    public void AThingOfAParty_IsAimedAtThatParty_ButOnesOwnThingAtNoOne()
    {
        var doc = Process("Senator Marco Rubio questioned Hillary Clinton's judgment on Libya. The Security Council condemned North Korea's missile launch.");
        var question = Assert.Single(doc.Events, e => e.Cameo == "110");
        Assert.Equal("Hillary Clinton", doc.Actors[question.Target].Name);
        var condemn = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("PRK", CodeOf(doc, condemn.Target));
        // The evidence phrase stays the whole object.
        Assert.Equal("judgment", doc.Text[doc.Tokens[question.TargetToken].Start..doc.Tokens[question.TargetToken].End]);
        // One's own record is no other party's, and the act is still coded; a relative is a person of their own.
        var own = Process("Senator Marco Rubio defended his record on immigration. The governor praised Senator Marco Rubio's son.");
        var defend = Assert.Single(own.Events, e => e.Cameo == "052");
        Assert.Equal(-1, defend.Target);
        Assert.DoesNotContain(own.Events, e => e.Cameo == "051" && e.Target >= 0 && own.Actors[e.Target].Name == "Marco Rubio");
    }

    [Fact]
    public void ACandidatesAide_SpeaksForHimself_NotAsTheCandidate()
    {
        // The parse makes the title the subject with the name in apposition and the candidate as a compound modifier.
        var doc = Process("Clinton campaign manager Robby Mook criticized Donald Trump on Monday.");
        var criticized = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("Robby Mook", TextOf(doc, criticized.Source));
        Assert.Equal("Donald Trump", TextOf(doc, criticized.Target));
        // The quote's speaker is named so too.
        var quoted = Process("Clinton campaign manager Robby Mook told reporters on Monday that Donald Trump would lose.");
        Assert.Equal("Robby Mook", Assert.Single(quoted.Quotes).SpeakerName);
    }

    [Fact]
    public void AVerbCoordinatedAfterAPassive_IsPassiveToo()
    {
        // The man was killed, not the killer; the tagger reads "shot" after "was" as a noun here.
        var doc = Process("The protester, who was unarmed, was shot and killed by a police officer after a traffic stop.");
        var killed = Assert.Single(doc.Events, e => e.Cameo == "190");
        Assert.Equal("protester", TextOf(doc, killed.Target));
        Assert.Contains("police officer", TextOf(doc, killed.Source), StringComparison.Ordinal);
        // A second participle read as a past tense, the agent on the first verb.
        var charged = Process("The activist was arrested by the Russian police and charged with treason.");
        var charge = Assert.Single(charged.Events, e => e.Rule == "v:charge");
        Assert.Equal("RUSCOP", CodeOf(charged, charge.Source));
        Assert.Equal("activist", TextOf(charged, charge.Target));
    }

    [Fact]
    public void TalkingWithNoOneNamed_IsAStatement_AndAPartyAtHomeIsNoVisit()
    {
        var doc = Process("Senator Marco Rubio talked about tax reform at a town hall in Iowa. Senator Ted Cruz hosted his annual barbecue on Sunday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var talk = Assert.Single(doc.Events, e => e.Rule.StartsWith("v:talk", StringComparison.Ordinal));
        Assert.Equal("010", talk.Cameo);
        // Named together, or with a partner, they consult.
        var pair = Process("Senator Marco Rubio and Senator Ted Cruz discussed tax reform on Sunday. Senator Ted Cruz talked with Senator Marco Rubio.");
        Assert.Equal(2, pair.Events.Count(e => e.Cameo == "040" && e.Rule.StartsWith("v:discuss", StringComparison.Ordinal)));
        Assert.Contains(pair.Events, e => e.Cameo == "040" && e.Rule.StartsWith("v:talk", StringComparison.Ordinal) && e.Target >= 0);
        var hosted = Process("Senator Ted Cruz hosted the Israeli prime minister in Texas.");
        Assert.Contains(hosted.Events, e => e.Cameo == "043");
    }

    [Fact]
    public void AppealingARuling_IsNoAppealToAParty()
    {
        var doc = Process("The Justice Department appealed the ruling to the Supreme Court in July.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var help = Process("The governor of Ohio appealed to the Justice Department for help.");
        Assert.Contains(help.Events, e => e.Cameo == "020");
    }

    [Fact]
    public void APromisedOrThreatenedAct_IsNoAct_AndSomeoneElsesNoIsNoRefusal()
    {
        var doc = Process("The White House promised a veto of the bill on Tuesday. Russia threatened sanctions against Georgia. The rebels planned an attack on the army base.");
        Assert.DoesNotContain(doc.Events, e => e.Modality == EventModality.Asserted && (e.Cameo.StartsWith("12", StringComparison.Ordinal)
            || e.Cameo.StartsWith("16", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal)));
        Assert.Contains(doc.Events, e => e.Cameo == "129" && e.Modality == EventModality.Future);
        Assert.Contains(doc.Events, e => e.Cameo == "131" && CodeOf(doc, e.Source) == "RUS");
        // The promise is coded once, by the chain, not also as a bare promise (030).
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "030");
        // Whoever pledges is the source, not whose support it will be.
        var pledge = Process("The American ambassador pledged Washington's support for the new government in Kabul.");
        var pledged = Assert.Single(pledge.Events, e => e.Cameo == "032");
        Assert.Equal("ambassador", pledge.Text[pledge.Tokens[pledged.SourceToken].Start..pledge.Tokens[pledged.SourceToken].End]);
        // "No chance she will withdraw" is the speaker's denial, no refusal of hers.
        var chance = Process("There is no chance Senator Elizabeth Warren will withdraw her support for the bill, her aide said.");
        Assert.DoesNotContain(chance.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportReleasesNoOne_AndLentLegitimacyIsNoAid()
    {
        var doc = Process("A Government Accountability Office report released last year found that the agency had lost track of the money.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        var lend = Process("Russia is lending legitimacy to a television network in Britain.");
        Assert.DoesNotContain(lend.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void ADemandMadeInAClause_IsAimedAtWhoMustAct_AndACandidatesSupportersAreNotTheCandidate()
    {
        var doc = Process("Mexico demanded that the United States return the migrants within a week.");
        var demand = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Equal("USA", CodeOf(doc, demand.Target));
        // One's own clause names no other party: the demand is still coded, without a target.
        var own = Process("Senator Jason Chaffetz insisted that he be allowed to question the witness.");
        var insisted = Assert.Single(own.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Equal(-1, insisted.Target);
        var fans = Process("Hillary Clinton supporters have questioned the health of Donald Trump.");
        Assert.DoesNotContain(fans.Events, e => e.Source >= 0 && CodeOf(fans, e.Source) == "USAELI" && e.Cameo == "110");
    }

    [Fact]
    public void WhatOneIsMadeOrSeenToDo_IsDoneByTheObject()
    {
        var doc = Process("Thousands of voters watched the senator criticize the Mexican government on Monday.");
        var criticize = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("senator", TextOf(doc, criticize.Source));
        Assert.Equal("MEXGOV", CodeOf(doc, criticize.Target));
        var forced = Process("The rebels forced the Syrian army to withdraw from Aleppo.");
        var withdraw = Assert.Single(forced.Events, e => e.Rule.Contains("withdraw", StringComparison.Ordinal));
        Assert.Equal("SYRMIL", CodeOf(forced, withdraw.Source));
    }

    [Fact]
    public void SeizingOnAnIssue_ReleasingMoney_AndConsideringSomeoneSomething_AreNoSuchActs()
    {
        var doc = Process("Hillary Clinton is seizing upon a New York Times report about Donald Trump's taxes.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var cash = Process("The insurance companies released millions in cash to the mining firm on Monday.");
        Assert.DoesNotContain(cash.Events, e => e.Cameo.StartsWith("084", StringComparison.Ordinal));
        var deem = Process("The senator considers the Iranian government a threat to Israel.");
        Assert.DoesNotContain(deem.Events, e => e.Cameo == "014");
        var army = Process("The Syrian army seized the town of Raqqa on Monday.");
        Assert.Contains(army.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("17", StringComparison.Ordinal));
    }

    [Fact]
    public void ASubjectSetOffByCommas_IsTheSubject_AndForInstanceIsNoIssue()
    {
        // The parse reads the subject before ", for instance," as a vocative.
        var doc = Process("Troops with the peacekeeping mission in northern Mali, for instance, have frequently been targeted by insurgents.");
        var attack = Assert.Single(doc.Events, e => e.Rule.StartsWith("v:target", StringComparison.Ordinal));
        Assert.Equal("190", attack.Cameo);
        Assert.Equal("Troops", TextOf(doc, attack.Target));
    }

    [Fact]
    public void WhoClaimsSomethingAboutAnAct_IsNotItsAuthor()
    {
        var doc = Process("Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that the media hit Matt.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "111" && CodeOf(doc, e.Source) == "USAELI");
        var own = Process("Donald Trump launched a fierce criticism of the moderator on Monday.");
        Assert.Contains(own.Events, e => e.Cameo == "111" && CodeOf(own, e.Source) == "USAELI");
    }

    [Fact]
    public void ExecutingAPlan_ExperiencingAttacks_AndWhatWeMustDo_AreNoSuchActs()
    {
        var doc = Process("He entered each debate with a game plan and flawlessly executed it. The regime executed the opposition leader on Monday.");
        var executed = Assert.Single(doc.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("opposition leader", TextOf(doc, executed.Target));
        var shores = Process("Last weekend, America once again experienced attacks upon our shores.");
        Assert.DoesNotContain(shores.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && CodeOf(shores, e.Source) == "USA");
        var must = Process("Hillary Clinton told the audience that she believes we must continue to push policies that help.");
        Assert.DoesNotContain(must.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        var other = Process("Hillary Clinton said Russia must withdraw its troops from Ukraine.");
        Assert.Contains(other.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal) && CodeOf(other, e.Target) == "RUS");
    }

    [Fact]
    public void ACandidatesRally_AQuestionAbout_AHeldPosition_AndTalkRadio_AreNoSuchEvents()
    {
        var doc = Process("Senator Bernie Sanders held a rally at Penn State on Tuesday night. A young woman asked Hillary Clinton about her husband.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal) || e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var held = Process("For decades, the Bush family occupied an elevated position in Texas. Roger Stone spoke on a talk radio program.");
        Assert.DoesNotContain(held.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal));
        // A protest, and an appeal for something, stay.
        var protest = Process("Protesters staged a rally against the government in Cairo. The governor asked Washington for help.");
        Assert.Contains(protest.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        Assert.Contains(protest.Events, e => e.Cameo == "020");
    }

    [Fact]
    public void ACountOfAParty_IsThatParty_AndALetterSentIsNoAid()
    {
        var doc = Process("Dozens of Syrian soldiers attacked the village on Monday. A group of doctors sent a letter to the university.");
        var attack = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("SYRMIL", CodeOf(doc, attack.Source));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void HeOrShe_IsNotAPluralCommonNounAbove_ButMayBeAPluralLookingName()
    {
        // Misparsed with "voters" as the subject above "that he is ready": he is none of them.
        var doc = Process("“It tells voters, donors and local party chairs that he is willing to make real changes,” said strategist Karen Holt.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "030" && e.Source >= 0 && TextOf(doc, e.Source) is "donors" or "voters" or "local party chairs");
        var name = Process("Sanders said he will be releasing his immigration policies in the coming days.");
        var release = Assert.Single(name.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Equal("Sanders", TextOf(name, release.Source));
    }

    [Fact]
    public void AskingAPartyAQuestion_IsNoAppeal()
    {
        var doc = Process("The host opened the debate by asking Rubio why he chose to attack Trump. The firm was asking its applicants odd puzzle questions to see how they think.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var appeal = Process("Senator Marco Rubio asked Congress to pass the bill.");
        Assert.Contains(appeal.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void OfferingACaveat_AndCapturingAMood_AreNoEvents()
    {
        var doc = Process("Senator Marco Rubio seemed to offer a caveat to his answer. Donald Trump is capturing the anger of many voters.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "030" or "173");
        var arrest = Process("Police captured the rebel commander.");
        Assert.Contains(arrest.Events, e => e.Cameo == "173");
    }

    [Fact]
    public void ANominalRestatingAnAct_IsThatAct()
    {
        var doc = Process("Donald Trump criticized Ford for building a plant in Mexico, but it is unclear whether his criticism changed anything.");
        var criticism = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.True(criticism.Target >= 0);
    }

    [Fact]
    public void ABodysAnnualMeeting_ConsultsNoOne_ButAnnualTalksStay()
    {
        var doc = Process("The union's leaders will not vote on an endorsement at its annual winter meeting in Denver.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var talks = Process("John Kerry held the annual talks with Chinese officials in Beijing.");
        Assert.Contains(talks.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOfficeACampaignIsFor_IsNoPartyToIt()
    {
        var doc = Process("Senator Ted Cruz used the loans to fund his 2012 Senate campaign.");
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && TextOf(doc, e.Target) == "Senate");
    }

    [Fact]
    public void TalkingSomeoneUp_IsPraise()
    {
        var doc = Process("Pastor Mark Burns talked up Donald Trump on the radio.");
        Assert.Contains(doc.Events, e => e.Cameo == "051" && e.Target >= 0 && TextOf(doc, e.Target).Contains("Trump", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        // One's own plan talked up endorses no party.
        var own = Process("Senator Ted Cruz talked up his plans to deport undocumented immigrants.");
        Assert.DoesNotContain(own.Events, e => e.Cameo == "051");
    }

    [Fact]
    public void LendingOnesSupport_IsEndorsement_NotALoan()
    {
        var doc = Process("Senator Bernie Sanders is lending his support to several long-shot candidates.");
        Assert.Contains(doc.Events, e => e.Cameo == "051" && e.Rule.Contains("lend", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void ACancelledRally_DidNotTakePlace()
    {
        var doc = Process("Hillary Clinton had canceled a joint rally with Barack Obama planned for Wednesday in Green Bay.");
        Assert.False(doc.HasAsserted("14"));
    }

    [Fact]
    public void AskingForAnonymity_IsNoAppeal()
    {
        var doc = Process("“Donors want answers,” said a senior Republican National Committee member, asking for anonymity to speak freely.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void TheUsParties_AreActors_AndAPartyBeforeATitledPersonIsNoSubject()
    {
        var doc = Process("Senator Bernie Sanders accused Republicans of putting the gun lobby ahead of children.");
        var accuse = Assert.Single(doc.Events, e => e.Cameo == "112");
        Assert.Equal("USAPTY", CodeOf(doc, accuse.Target));
        // Parsed with "GOP" and "Donald Trump" as two subjects of "said": the speaker is the person.
        var said = Process("GOP front-runner Donald Trump said at a rally that he would bomb the oil fields.");
        Assert.DoesNotContain(said.Events, e => CodeOf(said, e.Source) == "USAPTY");
        Assert.Contains(said.Events, e => e.Source >= 0 && TextOf(said, e.Source) == "Donald Trump");
    }

    [Fact]
    public void TheActANounsInfinitiveNames_IsNotDone()
    {
        var doc = Process("Hillary Clinton attacked Donald Trump's proposal to ban Muslims from entering the country. Barack Obama backed an effort to help Ukraine.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.EndsWith("v:ban", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        Assert.DoesNotContain(doc.Events, e => e.Rule.EndsWith("v:help", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        // A decision reports the act as taken.
        var decision = Process("Benjamin Netanyahu's decision to call off a planned visit to Washington angered the White House.");
        Assert.Contains(decision.Events, e => e.Cameo == "125" && e.Modality == EventModality.Asserted);
        // An ordinal makes it a fact: the first country to recognize Kosovo did.
        var first = Process("Iran was the first country to recognize Kosovo.");
        Assert.Contains(first.Events, e => e.Cameo == "054" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void AskedAtTheHeadOfASentence_IsPassive_NoAppealOfTheSubject()
    {
        var doc = Process("Asked if he was ever bullied, the Republican presidential candidate said no.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void PoliticiansClash_InWords()
    {
        var doc = Process("Senator Ted Cruz clashed with Donald Trump over immigration.");
        Assert.Contains(doc.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void PledgedDelegates_AreNoPledge()
    {
        var doc = Process("Senator Bernie Sanders has won more pledged delegates than expected. He will arrive at the convention with enough pledged delegates to file minority reports.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void APriceCharged_ChargesNoOne()
    {
        var doc = Process("Herschel Walker charges $25,000 for a speech. Police charged the senator with fraud.");
        var charge = Assert.Single(doc.Events, e => e.Cameo == "173");
        Assert.True(charge.Target >= 0);
    }

    [Fact]
    public void SupportOrPraiseWon_IsTheGivers()
    {
        var doc = Process("Germany gained support from France for the plan. Ronald Reagan consolidated support by picking George Bush as his running mate.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal("FRA", CodeOf(doc, support.Source));
        Assert.Equal("DEU", CodeOf(doc, support.Target));
    }

    [Fact]
    public void InsistingOnAFact_IsAClaim_InsistingThatSomeoneAct_IsADemand()
    {
        var doc = Process("Hillary Clinton insisted that all of her public statements have been consistent.");
        Assert.Contains(doc.Events, e => e.Cameo == "010" && e.Rule.Contains("fact", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        var demand = Process("Israel insisted that Iran stop enrichment.");
        Assert.Contains(demand.Events, e => e.Cameo == "100");
    }

    [Fact]
    public void OfferingAnOpportunity_IsNoOfferToCooperate()
    {
        var doc = Process("But California offered a unique opportunity for Senator Bernie Sanders.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "030");
    }

    [Fact]
    public void APledgeDemandedOfSomeone_IsTheirs_AndNotYetMade()
    {
        var doc = Process("Donald Trump is demanding President Barack Obama make a pledge not to pardon Hillary Clinton.");
        var demand = Assert.Single(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        Assert.Equal("President Barack Obama", TextOf(doc, demand.Target));
        var pledge = Assert.Single(doc.Events, e => e.Rule.EndsWith("n:pledge", StringComparison.Ordinal));
        Assert.Equal("President Barack Obama", TextOf(doc, pledge.Source));
        Assert.NotEqual(EventModality.Asserted, pledge.Modality);
    }

    [Fact]
    public void WhoMocksAComplaint_IsNotItsAuthor()
    {
        var doc = Process("Hillary Clinton had mocked the complaint about the microphone.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.EndsWith("n:complaint", StringComparison.Ordinal) && e.Source >= 0 && TextOf(doc, e.Source) == "Hillary Clinton");
    }

    [Fact]
    public void APhraseWithAPreposition_IsNoSubject()
    {
        // Misparsed with "every Syrian" as the subject of "sent".
        var doc = Process("For every Syrian sent back to Turkey, the European Union will take in one refugee.");
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && CodeOf(doc, e.Source) == "SYR");
    }

    [Fact]
    public void AskedWithNothingAskedFor_IsAQuestion()
    {
        var doc = Process("“Why not?” Donald Trump asked, looking pleased.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var appeal = Process("Israel asked for help.");
        Assert.Contains(appeal.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void SpeechesDelivered_AreNoAid()
    {
        var doc = Process("Hillary Clinton refused to release the speeches that she delivered to the bank.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void ACandidatesEndorsers_AreNotTheCandidate()
    {
        var doc = Process("Some Ted Cruz endorsers attacked Donald Trump on Sunday.");
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && CodeOf(doc, e.Source) == "USALEG");
    }

    [Fact]
    public void InsistingThatSomethingMayHappen_IsAClaim()
    {
        var doc = Process("Some Democratic activists insist that Senator Bernie Sanders may yet win California.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
        var must = Process("Israel insisted that Iran must stop enrichment.");
        Assert.Contains(must.Events, e => e.Cameo == "100");
    }

    [Fact]
    public void DismissingSomeoneAsSomething_IsCriticism()
    {
        var doc = Process("Donald Trump dismissed Wisconsin Gov. Scott Walker as an ineffective leader.");
        Assert.Contains(doc.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "120");
    }

    [Fact]
    public void AJudgeHandlingLawsuits_FilesNone()
    {
        var doc = Process("U.S. District Judge Gonzalo Curiel, who is handling two lawsuits against Trump University, was criticized.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("115", StringComparison.Ordinal) && e.Source >= 0 && CodeOf(doc, e.Source) == "USAJUD");
    }

    [Fact]
    public void HisFiring_IsADismissal_NoGunfire()
    {
        var doc = Process("Bradley Podliska claims that his firing by the committee was improper.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var shots = Process("The army's firing on protesters killed ten people in Cairo.");
        Assert.Contains(shots.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportersAskingAPartyAboutSomething_PutAQuestion_NoAppeal()
    {
        // The parse makes the party an indirect object here; the "about" phrase still marks a question.
        var doc = Process("Reporters asked Barack Obama about Russia on Tuesday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var appeal = Process("Barack Obama asked Congress to fund the mission.");
        Assert.Contains(appeal.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void FightingAnIllOrALaw_AndStrikingAChord_AreNoForce()
    {
        var doc = Process("Senate Democrats voted to fight the mosquito-borne virus. The governor fought against the new tax. "
            + "Senator Bernie Sanders struck a chord with young voters. Justice Anthony Kennedy struck down the statute.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var war = Process("Hamas fighters fought Israeli troops near Rafah.");
        Assert.Contains(war.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
    }

    [Fact]
    public void ADangerPosed_AndTalkInTheSingular_AreNoThreatOrNegotiation()
    {
        var doc = Process("Donald Trump stressed the threat that Islamic terrorism poses to the world. Voters liked Trump's tough talk about trade.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var threat = Process("North Korea issued a threat against Japan. Russia held talks with Turkey.");
        Assert.Contains(threat.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        Assert.Contains(threat.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void InsistedAsATagAfterAFact_IsAStatement()
    {
        var doc = Process("Hillary Clinton is very open with the press, Senator Tim Kaine insisted Thursday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void ALastChanceToAct_IsNotTheAct_ButWhatOneDeflectsWasDone()
    {
        var doc = Process("It was Carly Fiorina's last chance to defend the merger.");
        Assert.DoesNotContain(doc.Events, e => e.Modality == EventModality.Asserted && e.Cameo.StartsWith("05", StringComparison.Ordinal));
        var criticism = Process("On Sunday Donald Trump made a third attempt to deflect Khizr Khan's criticism.");
        Assert.Contains(criticism.Events, e => e.Cameo == "111" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void ACandidatesVowToDoSomethingUncoded_AndABirth_AreNoCooperation()
    {
        var doc = Process("Senator Ted Cruz vowed to take his fight to the remaining states. Senator Marco Rubio and his wife welcomed a baby girl.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("05", StringComparison.Ordinal));
        var state = Process("Iran promised to build a hospital in Iraq.");
        Assert.Contains(state.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void APartysAttack_IsInWords()
    {
        var doc = Process("Democrats have adopted a double-barreled attack to exploit the senator's position.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "111" && CodeOf(doc, e.Source) == "USAPTY");
    }

    [Fact]
    public void FiguresOfForceAndAppealAsAttraction_AreNoEvents()
    {
        var doc = Process("Hillary Clinton has struggled to hit upon a clear rationale for her campaign. "
            + "Senator Bernie Sanders succeeded in broadening his appeal beyond independent voters. "
            + "Gun rights are considered sacrosanct by many gun owners. Glenn Beck wanted the audience to recognize Donald Trump in that passage.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is not "010");
        var real = Process("Iran made an appeal to the United Nations. Iran is considering sanctions against Israel. Russia recognized Kosovo.");
        Assert.Contains(real.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Contains(real.Events, e => e.Cameo == "014");
        Assert.Contains(real.Events, e => e.Cameo == "054");
    }

    [Fact]
    public void ADatelineBesideTheSubjects_IsNoneOfThem()
    {
        var doc = Process("WASHINGTON (AP) — Donald Trump and House Speaker Paul Ryan pledged to work together after a meeting Thursday.");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && TextOf(doc, e.Source).Equals("WASHINGTON", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Source >= 0 && TextOf(doc, e.Source).Contains("Trump", StringComparison.Ordinal));
    }

    [Fact]
    public void BlamingAnAttackOnAParty_IsNoAttackByTheBlamer()
    {
        var doc = Process("Israel blamed the attack on Hamas.");
        Assert.Contains(doc.Events, e => e.Cameo == "112" && CodeOf(doc, e.Target) == "PSEREBHMS");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && CodeOf(doc, e.Source) == "ISR");
    }

    [Fact]
    public void PollSupport_AMealWithNoParty_AndFigurativeSeizing_AreNoEvents()
    {
        var doc = Process("Former Maryland Gov. Martin O'Malley gets 1 percent support. Jeb Bush's support will collapse. "
            + "President Barack Obama attends his final White House Correspondents' Dinner. Republicans are seizing an opportunity to tarnish Hillary Clinton. "
            + "Both Florida golf courses hosted Trump campaign news conferences in March.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "051" or "040" or "043" || e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var real = Process("Russia expressed support for Syria. President Barack Obama had dinner with Vladimir Putin.");
        Assert.Contains(real.Events, e => e.Cameo == "051");
        Assert.Contains(real.Events, e => e.Cameo == "040");
    }

    [Fact]
    public void EndorsingNone_IsNegated()
    {
        var doc = Process("Senator Bernie Sanders has endorsed none of these groups.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void RefusingToRuleOut_AttendingACandidatesRally_AndOfferingAMessage_AreNoEvents()
    {
        var doc = Process("Senator Ron Johnson refused to rule out a tax on carbon. On Tuesday, she attended a Trump rally in North Augusta. "
            + "Hillary Clinton cast Senator Bernie Sanders as offering a narrow economic message. "
            + "Donald Trump stressed the threat that \u201cIslamic terrorism\u201d poses to the world.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) || e.Cameo.StartsWith("14", StringComparison.Ordinal)
            || e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("13", StringComparison.Ordinal));
        var refusal = Process("Iran refused to release the British sailors.");
        Assert.Contains(refusal.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void APendingDeal_IsNotYetMade()
    {
        var doc = Process("Congress must vote on the Obama administration's pending trade deal with Japan.");
        Assert.False(doc.HasAsserted("057"));
    }

    [Fact]
    public void DismissedByVotersAsSomething_IsCriticism_AndABareQuestionedIsNone()
    {
        var doc = Process("Rick Lazio was quickly dismissed by voters as a bumbler. Glenn Beck questioned.");
        Assert.Contains(doc.Events, e => e.Cameo == "111");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "120" or "110");
        var doubt = Process("Senator Ted Cruz questioned whether Donald Trump has the temperament to be president.");
        Assert.Contains(doubt.Events, e => e.Cameo == "110");
    }

    [Fact]
    public void PricesCharged_GainsInSupport_AndJustifyingAKilling_AreNoEvents()
    {
        var doc = Process("Donald Trump has charged more than that. Senator Bernie Sanders has seen the biggest boost in his national support. "
            + "Donald Trump has gone so far as to justify the killing of the families of terrorists.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "173" or "051" || (e.Cameo.StartsWith("19", StringComparison.Ordinal) && CodeOf(doc, e.Source) == "USAELI"));
    }

    [Fact]
    public void ACandidatesStandOnAPolicy_EndorsesNoParty()
    {
        var doc = Process("Senator Marco Rubio has aggressively supported the subsidies. Donald Trump's support for abortion rights has not hurt him.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
        var party = Process("Senator Bernie Sanders endorsed Hillary Clinton. Russia expressed support for Syria.");
        Assert.Equal(2, party.Events.Count(e => e.Cameo == "051"));
    }

    [Fact]
    public void CallingOut_IsCriticism_AndAnonymityStandardsAndPressReleases_AreNoEvents()
    {
        var doc = Process("Paul Ryan called out Donald Trump on Monday.");
        Assert.Contains(doc.Events, e => e.Cameo == "111" && CodeOf(doc, e.Target) == "USAELI");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var none = Process("A White House official requested anonymity to discuss the talks. Critics asked whether Ted Cruz met the natural born standard. "
            + "Marco Rubio's press release does not mention the clinics.");
        Assert.DoesNotContain(none.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) || e.Cameo.StartsWith("04", StringComparison.Ordinal)
            || e.Cameo.StartsWith("084", StringComparison.Ordinal));
    }

    [Fact]
    public void PleadingGuilty_AppealsToNoOne()
    {
        var doc = Process("David Petraeus pleaded guilty to a misdemeanor charge. Martin Shkreli has pleaded not guilty.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var plea = Process("Iran pleaded with the United Nations for help.");
        Assert.Contains(plea.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void CallingSomeoneABadName_IsCriticism_AndAnyOtherName_IsNoEvent()
    {
        var doc = Process("Governor Martin O'Malley called Donald Trump a dangerous fascist. Senator Bernie Sanders branded Donald Trump a pathological liar.");
        Assert.Equal(2, doc.Events.Count(e => e.Cameo == "111" && CodeOf(doc, e.Target) == "USAELI"));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        // Praise in a name is no appeal and no criticism; what is named ("the sanctions") is not the namer's own act.
        var other = Process("Donald Trump called Mike Pence a great partner. The Kremlin called the sanctions a mistake.");
        Assert.DoesNotContain(other.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) || e.Cameo.StartsWith("16", StringComparison.Ordinal)
            || (e.Cameo == "111" && CodeOf(other, e.Target) == "USAGOV"));
        // A call to act is still an appeal, a call to talk a phone call.
        var calls = Process("President Barack Obama called on Congress to act. Donald Trump called Vladimir Putin to discuss Syria.");
        Assert.Contains(calls.Events, e => e.Cameo == "020");
        Assert.Contains(calls.Events, e => e.Cameo == "041");
    }

    [Fact]
    public void WhatIsToComeBeforeOrUntil_IsNotYetDone_ButAPastBeforeIs()
    {
        var doc = Process("Senator Bernie Sanders wants changes in the platform before he throws his support to Hillary Clinton.");
        var support = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal(EventModality.Future, support.Modality);
        Assert.Equal("USAELI", CodeOf(doc, support.Target));
        var past = Process("Senator Ted Cruz met Donald Trump before he endorsed Marco Rubio.");
        Assert.Equal(EventModality.Asserted, Assert.Single(past.Events, e => e.Cameo == "051").Modality);
    }

    [Fact]
    public void APledgeThatSomethingIsSo_IsAStatement_AndAPleaToACharge_AppealsToNoOne()
    {
        var doc = Process("Governor Mike Pence pledged that Donald Trump really is in favor of free trade. Mr. Chatwal pleaded to witness tampering.");
        Assert.Contains(doc.Events, e => e.Cameo == "010" && e.Rule.Contains("+fact", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var acts = Process("Governor Mike Pence pledged that Donald Trump will protect Medicare. Iran pleaded with the United Nations for help.");
        Assert.Contains(acts.Events, e => e.Cameo == "030");
        Assert.Contains(acts.Events, e => e.Cameo == "020" && CodeOf(acts, e.Target) == "IGOUNO");
    }

    [Fact]
    public void HittingAFundraiser_AndRallyingVoters_AreCampaigning_AndShieldedPartiesAreTheTarget()
    {
        var doc = Process("Senator Ted Cruz hit a fundraiser in Ohio on Monday. Senator Ted Cruz rallied evangelical voters to win the caucuses.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo is "111" or "141" || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var hit = Process("Senator Ted Cruz hit Donald Trump on trade.");
        Assert.Contains(hit.Events, e => e.Cameo == "111" && CodeOf(hit, e.Target) == "USAELI");
        var shield = Process("Hillary Clinton was defending the Clinton Foundation against recent attacks from Donald Trump.");
        var attack = Assert.Single(shield.Events, e => e.Cameo == "111");
        Assert.Equal("USAELI", CodeOf(shield, attack.Source));
        Assert.Contains("Foundation", TextOf(shield, attack.Target), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvitationToVisit_IsTheAppeal_NotTheVisit_AndUnarmedWarfare_IsNoForce()
    {
        var doc = Process("President Barack Obama invited Vladimir Putin to visit Washington.");
        var invite = Assert.Single(doc.Events);
        Assert.Equal("026", invite.Cameo);
        Assert.Equal("USAGOV", CodeOf(doc, invite.Source));
        Assert.Equal("RUSGOV", CodeOf(doc, invite.Target));
        var war = Process("Security specialists describe Moscow's information warfare efforts. Democrats accused Republicans of waging class warfare. "
            + "Hillary Clinton opposed the pact, recognizing that to do otherwise would have carried a risk. The House will send the bill to the White House.");
        Assert.DoesNotContain(war.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo == "054" || e.Cameo.StartsWith("07", StringComparison.Ordinal));
        var cyber = Process("Russia waged cyber warfare against Estonia. Russia recognized Abkhazia.");
        Assert.Contains(cyber.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && CodeOf(cyber, e.Target) == "EST");
        Assert.Contains(cyber.Events, e => e.Cameo == "054");
    }

    [Fact]
    public void ACandidatesBacking_AdsAttacks_AndAStandOnAnAct_AreNotActsBetweenParties()
    {
        var doc = Process("Donald Trump's support nationwide means he must be doing something right. "
            + "Some of Ted Cruz's evangelical support appears to be moving to Marco Rubio.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "051");
        // Support given ("for" someone) stays, even where the parse loses the "for" phrase and with it the target.
        var given = Process("Senator Bernie Sanders' support for Hillary Clinton came late. Russia's support for Syria is firm.");
        Assert.Contains(given.Events, e => e.Cameo == "051" && CodeOf(given, e.Source) == "USALEG");
        Assert.Contains(given.Events, e => e.Cameo == "051" && CodeOf(given, e.Source) == "RUS");
        var ads = Process("The group ran New Hampshire ads attacking Senator Ted Cruz. A new Clinton ad attacks Donald Trump.");
        Assert.DoesNotContain(ads.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || CodeOf(ads, e.Source) == "USA");
        Assert.Contains(ads.Events, e => e.Cameo == "111" && CodeOf(ads, e.Source) == "USAELI" && CodeOf(ads, e.Target) == "USAELI");
        var stance = Process("Donald Trump said his position on banning Muslims has gotten bigger.");
        Assert.DoesNotContain(stance.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.Modality is EventModality.Asserted or EventModality.Reported);
    }

    [Fact]
    public void AConjoinedVerbSharesItsModal_ACandidatesWinIsElectoral_AndAConcessionThatIsAnAdmission()
    {
        var doc = Process("Hillary Clinton might capitulate and support Senator Tim Kaine. Senator Ted Cruz had a record of fighting and beating the establishment. "
            + "Governor Chris Christie conceded that many more tunnels might exist.");
        Assert.Equal(EventModality.Hypothetical, Assert.Single(doc.Events, e => e.Cameo == "051").Modality);
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("08", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => e.Cameo == "010" && e.Rule.Contains("+fact", StringComparison.Ordinal));
        // Not across a negated first predicate of another form: "was not happy and hit back" did hit back.
        var hit = Process("Russia was not happy about the sanctions and attacked Ukraine.");
        Assert.Equal(EventModality.Asserted, Assert.Single(hit.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal)).Modality);
        // A view of what any president must do is no demand; a demand of a named party is.
        var must = Process("Hillary Clinton says a president must be ready to start making decisions. Russia says Israel must end its strikes.");
        Assert.Single(must.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }

    [Fact]
    public void ParticiplesWithAnAgent_ArePassive_CasesSentBackAreNoAid_AndSupportForAThingIsAStand()
    {
        var doc = Process("He is one of at least 700 people shot and killed by police officers this year.");
        var killing = Assert.Single(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains("police", TextOf(doc, killing.Source), StringComparison.Ordinal);
        var court = Process("The court of appeals sent the case back to the district court.");
        Assert.DoesNotContain(court.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        var stand = Process("Donald Trump says Hillary Clinton is lying about her support for an international trade deal.");
        Assert.DoesNotContain(stand.Events, e => e.Cameo == "051");
        // What one calls something is no party one answers: the criticism stays, aimed at no one named.
        var called = Process("Hillary Clinton criticized what she called the angry, divisive rhetoric of the campaign.");
        Assert.Contains(called.Events, e => e.Cameo == "111" && CodeOf(called, e.Source) == "USAELI");
        var party = Process("Donald Trump's support for Vladimir Putin worries Republicans.");
        Assert.Contains(party.Events, e => e.Cameo == "051" && CodeOf(party, e.Target) == "RUSGOV");
    }

    [Fact]
    public void AMediaAttackIsInWords_AndACandidatesPromiseOfThings_IsCampaigning()
    {
        var doc = Process("Fox News is denouncing what it calls the single-biggest coordinated media attack in history. Donald Trump is promising lower taxes and jobs.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var personal = Process("Russia's personal attacks on Ukraine's president intensified.");
        Assert.Contains(personal.Events, e => e.Cameo == "111" && CodeOf(personal, e.Source) == "RUS");
        Assert.DoesNotContain(personal.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var real = Process("Russia launched a coordinated attack on Aleppo. President Obama promised aid to Ukraine.");
        Assert.Contains(real.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(real.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void RefusingToSay_IsNoComment_UnableToIsNotDone_AndSchoolingIsNoTraining()
    {
        var doc = Process("Hillary Clinton refused to say the words radical Islam. The Tea Party movement has been unable to capture the party. "
            + "A lawyer and Harvard-trained accountant, Ms. Acosta is now serving as a financial magician.");
        Assert.Contains(doc.Events, e => e.Cameo == "011" && CodeOf(doc, e.Source) == "USAELI");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "120" || e.Cameo == "062" || (e.Cameo.StartsWith("17", StringComparison.Ordinal) && e.Modality == EventModality.Asserted));
        // Only a refusal: trying or wanting to say something is no intent to cooperate.
        var tried = Process("Hillary Clinton has tried to explain her vote. Senator Bernie Sanders wants to say more.");
        Assert.DoesNotContain(tried.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var real = Process("US troops trained Iraqi soldiers. Israel refused to release the prisoners.");
        Assert.Contains(real.Events, e => e.Cameo == "062" && CodeOf(real, e.Source) == "USAMIL");
        Assert.Contains(real.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && CodeOf(real, e.Source) == "ISR");
    }

    [Fact]
    public void WhatAPartyIsAllowedToDo_IsNotReportedAsDone()
    {
        var doc = Process("The new law allows foreign investors to invest in American companies.");
        var invest = Assert.Single(doc.Events, e => e.Cameo.StartsWith("06", StringComparison.Ordinal));
        Assert.Equal(EventModality.Hypothetical, invest.Modality);
        var done = Process("Foreign investors invested in American companies.");
        Assert.Equal(EventModality.Asserted, Assert.Single(done.Events, e => e.Cameo.StartsWith("06", StringComparison.Ordinal)).Modality);
    }

    [Fact]
    public void AgreeingWithSomeone_SharesAnOpinion_ButAgreeingOnOrToSomething_IsCooperation()
    {
        var doc = Process("Senator Ted Cruz said he agrees with Donald Trump that the deal is bad.");
        var agree = Assert.Single(doc.Events, e => e.Rule.StartsWith("v:agree", StringComparison.Ordinal));
        Assert.Equal("010", agree.Cameo);
        var deal = Process("Israel agreed with Egypt on a ceasefire. Iran agreed with Russia to hold talks.");
        Assert.DoesNotContain(deal.Events, e => e.Rule.Contains("+opinion", StringComparison.Ordinal));
        Assert.Contains(deal.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && CodeOf(deal, e.Source) == "IRN");
    }

    [Fact]
    public void AnActUnderAQuestionWordOrWeighed_IsNotDone()
    {
        var doc = Process("Hillary Clinton is still deciding how to attack Senator Bernie Sanders. Donald Trump is considering attacking Senator Ted Cruz.");
        var attacks = doc.Events.Where(e => e.Cameo == "111").ToList();
        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, e => Assert.Equal(EventModality.Hypothetical, e.Modality));
        var done = Process("Hillary Clinton attacked Senator Bernie Sanders.");
        Assert.Equal(EventModality.Asserted, Assert.Single(done.Events, e => e.Cameo == "111").Modality);
    }

    [Fact]
    public void ACandidatesChallengers_SignedLetters_AndHelpingExplain_AreNoActsOfTheCandidate()
    {
        // The challengers of a candidate are not the candidate.
        var doc = Process("Martin O'Malley and other Clinton challengers complained about the debate schedule.");
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && TextOf(doc, e.Source).Contains("Clinton", StringComparison.Ordinal));
        // A letter signed to someone binds no parties; a treaty does.
        var letter = Process("Forty House Democrats signed a letter to President Barack Obama.");
        Assert.DoesNotContain(letter.Events, e => e.Cameo == "057");
        var treaty = Process("Israel and Jordan signed a peace treaty.");
        Assert.Contains(treaty.Events, e => e.Cameo == "057");
        // Helping to explain something helps no party.
        var explain = Process("The decline in trade with Mexico helps explain why Donald Trump is winning.");
        Assert.DoesNotContain(explain.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        // Reporting or grasping an attack is not making it.
        var covered = Process("American reporters covered the attack on the embassy in Libya.");
        Assert.DoesNotContain(covered.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source >= 0 && CodeOf(covered, e.Source) == "USAMED");
        Assert.DoesNotContain(covered.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source >= 0 && TextOf(covered, e.Source).Contains("reporters", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnresolvedTitle_GivesWayToThePersonItNames_AndHyphenedParticiplesAndGamesAreNoActs()
    {
        // The title alone is no known party; the senator it names is, and his attack on other politicians is in words.
        var doc = Process("Senate Majority Leader Harry Reid attacked the Koch brothers again on Tuesday.");
        var attack = Assert.Single(doc.Events, e => e.TriggerStart < e.TriggerEnd && doc.Text[e.TriggerStart..e.TriggerEnd] == "attacked");
        Assert.Equal("USALEG", CodeOf(doc, attack.Source));
        Assert.False(attack.Cameo.StartsWith("19", StringComparison.Ordinal), attack.Cameo);
        // A participle hyphened to a noun before another noun describes it: nobody is killed.
        var killing = Process("Donald Trump opposes the job-killing trade pact.");
        Assert.DoesNotContain(killing.Events, e => e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo.StartsWith("19", StringComparison.Ordinal));
        // A game is a military exercise only as a war game.
        var game = Process("Senator Ted Cruz tried to beat Donald Trump at his own game.");
        Assert.DoesNotContain(game.Events, e => e.Cameo == "062");
        var war = Process("Russian and Chinese navies held joint war games in the Pacific.");
        Assert.Contains(war.Events, e => e.Cameo == "062");
    }

    [Fact]
    public void AnActOneStopsOrQuits_IsNotDone_ButStoppingToDoSomethingDoesIt()
    {
        var doc = Process("Senator Mitch McConnell said it is time to quit attacking Hillary Clinton. Israel stopped bombing Gaza.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("13", StringComparison.Ordinal));
        var attack = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal(EventModality.Negated, attack.Modality);
        Assert.All(doc.Events.Where(e => e.Cameo.StartsWith("18", StringComparison.Ordinal)), e => Assert.Equal(EventModality.Negated, e.Modality));
        var talk = Process("President Barack Obama stopped to talk to reporters.");
        Assert.True(talk.HasAsserted("04"));
    }

    [Fact]
    public void ShowingAThing_InsistingOnAFact_ASubjunctiveAdvice_AndAStandOnACourse_AreNoActs()
    {
        // Demonstrating a quality shows it; demonstrating against someone protests.
        var show = Process("Senator Ted Cruz wants to demonstrate conservative purity.");
        Assert.DoesNotContain(show.Events, e => e.Cameo.StartsWith("14", StringComparison.Ordinal));
        var march = Process("Students demonstrated against the government in Cairo.");
        Assert.Contains(march.Events, e => e.Cameo == "141");
        // Insisting that something is so, the clause's predicate read as the object, is a claim.
        var insist = Process("President Barack Obama insisted that lifting the embargo was not a reward for China.");
        Assert.DoesNotContain(insist.Events, e => e.Cameo == "100");
        // What a clause in the subjunctive says should happen has not happened.
        var advice = Process("The panel recommended that Israel withdraw its troops from Gaza.");
        Assert.All(advice.Events.Where(e => e.Cameo.StartsWith("08", StringComparison.Ordinal)), e => Assert.Equal(EventModality.Hypothetical, e.Modality));
        Assert.Contains(advice.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
        // A candidate supporting a course of action endorses no party; supporting a person does.
        var stand = Process("Senator Bernie Sanders supports raising the minimum wage.");
        Assert.DoesNotContain(stand.Events, e => e.Cameo == "051");
        var person = Process("Senator Bernie Sanders supports Hillary Clinton.");
        Assert.Contains(person.Events, e => e.Cameo == "051");
        // Condemning a deal is no deal made by the critic.
        var deal = Process("Senator Ted Cruz lambasted the nuclear deal negotiated by President Barack Obama.");
        Assert.DoesNotContain(deal.Events, e => e.Cameo == "057" && e.Source >= 0 && CodeOf(deal, e.Source) == "USALEG");
    }

    [Fact]
    public void CallingAMeetingConvenesIt_AskingNothingOfAnyone()
    {
        var doc = Process("The Security Council called an emergency meeting to discuss the missile test.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "020");
        var appeal = Process("President Barack Obama called on Congress to pass the budget.");
        Assert.Contains(appeal.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
    }

    [Fact]
    public void QuestionsFiredOff_ConcernsNamedByTheirField_AndTheMeansOfAnActUnderAModal_AreNoDoneActs()
    {
        var doc = Process("Senator Ted Cruz fired off questions to reporters about the budget.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
        var field = Process("New Hampshire Republicans tend to put fiscal concerns first.");
        Assert.DoesNotContain(field.Events, e => e.Cameo == "012");
        var voiced = Process("Senator Ted Cruz expressed concern over the violence.");
        Assert.Contains(voiced.Events, e => e.Cameo == "012");
        var means = Process("By offering Senator Marco Rubio the second spot on the ticket, Donald Trump would show voters he is serious.");
        var offer = Assert.Single(means.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.NotEqual(EventModality.Asserted, offer.Modality);
    }

    [Fact]
    public void PledgingToWinDelegates_WhatOneCallsAThing_SigningUp_AndOfferingADefense_AreNoActsBetweenParties()
    {
        var doc = Process("Senator Bernie Sanders is pledging to win many hundreds of delegates on Super Tuesday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var named = Process("Republicans pointed at what they called President Barack Obama's failure to counter the militants.");
        Assert.DoesNotContain(named.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var class_ = Process("Some voters signed up for a real estate class.");
        Assert.DoesNotContain(class_.Events, e => e.Cameo == "057");
        var defense = Process("Donald Trump offered strident defenses of his campaign manager.");
        Assert.DoesNotContain(defense.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var robocall = Process("A super PAC opposed to Donald Trump is releasing a robocall in Wisconsin.");
        Assert.DoesNotContain(robocall.Events, e => e.Cameo.StartsWith("08", StringComparison.Ordinal));
        var party = Process("Senator Bernie Sanders pledged to work with Mexico.");
        Assert.Contains(party.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) && CodeOf(party, e.Target) == "MEX");
    }

    [Fact]
    public void WhatAComplaintSaysIsReported_AndSupportFromAPartyIsGivenToThePossessor()
    {
        var doc = Process("Donald Trump complained that Khizr Khan had attacked him unfairly.");
        var attack = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal(EventModality.Reported, attack.Modality);
        var support = Process("Those were factors in limiting Senator Bernie Sanders's support from the Teamsters.");
        Assert.DoesNotContain(support.Events, e => e.Cameo == "051" && e.Source >= 0 && CodeOf(support, e.Source) == "USALEG");
        // Support one takes from a rival moves; the rival gives none.
        var taken = Process("Senator Ted Cruz may be taking much of his new support from Ben Carson.");
        Assert.DoesNotContain(taken.Events, e => e.Cameo == "051" && e.Source >= 0 && TextOf(taken, e.Source).Contains("Carson", StringComparison.Ordinal));
        var aid = Process("Ukraine's aid from the European Union arrived on Monday.");
        Assert.Contains(aid.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && CodeOf(aid, e.Target) == "UKR");
    }

    [Fact]
    public void AQuotedName_ATopicsOwnParty_WhatOneIsToDo_AndACaseNamedForItsVictim_AreReadAsSuch()
    {
        // A name in quotes, tagged as a past tense, is still a name: no appeal.
        var named = Process("Jeb Bush went after Donald Trump at the debate, when he called the businessman “unhinged.”");
        Assert.DoesNotContain(named.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        // Talking about a plan to act on a group is no talk with the group.
        var plan = Process("Donald Trump is shown discussing his plan to temporarily ban Muslims from entering the United States.");
        Assert.DoesNotContain(plan.Events, e => e.Cameo == "040");
        // What one is to do is still to come.
        var trip = Process("Vice President Joe Biden, who was to travel to Columbus on Wednesday, praised the new rules.");
        Assert.All(trip.Events.Where(e => e.Cameo.StartsWith("04", StringComparison.Ordinal) || e.Cameo.StartsWith("03", StringComparison.Ordinal)),
            e => Assert.NotEqual(EventModality.Asserted, e.Modality));
        // "the Trayvon Martin shooting" names the victim, not a shooter.
        var shooting = Process("Loretta Lynch investigated the Trayvon Martin shooting in Florida.");
        Assert.DoesNotContain(shooting.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
    }

    [Fact]
    public void MeansListedAsWaysOpenToAParty_ArePossibleNotDone()
    {
        var doc = Process("Congress has two ways to enforce a subpoena: by filing a civil lawsuit or by asking federal prosecutors to charge someone.");
        var coded = doc.Events.Where(e => e.Cameo == "115" || e.Cameo.StartsWith("02", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(coded);
        Assert.All(coded, e => Assert.Equal(EventModality.Hypothetical, e.Modality));
        var done = Process("Congress won the case by filing a civil lawsuit against the agency.");
        Assert.Contains(done.Events, e => e.Cameo == "115" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void WhatOneStopsShortOf_IsNotDone()
    {
        var doc = Process("President Barack Obama stopped short of endorsing Hillary Clinton on Tuesday.");
        var endorse = Assert.Single(doc.Events, e => e.Cameo == "051");
        Assert.Equal(EventModality.Negated, endorse.Modality);
    }

    [Fact]
    public void NamingAnAssault_HoldingForth_BeingHardPressed_AndSupportCaptured_AreNoActsOfTheSubject()
    {
        var named = Process("Donald Trump called the assault that killed five Dallas police officers \"an attack on our country.\"");
        Assert.DoesNotContain(named.Events, e => (e.Cameo.StartsWith("18", StringComparison.Ordinal) || e.Cameo == "111") && e.Source >= 0 && CodeOf(named, e.Source) == "USAELI");
        var forth = Process("President Vladimir Putin held forth on a sweeping array of topics.");
        Assert.DoesNotContain(forth.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
        var pressed = Process("Republican leaders in Congress were hard-pressed to deliver a consistent response.");
        Assert.DoesNotContain(pressed.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var captured = Process("Hillary Clinton captured the support of older voters.");
        Assert.DoesNotContain(captured.Events, e => e.Cameo == "051" && e.Source >= 0 && CodeOf(captured, e.Source) == "USAELI");
        var fans = Process("Many early Obama enthusiasts have since criticized the war.");
        Assert.DoesNotContain(fans.Events, e => e.Cameo == "111" && e.Source >= 0 && CodeOf(fans, e.Source) == "USAGOV");
        var ruling = Process("The Supreme Court delivered two liberal decisions on Monday.");
        Assert.DoesNotContain(ruling.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        var meeting = Process("Israel held talks with Egypt in Cairo.");
        Assert.Contains(meeting.Events, e => e.Cameo.StartsWith("04", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDoerNamedInAnAfterPhraseTheParseSplitOff_AndInsistingOnOnesOwnAct_AreReadRight()
    {
        // "after X, killed": the parse makes "killed" a conjunct of "called"; the killers are the ones the phrase names.
        var doc = Process("Donald Trump called for the ban after Syed Rizwan Farook and his wife, Tashfeen Malik, killed 14 people in San Bernardino.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source >= 0 && CodeOf(doc, e.Source) == "USAELI");
        var own = Process("Pope Francis insisted on paying his hotel bill himself.");
        Assert.DoesNotContain(own.Events, e => e.Cameo == "100");
        var demand = Process("Egypt insisted that Israel stop the raids.");
        Assert.Contains(demand.Events, e => e.Cameo == "100");
    }

    [Fact]
    public void AQuestionHungOnThePartyAsked_OrOpenedDeepInsideItsClause_IsNoAppeal()
    {
        // The parse hangs the question on the party asked (a clause of the noun), or starts the clause with an "if" hung
        // on a verb deep inside it: still a question put, no appeal.
        var doc = Process("The host asked the mayor whether he would quit. The anchor asked the candidate who she thought would win the state. "
            + "The reporter followed up by asking if the senator believes that is his only road to the nomination.");
        Assert.False(doc.HasAsserted("02"));
        // A "who" that is its clause's subject opens a relative clause; the "for" still asks for something.
        var help = Process("The governor asked the senator who leads the committee for more money.");
        Assert.Contains(help.Events, e => e.Cameo == "020" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void AnActInAWhetherClause_IsAnOpenQuestion()
    {
        var doc = Process("His aides did not answer a question about whether Rick Santorum has met the governor of Iowa this year.");
        Assert.False(doc.HasAsserted("04"));
        var unclear = Process("It is unclear whether Rick Santorum met the governor of Iowa.");
        Assert.False(unclear.HasAsserted("04"));
        var met = Process("Rick Santorum met the governor of Iowa.");
        Assert.True(met.HasAsserted("04"));
    }

    [Fact]
    public void AidInAPhraseOfAVerb_TakesTheVerbsModality()
    {
        // "come to its aid" under "may" or "ready to": no aid given yet.
        var may = Process("Egypt said its troops may come to its aid.");
        Assert.False(may.HasAsserted("07"));
        var ready = Process("The troops were ready to come to its aid.");
        Assert.False(ready.HasAsserted("07"));
    }

    [Fact]
    public void RousingACrowd_KindWords_AndAHopeToDoOnesOwnThing_AreNoForceCooperationOrComment()
    {
        var fired = Process("Union members say it was his talk about trade deals that fired them up.");
        Assert.DoesNotContain(fired.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        var words = Process("Donald Trump offered a few warm words about Jeb Bush on Tuesday.");
        Assert.DoesNotContain(words.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var hope = Process("The author had hoped to reprint his old book about Donald Trump with a new publisher.");
        Assert.DoesNotContain(hope.Events, e => e.Cameo == "013");
        var comment = Process("Barack Obama hoped that the talks with Iran would succeed.");
        Assert.Contains(comment.Events, e => e.Cameo == "013");
    }

    [Fact]
    public void ACityInCapitalsOpeningADateline_IsNoSubject()
    {
        var doc = Process("BOSTON, May 3 (AP) — The Republican National Committee issued a statement Tuesday, offering an apology to Senator Ted Cruz.");
        var apology = Assert.Single(doc.Events, e => e.Rule.Contains("apology", StringComparison.Ordinal));
        Assert.Contains("Committee", TextOf(doc, apology.Source), StringComparison.Ordinal);
    }

    [Fact]
    public void ABareAsk_AnOpeningConsidering_AndOfferedIdeas_AreNoAppealOptionOrCooperation()
    {
        // After a quoted question, "asks" with nothing and no one asked is the question put.
        var asks = Process("\"Is this the new office?\" Hillary Clinton asks as a driver pulls up beside her.");
        Assert.DoesNotContain(asks.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        var asked = Process("Hillary Clinton asked the governor for more money.");
        Assert.Contains(asked.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        // "Considering X, ..." opening a sentence is "given X".
        var given = Process("Considering the size of the charity, Senator Ted Cruz said conflicts were easy to find.");
        Assert.DoesNotContain(given.Events, e => e.Cameo == "014");
        var option = Process("Russia considered sanctions against Ukraine.");
        Assert.Contains(option.Events, e => e.Cameo == "014");
        var ideas = Process("The Republican Party candidates offered ideas for cutting student debt.");
        Assert.DoesNotContain(ideas.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void EagernessAndAnInfinitiveConjoinedToWant_AreWishes_AndRejectedAttacksAreADenial()
    {
        var eager = Process("Hillary Clinton seemed more eager to talk about trade.");
        Assert.DoesNotContain(eager.Events, e => e.Modality == EventModality.Asserted && e.Cameo.StartsWith("01", StringComparison.Ordinal));
        var wants = Process("Senator Ted Cruz wants lower taxes, a smaller government, and to shut down the agency.");
        Assert.DoesNotContain(wants.Events, e => e.Modality == EventModality.Asserted && e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var did = Process("Senator Ted Cruz went to Washington and shut down the agency.");
        Assert.Contains(did.Events, e => e.Modality == EventModality.Asserted && e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var denial = Process("Donald Trump rejected attacks from Marco Rubio that he was a liberal.");
        Assert.Contains(denial.Events, e => e.Cameo == "016");
        Assert.DoesNotContain(denial.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
    }

    [Fact]
    public void AVowToBlock_IsNoIntentToCooperate_AndWhatACallIsForHasNotHappened()
    {
        var vow = Process("Republican senators have vowed to block the nominee, Judge Jane Doe.");
        Assert.DoesNotContain(vow.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        var meet = Process("Russia agreed to meet Ukraine.");
        Assert.Contains(meet.Events, e => e.Cameo == "036");
        var calls = Process("House Republicans ignored the calls for Senator Bernie Sanders' withdrawal.");
        Assert.False(calls.HasAsserted("087"));
        var pushed = Process("Protesters pushed for the withdrawal of Turkish troops from Syria.");
        Assert.False(pushed.HasAsserted("087"));
    }

    [Fact]
    public void ACrackedSmile_SelfFunding_AndTheMeansOfAPossibleAct_AreNoAssertedActsBetweenParties()
    {
        var smile = Process("Senator Bernie Sanders pointed to the new polls, cracking a smile.");
        Assert.DoesNotContain(smile.Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        var crackdown = Process("Egyptian police cracked down on protesters in Cairo.");
        Assert.Contains(crackdown.Events, e => e.Cameo == "175");
        var self = Process("Donald Trump was self-funding his campaign in March.");
        Assert.DoesNotContain(self.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
        var means = Process("Russia could end the war by attacking the rebels in Aleppo.");
        Assert.False(means.HasAsserted("19"));
        // A perfect after the modal weighs the judgment, not the act: the call was made.
        var done = Process("Donald Trump may have violated the law by calling on Russia to hack the emails.");
        Assert.True(done.HasAsserted("02"));
    }

    [Fact]
    public void WhatAProposalIsFor_AndWhatIsLikelyToHappen_AreNotAsserted()
    {
        var proposal = Process("Critics attacked Donald Trump's proposal for banning Muslim immigration.");
        Assert.False(proposal.HasAsserted("17"));
        var likely = Process("Hillary Clinton is likely to win the support of Senator Bernie Sanders.");
        Assert.DoesNotContain(likely.Events, e => e.Cameo == "051" && e.Modality == EventModality.Asserted);
        var won = Process("Hillary Clinton won the support of Senator Bernie Sanders.");
        Assert.Contains(won.Events, e => e.Cameo == "051" && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void AStatementWeighedOrPlanned_IsNotMade()
    {
        var weighed = Process("Senator Marco Rubio has been considering announcing that he will not attend the talks.");
        Assert.DoesNotContain(weighed.Events, e => e.Rule.StartsWith("s:announce", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
        var made = Process("Senator Marco Rubio announced that he will not attend the talks.");
        Assert.Contains(made.Events, e => e.Rule.StartsWith("s:announce", StringComparison.Ordinal) && e.Modality == EventModality.Asserted);
    }

    [Fact]
    public void ANameInQuotes_IsStillAName_NotAnAppeal()
    {
        // the quotes around the name, or a parse that glues the person to the name's article, made these appeals (020)
        var praise = Process("Senator Warren called Clinton a “champion” for working families.");
        Assert.False(praise.HasAsserted("02"));
        var insult = Process("Senator Warren called Trump a “fraud” for his business record.");
        Assert.False(insult.HasAsserted("02"));
        Assert.True(insult.HasAsserted("111"));
        // a real call to act is still an appeal
        Assert.True(Process("Senator Warren called on Trump to release his tax returns.").HasAsserted("02"));
    }

    [Fact]
    public void AGoodDealOfSomething_IsAnAmount_NotAnAgreement()
    {
        Assert.False(Process("Governor Kasich said he had done a good deal of work on the budget.").HasAsserted("05"));
        Assert.True(Process("Governor Kasich signed a deal with Ohio unions.").HasAsserted("057"));
    }

    [Fact]
    public void TheyInAPersonsQuotedWords_IsNotThatPerson()
    {
        var doc = Process("Senator Warren spoke on Monday. Warren went on: “They are demanding cuts, and they are attacking the unions.”");
        // "they" was Warren, the one person above it, so she was the one demanding and attacking
        Assert.DoesNotContain(doc.Events, e => e.Source >= 0 && doc.Actors[e.Source].Kind == Dyad.Actors.MentionKind.Person);
    }

    [Fact]
    public void RallyingAroundOrBehindAParty_IsBacking_NoDemonstration()
    {
        Assert.False(Process("Wealthy donors rallied around Senator Ted Cruz after the debate.").HasAsserted("14"));
        Assert.False(Process("Party leaders rallied behind Governor John Kasich.").HasAsserted("14"));
        // Rallying against a party or a measure stays a demonstration.
        Assert.True(Process("Farmers rallied in Des Moines against the trade deal.").HasAsserted("141"));
    }

    [Fact]
    public void HoldingALeadWithVoters_OrHoldingForth_IsNoMeeting()
    {
        Assert.False(Process("Senator Marco Rubio holds a six-point lead with college graduates.").HasAsserted("04"));
        Assert.False(Process("Governor Chris Christie held forth on taxes with a group of reporters.").HasAsserted("04"));
        // Holding talks with a party stays a meeting.
        Assert.True(Process("Secretary of State John Kerry held talks with Russian officials in Geneva.").HasAsserted("04"));
    }

    [Fact]
    public void PoliticallyCharged_IsAnAdjective_NoCharge()
    {
        // The parse may make "charged" a verb with the noun it describes as its object.
        Assert.False(Process("For Senator Ted Cruz, Britain's politically charged revolt against the European Union is a warning.").HasAsserted("17"));
        Assert.False(Process("Governor Scott Walker made an emotionally charged speech in Milwaukee.").HasAsserted("17"));
        // Charging a party with a crime stays a charge.
        Assert.True(Process("Federal prosecutors charged the mayor of Newark with fraud.").HasAsserted("173"));
    }

    [Fact]
    public void DeliveringACritiqueOrAWin_IsNoAid()
    {
        // Words delivered are a statement; a result delivered to no one is nothing given.
        var critique = Process("Governor Jeb Bush delivered a sharp critique of the tax plan.");
        Assert.False(critique.HasAsserted("07"));
        Assert.True(critique.HasAsserted("010"));
        Assert.False(Process("Senator Bernie Sanders delivered a narrow win in Michigan.").HasAsserted("07"));
        Assert.False(Process("Carly Fiorina delivered a strong debate performance.").HasAsserted("07"));
        // Goods delivered to a party stay material help.
        Assert.True(Process("Turkey delivered weapons to the Syrian rebels.").HasAsserted("07"));
    }

    [Fact]
    public void SentencingLawsOrReform_IsAFieldOfLaw_NoSentence()
    {
        Assert.DoesNotContain(Process("Senator Cory Booker wants sentencing reform.").Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.DoesNotContain(Process("Governor Andrew Cuomo talked about sentencing laws and school funding.").Events, e => e.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.True(Process("A federal judge sentenced the former mayor of Detroit to five years in prison.").HasAsserted("173"));
    }

    [Fact]
    public void ReturningTheComplimentOrTheFavor_GivesNothingBack()
    {
        Assert.False(Process("A day later, Governor John Kasich returned the compliment to Senator Marco Rubio.").HasAsserted("084"));
        Assert.False(Process("Senator Ted Cruz returned the favor to Governor Mike Huckabee.").HasAsserted("084"));
        Assert.True(Process("The Coast Guard returned the migrants to Cuba.").HasAsserted("084"));
    }
}
