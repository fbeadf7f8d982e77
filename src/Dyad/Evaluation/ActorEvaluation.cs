using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Actors;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Evaluation;

/// <summary>A gold actor span of the CAMEO NER file and what the actors stage made of it.</summary>
/// <param name="Sentence">Sentence number in the file (from 1).</param>
/// <param name="Role">S (source), T (target) or R (both).</param>
/// <param name="Text">The span's text.</param>
/// <param name="SentenceText">The sentence's text, rebuilt from its tokens.</param>
/// <param name="Found">Our mentions whose head lies inside the span, as "text=CODE".</param>
public sealed record ActorGoldSpan(int Sentence, char Role, string Text, string SentenceText, IReadOnlyList<string> Found);

/// <summary>What <see cref="ActorEvaluation.MeasureSpeed"/> measured.</summary>
/// <param name="Articles">Articles annotated.</param>
/// <param name="Tokens">Their tokens.</param>
/// <param name="Mentions">Actor mentions found.</param>
/// <param name="PipelineMsPerArticle">Read, prepare, segment, tag, parse and NER: milliseconds per article (median pass).</param>
/// <param name="ActorsMsPerArticle">The actors stage alone: milliseconds per article (median pass).</param>
public sealed record ActorSpeedReport(int Articles, int Tokens, int Mentions, double PipelineMsPerArticle, double ActorsMsPerArticle)
{
    /// <summary>The stage's time over the pipeline's before it, in percent.</summary>
    public double AddedPercent => PipelineMsPerArticle > 0 ? 100 * ActorsMsPerArticle / PipelineMsPerArticle : 0;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Articles} articles, {Tokens} tokens, {Mentions} actor mentions: pipeline to ner {PipelineMsPerArticle:F2} ms/article, actors stage {ActorsMsPerArticle:F3} ms/article (+{AddedPercent:F1} %)");
}

/// <summary>Scores of <see cref="ActorEvaluation"/>.</summary>
/// <param name="File">The gold file's name.</param>
/// <param name="Sentences">Sentences read.</param>
/// <param name="GoldSpans">Gold source, target and reciprocal spans.</param>
/// <param name="Recalled">Gold spans holding the head of at least one of our mentions.</param>
/// <param name="RecalledWithCode">Gold spans holding the head of a mention with a code.</param>
/// <param name="Mentions">Our mentions.</param>
/// <param name="MentionsInGold">Our mentions whose head lies inside some gold span.</param>
/// <param name="MentionsWithCode">Our mentions with a code.</param>
/// <param name="CodedInGold">Our mentions with a code whose head lies inside some gold span.</param>
/// <param name="ByKind">Mentions per kind: (kind, mentions, inside gold).</param>
/// <param name="Seconds">Time in the pipeline (all stages to actors).</param>
/// <param name="Sample">The seeded random sample of gold spans printed for checking by hand.</param>
public sealed record ActorEvaluationReport(string File, int Sentences, int GoldSpans, int Recalled, int RecalledWithCode,
    int Mentions, int MentionsInGold, int MentionsWithCode, int CodedInGold, IReadOnlyList<(string Kind, int Mentions, int InGold)> ByKind,
    double Seconds, IReadOnlyList<ActorGoldSpan> Sample)
{
    private static double Pct(int a, int b) => b == 0 ? 0 : 100.0 * a / b;

    /// <summary>Recall in percent: gold spans holding the head of a mention.</summary>
    public double Recall => Pct(Recalled, GoldSpans);

    /// <summary>Precision in percent (a lower bound: the gold marks only the main event's source and target, not every
    /// actor a sentence names): our mentions whose head lies in a gold span.</summary>
    public double Precision => Pct(MentionsInGold, Mentions);

    /// <summary>Recall counting only mentions that carry a code.</summary>
    public double CodedRecall => Pct(RecalledWithCode, GoldSpans);

    /// <summary>Precision counting only mentions that carry a code.</summary>
    public double CodedPrecision => Pct(CodedInGold, MentionsWithCode);

    /// <inheritdoc />
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(ci, $"Actors on {File}: {Sentences} sentences, {GoldSpans} gold source/target spans, {Mentions} mentions, {Seconds:F1} s");
        sb.AppendLine("A gold span is recalled when the head token of one of our mentions lies inside it; a mention is precise");
        sb.AppendLine("when its head lies inside some gold span (a lower bound: only the main event's actors are marked).");
        sb.AppendLine("                    recall  precision");
        sb.AppendLine(ci, $"any mention        {Recall,6:F1}  {Precision,9:F1}   ({Recalled}/{GoldSpans}, {MentionsInGold}/{Mentions})");
        sb.AppendLine(ci, $"mention with code  {CodedRecall,6:F1}  {CodedPrecision,9:F1}   ({RecalledWithCode}/{GoldSpans}, {CodedInGold}/{MentionsWithCode})");
        sb.AppendLine("kind          mentions  in gold");
        foreach (var (kind, n, inGold) in ByKind) sb.AppendLine(ci, $"{kind,-13} {n,8} {inGold,8}");
        sb.AppendLine();
        sb.AppendLine(ci, $"Sample of {Sample.Count} gold spans (seeded) to check the country of our code by hand:");
        int i = 0;
        foreach (var s in Sample)
        {
            i++;
            sb.AppendLine(ci, $"{i,2}. [{s.Role}] {s.Text}  =>  {(s.Found.Count == 0 ? "(nothing)" : string.Join("; ", s.Found))}");
            sb.AppendLine(ci, $"    #{s.Sentence}: {s.SentenceText}");
        }
        return sb.ToString();
    }
}

