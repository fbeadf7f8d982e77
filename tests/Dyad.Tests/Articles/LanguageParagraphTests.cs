using Dyad.Articles;
using Dyad.Evaluation;
using Dyad.Tests.Support;

namespace Dyad.Tests.Articles;

public sealed class LanguageParagraphTests
{
    [DataFact("langid-lingua-testdata/sentences")]
    public void Identify_OnParagraphs_IsAccurateAndTheFastPathRarelyWrong()
    {
        var report = LanguageParagraphEvaluation.Run(SharedData.Path("langid-lingua-testdata"), LanguageIdentifier.Shared);
        Console.WriteLine(report);
        Assert.True(report.Correct >= 0.995 * report.Paragraphs, report.ToString());
        // The fast path answers the Latin-script candidates' paragraphs, is never wrong on them, and rarely
        // answers for the other 50 languages of the data.
        Assert.True(report.FastAnsweredCandidates >= 0.30 * report.Paragraphs, report.ToString());
        Assert.Equal(0, report.FastWrong);
        Assert.True(report.FastNonCandidate <= 60, report.ToString());
    }

    [Fact]
    public void FunctionWords_ShortText_LeavesTheDecisionToTheModels()
    {
        Assert.Null(FunctionWords.Identify("The talks resumed in Geneva."));
    }

    [Fact]
    public void FunctionWords_EnglishParagraph_IsEnglish()
    {
        const string text = "Israel has sought to reschedule a high-level meeting with the White House regarding military plans for " +
            "the southern city of Rafah. This move follows the abrupt cancellation of the meeting, which had initially prompted a " +
            "diplomatic rift between the two allies, and it came in response to the passage of a resolution at the United Nations.";
        Assert.Equal("en", FunctionWords.Identify(text));
    }
}

public sealed class FunctionWordNewsTests
{
    [DataFact("quotes-polnear/train/text")]
    public void FunctionWords_SettlesAlmostEveryEnglishNewsArticle()
    {
        var files = Directory.GetFiles(SharedData.Path("quotes-polnear/train/text"), "*.txt");
        int answered = 0, english = 0;
        var misses = new List<string>();
        foreach (var f in files)
        {
            var got = FunctionWords.Identify(TextNormalizer.Normalize(File.ReadAllText(f)));
            if (got != null) answered++;
            else misses.Add(Path.GetFileName(f));
            if (got == "en") english++;
        }
        Console.WriteLine($"{answered} of {files.Length} answered, {english} as English; unanswered: {string.Join(", ", misses.Take(10))}");
        Assert.Equal(answered, english);
        Assert.True(answered >= 0.98 * files.Length, $"{answered} of {files.Length}; unanswered: {string.Join(", ", misses.Take(10))}");
    }
}
