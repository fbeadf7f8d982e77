using Dyad.Actors.Petrarch;
using Dyad.Evaluation;
using Dyad.Events.Petrarch;
using Xunit;

namespace Dyad.Tests.Petrarch;

public class PetrarchCoderTests
{
    private static readonly DateOnly Day = new(1995, 1, 1);

    private const string Verbs = """
        &TIETYPES
        +MILITARY
        +ECONOMIC
        --- ARREST  [212] ---
        ARREST
        --- RESTORE  [050]  ---
        RESTORE
        - * {&TIETYPES TIES}  [080]
        --- CLASH  [190] ---
        CLASH
        - * (OVER EFFORTS)  [110]
        --- DELAY [120]  ---
        DOWNPLAY [014]
        - % *  [120]
        --- SAY [010] ---
        SAY {SAYS SAID SAYING}
        --- ATTACK [190] ---
        ATTACK
        ~ a (a b ATTACK) SAY = a b 015
        --- GRANT [060] ---
        PROVIDE
        - * SUPPORT [051]
        - * SUPPORT [060]
        --- BREAK [120] ---
        BREAK
        - + * (IN) $  [075]
        --- DEMOLISH [190] ---
        DEMOLISH
        DISARM
        - PROTESTER *  [145]
        - * WALL  [1712]
        --- FIRE [190] ---
        FIRE
        - * ROCKETS (TO +)  [194]
        --- EXPRESS [020] ---
        EXPRESS
        - * APPRECIATION [013]
        - * ASSISTANCE [033]
        --- CELEBRATE [051] ---
        CELEBRATE
        - * FESTIVAL ^ $ [017]
        - * HARVEST (AT ^ ^) + [017]
        - * HARVEST (IN ^) + [017]
        --- HOST [043:042] ---
        HOST
        """;

    private const string Actors = """
        ARNOR_  [ARN]
        GONDOR [GON]
        +MINAS_TIRITH
        OSGILIATH  [OSG]
        OSGILIATH_RADIO  [OSGMED]
        ERIADOR  [ERI]
        GOLLUM
        	[HOB < 950601]
        	[HOBGOV 19950601 - 19990815]
        """;

    private const string Agents = """
        POLICE {} [~COP]
        STUDENT  [~EDU]
        GOVERNMENT  [~GOV]
        MEDIA {} [~MED]
        MAN {MEN} [~PPL]
        """;

    private const string Ontology = """
        010:0x1000#Make Public Statement
        015:0x10a0
        017:0x1003
        042:0xB002
        043:0xB003
        050:0x0080#DiplomaticCoop
        110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
        190:0x00A0#Fight
        """;

    private static PetrarchCoder Coder() => new(new PetrarchDictionarySet(
        PetrarchVerbDictionary.Read(new StringReader(Verbs)),
        [PetrarchActorDictionary.Read(new StringReader(Actors))],
        PetrarchAgentDictionary.Read(new StringReader(Agents)),
        null,
        PetrarchCodingOntology.Read(new StringReader(Ontology))));

    /// <summary>Codes one sentence given as CoNLL-U rows "form lemma upos head deprel [xpos]" separated by ';'.</summary>
    private static List<string> Code(string rows, DateOnly? date = null, string? dateline = null)
    {
        var lines = rows.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((r, i) =>
            {
                var c = r.Split(' ');
                return $"{i + 1}\t{c[0]}\t{c[1]}\t{c[2]}\t{(c.Length > 5 ? c[5] : "_")}\t_\t{c[3]}\t{c[4]}\t_\t_";
            });
        var record = new PetrarchValidationRecord("t", "", date ?? Day, true, [], "", string.Join('\n', lines));
        var doc = PetrarchEvaluation.FromRecordParse(record)!;
        return Coder().Code(doc, date ?? Day, dateline).Select(e => e.Coding.ToString()).ToList();
    }

    [Fact]
    public void Coder_ComposesCountryAndAgentForSourceAndTarget()
    {
        var events = Code("Arnor Arnor PROPN 2 amod; police police NOUN 3 nsubj; arrested arrest VERB 0 root; Gondor Gondor PROPN 5 amod; students student NOUN 3 dobj");
        Assert.Equal(["212 ARNCOP GONEDU"], events);
    }

