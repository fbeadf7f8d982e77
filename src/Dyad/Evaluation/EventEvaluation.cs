using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Entities;
using Dyad.Events;
using Dyad.Pipeline;

namespace Dyad.Evaluation;

/// <summary>Five-way sentence-class accuracy of the event coder with its confusion table.</summary>
/// <param name="Sentences">Sentences scored.</param>
/// <param name="Correct">Sentences whose predicted class equals the gold class.</param>
/// <param name="Confusion">Counts: [gold, predicted], classes 0–4.</param>
/// <param name="Seconds">Time spent coding (after the parse).</param>
public sealed record EventClassReport(int Sentences, int Correct, int[,] Confusion, double Seconds)
{
    /// <summary>Accuracy, 0–1.</summary>
    public double Accuracy => Sentences == 0 ? 0 : (double)Correct / Sentences;

    /// <inheritdoc />
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"event class (0 none/statement/appeal, 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict): {Sentences} sentences, accuracy {Accuracy:F3}; coding {1000 * Seconds / Math.Max(1, Sentences):F3} ms per sentence");
        sb.AppendLine("gold\\pred      0     1     2     3     4   recall");
        for (int g = 0; g < 5; g++)
        {
            int row = 0;
            for (int p = 0; p < 5; p++) row += Confusion[g, p];
            sb.Append(ci, $"{g,-9}");
            for (int p = 0; p < 5; p++) sb.Append(ci, $"{Confusion[g, p],6}");
            sb.AppendLine(ci, $"   {(row == 0 ? 0 : (double)Confusion[g, g] / row),6:F3}");
        }
        return sb.ToString();
    }
}

/// <summary>Source and target span precision/recall/F1 (exact token match) with the counts behind them.</summary>
/// <param name="Role">source or target.</param>
/// <param name="Gold">Gold spans.</param>
/// <param name="Predicted">Predicted spans.</param>
/// <param name="Correct">Predicted spans equal to a gold span.</param>
/// <param name="Overlapping">Predicted spans sharing at least one token with a gold span.</param>
public sealed record SpanScore(string Role, int Gold, int Predicted, int Correct, int Overlapping)
{
    /// <summary>Exact-match F1, 0–1.</summary>
    public double F1 => Correct == 0 ? 0 : 2.0 * Correct / (Gold + Predicted);

    /// <summary>Exact-match precision.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Exact-match recall.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>F1 when a predicted span counts if it overlaps a gold span.</summary>
    public double OverlapF1 => Overlapping == 0 ? 0 : 2.0 * Overlapping / (Gold + Predicted);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Role,-35} gold {Gold,5} pred {Predicted,5} exact {Correct,5}  P {Precision:F3} R {Recall:F3} F1 {F1:F3}  overlap-F1 {OverlapF1:F3}");
}

/// <summary>
/// <c>dyad eval events DIR</c> over the ConfliBERT CAMEO training files: <c>cameo_class.train.tsv</c> (sentence,
/// class 0–4) and <c>cameo_ner.train.txt</c> (source/target spans). A sentence's predicted class is the data's class
/// (<see cref="ClassOfRoot"/>) of its main coded event (every match counts here, with or without actors, since the
/// class needs none); a sentence with no event is class 0 ("neutral statement / no cooperation-conflict event").
/// </summary>
public static class EventEvaluation
{
    /// <summary>
    /// The data's class of each CAMEO root 01..20 (index = root − 1). Read off the labelled sentences, it is not the
    /// GDELT quad class of the ontology: statements and appeals (01, 02) are 0 ("called on X to", "declined to
    /// comment"), and reducing relations (16: "suspended military aid", "expelled the diplomat") is verbal conflict
    /// (3) — the grouping of the Phoenix data sets.
    /// </summary>
    internal static readonly int[] ClassOfRoot = [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 3, 4, 4, 4, 4];

    /// <summary>What each arc between an event and the sentence root costs when choosing the sentence's main event
    /// (annotators label a sentence by its main clause: "X claimed that they had attacked" is a statement). Chosen
    /// on cameo_class.train.tsv (accuracy): 0 → 0.761, 0.1 → 0.776, 0.2 → 0.782, 0.35 → 0.784, 0.6 → 0.785; past 0.35
    /// depth outweighs the confidence differences between patterns.</summary>
    internal const double DepthWeight = 0.35;

    /// <summary>The event that speaks for a sentence: not a speaker's statement when the sentence has the event it
    /// reports; asserted (or reported) before planned, planned before hypothetical or negated, less deep first
    /// (<see cref="DepthWeight"/>); then the most confident; then the first.</summary>
    internal static CodedEvent? MainEvent(IReadOnlyList<CodedEvent> events)
    {
        // A speaker's statement stands for the sentence only when what it reports was not coded.
        bool reported = false;
        foreach (var e in events) if (!IsStatement(e)) reported = true;
        CodedEvent? best = null;
        foreach (var e in events)
            if ((!reported || !IsStatement(e)) && (best is null || Weight(e) > Weight(best))) best = e;
        return best;

        static bool IsStatement(CodedEvent e) => e.Rule.StartsWith("s:", StringComparison.Ordinal);

        static double Weight(CodedEvent e) => e.Confidence - DepthWeight * e.Depth + e.Modality switch
        {
            EventModality.Asserted or EventModality.Reported => 2,
            EventModality.Future => 1,
            _ => 0,
        };
    }

