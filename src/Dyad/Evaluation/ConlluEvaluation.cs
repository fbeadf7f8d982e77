using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;
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

/// <summary>What <see cref="ConlluEvaluation.RunRaw"/> measured: F1 over aligned words (CoNLL 2018), null where no stage wrote the layer.</summary>
public sealed record ConlluRawReport
{
    /// <summary>The gold file.</summary>
    public required string Path { get; init; }

    /// <summary>The stages run after the segmenter, by name.</summary>
    public required IReadOnlyList<string> Stages { get; init; }

    /// <summary>Gold syntactic words.</summary>
    public required int GoldWords { get; init; }

    /// <summary>Words the segmenter made.</summary>
    public required int SystemWords { get; init; }

    /// <summary>Word segmentation F1 (aligned words).</summary>
    public required double Words { get; init; }

    /// <summary>F1 of aligned words with the gold UPOS.</summary>
    public double? Upos { get; init; }

    /// <summary>F1 of aligned words with the gold XPOS.</summary>
    public double? Xpos { get; init; }

    /// <summary>F1 of aligned words with the gold lemma.</summary>
    public double? Lemma { get; init; }

    /// <summary>F1 of aligned words whose head is aligned to the gold head.</summary>
    public double? Uas { get; init; }

    /// <summary>As <see cref="Uas"/> with the relation's universal part right too.</summary>
    public double? Las { get; init; }

    /// <summary>Words per second of segmenter and stages on one thread.</summary>
    public required double WordsPerSecond { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"CoNLL-U evaluation of {System.IO.Path.GetFileName(Path)} from raw text ({GoldWords:N0} gold words, {SystemWords:N0} system words; F1 over aligned words)");
        sb.AppendLine(inv, $"stages: segment → {string.Join(" → ", Stages)}   speed: {WordsPerSecond:N0} words/s on one thread");
        sb.AppendLine("measure            F1");
        Row(sb, "Words", Words);
        Row(sb, "UPOS", Upos);
        Row(sb, "XPOS", Xpos);
        Row(sb, "Lemma", Lemma);
        Row(sb, "UAS", Uas);
        Row(sb, "LAS", Las);
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

    private readonly record struct GoldWord(int Start, int End, ConlluWord Word, int Head);