    [Fact]
    public void Coder_UsesThePatternThatMatchesAPhraseOverTheVerbDefault()
    {
        var events = Code("Arnor Arnor PROPN 2 nsubj; restored restore VERB 0 root; military military ADJ 4 amod; ties tie NOUN 2 dobj; with with ADP 6 case; Gondor Gondor PROPN 4 nmod");
        Assert.Equal(["080 ARN GON"], events);
    }

    [Fact]
    public void Coder_NegatesThroughTheCodingOntology()
    {
        var events = Code("Gondor Gondor PROPN 4 nsubj; did do AUX 4 aux; not not PART 4 neg; clash clash VERB 0 root; over over ADP 6 case; efforts effort NOUN 4 nmod; of of ADP 8 case; Osgiliath Osgiliath PROPN 6 nmod");
        Assert.Equal(["050 GON OSG"], events);
    }

    [Fact]
    public void Coder_CodesTheMembersOfACompoundSubjectWithEachOtherUnderAPercentPattern()
    {
        var events = Code("Gondor Gondor PROPN 4 nsubj; and and CONJ 1 cc; Osgiliath Osgiliath PROPN 1 conj; downplayed downplay VERB 0 root; their they PRON 6 nmod:poss; meeting meeting NOUN 4 dobj");
        Assert.Equal(["120 GON OSG", "120 OSG GON"], events);
    }

    [Fact]
    public void Coder_ResolvesDateRestrictedActorCodesOnTheSentenceDate()
    {
        const string rows = "Gollum Gollum PROPN 2 nsubj; arrested arrest VERB 0 root; Gondor Gondor PROPN 4 amod; police police NOUN 2 dobj";
        Assert.Equal(["212 HOB GONCOP"], Code(rows, new DateOnly(1995, 1, 1)));
        Assert.Equal(["212 HOBGOV GONCOP"], Code(rows, new DateOnly(1996, 1, 1)));
    }

    [Fact]
    public void Coder_AppliesAVerbTransformationToASayingAndItsComplement()
    {
        var events = Code("Arnor Arnor PROPN 2 nsubj; said say VERB 0 root; it it PRON 5 nsubj; would would AUX 5 aux; attack attack VERB 2 ccomp; Gondor Gondor PROPN 5 dobj");
        Assert.Equal(["015 ARN GON"], events);
    }

    [Fact]
    public void Coder_LeavesTheReportedEventToItselfWhenUnnamedPeopleSayIt()
    {
        // "Arnor attacked Gondor, police said": the police name no actor and address no one; the attack is the event.
        var events = Code("Arnor Arnor PROPN 2 nsubj; attacked attack VERB 6 ccomp; Gondor Gondor PROPN 2 obj; , , PUNCT 6 punct; "
            + "police police NOUN 6 nsubj; said say VERB 0 root");
        Assert.Equal(["190 ARN GON"], events);
    }

    [Fact]
    public void Coder_ReadsAPossessedConjunctAsItsPossessorsOnly()
    {
        // "Arnor restored ties with Gondor and Osgiliath's Gollum": the second target is Osgiliath's, Gollum is no third.
        var events = Code("Arnor Arnor PROPN 2 nsubj; restored restore VERB 0 root; ties tie NOUN 2 obj; with with ADP 5 case; "
            + "Gondor Gondor PROPN 2 obl; and and CCONJ 9 cc; Osgiliath Osgiliath PROPN 9 nmod:poss; 's 's PART 7 case; Gollum Gollum PROPN 5 conj");
        Assert.Equal(["050 ARN GON", "050 ARN OSG"], events);
    }

    [Fact]
    public void Coder_MatchesAnActorPhraseWithAModifierBetweenItsWords()
    {
        // "Arnor restored ties with Osgiliath state radio": OSGILIATH RADIO with "state" between.
        var events = Code("Arnor Arnor PROPN 2 nsubj; restored restore VERB 0 root; ties tie NOUN 2 obj; with with ADP 7 case; "
            + "Osgiliath Osgiliath PROPN 7 compound; state state NOUN 7 compound; radio radio NOUN 2 obl");
        Assert.Equal(["050 ARN OSGMED"], events);
        // Not across a phrase boundary: "Osgiliath's state, by radio" is no Osgiliath radio.
        var apart = Code("Arnor Arnor PROPN 2 nsubj; restored restore VERB 0 root; ties tie NOUN 2 obj; with with ADP 7 case; "
            + "Osgiliath Osgiliath PROPN 7 nmod:poss; 's 's PART 5 case; state state NOUN 2 obl; by by ADP 9 case; radio radio NOUN 2 obl");
        Assert.Equal(["050 ARN OSG"], apart);
    }

