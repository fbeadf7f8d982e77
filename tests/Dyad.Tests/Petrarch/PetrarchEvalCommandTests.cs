using Dyad.Tests.Support;

namespace Dyad.Tests.Petrarch;

public sealed class PetrarchEvalCommandTests
{
    private const string Records = "petrarch/validation/PETR.UnitTest.records.ud.xml";

    /// <summary>The README's command: dictionaries given as paths override the ones the file names. A path used to be
    /// joined to the dictionaries folder and the command failed.</summary>
    [DataFact(Records)]
    public void EvalPetrarch_TakesDictionaryOverridesAsPaths()
    {
        // Relative to the command's working directory (the repository root), as a user types it.
        string dir = Path.GetRelativePath(SharedData.RepoRoot, SharedData.Path("petrarch/dictionaries/validate-2.02"));
        var (exit, stdout, stderr) = CliProcess.Run("eval", "petrarch", SharedData.Path(Records),
            "--verbs", Path.Combine(dir, "PETR_Validate_verbs_2_02.txt"),
            "--ontology", Path.Combine(dir, "PETR_Validate_Internal_Coding_Ontology_1_01.txt"), "--json");
        Assert.True(exit == 0, stderr);
        // Measured: 281 of 336 expected codings found with the record parses (2 of the 284 records left out: they expect
        // the error of a malformed constituency parse).
        var last = stdout.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("{\"records\":282,\"expected\":336,", last);
        int found = int.Parse(System.Text.RegularExpressions.Regex.Match(last, "\"found\":(\\d+)").Groups[1].Value);
        Assert.True(found >= 275, last);
    }
}
