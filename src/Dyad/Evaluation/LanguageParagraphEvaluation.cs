using System.Diagnostics;
using System.Text;
using Dyad.Articles;
using Lingua;

namespace Dyad.Evaluation;

/// <summary>Language identification on article-like texts: consecutive test sentences joined into paragraphs.</summary>
/// <param name="Paragraphs">Paragraphs built from candidate languages.</param>
/// <param name="Correct">Of those, identified correctly by the full identifier.</param>
/// <param name="FastAnswered">Paragraphs (of every language in the data, candidates or not) the function-word profile answered.</param>
/// <param name="FastWrong">Of the answers on candidate languages' paragraphs, the wrong ones.</param>
/// <param name="FastNonCandidate">Answers on paragraphs of languages outside the candidates (necessarily wrong; the n-gram models restricted to the candidates would be wrong there too).</param>
/// <param name="FastAnsweredCandidates">Paragraphs of candidate languages the profile answered.</param>
/// <param name="ParagraphsPerSecond">Speed of the full identifier on the candidate paragraphs.</param>
/// <param name="WrongByLanguage">Wrong fast answers per true language.</param>
public sealed record LanguageParagraphReport(int Paragraphs, int Correct, int FastAnswered, int FastWrong, int FastNonCandidate, int FastAnsweredCandidates,
    double ParagraphsPerSecond, IReadOnlyDictionary<string, int> WrongByLanguage)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"paragraphs (candidate languages)   {Paragraphs:N0}\n" +
        $"accuracy                           {100.0 * Correct / Math.Max(1, Paragraphs):F2} %\n" +
        $"speed                              {ParagraphsPerSecond:N0} paragraphs/s\n" +
        $"function-word fast path answered   {FastAnsweredCandidates:N0} of the candidates' paragraphs ({100.0 * FastAnsweredCandidates / Math.Max(1, Paragraphs):F1} %)\n" +
        $"fast path wrong                    {FastWrong} of {FastAnsweredCandidates} answers on candidate languages\n" +
        $"fast path on other languages       {FastNonCandidate} answers" +
        (WrongByLanguage.Count > 0 ? " (" + string.Join(", ", WrongByLanguage.Select(kv => $"{kv.Key} {kv.Value}")) + ")" : "");
}

/// <summary>Measures <see cref="LanguageIdentifier"/> and its function-word fast path on paragraphs.</summary>
public static class LanguageParagraphEvaluation
{
    /// <summary>Sentences joined per paragraph (about 60–120 words, a short news paragraph or two).</summary>
    public const int SentencesPerParagraph = 5;

    /// <summary>Runs over <c>sentences/*.txt</c> of the Lingua test data folder.</summary>
    public static LanguageParagraphReport Run(string linguaTestDataDir, LanguageIdentifier identifier)
    {
        var candidates = LanguageIdentifier.Candidates.Select(l => l.IsoCode6391().ToString().ToLowerInvariant()).ToHashSet();
        int paragraphs = 0, correct = 0, fastAnswered = 0, fastWrong = 0, fastOther = 0, fastCandidates = 0;
        var wrong = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var timer = new Stopwatch();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(linguaTestDataDir, "sentences"), "*.txt").Order(StringComparer.Ordinal))
        {
            string code = Path.GetFileNameWithoutExtension(file);
            bool candidate = candidates.Contains(code);
            var lines = File.ReadLines(file, Encoding.UTF8).Where(l => !string.IsNullOrWhiteSpace(l)).ToArray();
            for (int i = 0; i + SentencesPerParagraph <= lines.Length; i += SentencesPerParagraph)
            {
                string paragraph = string.Join(' ', lines, i, SentencesPerParagraph);
                string? fast = FunctionWords.Identify(paragraph);
                if (fast != null)
                {
                    fastAnswered++;
                    if (candidate) fastCandidates++;
                    if (fast != code)
                    {
                        if (candidate) fastWrong++; else fastOther++;
                        wrong[code] = wrong.GetValueOrDefault(code) + 1;
                    }
                }
                if (!candidate) continue;
                paragraphs++;
                timer.Start();
                string? got = identifier.Identify(paragraph);
                timer.Stop();
                if (got == code) correct++;
            }
        }
        return new LanguageParagraphReport(paragraphs, correct, fastAnswered, fastWrong, fastOther, fastCandidates,
            paragraphs / Math.Max(timer.Elapsed.TotalSeconds, 1e-9), wrong);
    }
}
