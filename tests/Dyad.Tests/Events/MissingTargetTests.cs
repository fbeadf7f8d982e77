using Dyad.Events;
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

    [Fact]
    public void PessimismThatAClauseHolds_WithThatHungOnItsSubject_IsAboutTheSubject()
    {
        // "that" parsed as a mark of the clause's subject, and the clause as an adverbial of the light verb.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "auditors auditor NOUN NNS 3 nsubj", "expressed express VERB VBD 0 root", "pessimism pessimism NOUN NN 3 obj",
            "that that SCONJ IN 10 mark", "the the DET DT 7 det", "Navy Navy PROPN NNP 10 nmod:poss", "'s 's PART POS 7 case",
            "new new ADJ JJ 10 amod", "chief chief NOUN NN 12 nsubj", "could could AUX MD 12 aux", "fix fix VERB VB 3 advcl",
            "the the DET DT 14 det", "program program NOUN NN 12 obj", ". . PUNCT . 3 punct")
            .Actor("The auditors", "USAGOV").Actor("the Navy", "USAMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "012");
        Assert.Equal("USAGOV>USAMIL 012", doc.Show(e)[..17]);
    }
    [Theory]
    [InlineData("Qatar formally lifted the old travel and trade restrictions between it and Egypt.")]
    [InlineData("Qatar lifted the travel restrictions between it and Egypt.")]
    public void ThingsBetweenTheDoerAndAnotherParty_AreAimedAtTheOther(string text)
    {
        var doc = Coded(text, ("Qatar", "QAT"), ("Egypt", "EGY"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.StartsWith("08", main!.Cameo);
        Assert.Equal("EGY", EventTestDocs.CodeOf(doc, main.Target));
    }
    [Theory]
    [InlineData("The mayor of Lyon refused to resign despite President Macron's request.", "President Macron")]
    [InlineData("The Kenyan minister declined to resign under pressure from lawmakers in his own party.", "lawmakers")]
    [InlineData("The Kenyan minister has declined to resign despite repeated calls from the opposition.", "the opposition")]
    public void ARefusalDespiteARequest_IsAimedAtWhoeverAsked(string text, string asker)
    {
        var doc = Coded(text, ("The mayor of Lyon", "FRAGOV"), ("The Kenyan minister", "KENGOV"), (asker, "GOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "124");
        Assert.True(e.Target >= 0, doc.ShowAll());
        int at = doc.Text.IndexOf(asker, StringComparison.Ordinal);
        Assert.InRange(doc.Tokens[e.TargetToken].Start, at, at + asker.Length - 1);
    }

    [Fact]
    public void ResponsibilityClaimedForAnAttackParsedAsALooseNoun_IsAimedAtTheAttacksAim()
    {
        // "for mortar and rocket attack", with "attack" parsed as a loose noun of the verb instead of a conjunct.
        var doc = EventTestDocs.Parsed(
            "Rebels rebel NOUN NNS 2 nsubj", "claimed claim VERB VBD 0 root", "responsibility responsibility NOUN NN 2 obj",
            "for for ADP IN 5 case", "mortar mortar NOUN NN 3 nmod", "and and CCONJ CC 7 cc", "rocket rocket NOUN NN 8 compound",
            "attack attack NOUN NN 2 obl:unmarked", "on on ADP IN 12 case", "the the DET DT 12 det", "army army NOUN NN 12 compound",
            "base base NOUN NN 8 nmod", ". . PUNCT . 2 punct")
            .Actor("Rebels", "SOMREB").Actor("army", "SOMMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "015");
        Assert.Equal(11, e.TargetToken);
    }

    [Fact]
    public void TwoSubjectsAttendingADatedMeeting_MeetEachOther_AsOneSpan()
    {
        // "Friday's meeting": a day owns no act; the parse makes the two named parties two subjects of "attend".
        var doc = EventTestDocs.Parsed(
            "The the DET DT 3 det", "British British ADJ JJ 3 amod", "envoy envoy NOUN NN 10 nsubj", "and and CCONJ CC 8 cc",
            "Chinese Chinese ADJ JJ 6 amod", "Foreign foreign ADJ JJ 7 amod", "Minister Minister PROPN NNP 8 nmod:desc",
            "Wang Wang PROPN NNP 10 nsubj", "will will AUX MD 10 aux", "attend attend VERB VB 0 root", "Friday Friday PROPN NNP 13 nmod:poss",
            "'s 's PART POS 11 case", "meeting meeting NOUN NN 10 obj", "in in ADP IN 15 case", "Rome Rome PROPN NNP 13 nmod", ". . PUNCT . 10 punct")
            .Actor("The British envoy", "GBRGOV").Actor("Chinese Foreign Minister Wang", "CHNGOV").Code();
        output.WriteLine(doc.ShowAll());
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.StartsWith("04", main!.Cameo);
        Assert.NotEqual(10, main.SourceToken);
        Assert.Equal("The British envoy and Chinese Foreign Minister Wang", TargetPhrases(doc));
    }
    [Theory]
    [InlineData("Mexico will sue in every court to resist Mr. Trump's trade agenda.", "Trump", "Mr. Trump's trade agenda")]
    [InlineData("France pledged 10 million euros to support Chad's reform efforts.", "Chad", "Chad's reform efforts")]
    public void AnActWhosePurposeIsOnAPartysOwnThing_IsAimedAtTheParty(string text, string party, string phrase)
    {
        var doc = Coded(text, ("Mexico", "MEX"), ("France", "FRA"), (party, "OTH"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.Equal("OTH", EventTestDocs.CodeOf(doc, main!.Target));
        Assert.Equal(phrase, TargetPhrases(doc));
    }

    [Fact]
    public void ApprehendingAParty_IsAnArrest()
    {
        var doc = Coded("Greek border guards apprehended two Turkish smugglers near the river crossing.",
            ("Greek border guards", "GRCCOP"), ("two Turkish smugglers", "TURCRM"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.Equal("173", main!.Cameo);
        Assert.Equal("two Turkish smugglers", TargetPhrases(doc));
    }
    [Theory]
    [InlineData("About 900 contract employees stopped work in a strike for higher wages at the state textile factory.", "the state textile factory")]
    [InlineData("Hundreds of dock workers went on strike on Monday for better pay at the container warehouses of the port.", "the container warehouses of the port")]
    public void WorkersOnStrike_StrikeAgainstTheirWorkplace(string text, string workplace)
    {
        var doc = Coded(text, ("contract employees", "MNGLAB"), ("dock workers", "BELLAB"));
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        Assert.True(main!.SourceToken >= 0, doc.ShowAll());
        Assert.Equal(workplace, TargetPhrases(doc));
    }

    [Fact]
    public void AnActDoneWithout_IsNegated()
    {
        // "without demanding payment": the parse makes "demanding" a clause of the goods, with "without" its mark.
        var doc = EventTestDocs.Parsed(
            "China china PROPN NNP 2 nsubj", "sold sell VERB VBD 0 root", "Laos Laos PROPN NNP 2 iobj", "the the DET DT 5 det",
            "trucks truck NOUN NNS 2 obj", "without without SCONJ IN 7 mark", "demanding demand VERB VBG 5 acl", "payment payment NOUN NN 7 obj",
            ". . PUNCT . 2 punct")
            .Actor("China", "CHN").Actor("Laos", "LAO").Code();
        output.WriteLine(doc.ShowAll());
        Assert.All(doc.Events.Where(e => e.Cameo.StartsWith("10", StringComparison.Ordinal)), e => Assert.Equal(EventModality.Negated, e.Modality));
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("10", StringComparison.Ordinal));
    }
    [Fact]
    public void SentWithTheToPhraseInsideItsObject_GoesWhereThePhraseSays()
    {
        // "to the clinic" hung on "surgeons", inside the object of "sent", as the parse does with long objects.
        var doc = EventTestDocs.Parsed(
            "Kenya Kenya PROPN NNP 2 nsubj", "sent send VERB VBD 0 root", "a a DET DT 4 det", "team team NOUN NN 2 obj",
            "of of ADP IN 6 case", "surgeons surgeon NOUN NNS 4 nmod", "to to ADP IN 9 case", "the the DET DT 9 det",
            "clinic clinic NOUN NN 6 nmod", ". . PUNCT . 2 punct")
            .Actor("Kenya", "KEN").Actor("the clinic", "KENHLH").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events, e => e.Cameo == "070");
        Assert.Equal("KENHLH", EventTestDocs.CodeOf(doc, e.Target));
    }
    [Fact]
    public void SentMessageWithTheToPhraseInsideIt_IsNoShipment()
    {
        // The message's own "to" phrase: what was sent is words, not goods or people.
        var doc = EventTestDocs.Parsed(
            "Oman Oman PROPN NNP 2 nsubj", "sent send VERB VBD 0 root", "a a DET DT 4 det", "message message NOUN NN 2 obj",
            "to to ADP IN 7 case", "the the DET DT 7 det", "president president NOUN NN 4 nmod", ". . PUNCT . 2 punct")
            .Actor("Oman", "OMN").Actor("the president", "KENGOV").Code();
        output.WriteLine(doc.ShowAll());
        Assert.DoesNotContain(doc.Events, e => e.Cameo == "070");
    }
    [Fact]
    public void AnActCarriedOnByAVerbOfExtending_TakesThePlaceTheParseHungOnThatVerb()
    {
        // "in the small republic" hung on "extend", beside its object, and "for two more years" hung on the place.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "alliance alliance NOUN NN 3 nsubj", "agreed agree VERB VBD 0 root", "to to PART TO 5 mark",
            "extend extend VERB VB 3 xcomp", "its its PRON PRP$ 8 nmod:poss", "peacekeeping peacekeeping NOUN NN 8 compound",
            "mission mission NOUN NN 5 obj", "in in ADP IN 12 case", "the the DET DT 12 det", "small small ADJ JJ 12 amod",
            "republic republic NOUN NN 5 obl", "for for ADP IN 16 case", "two two NUM CD 16 nummod", "more more ADJ JJR 16 amod",
            "years year NOUN NNS 12 nmod", ". . PUNCT . 3 punct")
            .Actor("The alliance", "IGOWSTNAT").Code();
        output.WriteLine(doc.ShowAll());
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.Equal("074", main!.Cameo);
        Assert.Equal("the small republic", TargetPhrases(doc));
    }
}
