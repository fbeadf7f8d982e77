using Dyad.Documents.Parsing;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;
using Dyad.Tests.Support;
using Xunit.Abstractions;

namespace Dyad.Tests.Parsing;

/// <summary>
/// Floors on the shipped parser with gold tokenization: with the shipped tagger's tags (as the pipeline runs it; the
/// figure that counts) and with the gold tags of the files.
/// </summary>
public class ParserEvaluationTests(ITestOutputHelper output)
{
    private void Check(string relative, string? docPrefix, bool predictedTags, double uasFloor, double lasFloor)
    {
        var gold = Conllu.ReadFile(SharedData.Path(relative));
        if (docPrefix != null) gold = gold.FindAll(s => s.SentId != null && s.SentId.StartsWith(docPrefix, StringComparison.Ordinal));
        var scores = Parser.Default.Evaluate(gold, predictedTags ? Tagger.Default : null);
        output.WriteLine($"{relative} {docPrefix} {(predictedTags ? "predicted" : "gold")} tags: {scores}");
        Assert.True(scores.Uas >= uasFloor, $"UAS {scores.Uas} fell below {uasFloor}");
        Assert.True(scores.Las >= lasFloor, $"LAS {scores.Las} fell below {lasFloor}");
    }

    private const string EwtTest = "ud-english-ewt/en_ewt-ud-test.conllu", GumTest = "ud-english-gum/en_gum-ud-test.conllu";

    [DataFact(EwtTest)]
    public void ShippedParser_EwtTestPredictedTags_StaysAboveFloor() => Check(EwtTest, null, true, EwtUas, EwtLas);

    [DataFact(GumTest)]
    public void ShippedParser_GumTestPredictedTags_StaysAboveFloor() => Check(GumTest, null, true, GumUas, GumLas);

    [DataFact(GumTest)]
    public void ShippedParser_GumNewsPredictedTags_StaysAboveFloor() => Check(GumTest, "GUM_news_", true, NewsUas, NewsLas);

    [DataFact(EwtTest)]
    public void ShippedParser_EwtTestGoldTags_StaysAboveFloor() => Check(EwtTest, null, false, EwtGoldUas, EwtGoldLas);

    // Floors: measured scores of the shipped model (models/README.md) minus about half a point.
    private const double EwtUas = 84.5, EwtLas = 81.4, GumUas = 83.3, GumLas = 80.1, NewsUas = 82.4, NewsLas = 78.5;
    private const double EwtGoldUas = 86.8, EwtGoldLas = 84.7;
}
