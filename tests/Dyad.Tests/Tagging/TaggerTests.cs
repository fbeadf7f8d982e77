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
    public void Tagger_PastTenseOfAnUnknownLeVerbBorrowsTheParticiplesRule()
    {
        // As past tenses these suffixes are too rare to hold a rule of their own, and the bare "-ed" rule cut them to
        // "battl", "scuttl"; the participle's rule for the same suffix keeps the final e.
        var doc = Tag("The militia battled the army and scuttled the truce.");
        Assert.Equal(("VBD", "battle"), (Word(doc, "battled").Xpos, Word(doc, "battled").Lemma));
        Assert.Equal(("VBD", "scuttle"), (Word(doc, "scuttled").Xpos, Word(doc, "scuttled").Lemma));
        Assert.Equal("call", Word(Tag("The minister called the envoy."), "called").Lemma);
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

    [DataFact("ud-english-ewt/en_ewt-ud-dev.conllu", "ud-english-ewt/en_ewt-ud-test.conllu")]
    public void Train_KnownWordsNeverGetAClassTheyNeverHadAndTheMarginIsKept()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-tagger-k-{Guid.NewGuid():N}.dyad");
        try
        {
            var dev = Conllu.ReadFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu"));
            var result = TaggerTraining.Train(new TaggerTrainingOptions
            {
                TrainFiles = [new TrainingFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu"))],
                Iterations = 2,
                Seed = 7,
                JackknifeFolds = 2,
                TwoPass = true,
                SecondPassMargin = 3f,
                KnownWordMinCount = 10,
                OutputPath = path,
            });
            Assert.True(result.Tagger.KnownWordCount > 100);
            Assert.Equal(3f, result.Tagger.SecondPassMargin);

            // The classes each (lower-cased) word had in the training file, counted here from the file itself.
            var had = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in dev)
                foreach (var w in s.Words)
                {
                    string form = w.Form.ToLowerInvariant();
                    if (!had.TryGetValue(form, out var set)) had[form] = set = [];
                    set.Add(w.Upos + "|" + w.Xpos);
                    seen[form] = seen.GetValueOrDefault(form) + 1;
                }
            var loaded = Tagger.Load(path);
            Assert.Equal(result.Tagger.KnownWordCount, loaded.KnownWordCount);
            Assert.Equal(3f, loaded.SecondPassMargin);
            var test = Conllu.ReadFile(SharedData.Path("ud-english-ewt/en_ewt-ud-test.conllu"));
            var doc = ConlluDocuments.Build(test, withGold: false);
            loaded.Process(doc);
            int checkedWords = 0;
            for (int i = 0; i < doc.TokenCount; i++)
            {
                string form = doc[i].Text.ToLowerInvariant();
                if (seen.GetValueOrDefault(form) < 10 || form.Any(c => c is '\'' or '"' or '‘' or '’' or '“' or '”' or '`')) continue;
                var t = doc.Tokens[i];
                string cls = Labels.Upos.Name(t.Upos) + "|" + Labels.Xpos.Name(t.Xpos);
                Assert.True(had[form].Contains(cls), $"'{doc[i].Text}' tagged {cls}, never seen in training ({string.Join(", ", had[form])})");
                checkedWords++;
            }
            Assert.True(checkedWords > 10_000, $"{checkedWords} words checked");
        }
        finally { File.Delete(path); }
    }

    [DataFact("ud-english-ewt/en_ewt-ud-dev.conllu")]
    public void Tagger_SecondPassWithZeroMarginIsTheFirstPass()
    {
        var tagger = TaggerTraining.Train(new TaggerTrainingOptions
        {
            TrainFiles = [new TrainingFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu"))],
            Iterations = 1,
            Seed = 7,
            JackknifeFolds = 2,
            TwoPass = true,
        }).Tagger;
        Assert.True(tagger.TwoPass);
        var sentences = Conllu.ReadFile(SharedData.Path("ud-english-ewt/en_ewt-ud-dev.conllu")).GetRange(0, 400);
        var none = ConlluDocuments.Build(sentences, withGold: false);
        var first = ConlluDocuments.Build(sentences, withGold: false);
        var all = ConlluDocuments.Build(sentences, withGold: false);
        tagger.WithSecondPassMargin(0f).Process(none);
        tagger.FirstPassOnly().Process(first);
        tagger.WithSecondPassMargin(float.PositiveInfinity).Process(all);
        int differ = 0;
        for (int i = 0; i < none.TokenCount; i++)
        {
            Assert.Equal(first.Tokens[i].Xpos, none.Tokens[i].Xpos);
            if (all.Tokens[i].Xpos != first.Tokens[i].Xpos) differ++;
        }
        Assert.True(differ > 0, "the full second pass changes some tags");
    }
}
