using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>Which of the words around an act is its target: a party the act is aimed at, not a topic, a place it only
/// happens in or a party of another clause (sentences written for these tests).</summary>
public sealed class TargetChoiceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors) => EventTestDocs.Coded(output, text, actors);

    [Fact]
    public void APartyOfAnAsClause_ParsedAsANoun_IsNoTargetOfTheMainAct()
    {
        // "as growers battle with the state government", with "battle" parsed as a noun hung on the verb: a word with a
        // subject of its own heads another clause; the government is the growers' opponent, not the farm groups' target.
        var doc = EventTestDocs.Parsed(
            "Farm farm NOUN NN 2 compound", "groups group NOUN NNS 3 nsubj", "expressed express VERB VBD 0 root",
            "pessimism pessimism NOUN NN 3 obj", ", , PUNCT , 8 punct", "as as SCONJ IN 8 mark", "growers grower NOUN NNS 8 nsubj",
            "battle battle NOUN NN 3 obl", "with with ADP IN 12 case", "the the DET DT 12 det", "state state NOUN NN 12 compound",
            "government government NOUN NN 8 nmod", ". . PUNCT . 3 punct")
            .Actor("Farm groups", "USABUS").Actor("the state government", "USAGOV").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "012");
        Assert.Equal("USABUS>- 012", doc.Show(e)[..12]);
    }

    [Fact]
    public void TalksRefused_WithThePartnerHungOnTheVerb_AreAimedAtThePartner()
    {
        // "refused direct talks with the junta", with "with the junta" hung on "refused": the talks are a thing, the
        // junta the party they were to be held with.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "rebels rebel NOUN NNS 4 nsubj", "have have AUX VBP 4 aux", "refused refuse VERB VBN 0 root",
            "direct direct ADJ JJ 6 amod", "talks talk NOUN NNS 4 obj", "with with ADP IN 9 case", "the the DET DT 9 det",
            "junta junta NOUN NN 4 obl", ". . PUNCT . 4 punct")
            .Actor("The rebels", "MMRREB").Actor("the junta", "MMRMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("MMRMIL", EventTestDocs.CodeOf(doc, e.Target));
        Assert.Equal("the junta", EventTestDocs.TargetPhrase(doc, output));
    }

    [Fact]
    public void ARefusedAct_NamingNoParty_IsNoTarget()
    {
        // "refused formal negotiations": the negotiations are an act, not a party; with no partner named the refusal
        // has no target (the phrase is not the target).
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "rebels rebel NOUN NNS 4 nsubj", "have have AUX VBP 4 aux", "refused refuse VERB VBN 0 root",
            "formal formal ADJ JJ 6 amod", "talks talk NOUN NNS 4 obj", ". . PUNCT . 4 punct")
            .Actor("The rebels", "MMRREB").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal(-1, e.TargetToken);
        Assert.Equal("", EventTestDocs.TargetPhrase(doc, output));
    }

    [Fact]
    public void ARejectedAct_OwnedByAParty_StaysAimedAtTheOwner()
    {
        // "rejected the junta's offer": an act that is a party's own is aimed at that party.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "rebels rebel NOUN NNS 3 nsubj", "rejected reject VERB VBD 0 root", "the the DET DT 5 det",
            "junta junta NOUN NN 7 nmod:poss", "'s 's PART POS 5 case", "offer offer NOUN NN 3 obj", ". . PUNCT . 3 punct")
            .Actor("The rebels", "MMRREB").Actor("the junta", "MMRMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("MMRMIL", EventTestDocs.CodeOf(doc, e.Target));
    }

    [Fact]
    public void APartysOwnThing_WithAWithPhraseOnTheVerb_StaysAimedAtTheParty()
    {
        // "praised the governor's record with farmers": the record is the governor's; the farmers are no partner.
        var doc = EventTestDocs.Parsed(
            "Unions union NOUN NNS 2 nsubj", "praised praise VERB VBD 0 root", "the the DET DT 4 det", "governor governor NOUN NN 6 nmod:poss",
            "'s 's PART POS 4 case", "record record NOUN NN 2 obj", "with with ADP IN 8 case", "farmers farmer NOUN NNS 2 obl", ". . PUNCT . 2 punct")
            .Actor("Unions", "USALAB").Actor("the governor", "USAGOV").Actor("farmers", "USAAGR").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("05", StringComparison.Ordinal));
        Assert.Equal("USAGOV", EventTestDocs.CodeOf(doc, e.Target));
    }

    [Theory]
    [InlineData("The ministers condemned the killing of a journalist by the junta.")]
    [InlineData("The ministers condemned the act of aggression and the repeated threats made by the junta.")]
    public void ACondemnedAct_IsAimedAtItsDoer(string text)
    {
        // The parse hangs "by the junta" on "journalist", or names the junta as the agent of a participle on the last of
        // two joined acts: either way the act condemned is the junta's, and the junta the target, not the act.
        var doc = Coded(text, ("The ministers", "IGOGOV"), ("the junta", "MMRMIL"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "111");
        Assert.Equal("MMRMIL", EventTestDocs.CodeOf(doc, e.Target));
        Assert.Equal("the junta", EventTestDocs.TargetPhrase(doc, output));
    }

    [Theory]
    [InlineData("The rebels demanded payment for the hostages.", "10")]
    [InlineData("The rebels requested waivers for their fighters.", "02")]
    public void AThingAskedFor_IsNoTarget(string text, string root)
    {
        // What is asked for is no party: with no one named that the demand is made to, it has no target.
        var doc = Coded(text, ("The rebels", "MMRREB"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.Equal("", EventTestDocs.TargetPhrase(doc, output));
        Assert.True(e.Target < 0);
    }

    [Fact]
    public void AThingAskedFromAParty_KeepsTheParty()
    {
        var doc = Coded("The Red Cross asked help from the army to rescue stranded villagers.", ("The Red Cross", "NGOHLH"), ("the army", "PHLMIL"));
        Assert.Contains("the army", EventTestDocs.TargetPhrase(doc, output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Senator Jane Doe asked the network to donate its profits.", "the network")]
    [InlineData("Senator Jane Doe called on party leaders to support the bill.", "party leaders")]
    [InlineData("Senator Jane Doe called for all candidates to publish their tax returns.", "all candidates")]
    public void WhomAnAppealIsMadeTo_StaysItsTarget_NamedAsAnActorOrNot(string text, string whom)
    {
        // Only the thing asked for is no party: whom the appeal is made to, or who is called on to act, is.
        var doc = Coded(text, ("Senator Jane Doe", "USALEG"));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal(whom, EventTestDocs.TargetPhrase(doc, output));
    }

    [Fact]
    public void AnActAskedFor_IsAimedAtWhomItIsToBefall()
    {
        var doc = Coded("The opposition called for the resignation of the prime minister.", ("The opposition", "THAOPP"), ("the prime minister", "THAGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal));
        Assert.Equal("THAGOV", EventTestDocs.CodeOf(doc, e.Target));
    }

    [Fact]
    public void ReportsInvestigated_OfAbusesCommittedByAParty_AreAimedAtTheParty()
    {
        // The parse hangs "being committed by the police" on "investigate": the participle still tells of the abuses the
        // reports are of, and the police who commit them are what the investigation is aimed at, not the reports.
        var doc = Coded("The ministry will investigate any reports of abuses being committed by the police in the north.",
            ("The ministry", "PHLGOV"), ("the police", "PHLCOP"));
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("09", StringComparison.Ordinal));
        Assert.Equal("PHLCOP", EventTestDocs.CodeOf(doc, e.Target));
    }

    [Fact]
    public void AConjunctionParsedAsTheObject_IsNoTarget()
    {
        // "denied that the raid was illegal", with "that" parsed as the object and the clause hung below it: what is
        // denied is the clause, and no party.
        var doc = EventTestDocs.Parsed(
            "Ankara Ankara PROPN NNP 2 nsubj", "denied deny VERB VBD 0 root", "that that SCONJ IN 2 obj", "the the DET DT 5 det",
            "raid raid NOUN NN 3 acl", "was be AUX VBD 5 cop", "illegal illegal ADJ JJ 5 amod", ". . PUNCT . 2 punct")
            .Actor("Ankara", "TUR").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events);
        Assert.True(e.Target < 0);
        Assert.Equal(-1, e.TargetToken);
    }

    [Fact]
    public void AHopeWithTheConjunctionParsedAsTheObject_IsAimedAtTheClausesSubject()
    {
        // "hoped that Gambari would be in Myanmar", with the name hung on "that" and "that" on the verb as its object.
        var doc = EventTestDocs.Parsed(
            "Diplomats diplomat NOUN NNS 2 nsubj", "hoped hope VERB VBD 0 root", "that that SCONJ IN 2 obj", "Gambari Gambari PROPN NNP 3 flat",
            "would would AUX MD 6 aux", "arrive arrive VERB VB 3 acl", "soon soon ADV RB 6 advmod", ". . PUNCT . 2 punct")
            .Actor("Diplomats", "IGOUNO").Actor("Gambari", "IGOUNO").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "013");
        Assert.Equal("Gambari", doc.Text[doc.Tokens[e.TargetToken].Start..doc.Tokens[e.TargetToken].End]);
    }
    [Fact]
    public void ARejectedThing_ToAParty_IsTheTargetAsAWhole()
    {
        // "Chile rejected any armed settlement to the Bolivian dispute": what is rejected is the settlement; the party it
        // is to is only part of it (an act "against" or "for" a party stays aimed at the party).
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 2 nsubj", "rejected reject VERB VBD 0 root", "any any DET DT 5 det", "armed armed ADJ JJ 5 amod",
            "settlement settlement NOUN NN 2 obj", "to to ADP IN 9 case", "the the DET DT 9 det", "Bolivian Bolivian ADJ JJ 9 amod",
            "dispute dispute NOUN NN 5 nmod", ". . PUNCT . 2 punct")
            .Actor("Chile", "CHL").Actor("Bolivian", "BOL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("settlement", doc.Text[doc.Tokens[e.TargetToken].Start..doc.Tokens[e.TargetToken].End]);
        Assert.Equal("any armed settlement to the Bolivian dispute", EventTestDocs.TargetPhrase(doc, output));
    }
    [Fact]
    public void PeopleForABody_AreTheTarget_WithTheBodyInTheirPhrase()
    {
        // "Peru expelled three monitors for the electoral commission": the monitors are whom the act befalls; the body they
        // work for says who they are and stays in their phrase.
        var doc = EventTestDocs.Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "expelled expel VERB VBD 0 root", "three three NUM CD 4 nummod", "monitors monitor NOUN NNS 2 obj",
            "for for ADP IN 8 case", "the the DET DT 8 det", "electoral electoral ADJ JJ 8 amod", "commission commission NOUN NN 4 nmod",
            ". . PUNCT . 2 punct")
            .Actor("Peru", "PER").Actor("the electoral commission", "PERELI").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("16", StringComparison.Ordinal));
        Assert.Equal("monitors", doc.Text[doc.Tokens[e.TargetToken].Start..doc.Tokens[e.TargetToken].End]);
        Assert.Equal("three monitors for the electoral commission", EventTestDocs.TargetPhrase(doc, output));
    }

    [Theory]
    [InlineData("The rebels seized two oil fields near the border.")]
    [InlineData("The rebels confiscated the cargo of a grain barge.")]
    public void PropertyTaken_IsNoTarget(string text)
    {
        // What is seized is a thing, no party to the seizure; with no one named it is taken from, there is no target.
        var doc = Coded(text, ("The rebels", "SDNREB"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "171");
        Assert.Equal("", EventTestDocs.TargetPhrase(doc, output));
        Assert.True(e.Target < 0);
    }

    [Theory]
    [InlineData("The rebels seized weapons from the national army.", "the national army")]
    [InlineData("The rebels seized the radio station in Goma from the militia.", "the militia")]
    [InlineData("The navy seized a Turkish ship.", "a Turkish ship")]
    public void PropertyTaken_FromAPartyOrOwnedByOne_KeepsTheParty(string text, string target)
    {
        var doc = Coded(text, ("The rebels", "SDNREB"), ("the national army", "SDNMIL"), ("The navy", "LBYMIL"), ("Turkish", "TUR"));
        Assert.Single(doc.Events, e => e.Cameo == "171");
        Assert.Equal(target, EventTestDocs.TargetPhrase(doc, output));
    }

    [Theory]
    [InlineData("Twelve guards were killed after the militants stormed a police post near the river.", "post", "AFGINS")]
    [InlineData("Six people were killed as the rebels stormed the army barracks.", "barracks", "SDNREB")]
    public void DeathsInThePassive_CausedByAnAttackInATimeClause_TakeThatAttacksDoerAndAim(string text, string target, string sourceCode)
    {
        // A killing told in the passive with no "by" phrase, and a clause after "when", "as" or "after" telling the armed
        // act that caused it: the clause's subject did it and what it struck is the target, not the dead.
        var doc = Coded(text, ("Twelve guards", "AFGCOP"), ("Six people", "CVL"), ("the militants", "AFGINS"), ("the rebels", "SDNREB"),
            ("a police post", "AFGCOP"), ("the army barracks", "SDNMIL"));
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Rule == "v:kill");
        Assert.Equal(sourceCode, EventTestDocs.CodeOf(doc, e.Source));
        Assert.True(e.TargetToken >= 0);
        Assert.Equal(target, doc.Text[doc.Tokens[e.TargetToken].Start..doc.Tokens[e.TargetToken].End]);
    }
}