    [Fact]
    public void Coder_FindsAByPhraseHungOnAnAdverbOfThePassiveVerb()
    {
        // "Gondor was arrested later by Arnor police", with "by Arnor police" parsed under "later".
        var events = Code("Gondor Gondor PROPN 3 nsubj:pass; was be AUX 3 aux:pass; arrested arrest VERB 0 root; later later ADV 3 advmod; "
            + "by by ADP 7 case; Arnor Arnor PROPN 7 compound; police police NOUN 4 nmod");
        Assert.Equal(["212 ARNCOP GON"], events);
    }

    [Fact]
    public void Coder_TakesAnActorNameParsedAsAClausalSubjectForTheSubject()
    {
        // "Arnor on Thursday arrested Gondor students", with "Arnor" tagged a verb and made a clausal subject.
        var events = Code("Arnor Arnor VERB 4 csubj; on on ADP 3 case; Thursday Thursday PROPN 1 obl; arrested arrest VERB 0 root; "
            + "Gondor Gondor PROPN 6 compound; students student NOUN 4 obj");
        Assert.Equal(["212 ARN GONEDU"], events);
    }

    [Fact]
    public void Coder_ReadsAParticipleConjoinedToTheAdverbRootAsAPassive()
    {
        // "Gondor was quickly and quietly arrested over a dispute with Arnor", parsed with "quickly" as the root.
        var events = Code("Gondor Gondor PROPN 3 nsubj; was be AUX 3 cop; quickly quickly ADV 0 root; and and CCONJ 6 cc; quietly quietly ADV 6 advmod; "
            + "arrested arrest VERB 3 conj VBN; over over ADP 9 case; a a DET 9 det; dispute dispute NOUN 6 obl; with with ADP 11 case; Arnor Arnor PROPN 9 nmod");
        Assert.Equal(["212 ARN GON"], events);
    }

    [Fact]
    public void Coder_LetsAnAgentBorrowTheCountryOfItsConjunct()
    {
        var events = Code("Arnor Arnor PROPN 2 amod; media media NOUN 5 nsubj; and and CONJ 2 cc; government government NOUN 2 conj; arrested arrest VERB 0 root; Gondor Gondor PROPN 5 dobj");
        Assert.Equal(["212 ARNMED GON", "212 ARNGOV GON"], events);
    }

    [Fact]
    public void Coder_ReadsThereWereXKilledAsAPassive()
    {
        // "There were Gondor police arrested in Osgiliath": the participle's parsed subject is what was done to.
        var events = Code("There there PRON 2 expl; were be VERB 0 root; Gondor Gondor PROPN 4 compound; police police NOUN 5 nsubj; "
            + "arrested arrest VERB 2 csubj VBD; in in ADP 7 case; Osgiliath Osgiliath PROPN 5 nmod");
        Assert.Equal(["212 OSG GONCOP"], events);
    }

    [Fact]
    public void Coder_TakesTheActorOfAParticipleModifierOnlyWhenNoOtherNamesThePhrase()
    {
        var events = Code("The the DET 6 det; Osgiliath Osgiliath PROPN 4 compound; - - PUNCT 4 punct; linked link VERB 6 amod; "
            + "Gondor Gondor PROPN 6 compound; police police NOUN 7 nsubj; arrested arrest VERB 0 root; Arnor Arnor PROPN 9 compound; students student NOUN 7 dobj");
        Assert.Equal(["212 GONCOP ARNEDU"], events);
        var backed = Code("Osgiliath Osgiliath PROPN 3 compound; - - PUNCT 3 punct; backed back VERB 4 amod; police police NOUN 5 nsubj; "
            + "arrested arrest VERB 0 root; Arnor Arnor PROPN 7 compound; students student NOUN 5 dobj");
        Assert.Equal(["212 OSGCOP ARNEDU"], backed);
    }

    [Fact]
    public void Coder_GivesAConjunctWithoutActorTheActorOfItsPrepositionalPhrase()
    {
        var events = Code("Arnor Arnor PROPN 7 nsubj; and and CONJ 4 cc; the the DET 4 det; people people NOUN 1 conj; of of ADP 6 case; "
            + "Gondor Gondor PROPN 4 nmod; restored restore VERB 0 root; ties tie NOUN 7 dobj; with with ADP 10 case; Osgiliath Osgiliath PROPN 7 nmod");
        Assert.Equal(["050 ARN OSG", "050 GON OSG"], events);
    }

