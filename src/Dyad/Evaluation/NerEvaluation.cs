using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Documents;
using Dyad.Documents.Entities;

namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 (percent) of one entity type, with the counts behind them.</summary>
/// <param name="Type">The gold file's type name (PER, ORG, LOC), or <c>micro</c>.</param>
/// <param name="Gold">Gold entities.</param>
/// <param name="Predicted">Predicted entities.</param>
/// <param name="Correct">Predicted entities matching a gold one exactly (same tokens, same type).</param>
public sealed record NerTypeScore(string Type, int Gold, int Predicted, int Correct)
{
    /// <summary>Precision in percent.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Recall in percent.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>F1 in percent.</summary>
    public double F1 => Correct == 0 ? 0 : 200.0 * Correct / (Predicted + Gold);
}

/// <summary>Entity-level exact-match scores of a recogniser on one IOB2 file.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Types">Per type, in the order PER, ORG, LOC.</param>
/// <param name="Micro">Micro average over the types.</param>
/// <param name="Tokens">Tokens processed.</param>
/// <param name="Seconds">Time spent in the recogniser (documents are built beforehand).</param>
/// <param name="Untyped">Spans matched on their tokens alone, whatever the type: what is left of the errors when types
/// are forgiven (boundaries and missed or spurious names), for a gold file whose type conventions differ from UNER's.</param>
public sealed record NerReport(string File, IReadOnlyList<NerTypeScore> Types, NerTypeScore Micro, int Tokens, double Seconds,
    NerTypeScore Untyped)
{
    /// <summary>Tokens per second through the recogniser.</summary>
    public double WordsPerSecond => Seconds > 0 ? Tokens / Seconds : 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine(ci, $"NER on {File}: {Tokens} tokens, {WordsPerSecond:F0} words/s");
        sb.AppendLine("type     gold  pred  correct      P      R     F1");
        foreach (var t in Types) Row(t);
        Row(Micro);
        Row(Untyped);
        return sb.ToString();

        void Row(NerTypeScore t) =>
            sb.AppendLine(ci, $"{t.Type,-6} {t.Gold,6} {t.Predicted,5} {t.Correct,8} {t.Precision,6:F2} {t.Recall,6:F2} {t.F1,6:F2}");
    }
}

/// <summary>
/// Scores a recogniser against UNER-style IOB2 files (<c>dyad eval ner FILE</c>): documents are built from the
/// gold tokens joined by spaces (gold tokenization, gold sentences), the recogniser runs, and predicted spans are
/// compared with gold spans by exact match. The recogniser's PERSON is scored as PER, LOC (and GPE) as LOC.
/// </summary>
public static class NerEvaluation
{
    private static readonly string[] GoldNames = ["PER", "ORG", "LOC"];

