using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Articles;
using Dyad.Diagnostics;

namespace Dyad.Sources.JsonLines;

/// <summary>
/// Reads JSON Lines: one article object per line with <c>id</c>, <c>url</c>, <c>title</c>, <c>text</c> or
/// <c>html</c>, <c>published</c>, <c>language</c>, <c>source</c>, <c>author</c>, <c>description</c>. Each bad line is
/// its own problem (path <c>file#line-N</c>); the other lines still come out. Blank lines are skipped.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    private readonly IArticleReader? _htmlReader;

    /// <summary>Creates the reader. <paramref name="htmlReader"/> turns records that carry <c>html</c> but no <c>text</c> into articles.</summary>
    public JsonLinesReader(IArticleReader? htmlReader) => _htmlReader = htmlReader;

    /// <inheritdoc />
    public InputFormat Format => InputFormat.JsonLines;

    /// <inheritdoc />
    public IEnumerable<ReadResult> Read(InputItem input, string text)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(text);
        int lineNumber = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            lineNumber++;
            var line = text.AsSpan(start, end - start).Trim();
            start = end + 1;
            if (line.IsEmpty) continue;
            foreach (var result in ReadLine(input.Path + "#line-" + lineNumber.ToString(CultureInfo.InvariantCulture), line)) yield return result;
        }
    }

    private IEnumerable<ReadResult> ReadLine(string recordPath, ReadOnlySpan<char> line)
    {
        Record record;
        string? error = null;
        try
        {
            using var doc = JsonDocument.Parse(RepairLoneSurrogateEscapes(line));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return [ReadResult.Fail(recordPath, ErrorCode.MalformedRecord, $"the line is JSON but a {doc.RootElement.ValueKind}, not an object")];
            record = Record.From(doc.RootElement, out error);
        }
        catch (JsonException e)
        {
            return [ReadResult.Fail(recordPath, ErrorCode.MalformedRecord, "the line is not valid JSON: " + e.Message)];
        }
        if (error != null) return [ReadResult.Fail(recordPath, ErrorCode.MalformedRecord, error)];

        if (!string.IsNullOrWhiteSpace(record.Text)) return [ReadResult.Ok(record.Overlay(new Article { Text = record.Text }, recordPath))];

        if (!string.IsNullOrWhiteSpace(record.Html))
        {
            if (_htmlReader == null)
                return [ReadResult.Fail(recordPath, ErrorCode.MalformedRecord, "the record has html but no text, and no HTML reader was given to read it")];
            return FromHtml(recordPath, record);
        }
        return [ReadResult.Fail(recordPath, ErrorCode.MalformedRecord, "the record has neither a non-empty \"text\" nor \"html\" field")];
    }

    private IEnumerable<ReadResult> FromHtml(string recordPath, Record record)
    {
        var item = new InputItem(recordPath, Encoding.UTF8.GetBytes(record.Html!));
        foreach (var result in _htmlReader!.Read(item, record.Html!))
        {
            if (result.Article is { } article) yield return ReadResult.Ok(record.Overlay(article, recordPath));
            else if (result.Problem is { } problem) yield return new ReadResult(null, problem with { Path = recordPath });
        }
    }

    /// <summary>
    /// A <c>\uD800</c>-style escape without its partner is not text; System.Text.Json refuses to read such a string.
    /// This rewrites each lone surrogate escape as <c>\uFFFD</c> so the rest of the record survives.
    /// </summary>
    internal static string RepairLoneSurrogateEscapes(ReadOnlySpan<char> line)
    {
        if (line.IndexOf("\\u", StringComparison.Ordinal) < 0) return line.ToString();
        var sb = new StringBuilder(line.Length);
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c != '\\' || i + 1 >= line.Length) { sb.Append(c); i++; continue; }
            if (line[i + 1] != 'u' || !TryHex(line, i + 2, out int unit)) { sb.Append(c).Append(line[i + 1]); i += 2; continue; }
            if (char.IsHighSurrogate((char)unit) && i + 12 <= line.Length && line[i + 6] == '\\' && line[i + 7] == 'u'
                && TryHex(line, i + 8, out int low) && char.IsLowSurrogate((char)low))
            {
                sb.Append(line.Slice(i, 12));
                i += 12;
                continue;
            }
            if (char.IsSurrogate((char)unit)) sb.Append("\\uFFFD");
            else sb.Append(line.Slice(i, 6));
            i += 6;
        }
        return sb.ToString();
    }

    private static bool TryHex(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        return at + 4 <= s.Length && int.TryParse(s.Slice(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The fields of one record.</summary>
    private sealed class Record
    {
        public string? Id, Url, Title, Text, Html, Language, Source, Author, Description;
        public DateTimeOffset? Published;

        public static Record From(JsonElement o, out string? error)
        {
            error = null;
            var r = new Record
            {
                Id = Field(o, "id", ref error),
                Url = Field(o, "url", ref error),
                Title = Field(o, "title", ref error),
                Text = Field(o, "text", ref error),
                Html = Field(o, "html", ref error),
                Language = PrimarySubtag(Field(o, "language", ref error)),
                Source = Field(o, "source", ref error),
                Author = Field(o, "author", ref error),
                Description = Field(o, "description", ref error),
            };
            if (o.TryGetProperty("published", out var p)) r.Published = ParseDate(p, ref error);
            return r;
        }

        /// <summary>"en-US" → "en": the article keeps ISO 639-1 codes.</summary>
        private static string? PrimarySubtag(string? tag)
        {
            if (string.IsNullOrWhiteSpace(tag)) return null;
            var t = tag.AsSpan().Trim();
            int cut = t.IndexOfAny('-', '_');
            return (cut > 0 ? t[..cut] : t).ToString().ToLowerInvariant();
        }

        /// <summary>A string field; numbers are taken as their text (ids often are numbers); other kinds are an error.</summary>
        private static string? Field(JsonElement o, string name, ref string? error)
        {
            if (!o.TryGetProperty(name, out var v)) return null;
            switch (v.ValueKind)
            {
                case JsonValueKind.String: return v.GetString();
                case JsonValueKind.Number: return v.GetRawText();
                case JsonValueKind.Null: return null;
                case JsonValueKind.Array when name == "author":
                    var names = new List<string>();
                    foreach (var a in v.EnumerateArray()) if (a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } s) names.Add(s);
                    return names.Count == 0 ? null : string.Join(", ", names);
                default:
                    error ??= $"the field \"{name}\" is a {v.ValueKind}, not a string";
                    return null;
            }
        }

        /// <summary>ISO 8601 and RFC 1123 strings, or Unix time in seconds (milliseconds when larger than 10^11).</summary>
        private static DateTimeOffset? ParseDate(JsonElement v, ref string? error)
        {
            if (v.ValueKind == JsonValueKind.Null) return null;
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long unix))
                return unix > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix);
            if (v.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(v.GetString(), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date))
                return date;
            error ??= $"the field \"published\" ({v.GetRawText()}) is not a date";
            return null;
        }

        /// <summary>The record's own fields win over what the HTML reader found.</summary>
        public Article Overlay(Article a, string recordPath) => a with
        {
            Id = Id ?? a.Id,
            Url = Url ?? a.Url,
            Title = Title ?? a.Title,
            Description = Description ?? a.Description,
            Published = Published ?? a.Published,
            Language = Language ?? a.Language,
            LanguageSource = Language != null ? "declared" : a.LanguageSource,
            Source = Source ?? a.Source,
            Author = Author ?? a.Author,
            InputPath = recordPath,
            Reader = "jsonl",
        };
    }
}
