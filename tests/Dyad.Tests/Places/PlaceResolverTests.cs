using System.IO.Compression;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Pipeline;
using Dyad.Places;
using Dyad.Tests.Support;

namespace Dyad.Tests.Places;

public sealed class PlaceResolverTests
{
    private static readonly DyadPipeline Pipeline = DyadPipeline.Create(new PipelineOptions { Until = "places" });

    private static Document Run(string text) => Pipeline.Annotate(new Article { Id = "t", Text = text, Language = "en" });

    [Fact]
    public void SeedArticle_PlacesRafahInGaza_GazaInPalestine_AndWashingtonAtTheCapital()
    {
        var text = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt"));
        var doc = Run(text);
        var rafah = doc.Places.Where(p => p.Text == "Rafah").ToArray();
        Assert.NotEmpty(rafah);
        Assert.All(rafah, p => { Assert.Equal(281102, p.GeoNamesId); Assert.Equal("PS", p.Country); Assert.Equal("Gaza Strip", p.Admin1); });
        var gaza = doc.Places.Where(p => p.Text == "Gaza").ToArray();
        Assert.NotEmpty(gaza);
        Assert.All(gaza, p => { Assert.Equal("PS", p.Country); Assert.Equal(281133, p.GeoNamesId); });
        var washington = Assert.Single(doc.Places, p => p.Text == "Washington");
        Assert.Equal(4140963, washington.GeoNamesId);
        Assert.Equal("PPLC", washington.FeatureCode);
        Assert.Contains(doc.Places, p => p.Text == "U.S." && p.Kind == PlaceKind.Country && p.Country == "US");
        // An acronym NER took for a place ("U.N.") is never placed at a holder.
        Assert.DoesNotContain(doc.Places, p => p.Approximate && p.Text == "U.N.");
        // Demonyms are evidence of a country, never places.
        Assert.DoesNotContain(doc.Places, p => p.Text is "Israeli" or "Palestinian" or "Palestinians");
    }

    [Fact]
    public void CityCommaState_ResolvesTheCityInsideTheState()
    {
        var doc = Run("The team flew from Long Beach, CA to New Haven, Conn. on Monday.");
        var longBeach = doc.Places.First(p => p.Text == "Long Beach");
        Assert.Equal(5367929, longBeach.GeoNamesId);
        Assert.Contains("container:CA", longBeach.Rule);
        var newHaven = doc.Places.First(p => p.Text == "New Haven");
        Assert.Equal("Connecticut", newHaven.Admin1);
    }

    [Fact]
    public void CountyNames_AreNotResolvedToTheCityTheyStartWith()
    {
        var doc = Run("Deputies in Madison County arrested two men on Friday.");
        Assert.DoesNotContain(doc.Places, p => p.GeoNamesId == 5261457); // Madison, Wisconsin
        // The county itself is a place the gazetteer lacks: recognised, never resolved to a place of its own.
        var county = Assert.Single(doc.Places, p => p.Text == "Madison County");
        Assert.True(county.GeoNamesId is null || county.Approximate);
    }

    [Fact]
    public void Gazetteer_LoadsTheShippedFile_AndFindsNamesWhateverTheirCase()
    {
        var g = PlaceGazetteer.Shared;
        Assert.True(g.Count > 30_000);
        var hits = g.Lookup("RAFAH");
        Assert.True(hits.Length >= 2);
        int us = g.CountryEntry("US");
        Assert.Equal(6252001, g.Id(us));
        Assert.Equal(PlaceKind.Country, g.Kind(us));
    }

