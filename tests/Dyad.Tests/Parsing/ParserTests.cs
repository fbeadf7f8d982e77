using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Parsing;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;
using Dyad.Pipeline;

namespace Dyad.Tests.Parsing;

public class ParserTests
{
    // A small treebank: every arc type the tests look at, repeated so a few perceptron passes learn it.
    private const string Toy = """
        # sent_id = toy-1
        1	Israel	Israel	PROPN	NNP	_	3	nsubj	_	_
        2	has	have	AUX	VBZ	_	3	aux	_	_
        3	sought	seek	VERB	VBN	_	0	root	_	_
        4	to	to	PART	TO	_	5	mark	_	_
        5	reschedule	reschedule	VERB	VB	_	3	xcomp	_	_
        6	a	a	DET	DT	_	7	det	_	_
        7	meeting	meeting	NOUN	NN	_	5	obj	_	_
        8	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = toy-2
        1	The	the	DET	DT	_	2	det	_	_
        2	talks	talk	NOUN	NNS	_	4	nsubj:pass	_	_
        3	were	be	AUX	VBD	_	4	aux:pass	_	_
        4	delayed	delay	VERB	VBN	_	0	root	_	_
        5	by	by	ADP	IN	_	6	case	_	_
        6	officials	official	NOUN	NNS	_	4	obl	_	_
        7	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = toy-3
        1	Officials	official	NOUN	NNS	_	2	nsubj	_	_
        2	said	say	VERB	VBD	_	0	root	_	_
        3	that	that	SCONJ	IN	_	5	mark	_	_
        4	talks	talk	NOUN	NNS	_	5	nsubj	_	_
        5	resumed	resume	VERB	VBD	_	2	ccomp	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_


        """;

