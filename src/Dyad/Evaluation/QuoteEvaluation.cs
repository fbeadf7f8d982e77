using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Quotes;

namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 (percent) of one measure, with the counts behind them.</summary>
/// <param name="Measure">What is counted.</param>
/// <param name="Gold">Gold attributions counted.</param>
/// <param name="Found">Gold attributions matched by a correct prediction (recall's numerator).</param>
/// <param name="Predicted">Predictions counted.</param>
/// <param name="Correct">Predictions matching a gold attribution (precision's numerator).</param>
public sealed record QuoteScore(string Measure, int Gold, int Found, int Predicted, int Correct)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Found / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>One prediction that did not match, for error analysis.</summary>
/// <param name="Article">The article's file name.</param>
/// <param name="Kind">The prediction's kind.</param>
/// <param name="Rule">The rule that attributed it.</param>
/// <param name="Content">The predicted content (start of it).</param>
/// <param name="Speaker">The predicted speaker mention.</param>
/// <param name="GoldSpeaker">The speaker of the gold attribution whose content it overlaps, or null when it overlaps none.</param>
public sealed record QuoteError(string Article, QuoteKind Kind, string Rule, string Content, string Speaker, string? GoldSpeaker);

/// <summary>Scores of the quotes stage on one split of PolNeAR.</summary>
/// <param name="Split">The split's folder.</param>
/// <param name="Articles">Articles scored.</param>
/// <param name="Scores">Speaker attribution (direct, all) and content detection (direct, all).</param>
/// <param name="Rules">Per attribution rule: predictions with a speaker and how many were correct.</param>
/// <param name="Errors">Wrong predictions with a speaker.</param>
/// <param name="Misses">Gold attributions with a source that no prediction attributed correctly (direct ones first).</param>
/// <param name="Seconds">Time spent in the quotes stage alone, over all the documents, after a warm-up pass.</param>
public sealed record QuoteReport(string Split, int Articles, IReadOnlyList<QuoteScore> Scores,
    IReadOnlyList<(string Rule, int Predicted, int Correct)> Rules, IReadOnlyList<QuoteError> Errors, IReadOnlyList<QuoteError> Misses, double Seconds)
{
    /// <summary>The score of a measure by name.</summary>
    public QuoteScore this[string measure] => Scores.First(s => s.Measure == measure);

    /// <inheritdoc />
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"Quotes on PolNeAR {Split}: {Articles} articles, quotes stage {1000 * Seconds / Math.Max(1, Articles):F2} ms/article");
        sb.AppendLine("measure              gold  found  pred  correct      P      R     F1");
        foreach (var s in Scores)
            sb.AppendLine(ci, $"{s.Measure,-19} {s.Gold,5} {s.Found,6} {s.Predicted,5} {s.Correct,8} {s.Precision,6:F2} {s.Recall,6:F2} {s.F1,6:F2}");
        sb.AppendLine("rule                       pred  correct      P");
        foreach (var (rule, p, c) in Rules)
            sb.AppendLine(ci, $"{rule,-25} {p,5} {c,8} {(p == 0 ? 0 : 100.0 * c / p),6:F2}");
        return sb.ToString();
    }
}