    [Fact]
    public void Gazetteer_RejectsAnotherFormatVersion()
    {
        var text = "# dyad places gazetteer, format 99\n";
        using var ms = new MemoryStream();
        using (var b = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true)) b.Write(Encoding.UTF8.GetBytes(text));
        ms.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => PlaceGazetteer.Load(ms));
        Assert.Contains("format 99", e.Message);
    }

    [Fact]
    public void Gazetteer_RoundTripsARowTheBuilderFormatWrites()
    {
        var text = "# dyad places gazetteer, format 1\n# comment\n281102\tP\tPPLA2\tPS\tGZ\t31.2972\t34.2436\t126305\tRafaḩ\tRafah\tRafa\tRF\n";
        using var ms = new MemoryStream();
        using (var b = new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true)) b.Write(Encoding.UTF8.GetBytes(text));
        ms.Position = 0;
        var g = PlaceGazetteer.Load(ms);
        Assert.Equal(1, g.Count);
        Assert.Equal(281102, g.Id(0));
        Assert.Equal(126305, g.Population(0));
        Assert.Equal(1, g.Lookup("rafah").Length);
        Assert.Equal(1, g.Lookup("Rafa").Length);
        Assert.Equal(1, g.Lookup("RF").Length);
    }

    [Theory]
    [InlineData("Gaza City", true)]
    [InlineData("LGB", false)]
    [InlineData("Nova York 2", false)]
    [InlineData("Нью-Йорк", false)]
    public void Builder_KeepsLatinAlternatesOnly_AndDropsCodes(string alternate, bool kept) =>
        Assert.Equal(kept, GazetteerBuilder.KeepAlternate(alternate));

    [Fact]
    public void Dateline_InCapitals_IsAPlace()
    {
        var doc = Run("MANSFIELD — The Law Enforcement Center will get a new roof, the council said on Tuesday.");
        var m = Assert.Single(doc.Places, p => p.Text == "MANSFIELD");
        Assert.Equal("Mansfield", m.Name);
    }

    [Fact]
    public void LawmakersState_AfterAPartyLetter_IsThatState()
    {
        var doc = Run("Rep. Charles Rangel, D-N.Y., chairman of the House Ways and Means Committee, spoke on Monday.");
        var m = Assert.Single(doc.Places, p => p.Text == "N.Y.");
        Assert.Equal(PlaceKind.Region, m.Kind);
        Assert.Equal("New York", m.Name);
        // Also when NER reads the party letter and the home town as a person's name.
        var home = Run("House Speaker Bobby Harrell, R-Charleston, can pave the way, officials in Columbia, S.C., said.");
        Assert.Contains(home.Places, p => p.Text == "Charleston" && p.Country == "US");
    }

    [Fact]
    public void PlaceOpeningAnOrganisationsName_IsAPlace_ButNotTheWordBeforeOf()
    {
        var doc = Run("The Dublin City Council met on Monday. The Atlanta student is headed next year to the University of Georgia.");
        Assert.Contains(doc.Places, p => p.Text == "Dublin");
        Assert.Contains(doc.Places, p => p.Text == "Georgia" && p.Kind == PlaceKind.Region && p.Country == "US");
        Assert.DoesNotContain(doc.Places, p => p.Text == "University");
    }

    [Fact]
    public void PlaceAfterADirectionWord_IsThePlace()
    {
        var doc = Run("Most Northeast Georgia school systems agree with the plan, officials in Atlanta said.");
        var m = Assert.Single(doc.Places, p => p.Text.Contains("Georgia", StringComparison.Ordinal));
        Assert.Equal("Georgia", m.Text);
        Assert.Equal(4197000, m.GeoNamesId);
    }

    [Fact]
    public void LoneCompassAdjective_IsNoPlace_AndAnOpeningWordNerLeftOut_IsTakenBack()
    {
        var doc = Run("Voters of Eastern and Northern European heritage live in Ohio. The senator compared Tallinn to the suburbs of St. Petersburg.");
        Assert.DoesNotContain(doc.Places, p => p.Text is "Eastern" or "Northern");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Petersburg");
        var spb = Assert.Single(doc.Places, p => p.Text.EndsWith("Petersburg", StringComparison.Ordinal));
        Assert.Equal("St. Petersburg", spb.Text);
        Assert.Contains("Petersburg", spb.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void OneWordPlace_IsAPlaceWhereverTheWordStandsAlone()
    {
        var doc = Run("Jessica Kay, 18, of Paris, Texas, died Saturday. Paris firefighters made quick work of the fire.");
        var paris = doc.Places.Where(p => p.Text == "Paris").ToArray();
        Assert.Equal(2, paris.Length);
        Assert.All(paris, p => Assert.Equal(4717560, p.GeoNamesId));
    }

    [Fact]
    public void PlaceTheGazetteerLacks_IsPlacedApproximatelyAtItsHolder()
    {
        var doc = Run("Deputies in Kanawha County, West Virginia, arrested two men on Friday.");
        var m = Assert.Single(doc.Places, p => p.Text.StartsWith("Kanawha", StringComparison.Ordinal));
        Assert.True(m.Approximate);
        Assert.Equal(PlaceKind.Region, m.Kind);
        Assert.Equal("West Virginia", m.Name);
        Assert.StartsWith("approximate:", m.Rule);
        Assert.DoesNotContain(doc.Places, p => p.Text == "West Virginia" && p.Approximate);
    }

    [Fact]
    public void Gazetteer_PlacesCountriesAtTheirCustomaryCentre()
    {
        var g = PlaceGazetteer.Shared;
        int us = g.CountryEntry("US");
        // countries.json gives the United States 38 N, 97 W; the box around its cities sat elsewhere.
        Assert.InRange(g.Latitude(us), 37.5, 38.5);
        Assert.InRange(g.Longitude(us), -97.5, -96.5);
    }

    [Fact]
    public void GeoVirusGold_OffsetsAreMovedOntoTheirNames()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "<articles><article><source>s</source><text>Hogs were culled in Pandi, Bulacan.</text><locations>"
                + "<location><name>Pandi</name><start>21</start><end>26</end><lat>14.87</lat><lon>120.95</lon></location>"
                + "<location><name>Bulacan</name><start>28</start><end>35</end><lat>15</lat><lon>121.08</lon></location>"
                + "</locations></article></articles>");
            var a = Assert.Single(PlaceEvaluation.ReadGold(path, PlaceGoldFormat.GeoVirus));
            Assert.Equal(["Pandi", "Bulacan"], a.Toponyms.Select(t => t.Phrase));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Distance_IsTheGreatCircleDistance()
    {
        // London to Paris: 343.5 km on a sphere of the mean Earth radius.
        double km = PlaceEvaluation.DistanceKm(51.5074, -0.1278, 48.8566, 2.3522);
        Assert.InRange(km, 342, 345);
    }
}
