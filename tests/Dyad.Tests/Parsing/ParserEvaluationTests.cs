using Dyad.Documents.Parsing;
using Dyad.Evaluation;
using Dyad.Tests.Support;
using Xunit.Abstractions;

namespace Dyad.Tests.Parsing;

/// <summary>Floors on the shipped parser, with gold tokenization and the gold tags of the files (the tagger is a separate stage).</summary>
public class ParserEvaluationTests(ITestOutputHelper output)
{
    private void Check(string relative, string? docPrefix, double uasFloor, double lasFloor)
    {
        var gold = Conllu.ReadFile(SharedData.Path(relative));
        if (docPrefix != null) gold = gold.FindAll(s => s.SentId != null && s.SentId.StartsWith(docPrefix, StringComparison.Ordinal));
        var scores = Parser.Default.Evaluate(gold);
        output.WriteLine($"{relative} {docPrefix}: {scores}");
        Assert.True(scores.Uas >= uasFloor, $"UAS {scores.Uas} fell below {uasFloor}");
        Assert.True(scores.Las >= lasFloor, $"LAS {scores.Las} fell below {lasFloor}");
    }

    [DataFact("ud-english-ewt/en_ewt-ud-test.conllu")]
    public void ShippedParser_EwtTestGoldTags_StaysAboveFloor() => Check("ud-english-ewt/en_ewt-ud-test.conllu", null, EwtUas, EwtLas);

    [DataFact("ud-english-gum/en_gum-ud-test.conllu")]
    public void ShippedParser_GumTestGoldTags_StaysAboveFloor() => Check("ud-english-gum/en_gum-ud-test.conllu", null, GumUas, GumLas);

    [DataFact("ud-english-gum/en_gum-ud-test.conllu")]
    public void ShippedParser_GumNewsGoldTags_StaysAboveFloor() => Check("ud-english-gum/en_gum-ud-test.conllu", "GUM_news_", NewsUas, NewsLas);

    // Floors: measured scores of the shipped model (models/README.md) minus about half a point.
    private const double EwtUas = 88.2, EwtLas = 86.6, GumUas = 87.0, GumLas = 85.2, NewsUas = 82.8, NewsLas = 81.2;
}
