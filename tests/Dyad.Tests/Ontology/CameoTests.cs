using Dyad.Ontology;
using Xunit;

namespace Dyad.Tests.Ontology;

public class CameoTests
{
    [Fact]
    public void Cameo_HasEveryCodeOfTheSourceTable()
    {
        Assert.Equal(312, Cameo.All.Count);
        Assert.Equal(20, Cameo.All.Count(c => c.Level == 1));
    }

    [Fact]
    public void Cameo_036IsIntentToMeetAndVerbalCooperation()
    {
        var c = Cameo.Find("036")!;
        Assert.Equal("Express intent to meet or negotiate", c.Name);
        Assert.Equal(1, c.QuadClass);
        Assert.Equal("03", c.Root);
        Assert.Equal(4.0, c.Goldstein);
        Assert.False(string.IsNullOrWhiteSpace(c.Description));
    }

    [Fact]
    public void Cameo_190IsConventionalForceAndMaterialConflict()
    {
        var c = Cameo.Find("190")!;
        Assert.Equal("Use conventional military force", c.Name);
        Assert.Equal(4, c.QuadClass);
        Assert.Equal(-10.0, c.Goldstein);
        Assert.Equal("FIGHT", Cameo.Find("19")!.Name);
    }

    [Theory]
    [InlineData("010", 0.0)]
    [InlineData("057", 8.0)]
    [InlineData("1823", -10.0)]
    [InlineData("0256", -0.3)]
    [InlineData("173", -5.0)]
    public void Cameo_GoldsteinValuesMatchTheStandard(string code, double goldstein) =>
        Assert.Equal(goldstein, Cameo.Find(code)!.Goldstein);

    [Theory]
    [InlineData(36, "036")]
    [InlineData(190, "190")]
    [InlineData(256, "0256")]
    [InlineData(1823, "1823")]
    public void Cameo_FindsIntCodesWithTheirLeadingZero(int code, string expected) =>
        Assert.Equal(expected, Cameo.Find(code)!.Code);

    [Fact]
    public void Cameo_ParentChainRunsToTheRoot()
    {
        var chain = Cameo.Chain("0256").Select(c => c.Code).ToArray();
        Assert.Equal(["0256", "025", "02"], chain);
        Assert.Equal(2, Cameo.Find("0874")!.QuadClass);
        Assert.Equal(3, Cameo.Find("1125")!.QuadClass);
    }

    [Fact]
    public void Cameo_UnknownCodeIsNull()
    {
        Assert.Null(Cameo.Find("0361"));
        Assert.Null(Cameo.Find("999"));
    }

    [Fact]
    public void Plover_MapsCameoCodesToEventTypesAndModes()
    {
        Assert.Equal("AGREE", Plover.ForCameo("036")!.EventType);
        var visit = Plover.ForCameo("042")!;
        Assert.Equal(("CONSULT", "visit"), (visit.EventType, visit.Mode));
        Assert.Equal("ASSAULT", Plover.ForCameo("190")!.EventType);
        Assert.Equal(("PROTEST", "demo"), (Plover.ForCameo("141")!.EventType, Plover.ForCameo("141")!.Mode));
        Assert.Equal(["CONCEDE", "RETREAT"], Plover.Map.ForRoot("08"));
        Assert.Null(Plover.ForCameo("010"));
        Assert.Equal(256, Plover.Map.All.Count);
    }
}
