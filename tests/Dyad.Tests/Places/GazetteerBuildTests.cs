using Dyad.Places;
using Dyad.Tests.Support;

namespace Dyad.Tests.Places;

public sealed class GazetteerBuildTests
{
    [DataFact("geonames/cities15000.zip")]
    public void Build_IsDeterministic_AndMatchesTheShippedFile()
    {
        string knowledge = Path.Combine(SharedData.RepoRoot, "knowledge");
        string dir = Directory.CreateTempSubdirectory("dyad-gazetteer-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "hand"));
            File.Copy(Path.Combine(knowledge, "countries.tsv"), Path.Combine(dir, "countries.tsv"));
            File.Copy(Path.Combine(knowledge, "hand", "places.tsv"), Path.Combine(dir, "hand", "places.tsv"));
            var report = GazetteerBuilder.Build(SharedData.DataRoot!, dir);
            Assert.Equal(244, report.Countries);
            Assert.Equal(32_847, report.Cities);
            Assert.Equal(File.ReadAllBytes(Path.Combine(knowledge, GazetteerBuilder.FileName)), File.ReadAllBytes(report.Path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
