using Dyad.Events;
using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.Events;

public sealed class EventIdTests
{
    private const string Texts = "quotes-polnear/train/text";

    /// <summary>The store keys events by id: two events of one article with one id would fail a whole batch. Once,
    /// a trigger coded toward two mentions of the same code did (found by ingesting these 840 articles).</summary>
    [DataFact(Texts)]
    public void EventIds_AreUniqueWithinEveryArticle_OnPolNearTrain()
    {
        var pipeline = DyadPipeline.Create(new PipelineOptions { ReferenceDate = new DateOnly(2016, 10, 1) });
        int articles = 0, events = 0;
        foreach (var item in pipeline.Run([SharedData.Path(Texts)]))
        {
            if (item.Document is not { } doc) continue;
            articles++;
            var ids = new HashSet<string>();
            foreach (var e in doc.Events)
            {
                events++;
                Assert.True(ids.Add(EventIds.Of(doc, e)), $"{doc.Article.InputPath}: two events share id {EventIds.Of(doc, e)}");
            }
        }
        Assert.True(articles > 800 && events > 1000, $"{articles} articles, {events} events");
    }
}
