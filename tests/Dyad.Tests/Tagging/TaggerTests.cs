using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Tagging;

public class TaggerTests
{
    private const string Seed = "Israel has sought to reschedule a high-level meeting with the White House regarding military plans for Gaza’s southern city of Rafah.";

    private static Document Tag(string text)
    {
        var doc = new Document(new Article { Id = "t", Text = text });
        Segmenter.Default.Process(doc);
        Tagger.Default.Process(doc);
        return doc;
    }

    private static (string Upos, string Xpos, string Lemma) Word(Document doc, string form)
    {
        for (int i = 0; i < doc.TokenCount; i++)
            if (doc[i].Text == form)
            {
                var t = doc.Tokens[i];
                return (Labels.Upos.Name(t.Upos), Labels.Xpos.Name(t.Xpos), Vocabulary.Shared[t.Lemma]);
            }
        throw new InvalidOperationException($"no token '{form}'");
    }

    [Fact]
    public void Tagger_TagsTheSeedSentenceSensibly()
    {
        var doc = Tag(Seed);
        Assert.Equal("PROPN", Word(doc, "Israel").Upos);
        Assert.Equal(("VERB", "VBN", "seek"), Word(doc, "sought"));
        Assert.Equal(("VERB", "VB", "reschedule"), Word(doc, "reschedule"));
        Assert.Equal(("NOUN", "NN", "meeting"), Word(doc, "meeting"));
        Assert.Equal(("NOUN", "NNS", "plan"), Word(doc, "plans"));
        Assert.Equal("AUX", Word(doc, "has").Upos);
        Assert.Equal("have", Word(doc, "has").Lemma);
        Assert.Equal("PROPN", Word(doc, "Rafah").Upos);
    }

    [Fact]
    public void Tagger_LemmatizesUnknownWordsWithSuffixRules()
    {
        var doc = Tag("The blorfings were quickly snargled by the committee.");
        Assert.Equal(("NOUN", "NNS", "blorfing"), Word(doc, "blorfings"));
        Assert.Equal("snargle", Word(doc, "snargled").Lemma);
        Assert.Equal("be", Word(doc, "were").Lemma);
    }

    [Fact]
    public void Tagger_SplitContractionsGetTheirOwnTags()
    {
        var doc = Tag("They don't know where Gaza's leaders went.");
        Assert.Equal(("PART", "RB", "not"), Word(doc, "n't"));
        Assert.Equal("PART", Word(doc, "'s").Upos);
        Assert.Equal(("VERB", "VBD", "go"), Word(doc, "went"));
    }

    [Fact]
    public void Tagger_HandlesEmptyAndOneTokenDocuments()
    {
        Assert.Equal(0, Tag("").TokenCount);
        var doc = Tag("Hello");
        Assert.NotEqual(0, doc.Tokens[0].Upos);
        Assert.NotEqual(0, doc.Tokens[0].Lemma);
    }

    [Fact]
    public void Tagger_MetadataRecordsDataSeedAndScores()
    {
        var meta = Tagger.Default.Metadata;
        Assert.Contains("en_ewt-ud-train.conllu", meta["trainingData"]!.ToJsonString());
        Assert.NotNull(meta["seed"]);
        Assert.NotNull(meta["iterations"]);
        Assert.Contains("en_ewt-ud-test.conllu", meta["scores"]!.ToJsonString());
    }

    [DataFact("ud-english-ewt/en_ewt-ud-dev.conllu")]
    public void Tagger_SaveLoadRoundTripTagsIdentically()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-tagger-{Guid.NewGuid():N}.dyad");
        try
        {
            Tagger.Default.Save(path);
            var loaded = Tagger.Load(path);
            var sentences = Conllu.ReadFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu")).GetRange(0, 300);
            var a = ConlluDocuments.Build(sentences, withGold: false);
            var b = ConlluDocuments.Build(sentences, withGold: false);
            Tagger.Default.Process(a);
            loaded.Process(b);
            for (int i = 0; i < a.TokenCount; i++)
            {
                Assert.Equal(a.Tokens[i].Upos, b.Tokens[i].Upos);
                Assert.Equal(a.Tokens[i].Xpos, b.Tokens[i].Xpos);
                Assert.Equal(a.Tokens[i].Lemma, b.Tokens[i].Lemma);
            }
            Assert.Equal(Tagger.Default.WeightCount, loaded.WeightCount);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Tagger_FirstPassOnlyStillTagsTheSeedSentence()
    {
        var doc = new Document(new Article { Id = "t", Text = Seed });
        Segmenter.Default.Process(doc);
        Tagger.Default.FirstPassOnly().Process(doc);
        Assert.Equal("VERB", Word(doc, "reschedule").Upos);
        Assert.Equal("NOUN", Word(doc, "meeting").Upos);
    }

    [Fact]
    public void Tagger_LoadRejectsAFileOfAnotherKind()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-notatagger-{Guid.NewGuid():N}.dyad");
        try
        {
            Dyad.Documents.Models.ModelFile.Save(path, "parser", 1, new System.Text.Json.Nodes.JsonObject(), []);
            var e = Assert.Throws<InvalidDataException>(() => Tagger.Load(path));
            Assert.Contains("not a 'tagger' model", e.Message);
        }
        finally { File.Delete(path); }
    }
}

public class TaggerTrainingTests
{
    private static TaggerTrainingResult TrainSmall(string output) => TaggerTraining.Train(new TaggerTrainingOptions
    {
        TrainFiles = [new TrainingFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu"))],
        TestFiles = [new TrainingFile(SharedData.Path("ud-english-ewt/en_ewt-ud-test.conllu"))],
        Iterations = 2,
        Seed = 7,
        JackknifeFolds = 2,
        TwoPass = true,
        OutputPath = output,
    });

    [DataFact("ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu")]
    public void Train_IsReproducibleAndRecordsDataSeedAndScores()
    {
        string a = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-tagger-a-{Guid.NewGuid():N}.dyad");
        string b = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-tagger-b-{Guid.NewGuid():N}.dyad");
        try
        {
            var first = TrainSmall(a);
            var second = TrainSmall(b);
            Assert.True(first.Tagger.TwoPass);
            Assert.Equal(first.Tests[0], second.Tests[0]);
            Assert.Equal(first.Tagger.WeightCount, second.Tagger.WeightCount);
            Assert.True(first.Tests[0].Upos > 0.85, $"a tagger trained on EWT dev tags EWT test at {first.Tests[0].Upos:P2}");
            var loaded = Tagger.Load(a);
            Assert.Equal(7, (int)loaded.Metadata["seed"]!);
            Assert.Contains("en_ewt-ud-dev.conllu", loaded.Metadata["trainingData"]!.ToJsonString());
            Assert.Contains("en_ewt-ud-test.conllu", loaded.Metadata["scores"]!.ToJsonString());
        }
        finally { File.Delete(a); File.Delete(b); }
    }
}
