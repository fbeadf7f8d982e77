using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Pipeline;

namespace Dyad.Tests.Tagging;

public class ConlluEvaluationTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = They don't run.
        1	They	they	PRON	PRP	_	4	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	run	run	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = s2
        # text = Go!
        1	Go	go	VERB	VB	_	0	root	_	SpaceAfter=No
        2	!	!	PUNCT	.	_	1	punct	_	_

        """;

    [Fact]
    public void ConlluDocuments_BuildsOneTokenPerWordWithOffsetsAndClitics()
    {
        var sentences = Conllu.Read(new StringReader(Sample));
        var doc = ConlluDocuments.Build(sentences, withGold: true);
        Assert.Equal("They don't run. Go!", doc.Text);
        Assert.Equal(7, doc.TokenCount);
        Assert.Equal(2, doc.SentenceCount);
        Assert.Equal("n't", doc[2].Text);
        Assert.True((doc[2].Flags & TokenFlags.Clitic) != 0);
        Assert.Equal("run", Vocabulary.Shared[doc.Tokens[3].Lemma]);
        Assert.Equal(-1, doc.Tokens[3].Head);
        Assert.Equal(3, doc.Tokens[0].Head);
        Assert.Equal(5, doc.Tokens[6].Head);
        Assert.Equal("VB", Labels.Xpos.Name(doc.Tokens[5].Xpos));
    }

    /// <summary>A stage with a fixed answer: every word VERB/VB, headed by the previous word.</summary>
    private sealed class Fake(Layers writes) : IStage
    {
        public string Name => "fake";
        public Layers Reads => Layers.Tokens;
        public Layers Writes => writes;
        public void Process(Document document)
        {
            foreach (var s in document.SentenceRecords)
                for (int i = s.FirstToken; i < s.FirstToken + s.TokenCount; i++)
                {
                    ref var t = ref document.Annotate(i);
                    t.Upos = Labels.Upos.Intern("VERB");
                    t.Xpos = Labels.Xpos.Intern("VB");
                    t.Head = i == s.FirstToken ? -1 : i - 1;
                    t.Deprel = Labels.Deprel.Intern(i == s.FirstToken ? "root" : "punct");
                }
        }
    }

    [Fact]
    public void ConlluEvaluation_ScoresOnlyTheLayersTheStagesWrote()
    {
        var sentences = Conllu.Read(new StringReader(Sample));
        var tagsOnly = ConlluEvaluation.Run("sample", sentences, [new Fake(Layers.Tags)]);
        Assert.Equal(7, tagsOnly.Words);
        Assert.Equal(2.0 / 7, tagsOnly.Upos!.Value, 6);
        Assert.Equal(2.0 / 7, tagsOnly.Xpos!.Value, 6);
        Assert.Null(tagsOnly.Lemma);
        Assert.Null(tagsOnly.Las);
        Assert.Contains("not measured", tagsOnly.ToString());

        var parsed = ConlluEvaluation.Run("sample", sentences, [new Fake(Layers.Tags | Layers.Parse)]);
        // Heads right (each word heads to the previous one, the first is the root): ".", "Go" and "!", with their relations.
        Assert.Equal(3.0 / 7, parsed.Uas!.Value, 6);
        Assert.Equal(3.0 / 7, parsed.Las!.Value, 6);
    }

    [Fact]
    public void ConlluEvaluation_RunRawAlignsSegmentedWordsBySpan()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-sample-{Guid.NewGuid():N}.conllu");
        try
        {
            File.WriteAllText(path, Sample);
            var r = ConlluEvaluation.RunRaw(path, [new Fake(Layers.Tags | Layers.Parse)]);
            Assert.Equal(7, r.GoldWords);
            Assert.Equal(7, r.SystemWords);
            Assert.Equal(1.0, r.Words, 6);
            Assert.Equal(2.0 / 7, r.Upos!.Value, 6);
            Assert.Equal(3.0 / 7, r.Las!.Value, 6);
            Assert.Null(r.Lemma);
        }
        finally { File.Delete(path); }
    }
}