    private static string WriteToy(string dir)
    {
        var path = Path.Combine(dir, "toy.conllu");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(Toy, 5)));
        return path;
    }

    private static ParserTrainingResult TrainToy(string dir, string? output = null)
    {
        var toy = WriteToy(dir);
        return Parser.Train(new ParserTrainingOptions
        {
            TrainFiles = [new ParserTrainingFile(toy)],
            DevFile = toy,
            Iterations = 4,
            HashBits = 12,
            Seed = 7,
            OutputPath = output,
        });
    }

    [Fact]
    public void Parser_LearnsToyTreebankAndRoundTripsThroughModelFile()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-parser-").FullName;
        try
        {
            var model = Path.Combine(dir, "parser.dyad");
            var result = TrainToy(dir, model);
            Assert.Equal(100, result.Dev.Las);
            var loaded = Parser.Load(model);
            Assert.Equal(7, (int)loaded.Metadata["seed"]!);
            Assert.Equal(4, (int)loaded.Metadata["iterations"]!);
            var gold = Conllu.ReadFile(Path.Combine(dir, "toy.conllu"));
            var a = Parser.ToDocument(gold, setGoldTags: true);
            var b = Parser.ToDocument(gold, setGoldTags: true);
            result.Parser.Process(a);
            loaded.Process(b);
            for (int i = 0; i < a.TokenCount; i++)
            {
                Assert.Equal(a.Tokens[i].Head, b.Tokens[i].Head);
                Assert.Equal(a.Tokens[i].Deprel, b.Tokens[i].Deprel);
            }
            Assert.Equal(100, loaded.Evaluate(gold).LasFull);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Parser_LoadRejectsAnOlderFormatVersionClearly()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-oldparser-{Guid.NewGuid():N}.dyad");
        try
        {
            Dyad.Documents.Models.ModelFile.Save(path, Parser.ModelKind, Parser.FormatVersion - 1, new System.Text.Json.Nodes.JsonObject(), []);
            var e = Assert.Throws<InvalidDataException>(() => Parser.Load(path));
            Assert.Contains($"format version {Parser.FormatVersion - 1}", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Parser_LoadRejectsAnotherModelKind()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-notparser-{Guid.NewGuid():N}.dyad");
        try
        {
            Dyad.Documents.Models.ModelFile.Save(path, "tagger", 1, new System.Text.Json.Nodes.JsonObject(), []);
            var e = Assert.Throws<InvalidDataException>(() => Parser.Load(path));
            Assert.Contains("not a 'parser' model", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Oracle_FollowingZeroCostMovesRebuildsTheGoldTree()
    {
        // 0-based heads, -1 = root: "A1 B2 C3 D4 E5 F6" with arcs both ways and nesting.
        int[] heads = [1, -1, 3, 1, 3, 1];
        int n = heads.Length;
        var gold = new int[n + 1];
        for (int i = 0; i < n; i++) gold[i] = heads[i] < 0 ? n : heads[i];
        var s = new ArcHybrid();
        s.Init(n);
        var costs = new int[3];
        while (!s.Terminal)
        {
            s.MoveCosts(gold, costs);
            int move = costs[ArcHybrid.Left] == 0 ? ArcHybrid.Left : costs[ArcHybrid.Right] == 0 ? ArcHybrid.Right : ArcHybrid.Shift;
            Assert.Equal(0, costs[move]);
            s.Apply(move, 0);
        }
        for (int i = 0; i < n; i++) Assert.Equal(gold[i], s.Head[i]);
    }

    [Fact]
    public void Oracle_ChargesShiftThatStrandsAHeadOnTheStack()
    {
        // Word 0 heads words 1 and 2. After SHIFT 0, SHIFT 1, shifting 2 would leave 2's head (0) below s0: cost 1.
        int[] gold = [3, 0, 0, -1];
        var s = new ArcHybrid();
        s.Init(3);
        s.Apply(ArcHybrid.Shift, 0);
        s.Apply(ArcHybrid.Shift, 0);
        var costs = new int[3];
        s.MoveCosts(gold, costs);
        Assert.Equal(1, costs[ArcHybrid.Shift]);
        Assert.Equal(0, costs[ArcHybrid.Right]);
        Assert.Equal(1, costs[ArcHybrid.Left]);
    }

    [Fact]
    public void Projectivity_LiftsCrossingArcAndDeprojectivizeRestoresIt()
    {
        // "A hearing is scheduled on the issue today": 1 <- 6 crosses 3 -> 7; the classic lifted-PP case.
        // Words: 0 A, 1 hearing, 2 is, 3 scheduled, 4 on, 5 the, 6 issue, 7 today. "on the issue" modifies "hearing".
        int[] gold = [1, 3, 3, -1, 6, 6, 1, 3];
        int[] heads = (int[])gold.Clone();
        var lost = new int[heads.Length];
        Assert.True(Projectivity.IsNonProjective(heads, 6));
        int lifted = Projectivity.Projectivize(heads, lost);
        Assert.Equal(1, lifted);
        Assert.Equal(1, lost[6]);
        Assert.Equal(3, heads[6]);
        for (int d = 0; d < heads.Length; d++) Assert.False(Projectivity.IsNonProjective(heads, d));

        // Labels: 0 det, 1 nsubj, 2 aux, 3 root, 4 case, 5 det, 6 nmod||nsubj, 7 obl.
        string[] names = ["det", "nsubj", "aux", "root", "case", "nmod", "obl", "nmod||nsubj"];
        int[] baseOf = [0, 1, 2, 3, 4, 5, 6, 5];
        int[] headRel = [-1, -1, -1, -1, -1, -1, -1, 1];
        int[] labels = [0, 1, 2, 3, 4, 0, 7, 6];
        Assert.Equal("nmod||nsubj", names[labels[6]]);
        Projectivity.Deprojectivize(heads, labels, baseOf, headRel, new int[heads.Length]);
        Assert.Equal(gold, heads);
        Assert.Equal(5, labels[6]);
    }

    /// <summary>The seed article's sentence, segmented by our segmenter and tagged by the shipped tagger, as the pipeline runs it.</summary>
    private static Document SeedSentence()
    {
        var doc = new Document(new Article { Text = "Israel has sought to reschedule a high-level meeting with the White House regarding military plans for Gaza\u2019s southern city of Rafah." });
        Segmenter.Default.Process(doc);
        Tagger.Default.Process(doc);
        return doc;
    }

    private static int Find(Document doc, string word)
    {
        for (int i = 0; i < doc.TokenCount; i++) if (doc[i].Text == word) return i;
        throw new InvalidOperationException($"no token '{word}'");
    }

    [Fact]
    public void Parser_SeedSentenceHasIsraelSubjectRescheduleXcompMeetingObject()
    {
        var doc = SeedSentence();
        Parser.Default.Process(doc);
        int israel = Find(doc, "Israel"), sought = Find(doc, "sought"), reschedule = Find(doc, "reschedule"), meeting = Find(doc, "meeting");
        var tokens = doc.Tokens;
        Assert.Equal(sought, tokens[israel].Head);
        Assert.Equal("nsubj", Labels.Deprel.Name(tokens[israel].Deprel));
        Assert.Equal(sought, tokens[reschedule].Head);
        Assert.Equal("xcomp", Labels.Deprel.Name(tokens[reschedule].Deprel));
        Assert.Equal(reschedule, tokens[meeting].Head);
        Assert.Equal("obj", Labels.Deprel.Name(tokens[meeting].Deprel));
        Assert.Equal(-1, tokens[sought].Head);
        Assert.Equal("root", Labels.Deprel.Name(tokens[sought].Deprel));
        Assert.True(doc.Layers.HasFlag(Layers.Parse));
    }

    [Fact]
    public void Parser_GivesEverySentenceExactlyOneRootAndHeadsInsideTheSentence()
    {
        var doc = SeedSentence();
        Parser.Default.Process(doc);
        int roots = 0;
        foreach (var t in doc.Tokens)
        {
            if (t.Head < 0) { roots++; continue; }
            Assert.Equal(t.Sentence, doc.Tokens[t.Head].Sentence);
            Assert.NotEqual(0, t.Deprel);
        }
        Assert.Equal(1, roots);
    }
}
