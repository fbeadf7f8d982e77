using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Places;

public sealed class PlaceEvaluationTests
{
    private const string Lgl = "geoparsing-gold/lgl.xml";
    private const string GeoVirus = "geoparsing-gold/GeoVirus.xml";

    // Floors a little under the figures measured on these subsets (first 60 held-out LGL articles: recall 67.1 %,
    // exact 44.7 % of all gold and 74.7 % of found and resolved, within 161 km 46.1 %; first 40 GeoVirus articles:
    // recall 88.5 %, within 161 km 52.5 %).
    [DataFact(Lgl)]
    public void Lgl_HeldOutArticles_ScoreAboveTheFloors()
    {
        var r = PlaceEvaluation.Run(SharedData.Path(Lgl), PlaceGoldFormat.Lgl, new PlaceEvaluationOptions(PlaceEvaluationPart.Test, Limit: 60));
        Assert.True(r.Recall >= 0.63, r.ToString());
        Assert.True((double)r.Exact / r.GoldPlaced >= 0.42, r.ToString());
        Assert.True((double)r.Exact / r.FoundResolved >= 0.72, r.ToString());
        Assert.True((double)r.Within161 / r.GoldPlaced >= 0.43, r.ToString());
    }

    [DataFact(GeoVirus)]
    public void GeoVirus_ScoresAboveTheFloors()
    {
        var r = PlaceEvaluation.Run(SharedData.Path(GeoVirus), PlaceGoldFormat.GeoVirus, new PlaceEvaluationOptions(Limit: 40));
        Assert.True(r.Recall >= 0.85, r.ToString());
        Assert.True((double)r.Within161 / r.GoldPlaced >= 0.50, r.ToString());
    }
}
