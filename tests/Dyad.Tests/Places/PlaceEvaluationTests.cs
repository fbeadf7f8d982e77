using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Places;

public sealed class PlaceEvaluationTests
{
    private const string Lgl = "geoparsing-gold/lgl.xml";
    private const string GeoVirus = "geoparsing-gold/GeoVirus.xml";

    // Floors a little under the figures measured on these subsets (first 60 held-out LGL articles: recall 76.9 %,
    // exact 50.9 % of all gold and 72.8 % of found and resolved, within 161 km 56.4 %; first 40 GeoVirus articles:
    // recall 89.7 %, within 161 km 63.2 %).
    [DataFact(Lgl)]
    public void Lgl_HeldOutArticles_ScoreAboveTheFloors()
    {
        var r = PlaceEvaluation.Run(SharedData.Path(Lgl), PlaceGoldFormat.Lgl, new PlaceEvaluationOptions(PlaceEvaluationPart.Test, Limit: 60));
        Assert.True(r.Recall >= 0.73, r.ToString());
        Assert.True((double)r.Exact / r.GoldPlaced >= 0.48, r.ToString());
        Assert.True((double)r.Exact / r.FoundResolved >= 0.70, r.ToString());
        Assert.True((double)r.Within161 / r.GoldPlaced >= 0.53, r.ToString());
        // The breakdown accounts for every placed gold toponym, and its right ones are the exact ones.
        Assert.Equal(r.GoldPlaced, r.Outcomes.Total);
        Assert.Equal(r.Exact, r.Outcomes.Right);
        Assert.Equal(r.GoldInGazetteer, r.OutcomesInGazetteer.Total);
    }

    [DataFact(GeoVirus)]
    public void GeoVirus_ScoresAboveTheFloors()
    {
        var r = PlaceEvaluation.Run(SharedData.Path(GeoVirus), PlaceGoldFormat.GeoVirus, new PlaceEvaluationOptions(Limit: 40));
        Assert.True(r.Recall >= 0.86, r.ToString());
        Assert.True((double)r.Within161 / r.GoldPlaced >= 0.60, r.ToString());
        Assert.Equal(r.GoldPlaced, r.Outcomes.Total);
    }
}
