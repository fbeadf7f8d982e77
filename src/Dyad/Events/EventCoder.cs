using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Events;

/// <summary>
/// The events stage: codes each parsed sentence with resolved actors into <see cref="Document.Events"/> with
/// <see cref="EventMatcher"/> and the pattern lexicon, dates each event (a date expression in its sentence, else the
/// article's reference date) and merges restatements of one event into one record with a mention count.
/// </summary>
public sealed class EventCoder : IStage
{
    private readonly EventMatcher _matcher;

    private EventCoder(EventMatcher matcher) => _matcher = matcher;

    private static readonly Lazy<EventCoder> Shipped = new(() => new EventCoder(EventMatcher.Default));

    /// <summary>The coder with the shipped lexicon (knowledge/events.tsv), loaded on first use.</summary>
    public static EventCoder Default => Shipped.Value;

    /// <inheritdoc />
    public string Name => "events";

    /// <inheritdoc />
    public Layers Reads => Layers.Parse | Layers.Actors;

    /// <inheritdoc />
    public Layers Writes => Layers.Events;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Events.Clear();
        var found = new List<CodedEvent>();
        _matcher.Code(document, found, requireSource: true);
        bool dates = (document.Layers & Layers.Dates) != 0;
        var seen = new Dictionary<(string, string, string, int, EventModality), int>();
        foreach (var e in found)
        {
            var key = (ActorKey(document, e.Source), ActorKey(document, e.Target), e.Cameo, e.TriggerLemma, e.Modality);
            if (seen.TryGetValue(key, out int at))
            {
                document.Events[at] = document.Events[at] with { Mentions = document.Events[at].Mentions + 1 };
                continue;
            }
            seen[key] = document.Events.Count;
            var (date, source) = DateOf(document, e, dates);
            document.Events.Add(e with { Date = date, DateSource = source });
        }
    }

    /// <summary>What makes two mentions the same actor: the coreference entity, else the code, else the mention.</summary>
    private static string ActorKey(Document doc, int actor)
    {
        if (actor < 0) return "";
        var m = doc.Actors[actor];
        return m.Entity >= 0 ? "e" + m.Entity.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : m.Code ?? "m" + actor.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The date expression of the event's sentence nearest its trigger, else the reference date.</summary>
    private static (DateOnly?, string?) DateOf(Document doc, CodedEvent e, bool dates)
    {
        if (dates)
        {
            int best = -1, bestDistance = int.MaxValue;
            var tokens = doc.Tokens;
            for (int i = 0; i < doc.Dates.Count; i++)
            {
                var d = doc.Dates[i];
                if (tokens[d.FirstToken].Sentence != e.Sentence) continue;
                int distance = Math.Abs(d.FirstToken - e.TriggerFirst);
                if (distance < bestDistance) { best = i; bestDistance = distance; }
            }
            if (best >= 0) return (doc.Dates[best].Date, "text");
        }
        return doc.ReferenceDate is { } r ? (r, doc.ReferenceDateSource) : (null, null);
    }
}
