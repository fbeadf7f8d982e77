using Dyad.Documents;
using Dyad.Documents.Parsing;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Parsing;

/// <summary>Beam search parsing and global (beam) training.</summary>
public class BeamTests
{
    private const string EwtDev = "ud-english-ewt/en_ewt-ud-dev.conllu";

    // Sentences whose trees need every move and both kinds of arc, repeated so a few passes learn them.
    private const string Toy = """
        # sent_id = beam-1
        1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
        2	attacked	attack	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	convoy	convoy	NOUN	NN	_	2	obj	_	_
        5	near	near	ADP	IN	_	7	case	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	border	border	NOUN	NN	_	2	obl	_	_
        8	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = beam-2
        1	The	the	DET	DT	_	2	det	_	_
        2	minister	minister	NOUN	NN	_	3	nsubj	_	_
        3	said	say	VERB	VBD	_	0	root	_	_
        4	that	that	SCONJ	IN	_	7	mark	_	_
        5	talks	talk	NOUN	NNS	_	7	nsubj:pass	_	_
        6	were	be	AUX	VBD	_	7	aux:pass	_	_
        7	postponed	postpone	VERB	VBN	_	3	ccomp	_	_
        8	.	.	PUNCT	.	_	3	punct	_	_

        # sent_id = beam-3
        1	Police	police	NOUN	NNS	_	2	nsubj	_	_
        2	arrested	arrest	VERB	VBD	_	0	root	_	_
        3	two	two	NUM	CD	_	4	nummod	_	_
        4	men	man	NOUN	NNS	_	2	obj	_	_
        5	and	and	CCONJ	CC	_	6	cc	_	_
        6	seized	seize	VERB	VBD	_	2	conj	_	_
        7	weapons	weapon	NOUN	NNS	_	6	obj	_	_
        8	.	.	PUNCT	.	_	2	punct	_	_


        """;

