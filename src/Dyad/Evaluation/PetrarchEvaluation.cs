using System.Globalization;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;
using Dyad.Events.Petrarch;
using Dyad.Pipeline;

namespace Dyad.Evaluation;

/// <summary>The outcome of coding one validation record.</summary>
/// <param name="Record">The record.</param>
/// <param name="Expected">Expected codings with a non-null source and target.</param>
/// <param name="Produced">Produced codings with a non-null source and target.</param>
/// <param name="Found">Expected codings produced (each produced coding matches at most one expected).</param>
/// <param name="Missed">Expected codings not produced.</param>
/// <param name="Extra">Produced codings not expected.</param>
/// <param name="Rules">The rule behind each produced coding, parallel to <paramref name="Produced"/>.</param>
/// <param name="Reachable">The event codes some verb of the record can give with the dictionaries (null: not computed).</param>
/// <param name="Compared">What the compared file (<c>--compare</c>) expects for the same sentence (null: no comparison,
/// or the file does not hold the sentence).</param>
public sealed record PetrarchRecordResult(PetrarchValidationRecord Record, IReadOnlyList<PetrarchCoding> Expected,
    IReadOnlyList<PetrarchCoding> Produced, int Found, IReadOnlyList<PetrarchCoding> Missed, IReadOnlyList<PetrarchCoding> Extra,
    IReadOnlyList<string> Rules, IReadOnlySet<string>? Reachable = null, IReadOnlySet<PetrarchCoding>? Compared = null);

/// <summary>How a validation file's expectations compare with another revision of the same records.</summary>
/// <param name="File">The other file's name.</param>
/// <param name="SharedRecords">Scored records whose sentence text the other file holds.</param>
/// <param name="Contradicted">Expected codings of those records that the other file does not expect for the same sentence.</param>
/// <param name="BeyondOrContradicted">Expected codings (of all scored records) that are contradicted or whose event code no
/// verb of their record can give with the dictionaries.</param>
public sealed record PetrarchComparison(string File, int SharedRecords, int Contradicted, int BeyondOrContradicted);

