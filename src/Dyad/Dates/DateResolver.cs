using System.Globalization;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Dates;

/// <summary>
/// The dates stage: finds date expressions ("on Monday", "this week", "last month", "March 25, 2024",
/// "25 March", "in 2023", "two days ago", "yesterday") and resolves them against
/// <see cref="Document.ReferenceDate"/>. Weekdays and month names without a year take the article's tense into
/// account: "on Monday" in a past-tense clause is the latest Monday on or before the reference date; in a clause
/// with <c>will</c>/<c>shall</c> it is the next one. Without a reference date only expressions that carry their
/// own year are resolved. Month names must be capitalised ("the troops march" is not March; "May" needs a day,
/// a year or a preposition beside it).
/// </summary>
public sealed class DateResolver : IStage
{
    /// <summary>A month-day without a year that would fall more than this many days after the reference date in
    /// a past-tense sentence (before it in a future one) is read as the year before (after): "on December 30" in a
    /// January article. Two weeks allow for schedules announced just ahead.</summary>
    private const int FutureSlackDays = 14;

    private static readonly Lazy<DateResolver> Shared = new(() => new DateResolver());

    private readonly Dictionary<ulong, int> _weekdays = new();
    private readonly Dictionary<ulong, int> _months = new();
    private readonly Dictionary<ulong, int> _numbers = new();
    private readonly Dictionary<ulong, TimeGranularity> _units = new();
    private readonly ulong _on, _last, _next, _this, _ago, _in, _since, _until, _by, _early, _late, _today, _yesterday,
        _tomorrow, _tonight, _night, _morning, _afternoon, _evening, _earlier, _comma, _dot, _will, _shall, _ll, _the, _of, _week, _month, _year;