    /// <summary>
    /// Scores the segmenter followed by <paramref name="stages"/> from the raw text of <paramref name="conlluPath"/>
    /// (each sentence's <c># text</c>, sentences joined by a space, paragraphs by a blank line), as CoNLL 2018 does:
    /// gold and system words are aligned through their surface tokens' character spans (words inside one multiword
    /// token by form), and each score is an F1 over aligned words.
    /// </summary>
    public static ConlluRawReport RunRaw(string conlluPath, IReadOnlyList<IStage> stages)
    {
        var sentences = Conllu.ReadFile(conlluPath);
        var text = new StringBuilder();
        var gold = new List<GoldWord>();
        var goldTokenOf = new List<int>(); // gold word → index of its surface token
        int goldTokens = 0;
        foreach (var s in sentences)
        {
            if (s.Words.Count == 0) continue;
            string sentenceText = s.Text ?? "";
            if (!Locate(sentenceText, s.Tokens, null))
            {
                var own = new StringBuilder();
                foreach (var t in s.Tokens) { own.Append(t.Form); if (t.SpaceAfter) own.Append(' '); }
                sentenceText = own.ToString().TrimEnd();
            }
            if (text.Length > 0) text.Append(s.NewPar ? "\n\n" : " ");
            int offset = text.Length;
            text.Append(sentenceText);
            var spans = new List<(int Start, int End)>(s.Tokens.Count);
            Locate(sentenceText, s.Tokens, spans);
            int firstWord = gold.Count;
            for (int k = 0; k < s.Tokens.Count; k++)
            {
                var t = s.Tokens[k];
                for (int w = t.FirstWord; w < t.FirstWord + t.WordCount; w++)
                {
                    var word = s.Words[w];
                    gold.Add(new GoldWord(offset + spans[k].Start, offset + spans[k].End, word, word.Head <= 0 ? -1 : firstWord + word.Head - 1));
                    goldTokenOf.Add(goldTokens);
                }
                goldTokens++;
            }
        }

        var doc = new Document(new Article { Id = System.IO.Path.GetFileName(conlluPath), Text = text.ToString() });
        var clock = Stopwatch.StartNew();
        Segmenter.Default.Process(doc);
        doc.Layers |= Segmenter.Default.Writes;
        foreach (var stage in stages)
        {
            stage.Process(doc);
            doc.Layers |= stage.Writes;
        }
        clock.Stop();

        // Align: system token groups (a token and the clitics split off it) against gold surface tokens by span.
        var tokens = doc.Tokens;
        var sysToGold = new int[tokens.Length];
        Array.Fill(sysToGold, -1);
        int g = 0, i = 0;
        while (g < gold.Count && i < tokens.Length)
        {
            int j = i + 1;
            while (j < tokens.Length && (tokens[j].Flags & TokenFlags.Clitic) != 0) j++;
            int gEnd = g + 1;
            while (gEnd < gold.Count && goldTokenOf[gEnd] == goldTokenOf[g]) gEnd++;
            int sysStart = tokens[i].Start, sysEnd = tokens[j - 1].End;
            if (gold[g].Start == sysStart && gold[g].End == sysEnd)
            {
                for (int x = i; x < j; x++)
                    for (int y = g; y < gEnd; y++)
                        if (Array.IndexOf(sysToGold, y, i, x - i) < 0 &&
                            doc.Text.AsSpan(tokens[x].Start, tokens[x].End - tokens[x].Start).Equals(gold[y].Word.Form, StringComparison.OrdinalIgnoreCase))
                        {
                            sysToGold[x] = y;
                            break;
                        }
                g = gEnd; i = j;
            }
            else if (gold[g].Start < sysStart || (gold[g].Start == sysStart && gold[g].End < sysEnd)) g = gEnd;
            else i = j;
        }

        int aligned = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        for (int x = 0; x < tokens.Length; x++)
        {
            int y = sysToGold[x];
            if (y < 0) continue;
            aligned++;
            var t = tokens[x];
            var w = gold[y].Word;
            if (t.Upos != 0 && Labels.Upos.Name(t.Upos) == w.Upos) upos++;
            if (t.Xpos != 0 && Labels.Xpos.Name(t.Xpos) == w.Xpos) xpos++;
            if (t.Lemma != 0 && Vocabulary.Shared[t.Lemma] == w.Lemma) lemma++;
            int goldHead = gold[y].Head;
            bool headRight = t.Head < 0 ? goldHead < 0 : goldHead >= 0 && sysToGold[t.Head] == goldHead;
            if (!headRight) continue;
            uas++;
            if (t.Deprel != 0 && Universal(Labels.Deprel.Name(t.Deprel)).SequenceEqual(Universal(w.DepRel))) las++;
        }
        int total = gold.Count + tokens.Length;
        double? F1(int n, Layers needed) => (doc.Layers & needed) != 0 && total > 0 ? 2.0 * n / total : null;
        var names = new List<string>(stages.Count);
        foreach (var st in stages) names.Add(st.Name);
        return new ConlluRawReport
        {
            Path = conlluPath,
            Stages = names,
            GoldWords = gold.Count,
            SystemWords = tokens.Length,
            Words = total > 0 ? 2.0 * aligned / total : 0,
            Upos = F1(upos, Layers.Tags),
            Xpos = F1(xpos, Layers.Tags),
            Lemma = F1(lemma, Layers.Lemmas),
            Uas = F1(uas, Layers.Parse),
            Las = F1(las, Layers.Parse),
            WordsPerSecond = clock.Elapsed.TotalSeconds > 0 ? tokens.Length / clock.Elapsed.TotalSeconds : 0,
        };
    }

    /// <summary>
    /// Finds each token's characters in <paramref name="text"/> in order, white space skipped; false when the text does
    /// not hold exactly the tokens' characters. Fills <paramref name="spans"/> when given.
    /// </summary>
    private static bool Locate(string text, List<ConlluToken> tokens, List<(int Start, int End)>? spans)
    {
        int pos = 0;
        foreach (var t in tokens)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
            int start = pos;
            foreach (char c in t.Form)
            {
                if (char.IsWhiteSpace(c)) continue;
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
                if (pos >= text.Length || text[pos] != c) return false;
                pos++;
            }
            spans?.Add((start, pos));
        }
        while (pos < text.Length && char.IsWhiteSpace(text[pos])) pos++;
        return pos == text.Length;
    }
}