    [Fact]
    public void Coder_MakesTheSubjectTheTargetWhenThePatternNamesAnotherSource()
    {
        // "Arnor celebrated the festival with Osgiliath at Eriador" under "* FESTIVAL ^ $": Eriador celebrates with Arnor.
        var events = Code("Arnor Arnor PROPN 2 nsubj; celebrated celebrate VERB 0 root; the the DET 4 det; festival festival NOUN 2 obj; "
            + "with with ADP 6 case; Osgiliath Osgiliath PROPN 2 obl; at at ADP 8 case; Eriador Eriador PROPN 2 obl");
        Assert.Equal(["017 ERI ARN"], events);
        // As the complement of "host", with the governing clause's subject as the target; the hosting is not coded apart.
        var hosting = Code("Arnor Arnor PROPN 3 nsubj; will will AUX 3 aux; host host VERB 0 root; Gondor Gondor PROPN 3 obj; "
            + "to to PART 6 mark; celebrate celebrate VERB 3 xcomp; the the DET 8 det; festival festival NOUN 6 obj; "
            + "with with ADP 10 case; Osgiliath Osgiliath PROPN 6 obl; at at ADP 12 case; Eriador Eriador PROPN 6 obl");
        Assert.Equal(["017 ERI ARN"], hosting);
    }

    [Fact]
    public void Coder_PrefersThePatternWithMoreSkipsAndSkipsOnlyTheHeadOfAPhrase()
    {
        // "(AT ^ ^) +" passes "Osgiliath" and "the government", so the target is Gondor, not the government of Gondor,
        // and it fits better than "(IN ^) +" (which would give Gollum).
        var events = Code("Arnor Arnor PROPN 2 nsubj; celebrated celebrate VERB 0 root; the the DET 4 det; harvest harvest NOUN 2 obj; "
            + "at at ADP 6 case; Osgiliath Osgiliath PROPN 2 obl; with with ADP 9 case; the the DET 9 det; government government NOUN 2 obl; "
            + "of of ADP 11 case; Gondor Gondor PROPN 9 nmod; in in ADP 13 case; Eriador Eriador PROPN 2 obl; with with ADP 15 case; "
            + "Gollum Gollum PROPN 2 obl");
        Assert.Equal(["017 ARN GON"], events);
    }

    [Fact]
    public void Coder_ReadsATitleBeforeANameAsPartOfItsNounPhrase()
    {
        // "Gondor student Bilbo arrested Arnor police", with "student" a description of "Bilbo" (nmod:desc).
        var events = Code("Gondor Gondor PROPN 3 compound; student student NOUN 3 nmod:desc; Bilbo Bilbo PROPN 4 nsubj; arrested arrest VERB 0 root; "
            + "Arnor Arnor PROPN 6 compound; police police NOUN 4 obj");
        Assert.Equal(["212 GONEDU ARNCOP"], events);
    }

