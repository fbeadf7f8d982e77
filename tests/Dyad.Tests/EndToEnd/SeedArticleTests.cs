using System.Text.Json;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary>The article the product was specified from, through the real CLI.</summary>
public sealed class SeedArticleTests
{
    private const string Seed = "seed/000_caeb5dd2213ebef7.txt";

    [DataFact(Seed)]
    public void Process_SeedArticle_GivesCleanArticleWithSentences()
    {
        var (exit, stdout, stderr) = CliProcess.Run("process", SharedData.Path(Seed));
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        using var json = JsonDocument.Parse(lines[0]);
        var a = json.RootElement;

        Assert.Equal("Israel Seeks Meeting Reschedule On Rafah Military Plans After Netanyahu’s Cancellation", a.GetProperty("title").GetString());
        Assert.Equal("en", a.GetProperty("language").GetString());
        string text = a.GetProperty("text").GetString()!;
        Assert.DoesNotContain("• en", text);
        Assert.DoesNotContain("Follow us on", text);
        Assert.DoesNotContain('\u00A0', text);
        Assert.StartsWith("Israel has sought to reschedule a high-level meeting with the White House", text);
        Assert.EndsWith("with both sides grappling to find common ground.", text);
        Assert.Contains("“So we’re now working with them to set (a) convenient date,” she added.", text);

        var sentences = a.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.InRange(sentences.Length, 15, 22);
        foreach (var s in sentences)
        {
            int start = s.GetProperty("start").GetInt32(), end = s.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], s.GetProperty("text").GetString());
            foreach (var t in s.GetProperty("tokens").EnumerateArray())
                Assert.Equal(text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()], t.GetProperty("text").GetString());
        }
        Assert.Contains(sentences, s => s.GetProperty("text").GetString() ==
            "White House spokesperson Karine Jean-Pierre confirmed on Wednesday that Israel had agreed to reschedule the dedicated meeting on Rafah.");
        // "Gaza’s" is two tokens, as UD English has it.
        var tokens = sentences[0].GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString()).ToArray();
        Assert.Contains("Gaza", tokens);
        Assert.Contains("’s", tokens);
        Assert.Equal(0, a.GetProperty("errors").GetArrayLength());
        // The product's example: a strained-relations story reads negative.
        var tone = a.GetProperty("tone");
        Assert.True(tone.GetProperty("tone").GetDouble() < 0, tone.ToString());
        Assert.Equal(tone.GetProperty("positive").GetDouble() - tone.GetProperty("negative").GetDouble(), tone.GetProperty("tone").GetDouble(), 2);
        Assert.Contains("segment", a.GetProperty("pipeline").GetProperty("stages").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Process_MissingFile_IsReportedWithCodeAndNonZeroExit()
    {
        var (exit, stdout, stderr) = CliProcess.Run("process", "/nonexistent/dyad-missing.txt");
        Assert.Equal(1, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("DY100", stderr);
    }
}