    /// <summary>Runs the recogniser over the file and scores it.</summary>
    /// <param name="iob2Path">The gold file.</param>
    /// <param name="ner">The recogniser.</param>
    /// <param name="every">When above 0, only every n-th document (40-sentence block) is scored, starting with the first:
    /// the held-out part of UNER EWT dev that training chose its iteration on (<see cref="NerTrainingOptions.DevHoldoutEvery"/>).</param>
    /// <param name="errors">When given, receives one line per missed or spurious entity, with its sentence, for error analysis.</param>
    /// <param name="offset">With <paramref name="every"/>: the documents scored are those whose index modulo it is this
    /// (the fold a model trained with <see cref="NerTrainingOptions.DevHoldoutOffset"/> held out).</param>
    /// <param name="gumPrefixes">For a GUM CoNLL-U file (name ending in <c>.conllu</c>): the documents scored, by id prefix
    /// (null: all). Its gold spans are the names of GUM's person, organization and place entities, made as training makes
    /// them (<see cref="NerCorpus.ReadGum"/>).</param>
    public static NerReport Run(string iob2Path, EntityRecognizer ner, int every = 0, TextWriter? errors = null, int offset = 0,
        IReadOnlyList<string>? gumPrefixes = null)
    {
        var docs = NerCorpus.ReadGold(iob2Path, gumPrefixes);
        if (every > 0) docs = docs.Where((_, i) => i % every == offset).ToList();
        var counts = new NerCorpus.Counts(GoldNames.Length);
        Span<ushort> ids = stackalloc ushort[NerCorpus.Types.Length];
        for (int t = 0; t < ids.Length; t++) ids[t] = Labels.Entity.Intern(NerCorpus.Types[t]);
        int tokens = 0;
        foreach (var d in docs) tokens += d.Document.TokenCount;
        // Warm-up pass so the timing is steady-state (JIT, model load); then the timed pass.
        foreach (var d in docs) ner.Process(d.Document);
        long start = Stopwatch.GetTimestamp();
        foreach (var d in docs) ner.Process(d.Document);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        foreach (var d in docs) counts.Add(d.Spans, d.Document.Entities, ids);
        int untypedCorrect = 0, untypedPredicted = 0, untypedGold = 0;
        foreach (var d in docs)
        {
            var goldSpans = new HashSet<(int, int)>();
            foreach (var gs in d.Spans) goldSpans.Add((gs.First, gs.Count));
            untypedGold += d.Spans.Count;
            foreach (var e in d.Document.Entities)
            {
                if (ids.IndexOf(e.Label) < 0) continue;
                untypedPredicted++;
                if (goldSpans.Contains((e.FirstToken, e.TokenCount))) untypedCorrect++;
            }
        }
        if (errors != null) foreach (var d in docs) WriteErrors(errors, d, ids);
        var types = new List<NerTypeScore>();
        int g = 0, p = 0, c = 0;
        for (int t = 0; t < GoldNames.Length; t++)
        {
            types.Add(new NerTypeScore(GoldNames[t], counts.Gold[t], counts.Predicted[t], counts.Correct[t]));
            g += counts.Gold[t]; p += counts.Predicted[t]; c += counts.Correct[t];
        }
        return new NerReport(Path.GetFileName(iob2Path), types, new NerTypeScore("micro", g, p, c), tokens, seconds,
            new NerTypeScore("any", untypedGold, untypedPredicted, untypedCorrect));
    }

    /// <summary>
    /// Writes a document's errors, one per line: <c>MISS type "gold text"</c> for a gold entity not found exactly,
    /// <c>SPUR type "text"</c> for a predicted entity not in gold, each followed by the overlapping entity of the
    /// other side (a boundary or type error) or <c>-</c>, and the sentence.
    /// </summary>
    private static void WriteErrors(TextWriter w, GoldDocument d, ReadOnlySpan<ushort> ids)
    {
        var doc = d.Document;
        var pred = new List<GoldSpan>();
        foreach (var p in doc.Entities)
        {
            int t = ids.IndexOf(p.Label);
            if (t >= 0) pred.Add(new GoldSpan(p.FirstToken, p.TokenCount, t));
        }
        var goldSet = new HashSet<GoldSpan>(d.Spans);
        var predSet = new HashSet<GoldSpan>(pred);
        foreach (var g in d.Spans) if (!predSet.Contains(g)) Line("MISS", g, pred);
        foreach (var p in pred) if (!goldSet.Contains(p)) Line("SPUR", p, d.Spans);

        void Line(string kind, GoldSpan s, List<GoldSpan> other)
        {
            string overlap = "-";
            foreach (var o in other)
                if (o.First < s.First + s.Count && s.First < o.First + o.Count) { overlap = $"{GoldNames[o.Type]} \"{Text(o.First, o.Count)}\""; break; }
            int sentence = 0;
            var records = doc.SentenceRecords;
            while (sentence + 1 < records.Length && records[sentence + 1].FirstToken <= s.First) sentence++;
            var r = records[sentence];
            w.WriteLine($"{kind}\t{GoldNames[s.Type]}\t{Text(s.First, s.Count)}\t{overlap}\t{Text(r.FirstToken, r.TokenCount)}");
        }

        string Text(int first, int count)
        {
            var t = doc.Tokens;
            return doc.Text[t[first].Start..t[first + count - 1].End];
        }
    }
}