    [Fact]
    public void Coder_JoinsTwoSubjectsOfOneVerbStandingSideBySide()
    {
        // The same sentence parsed with "Gondor" and "Bilbo" both subjects of "arrested": one noun phrase.
        var split = Code("Gondor Gondor PROPN 4 nsubj; student student NOUN 3 nmod:desc; Bilbo Bilbo PROPN 4 nsubj; arrested arrest VERB 0 root; "
            + "Arnor Arnor PROPN 6 compound; police police NOUN 4 obj");
        Assert.Equal(["212 GONEDU ARNCOP"], split);
        // "Gondor, Osgiliath, Arnor and Eriador police arrested students" split after "Osgiliath": a list, four sources.
        var list = Code("Gondor Gondor PROPN 8 nsubj; , , PUNCT 3 punct; Osgiliath Osgiliath PROPN 1 conj; , , PUNCT 5 punct; "
            + "Arnor Arnor PROPN 8 nsubj; and and CCONJ 7 cc; Eriador Eriador PROPN 5 conj; arrested arrest VERB 0 root; students student NOUN 8 obj");
        Assert.Equal(["212 GON ---EDU", "212 OSG ---EDU", "212 ARN ---EDU", "212 ERI ---EDU"], list);
        // "The lions and the awful Gondor police arrested Arnor" with "and" hung on the verb between the two subjects.
        var parted = Code("The the DET 2 det; lions lion NOUN 8 nsubj; and and CCONJ 8 cc; the the DET 7 det; awful awful ADJ 7 amod; "
            + "Gondor Gondor PROPN 7 compound; police police NOUN 8 nsubj; arrested arrest VERB 0 root; Arnor Arnor PROPN 8 obj");
        Assert.Equal(["212 GONCOP ARN"], parted);
        // "Gondor student Bilbo arrested Arnor police" with "Bilbo" parsed as the object of "Gondor".
        var raised = Code("Gondor Gondor PROPN 4 nsubj; student student NOUN 3 nmod:desc; Bilbo Bilbo PROPN 1 obj; arrested arrest VERB 0 root; "
            + "Arnor Arnor PROPN 6 compound; police police NOUN 4 obj");
        Assert.Equal(["212 GONEDU ARNCOP"], raised);
        // "Gondor's student Bilbo arrested Arnor police" with the possessive hung on the verb.
        var possessive = Code("Gondor Gondor PROPN 5 nmod:poss; 's 's PART 1 case; student student NOUN 4 nmod:desc; Bilbo Bilbo PROPN 5 nsubj; "
            + "arrested arrest VERB 0 root; Arnor Arnor PROPN 7 compound; police police NOUN 5 obj");
        Assert.Equal(["212 GONEDU ARNCOP"], possessive);
        // Subjects parted by a clause stay apart: "Gondor, where Arnor police arrested students, Osgiliath said" is not one phrase.
        Assert.DoesNotContain("010 OSG GON", Code("Gondor Gondor PROPN 10 nsubj; , , PUNCT 5 punct; where where ADV 5 advmod; Arnor Arnor PROPN 5 compound; "
            + "police police NOUN 6 nsubj; arrested arrest VERB 1 acl:relcl; students student NOUN 6 obj; , , PUNCT 9 punct; Osgiliath Osgiliath PROPN 10 nsubj; said say VERB 0 root"));
    }

    [Fact]
    public void Coder_PrefersTheLaterWrittenOfTwoPatternsWithTheSameWords()
    {
        var events = Code("Arnor Arnor PROPN 2 nsubj; provided provide VERB 0 root; support support NOUN 2 dobj; to to ADP 5 case; Gondor Gondor PROPN 2 nmod");
        Assert.Equal(["060 ARN GON"], events);
    }

    [Fact]
    public void Coder_PrefersOfTwoEqualPatternsTheOneMatchingTheEarlierWord()
    {
        var events = Code("Arnor Arnor PROPN 2 nsubj; expressed express VERB 0 root; appreciation appreciation NOUN 2 dobj; for for ADP 7 case; "
            + "Gondor Gondor PROPN 7 nmod:poss; 's 's PART 5 case; assistance assistance NOUN 3 nmod");
        Assert.Equal(["013 ARN GON"], events);
    }

    [Fact]
    public void Coder_MatchesTheWordsBeforeAnXcompVerbAgainstItsControllersSubject()
    {
        // "Gollum was seen to break in a Gondor parade": BREAK's "+ * (IN) $" reads Gollum before "break".
        var events = Code("Gollum Gollum PROPN 3 nsubjpass; was be AUX 3 auxpass; seen see VERB 0 root; to to PART 5 mark; break break VERB 3 xcomp; "
            + "in in ADP 5 compound:prt; a a DET 9 det; Gondor Gondor PROPN 9 compound; parade parade NOUN 5 dobj");
        Assert.Equal(["075 GON HOB"], events);
    }

    [Fact]
    public void Coder_MatchesThePassiveByPhraseAgainstTheWordsBeforeTheVerb()
    {
        // "The Gondor tower was demolished by an Arnor protester" reads as "an Arnor protester demolished the Gondor tower".
        var events = Code("The the DET 3 det; Gondor Gondor PROPN 3 compound; tower tower NOUN 5 nsubjpass; was be AUX 5 auxpass; "
            + "demolished demolish VERB 0 root; by by ADP 9 case; an a DET 9 det; Arnor Arnor PROPN 9 compound; protester protester NOUN 5 nmod");
        Assert.Equal(["145 ARN GON"], events);
    }

