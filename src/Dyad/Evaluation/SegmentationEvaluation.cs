using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;

namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 of one level (tokens, words or sentences).</summary>
/// <param name="Gold">Units in the gold file.</param>
/// <param name="System">Units the system produced.</param>
/// <param name="Correct">System units matching a gold unit.</param>
public readonly record struct SegmentationScore(int Gold, int System, int Correct)
{
    /// <summary>Correct / system.</summary>
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);
}

/// <summary>What <see cref="SegmentationEvaluation.Run"/> measured on one CoNLL-U file.</summary>
public sealed record SegmentationReport
{
    /// <summary>The gold file.</summary>
    public required string Path { get; init; }

    /// <summary>Surface tokens (multiword tokens count once).</summary>
    public required SegmentationScore Tokens { get; init; }

    /// <summary>Syntactic words (multiword tokens split into their words).</summary>
    public required SegmentationScore Words { get; init; }

    /// <summary>Sentences.</summary>
    public required SegmentationScore Sentences { get; init; }

    /// <summary>Characters of reconstructed raw text.</summary>
    public required int Characters { get; init; }

    /// <summary>Gold sentences whose <c># text</c> did not match their tokens, so their text was rebuilt from the tokens.</summary>
    public required int RebuiltSentences { get; init; }

    /// <summary>Segmenter speed on the raw text, in megabytes (UTF-8) per second on one thread.</summary>
    public required double MegabytesPerSecond { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"Segmentation of {System.IO.Path.GetFileName(Path)} ({Characters:N0} chars, {MegabytesPerSecond:F1} MB/s)");
        sb.AppendLine("level       gold    system   correct  precision  recall  F1");
        Row(sb, "Tokens", Tokens);
        Row(sb, "Words", Words);
        Row(sb, "Sentences", Sentences);
        if (RebuiltSentences > 0) sb.AppendLine(inv, $"({RebuiltSentences} sentences' text rebuilt from their tokens: '# text' did not match)");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, SegmentationScore s) =>
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-10}{s.Gold,7}{s.System,10}{s.Correct,10}{s.Precision * 100,10:F2}{s.Recall * 100,8:F2}{s.F1 * 100,7:F2}");
}

/// <summary>
/// Scores <see cref="Segmenter"/> on a UD CoNLL-U file as the CoNLL 2018 shared task scores tokenization and
/// sentence splitting from raw text: units are compared by their character spans in the text with all white space
/// removed, so where the white space falls does not matter, only where the boundaries fall.
/// </summary>
public static class SegmentationEvaluation
{
    /// <summary>Minimum time the speed measurement runs over the text (repeating it), for a stable figure.</summary>
    private static readonly TimeSpan SpeedRunTime = TimeSpan.FromMilliseconds(700);

    /// <summary>Reconstructs the raw text of <paramref name="conlluPath"/>, segments it and scores the result.</summary>
    public static SegmentationReport Run(string conlluPath)
    {
        var sentences = Conllu.ReadFile(conlluPath);
        var gold = BuildGold(sentences, out string text, out int rebuilt);

        var document = new Document(new Article { Text = text, Id = System.IO.Path.GetFileName(conlluPath) });
        var segmenter = Segmenter.Default;
        segmenter.Process(document);
        double mbps = MeasureSpeed(segmenter, document, text);

        // Positions in the text with white space removed.
        var squeezed = new int[text.Length + 1];
        for (int i = 0, k = 0; i <= text.Length; i++)
        {
            squeezed[i] = k;
            if (i < text.Length && !char.IsWhiteSpace(text[i])) k++;
        }

        var tokens = document.Tokens;
        var sysTokens = new List<(int Start, int End)>(tokens.Length);
        var sysWords = new List<(int Start, int End, string Form)>(tokens.Length);
        for (int i = 0; i < tokens.Length;)
        {
            // A token and the clitics split off it form one multiword token (UD: don't = do + n't).
            int j = i + 1;
            while (j < tokens.Length && (tokens[j].Flags & TokenFlags.Clitic) != 0) j++;
            int start = squeezed[tokens[i].Start], end = squeezed[tokens[j - 1].End];
            sysTokens.Add((start, end));
            for (int w = i; w < j; w++) sysWords.Add((start, end, text[tokens[w].Start..tokens[w].End]));
            i = j;
        }
        var sysSentences = new List<(int Start, int End)>(document.SentenceCount);
        foreach (var s in document.SentenceRecords)
            sysSentences.Add((squeezed[tokens[s.FirstToken].Start], squeezed[tokens[s.FirstToken + s.TokenCount - 1].End]));

        return new SegmentationReport
        {
            Path = conlluPath,
            Tokens = new SegmentationScore(gold.Tokens.Count, sysTokens.Count, CountSameSpans(gold.Tokens, sysTokens)),
            Words = new SegmentationScore(gold.Words.Count, sysWords.Count, CountSameWords(gold.Words, sysWords)),
            Sentences = new SegmentationScore(gold.Sentences.Count, sysSentences.Count, CountSameSpans(gold.Sentences, sysSentences)),
            Characters = text.Length,
            RebuiltSentences = rebuilt,
            MegabytesPerSecond = mbps,
        };
    }

