using System.IO.Compression;
using System.Text;
using Dyad.Diagnostics;
using Dyad.Pipeline;
using Dyad.Store;
using Dyad.Tests.Support;

namespace Dyad.Tests.EndToEnd;

/// <summary>A batch of broken inputs beside good ones: every broken one is reported with its code, every good one is stored.</summary>
public sealed class MalformedInputTests
{
    private const string GoodText = "Ministers from both countries met on Tuesday to discuss trade.\n\n" +
        "They agreed to hold another round of talks next month, officials said after the meeting.";

    private static void WriteBatch(string dir)
    {
        string F(string name) => Path.Combine(dir, name);
        File.WriteAllText(F("good-1.txt"), "Ministers meet over trade\n\n" + GoodText);
        File.WriteAllText(F("good-2.html"),
            "<html lang=\"en\"><head><title>Talks resume</title></head><body><nav><a href='/'>Home</a></nav><article><h1>Talks resume</h1>" +
            "<p>Negotiators from the two governments resumed talks in Geneva on Monday after a pause of several weeks.</p>" +
            "<p>A spokesperson said both delegations hoped to reach an agreement before the end of the year.</p></article></body></html>");
        // Latin-1 bytes that are not valid UTF-8: decoded through the fallback, not lost.
        File.WriteAllBytes(F("good-latin1.txt"), Encoding.Latin1.GetBytes(
            "Réunion à Genève\n\nLes négociateurs des deux gouvernements ont repris les discussions à Genève lundi après une pause de plusieurs semaines."));
        File.WriteAllText(F("records.jsonl"),
            "{\"id\":\"r1\",\"title\":\"A record\",\"text\":\"" + GoodText.Replace("\n", "\\n") + "\"}\n" +
            "{\"id\":\"r2\",\"title\":\"broken\n" +
            "not json at all\n");

        File.WriteAllBytes(F("empty.txt"), []);
        File.WriteAllText(F("blank.txt"), " \n\t\n  \n");
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[10] = 0; junk[200] = 0;
        File.WriteAllBytes(F("junk.bin"), junk);
        File.WriteAllText(F("truncated.html"), "<html><head><title>Cut</title></head><body><div class=\"nav\"><a href=\"/x\">Home</a><a hr");
        var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.Optimal, leaveOpen: true)) z.Write(Encoding.UTF8.GetBytes(GoodText + GoodText));
        File.WriteAllBytes(F("cut.txt.gz"), gz.ToArray()[..(int)(gz.Length / 2)]);
        // A 50 MB page, over the 20 MiB default limit.
        using (var big = File.Create(F("huge.html")))
        {
            var para = Encoding.UTF8.GetBytes("<p>" + new string('x', 1000) + "</p>\n");
            big.Write("<html><body>"u8);
            for (long written = 0; written < 50L * 1000 * 1000; written += para.Length) big.Write(para);
            big.Write("</body></html>"u8);
        }
    }

    [Fact]
    public void Ingest_BrokenInputsAreReportedWithCodes_AndGoodOnesAreStored()
    {
        using var tmp = new TempDir();
        string input = Path.Combine(tmp.Path, "in");
        Directory.CreateDirectory(input);
        WriteBatch(input);

        string db = tmp.File("store.duckdb");
        IngestSummary summary;
        using (var store = DyadStore.Open(db))
            summary = IngestRunner.Run(DyadPipeline.Create(), store, [input], "test");

        ErrorCode? CodeOf(string name) => summary.Problems.FirstOrDefault(p => p.Path.EndsWith(name, StringComparison.Ordinal) || p.Path.Contains(name + "#", StringComparison.Ordinal))?.Code;
        Assert.Equal(ErrorCode.Empty, CodeOf("empty.txt"));
        Assert.Equal(ErrorCode.Empty, CodeOf("blank.txt"));
        Assert.Equal(ErrorCode.Binary, CodeOf("junk.bin"));
        Assert.Equal(ErrorCode.NotAnArticle, CodeOf("truncated.html"));
        Assert.Equal(ErrorCode.CorruptCompression, CodeOf("cut.txt.gz"));
        Assert.Equal(ErrorCode.TooLarge, CodeOf("huge.html"));
        Assert.Equal(2, summary.Problems.Count(p => p.Path.Contains("records.jsonl#", StringComparison.Ordinal) && p.Code == ErrorCode.MalformedRecord));
        Assert.All(summary.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));

        // The three good files and the good JSON line are stored, and nothing else.
        Assert.True(summary.Progress.Inserted == 4, $"{summary.Progress.Inserted} stored; problems:\n" + string.Join("\n", summary.Problems));
        Assert.Equal(4, StoreProbe.Scalar(db, "SELECT count(*) FROM articles"));
        Assert.Equal(1, StoreProbe.Scalar(db, "SELECT count(*) FROM articles WHERE text LIKE '%négociateurs%'"));
        Assert.Equal(summary.Problems.Count, StoreProbe.Scalar(db, "SELECT count(*) FROM problems"));
    }
}