    [Fact]
    public void Coder_DoesNotMatchABracketedToBeforeAnActorSlotWithAnInfinitive()
    {
        var infinitive = Code("Arnor Arnor PROPN 2 nsubj; fired fire VERB 0 root; rockets rocket NOUN 2 dobj; to to PART 5 mark; "
            + "warn warn VERB 2 advcl; Gondor Gondor PROPN 5 dobj");
        Assert.Equal(["190 ARN GON"], infinitive);
        var preposition = Code("Arnor Arnor PROPN 2 nsubj; fired fire VERB 0 root; rockets rocket NOUN 2 dobj; to to ADP 5 case; "
            + "Gondor Gondor PROPN 2 nmod");
        Assert.Equal(["194 ARN GON"], preposition);
    }

    [Fact]
    public void Coder_FindsAByPhraseWhoseByHangsOnACompoundAndNotAPlaceBeforeIt()
    {
        // "The Gondor convoy was attacked over Osgiliath by a surface missile fired by Arnor", with "by" parsed under "surface":
        // the source is the by-phrase's actor, not the place.
        var events = Code("The the DET 3 det; Gondor Gondor PROPN 3 compound; convoy convoy NOUN 5 nsubjpass; was be AUX 5 auxpass; "
            + "attacked attack VERB 0 root; over over ADP 7 case; Osgiliath Osgiliath PROPN 5 nmod; by by ADP 10 case; a a DET 11 det; "
            + "surface surface NOUN 11 compound; missile missile NOUN 5 nmod; fired fire VERB 11 acl VBN; by by ADP 14 case; Arnor Arnor PROPN 12 nmod");
        Assert.Contains("190 ARN GON", events);
        Assert.DoesNotContain("190 OSG GON", events);
    }

    [Fact]
    public void Coder_TakesTheAgentInsideAByPhraseWithoutAnActor()
    {
        // "The Gondor convoy was attacked by a missile fired by police": no actor in the by-phrase, its agent is the source.
        var events = Code("The the DET 3 det; Gondor Gondor PROPN 3 compound; convoy convoy NOUN 5 nsubjpass; was be AUX 5 auxpass; "
            + "attacked attack VERB 0 root; by by ADP 8 case; a a DET 8 det; missile missile NOUN 5 nmod; fired fire VERB 8 acl VBN; "
            + "by by ADP 11 case; police police NOUN 9 nmod");
        Assert.Contains("190 ---COP GON", events);
    }

    [Fact]
    public void Coder_GivesAPhraseWithOnlyAnAgentModifierTheActorOfItsPrepositionalPhrase()
    {
        // "Arnor police arrested the student union of Gondor": the union is Gondor's, a student one (GONEDU), not Gondor itself.
        var events = Code("Arnor Arnor PROPN 2 amod; police police NOUN 3 nsubj; arrested arrest VERB 0 root; the the DET 6 det; "
            + "student student NOUN 6 compound; union union NOUN 3 dobj; of of ADP 8 case; Gondor Gondor PROPN 6 nmod");
        Assert.Equal(["212 ARNCOP GONEDU"], events);
    }

    [Fact]
    public void Coder_TakesNoTargetFromAClauseNestedInsideWhatWasSaid()
    {
        var nested = Code("Arnor Arnor PROPN 2 nsubj; said say VERB 0 root; it it PRON 4 nsubj; has have VERB 2 ccomp; "
            + "evidence evidence NOUN 4 dobj; proving prove VERB 5 acl; Gondor Gondor PROPN 6 dobj; lied lie VERB 6 ccomp");
        Assert.Empty(nested);
        var direct = Code("Arnor Arnor PROPN 2 nsubj; said say VERB 0 root; it it PRON 4 nsubj; has have VERB 2 ccomp; "
            + "satisfaction satisfaction NOUN 4 dobj; toward toward ADP 7 case; Gondor Gondor PROPN 4 nmod");
        Assert.Equal(["010 ARN GON"], direct);
    }

