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
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            if (WithinLonger(found, i) || OutletReporting(document, e)) continue;
            var key = (ActorKey(document, e.Source), ActorKey(document, e.Target), e.Cameo, e.TriggerLemma, e.Modality);
            if (seen.TryGetValue(key, out int at))
            {
                document.Events[at] = document.Events[at] with { Mentions = document.Events[at].Mentions + 1 };
                continue;
            }
            seen[key] = document.Events.Count;
            var (date, source) = DateOf(document, e, dates);
            document.Events.Add(e with { Date = date, DateSource = source, Location = PlaceOf(document, e) });
        }
    }

    /// <summary>
    /// True when another event of the same sentence, parties, code and modality has a trigger that spans this one's: a
    /// verb's row and a longer row over the same words ("signed" and "signed a deal") code one act, so the longer one
    /// stands for it. Of two with the same span the first stands.
    /// </summary>
    private static bool WithinLonger(List<CodedEvent> found, int i)
    {
        var e = found[i];
        for (int j = 0; j < found.Count; j++)
        {
            if (j == i) continue;
            var o = found[j];
            if (o.Sentence != e.Sentence || o.Source != e.Source || o.Target != e.Target || o.Modality != e.Modality
                || !string.Equals(o.Cameo, e.Cameo, StringComparison.Ordinal)) continue;
            if (o.TriggerFirst > e.TriggerFirst || o.TriggerLast < e.TriggerLast) continue;
            int lo = o.TriggerLast - o.TriggerFirst, le = e.TriggerLast - e.TriggerFirst;
            if (lo > le || (lo == le && j < i)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for a bare statement (010, no target) by a news outlet and nothing else ("Reuters reported", "Xinhua said"): the
    /// outlet tells where the news came from; it does not act. Its other acts (a denial, an appeal) stay events.
    /// </summary>
    private static bool OutletReporting(Document doc, CodedEvent e)
    {
        if (e.Target >= 0 || e.Source < 0 || !string.Equals(e.Cameo, "010", StringComparison.Ordinal)) return false;
        var roles = doc.Actors[e.Source].Roles;
        return roles.Count == 1 && string.Equals(roles[0], "MED", StringComparison.Ordinal);
    }

    /// <summary>What makes two mentions the same actor: the coreference entity, else the code, else the mention.</summary>
    private static string ActorKey(Document doc, int actor)
    {
        if (actor < 0) return "";
        var m = doc.Actors[actor];
        return m.Entity >= 0 ? "e" + m.Entity.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : m.Code ?? "m" + actor.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Prepositions that put an act at a place ("talks in Cairo", "clashes near Rafah"); "from", "to" and "for"
    /// name an origin, a destination or a topic instead (checked on the seed article: "plans for ... Rafah" is a topic).</summary>
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "near", "outside", "inside", "across", "around", "on" };

    /// <summary>See <see cref="CodedEvent.Location"/>: a resolved place attached to a trigger word by a locative
    /// preposition ("met in Cairo", "talks in Doha"), not part of the source or target mention; -1 when none is.
    /// Proximity alone (GDELT's convention) placed the seed's meeting request in Gaza, so the parse decides.</summary>
    private static int PlaceOf(Document doc, CodedEvent e)
    {
        if ((doc.Layers & Layers.Parse) == 0) return -1;
        var tokens = doc.Tokens;
        for (int i = 0; i < doc.Places.Count; i++)
        {
            var p = doc.Places[i];
            // An approximate place (the region holding a village the gazetteer lacks) is not where the event happened.
            if (p.Sentence != e.Sentence || p.GeoNamesId is null || p.Approximate) continue;
            if (Overlaps(doc, e.Source, p) || Overlaps(doc, e.Target, p)) continue;
            // The span's head: the token whose head lies outside the span.
            int head = p.FirstToken + p.TokenCount - 1;
            for (int t = p.FirstToken; t < p.FirstToken + p.TokenCount; t++)
            {
                int h = tokens[t].Head;
                if (h < p.FirstToken || h >= p.FirstToken + p.TokenCount) { head = t; break; }
            }
            // Attached to a trigger word, or (one level down) to a word attached to it: the parser often hangs the
            // place on the nearest noun ("clashed with Hamas fighters near Rafah", "talks with officials in Cairo").
            int governor = tokens[head].Head;
            bool onTrigger = governor >= e.TriggerFirst && governor <= e.TriggerLast;
            if (!onTrigger && governor >= 0)
            {
                int up = tokens[governor].Head;
                onTrigger = up >= e.TriggerFirst && up <= e.TriggerLast;
            }
            if (!onTrigger) continue;
            bool locative = false;
            for (int t = p.FirstToken - 1; t >= Math.Max(0, p.FirstToken - 3) && !locative; t--)
                if (tokens[t].Head == head && Labels.Deprel.Name(tokens[t].Deprel) == "case")
                    locative = PlacePrepositions.Contains(doc.Text.Substring(tokens[t].Start, tokens[t].End - tokens[t].Start));
            if (locative) return i;
        }
        return -1;
    }

    private static bool Overlaps(Document doc, int actor, Places.PlaceMention p)
    {
        if (actor < 0) return false;
        var a = doc.Actors[actor];
        return p.FirstToken < a.FirstToken + a.TokenCount && p.FirstToken + p.TokenCount > a.FirstToken;
    }

    /// <summary>
    /// The date expression of the event's own clause nearest its trigger, else the reference date. A date inside a
    /// clause of its own that does not hold the trigger dates something else ("agreed to reopen talks that stalled last
    /// year": the talks are not last year's), and so does a date above a clause boundary the trigger sits under ("said
    /// on Monday that the army had shelled the town": Monday is the saying's). Without a parse the sentence's nearest
    /// date stands.
    /// </summary>
    private static (DateOnly?, string?) DateOf(Document doc, CodedEvent e, bool dates)
    {
        if (dates)
        {
            int best = -1, bestDistance = int.MaxValue;
            var tokens = doc.Tokens;
            bool parsed = (doc.Layers & Layers.Parse) != 0;
            int trigger = parsed ? HeadOf(tokens, e.TriggerFirst, e.TriggerLast - e.TriggerFirst + 1) : -1;
            for (int i = 0; i < doc.Dates.Count; i++)
            {
                var d = doc.Dates[i];
                if (tokens[d.FirstToken].Sentence != e.Sentence) continue;
                if (trigger >= 0 && !SameClause(tokens, HeadOf(tokens, d.FirstToken, d.TokenCount), trigger)) continue;
                int distance = Math.Abs(d.FirstToken - e.TriggerFirst);
                if (distance < bestDistance) { best = i; bestDistance = distance; }
            }
            if (best >= 0) return (doc.Dates[best].Date, "text");
        }
        return doc.ReferenceDate is { } r ? (r, doc.ReferenceDateSource) : (null, null);
    }

    private static readonly ushort[] ClauseBoundaries = [.. new[] { "acl:relcl", "advcl", "ccomp", "csubj", "parataxis" }.Select(Labels.Deprel.Intern)];

    /// <summary>The token of a run whose head lies outside it (the run's last token when the parse gives none).</summary>
    private static int HeadOf(ReadOnlySpan<TokenData> tokens, int first, int count)
    {
        for (int t = first; t < first + count; t++)
            if (tokens[t].Head < first || tokens[t].Head >= first + count) return t;
        return first + count - 1;
    }

    /// <summary>Neither path from the two words up to their lowest common ancestor leaves a clause of its own on the
    /// way (a relative, adverbial or complement clause, a parenthetical; not the infinitive of "decision to call off",
    /// whose date is the decision's).</summary>
    private static bool SameClause(ReadOnlySpan<TokenData> tokens, int a, int b)
    {
        int common = CommonAncestor(tokens, a, b);
        if (common < 0) return false;
        return !CrossesClause(tokens, a, common) && !CrossesClause(tokens, b, common);

        static bool CrossesClause(ReadOnlySpan<TokenData> tokens, int from, int to)
        {
            for (int t = from, steps = 0; t != to && t >= 0 && steps < 64; t = tokens[t].Head, steps++)
                if (Array.IndexOf(ClauseBoundaries, tokens[t].Deprel) >= 0) return true;
            return false;
        }
    }

    private static int CommonAncestor(ReadOnlySpan<TokenData> tokens, int a, int b)
    {
        for (int x = a, i = 0; x >= 0 && i < 64; x = tokens[x].Head, i++)
            for (int y = b, j = 0; y >= 0 && j < 64; y = tokens[y].Head, j++)
                if (x == y) return x;
        return -1;
    }
}