/// <summary>Totals of a PETRARCH validation run, and the share of expected actor codes the actor resolution produced.</summary>
public sealed record PetrarchReport(string File, string Parse, IReadOnlyList<PetrarchRecordResult> Records,
    int Expected, int Found, int Extra, int ActorCodesExpected, int ActorCodesProduced, TimeSpan Elapsed, int Unreachable = 0,
    int BeyondVerbs = 0, int ParseErrorRecords = 0)
{
    /// <summary>The best found share any coder could reach with these dictionaries: the expected codings whose event code
    /// some verb of their own record can give (see <see cref="BeyondVerbs"/>), over all expected.</summary>
    public double Ceiling => Expected == 0 ? 0 : (double)(Expected - BeyondVerbs) / Expected;

    /// <summary>The comparison with another revision of the records (<c>--compare</c>), or null.</summary>
    public PetrarchComparison? Comparison { get; init; }

    /// <summary>Found / expected.</summary>
    public double FoundShare => Expected == 0 ? 0 : (double)Found / Expected;

    /// <summary>Extra / produced (the share of produced codings that were not expected).</summary>
    public double ExtraShare => Found + Extra == 0 ? 0 : (double)Extra / (Found + Extra);

    /// <summary>A text report: one block per record with a miss or an extra (all records when <paramref name="all"/>), then totals.</summary>
    public string Format(bool all)
    {
        var sb = new StringBuilder();
        foreach (var r in Records)
        {
            if (!all && r.Missed.Count == 0 && r.Extra.Count == 0) continue;
            sb.Append(CultureInfo.InvariantCulture, $"{r.Record.Id} [{r.Record.Category}] expected {r.Expected.Count} found {r.Found} extra {r.Extra.Count}\n");
            sb.Append("  ").Append(r.Record.Text).Append('\n');
            foreach (var m in r.Missed)
                sb.Append("  - missed ").Append(m).Append(r.Reachable is { } can && !can.Contains(m.EventCode) ? "   (no verb of the record can give this code)" : "")
                    .Append(r.Compared is { } compared && !compared.Contains(m) ? "   (not expected by the compared file)" : "").Append('\n');
            for (int i = 0; i < r.Produced.Count; i++)
            {
                bool extra = r.Extra.Contains(r.Produced[i]);
                sb.Append(extra ? "  + extra  " : "  = found  ").Append(r.Produced[i]).Append("   <").Append(r.Rules[i]).Append(">\n");
            }
        }
        if (ParseErrorRecords > 0)
            sb.Append(CultureInfo.InvariantCulture, $"left out: {ParseErrorRecords} records expecting the error of a malformed constituency parse ({PetrarchValidationRecord.BadInputParse}), which their UD parse does not have\n");
        sb.Append(CultureInfo.InvariantCulture, $"{File} (parse: {Parse}): {Records.Count} records, expected {Expected}, found {Found} ({FoundShare:P1}), missed {Expected - Found}, extra {Extra} ({ExtraShare:P1} of produced)\n");
        sb.Append(CultureInfo.InvariantCulture, $"expected codings whose event code neither the verb dictionary nor the coding ontology holds (unreachable): {Unreachable}\n");
        sb.Append(CultureInfo.InvariantCulture, $"expected codings whose event code no verb of their record can give with these dictionaries (any pattern, negation, transformation or ontology combination): {BeyondVerbs}; ceiling {Ceiling:P1}\n");
        if (Comparison is { } cmp)
            sb.Append(CultureInfo.InvariantCulture, $"compared with {cmp.File}: {cmp.SharedRecords} records share their sentence; {cmp.Contradicted} of their expected codings are not expected there; beyond the dictionaries or contradicted: {cmp.BeyondOrContradicted}, ceiling for a coder agreeing with it {(Expected == 0 ? 0 : (double)(Expected - cmp.BeyondOrContradicted) / Expected):P1}\n");
        sb.Append(CultureInfo.InvariantCulture, $"actor resolution: {ActorCodesProduced} of {ActorCodesExpected} expected source/target codes produced for some noun phrase ({(ActorCodesExpected == 0 ? 0 : (double)ActorCodesProduced / ActorCodesExpected):P1})\n");
        sb.Append(CultureInfo.InvariantCulture, $"time: {Elapsed.TotalMilliseconds:F0} ms");
        return sb.ToString();
    }

    /// <summary>The one-line JSON summary.</summary>
    public string JsonLine() => string.Create(CultureInfo.InvariantCulture,
        $"{{\"records\":{Records.Count},\"expected\":{Expected},\"found\":{Found},\"extra\":{Extra}}}");
}