    /// <summary>The class of a sentence's events: the data's class of the main event's root, 0 with no event.</summary>
    internal static int ClassOf(IReadOnlyList<CodedEvent> events) =>
        MainEvent(events) is { } e ? ClassOfRoot[int.Parse(e.Cameo.AsSpan(0, 2), CultureInfo.InvariantCulture) - 1] : 0;

    /// <summary>Codes every sentence of <c>cameo_class.train.tsv</c> and compares its class with the gold one; each
    /// miss is written to <paramref name="misses"/> when given (gold, predicted, code, rule, trigger, sentence).</summary>
    public static EventClassReport RunClasses(string dir, TextWriter? misses = null)
    {
        var path = Path.Combine(dir, "cameo_class.train.tsv");
        var pipeline = DyadPipeline.Create(new PipelineOptions { Until = LastStageBeforeEvents(), IdentifyLanguage = false, Parallelism = 1 });
        var matcher = EventMatcher.Default;
        var confusion = new int[5, 5];
        int n = 0, correct = 0;
        double seconds = 0;
        var events = new List<CodedEvent>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            int tab = line.LastIndexOf('\t');
            if (tab < 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int gold) || gold is < 0 or > 4) continue;
            var doc = pipeline.Annotate(new Article { Id = "s" + n.ToString(CultureInfo.InvariantCulture), Text = line[..tab], Language = "en" });
            events.Clear();
            long start = Stopwatch.GetTimestamp();
            matcher.Code(doc, events, requireSource: false);
            seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
            int predicted = ClassOf(events);
            confusion[gold, predicted]++;
            if (gold == predicted) correct++;
            else if (misses is not null)
            {
                var best = MainEvent(events);
                misses.WriteLine(string.Join('\t', gold, predicted, best?.Cameo ?? "-", best?.Rule ?? "-",
                    best is null ? "-" : doc.Text[best.TriggerStart..best.TriggerEnd], doc.Text.ReplaceLineEndings(" ")));
            }
            n++;
        }
        return new EventClassReport(n, correct, confusion, seconds);
    }

    /// <summary>The stage the evaluation runs up to: the actors stage when the pipeline has one, else NER.</summary>
    private static string LastStageBeforeEvents() =>
        DyadPipeline.StageNames.Contains("dates") ? "dates" : DyadPipeline.StageNames.Contains("actors") ? "actors" : "ner";

    /// <summary>
    /// Codes every sentence of <c>cameo_ner.train.txt</c> (gold tokens, one sentence per document) and scores the source
    /// and target of each sentence's main event (<see cref="MainEvent"/>; the data marks one event per sentence) against
    /// the gold S and T spans (R counts as both), two ways: the argument phrase the parse gives (see <see cref="ArgumentPhrases"/>)
    /// and the actor mention the event points to. Scores come for all sentences, then the tuning part, then the held-out
    /// part (<see cref="HeldOutEvery"/>), each as source/target argument phrase then source/target actor mention.
    /// </summary>
    /// <exception cref="NotSupportedException">When the pipeline has no actors stage: the spans are actor mentions.</exception>
    public static IReadOnlyList<SpanScore> RunSpans(string dir, TextWriter? misses = null)
    {
        if (!DyadPipeline.StageNames.Contains("actors"))
            throw new NotSupportedException("the source/target span evaluation needs the actors stage, which this build of Dyad does not have");
        var pipeline = DyadPipeline.Create(new PipelineOptions { Until = LastStageBeforeEvents(), IdentifyLanguage = false, Parallelism = 1 });
        var matcher = EventMatcher.Default;
        // [part: 0 all, 1 tuning, 2 held out][kind: 0 argument, 1 actor][role: 0 source, 1 target]
        int[,,] gold = new int[3, 2, 2], pred = new int[3, 2, 2], exact = new int[3, 2, 2], overlap = new int[3, 2, 2];
        var events = new List<CodedEvent>();
        int index = -1;
        foreach (var (words, tags) in ReadNer(Path.Combine(dir, "cameo_ner.train.txt")))
        {
            int part = ++index % HeldOutEvery == HeldOutEvery - 1 ? 2 : 1;
            var doc = NerCorpus.Build("ner", [words]);
            doc.Layers |= Layers.Tokens | Layers.Sentences;
            // The sentences come without a date; articles have one, against which "on Thursday" is found as a date and
            // left out of arguments ("an assault on the bastion on Thursday").
            doc.ReferenceDate = SentenceDate;
            foreach (var stage in pipeline.Stages)
            {
                if (stage.Name == "segment") continue;
                stage.Process(doc);
                doc.Layers |= stage.Writes;
            }
            events.Clear();
            matcher.Code(doc, events, requireSource: false);
            var main = MainEvent(events);
            for (int role = 0; role < 2; role++)
            {
                var goldSpans = GoldSpans(tags, role);
                for (int kind = 0; kind < 2; kind++)
                {
                    var predicted = new HashSet<(int, int)>();
                    if (main is not null)
                    {
                        int token = role == 0 ? main.SourceToken : main.TargetToken, actor = role == 0 ? main.Source : main.Target;
                        if (kind == 0) ArgumentPhrases.Spans(doc, main, role, predicted);
                        if (kind == 1 && actor >= 0) predicted.Add((doc.Actors[actor].FirstToken, doc.Actors[actor].FirstToken + doc.Actors[actor].TokenCount));
                    }
                    if (kind == 0 && misses is not null && !predicted.SetEquals(goldSpans))
                        misses.WriteLine(string.Join('\t', PartNames[part].Trim(), role == 0 ? "S" : "T", Show(goldSpans, words), Show(predicted, words),
                            main is null ? "no event" : main.Cameo + " " + main.Rule + " '" + doc.Text[main.TriggerStart..main.TriggerEnd] + "'",
                            string.Join(' ', words), ShowParse(doc)));
                    foreach (int k in (ReadOnlySpan<int>)[0, part])
                    {
                        gold[k, kind, role] += goldSpans.Count;
                        pred[k, kind, role] += predicted.Count;
                        foreach (var p in predicted)
                        {
                            if (goldSpans.Contains(p)) exact[k, kind, role]++;
                            foreach (var g in goldSpans) if (p.Item1 < g.Item2 && g.Item1 < p.Item2) { overlap[k, kind, role]++; break; }
                        }
                    }
                }
            }
        }
        var scores = new List<SpanScore>();
        for (int part = 0; part < 3; part++)
            for (int kind = 0; kind < 2; kind++)
                for (int role = 0; role < 2; role++)
                    scores.Add(new SpanScore((role == 0 ? "source" : "target") + (kind == 0 ? " (argument phrase)" : " (actor mention)") + PartNames[part],
                        gold[part, kind, role], pred[part, kind, role], exact[part, kind, role], overlap[part, kind, role]));
        return scores;
    }

    /// <summary>Every this-many-th sentence of the span file (the 4th, 8th, …) is held out: the data has one file, the
    /// argument and target rules are tuned on the other three quarters and the held-out quarter is reported.</summary>
    internal const int HeldOutEvery = 4;

    /// <summary>The date the span sentences are read as speaking from (they have none; the data's news runs from the
    /// 1990s to 2021). It decides only which weekday a "Thursday" names, never whether the words are a date.</summary>
    private static readonly DateOnly SentenceDate = new(2018, 1, 1);

    private static readonly string[] PartNames = ["", " tune", " held-out"];

    /// <summary>The parse as "index:word/UPOS>head:deprel", actor mentions in brackets, for reading misses.</summary>
    private static string ShowParse(Document doc)
    {
        var sb = new StringBuilder();
        var tokens = doc.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            foreach (var a in doc.Actors) if (a.FirstToken == i) { sb.Append('['); break; }
            sb.Append(CultureInfo.InvariantCulture, $"{i}:{doc.Text[tokens[i].Start..tokens[i].End]}/{Labels.Upos.Name(tokens[i].Upos)}>{tokens[i].Head}:{Labels.Deprel.Name(tokens[i].Deprel)}");
            foreach (var a in doc.Actors) if (a.FirstToken + a.TokenCount - 1 == i) { sb.Append(']'); break; }
            sb.Append(' ');
        }
        return sb.ToString();
    }

    private static string Show(HashSet<(int, int)> spans, string[] words) =>
        spans.Count == 0 ? "-" : string.Join(" | ", spans.OrderBy(x => x.Item1).Select(x => string.Join(' ', words[x.Item1..x.Item2])));

    /// <summary>Gold spans of a role (0 source: S and R; 1 target: T and R) as [start, end) token ranges.</summary>
    private static HashSet<(int, int)> GoldSpans(List<string> tags, int role)
    {
        var spans = new HashSet<(int, int)>();
        int start = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            string t = i < tags.Count ? tags[i] : "O";
            char type = t.Length > 2 ? t[2] : ' ';
            bool mine = type == 'R' || (role == 0 ? type == 'S' : type == 'T');
            bool begins = t.StartsWith("B-", StringComparison.Ordinal);
            if (start >= 0 && (!mine || begins || !t.StartsWith("I-", StringComparison.Ordinal))) { spans.Add((start, i)); start = -1; }
            if (mine && (begins || start < 0) && t != "O") start = i;
        }
        return spans;
    }

    private static IEnumerable<(string[] Words, List<string> Tags)> ReadNer(string path)
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Trim().Length == 0)
            {
                if (words.Count > 0) yield return ([.. words], [.. tags]);
                words.Clear();
                tags = [];
                continue;
            }
            int sp = line.LastIndexOf(' ');
            if (sp <= 0) continue;
            words.Add(line[..sp]);
            tags.Add(line[(sp + 1)..]);
        }
        if (words.Count > 0) yield return ([.. words], tags);
    }
}