/// <summary>
/// Scores the quotes stage against PolNeAR (<c>dyad eval quotes DIR --split dev</c>): each article's text is run
/// through the pipeline up to the quotes stage, and predictions are compared with the gold attribution relations
/// of one annotator (the first annotation file of the article in name order).
/// </summary>
/// <remarks>
/// <para>Matching. A prediction's content matches a gold attribution's content when their characters overlap by at
/// least half of the shorter of the two (gold content may be in several pieces; the pieces' overlaps add up). The
/// speaker matches when the gold Source span overlaps the predicted speaker mention or the named mention it was
/// resolved to ("she" resolved to an earlier "Karine Jean-Pierre" matches a gold source on either), or when the gold
/// source is another mention of that name (up to an appositive's comma it ends with the name's last word, or with
/// the mention's capitalized head when it resolved to no name: gold "Trump" for a speaker resolved to "Donald Trump",
/// "Michael Ahrens, a Rubio spokesman," for "Ahrens").</para>
/// <para>Speaker attribution. A prediction with a speaker is correct when some gold attribution matches both its
/// content and its speaker; a gold attribution with a source is found when some prediction matches both. Precision
/// counts predictions with a speaker, recall gold attributions with a source. <c>speaker-direct</c> counts
/// predicted direct quotes and gold attributions whose content is direct (every piece begins with a double quote
/// mark, two straight apostrophes standing for one, or a guillemet); <c>speaker-all</c> counts everything, including
/// reported intent ("wants to", "plans to"), which PolNeAR annotates and the stage leaves out. A quote split by its
/// cue is one gold attribution but two predictions.</para>
/// <para>Content detection. <c>content-direct</c> and <c>content-all</c> count a prediction correct (and a gold
/// attribution found) when the contents match, whatever the speaker; gold attributions without a source count.</para>
/// </remarks>
public static class QuoteEvaluation
{
    /// <summary>Least overlap of two contents, as a share of the shorter, for them to match. Part of the measure's
    /// definition (a majority of the shorter content), not tuned.</summary>
    private const double MinContentOverlap = 0.5;

    /// <summary>The stage the evaluation runs the pipeline up to.</summary>
    public const string StageName = "quotes";

    /// <summary>One gold attribution relation.</summary>
    internal sealed record GoldAttribution((int Start, int End)[] Content, (int Start, int End)[] Source, (int Start, int End)[] Cue, bool Direct);

