using Dyad.Articles;
using Dyad.Pipeline;
using Dyad.Tone;

namespace Dyad.Tests.Tone;

public sealed class ToneScorerTests
{
    private static readonly DyadPipeline Tagged = DyadPipeline.Create(new PipelineOptions { Until = "tag", IdentifyLanguage = false });
    private static readonly DyadPipeline Segmented = DyadPipeline.Create(new PipelineOptions { Until = "segment", IdentifyLanguage = false });

    private static ToneScores Score(string text, DyadPipeline pipeline)
    {
        var doc = pipeline.Annotate(new Article { Id = "t", Text = text, Language = "en" });
        ToneScorer.Default.Process(doc);
        return doc.Tone!.Value;
    }

    [Fact]
    public void Scorer_CountsPositiveAndNegativeWordsInPercentOfWords()
    {
        // 8 words: "good" positive, "terrible" negative.
        var s = Score("The good news came after a terrible week.", Segmented);
        Assert.Equal(8, s.WordCount);
        Assert.Equal(12.5, s.Positive, 3);
        Assert.Equal(12.5, s.Negative, 3);
        Assert.Equal(0, s.Tone, 3);
        Assert.Equal(25, s.Polarity, 3);
    }

    [Fact]
    public void Scorer_NegatorFlipsTheRatedWordAfterIt()
    {
        var s = Score("The talks were not helpful.", Segmented);
        Assert.Equal(0, s.Positive);
        Assert.True(s.Negative > 0);
        Assert.True(s.Tone < 0);
    }

    [Fact]
    public void Scorer_NegationStopsAtPunctuation()
    {
        var s = Score("It was not over, but the talks were helpful.", Segmented);
        Assert.True(s.Positive > 0);
        Assert.Equal(0, s.Negative);
    }

    [Fact]
    public void Scorer_DoesNotRateNamesOrPrepositions()
    {
        // "United" (a name here) and "like" (a preposition) are both in the lexicon as positive words.
        var s = Score("Troops from the United States moved like a wave.", Tagged);
        Assert.Equal(0, s.Positive);
        Assert.NotNull(s.ActivityDensity);
    }

    [Fact]
    public void Scorer_WritesOneScorePerSentence()
    {
        var doc = Segmented.Annotate(new Article { Id = "t", Text = "A terrible attack. A wonderful day.", Language = "en" });
        ToneScorer.Default.Process(doc);
        Assert.Equal(2, doc.SentenceTones.Length);
        Assert.True(doc.SentenceTones[0].Tone < 0);
        Assert.True(doc.SentenceTones[1].Tone > 0);
    }

    [Fact]
    public void Lexicon_HoldsWordsFromBothSources()
    {
        Assert.True(ToneLexicon.Default.Count > 5000);
        Assert.True(ToneLexicon.Default.Valence("war") < 0);
        Assert.True(ToneLexicon.Default.Valence("peace") > 0);
        Assert.Equal(0f, ToneLexicon.Default.Valence("idk")); // a chat acronym, left out by the builder
    }
}
