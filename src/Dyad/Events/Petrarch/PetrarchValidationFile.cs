using System.Globalization;
using System.Net;
using System.Text;

namespace Dyad.Events.Petrarch;

/// <summary>One event coding of a validation record: source actor code, target actor code, event code.</summary>
/// <param name="Source">Source actor code as written (<c>ARNGOV</c>, <c>---REL</c>, <c>+++</c>).</param>
/// <param name="Target">Target actor code.</param>
/// <param name="EventCode">Event code (<c>050</c>).</param>
public sealed record PetrarchCoding(string Source, string Target, string EventCode)
{
    /// <summary>True when the source or the target is empty or PETRARCH's null actor <c>---</c>: the PETRARCH
    /// evaluations leave such codings out of the comparison.</summary>
    public bool HasNullActor => IsNull(Source) || IsNull(Target);

    private static bool IsNull(string code) => code.Length == 0 || code == "---";

    /// <inheritdoc />
    public override string ToString() => $"{EventCode} {Source} {Target}";
}

/// <summary>One record of a PETRARCH validation file: a sentence, the codings it should produce and its UD parse.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Category">Its category (<c>DEMO</c>, <c>COMPOUND</c>, ...).</param>
/// <param name="Date">The sentence date (actor codes restricted by date resolve against it).</param>
/// <param name="Evaluate">False when the record says <c>evaluate="false"</c>.</param>
/// <param name="Expected">The expected codings (empty for <c>noevents</c>).</param>
/// <param name="Text">The sentence text (line breaks folded to blanks).</param>
/// <param name="Parse">The CoNLL-U parse as written, or null when the record has none.</param>
/// <param name="ExpectedError">The error the record expects instead of codings (<c>&lt;EventCoding error="..."/&gt;</c>:
/// <c>bad_input_parse</c>, <c>sentencediscard</c>, ...), or null.</param>
public sealed record PetrarchValidationRecord(string Id, string Category, DateOnly Date, bool Evaluate,
    IReadOnlyList<PetrarchCoding> Expected, string Text, string? Parse, string? ExpectedError = null)
{
    /// <summary>The error a malformed constituency parse raises in PETRARCH; a record expecting it tests the reading of
    /// that parse, which the record's UD parse does not reproduce.</summary>
    public const string BadInputParse = "bad_input_parse";
}

/// <summary>
/// A PETRARCH / UniversalPetrarch validation file: the dictionaries its <c>&lt;Environment&gt;</c> block names, the
/// categories it includes, and its records. The files are not always well-formed XML (a self-closed
/// <c>&lt;Sentence .../&gt;</c> followed by a closing tag, free text between tags), so the reader scans for the
/// elements it needs instead of using an XML parser: a record runs from one <c>&lt;Sentence</c> to the next.
/// Comments are removed first (the header comment quotes a <c>&lt;Sentence&gt;</c> tag). A record without a valid
/// <c>date</c> is an error (<see cref="InvalidDataException"/>): PETRARCH needs it to choose date-restricted actor codes.
/// </summary>
public sealed class PetrarchValidationFile
{
    /// <summary>The verb dictionary file name.</summary>
    public string? VerbFile { get; private init; }

    /// <summary>The actor dictionary file names (comma-separated in the file).</summary>
    public IReadOnlyList<string> ActorFiles { get; private init; } = [];

    /// <summary>The agent dictionary file name.</summary>
    public string? AgentFile { get; private init; }

    /// <summary>The discard list file name.</summary>
    public string? DiscardFile { get; private init; }

    /// <summary>The internal coding ontology file name (<c>&lt;PICOfile&gt;</c>), or null.</summary>
    public string? OntologyFile { get; private init; }

    /// <summary>The categories of <c>&lt;Include&gt;</c> (without the <c>valid</c> flag); empty means all.</summary>
    public IReadOnlyList<string> Include { get; private init; } = [];

    /// <summary>The records in file order.</summary>
    public IReadOnlyList<PetrarchValidationRecord> Records { get; private init; } = [];

