namespace Dyad.Dates;

/// <summary>How precise a resolved time expression is.</summary>
public enum TimeGranularity : byte
{
    /// <summary>One day ("on Monday", "March 25, 2024", "yesterday").</summary>
    Day,
    /// <summary>A week ("this week", "last week"); <see cref="TimeMention.Date"/> is its first day.</summary>
    Week,
    /// <summary>A month ("last month", "in March"); the date is its first day.</summary>
    Month,
    /// <summary>A year ("last year", "in 2023"); the date is its first day.</summary>
    Year,
}

/// <summary>
/// A date or relative time expression in the text, resolved against the article's reference date. Written by the
/// dates stage into <see cref="Documents.Document.Dates"/>, in text order.
/// </summary>
/// <param name="FirstToken">Document index of the first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Date">The resolved day (first day of the period for coarser granularities).</param>
/// <param name="Granularity">How precise the expression is.</param>
/// <param name="Relative">True when the expression was resolved against the reference date ("on Monday"), false
/// when it names the date itself ("March 25, 2024").</param>
public readonly record struct TimeMention(int FirstToken, int TokenCount, DateOnly Date, TimeGranularity Granularity, bool Relative);
