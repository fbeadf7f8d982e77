using Dyad.Evaluation;
using Dyad.Events.Petrarch;
using Dyad.Pipeline;
using Dyad.Tests.Support;
using Xunit;

namespace Dyad.Tests.Petrarch;

/// <summary>Floors a little under the figures measured with <c>dyad eval petrarch</c> on the three PETRARCH validation sets.</summary>
public class PetrarchEvaluationTests
{
    private const string Validation = "petrarch/validation/";
    private const string Dictionaries = "petrarch/dictionaries/";

    [DataFact(Validation + "PETR_Validate_records_2_02.ud.xml", Dictionaries + "validate-2.02")]
    public void Suite202_OnItsOwnParse_FindsAtLeast94PercentWithAtMost6PercentExtra()
    {
        Assert.Equal(274, PetrarchValidationFile.Read(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml")).Records.Count);
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml"), SharedData.Path(Dictionaries + "validate-2.02"), false, []);
        Assert.Equal(245, r.Records.Count);
        Assert.True(r.FoundShare >= 0.94, $"found {r.FoundShare:P1}");
        Assert.True(r.ExtraShare <= 0.06, $"extra {r.ExtraShare:P1}");
        Assert.True(r.ActorCodesProduced >= 0.99 * r.ActorCodesExpected, $"actor codes {r.ActorCodesProduced}/{r.ActorCodesExpected}");
    }

    [DataFact(Validation + "PETR_Validate_records_2_02.ud.xml", Dictionaries + "validate-2.02")]
    public void Suite202_OnOurParse_FindsAtLeast81Percent()
    {
        var stages = DyadPipeline.Create(new PipelineOptions { Until = "parse" }).Stages.Where(s => s.Name != "segment").ToArray();
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml"), SharedData.Path(Dictionaries + "validate-2.02"), true, stages);
        Assert.True(r.FoundShare >= 0.81, $"found {r.FoundShare:P1}");
        Assert.True(r.ExtraShare <= 0.13, $"extra {r.ExtraShare:P1}");
    }

    [DataFact(Validation + "PETR.UnitTest.records.ud.xml", Dictionaries + "validate-2.02")]
    public void UnitTestRecords_WithThe202Verbs_FindAtLeast81Percent()
    {
        string v = SharedData.Path(Dictionaries + "validate-2.02/");
        var files = new PetrarchDictionaryFiles(v + "PETR_Validate_verbs_2_02.txt", ["PETR.Validate.actors.txt"], "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt", v + "PETR_Validate_Internal_Coding_Ontology_1_01.txt");
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR.UnitTest.records.ud.xml"), SharedData.Path(Dictionaries), false, [], files);
        Assert.Equal(284, r.Records.Count);
        Assert.True(r.FoundShare >= 0.81, $"found {r.FoundShare:P1}");
    }

    [DataFact(Validation + "PETR2_GSR_validation.part.ud.xml", Dictionaries + "CAMEO.2.0.txt")]
    public void GsrSubset_WithPhoenixDictionaries_FindsAtLeast73Percent()
    {
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR2_GSR_validation.part.ud.xml"), SharedData.Path(Dictionaries), false, []);
        Assert.Equal(50, r.Records.Count);
        Assert.True(r.FoundShare >= 0.73, $"found {r.FoundShare:P1}");
        Assert.True(r.Extra <= 26, $"extra {r.Extra}");
    }
}
