using System.Globalization;

namespace Dyad.Sources.Feeds;

/// <summary>Parses the date formats of web pages and feeds: ISO 8601 / RFC 3339 and RFC 822 / RFC 1123.</summary>
internal static class WebDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>North American zone names RFC 822 allows, with their offsets in hours.</summary>
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    /// <summary>Earliest and latest years a page's or feed's date may have. Publishing systems write placeholders where
    /// no date was set ("0001-01-01T00:00:00Z" in schema.org data, found in the Scrapinghub test pages, whose articles
    /// then failed in the dates stage); a date outside these years is such a placeholder, not a publication date.</summary>
    public const int MinYear = 1800, MaxYear = 2200;

    /// <summary>Parses an ISO 8601 or RFC 822 date; a date without a zone is taken as UTC. Null when it is neither, when its
    /// year is outside <see cref="MinYear"/>..<see cref="MaxYear"/>, and for the Unix epoch's first second (another
    /// placeholder).</summary>
    public static DateTimeOffset? Parse(string? value) =>
        ParseAny(value) is { } d && d.Year is >= MinYear and <= MaxYear && d != DateTimeOffset.UnixEpoch ? d : null;

    private static DateTimeOffset? ParseAny(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length > 0 && char.IsAsciiDigit(s[0]) && s.Length >= 10 && s[4] == '-')
        {
            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso))
                return iso;
            // "2019-11-19T10:03:00.000+0000": an offset without a colon.
            if (s.Length > 5 && (s[^5] is '+' or '-') && s[^4..].All(char.IsAsciiDigit)
                && DateTimeOffset.TryParse(s[..^2] + ":" + s[^2..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out iso))
                return iso;
            return null;
        }
        return ParseRfc822(s);
    }

    // "Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 +0200", "Tue, 10 Jun 2003 04:00:00 EST".
    private static DateTimeOffset? ParseRfc822(string s)
    {
        var parts = s.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        if (parts.Length > 0 && !char.IsAsciiDigit(parts[0][0])) i++; // the day name
        if (parts.Length - i < 3) return null;
        if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out int day)) return null;
        var mon = parts[i + 1];
        int month = mon.Length >= 3 ? Array.IndexOf(Months, mon[..3].ToLowerInvariant()) + 1 : 0;
        if (month == 0) return null;
        if (!int.TryParse(parts[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
        if (year < 100) year += year < 50 ? 2000 : 1900;
        int hour = 0, minute = 0, second = 0;
        if (parts.Length > i + 3)
        {
            var t = parts[i + 3].Split(':');
            if (t.Length < 2 || !int.TryParse(t[0], CultureInfo.InvariantCulture, out hour) || !int.TryParse(t[1], CultureInfo.InvariantCulture, out minute))
                return null;
            if (t.Length > 2 && !int.TryParse(t[2], CultureInfo.InvariantCulture, out second)) return null;
        }
        var offset = TimeSpan.Zero;
        if (parts.Length > i + 4)
        {
            var z = parts[i + 4];
            if (z.Length == 5 && (z[0] is '+' or '-') && int.TryParse(z.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int hhmm))
                offset = new TimeSpan(hhmm / 100, hhmm % 100, 0) * (z[0] == '-' ? -1 : 1);
            else if (ZoneHours.TryGetValue(z, out int h)) offset = TimeSpan.FromHours(h);
        }
        try { return new DateTimeOffset(year, month, day, hour, minute, second, offset); }
        catch (ArgumentOutOfRangeException) { return null; }
    }
}
