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
    public void Suite202_OnItsOwnParse_FindsAtLeast96PercentWithAtMost4PercentExtra()
    {
        Assert.Equal(274, PetrarchValidationFile.Read(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml")).Records.Count);
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml"), SharedData.Path(Dictionaries + "validate-2.02"), false, []);
        Assert.Equal(245, r.Records.Count);
        // Measured: 292 of 302 (96.7 %), 9 extra (3.0 %).
        Assert.True(r.FoundShare >= 0.96, $"found {r.FoundShare:P1}");
        Assert.True(r.ExtraShare <= 0.04, $"extra {r.ExtraShare:P1}");
        Assert.True(r.ActorCodesProduced >= 0.99 * r.ActorCodesExpected, $"actor codes {r.ActorCodesProduced}/{r.ActorCodesExpected}");
    }

    [DataFact(Validation + "PETR_Validate_records_2_02.ud.xml", Dictionaries + "validate-2.02")]
    public void Suite202_OnOurParse_FindsAtLeast92Percent()
    {
        var stages = DyadPipeline.Create(new PipelineOptions { Until = "parse" }).Stages.Where(s => s.Name != "segment").ToArray();
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml"), SharedData.Path(Dictionaries + "validate-2.02"), true, stages);
        // Measured: 284 of 302 (94.0 %), 14 extra (4.7 %).
        Assert.True(r.FoundShare >= 0.92, $"found {r.FoundShare:P1}");
        Assert.True(r.ExtraShare <= 0.065, $"extra {r.ExtraShare:P1}");
    }

    [DataFact(Validation + "PETR.UnitTest.records.ud.xml", Dictionaries + "validate-2.02")]
    public void UnitTestRecords_WithThe202Verbs_FindAtLeast84Percent()
    {
        string v = SharedData.Path(Dictionaries + "validate-2.02/");
        var files = new PetrarchDictionaryFiles(v + "PETR_Validate_verbs_2_02.txt", ["PETR.Validate.actors.txt"], "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt", v + "PETR_Validate_Internal_Coding_Ontology_1_01.txt");
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR.UnitTest.records.ud.xml"), SharedData.Path(Dictionaries), false, [], files);
        // 284 records, 2 of them expecting the error of a malformed constituency parse: left out.
        Assert.Equal(282, r.Records.Count);
        Assert.Equal(2, r.ParseErrorRecords);
        // Measured: 285 of 336 (84.8 %).
        Assert.True(r.FoundShare >= 0.84, $"found {r.FoundShare:P1}");
    }

    [DataFact(Validation + "PETR.UnitTest.records.ud.xml", Dictionaries + "validate-2.02")]
    public void UnitTestRecords_CannotReach95PercentWithThe202Verbs()
    {
        // 29 expected codings carry an event code no verb of their sentence can give with the 2.02 verbs (ABANDON 345,
        // WELCOME 911/912/915, LEFT/ARRIVE 040, ...): the ceiling is 307 of 336 (91.4 %), under the 95 %.
        string v = SharedData.Path(Dictionaries + "validate-2.02/");
        var files = new PetrarchDictionaryFiles(v + "PETR_Validate_verbs_2_02.txt", ["PETR.Validate.actors.txt"], "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt", v + "PETR_Validate_Internal_Coding_Ontology_1_01.txt");
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR.UnitTest.records.ud.xml"), SharedData.Path(Dictionaries), false, [], files,
            SharedData.Path(Validation + "PETR_Validate_records_2_02.ud.xml"));
        Assert.Equal(29, r.BeyondVerbs);
        Assert.True(r.Ceiling < 0.95, $"ceiling {r.Ceiling:P1}");
        Assert.True(r.FoundShare <= r.Ceiling);
        // The records are an older revision of the 2.02 suite's: 30 of their codings differ from what it expects for the
        // same sentence (CONDEMN 111 there 112, LEFT 040 there 042:043, ...); with the beyond ones, 41 of 336.
        var cmp = r.Comparison!;
        Assert.Equal(258, cmp.SharedRecords);
        Assert.Equal(30, cmp.Contradicted);
        Assert.Equal(41, cmp.BeyondOrContradicted);
    }

    [DataFact(Validation + "PETR2_GSR_validation.part.ud.xml", Dictionaries + "CAMEO.2.0.txt")]
    public void GsrSubset_WithPhoenixDictionaries_FindsAtLeast94Percent()
    {
        var r = PetrarchEvaluation.Run(SharedData.Path(Validation + "PETR2_GSR_validation.part.ud.xml"), SharedData.Path(Dictionaries), false, []);
        Assert.Equal(50, r.Records.Count);
        // Measured: 50 of 52 (96.2 %), 7 extra (rules found on this small set, checked on the 2.02 suite and unit-test records).
        Assert.True(r.FoundShare >= 0.94, $"found {r.FoundShare:P1}");
        Assert.True(r.Extra <= 9, $"extra {r.Extra}");
    }
}
