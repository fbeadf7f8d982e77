using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary><c>dyad demo</c>, the README's first command, run as users run it.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_StoresTheSamplesAfreshOnEveryRun_AndShowsTheSeedsEvents()
    {
        for (int run = 0; run < 2; run++)
        {
            var (exit, stdout, stderr) = CliProcess.Run("demo");
            Assert.True(exit == 0, stderr);
            // A second run re-annotates with this build instead of showing what an earlier one stored.
            Assert.Contains("6 articles read, 6 newly stored, 0 re-annotated, 0 unchanged, 0 problems", stdout);
            Assert.Contains("ISR → USAGOV  036 future", stdout);
            Assert.Contains("--db dyad-data/demo.duckdb", stdout);
        }
    }
}