    /// <summary>Reads a validation file.</summary>
    public static PetrarchValidationFile Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    /// <summary>Reads a validation file from its text.</summary>
    public static PetrarchValidationFile Parse(string xml)
    {
        string text = RemoveComments(xml);
        string? env = Element(text, "Environment", 0, out _);
        string? verb = null, agent = null, discard = null, pico = null;
        var actors = new List<string>();
        var include = new List<string>();
        if (env != null)
        {
            verb = Element(env, "Verbfile", 0, out _)?.Trim();
            agent = Element(env, "Agentfile", 0, out _)?.Trim();
            discard = Element(env, "Discardfile", 0, out _)?.Trim();
            pico = Element(env, "PICOfile", 0, out _)?.Trim();
            if (Element(env, "Actorfile", 0, out _) is { } a)
                actors.AddRange(a.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            if (Element(env, "Include", 0, out _) is { } inc)
                foreach (var c in inc.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
                    if (c != "valid") include.Add(c);
        }
        var records = new List<PetrarchValidationRecord>();
        int at = text.IndexOf("<Sentence ", StringComparison.Ordinal);
        while (at >= 0)
        {
            int next = text.IndexOf("<Sentence ", at + 10, StringComparison.Ordinal);
            int end = next < 0 ? text.Length : next;
            records.Add(ReadRecord(text.AsSpan(at, end - at).ToString()));
            at = next;
        }
        return new PetrarchValidationFile
        {
            VerbFile = verb, AgentFile = agent, DiscardFile = discard, OntologyFile = pico, ActorFiles = actors, Include = include, Records = records,
        };
    }

    /// <summary>True when the record is one the file's own run would evaluate: <c>evaluate</c> not false and its
    /// category in <see cref="Include"/> (or no include list, or a record without a category, as all the unit-test
    /// records are).</summary>
    public bool IsIncluded(PetrarchValidationRecord record) =>
        record.Evaluate && (Include.Count == 0 || record.Category.Length == 0 || Include.Contains(record.Category));

    private static PetrarchValidationRecord ReadRecord(string chunk)
    {
        int tagEnd = chunk.IndexOf('>');
        string tag = tagEnd < 0 ? chunk : chunk[..tagEnd];
        string id = Attribute(tag, "id") ?? "";
        string category = Attribute(tag, "category") ?? "";
        string? dateText = Attribute(tag, "date");
        if (dateText == null || !DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new InvalidDataException($"validation record '{id}' has no date=\"YYYYMMDD\" (actor codes depend on it)");
        bool evaluate = !string.Equals(Attribute(tag, "evaluate"), "false", StringComparison.OrdinalIgnoreCase);
        var expected = new List<PetrarchCoding>();
        string? error = null;
        int at = 0;
        while ((at = chunk.IndexOf("<EventCoding", at, StringComparison.Ordinal)) >= 0)
        {
            int close = chunk.IndexOf('>', at);
            if (close < 0) break;
            string ev = chunk[at..close];
            at = close;
            if (Attribute(ev, "noevents") != null) continue;
            if (Attribute(ev, "error") is { } e) { error ??= e; continue; }
            expected.Add(new PetrarchCoding(Attribute(ev, "sourcecode") ?? "", Attribute(ev, "targetcode") ?? "", Attribute(ev, "eventcode") ?? ""));
        }
        string sentence = Element(chunk, "Text", 0, out _) ?? "";
        sentence = string.Join(' ', WebUtility.HtmlDecode(sentence).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        string? parse = Element(chunk, "Parse", 0, out _);
        if (parse != null) parse = WebUtility.HtmlDecode(parse).Trim('\n', '\r', ' ');
        return new PetrarchValidationRecord(id, category, date, evaluate, expected, sentence, string.IsNullOrWhiteSpace(parse) ? null : parse, error);
    }

    private static string RemoveComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf("<!--", i, StringComparison.Ordinal);
            if (open < 0) { sb.Append(text, i, text.Length - i); break; }
            sb.Append(text, i, open - i);
            int close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            i = close < 0 ? text.Length : close + 3;
        }
        return sb.ToString();
    }

    private static string? Element(string text, string name, int from, out int end)
    {
        end = -1;
        int open = text.IndexOf("<" + name, from, StringComparison.Ordinal);
        while (open >= 0 && open + name.Length + 1 < text.Length && char.IsLetterOrDigit(text[open + name.Length + 1]))
            open = text.IndexOf("<" + name, open + 1, StringComparison.Ordinal);
        if (open < 0) return null;
        int contentStart = text.IndexOf('>', open);
        if (contentStart < 0) return null;
        int close = text.IndexOf("</" + name + ">", contentStart, StringComparison.Ordinal);
        if (close < 0) return null;
        end = close;
        return text[(contentStart + 1)..close];
    }

    private static string? Attribute(string tag, string name)
    {
        int at = 0;
        while ((at = tag.IndexOf(name + "=\"", at, StringComparison.Ordinal)) >= 0)
        {
            if (at == 0 || char.IsWhiteSpace(tag[at - 1]))
            {
                int start = at + name.Length + 2;
                int close = tag.IndexOf('"', start);
                return close < 0 ? null : WebUtility.HtmlDecode(tag[start..close]);
            }
            at++;
        }
        return null;
    }
}