/// <summary>
/// <c>dyad eval petrarch</c>: codes the records of a PETRARCH validation file with the dictionaries its
/// <c>&lt;Environment&gt;</c> names and compares with the expected codings as the PETRARCH evaluations count:
/// codings with a null (<c>---</c> or empty) source or target are left out on both sides; a produced coding is
/// found when an expected one has the same event, source and target (each expected one matched once); the rest
/// are extra. Records are those the file itself includes (its category list, <c>evaluate</c> not false).
/// </summary>
public static class PetrarchEvaluation
{
    /// <summary>Runs the evaluation with the dictionaries <paramref name="files"/> names (by default those of the file's
    /// <c>&lt;Environment&gt;</c>), read from <paramref name="dictionaryDirectory"/>. <paramref name="ownParse"/>:
    /// re-segment, tag and parse the record's text with <paramref name="stages"/> (tagger, parser) instead of reading
    /// the record's UD parse.</summary>
    /// <param name="file">The validation file.</param>
    /// <param name="dictionaryDirectory">Where the dictionaries named by file name are.</param>
    /// <param name="ownParse">Parse the text with <paramref name="stages"/> instead of reading the record's parse.</param>
    /// <param name="stages">Tagger and parser stages for <paramref name="ownParse"/>.</param>
    /// <param name="files">The dictionaries, by default those the file's environment names.</param>
    /// <param name="compareFile">Another validation file holding some of the same sentences (a later revision of the
    /// records): the expected codings it does not expect for the same sentence are counted as contradicted.</param>
    public static PetrarchReport Run(string file, string dictionaryDirectory, bool ownParse, IReadOnlyList<IStage> stages,
        PetrarchDictionaryFiles? files = null, string? compareFile = null)
    {
        var validation = PetrarchValidationFile.Read(file);
        Dictionary<string, HashSet<PetrarchCoding>>? reference = null;
        if (compareFile != null)
        {
            reference = new Dictionary<string, HashSet<PetrarchCoding>>(StringComparer.Ordinal);
            foreach (var r in PetrarchValidationFile.Read(compareFile).Records)
                reference.TryAdd(r.Text, r.Expected.Where(c => !c.HasNullActor).ToHashSet());
        }
        int shared = 0, contradicted = 0, beyondOrContradicted = 0;
        files ??= PetrarchDictionaryFiles.FromEnvironment(validation)
            ?? throw new InvalidDataException($"{file}: its <Environment> block names no verb, actor or agent file");
        var dicts = PetrarchDictionarySet.Load(dictionaryDirectory, files);
        var coder = new PetrarchCoder(dicts);
        var producible = ProducibleCodes(dicts);
        int unreachable = 0, beyond = 0, notApplicable = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = new List<PetrarchRecordResult>();
        int expected = 0, found = 0, extra = 0, actorExpected = 0, actorProduced = 0;
        foreach (var record in validation.Records)
        {
            if (!validation.IsIncluded(record)) continue;
            // A record expecting PETRARCH's error for a malformed constituency parse cannot be scored over a UD parse.
            if (record.ExpectedError == PetrarchValidationRecord.BadInputParse) { notApplicable++; continue; }
            string? dateline = null;
            var doc = ownParse || record.Parse == null ? ParseText(record, stages, out dateline) : FromRecordParse(record);
            if (doc == null) continue;
            var events = coder.Code(doc, record.Date, ownParse || record.Parse == null ? dateline : LeftOutDateline(record));
            var exp = record.Expected.Where(c => !c.HasNullActor).ToList();
            unreachable += exp.Count(c => !producible.Contains(c.EventCode));
            var reachable = coder.ReachableCodes(doc, record.Date);
            beyond += exp.Count(c => !reachable.Contains(c.EventCode));
            HashSet<PetrarchCoding>? other = null;
            if (reference != null && reference.TryGetValue(record.Text, out other))
            {
                shared++;
                contradicted += exp.Count(c => !other.Contains(c));
                beyondOrContradicted += exp.Count(c => !other.Contains(c) || !reachable.Contains(c.EventCode));
            }
            else beyondOrContradicted += exp.Count(c => !reachable.Contains(c.EventCode));
            var produced = new List<PetrarchCoding>();
            var rules = new List<string>();
            foreach (var e in events)
                if (!e.Coding.HasNullActor) { produced.Add(e.Coding); rules.Add(e.Rule); }
            var open = new List<PetrarchCoding>(exp);
            var extras = new List<PetrarchCoding>();
            int f = 0;
            foreach (var p in produced)
            {
                int at = open.IndexOf(p);
                if (at >= 0) { open.RemoveAt(at); f++; }
                else extras.Add(p);
            }
            results.Add(new PetrarchRecordResult(record, exp, produced, f, open, extras, rules, reachable, other));
            expected += exp.Count;
            found += f;
            extra += extras.Count;
            var codes = coder.NounPhraseCodes(doc, record.Date);
            foreach (var code in exp.SelectMany(c => (string[])[c.Source, c.Target]).Distinct())
            {
                actorExpected++;
                if (codes.Contains(code)) actorProduced++;
            }
        }
        clock.Stop();
        return new PetrarchReport(Path.GetFileName(file), ownParse ? "ours" : "record", results, expected, found, extra, actorExpected, actorProduced, clock.Elapsed, unreachable, beyond, notApplicable)
        {
            Comparison = reference == null ? null : new PetrarchComparison(Path.GetFileName(compareFile!), shared, contradicted, beyondOrContradicted),
        };
    }

