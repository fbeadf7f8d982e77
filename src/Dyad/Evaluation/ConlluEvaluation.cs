using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Evaluation;

/// <summary>What <see cref="ConlluEvaluation.Run(string, IReadOnlyList{IStage})"/> measured on one CoNLL-U file; a score is null when no stage wrote its layer.</summary>
public sealed record ConlluReport
{
    /// <summary>The gold file.</summary>
    public required string Path { get; init; }

    /// <summary>The stages run, by name.</summary>
    public required IReadOnlyList<string> Stages { get; init; }

    /// <summary>Gold sentences.</summary>
    public required int Sentences { get; init; }

    /// <summary>Gold syntactic words (each is one document token).</summary>
    public required int Words { get; init; }

    /// <summary>Share of words with the gold UPOS.</summary>
    public double? Upos { get; init; }

    /// <summary>Share of words with the gold XPOS.</summary>
    public double? Xpos { get; init; }

    /// <summary>Share of words with both gold UPOS and XPOS.</summary>
    public double? UposXpos { get; init; }

    /// <summary>Share of words with the gold lemma (exact, case-sensitive).</summary>
    public double? Lemma { get; init; }

    /// <summary>Share of words with the gold head.</summary>
    public double? Uas { get; init; }

    /// <summary>Share of words with the gold head and the gold relation's universal part (CoNLL 2018: <c>nsubj:pass</c> counts as <c>nsubj</c>).</summary>
    public double? Las { get; init; }

    /// <summary>Share of words with the gold head and the full gold relation, subtype included.</summary>
    public double? LasWithSubtypes { get; init; }

    /// <summary>Words per second of the stages together on one thread.</summary>
    public required double WordsPerSecond { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"CoNLL-U evaluation of {System.IO.Path.GetFileName(Path)} (gold tokenization; {Sentences:N0} sentences, {Words:N0} words)");
        sb.AppendLine(inv, $"stages: {string.Join(" → ", Stages)}   speed: {WordsPerSecond:N0} words/s on one thread");
        sb.AppendLine("measure            score");
        Row(sb, "UPOS", Upos);
        Row(sb, "XPOS", Xpos);
        Row(sb, "UPOS+XPOS", UposXpos);
        Row(sb, "Lemma", Lemma);
        Row(sb, "UAS", Uas);
        Row(sb, "LAS", Las);
        Row(sb, "LAS (subtypes)", LasWithSubtypes);
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, double? value) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-16}{(value is { } v ? (v * 100).ToString("F2", CultureInfo.InvariantCulture) : "not measured"),8}");
}

/// <summary>
/// Scores any list of stages on a UD CoNLL-U file with gold tokenization, as CoNLL 2018 scores UPOS, XPOS, lemma, UAS
/// and LAS: the gold words become the documents' tokens (<see cref="ConlluDocuments"/>), the stages run, and each word's
/// annotations are compared with the gold ones. Punctuation counts like any word.
/// </summary>
public static class ConlluEvaluation
{
    /// <summary>Runs <paramref name="stages"/> over the gold words of <paramref name="conlluPath"/> and scores them.</summary>
    public static ConlluReport Run(string conlluPath, IReadOnlyList<IStage> stages) =>
        Run(conlluPath, Conllu.ReadFile(conlluPath), stages);

    /// <summary>As <see cref="Run(string, IReadOnlyList{IStage})"/> over sentences already read (<paramref name="name"/> names them).</summary>
    public static ConlluReport Run(string name, IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<IStage> stages)
    {
        var docs = ConlluDocuments.BuildAll(sentences, withGold: false, System.IO.Path.GetFileNameWithoutExtension(name));
        var clock = Stopwatch.StartNew();
        foreach (var (doc, _) in docs)
            foreach (var stage in stages)
            {
                stage.Process(doc);
                doc.Layers |= stage.Writes;
            }
        clock.Stop();

        int words = 0, sentenceCount = 0, upos = 0, xpos = 0, both = 0, lemma = 0, uas = 0, las = 0, lasSub = 0;
        var layers = Layers.None;
        foreach (var (doc, gold) in docs)
        {
            layers |= doc.Layers;
            var tokens = doc.Tokens;
            int k = 0;
            foreach (var s in gold)
            {
                sentenceCount++;
                int first = k;
                foreach (var w in s.Words)
                {
                    ref readonly var t = ref tokens[k++];
                    words++;
                    bool u = t.Upos != 0 && Labels.Upos.Name(t.Upos) == w.Upos;
                    bool x = t.Xpos != 0 && Labels.Xpos.Name(t.Xpos) == w.Xpos;
                    if (u) upos++;
                    if (x) xpos++;
                    if (u && x) both++;
                    if (t.Lemma != 0 && Vocabulary.Shared[t.Lemma] == w.Lemma) lemma++;
                    int head = t.Head < 0 ? 0 : t.Head - first + 1;
                    if (head == w.Head)
                    {
                        uas++;
                        if (t.Deprel != 0)
                        {
                            string rel = Labels.Deprel.Name(t.Deprel);
                            if (rel == w.DepRel) lasSub++;
                            if (Universal(rel).SequenceEqual(Universal(w.DepRel))) las++;
                        }
                    }
                }
            }
        }
        double? Share(int n, Layers needed) => (layers & needed) != 0 && words > 0 ? (double)n / words : null;
        var names = new List<string>(stages.Count);
        foreach (var s in stages) names.Add(s.Name);
        return new ConlluReport
        {
            Path = name,
            Stages = names,
            Sentences = sentenceCount,
            Words = words,
            Upos = Share(upos, Layers.Tags),
            Xpos = Share(xpos, Layers.Tags),
            UposXpos = Share(both, Layers.Tags),
            Lemma = Share(lemma, Layers.Lemmas),
            Uas = Share(uas, Layers.Parse),
            Las = Share(las, Layers.Parse),
            LasWithSubtypes = Share(lasSub, Layers.Parse),
            WordsPerSecond = clock.Elapsed.TotalSeconds > 0 ? words / clock.Elapsed.TotalSeconds : 0,
        };
    }

    private static ReadOnlySpan<char> Universal(string rel)
    {
        int colon = rel.IndexOf(':');
        return colon < 0 ? rel : rel.AsSpan(0, colon);
    }
}
