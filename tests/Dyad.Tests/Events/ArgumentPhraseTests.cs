using Dyad.Actors;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>The words a source or target phrase covers, and which parties are marked reciprocal (the ConfliBERT
/// convention the span evaluation scores), on sentences written for these tests.</summary>
public sealed class ArgumentPhraseTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code, MentionKind Kind)[] actors)
    {
        var doc = EventTestDocs.Parse(text, new DateOnly(2024, 3, 27));
        foreach (var (phrase, code, kind) in actors) doc.Actor(phrase, code, kind);
        doc.Code();
        output.WriteLine(doc.ShowAll());
        var parse = new System.Text.StringBuilder();
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            ref readonly var t = ref doc.Tokens[i];
            parse.Append($"{i}:{doc.Text[t.Start..t.End]}/{Vocabulary.Shared[t.Lemma]}/{Labels.Upos.Name(t.Upos)}>{t.Head}:{Labels.Deprel.Name(t.Deprel)} ");
        }
        output.WriteLine(parse.ToString());
        return doc;
    }

    /// <summary>The phrases of a role (0 source, 1 target) of the sentence's main event, in text order, joined by " | ".</summary>
    private string Phrases(Dyad.Documents.Document doc, int role)
    {
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, main, role, spans);
        var text = string.Join(" | ", spans.OrderBy(s => s.Item1).Select(s => doc.Text[doc.Tokens[s.Item1].Start..doc.Tokens[s.Item2 - 1].End]));
        output.WriteLine((role == 0 ? "source" : "target") + " phrases: " + text);
        return text;
    }

    [Fact]
    public void ACountOpeningTheSentence_IsPartOfTheSubjectItCounts()
    {
        // "Almost 9 , 000 Eritreans have sought refuge in Sudan", the thousands split at the comma, parsed with the count
        // as the root and the clause hung on its second part.
        var doc = EventTestDocs.Parsed(
            "Almost almost ADV RB 2 advmod", "9 9 NUM CD 0 root", ", , PUNCT , 2 punct", "000 000 NUM CD 2 parataxis",
            "Eritreans Eritreans PROPN NNPS 7 nsubj", "have have AUX VBP 7 aux", "sought seek VERB VBN 4 acl:relcl",
            "refuge refuge NOUN NN 7 obj", "in in ADP IN 10 case", "Sudan Sudan PROPN NNP 8 nmod", ". . PUNCT . 2 punct");
        doc.Actor("Eritreans", "ERI").Actor("Sudan", "SDN").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Almost 9 , 000 Eritreans", Phrases(doc, 0));
    }

    [Fact]
    public void ASourceThatSaysWhoseItIs_IsMarkedWithoutWhereItIs_WhileAnUnnamedOneKeepsThePlace()
    {
        // "Kenyan police" already says whose police they are: "in Mombasa" only says where they acted.
        var named = Coded("Kenyan police in Mombasa arrested two smugglers on Friday.",
            ("Kenyan police", "KENCOP", MentionKind.Agent), ("smugglers", "CRM", MentionKind.Agent), ("Mombasa", "KEN", MentionKind.Country));
        Assert.Equal("Kenyan police", Phrases(named, 0));
        // "A court" could be any court: the place says which one, and stays.
        var bare = Coded("A court in Mombasa sentenced two smugglers on Friday.",
            ("court", "JUD", MentionKind.Agent), ("smugglers", "CRM", MentionKind.Agent), ("Mombasa", "KEN", MentionKind.Country));
        Assert.Equal("A court in Mombasa", Phrases(bare, 0));
    }

    [Fact]
    public void PartiesThatAgreedToActTogether_AreOneReciprocalSpan_EvenWhenTheActNamesAnotherParty()
    {
        var doc = Coded("Chile and Peru have agreed to share intelligence on Bolivia.",
            ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country), ("Bolivia", "BOL", MentionKind.Country));
        Assert.Equal("Chile and Peru", Phrases(doc, 0));
        Assert.Equal("Chile and Peru", Phrases(doc, 1));
    }

    [Fact]
    public void PartiesThatAgreedToOpenAccess_AreOneReciprocalSpan_WhenTheOtherPartyOnlyModifiesThePlace()
    {
        // "Chad and Niger have agreed to allow medical access to rebel-held villages", tokenized at the hyphen with the
        // rebels found as the party the access is given to.
        var doc = EventTestDocs.Parsed(
            "Chad Chad PROPN NNP 5 nsubj", "and and CCONJ CC 3 cc", "Niger Niger PROPN NNP 1 conj", "have have AUX VBP 5 aux",
            "agreed agree VERB VBN 0 root", "to to PART TO 7 mark", "allow allow VERB VB 5 xcomp", "medical medical ADJ JJ 9 amod",
            "access access NOUN NN 7 obj", "to to ADP IN 11 case", "rebel rebel NOUN NN 9 nmod", "- - PUNCT HYPH 11 punct",
            "held hold VERB VBN 14 amod", "villages village NOUN NNS 9 nmod", ". . PUNCT . 5 punct");
        doc.Actor("Chad", "TCD").Actor("Niger", "NER").Actor("rebel", "REB", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Chad and Niger", Phrases(doc, 0));
        Assert.Equal("Chad and Niger", Phrases(doc, 1));
    }

    [Fact]
    public void PartiesThatAgreedToLiftABanOnAParty_KeepTheirOwnSpans()
    {
        var doc = Coded("Oman and Qatar agreed to lift sanctions on Yemeni fishermen.",
            ("Oman", "OMN", MentionKind.Country), ("Qatar", "QAT", MentionKind.Country), ("Yemeni fishermen", "YEMBUS", MentionKind.Agent));
        Assert.Equal("Oman | Qatar", Phrases(doc, 0));
        Assert.Equal("Yemeni fishermen", Phrases(doc, 1));
    }

    [Fact]
    public void ADescriptionSetOffAfterAPersonsName_BelongsToThePhrase_UpToItsClosingComma()
    {
        var doc = Coded("Police in Lagos freed Carla Mendes, a Brazilian aid worker, on Friday after a week of talks.",
            ("Police", "NGACOP", MentionKind.Agent), ("Carla Mendes", "BRA", MentionKind.Person));
        Assert.Equal("Carla Mendes, a Brazilian aid worker", Phrases(doc, 1));
    }

    [Fact]
    public void WhatFollowsFollowing_IsACircumstance_NotPartOfThePhrase()
    {
        var doc = Coded("Police in Accra detained 12 traders following a riot at the market.", ("Police", "GHACOP", MentionKind.Agent));
        Assert.Equal("12 traders", Phrases(doc, 1));
    }

    [Fact]
    public void Former_BelongsToTheTitleItMakesPast_WhereverTheParseHungIt()
    {
        var doc = Coded("Former Chilean President Ana Soto on Monday held talks with Bolivia's foreign minister in La Paz.",
            ("Chilean President Ana Soto", "CHLELI", MentionKind.Person), ("Bolivia", "BOL", MentionKind.Country));
        Assert.StartsWith("Former Chilean President Ana Soto", Phrases(doc, 0));
    }

    [Fact]
    public void AnExSplitOffByAHyphen_IsNoPartyOfItsOwn_ButPartOfTheTitle()
    {
        // "Peru imposed sanctions on former President Reyes and ex-Premier Soto", tokenized at the hyphen and parsed with "ex" as a
        // conjunct of its own.
        var doc = EventTestDocs.Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "imposed impose VERB VBD 0 root", "sanctions sanction NOUN NNS 2 obj", "on on ADP IN 7 case",
            "former former ADJ JJ 6 amod", "President President PROPN NNP 7 compound", "Reyes Reyes PROPN NNP 3 nmod",
            "and and CCONJ CC 9 cc", "ex ex PROPN NNP 7 conj", "- - PUNCT HYPH 11 punct", "Premier Premier PROPN NNP 12 compound",
            "Soto Soto PROPN NNP 7 conj", ". . PUNCT . 2 punct");
        doc.Actor("Peru", "PER").Actor("President Reyes", "PERGOV", MentionKind.Person).Actor("Premier Soto", "PERGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("former President Reyes | ex - Premier Soto", Phrases(doc, 1));
    }

    [Fact]
    public void ABareNounSharingTheModifiersOfTheNounBefore_IsOneSpanWithIt()
    {
        var doc = Coded("The junta released another 30 students and teachers on Sunday.", ("junta", "MMRMIL", MentionKind.Agent), ("students", "MMREDU", MentionKind.Agent));
        Assert.Equal("another 30 students and teachers", Phrases(doc, 1));
    }

    [Fact]
    public void WhatIncludingAdds_IsNoPartOfThePhrase()
    {
        // "Japan gave aid to the refugees, including 200 tents", with what "including" adds hung on the refugees.
        var doc = EventTestDocs.Parsed(
            "Japan Japan PROPN NNP 2 nsubj", "gave give VERB VBD 0 root", "aid aid NOUN NN 2 obj", "to to ADP IN 6 case",
            "the the DET DT 6 det", "refugees refugee NOUN NNS 2 obl", ", , PUNCT , 10 punct", "including include VERB VBG 10 case",
            "200 200 NUM CD 10 nummod", "tents tent NOUN NNS 6 nmod", ". . PUNCT . 2 punct");
        doc.Actor("Japan", "JPN").Actor("refugees", "REF", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the refugees", Phrases(doc, 1));
    }

    [Fact]
    public void AThingAimedAt_IsMarkedWithoutWhatItIsFor_OrAnInThatNamesNoPlace()
    {
        var doc = Coded("Chile rejected a proposal for a new wage deal.", ("Chile", "CHL", MentionKind.Country));
        Assert.Equal("a proposal", Phrases(doc, 1));
        doc = Coded("Ghana condemned the violence in the last days of the campaign.", ("Ghana", "GHA", MentionKind.Country));
        Assert.Equal("the violence", Phrases(doc, 1));
    }

    [Fact]
    public void AThingThatNamesItsOwner_IsMarkedWithoutThePhraseAfterIt_ButWithAnOf()
    {
        // "Chile criticized Peru's policy in Bolivia", the place hung on the policy.
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 2 nsubj", "criticized criticize VERB VBD 0 root", "Peru Peru PROPN NNP 5 nmod:poss",
            "'s 's PART POS 3 case", "policy policy NOUN NN 2 obj", "in in ADP IN 7 case", "Bolivia Bolivia PROPN NNP 5 nmod",
            ". . PUNCT . 2 punct");
        doc.Actor("Chile", "CHL").Actor("Peru", "PER").Actor("Bolivia", "BOL").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Peru 's policy", Phrases(doc, 1));
        doc = Coded("Chile criticized Peru's handling of the crisis.", ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country));
        Assert.Equal("Peru's handling of the crisis", Phrases(doc, 1));
    }

    [Fact]
    public void WhatForceFallsOn_IsMarkedWithThePlaceRightAfterIt_ButNotWithATime()
    {
        var doc = Coded("Government troops have captured the radio station in Goma.", ("Government troops", "CODMIL", MentionKind.Agent));
        Assert.Equal("the radio station in Goma", Phrases(doc, 1));
        doc = EventTestDocs.Parse("Government troops have captured the radio station in May after a long siege.")
            .Actor("Government troops", "CODMIL", MentionKind.Agent).Date(8, 8).Code();
        Assert.Equal("the radio station", Phrases(doc, 1));
    }

    [Fact]
    public void ACoordinatedSubjectParsedAsTwoSubjects_IsStillOneReciprocalSpan()
    {
        // "Chile and the United Kingdom signed a trade agreement", parsed with both names as subjects of the verb.
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 6 nsubj", "and and CCONJ CC 6 cc", "the the DET DT 5 det", "United United ADJ NNP 5 amod",
            "Kingdom Kingdom PROPN NNP 6 nsubj", "signed sign VERB VBD 0 root", "a a DET DT 9 det", "trade trade NOUN NN 9 compound",
            "agreement agreement NOUN NN 6 obj", ". . PUNCT . 6 punct");
        doc.Actor("Chile", "CHL").Actor("United Kingdom", "GBR").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Chile and the United Kingdom", Phrases(doc, 0));
        Assert.Equal("Chile and the United Kingdom", Phrases(doc, 1));
    }

    [Fact]
    public void PartiesNamedAsCoordinatedModifiersOfOneNoun_AreThatNounsOneReciprocalSpan()
    {
        var doc = Coded("Kenyan and Somali negotiators agreed to share information.",
            ("Kenyan", "KEN", MentionKind.Country), ("Somali", "SOM", MentionKind.Country));
        Assert.Equal("Kenyan and Somali negotiators", Phrases(doc, 0));
        Assert.Equal("Kenyan and Somali negotiators", Phrases(doc, 1));
        // The same with possessors, the second party's mention covering the noun.
        doc = Coded("Peru and Chile's navies agreed to share information.",
            ("Peru", "PER", MentionKind.Country), ("Chile's navies", "CHLMIL", MentionKind.Agent));
        Assert.Equal("Peru and Chile's navies", Phrases(doc, 0));
        Assert.Equal("Peru and Chile's navies", Phrases(doc, 1));
    }

    [Fact]
    public void APartyTheParseHungTheEventOn_EndsAtItsOwnWords_NotAtTheTrigger()
    {
        // "A Kenyan court on Monday freed ...", parsed with the court as the root and "freed" as a clause on it.
        var doc = EventTestDocs.Parsed(
            "A a DET DT 3 det", "Kenyan Kenyan PROPN NNP 3 compound", "court court NOUN NN 0 root", "on on ADP IN 5 case",
            "Monday Monday PROPN NNP 3 nmod", "freed free VERB VBD 3 acl", "the the DET DT 9 det", "opposition opposition NOUN NN 9 compound",
            "blogger blogger NOUN NN 6 obj", ". . PUNCT . 3 punct");
        doc.Actor("Kenyan court", "KENJUD", MentionKind.Agent).Actor("opposition blogger", "KENOPP", MentionKind.Agent).Date(4, 4).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("A Kenyan court", Phrases(doc, 0));
    }

    [Fact]
    public void APhraseEndsAtTheFirstWordItLeavesOut()
    {
        // "Peru violated Chile's ban on fishing near the coast", with "near the coast" hung on the ban past the left-out "on".
        var doc = EventTestDocs.Parsed(
            "Peru Peru PROPN NNP 2 nsubj", "violated violate VERB VBD 0 root", "Chile Chile PROPN NNP 5 nmod:poss", "'s 's PART POS 3 case",
            "ban ban NOUN NN 2 obj", "on on ADP IN 7 case", "fishing fishing NOUN NN 5 nmod", "near near ADP IN 10 case",
            "the the DET DT 10 det", "coast coast NOUN NN 5 nmod", ". . PUNCT . 2 punct");
        doc.Actor("Peru", "PER").Actor("Chile", "CHL").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Chile 's ban", Phrases(doc, 1));
    }

    [Fact]
    public void TalksToBeHeld_MarkBothPartiesInBothRoles()
    {
        var doc = Coded("Chile will hold talks with Peru in Lima next week.", ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country));
        Assert.Equal("Chile | Peru", Phrases(doc, 0));
        Assert.Equal("Chile | Peru", Phrases(doc, 1));
    }

    [Fact]
    public void TwoSubjectsSideBySide_AreOneNameTheParseSplit()
    {
        // "Rio Grande Chief Minister Ana Reyes condemned the raid", parsed with the state's name as a second subject.
        var doc = EventTestDocs.Parsed(
            "Rio Rio PROPN NNP 7 nsubj", "Grande Grande PROPN NNP 1 flat", "Chief Chief PROPN NNP 4 compound", "Minister Minister PROPN NNP 7 nsubj",
            "Ana Ana PROPN NNP 4 flat", "Reyes Reyes PROPN NNP 4 flat", "condemned condemn VERB VBD 0 root",
            "the the DET DT 9 det", "raid raid NOUN NN 7 obj", ". . PUNCT . 7 punct");
        doc.Actor("Rio Grande", "BRA").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Rio Grande Chief Minister Ana Reyes", Phrases(doc, 0));
    }

    [Fact]
    public void ATitleTheParseMadeTheHeadOfTheNamesClause_IsTheFirstPartOfTheName()
    {
        // "Chile's chief negotiator Soto has rejected the offer", parsed as the title with a relative clause "Soto has rejected".
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 4 nmod:poss", "'s 's PART POS 1 case", "chief chief ADJ JJ 4 amod", "negotiator negotiator NOUN NN 0 root",
            "Soto Soto PROPN NNP 7 nsubj", "has have AUX VBZ 7 aux", "rejected reject VERB VBN 4 acl:relcl", "the the DET DT 9 det",
            "offer offer NOUN NN 7 obj", ". . PUNCT . 4 punct");
        doc.Actor("Soto", "CHLGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Chile 's chief negotiator Soto", Phrases(doc, 0));
    }

    [Fact]
    public void AnOuterSubjectRightBeforeTheName_IsItsFirstPart()
    {
        // "The militia Jund will free the hostages", parsed with "The militia" as an outer subject.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "militia militia NOUN NN 5 nsubj:outer", "Jund Jund PROPN NNP 5 nsubj", "will will AUX MD 5 aux",
            "free free VERB VB 0 root", "the the DET DT 7 det", "hostages hostage NOUN NNS 5 obj", ". . PUNCT . 5 punct");
        doc.Actor("Jund", "SYRREB", MentionKind.Group).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("The militia Jund", Phrases(doc, 0));
    }

    [Fact]
    public void CommonNounsCoordinatedWithNoPartyAmongThem_AreOneTargetSpan()
    {
        var doc = Coded("Brazil gave grants to farmers or fishermen.", ("Brazil", "BRA", MentionKind.Country));
        Assert.Equal("farmers or fishermen", Phrases(doc, 1));
    }

    [Fact]
    public void WhatAPartyIsPressedFor_IsNoPartOfItsPhrase()
    {
        // "The minister pressed the Peruvian Congress for new budget rules", with "for" hung on the Congress.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "minister minister NOUN NN 3 nsubj", "pressed press VERB VBD 0 root", "the the DET DT 6 det",
            "Peruvian Peruvian ADJ JJ 6 amod", "Congress Congress PROPN NNP 3 obj", "for for ADP IN 10 case", "new new ADJ JJ 10 amod",
            "budget budget NOUN NN 10 compound", "rules rule NOUN NNS 6 nmod", ". . PUNCT . 3 punct");
        doc.Actor("minister", "GOV", MentionKind.Agent).Actor("Peruvian Congress", "PERLEG").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the Peruvian Congress", Phrases(doc, 1));
    }

    [Fact]
    public void ANumberTokenizedInTwoAtItsComma_IsWholeInThePhrase()
    {
        // "The agency delivered aid to about 120 , 000 villagers", parsed with "about 120" as the place aid went to and
        // "000" as the number of the villagers.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "agency agency NOUN NN 3 nsubj", "delivered deliver VERB VBD 0 root", "aid aid NOUN NN 3 obj",
            "to to ADP IN 7 case", "about about ADV RB 7 advmod", "120 120 NUM CD 3 obl", ", , PUNCT , 7 punct",
            "000 000 NUM CD 10 nummod", "villagers villager NOUN NNS 3 obj", ". . PUNCT . 3 punct");
        doc.Actor("agency", "IGO", MentionKind.Agent).Actor("villagers", "CVL", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("about 120 , 000 villagers", Phrases(doc, 1));
    }

    [Fact]
    public void AWordOfMeasureBeforeANumberTokenizedInTwo_StaysInThePhrase()
    {
        // "Around 2 , 500 fighters surrendered", parsed with "Around 2" as a circumstance of the verb.
        var doc = EventTestDocs.Parsed(
            "Around around ADP IN 2 case", "2 2 NUM CD 6 obl", ", , PUNCT , 2 punct", "500 500 NUM CD 5 nummod",
            "fighters fighter NOUN NNS 6 nsubj", "surrendered surrender VERB VBD 0 root", ". . PUNCT . 6 punct");
        doc.Actor("fighters", "REB", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Around 2 , 500 fighters", Phrases(doc, 0));
    }

    [Fact]
    public void ACircumstanceWordParsedAsANoun_EndsTheTarget()
    {
        // "The envoy will visit the northern Cusco amid growing protests", parsed with "amid" as the noun visited.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "envoy envoy NOUN NN 4 nsubj", "will will AUX MD 4 aux", "visit visit VERB VB 0 root",
            "the the DET DT 8 det", "northern northern ADJ JJ 8 amod", "Cusco Cusco PROPN NNP 8 compound", "amid amid NOUN NN 4 obj",
            "growing grow VERB VBG 10 amod", "protests protest NOUN NNS 8 nmod", ". . PUNCT . 4 punct");
        doc.Actor("envoy", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the northern Cusco", Phrases(doc, 1));
    }

    [Fact]
    public void GivenAfterATarget_IsACircumstance()
    {
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "ministry ministry NOUN NN 4 nsubj", "is be AUX VBZ 4 cop", "skeptical skeptical ADJ JJ 0 root",
            "of of ADP IN 8 case", "that that DET DT 8 det", "casualty casualty NOUN NN 8 compound", "figure figure NOUN NN 4 obl",
            "given give VERB VBN 8 acl", "earlier early ADJ JJR 11 amod", "counts count NOUN NNS 9 obj", ". . PUNCT . 4 punct");
        doc.Actor("ministry", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("that casualty figure", Phrases(doc, 1));
    }

    [Fact]
    public void APresentParticipleAfterATarget_IsNoPartOfIt()
    {
        var doc = EventTestDocs.Parsed(
            "Officials official NOUN NNS 2 nsubj", "deported deport VERB VBD 0 root", "40 40 NUM CD 4 nummod", "migrants migrant NOUN NNS 2 obj",
            "using use VERB VBG 4 acl", "charter charter NOUN NN 7 compound", "flights flight NOUN NNS 5 obj", ". . PUNCT . 2 punct");
        doc.Actor("Officials", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("40 migrants", Phrases(doc, 1));
    }

    [Fact]
    public void TheNameAPartyIsKnownAs_StaysInItsPhrase()
    {
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "government government NOUN NN 3 nsubj", "suspended suspend VERB VBD 0 root", "aid aid NOUN NN 3 obj",
            "to to ADP IN 8 case", "the the DET DT 8 det", "rescue rescue NOUN NN 8 compound", "group group NOUN NN 3 obl",
            "known know VERB VBN 8 acl", "as as ADP IN 13 case", "the the DET DT 13 det", "Blue Blue PROPN NNP 13 compound",
            "Vests Vests PROPN NNPS 9 obl", ". . PUNCT . 3 punct");
        doc.Actor("government", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the rescue group known as the Blue Vests", Phrases(doc, 1));
    }

    [Fact]
    public void AParticipleLeftWithoutItsComplement_LeavesThePhrase()
    {
        // "six students enrolled at the national university": the "at" phrase is cut as a circumstance, the participle with it.
        var doc = EventTestDocs.Parsed(
            "Officials official NOUN NNS 2 nsubj", "deported deport VERB VBD 0 root", "six six NUM CD 4 nummod", "students student NOUN NNS 2 obj",
            "enrolled enrol VERB VBN 4 acl", "at at ADP IN 9 case", "the the DET DT 9 det", "national national ADJ JJ 9 amod",
            "university university NOUN NN 5 obl", ". . PUNCT . 2 punct");
        doc.Actor("Officials", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("six students", Phrases(doc, 1));
    }

    [Fact]
    public void ATargetPossessor_RunsOnToWhatItPossesses()
    {
        // "The union rejected Prime Minister Ana Costa 's offer", parsed with "Prime" as the object and the offer apart.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "union union NOUN NN 3 nsubj", "rejected reject VERB VBD 0 root", "Prime Prime PROPN NNP 3 obj",
            "Minister Minister PROPN NNP 6 nmod:desc", "Ana Ana PROPN NNP 9 nmod:poss", "Costa Costa PROPN NNP 6 flat", "'s 's PART POS 6 case",
            "offer offer NOUN NN 3 obl", ". . PUNCT . 3 punct");
        doc.Actor("union", "LAB", MentionKind.Agent).Actor("Prime Minister Ana Costa", "PRTGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Prime Minister Ana Costa 's offer", Phrases(doc, 1));
    }

    [Fact]
    public void AnAbbreviationSplitAtItsPoints_IsWholeInThePhrase()
    {
        // "Chile signed an agreement with the U . K . to cut tariffs", the letters parsed apart.
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 2 nsubj", "signed sign VERB VBD 0 root", "an a DET DT 4 det", "agreement agreement NOUN NN 2 obj",
            "with with ADP IN 7 case", "the the DET DT 7 det", "U U NOUN NN 4 nmod", ". . PUNCT . 2 punct", "K K PROPN NNP 2 obl:unmarked",
            ". . PUNCT . 9 punct", "to to PART TO 12 mark", "cut cut VERB VB 2 advcl", "tariffs tariff NOUN NNS 12 obj", ". . PUNCT . 2 punct");
        doc.Actor("Chile", "CHL").Actor("U", "GBR").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains("the U . K", Phrases(doc, 1).Split(" | "));
    }

    [Fact]
    public void AnActAimedAtAPlace_HasThePlaceAsItsTarget()
    {
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "rebels rebel NOUN NNS 3 nsubj", "claimed claim VERB VBD 0 root", "responsibility responsibility NOUN NN 3 obj",
            "for for ADP IN 7 case", "several several ADJ JJ 7 amod", "attacks attack NOUN NNS 4 nmod", "in in ADP IN 10 case",
            "Tigray Tigray PROPN NNP 10 compound", "province province NOUN NN 7 nmod", ". . PUNCT . 3 punct");
        doc.Actor("rebels", "REB", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Tigray province", Phrases(doc, 1));
    }

    [Fact]
    public void AnActThatNamesItsParty_KeepsItsPhrase_WhereverItIs()
    {
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "militia militia NOUN NN 3 nsubj", "violated violate VERB VBD 0 root", "Chad Chad PROPN NNP 7 nmod:poss",
            "'s 's PART POS 4 case", "holiday holiday NOUN NN 7 compound", "ceasefire ceasefire NOUN NN 3 obj", "in in ADP IN 9 case",
            "Tibesti Tibesti PROPN NNP 7 nmod", ". . PUNCT . 3 punct");
        doc.Actor("militia", "REB", MentionKind.Agent).Actor("Chad", "TCD").Code();
        output.WriteLine(doc.ShowAll());
        Assert.StartsWith("Chad 's holiday ceasefire", Phrases(doc, 1));
    }

    [Fact]
    public void ATitleAndTheNameAfterItsComma_AreOneParty()
    {
        // "The envoy met the Chilean president , Ana Ruiz , in Lima", the name parsed as a vocative of the verb.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "envoy envoy NOUN NN 3 nsubj", "met meet VERB VBD 0 root", "the the DET DT 6 det",
            "Chilean Chilean ADJ JJ 6 amod", "president president NOUN NN 3 obj", ", , PUNCT , 8 punct", "Ana Ana PROPN NNP 3 vocative",
            "Ruiz Ruiz PROPN NNP 8 flat", ", , PUNCT , 8 punct", "in in ADP IN 12 case", "Lima Lima PROPN NNP 3 obl", ". . PUNCT . 3 punct");
        doc.Actor("envoy", "GOV", MentionKind.Agent).Actor("Chilean president", "CHLGOV", MentionKind.Agent).Actor("Ana Ruiz", "CHLGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Contains("the Chilean president , Ana Ruiz", Phrases(doc, 1).Split(" | "));
    }

    [Fact]
    public void ANameAndTheTitleAfterItsComma_AreOneParty()
    {
        // "The envoy agreed with Ana Ruiz , the Chilean president , on trade", the title parsed as an object of the verb.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "envoy envoy NOUN NN 3 nsubj", "agreed agree VERB VBD 0 root", "with with ADP IN 5 case",
            "Ana Ana PROPN NNP 3 obl", "Ruiz Ruiz PROPN NNP 5 flat", ", , PUNCT , 3 punct", "the the DET DT 10 det",
            "Chilean Chilean ADJ JJ 10 amod", "president president NOUN NN 3 obj", ", , PUNCT , 10 punct", "on on ADP IN 13 case",
            "trade trade NOUN NN 3 obl", ". . PUNCT . 3 punct");
        doc.Actor("envoy", "GOV", MentionKind.Agent).Actor("Ana Ruiz", "CHLGOV", MentionKind.Person).Actor("Chilean president", "CHLGOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Ana Ruiz , the Chilean president", Phrases(doc, 1));
    }

    [Fact]
    public void ALooseNounOfTheVerbRightBeforeItsSubject_IsTheSubjectsFirstPart()
    {
        // "Fisheries and Oceans Service returned the vessel to Chile", parsed with "Fisheries and Oceans" as a loose noun of
        // the verb and "Service" alone as its subject.
        var doc = EventTestDocs.Parsed(
            "Fisheries fishery NOUN NNS 5 obl:unmarked", "and and CCONJ CC 3 cc", "Oceans ocean NOUN NNS 1 conj", "Service Service PROPN NNP 5 nsubj",
            "returned return VERB VBD 0 root", "the the DET DT 7 det", "vessel vessel NOUN NN 5 obj", "to to ADP IN 9 case",
            "Chile Chile PROPN NNP 5 obl", ". . PUNCT . 5 punct");
        doc.Actor("Service", "GOV", MentionKind.Agent).Actor("Chile", "CHL").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Fisheries and Oceans Service", Phrases(doc, 0));
    }

    [Fact]
    public void AnArticleHungOnTheVerb_StartsTheSubjectsPhrase()
    {
        var doc = EventTestDocs.Parsed(
            "The the DET DT 4 det", "Peruvian Peruvian ADJ JJ 3 amod", "Navy Navy PROPN NNP 4 nsubj", "seized seize VERB VBD 0 root",
            "a a DET DT 6 det", "trawler trawler NOUN NN 4 obj", ". . PUNCT . 4 punct");
        doc.Actor("Peruvian Navy", "PERMIL", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("The Peruvian Navy", Phrases(doc, 0));
    }

    [Fact]
    public void APossessorHungOnTheVerb_StartsTheSubjectsPhrase()
    {
        var doc = EventTestDocs.Parsed(
            "Chile Chile PROPN NNP 6 nmod:poss", "'s 's PART POS 1 case", "Defence Defence PROPN NNP 4 compound", "Minister Minister PROPN NNP 5 nmod:desc",
            "Ruiz Ruiz PROPN NNP 6 nsubj", "rejected reject VERB VBD 0 root", "the the DET DT 8 det", "plan plan NOUN NN 6 obj", ". . PUNCT . 6 punct");
        doc.Actor("Defence Minister Ruiz", "CHLGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Chile 's Defence Minister Ruiz", Phrases(doc, 0));
    }

    [Fact]
    public void TheActAPartyIsHeldFor_IsNoPlaceOfIt()
    {
        var doc = EventTestDocs.Parsed(
            "Police police NOUN NNS 2 nsubj", "detained detain VERB VBD 0 root", "four four NUM CD 4 nummod", "men man NOUN NNS 2 obj",
            "in in ADP IN 7 case", "the the DET DT 7 det", "attack attack NOUN NN 4 nmod", ". . PUNCT . 2 punct");
        doc.Actor("Police", "COP", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("four men", Phrases(doc, 1));
    }

    [Fact]
    public void AnAcronymInBracketsRightAfterAPhrase_IsPartOfIt()
    {
        // "The army will support the Coast Guard ( CGD )", the acronym hung on the verb.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "army army NOUN NN 4 nsubj", "will will AUX MD 4 aux", "support support VERB VB 0 root",
            "the the DET DT 7 det", "Coast Coast PROPN NNP 7 compound", "Guard Guard PROPN NNP 4 obj", "( ( PUNCT -LRB- 9 punct",
            "CGD CGD PROPN NNP 4 obl:unmarked", ") ) PUNCT -RRB- 9 punct", ". . PUNCT . 4 punct");
        doc.Actor("army", "MIL", MentionKind.Agent).Actor("Coast Guard", "MIL", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the Coast Guard ( CGD )", Phrases(doc, 1));
    }

    [Fact]
    public void ANameAfterTheNounItNames_IsPartOfThePhrase()
    {
        // "Prosecutors opened an investigation into the accounts of shipping firm Maersko", the name hung loosely on "accounts".
        var doc = EventTestDocs.Parsed(
            "Prosecutors prosecutor NOUN NNS 2 nsubj", "opened open VERB VBD 0 root", "an a DET DT 4 det", "investigation investigation NOUN NN 2 obj",
            "into into ADP IN 7 case", "the the DET DT 7 det", "accounts account NOUN NNS 2 obl", "of of ADP IN 10 case",
            "shipping shipping NOUN NN 10 compound", "firm firm NOUN NN 7 nmod", "Maersko Maersko PROPN NNP 7 nmod:unmarked", ". . PUNCT . 2 punct");
        doc.Actor("Prosecutors", "JUD", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("the accounts of shipping firm Maersko", Phrases(doc, 1));
    }

    [Fact]
    public void ABareNounRightAfterATarget_HungBesideIt_IsItsHead()
    {
        // "The mayor issued an ultimatum to his Labour colleagues", "colleagues" parsed as a second complement of "ultimatum".
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "mayor mayor NOUN NN 3 nsubj", "issued issue VERB VBD 0 root", "an a DET DT 5 det",
            "ultimatum ultimatum NOUN NN 3 obj", "to to ADP IN 8 case", "his his PRON PRP$ 8 nmod:poss", "Labour Labour NOUN NN 5 nmod",
            "colleagues colleague NOUN NNS 5 nmod", ". . PUNCT . 3 punct");
        doc.Actor("mayor", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("his Labour colleagues", Phrases(doc, 1));
    }

    [Fact]
    public void ARelativeClauseOnACountedNoun_TellsWhichPartyIsMeant_AndStaysInTheTarget()
    {
        var doc = Coded("The rebels freed four farmers who had worked for the army.", ("rebels", "REB", MentionKind.Agent));
        Assert.Equal("four farmers who had worked for the army", Phrases(doc, 1));
    }

    [Fact]
    public void ARelativeClauseOnANounThatAlreadySaysWhichOneItIs_IsLeftOutOfTheTarget()
    {
        var doc = Coded("The rebels freed a local farmer who had worked for the army.", ("rebels", "REB", MentionKind.Agent));
        Assert.Equal("a local farmer", Phrases(doc, 1));
    }

    [Fact]
    public void ARelativeClauseOnAPronoun_StaysInTheTarget()
    {
        var doc = Coded("The minister sent condolences to the families of those who died in the flood.", ("minister", "GOV", MentionKind.Agent));
        Assert.Equal("the families of those who died in the flood", Phrases(doc, 1));
    }

    [Fact]
    public void AnArticleOfASecondSubject_InsideTheActorMention_StartsTheSourcePhrase()
    {
        // "The rebel group Red Hand has agreed to lay down its weapons", parsed with "The rebel group" a passive subject
        // beside the subject "Red Hand"; the mention covers "rebel group Red Hand" but not the article.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 3 det", "rebel rebel NOUN NN 3 compound", "group group NOUN NN 7 nsubj:pass", "Red red ADJ JJ 5 amod",
            "Hand Hand PROPN NNP 7 nsubj", "has have AUX VBZ 7 aux", "agreed agree VERB VBN 0 root", "to to PART TO 9 mark",
            "lay lay VERB VB 7 xcomp", "down down ADP RP 9 compound:prt", "its its PRON PRP$ 12 nmod:poss", "weapons weapon NOUN NNS 9 obj",
            ". . PUNCT . 7 punct");
        doc.Actor("rebel group Red Hand", "REB", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("The rebel group Red Hand", Phrases(doc, 0));
    }

    [Fact]
    public void ASentencesOpeningModifierHungOnTheVerb_StartsTheSubjectPhrase()
    {
        // "Embattled opposition leader Maria Lopez has rejected the plan", parsed with "Embattled" a clause of the verb.
        var doc = EventTestDocs.Parsed(
            "Embattled embattle VERB VBN 7 advcl", "opposition opposition NOUN NN 3 compound", "leader leader NOUN NN 7 nsubj",
            "Maria Maria PROPN NNP 3 appos", "Lopez Lopez PROPN NNP 4 flat", "has have AUX VBZ 7 aux", "rejected reject VERB VBN 0 root",
            "the the DET DT 9 det", "plan plan NOUN NN 7 obj", ". . PUNCT . 7 punct");
        doc.Actor("opposition leader Maria Lopez", "OPP", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Embattled opposition leader Maria Lopez", Phrases(doc, 0));
    }

    [Fact]
    public void AFirstConjunctTheParseCutOffTheSubject_StartsTheSubjectPhrase()
    {
        // "The Chadian army and allied militias have shelled the town", parsed with "army" the root, "allied" a verb
        // conjoined to it and "militias" the subject of "shelled" alone.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 3 det", "Chadian Chadian ADJ JJ 3 amod", "army army NOUN NN 0 root", "and and CCONJ CC 5 cc",
            "allied ally VERB VBN 3 conj", "militias militia NOUN NNS 8 nsubj", "have have AUX VBP 8 aux",
            "shelled shell VERB VBN 5 ccomp", "the the DET DT 10 det", "town town NOUN NN 8 obj", ". . PUNCT . 3 punct");
        doc.Actor("militias", "REB", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("The Chadian army and allied militias", Phrases(doc, 0));
    }

    [Fact]
    public void AnAbbreviationSplitAtItsPointsOpeningTheSentence_StartsTheSubjectPhrase()
    {
        // "U . S officials expelled the envoy", the letters of the abbreviation hung on the verb.
        var doc = EventTestDocs.Parsed(
            "U U NUM CD 5 discourse", ". . PUNCT . 1 punct", "S S PART POS 5 obl", "officials official NOUN NNS 5 nsubj",
            "expelled expel VERB VBD 0 root", "the the DET DT 7 det", "envoy envoy NOUN NN 5 obj", ". . PUNCT . 5 punct");
        doc.Actor("officials", "USAGOV", MentionKind.Agent).Actor("envoy", "GOV", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("U . S officials", Phrases(doc, 0));
    }

    [Fact]
    public void ASentencesOpeningTimeOrAdverb_StaysOutOfTheSubjectPhrase()
    {
        var doc = EventTestDocs.Parsed(
            "Yesterday yesterday NOUN NN 5 obl:tmod", "opposition opposition NOUN NN 3 compound", "leader leader NOUN NN 5 nsubj",
            "Lopez Lopez PROPN NNP 3 appos", "rejected reject VERB VBD 0 root", "the the DET DT 7 det", "plan plan NOUN NN 5 obj",
            ". . PUNCT . 5 punct");
        doc.Actor("opposition leader Lopez", "OPP", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("opposition leader Lopez", Phrases(doc, 0));
    }

    [Fact]
    public void APresentParticipleSetOffByACommaAfterTheTarget_IsNoPartOfIt()
    {
        // "Guinea has expelled some of the aid workers, raising fears of new unrest", parsed with "raising fears" the object
        // and "some of the aid workers" its determiner.
        var doc = EventTestDocs.Parsed(
            "Guinea Guinea PROPN NNP 3 nsubj", "has have AUX VBZ 3 aux", "expelled expel VERB VBN 0 root", "some some DET DT 11 det",
            "of of ADP IN 8 case", "the the DET DT 8 det", "aid aid NOUN NN 8 compound", "workers worker NOUN NNS 4 nmod",
            ", , PUNCT , 10 punct", "raising raise VERB VBG 11 amod", "fears fear NOUN NNS 3 obj", "of of ADP IN 14 case",
            "new new ADJ JJ 14 amod", "unrest unrest NOUN NN 11 nmod", ". . PUNCT . 3 punct");
        doc.Actor("Guinea", "GIN").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("some of the aid workers", Phrases(doc, 1));
    }

    [Fact]
    public void AListOfThreeParties_IsMarkedMemberByMember_NotAsOneMutualParty()
    {
        var doc = Coded("Chile, Peru and Bolivia have agreed to share intelligence.",
            ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country), ("Bolivia", "BOL", MentionKind.Country));
        Assert.Equal("Chile | Peru | Bolivia", Phrases(doc, 0));
        var pair = Coded("Chile and Peru have agreed to share intelligence.",
            ("Chile", "CHL", MentionKind.Country), ("Peru", "PER", MentionKind.Country));
        Assert.Equal("Chile and Peru", Phrases(pair, 0));
    }

    [Fact]
    public void ASecondSubjectRunningOutOfTheSubjectsMention_EndsThePhraseWhereItEnds()
    {
        // "Council Deputy Leader Ana Ruiz rejected the plan", parsed as two subjects "Council" and "Deputy Leader Ana Ruiz",
        // with the mention "Council Deputy Leader" crossing them.
        var doc = EventTestDocs.Parsed(
            "Council Council PROPN NNP 6 nsubj", "Deputy deputy NOUN NN 3 compound", "Leader Leader PROPN NNP 6 nsubj",
            "Ana Ana PROPN NNP 3 flat", "Ruiz Ruiz PROPN NNP 4 flat", "rejected reject VERB VBD 0 root", "the the DET DT 8 det",
            "plan plan NOUN NN 6 obj", ". . PUNCT . 6 punct");
        doc.Actor("Council Deputy Leader", "GOV", MentionKind.Agent).Actor("Ana Ruiz", "GOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Council Deputy Leader Ana Ruiz", Phrases(doc, 0));
    }

    [Fact]
    public void ATitleWordAfterANameHungOnTheVerb_IsTheHeadOfThePhrase()
    {
        // "EU chief rejected the plan", parsed with "chief" an adjective of the verb.
        var doc = EventTestDocs.Parsed(
            "EU EU PROPN NNP 3 nsubj", "chief chief ADJ JJ 3 amod", "rejected reject VERB VBD 0 root", "the the DET DT 5 det",
            "plan plan NOUN NN 3 obj", ". . PUNCT . 3 punct");
        doc.Actor("EU", "IGOEU", MentionKind.Agent).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("EU chief", Phrases(doc, 0));
    }

    [Fact]
    public void ATargetPhraseStartingInsideAName_StartsWithTheName()
    {
        // "The ministry welcomed Russian President Ivan Petrov 's offer", parsed with "Russian" hung on the verb.
        var doc = EventTestDocs.Parsed(
            "The the DET DT 2 det", "ministry ministry NOUN NN 3 nsubj", "welcomed welcome VERB VBD 0 root", "Russian Russian ADJ JJ 3 xcomp",
            "President President PROPN NNP 6 nmod:desc", "Ivan Ivan PROPN NNP 9 nmod:poss", "Petrov Petrov PROPN NNP 6 flat",
            "'s 's PART POS 6 case", "offer offer NOUN NN 3 obj", ". . PUNCT . 3 punct");
        doc.Actor("ministry", "GOV").Actor("Russian President Ivan Petrov", "RUSGOV", MentionKind.Person).Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("Russian President Ivan Petrov 's offer", Phrases(doc, 1));
    }
}