    [Fact]
    public void Coder_GivesTheDatelineActorsToTheOpeningNounPhraseThatNamesOnlyAgents()
    {
        const string rows = "Police police NOUN 4 nsubj; and and CONJ 1 cc; men man NOUN 1 conj; arrested arrest VERB 0 root; "
            + "Arnor Arnor PROPN 6 amod; students student NOUN 4 dobj";
        Assert.Equal(["212 ---COP ARNEDU", "212 ---PPL ARNEDU"], Code(rows));
        // "OSGILIATH, Minas Tirith —": two names of places with codes (the second Gondor's); the general ~PPL gives way to ~COP.
        Assert.Equal(["212 OSGCOP ARNEDU", "212 GONCOP ARNEDU"], Code(rows, dateline: "OSGILIATH, Minas Tirith —"));
        // An opening phrase with its own actor keeps it.
        var own = Code("Arnor Arnor PROPN 2 amod; police police NOUN 3 nsubj; arrested arrest VERB 0 root; students student NOUN 3 dobj",
            dateline: "OSGILIATH —");
        Assert.Equal(["212 ARNCOP ---EDU"], own);
    }

    [Fact]
    public void Evaluation_FindsTheDatelineARecordParseLeavesOut()
    {
        const string parse = "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_";
        var left = new PetrarchValidationRecord("d", "", Day, true, [], "OSGILIATH, Minas\n Tirith: Police arrested", parse);
        Assert.Equal("OSGILIATH, Minas Tirith:", PetrarchEvaluation.LeftOutDateline(left));
        var whole = new PetrarchValidationRecord("w", "", Day, true, [], "Police arrested", parse);
        Assert.Null(PetrarchEvaluation.LeftOutDateline(whole));
        var notDateline = new PetrarchValidationRecord("n", "", Day, true, [], "Yesterday Police arrested", parse);
        Assert.Null(PetrarchEvaluation.LeftOutDateline(notDateline));
    }

    [Fact]
    public void Evaluation_SplitsTheDatelineOffATextToParse()
    {
        Assert.Equal("OSGILIATH, Minas Tirith:", PetrarchEvaluation.OpeningDateline("OSGILIATH, Minas Tirith: Police arrested two men.", out var rest));
        Assert.Equal("Police arrested two men.", rest);
        Assert.Equal("EDORAS:", PetrarchEvaluation.OpeningDateline("EDORAS: -- The mayor spoke.", out rest));
        Assert.Equal("The mayor spoke.", rest);
        Assert.Equal("ARNOR —", PetrarchEvaluation.OpeningDateline("ARNOR — The mayor spoke.", out rest));
        Assert.Null(PetrarchEvaluation.OpeningDateline("Arnor said: the mayor spoke.", out rest));
        Assert.Null(PetrarchEvaluation.OpeningDateline("A mayor spoke - briefly.", out rest));
        Assert.Null(PetrarchEvaluation.OpeningDateline("NATO forces said: no.", out rest));
    }

    [Fact]
    public void Coder_DoesNotMatchPatternWordsInsideARelativeClause()
    {
        // "Arnor demolished a house where Gondor built a wall": the wall is not what was demolished.
        var events = Code("Arnor Arnor PROPN 2 nsubj; demolished demolish VERB 0 root; a a DET 4 det; house house NOUN 2 dobj; "
            + "where where ADV 7 advmod; Gondor Gondor PROPN 7 nsubj; built build VERB 4 acl:relcl; a a DET 9 det; wall wall NOUN 7 dobj");
        Assert.Equal(["190 ARN GON"], events);
    }

    [Fact]
    public void Coder_GivesAPassiveAdverbialClauseWithoutAnActorTheSubjectOfTheClauseItModifies()
    {
        // "Peace for Arnor was reached after Gondor was disarmed in a place where it attacked Osgiliath": no one named disarmed
        // Gondor, the upper clause's subject (Arnor's peace) stands in; Osgiliath in the relative clause is not the source.
        var events = Code("Peace peace NOUN 5 nsubjpass; for for ADP 3 case; Arnor Arnor PROPN 1 nmod; was be AUX 5 auxpass; "
            + "reached reach VERB 0 root; after after SCONJ 9 mark; Gondor Gondor PROPN 9 nsubjpass; was be AUX 9 auxpass; "
            + "disarmed disarm VERB 5 advcl; in in ADP 12 case; a a DET 12 det; place place NOUN 9 nmod; where where ADV 15 advmod; "
            + "it it PRON 15 nsubj; attacked attack VERB 12 acl:relcl; Osgiliath Osgiliath PROPN 15 dobj");
        Assert.Equal(["190 ARN GON"], events);
        // "Arnor and Gondor met after a dam was demolished": no one on either side of the demolishing, no event.
        var none = Code("Arnor Arnor PROPN 4 nsubj; and and CONJ 1 cc; Gondor Gondor PROPN 1 conj; met meet VERB 0 root; "
            + "after after SCONJ 9 mark; a a DET 7 det; dam dam NOUN 9 nsubjpass; was be AUX 9 auxpass; demolished demolish VERB 4 advcl");
        Assert.Empty(none);
    }