    /// <summary>Every event code a rule of the dictionaries can give: block, verb and pattern codes, transformation
    /// results, and (through negation and combination) every code of the coding ontology.</summary>
    private static HashSet<string> ProducibleCodes(PetrarchDictionarySet dicts)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Add(string code)
        {
            foreach (var part in code.Split(':')) if (part.Length > 0 && part != "---") codes.Add(part);
        }
        foreach (var b in dicts.Verbs.Blocks)
        {
            Add(b.Code);
            foreach (var v in b.Verbs) if (v.Code != null) Add(v.Code);
            foreach (var p in b.Patterns) Add(p.Code);
        }
        foreach (var t in dicts.Verbs.Transformations) if (t.Result.Count > 0) Add(t.Result[^1]);
        if (dicts.Ontology != null) foreach (var c in dicts.Ontology.Codes) codes.Add(c);
        return codes;
    }

    /// <summary>The dateline the record's text opens with when its parse leaves it out ("GAZA CITY, Palestinian
    /// Territories:" before a parse starting at "Four children"): the text before the parse's first word, when it ends
    /// with a colon or a dash; else null.</summary>
    public static string? LeftOutDateline(PetrarchValidationRecord record)
    {
        if (record.Parse == null) return null;
        string? first = null;
        foreach (var line in record.Parse.Split('\n'))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2 && int.TryParse(cols[0], out _)) { first = cols[1]; break; }
        }
        if (string.IsNullOrEmpty(first)) return null;
        string text = string.Join(' ', record.Text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        int at = text.IndexOf(first, StringComparison.Ordinal);
        if (at <= 0) return null;
        string prefix = text[..at].TrimEnd();
        return prefix.Length > 0 && prefix[^1] is ':' or '—' or '–' or '-' ? prefix : null;
    }

    /// <summary>A document over the record's own UD parse (its words, tags, lemmas, heads and relations).</summary>
    public static Document? FromRecordParse(PetrarchValidationRecord record)
    {
        var sentences = Conllu.Read(new StringReader(record.Parse! + "\n"), record.Id);
        if (sentences.Count == 0) return null;
        return ConlluDocuments.Build(sentences, withGold: true, record.Id);
    }

    /// <summary>The dateline a story's text opens with: up to the first colon or dash within its first 60 characters, when
    /// that stretch up to its first comma is words in capitals ("GAZA CITY, Palestinian Territories:", "LYON:", "CEBU CITY:
    /// --", not "NATO forces said:"); <paramref name="rest"/> is the text after it (and after any dashes). Null when there is none.</summary>
    public static string? OpeningDateline(string text, out string rest)
    {
        rest = text;
        int end = -1;
        for (int i = 0; i < text.Length && i < 60; i++)
            if (text[i] is ':' or '—' or '–' || (text[i] == '-' && i > 0 && text[i - 1] == ' ')) { end = i; break; }
        if (end <= 0) return null;
        int comma = text.IndexOf(',', 0, end);
        var head = text[..(comma < 0 ? end : comma)].TrimEnd(' ', '-', '—', '–');
        if (head.Length < 2 || !char.IsLetter(head[0])) return null;
        foreach (char c in head)
            if (char.IsLower(c)) return null;
        int after = end + 1;
        while (after < text.Length && (text[after] is ' ' or '-' or '—' or '–')) after++;
        if (after >= text.Length) return null;
        rest = text[after..];
        return text[..(end + 1)].Trim();
    }

    private static Document ParseText(PetrarchValidationRecord record, IReadOnlyList<IStage> stages, out string? dateline)
    {
        // The dateline is not part of the first sentence: the record parses leave it out too (see LeftOutDateline).
        dateline = OpeningDateline(record.Text, out string text);
        var doc = new Document(new Article { Id = record.Id, Text = text });
        Segmenter.Default.Process(doc);
        doc.Layers |= Segmenter.Default.Writes;
        foreach (var stage in stages)
        {
            stage.Process(doc);
            doc.Layers |= stage.Writes;
        }
        return doc;
    }
}
