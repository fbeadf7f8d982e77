using Dyad.Actors;
using Dyad.Documents;
using Dyad.Tests.Events;
using static Dyad.Tests.Events.EventTestDocs;

namespace Dyad.Tests.Actors;

/// <summary>
/// The whole pipeline on short world-news texts written for these tests: actors a hand check of asserted events on
/// international and epidemic news (Wikinews) found uncoded or miscoded — a country with a noun before its agent ("the
/// Kenyan health ministry"), the adjective "Philippine", US health agencies, NGOs, and "US$" read as the United States.
/// </summary>
public sealed class WorldNewsActorTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Document Process(string body) => EventTestDocs.RunShown("World notes.", body, new DateOnly(2010, 6, 1), output);

    [Theory]
    [InlineData("The Kenyan health ministry closed the schools.", "Kenyan health ministry", "KENGOV")]
    [InlineData("The Philippine Department of Agriculture closed the farm.", "Philippine Department of Agriculture", "PHLGOV")]
    [InlineData("The Centers for Disease Control and Prevention closed the lab.", "Centers for Disease Control and Prevention", "USAGOVHLH")]
    [InlineData("The FDA closed the plant.", "FDA", "USAGOVHLH")]
    [InlineData("Amnesty International criticised the police of Kenya.", "Amnesty International", "NGOHRIAMN")]
    [InlineData("Doctors sent by MSF treated the sick.", "MSF", "NGOHLHMSF")]
    [InlineData("Human Rights Watch criticised the police of Kenya.", "Human Rights Watch", "NGOHRI")]
    public void HealthBodiesAndNgos_AreCoded(string body, string phrase, string code)
    {
        var doc = Process(body);
        Assert.Contains(doc.Actors, a => a.Code == code && doc.Text[doc.Tokens[a.FirstToken].Start..doc.Tokens[a.FirstToken + a.TokenCount - 1].End] == phrase);
    }

    [Fact]
    public void ACurrencyPrefix_IsNoCountry()
    {
        var doc = Process("The World Bank gave US$30 million to Uganda for new clinics.");
        Assert.DoesNotContain(doc.Actors, a => a.Code == "USA");
        Assert.Contains(doc.Events, e => e.Cameo.StartsWith("07", StringComparison.Ordinal) && CodeOf(doc, e.Target) == "UGA");
        var us = Process("The US gave $30 million to Uganda for new clinics.");
        Assert.Contains(us.Actors, a => a.Code == "USA");
    }

    [Theory]
    [InlineData("The interior ministry in Nairobi banned the march.", "interior ministry", "KENGOV")]
    [InlineData("Police in Ohio questioned the driver.", "Police", "USACOP")]
    [InlineData("Residents in Gaza fled their homes.", "Residents", "PSECVL")]
    [InlineData("The government in Kyiv thanked the donors.", "government", "UKRGOV")]
    [InlineData("Farmers in Kenya blocked the road.", "Farmers", "KENAGR")]
    public void AnAgentWhereItBelongs_TakesThePlacesCountry(string body, string phrase, string code)
    {
        var doc = Process(body);
        Assert.Contains(doc.Actors, a => a.Code == code && doc.Text[doc.Tokens[a.FirstToken].Start..doc.Tokens[a.FirstToken + a.TokenCount - 1].End] == phrase);
    }

    [Theory]
    [InlineData("Diplomats in Beijing praised the plan.", "Diplomats")] // foreign diplomats, as often as not
    [InlineData("Refugees in Lebanon marched to the border.", "Refugees")] // refugees are mostly from elsewhere
    [InlineData("Troops in Afghanistan cleared the road.", "Troops")] // foreign troops are common there
    [InlineData("Officials in Brussels praised the plan.", "Officials")] // the seat of EU bodies
    public void AnAgentThatMayBeAForeigner_TakesNoCountryFromWhereItIs(string body, string phrase)
    {
        var doc = Process(body);
        var mention = Assert.Single(doc.Actors, a => doc.Text[doc.Tokens[a.FirstToken].Start..doc.Tokens[a.FirstToken + a.TokenCount - 1].End] == phrase);
        Assert.Null(mention.Code);
    }

    [Fact]
    public void TwoGovernments_AfterTwoBareCountries_AreTheirGovernments()
    {
        var doc = Process("Chile and Peru opened a new border crossing on Friday, the two governments announced.");
        var codes = doc.Actors.Where(a => a.Kind == MentionKind.Reference).Select(a => a.Code ?? "").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "CHLGOV", "PERGOV" }, codes);
        // countries named as the places of a war are no referents
        var war = Process("Fighting spread in Syria and Iraq last year, and both countries asked Turkey for help.");
        Assert.DoesNotContain(war.Actors, a => a.Kind == MentionKind.Reference && a.Code is "SYR" or "IRQ");
    }
}

