using Dyad.Actors;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>Events coded with a slot for their target that the parse hides: the party is there, under a word the slot
/// search does not expect. Sentences written for these tests; the misparses are given by hand.</summary>
public sealed class TargetSlotTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private string TargetPhrase(Dyad.Documents.Document doc) => EventTestDocs.TargetPhrase(doc, output);

    [Fact]
    public void APrepositionHungOnTheFirstPartOfAHyphenedModifier_IntroducesTheParty()
    {
        // "Dockers called off a strike against state-run shipping firm Maersk", parsed with "run" as a clause of "strike",
        // "against" on "state" and the firm as the agent of "run".
        var doc = EventTestDocs.Parsed(
            "Dockers docker NOUN NNS 2 nsubj", "called call VERB VBD 0 root", "off off ADP RP 2 compound:prt", "a a DET DT 5 det",
            "strike strike NOUN NN 2 obj", "against against ADP IN 7 case", "state state NOUN NN 9 compound", "- - PUNCT HYPH 7 punct",
            "run run VERB VBN 5 acl", "shipping shipping NOUN NN 11 compound", "firm firm NOUN NN 12 compound",
            "Maersk Maersk PROPN NNP 9 obl:agent", ". . PUNCT . 2 punct");
        doc.Actor("Dockers", "DNKLAB", MentionKind.Agent).Actor("Maersk", "DNKBUS", MentionKind.Group).Code();
        output.WriteLine(doc.ShowAll());
        // Calling off a strike eases dissent (082), aimed at whom the strike was against.
        Assert.Contains(doc.Events, e => e.Cameo == "082");
        // The hyphened modifier belongs to the party's phrase.
        Assert.Equal("state - run shipping firm Maersk", TargetPhrase(doc));
    }

    [Fact]
    public void APrepositionParsedAsTheMarkOfAHyphenedParticiple_IntroducesTheParty()
    {
        // "The government will lift the ban on exiled Omar-led Unity Front", parsed with "on" as the mark of a clause "led"
        // whose subject is Omar and whose object is the front.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "government government NOUN NN 4 nsubj", "will will AUX MD 4 aux", "lift lift VERB VB 0 root",
            "the the DET DT 6 det", "ban ban NOUN NN 4 obj", "on on ADP IN 11 mark", "exiled exiled ADJ JJ 11 advmod",
            "Omar Omar PROPN NNP 11 nsubj", "- - PUNCT HYPH 9 punct", "led lead VERB VBN 4 advcl", "Unity Unity PROPN NNP 13 compound",
            "Front Front PROPN NNP 11 obj", ". . PUNCT . 4 punct");
        doc.Actor("government", "SOMGOV", MentionKind.Agent).Actor("Unity Front", "SOMREB", MentionKind.Group).Code();
        output.WriteLine(doc.ShowAll());
        // A lifting promised ("will lift"): an intent to ease sanctions (035), aimed at the front.
        var e = Assert.Single(doc.Events);
        Assert.Equal("SOMGOV>SOMREB 035", doc.Show(e)[..17]);
        Assert.Equal("exiled Omar - led Unity Front", TargetPhrase(doc));
    }

    [Fact]
    public void APrepositionHungOnAPossessor_IntroducesThePossessedThing()
    {
        // "The union said it is skeptical of the ministry's promise", parsed with "of" on "ministry" and the promise as
        // the object of "skeptical".
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "union union NOUN NN 3 nsubj", "said say VERB VBD 0 root", "it it PRON PRP 6 nsubj",
            "is be AUX VBZ 6 cop", "skeptical skeptical ADJ JJ 3 ccomp", "of of ADP IN 9 case", "the the DET DT 9 det",
            "ministry ministry NOUN NN 11 nmod:poss", "'s 's PART POS 9 case", "promise promise NOUN NN 6 obj", ". . PUNCT . 3 punct");
        doc.Actor("union", "KENLAB", MentionKind.Agent).Actor("ministry", "KENGOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains(doc.Events, e => e.Cameo == "012");
        Assert.Equal("the ministry 's promise", TargetPhrase(doc));
    }

    [Fact]
    public void APhraseHungOnADateBeforeIt_IsTheVerbs()
    {
        // "Kenya called on Monday for Uganda to withdraw its troops", parsed with "for Uganda" on "Monday".
        var doc = EventTestDocs.Parsed(
            "Kenya Kenya PROPN NNP 2 nsubj", "called call VERB VBD 0 root", "on on ADP IN 4 case", "Monday Monday PROPN NNP 2 obl",
            "for for ADP IN 6 case", "Uganda Uganda PROPN NNP 4 nmod", "to to PART TO 8 mark", "withdraw withdraw VERB VB 2 advcl",
            "its its PRON PRP$ 10 nmod:poss", "troops troop NOUN NNS 8 obj", ". . PUNCT . 2 punct");
        doc.Date(3, 3).Actor("Kenya", "KEN").Actor("Uganda", "UGA").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && doc.Show(e).StartsWith("KEN>UGA", StringComparison.Ordinal));
        Assert.Equal("Uganda", TargetPhrase(doc));
    }

    [Theory]
    [InlineData("Japan agreed to lift a ban on imports of Thai chicken.", "Thai chicken")]
    [InlineData("Japan agreed to lift a ban on Thailand's exports of chicken.", "Thailand's exports of chicken")]
    public void ABanOnTrade_IsAimedAtTheGoods_UnlessTheTradeIsAPartysOwn(string text, string target)
    {
        var doc = EventTestDocs.Parse(text);
        doc.Actor("Japan", "JPN").Actor("Thai", "THA").Actor("Thailand", "THA").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal) || e.Cameo.StartsWith("08", StringComparison.Ordinal));
        Assert.Equal(target, TargetPhrase(doc));
    }
}