/// <summary>
/// Actor spans against the source/target spans of a CoNLL-style file (<c>dyad eval actors FILE</c>; the ConfliBERT
/// CAMEO NER data: "token label" lines, B-/I-S source, B-/I-T target, B-/I-R both, blank line between sentences). Each
/// sentence's text is rebuilt from its tokens (no space before closing punctuation and clitics) and run through the
/// pipeline up to the actors stage as an article of its own, with no reference date (codes by the latest-in-force
/// rule). Recall and precision are by head: see <see cref="ActorEvaluationReport"/>.
/// </summary>
public static class ActorEvaluation
{
    /// <summary>The gold file the command reads by default.</summary>
    public const string DefaultFile = "../shared/data/conflibert-cameo/cameo_ner.train.txt";

    /// <summary>Gold spans printed for checking by hand.</summary>
    public const int DefaultSampleSize = 50;

    /// <summary>Seed of the sample (fixed, so the hand check can be repeated).</summary>
    public const int DefaultSeed = 20240327;

    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal) { ",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'", "n't", "%", "''", "'re", "'ve", "'ll", "'d", "'m" };
    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "``" };

    private sealed record GoldSentence(string Text, List<(int Start, int End, char Role)> Spans);

    /// <summary>Reads the file, runs the pipeline (stages up to actors) on each sentence and scores the mentions.</summary>
    public static ActorEvaluationReport Run(string path, int sampleSize = DefaultSampleSize, int seed = DefaultSeed)
    {
        var sentences = Read(path);
        var pipeline = DyadPipeline.Create(new PipelineOptions { Until = "actors", IdentifyLanguage = false });
        int gold = 0, recalled = 0, recalledCoded = 0, mentions = 0, inGold = 0, coded = 0, codedInGold = 0;
        var byKind = new SortedDictionary<string, (int N, int In)>(StringComparer.Ordinal);
        var all = new List<ActorGoldSpan>();
        long start = Stopwatch.GetTimestamp();
        var docs = new Document[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
            docs[i] = pipeline.Annotate(new Article { Id = "cameo-" + (i + 1).ToString(CultureInfo.InvariantCulture), Text = sentences[i].Text, Language = "en" });
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        for (int i = 0; i < sentences.Count; i++)
        {
            var doc = docs[i];
            var s = sentences[i];
            var tokens = doc.Tokens;
            foreach (var m in doc.Actors)
            {
                int h0 = tokens[m.HeadToken].Start, h1 = tokens[m.HeadToken].End;
                bool inside = s.Spans.Exists(g => h0 >= g.Start && h1 <= g.End);
                mentions++;
                if (inside) inGold++;
                if (m.Code is not null) { coded++; if (inside) codedInGold++; }
                string kind = Output.ActorJson.KindName(m.Kind);
                var (n, inn) = byKind.GetValueOrDefault(kind);
                byKind[kind] = (n + 1, inn + (inside ? 1 : 0));
            }
            foreach (var (gs, ge, role) in s.Spans)
            {
                gold++;
                var found = new List<string>();
                bool any = false, withCode = false;
                foreach (var m in doc.Actors)
                {
                    int h0 = tokens[m.HeadToken].Start, h1 = tokens[m.HeadToken].End;
                    if (h0 < gs || h1 > ge) continue;
                    any = true;
                    withCode |= m.Code is not null;
                    var (ms, me) = doc.SpanOffsets(m.FirstToken, m.TokenCount);
                    found.Add(s.Text[ms..me] + "=" + (m.Code ?? "(no code)"));
                }
                if (any) recalled++;
                if (withCode) recalledCoded++;
                all.Add(new ActorGoldSpan(i + 1, role, s.Text[gs..ge], s.Text, found));
            }
        }
        var random = new Random(seed);
        var sample = all.OrderBy(_ => random.Next()).Take(sampleSize).ToList();
        return new ActorEvaluationReport(Path.GetFileName(path), sentences.Count, gold, recalled, recalledCoded, mentions, inGold, coded, codedInGold,
            byKind.Select(kv => (kv.Key, kv.Value.N, kv.Value.In)).ToList(), seconds, sample);
    }

    /// <summary>
    /// The actors stage's share of the per-article time: the pipeline up to <c>ner</c> runs over the inputs on one
    /// thread (<paramref name="passes"/> times, after a warm-up, median taken), then the actors stage alone over the
    /// same documents, interleaved pass by pass so a busy machine slows both alike.
    /// </summary>
    public static ActorSpeedReport MeasureSpeed(IReadOnlyList<string> paths, int passes = 5)
    {
        var before = DyadPipeline.Create(new PipelineOptions { Until = "ner", Parallelism = 1 });
        var stage = Actors.Recognition.ActorRecognizer.Default;
        var docs = before.Run(paths).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        foreach (var d in docs) stage.Process(d); // warm-up
        var pipelineMs = new List<double>();
        var stageMs = new List<double>();
        for (int p = 0; p < passes; p++)
        {
            long t0 = Stopwatch.GetTimestamp();
            docs = before.Run(paths).Where(i => i.Document is not null).Select(i => i.Document!).ToList();
            pipelineMs.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            long t1 = Stopwatch.GetTimestamp();
            foreach (var d in docs) stage.Process(d);
            stageMs.Add(Stopwatch.GetElapsedTime(t1).TotalMilliseconds);
        }
        int mentions = docs.Sum(d => d.Actors.Count);
        return new ActorSpeedReport(docs.Count, docs.Sum(d => d.TokenCount), mentions, Median(pipelineMs) / docs.Count, Median(stageMs) / docs.Count);

        static double Median(List<double> xs) { xs.Sort(); return xs[xs.Count / 2]; }
    }

    private static List<GoldSentence> Read(string path)
    {
        var result = new List<GoldSentence>();
        var words = new List<(string Word, string Label)>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) { Flush(); continue; }
            int cut = line.LastIndexOf(' ');
            if (cut <= 0) throw new InvalidDataException($"{path}: expected 'token label', got '{line}'");
            words.Add((line[..cut], line[(cut + 1)..]));
        }
        Flush();
        return result;

        void Flush()
        {
            if (words.Count == 0) return;
            var sb = new StringBuilder();
            var spans = new List<(int, int, char)>();
            int spanStart = -1, spanEnd = -1;
            char role = ' ';
            bool glue = true;
            foreach (var (word, label) in words)
            {
                if (!glue && !NoSpaceBefore.Contains(word)) sb.Append(' ');
                int ws = sb.Length;
                sb.Append(word);
                glue = NoSpaceAfter.Contains(word);
                bool begin = label.StartsWith("B-", StringComparison.Ordinal);
                bool inside = label.StartsWith("I-", StringComparison.Ordinal) && spanStart >= 0 && label[2] == role;
                if (inside) { spanEnd = sb.Length; continue; }
                if (spanStart >= 0) spans.Add((spanStart, spanEnd, role));
                spanStart = -1;
                if (begin || label.StartsWith("I-", StringComparison.Ordinal)) { spanStart = ws; spanEnd = sb.Length; role = label[2]; }
            }
            if (spanStart >= 0) spans.Add((spanStart, spanEnd, role));
            result.Add(new GoldSentence(sb.ToString(), spans));
            words.Clear();
        }
    }
}