    [Fact]
    public void VerbDictionary_ReadsAPatternLineWithoutItsDashAndNotesIt()
    {
        var verbs = PetrarchVerbDictionary.Read(new StringReader("--- BEGIN [---] ---\nBEGIN\n* (TO QUESTION) [110]\n"));
        Assert.Equal(1, verbs.PatternCount);
        Assert.Contains(verbs.Issues, i => i.Reason.Contains("read as a pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluation_LeavesOutARecordExpectingTheMalformedParseError()
    {
        const string xml = """
            <Sentences>
            <Sentence date="19950101" id="E1">
            <EventCoding error="bad_input_parse" />
            <Text>Arnor restored ties with Gondor.</Text>
            <Parse>
            1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
            2	restored	restore	VERB	VBD	_	0	root	_	_
            </Parse>
            </Sentence>
            </Sentences>
            """;
        var r = Assert.Single(PetrarchValidationFile.Parse(xml).Records);
        Assert.Equal(PetrarchValidationRecord.BadInputParse, r.ExpectedError);
        Assert.Empty(r.Expected);
    }

    [Fact]
    public void Ontology_NegationGoesBothWays()
    {
        var o = PetrarchCodingOntology.Read(new StringReader(Ontology + "\n011:0x1000-0xFFFF\n"));
        Assert.Equal("050", o.Negate("110"));
        Assert.Equal("110", o.Negate("050"));
        Assert.Equal("011", o.Negate("010"));
        Assert.Null(o.Negate("190"));
    }

    [Fact]
    public void ValidationFile_ToleratesASelfClosedSentenceAndReadsTheEnvironment()
    {
        const string xml = """
            <Validation>
            <!-- a comment quoting <Sentence id="no"> -->
            <Environment>
                <Verbfile>V.txt</Verbfile>
                <Actorfile>A1.txt, A2.txt</Actorfile>
                <Agentfile>G.txt</Agentfile>
                <PICOfile>P.txt</PICOfile>
                <Include>valid DEMO</Include>
            </Environment>
            <Sentences>
            <Sentence category="DEMO" date="20150609" id="T1" evaluate="true"/>
            <EventCoding eventcode="194" sourcecode="---REB" targetcode="MYSBUS" />
            <Text>
            The flight was
            blown up &amp; lost.
            </Text>
            </Sentence>
            <Sentence category="OTHER" date="20150609" id="T2">
            <EventCoding noevents="True" />
            <Text>x</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;
        var f = PetrarchValidationFile.Parse(xml);
        Assert.Equal("V.txt", f.VerbFile);
        Assert.Equal(["A1.txt", "A2.txt"], f.ActorFiles);
        Assert.Equal("P.txt", f.OntologyFile);
        Assert.Equal(["DEMO"], f.Include);
        Assert.Equal(2, f.Records.Count);
        var r = f.Records[0];
        Assert.Equal("The flight was blown up & lost.", r.Text);
        Assert.Equal(new DateOnly(2015, 6, 9), r.Date);
        Assert.Equal(new PetrarchCoding("---REB", "MYSBUS", "194"), Assert.Single(r.Expected));
        Assert.True(f.IsIncluded(r));
        Assert.Empty(f.Records[1].Expected);
        Assert.False(f.IsIncluded(f.Records[1]));
    }

    [Fact]
    public void ValidationFile_RejectsARecordWithoutADate()
    {
        var e = Assert.Throws<InvalidDataException>(() => PetrarchValidationFile.Parse("<Sentences><Sentence id=\"X1\"><Text>a</Text></Sentence></Sentences>"));
        Assert.Contains("X1", e.Message);
    }

    [Fact]
    public void Coding_LeavesNullActorsOutOfTheComparison()
    {
        Assert.True(new PetrarchCoding("---", "GON", "010").HasNullActor);
        Assert.True(new PetrarchCoding("ARN", "", "010").HasNullActor);
        Assert.False(new PetrarchCoding("---REL", "GON", "010").HasNullActor);
    }
}