    private sealed class Gold
    {
        public List<(int Start, int End)> Tokens { get; } = [];
        public List<(int Start, int End, string Form)> Words { get; } = [];
        public List<(int Start, int End)> Sentences { get; } = [];
    }

    /// <summary>
    /// The raw text: each sentence's <c># text</c>; sentences of one paragraph joined by one space, paragraphs
    /// (<c># newpar</c>, <c># newdoc</c>) by a blank line. This is what UD's own raw-text files hold and what a
    /// news body looks like, so it is fair: the segmenter gets the paragraph breaks a reader would see, and
    /// nothing more (no line break per sentence). Gold spans are counted in the text without white space.
    /// </summary>
    private static Gold BuildGold(List<ConlluSentence> sentences, out string text, out int rebuilt)
    {
        var gold = new Gold();
        var sb = new StringBuilder();
        int pos = 0; // position in the white-space-free text
        rebuilt = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            if (s.Tokens.Count == 0) continue;
            string sentenceText = s.Text ?? "";
            if (!SameNonSpace(sentenceText, s.Tokens))
            {
                var own = new StringBuilder();
                foreach (var t in s.Tokens) { own.Append(t.Form); if (t.SpaceAfter) own.Append(' '); }
                sentenceText = own.ToString().TrimEnd();
                rebuilt++;
            }
            if (sb.Length > 0) sb.Append(s.NewPar ? "\n\n" : " ");
            sb.Append(sentenceText);

            int sentenceStart = pos;
            foreach (var t in s.Tokens)
            {
                int start = pos;
                pos += NonSpaceLength(t.Form);
                gold.Tokens.Add((start, pos));
                for (int w = t.FirstWord; w < t.FirstWord + t.WordCount; w++) gold.Words.Add((start, pos, s.Words[w].Form));
            }
            gold.Sentences.Add((sentenceStart, pos));
        }
        text = sb.ToString();
        return gold;
    }

    private static int NonSpaceLength(string s)
    {
        int n = 0;
        foreach (char c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    private static bool SameNonSpace(string text, List<ConlluToken> tokens)
    {
        int i = 0;
        foreach (var t in tokens)
            foreach (char c in t.Form)
            {
                if (char.IsWhiteSpace(c)) continue;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i >= text.Length || text[i] != c) return false;
                i++;
            }
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i == text.Length;
    }

    /// <summary>Units with the same span in both lists (both sorted by start).</summary>
    private static int CountSameSpans(List<(int Start, int End)> gold, List<(int Start, int End)> system)
    {
        int g = 0, s = 0, correct = 0;
        while (g < gold.Count && s < system.Count)
        {
            var a = gold[g]; var b = system[s];
            if (a.Start == b.Start && a.End == b.End) { correct++; g++; s++; }
            else if (a.Start < b.Start || (a.Start == b.Start && a.End < b.End)) g++;
            else s++;
        }
        return correct;
    }

    /// <summary>
    /// Words match when their surface tokens have the same span and their forms are equal ignoring case; inside one
    /// multiword token the forms are matched as multisets (the shared task aligns them by longest common
    /// subsequence, which gives the same count for clitic splits like do + n't).
    /// </summary>
    private static int CountSameWords(List<(int Start, int End, string Form)> gold, List<(int Start, int End, string Form)> system)
    {
        int g = 0, s = 0, correct = 0;
        while (g < gold.Count && s < system.Count)
        {
            var a = gold[g]; var b = system[s];
            if (a.Start == b.Start && a.End == b.End)
            {
                int ge = g, se = s;
                while (ge < gold.Count && gold[ge].Start == a.Start && gold[ge].End == a.End) ge++;
                while (se < system.Count && system[se].Start == a.Start && system[se].End == a.End) se++;
                var used = new bool[se - s];
                for (int x = g; x < ge; x++)
                    for (int y = s; y < se; y++)
                        if (!used[y - s] && string.Equals(gold[x].Form, system[y].Form, StringComparison.OrdinalIgnoreCase))
                        {
                            used[y - s] = true;
                            correct++;
                            break;
                        }
                g = ge; s = se;
            }
            else if (a.Start < b.Start || (a.Start == b.Start && a.End < b.End)) g++;
            else s++;
        }
        return correct;
    }

    private static double MeasureSpeed(Segmenter segmenter, Document document, string text)
    {
        long bytes = Encoding.UTF8.GetByteCount(text);
        int runs = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            segmenter.Process(document);
            runs++;
        } while (clock.Elapsed < SpeedRunTime);
        return bytes * runs / clock.Elapsed.TotalSeconds / 1e6;
    }
}
