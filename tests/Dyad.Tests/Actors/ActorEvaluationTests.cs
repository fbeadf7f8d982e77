using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Actors;

public sealed class ActorEvaluationTests
{
    private const string Gold = "conflibert-cameo/cameo_ner.train.txt";

    /// <summary>Floors a little under the scores measured when the stage landed (recall 90.6, coded recall 73.7,
    /// precision 60.4, coded precision 65.7).</summary>
    [DataFact(Gold)]
    public void CameoSpans_RecallAndPrecisionStayAboveTheirFloors()
    {
        var r = ActorEvaluation.Run(SharedData.Path(Gold), sampleSize: 5);
        Assert.Equal(1153, r.Sentences);
        Assert.Equal(2162, r.GoldSpans);
        Assert.True(r.Recall >= 89.0, $"recall {r.Recall:F1}");
        Assert.True(r.CodedRecall >= 72.0, $"coded recall {r.CodedRecall:F1}");
        Assert.True(r.Precision >= 58.5, $"precision {r.Precision:F1}");
        Assert.True(r.CodedPrecision >= 63.5, $"coded precision {r.CodedPrecision:F1}");
        Assert.Equal(5, r.Sample.Count);
    }
}