    /// <summary>Runs the pipeline over a split's texts and scores the quotes.</summary>
    /// <param name="dir">The PolNeAR data folder (holding <c>train/</c> and <c>dev/</c>).</param>
    /// <param name="split">The split's folder name.</param>
    /// <param name="maxArticles">Score only the first so many articles (0: all).</param>
    public static QuoteReport Run(string dir, string split = "dev", int maxArticles = 0)
    {
        var folder = Path.Combine(dir, split);
        if (!Directory.Exists(Path.Combine(folder, "text")))
            throw new DirectoryNotFoundException($"{folder} has no text/ folder: give the PolNeAR data folder that holds {split}/text and {split}/attributions");
        var pipeline = DyadPipeline.Create(new PipelineOptions { Until = StageName, IdentifyLanguage = false, Parallelism = 1 });
        var files = Directory.GetFiles(Path.Combine(folder, "attributions"), "*.ann").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var counts = new int[4, 4];
        var rules = new SortedDictionary<string, (int P, int C)>(StringComparer.Ordinal);
        var errors = new List<QuoteError>();
        var misses = new List<QuoteError>();
        var stage = pipeline.Stages[^1];
        var docs = new List<Document>();
        int articles = 0;
        foreach (var ann in files)
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            int cut = name.LastIndexOf('_');
            var article = cut > 0 ? name[..cut] : name;
            if (!seen.Add(article)) continue;
            if (maxArticles > 0 && articles >= maxArticles) break;
            var textPath = Path.Combine(folder, "text", article + ".txt");
            if (!File.Exists(textPath)) continue;
            var text = File.ReadAllText(textPath);
            var gold = ReadBrat(File.ReadAllLines(ann), text);
            var doc = pipeline.Annotate(new Article { Id = article, Text = text, Language = "en" });
            Score(doc, gold, counts, rules, errors, misses, article);
            docs.Add(doc);
            articles++;
        }
        // The stage ran once on each document inside the pipeline (the warm-up); this pass is the one timed.
        long start = Stopwatch.GetTimestamp();
        foreach (var doc in docs) stage.Process(doc);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        string[] names = ["speaker-direct", "speaker-all", "content-direct", "content-all"];
        var scores = new List<QuoteScore>();
        for (int m = 0; m < 4; m++) scores.Add(new QuoteScore(names[m], counts[m, 0], counts[m, 1], counts[m, 2], counts[m, 3]));
        misses.Sort((a, b) => a.Kind.CompareTo(b.Kind));
        return new QuoteReport(split, articles, scores, rules.Select(r => (r.Key, r.Value.P, r.Value.C)).ToList(), errors, misses, seconds);
    }

    private static void Score(Document doc, List<GoldAttribution> gold, int[,] counts,
        SortedDictionary<string, (int P, int C)> rules, List<QuoteError> errors, List<QuoteError> misses, string article)
    {
        var toks = doc.Tokens;
        // Gold side.
        foreach (var g in gold)
        {
            bool speakerFound = false, contentFound = false;
            foreach (var p in doc.Quotes)
            {
                if (!ContentsMatch(p, g)) continue;
                contentFound = true;
                if (SpeakerMatches(doc, p, g)) speakerFound = true;
            }
            if (g.Source.Length > 0 && !speakerFound)
            {
                Quote? near = null;
                foreach (var p in doc.Quotes) if (ContentsMatch(p, g)) { near = p; break; }
                string nearSpeaker = near is null ? "(no prediction)" : !near.HasSpeaker ? "(no speaker)"
                    : doc.Text[toks[near.SpeakerFirstToken].Start..toks[near.SpeakerFirstToken + near.SpeakerTokenCount - 1].End] + " [" + near.Rule + "]";
                string cue = g.Cue.Length > 0 ? doc.Text[g.Cue[0].Start..g.Cue[0].End] : "";
                misses.Add(new QuoteError(article, g.Direct ? QuoteKind.Direct : QuoteKind.Indirect, "missed cue=" + cue, doc.Text[g.Content[0].Start..Math.Min(g.Content[0].End, g.Content[0].Start + 80)],
                    nearSpeaker, doc.Text[g.Source[0].Start..g.Source[0].End]));
            }
            if (g.Source.Length > 0)
            {
                counts[1, 0]++; if (speakerFound) counts[1, 1]++;
                if (g.Direct) { counts[0, 0]++; if (speakerFound) counts[0, 1]++; }
            }
            counts[3, 0]++; if (contentFound) counts[3, 1]++;
            if (g.Direct) { counts[2, 0]++; if (contentFound) counts[2, 1]++; }
        }
        // Predicted side.
        foreach (var p in doc.Quotes)
        {
            bool speakerRight = false, contentRight = false;
            GoldAttribution? overlapped = null;
            foreach (var g in gold)
            {
                if (!ContentsMatch(p, g)) continue;
                contentRight = true;
                overlapped ??= g;
                if (SpeakerMatches(doc, p, g)) speakerRight = true;
            }
            bool direct = p.Kind == QuoteKind.Direct;
            counts[3, 2]++; if (contentRight) counts[3, 3]++;
            if (direct) { counts[2, 2]++; if (contentRight) counts[2, 3]++; }
            if (!p.HasSpeaker) continue;
            counts[1, 2]++; if (speakerRight) counts[1, 3]++;
            if (direct) { counts[0, 2]++; if (speakerRight) counts[0, 3]++; }
            var key = (direct ? "direct:" : "reported:") + p.Rule;
            rules.TryGetValue(key, out var rc);
            rules[key] = (rc.P + 1, rc.C + (speakerRight ? 1 : 0));
            if (!speakerRight)
            {
                string speaker = doc.Text[toks[p.SpeakerFirstToken].Start..toks[p.SpeakerFirstToken + p.SpeakerTokenCount - 1].End];
                string content = doc.Text[p.Start..Math.Min(p.End, p.Start + 80)];
                string? goldSpeaker = overlapped is null ? null : overlapped.Source.Length == 0 ? "(no source)" : doc.Text[overlapped.Source[0].Start..overlapped.Source[0].End];
                errors.Add(new QuoteError(article, p.Kind, p.Rule, content, speaker + " => " + p.SpeakerName, goldSpeaker));
            }
        }
    }

    private static bool ContentsMatch(Quote p, GoldAttribution g)
    {
        int overlap = 0, goldLength = 0;
        foreach (var (s, e) in g.Content)
        {
            goldLength += e - s;
            overlap += Math.Max(0, Math.Min(e, p.End) - Math.Max(s, p.Start));
        }
        int shorter = Math.Min(goldLength, p.End - p.Start);
        return overlap > 0 && overlap >= MinContentOverlap * shorter;
    }

    private static bool SpeakerMatches(Document doc, Quote p, GoldAttribution g)
    {
        if (!p.HasSpeaker || g.Source.Length == 0) return false;
        var toks = doc.Tokens;
        var (s, e) = doc.SpanOffsets(p.SpeakerFirstToken, p.SpeakerTokenCount);
        if (Overlaps(g.Source, s, e)) return true;
        int last;
        if (p.NameFirstToken >= 0)
        {
            s = toks[p.NameFirstToken].Start;
            e = toks[p.NameFirstToken + p.NameTokenCount - 1].End;
            if (Overlaps(g.Source, s, e)) return true;
            last = p.NameFirstToken + p.NameTokenCount - 1;
        }
        else if (char.IsUpper(doc.Text[toks[p.SpeakerHead].Start])) last = p.SpeakerHead;
        else return false;
        // Another mention of the same name: the gold source, up to an appositive's comma, ends with the surname.
        var surname = doc.Text.AsSpan(toks[last].Start, toks[last].End - toks[last].Start);
        var source = doc.Text.AsSpan(g.Source[0].Start, g.Source[0].End - g.Source[0].Start);
        int comma = source.IndexOf(',');
        if (comma >= 0) source = source[..comma];
        source = source.TrimEnd();
        return surname.Length > 1 && source.EndsWith(surname, StringComparison.OrdinalIgnoreCase)
            && (source.Length == surname.Length || !char.IsLetter(source[source.Length - surname.Length - 1]));
    }

    private static bool Overlaps((int Start, int End)[] spans, int s, int e)
    {
        foreach (var (a, b) in spans) if (a < e && s < b) return true;
        return false;
    }

    /// <summary>
    /// Reads a PolNeAR BRAT standoff file: <c>T</c> lines give typed spans (<c>Content 12 40;44 60</c>), <c>E</c>
    /// lines tie an attribution's Source, Cue and Content. A span's text may run over several lines of the file;
    /// only lines starting with a T or E id are read. Attributions without content are skipped.
    /// </summary>
    internal static List<GoldAttribution> ReadBrat(IEnumerable<string> lines, string text)
    {
        var spans = new Dictionary<string, (int Start, int End)[]>(StringComparer.Ordinal);
        var relations = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length < 2 || !char.IsAsciiDigit(line[1])) continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (line[0] == 'E') { relations.Add(fields[1]); continue; }
            if (line[0] != 'T') continue;
            int space = fields[1].IndexOf(' ');
            if (space < 0) continue;
            var pieces = fields[1][(space + 1)..].Split(';');
            var ranges = new (int, int)[pieces.Length];
            bool ok = true;
            for (int i = 0; i < pieces.Length && ok; i++)
            {
                var se = pieces[i].Split(' ');
                int s = 0, e = 0;
                ok = se.Length == 2 && int.TryParse(se[0], CultureInfo.InvariantCulture, out s)
                    && int.TryParse(se[1], CultureInfo.InvariantCulture, out e) && s <= e && e <= text.Length;
                if (ok) ranges[i] = (s, e);
            }
            if (ok) spans[fields[0]] = ranges;
        }
        var gold = new List<GoldAttribution>();
        foreach (var rel in relations)
        {
            (int, int)[]? content = null, source = null, cue = null;
            foreach (var part in rel.Split(' '))
            {
                int colon = part.IndexOf(':');
                if (colon < 0) continue;
                var role = part[..colon];
                if (!spans.TryGetValue(part[(colon + 1)..], out var r)) continue;
                if (role == "Content") content = content is null ? r : [.. content, .. r];
                else if (role == "Source") source = r;
                else if (role == "Cue") cue = r;
            }
            if (content is null) continue;
            gold.Add(new GoldAttribution(content, source ?? [], cue ?? [], IsDirect(content, text)));
        }
        return gold;
    }

    /// <summary>Whether every piece of a content begins with a double quote mark, two straight apostrophes standing
    /// for one, or a guillemet.</summary>
    private static bool IsDirect((int Start, int End)[] content, string text)
    {
        foreach (var (s, e) in content)
        {
            int i = s;
            while (i < e && char.IsWhiteSpace(text[i])) i++;
            if (i >= e) return false;
            bool doubled = text[i] == '\'' && i + 1 < e && text[i + 1] == '\'';
            if (!doubled && text[i] is not ('"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E')) return false;
        }
        return true;
    }
}
