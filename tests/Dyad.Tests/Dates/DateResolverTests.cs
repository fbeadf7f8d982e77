using Dyad.Articles;
using Dyad.Dates;
using Dyad.Pipeline;

namespace Dyad.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DyadPipeline Segmented = DyadPipeline.Create(new PipelineOptions { Until = "segment", IdentifyLanguage = false });

    /// <summary>Wednesday 27 March 2024, the seed article's day.</summary>
    private static readonly DateOnly Wednesday = new(2024, 3, 27);

    private static List<(string Text, TimeMention Mention)> Resolve(string text, DateOnly? reference = null)
    {
        var doc = Segmented.Annotate(new Article { Id = "t", Text = text, Language = "en" });
        doc.ReferenceDate = reference;
        DateResolver.Default.Process(doc);
        var list = new List<(string, TimeMention)>();
        foreach (var m in doc.Dates)
            list.Add((text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.FirstToken + m.TokenCount - 1].End], m));
        return list;
    }

    [Fact]
    public void AReferenceAtTheEndsOfTheCalendar_ResolvesNoRelativeExpression()
    {
        // Before, "last year" on 0001-01-01 threw and failed the whole stage.
        Assert.DoesNotContain(Resolve("The law passed last year, two days ago.", new DateOnly(1, 1, 1)), m => m.Mention.Relative);
        Assert.DoesNotContain(Resolve("The law passes next year.", new DateOnly(9999, 12, 31)), m => m.Mention.Relative);
        var written = Resolve("The strike began on March 25 and ended on 2 April 2024.", new DateOnly(1, 1, 1));
        Assert.Equal(new DateOnly(2024, 4, 2), Assert.Single(written).Mention.Date); // "March 25" has no year of its own
        Assert.Contains(Resolve("The law passed last year.", Wednesday), m => m.Mention.Relative && m.Mention.Date == new DateOnly(2023, 1, 1));
    }

    [Theory]
    [InlineData("The vote took place on Monday.", "on Monday", "2024-03-25")]
    [InlineData("She spoke on Wednesday.", "on Wednesday", "2024-03-27")]
    [InlineData("They will meet on Monday.", "on Monday", "2024-04-01")]
    [InlineData("They met last Thursday.", "last Thursday", "2024-03-21")]
    [InlineData("They meet next Wednesday.", "next Wednesday", "2024-04-03")]
    [InlineData("Officials spoke yesterday.", "yesterday", "2024-03-26")]
    [InlineData("The talks end tomorrow.", "tomorrow", "2024-03-28")]
    [InlineData("The meeting was cancelled this week.", "this week", "2024-03-25")]
    [InlineData("The meeting was cancelled earlier this week.", "earlier this week", "2024-03-25")]
    [InlineData("Prices rose last month.", "last month", "2024-02-01")]
    [InlineData("It happened two days ago.", "two days ago", "2024-03-25")]
    [InlineData("The strike began on March 25.", "March 25", "2024-03-25")]
    [InlineData("The strike began on 25 March 2024.", "25 March 2024", "2024-03-25")]
    [InlineData("The deal was signed on December 30.", "December 30", "2023-12-30")]
    [InlineData("The law passed in 2019.", "2019", "2019-01-01")]
    [InlineData("Elections are due in May.", "in May", "2024-05-01")]
    public void Resolver_ResolvesAgainstTheReferenceDate(string text, string expression, string date)
    {
        var found = Resolve(text, Wednesday);
        var (t, m) = Assert.Single(found);
        Assert.Equal(expression, t);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), m.Date);
    }

    [Theory]
    [InlineData("Thousands march through the capital.")]
    [InlineData("The minister may resign.")]
    [InlineData("He said 2000 people attended.")]
    public void Resolver_IgnoresWordsThatOnlyLookLikeDates(string text) => Assert.Empty(Resolve(text, Wednesday));

    [Fact]
    public void Resolver_WithoutReferenceDate_ResolvesOnlyDatesThatCarryTheirYear()
    {
        var found = Resolve("On Monday, officials recalled the accord of March 25, 2024.");
        var (t, m) = Assert.Single(found);
        Assert.Equal("March 25, 2024", t);
        Assert.False(m.Relative);
        Assert.Equal(TimeGranularity.Day, m.Granularity);
    }
}
