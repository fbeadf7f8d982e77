using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

public sealed class PipelineStageTests
{
    private static string Samples => Path.Combine(SharedData.RepoRoot, "samples");

    [Fact]
    public void Pipeline_RunsEnglishModelsOnlyOnEnglishArticles()
    {
        var docs = DyadPipeline.Create().Run([Path.Combine(Samples, "briefs.jsonl")]).Select(i => i.Document!).ToArray();
        var en = Assert.Single(docs, d => d.Article.Language == "en");
        var fr = Assert.Single(docs, d => d.Article.Language == "fr");
        Assert.Equal(DyadPipeline.StageNames, en.StagesRun); // every stage runs on English: segment, tag, parse, ner, ...
        Assert.Equal(["segment"], fr.StagesRun);
        Assert.Empty(fr.Entities);
        Assert.Contains(en.Entities, e => e.TokenCount == 1 && en[e.FirstToken].Text == "Brazil");
    }

    [Fact]
    public void Pipeline_UntilStopsAfterTheNamedStage_AndRejectsUnknownNames()
    {
        var p = DyadPipeline.Create(new PipelineOptions { Until = "tag" });
        Assert.Equal(["segment", "tag"], p.Stages.Select(s => s.Name));
        Assert.Throws<ArgumentException>(() => DyadPipeline.Create(new PipelineOptions { Until = "coder" }));
    }

    [Fact]
    public void Pipeline_SeedSentenceHasIsraelAsSubjectOfSoughtAndMeetingAsObjectOfReschedule()
    {
        var doc = DyadPipeline.Create().Run([Path.Combine(Samples, "seed-israel-us-rafah-meeting.txt")]).Single().Document!;
        var s = doc.GetSentence(0);
        int Find(string word) { for (int i = 0; i < s.TokenCount; i++) if (s[i].Text == word) return s[i].Index; throw new Xunit.Sdk.XunitException(word + " not found"); }
        ref readonly var israel = ref doc.Tokens[Find("Israel")];
        ref readonly var reschedule = ref doc.Tokens[Find("reschedule")];
        ref readonly var meeting = ref doc.Tokens[Find("meeting")];
        Assert.Equal(Find("sought"), israel.Head);
        Assert.Equal("nsubj", Dyad.Documents.Labels.Deprel.Name(israel.Deprel));
        Assert.Equal(Find("sought"), reschedule.Head);
        Assert.Equal("xcomp", Dyad.Documents.Labels.Deprel.Name(reschedule.Deprel));
        Assert.Equal(Find("reschedule"), meeting.Head);
        Assert.Equal("obj", Dyad.Documents.Labels.Deprel.Name(meeting.Deprel));
    }
}

public sealed class DocumentTsvTests
{
    [Theory]
    [InlineData(null, "PROPN\tNNP\tIsrael\t2\tnsubj\tB-LOC")]
    [InlineData("segment", "_\t_\t_\t_\t_\t_")]
    public void Tsv_WritesAnnotationColumnsOnlyForStagesThatRan(string? until, string expectedTail)
    {
        var seed = Path.Combine(SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt");
        var doc = DyadPipeline.Create(new PipelineOptions { Until = until }).Run([seed]).Single().Document!;
        var w = new StringWriter();
        Dyad.Output.DocumentTsv.Write(w, doc);
        var first = w.ToString().Split('\n')[0].Split('\t');
        Assert.Equal(Dyad.Output.DocumentTsv.Header.Split('\t').Length, first.Length);
        Assert.Equal("Israel", first[5]);
        Assert.Equal(expectedTail, string.Join('\t', first[7..]));
    }
}