    private DateResolver()
    {
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < days.Length; i++) _weekdays[H(days[i])] = (i + 1) % 7; // DayOfWeek: Sunday = 0
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < months.Length; i++) _months[H(months[i])] = i + 1;
        foreach (var (abbr, m) in new[] { ("jan", 1), ("feb", 2), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
                                          ("jan.", 1), ("feb.", 2), ("apr.", 4), ("jun.", 6), ("jul.", 7), ("aug.", 8), ("sep.", 9), ("sept.", 9), ("oct.", 10), ("nov.", 11), ("dec.", 12) })
            _months[H(abbr)] = m;
        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (int i = 1; i < numbers.Length; i++) _numbers[H(numbers[i])] = i;
        _numbers[H("a")] = 1;
        _numbers[H("an")] = 1;
        foreach (var (w, g) in new[] { ("day", TimeGranularity.Day), ("days", TimeGranularity.Day), ("week", TimeGranularity.Week), ("weeks", TimeGranularity.Week),
                                       ("month", TimeGranularity.Month), ("months", TimeGranularity.Month), ("year", TimeGranularity.Year), ("years", TimeGranularity.Year) })
            _units[H(w)] = g;
        _on = H("on"); _last = H("last"); _next = H("next"); _this = H("this"); _ago = H("ago"); _in = H("in"); _since = H("since");
        _until = H("until"); _by = H("by"); _early = H("early"); _late = H("late"); _today = H("today"); _yesterday = H("yesterday");
        _tomorrow = H("tomorrow"); _tonight = H("tonight"); _night = H("night"); _morning = H("morning"); _afternoon = H("afternoon");
        _evening = H("evening"); _earlier = H("earlier"); _comma = H(","); _dot = H("."); _will = H("will"); _shall = H("shall"); _ll = H("'ll");
        _the = H("the"); _of = H("of"); _week = H("week"); _month = H("month"); _year = H("year");
    }

    /// <summary>The stage (stateless; tables built once).</summary>
    public static DateResolver Default => Shared.Value;

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public Layers Reads => Layers.Tokens | Layers.Sentences;

    /// <inheritdoc />
    public Layers Writes => Layers.Dates;

    private static ulong H(string s) => StringHash.OfNorm(s);

    /// <summary>Most years a relative expression moves ("99 years ago"; <see cref="SmallNumber"/> stops below 100).</summary>
    private const int MaxRelativeYears = 100;

    /// <inheritdoc />
    public void Process(Document document)
    {
        document.Dates.Clear();
        var tokens = document.Tokens;
        // Expressions resolved against the reference date move it at most 99 years: a reference near the ends of the
        // calendar (a placeholder given as the article's date, "0001-01-01") serves none of them, rather than failing
        // the stage; dates written in full still resolve.
        DateOnly? reference = document.ReferenceDate is { } r && r.Year > MaxRelativeYears && r.Year < DateOnly.MaxValue.Year - MaxRelativeYears
            ? r : null;
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var rec = document.SentenceRecords[s];
            int end = rec.FirstToken + rec.TokenCount;
            var tense = SentenceTense(document, tokens, rec.FirstToken, end);
            for (int i = rec.FirstToken; i < end;)
            {
                if (TryMatch(document, tokens, i, end, tense, reference, out var mention))
                {
                    document.Dates.Add(mention);
                    i = mention.FirstToken + mention.TokenCount;
                }
                else i++;
            }
        }
    }

    private enum Tense { Unknown, Past, Future }

    /// <summary>A sentence with will/shall/'ll speaks of the future; one with a past-tense verb (XPOS VBD, when the
    /// tagger ran) of the past; else the tense is unknown. Sentence level, not clause level: clause-level tense would
    /// need the parse's clause structure and sentence level was enough for the seed and the tests.</summary>
    private Tense SentenceTense(Document doc, ReadOnlySpan<TokenData> tokens, int start, int end)
    {
        ushort vbd = (doc.Layers & Layers.Tags) != 0 ? Labels.Xpos.Find("VBD") : (ushort)0;
        bool past = false;
        for (int i = start; i < end; i++)
        {
            ulong n = tokens[i].Norm;
            if (n == _will || n == _shall || n == _ll) return Tense.Future;
            if (vbd != 0 && tokens[i].Xpos == vbd) past = true;
        }
        return past ? Tense.Past : Tense.Unknown;
    }

    private bool TryMatch(Document doc, ReadOnlySpan<TokenData> tokens, int i, int end, Tense tense, DateOnly? reference, out TimeMention mention)
    {
        mention = default;
        ulong n = tokens[i].Norm;
        ulong next = i + 1 < end ? tokens[i + 1].Norm : 0;

        // ISO date written as one token: 2024-03-25.
        if (TryIso(doc, tokens[i], out var iso))
        {
            mention = new TimeMention(i, 1, iso, TimeGranularity.Day, false);
            return true;
        }

        // Absolute: Month day[, year] / day Month [year] / Month year.
        if (TryAbsolute(doc, tokens, i, end, reference, tense, out mention)) return true;

        // "in 2023", "since 2019", "by 2030", "early 2024".
        if ((n == _in || n == _since || n == _until || n == _by || n == _early || n == _late) && i + 1 < end && Year(doc, tokens[i + 1]) is int yearOnly)
        {
            mention = new TimeMention(i + 1, 1, new DateOnly(yearOnly, 1, 1), TimeGranularity.Year, false);
            return true;
        }

        if (reference is not { } r) return false;

        if (n == _today || n == _tonight) { mention = new TimeMention(i, 1, r, TimeGranularity.Day, true); return true; }
        if (n == _yesterday) { mention = new TimeMention(i, 1, r.AddDays(-1), TimeGranularity.Day, true); return true; }
        if (n == _tomorrow) { mention = new TimeMention(i, 1, r.AddDays(1), TimeGranularity.Day, true); return true; }
        if (n == _last && next == _night) { mention = new TimeMention(i, 2, r.AddDays(-1), TimeGranularity.Day, true); return true; }
        if (n == _this && (next == _morning || next == _afternoon || next == _evening)) { mention = new TimeMention(i, 2, r, TimeGranularity.Day, true); return true; }

        // this/last/next week|month|year, and "earlier this week".
        if ((n == _this || n == _last || n == _next) && i + 1 < end && _units.TryGetValue(next, out var unit) && IsSingularUnit(next))
        {
            int shift = n == _last ? -1 : n == _next ? 1 : 0;
            int first = i > 0 && tokens[i - 1].Norm == _earlier && n == _this ? i - 1 : i;
            mention = new TimeMention(first, i + 2 - first, PeriodStart(r, unit, shift), unit, true);
            return true;
        }

        // "two days ago", "a week ago".
        if (_numbers.TryGetValue(n, out int count) || SmallNumber(doc, tokens[i], out count))
        {
            if (i + 2 < end && _units.TryGetValue(next, out var u) && tokens[i + 2].Norm == _ago)
            {
                // Days and weeks back name a day; months and years back name the period (its first day).
                var (date, granularity) = u switch
                {
                    TimeGranularity.Day => (r.AddDays(-count), TimeGranularity.Day),
                    TimeGranularity.Week => (r.AddDays(-7 * count), TimeGranularity.Day),
                    TimeGranularity.Month => (PeriodStart(r, TimeGranularity.Month, -count), TimeGranularity.Month),
                    _ => (PeriodStart(r, TimeGranularity.Year, -count), TimeGranularity.Year),
                };
                mention = new TimeMention(i, 3, date, granularity, true);
                return true;
            }
        }

        // Weekdays: "on Monday", "last Friday", "next Tuesday", "Wednesday".
        if (_weekdays.TryGetValue(n, out int dow) && IsCapitalised(doc, tokens[i]))
        {
            int first = i;
            int direction = tense == Tense.Future ? 1 : -1; // news speak of the past unless told otherwise
            if (i > 0 && (tokens[i - 1].Norm == _last || tokens[i - 1].Norm == _next || tokens[i - 1].Norm == _this || tokens[i - 1].Norm == _on))
            {
                first = i - 1;
                if (tokens[i - 1].Norm == _last) direction = -2;
                else if (tokens[i - 1].Norm == _next) direction = 2;
            }
            mention = new TimeMention(first, i + 1 - first, Weekday(r, (DayOfWeek)dow, direction), TimeGranularity.Day, true);
            return true;
        }
        return false;
    }

    private bool IsSingularUnit(ulong norm) => norm == _week || norm == _month || norm == _year;

    private bool TryAbsolute(Document doc, ReadOnlySpan<TokenData> tokens, int i, int end, DateOnly? reference, Tense tense, out TimeMention mention)
    {
        mention = default;
        // Month first: "March 25", "March 25, 2024", "March 2024", "Sept. 3".
        if (Month(doc, tokens, i, end) is int month)
        {
            int j = i + 1;
            if (j < end && tokens[j].Norm == _dot && (tokens[i].Flags & TokenFlags.SpaceAfter) == 0) j++;
            if (j < end && Day(doc, tokens[j]) is int day)
            {
                int k = j + 1;
                int? year = null;
                if (k + 1 < end && tokens[k].Norm == _comma && Year(doc, tokens[k + 1]) is int y1) { year = y1; k += 2; }
                else if (k < end && Year(doc, tokens[k]) is int y2) { year = y2; k += 1; }
                if (MakeDate(year, month, day, reference, tense) is { } date)
                {
                    mention = new TimeMention(i, k - i, date, TimeGranularity.Day, year is null);
                    return true;
                }
                return false;
            }
            if (j < end && Year(doc, tokens[j]) is int y)
            {
                mention = new TimeMention(i, j + 1 - i, new DateOnly(y, month, 1), TimeGranularity.Month, false);
                return true;
            }
            // "in March", "last March", "early May": month without day or year.
            if (i > 0 && reference is { } r && IsMonthPreposition(tokens[i - 1].Norm))
            {
                int yr = r.Year;
                ulong before = tokens[i - 1].Norm;
                if (before == _last) yr = month >= r.Month ? r.Year - 1 : r.Year;
                else if (before == _next) yr = month <= r.Month ? r.Year + 1 : r.Year;
                else yr = Year(r, month, 1, tense);
                mention = new TimeMention(i - 1, 2, new DateOnly(yr, month, 1), TimeGranularity.Month, true);
                return true;
            }
            return false;
        }
        // Day first: "25 March", "25 March 2024", "the 25th of March".
        if (Day(doc, tokens[i]) is int d && i + 1 < end)
        {
            int j = i + 1;
            if (tokens[j].Norm == _of && j + 1 < end) j++;
            if (Month(doc, tokens, j, end) is int m)
            {
                int k = j + 1;
                int? year = null;
                if (k < end && Year(doc, tokens[k]) is int y) { year = y; k++; }
                if (MakeDate(year, m, d, reference, tense) is { } date)
                {
                    mention = new TimeMention(i, k - i, date, TimeGranularity.Day, year is null);
                    return true;
                }
            }
        }
        return false;
    }

    private bool IsMonthPreposition(ulong n) => n == _in || n == _last || n == _next || n == _early || n == _late || n == _since || n == _until || n == _by || n == _this;

    /// <summary>A capitalised month name. "May" and "March" also need a day, a year or a preposition beside them.</summary>
    private int? Month(Document doc, ReadOnlySpan<TokenData> tokens, int i, int end)
    {
        if (!_months.TryGetValue(tokens[i].Norm, out int m) || !IsCapitalised(doc, tokens[i])) return null;
        if (m is 5 or 3 && tokens[i].End - tokens[i].Start > 3)
        {
            bool dayOrYear = i + 1 < end && (Day(doc, tokens[i + 1]) is not null || Year(doc, tokens[i + 1]) is not null);
            bool dayBefore = i > 0 && Day(doc, tokens[i - 1]) is not null;
            bool preposition = i > 0 && IsMonthPreposition(tokens[i - 1].Norm);
            if (!dayOrYear && !dayBefore && !preposition) return null;
        }
        return m;
    }

    private static DateOnly? MakeDate(int? year, int month, int day, DateOnly? reference, Tense tense)
    {
        int y;
        if (year is int given) y = given;
        else if (reference is { } r) y = Year(r, month, Math.Min(day, 28), tense);
        else return null;
        if (day > DateTime.DaysInMonth(y, month)) return null;
        return new DateOnly(y, month, day);
    }

    /// <summary>The year of a month-day given without one: in a past-tense sentence the latest such day not after
    /// the reference date (plus <see cref="FutureSlackDays"/>), in a future one the first not before it (minus the
    /// same slack), else the nearest.</summary>
    private static int Year(DateOnly r, int month, int day, Tense tense)
    {
        int before = new DateOnly(r.Year, month, day).DayNumber - r.DayNumber;
        return tense switch
        {
            Tense.Past => before > FutureSlackDays ? r.Year - 1 : r.Year,
            Tense.Future => before < -FutureSlackDays ? r.Year + 1 : r.Year,
            _ => Math.Abs(before) <= 183 ? r.Year : before > 0 ? r.Year - 1 : r.Year + 1,
        };
    }

    private static DateOnly Weekday(DateOnly r, DayOfWeek day, int direction)
    {
        int delta = (int)day - (int)r.DayOfWeek;
        return direction switch
        {
            -1 => r.AddDays(delta > 0 ? delta - 7 : delta),        // on or before the reference date
            -2 => r.AddDays(delta >= 0 ? delta - 7 : delta),       // "last": strictly before
            1 => r.AddDays(delta < 0 ? delta + 7 : delta),         // on or after
            _ => r.AddDays(delta <= 0 ? delta + 7 : delta),        // "next": strictly after
        };
    }

    private static DateOnly PeriodStart(DateOnly r, TimeGranularity unit, int shift) => unit switch
    {
        TimeGranularity.Week => r.AddDays(-(((int)r.DayOfWeek + 6) % 7) + 7 * shift), // ISO weeks start on Monday
        TimeGranularity.Month => new DateOnly(r.Year, r.Month, 1).AddMonths(shift),
        _ => new DateOnly(r.Year + shift, 1, 1),
    };

    private static bool IsCapitalised(Document doc, in TokenData t) => char.IsUpper(doc.Text[t.Start]);

    /// <summary>1–31, with an optional ordinal suffix ("25", "25th", "1st").</summary>
    private static int? Day(Document doc, in TokenData t)
    {
        var s = doc.Text.AsSpan(t.Start, t.End - t.Start);
        if (s.Length > 2 && (s.EndsWith("st") || s.EndsWith("nd") || s.EndsWith("rd") || s.EndsWith("th"))) s = s[..^2];
        if (s.Length is < 1 or > 2) return null;
        foreach (char c in s) if (c is < '0' or > '9') return null;
        int v = int.Parse(s, CultureInfo.InvariantCulture);
        return v is >= 1 and <= 31 ? v : null;
    }

    /// <summary>A four-digit year between 1900 and 2100.</summary>
    private static int? Year(Document doc, in TokenData t)
    {
        var s = doc.Text.AsSpan(t.Start, t.End - t.Start);
        if (s.Length != 4) return null;
        foreach (char c in s) if (c is < '0' or > '9') return null;
        int v = int.Parse(s, CultureInfo.InvariantCulture);
        return v is >= 1900 and <= 2100 ? v : null;
    }

    private static bool SmallNumber(Document doc, in TokenData t, out int value)
    {
        var s = doc.Text.AsSpan(t.Start, t.End - t.Start);
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is > 0 and < 100;
    }

    private static bool TryIso(Document doc, in TokenData t, out DateOnly date)
    {
        date = default;
        var s = doc.Text.AsSpan(t.Start, t.End - t.Start);
        return s.Length == 10 && s[4] == '-' && s[7] == '-' &&
               DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
