using Dyad.Store;
using DuckDB.NET.Data;

namespace Dyad.Query;

/// <summary>The period a relations series is summed over.</summary>
public enum RelationPeriod
{
    /// <summary>Calendar days.</summary>
    Day,
    /// <summary>ISO weeks (Monday first).</summary>
    Week,
    /// <summary>Calendar months.</summary>
    Month,
    /// <summary>Calendar years.</summary>
    Year,
}

/// <summary>One period of a dyad's series in one direction.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="Source">Source country code.</param>
/// <param name="Target">Target country code.</param>
/// <param name="Events">Events coded (one per event, however often the article repeats it).</param>
/// <param name="Mentions">Mentions of those events.</param>
/// <param name="GoldsteinSum">Sum of the events' Goldstein values (−10 conflict .. +10 cooperation).</param>
/// <param name="GoldsteinMean">Mean Goldstein value.</param>
/// <param name="VerbalCooperation">Events of quad class 1.</param>
/// <param name="MaterialCooperation">Quad class 2.</param>
/// <param name="VerbalConflict">Quad class 3.</param>
/// <param name="MaterialConflict">Quad class 4.</param>
public sealed record RelationPoint(DateOnly Period, string Source, string Target, long Events, long Mentions, double GoldsteinSum,
    double GoldsteinMean, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict);

/// <summary>What a relations query counts.</summary>
public sealed record RelationQuery
{
    /// <summary>One country of the dyad (CAMEO / ISO alpha-3 code, e.g. <c>USA</c>).</summary>
    public required string A { get; init; }

    /// <summary>The other country.</summary>
    public required string B { get; init; }

    /// <summary>The period summed over.</summary>
    public RelationPeriod Period { get; init; } = RelationPeriod.Day;

    /// <summary>Earliest event date (inclusive), or null.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Latest event date (inclusive), or null.</summary>
    public DateOnly? To { get; init; }
}

/// <summary>
/// The series of a dyad's relations from the store's <c>relations_daily</c> view: asserted events only (negated,
/// future, hypothetical and reported-only events are not things that happened), both directions.
/// </summary>
public static class Relations
{
    /// <summary>The dyad's points, by period then direction (A→B first). Periods without events are absent.</summary>
    public static IReadOnlyList<RelationPoint> Series(this DyadStore store, RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        string a = CountryCode(query.A, nameof(query.A)), b = CountryCode(query.B, nameof(query.B));
        string unit = query.Period switch
        {
            RelationPeriod.Day => "day",
            RelationPeriod.Week => "week",
            RelationPeriod.Month => "month",
            _ => "year",
        };
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT CAST(date_trunc('{unit}', day) AS DATE) AS period, source_country, target_country,
                   CAST(sum(events) AS BIGINT), CAST(sum(mentions) AS BIGINT), sum(goldstein_sum), sum(goldstein_sum) / sum(events),
                   CAST(sum(verbal_cooperation) AS BIGINT), CAST(sum(material_cooperation) AS BIGINT),
                   CAST(sum(verbal_conflict) AS BIGINT), CAST(sum(material_conflict) AS BIGINT)
            FROM relations_daily
            WHERE ((source_country = $a AND target_country = $b) OR (source_country = $b AND target_country = $a))
              AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
            GROUP BY 1, 2, 3
            ORDER BY period, source_country <> $a
            """;
        cmd.Parameters.Add(new DuckDBParameter("a", a));
        cmd.Parameters.Add(new DuckDBParameter("b", b));
        cmd.Parameters.Add(new DuckDBParameter("from", query.From?.ToDateTime(TimeOnly.MinValue)));
        cmd.Parameters.Add(new DuckDBParameter("to", query.To?.ToDateTime(TimeOnly.MinValue)));
        var list = new List<RelationPoint>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new RelationPoint(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetString(2),
                r.GetInt64(3), r.GetInt64(4), r.GetDouble(5), r.GetDouble(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10)));
        }
        return list;
    }

    private static string CountryCode(string code, string name)
    {
        if (code is not { Length: 3 } || !code.All(char.IsAsciiLetter))
            throw new ArgumentException($"'{code}' is not a three-letter country code (e.g. USA, ISR)", name);
        return code.ToUpperInvariant();
    }
}