    private static ParserTrainingResult TrainToy(string dir, int beam, BeamUpdate update, string? output = null)
    {
        var path = Path.Combine(dir, "toy.conllu");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(Toy, 5)));
        return Parser.Train(new ParserTrainingOptions
        {
            TrainFiles = [new ParserTrainingFile(path)],
            DevFile = path,
            Iterations = 5,
            HashBits = 12,
            LabelHashBits = 10,
            Seed = 3,
            BeamWidth = beam,
            BeamUpdate = update,
            OutputPath = output,
        });
    }

    [Fact]
    public void StaticOracle_FollowedFromTheStartRebuildsAProjectiveGoldTree()
    {
        // 0-based heads, -1 = root: arcs both ways, nesting, a word with dependents on both sides.
        int[] heads = [1, 4, 4, 2, -1, 6, 4, 4];
        int n = heads.Length;
        var gold = new int[n + 1];
        for (int i = 0; i < n; i++) gold[i] = heads[i] < 0 ? n : heads[i];
        var s = new ArcHybrid();
        s.Init(n);
        int moves = 0;
        var costs = new int[3];
        while (!s.Terminal)
        {
            int move = s.StaticOracle(gold);
            s.MoveCosts(gold, costs);
            Assert.Equal(0, costs[move]);
            s.Apply(move, 0);
            moves++;
        }
        Assert.Equal(2 * n, moves);
        for (int i = 0; i < n; i++) Assert.Equal(gold[i], s.Head[i]);
    }

    [Fact]
    public void CopyFrom_GivesAnIndependentStateThatContinuesLikeTheOriginal()
    {
        var a = new ArcHybrid();
        a.Init(4);
        a.Apply(ArcHybrid.Shift, 0);
        a.Apply(ArcHybrid.Shift, 0);
        a.Apply(ArcHybrid.Left, 5); // b0 (word 2) becomes the head of s0 (word 1)
        var b = new ArcHybrid();
        b.CopyFrom(a);
        a.Apply(ArcHybrid.Shift, 0);
        Assert.Equal(a.Sp - 1, b.Sp);
        b.Apply(ArcHybrid.Shift, 0);
        Assert.Equal(a.Sp, b.Sp);
        Assert.Equal(a.B, b.B);
        for (int i = 0; i <= 4; i++)
        {
            Assert.Equal(a.Head[i], b.Head[i]);
            Assert.Equal(a.Label[i], b.Label[i]);
            Assert.Equal(a.L1[i], b.L1[i]);
            Assert.Equal(a.NL[i], b.NL[i]);
            Assert.Equal(a.LSet[i], b.LSet[i]);
        }
        Assert.Equal(2, b.Head[1]);
        Assert.Equal(5, b.Label[1]);
    }

    private static List<ConlluSentence> DevSentences(int count) => Conllu.ReadFile(SharedData.Path(EwtDev)).GetRange(0, count);

    private static Document Tagged(List<ConlluSentence> sentences)
    {
        var doc = ConlluDocuments.Build(sentences, withGold: false);
        Tagger.Default.Process(doc);
        return doc;
    }

    [DataFact(EwtDev)]
    public void BeamOfWidthOne_ParsesExactlyAsTheGreedyParser()
    {
        var sentences = DevSentences(300);
        var greedy = Tagged(sentences);
        var beam = Tagged(sentences);
        Parser.Default.WithBeam(1).Process(greedy);
        Parser.Default.WithBeamSearch(1).Process(beam);
        for (int i = 0; i < greedy.TokenCount; i++)
        {
            Assert.Equal(greedy.Tokens[i].Head, beam.Tokens[i].Head);
            Assert.Equal(greedy.Tokens[i].Deprel, beam.Tokens[i].Deprel);
        }
    }

    [DataFact(EwtDev)]
    public void Beam_AlwaysReturnsAValidTree()
    {
        var sentences = DevSentences(300);
        foreach (int width in new[] { 2, 8 })
        {
            var doc = Tagged(sentences);
            Parser.Default.WithBeam(width).Process(doc);
            AssertValidTrees(doc);
        }
    }

    private static void AssertValidTrees(Document doc)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var rec = doc.SentenceRecords[s];
            int first = rec.FirstToken, n = rec.TokenCount, roots = 0;
            for (int i = first; i < first + n; i++)
            {
                var t = doc.Tokens[i];
                Assert.NotEqual(0, t.Deprel);
                Assert.NotEqual("_", Labels.Deprel.Name(t.Deprel));
                if (t.Head < 0) { roots++; Assert.Equal("root", Labels.Deprel.Name(t.Deprel)); continue; }
                Assert.InRange(t.Head, first, first + n - 1);
                Assert.NotEqual(i, t.Head);
                // Following heads from any word reaches the root within n steps: no cycle.
                int h = i, steps = 0;
                while (h >= 0 && steps <= n) { h = doc.Tokens[h].Head; steps++; }
                Assert.True(h < 0, $"cycle through token {i}");
            }
            Assert.Equal(1, roots);
        }
    }

    [Theory]
    [InlineData(BeamUpdate.MaxViolation)]
    [InlineData(BeamUpdate.Early)]
    public void BeamTraining_LearnsTheToyTreebankAndTheModelFileKeepsTheWidth(BeamUpdate update)
    {
        var dir = Directory.CreateTempSubdirectory("dyad-beam-").FullName;
        try
        {
            var model = Path.Combine(dir, "parser.dyad");
            var result = TrainToy(dir, 4, update, model);
            Assert.Equal(100, result.Dev.Las);
            Assert.Equal(4, result.Parser.BeamWidth);
            var loaded = Parser.Load(model);
            Assert.Equal(4, loaded.BeamWidth);
            Assert.Equal(update == BeamUpdate.MaxViolation ? "max-violation" : "early", (string)loaded.Metadata["beam_update"]!);
            var gold = Conllu.ReadFile(Path.Combine(dir, "toy.conllu"));
            Assert.Equal(100, loaded.Evaluate(gold).LasFull);
            var doc = Parser.ToDocument(gold, setGoldTags: true);
            loaded.Process(doc);
            AssertValidTrees(doc);
            // Saved again at another width, the file records that width.
            var narrow = Path.Combine(dir, "narrow.dyad");
            loaded.WithBeam(2).Save(narrow);
            Assert.Equal(2, Parser.Load(narrow).BeamWidth);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void GreedyModel_LoadsWithWidthOne()
    {
        var dir = Directory.CreateTempSubdirectory("dyad-beam-").FullName;
        try
        {
            var model = Path.Combine(dir, "parser.dyad");
            TrainToy(dir, 1, BeamUpdate.MaxViolation, model);
            var loaded = Parser.Load(model);
            Assert.Equal(1, loaded.BeamWidth);
            Assert.Null(loaded.Metadata["beam"]);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
