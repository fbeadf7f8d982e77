using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Events;
using static Dyad.Tests.Events.EventTestDocs;

namespace Dyad.Tests.Events;

/// <summary>
/// CAMEO 07 is material aid and 162 its reduction: "provide" codes aid only with an aid-like thing given, found as the
/// object or, when the object is the party helped, as the "with" complement; cutting or halting supplies to a party is
/// 162. Sentences written for these tests.
/// </summary>
public sealed class AidEventTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Document Process(string body) => RunShown("Aid notes.", body, new DateOnly(2016, 5, 2), output);

    [Fact]
    public void ProvidingAViewpoint_IsNoAid()
    {
        var doc = Process("Al Jazeera is providing a different perspective on the talks with Iran.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Germany provided Ukraine with tanks and weapons.", "072", "DEU", "UKR")]
    [InlineData("Japan provided shelter to refugees from Syria.", "070", "JPN", "SYRREF")]
    public void ProvidingMaterialAid_IsCoded(string body, string code, string source, string target)
    {
        var doc = Process(body);
        Assert.Contains(doc.Events, e => e.Cameo == code && CodeOf(doc, e.Source) == source && CodeOf(doc, e.Target) == target);
    }

    [Theory]
    [InlineData("Gazprom cut gas supplies to Moldova in January.", "RUSBUS", "MDA")]
    [InlineData("Russia halted fuel deliveries to Belarus on Monday.", "RUS", "BLR")]
    public void CuttingSupplies_ReducesMaterialAid(string body, string source, string target)
    {
        var doc = Process(body);
        Assert.Contains(doc.Events, e => e.Cameo == "162" && CodeOf(doc, e.Source) == source && CodeOf(doc, e.Target) == target);
    }

    private string TargetPhrase(Dyad.Documents.Document doc) => EventTestDocs.TargetPhrase(doc, output);

    [Theory]
    [InlineData("Norway has given 30 million dollars to fight the cholera outbreak in East Africa.")]
    [InlineData("Canada announced new funding to fight the epidemic in East Africa.")]
    public void AidToNoPartyNamed_GoesToThePlaceOfTheNeed(string body)
    {
        var doc = Process(body);
        Assert.Equal("East Africa", TargetPhrase(doc));
    }

    [Fact]
    public void AVerbCoordinatedAfterAnother_SharesItsObject()
    {
        // The parse hangs "vehicles" on "financed" only; "provided" gives them too.
        var doc = Process("Germany has financed and provided vehicles for the police of Mali.");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && CodeOf(doc, e.Source) == "DEU");
    }
}
