using System.Text;
using Dyad.Diagnostics;
using Dyad.Sources;
using Dyad.Tests.Support;

namespace Dyad.Tests.Sources;

public class TextDecoderTests
{
    private static (bool Ok, string Text, Problem? Problem) Decode(byte[] bytes)
    {
        bool ok = TextDecoder.TryDecode(new InputItem("in.txt", bytes), out var text, out var problem);
        return (ok, text, problem);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void TryDecode_ReadsEveryByteOrderMark(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Netanyahu’s “meeting” — café")).ToArray();
        var (ok, text, _) = Decode(bytes);
        Assert.True(ok);
        Assert.Equal("Netanyahu’s “meeting” — café", text);
    }

    [Fact]
    public void TryDecode_ReadsUtf16WithoutBom()
    {
        var (ok, text, _) = Decode(Encoding.Unicode.GetBytes("A plain English sentence in UTF-16."));
        Assert.True(ok);
        Assert.Equal("A plain English sentence in UTF-16.", text);
    }

    [Fact]
    public void TryDecode_UsesDeclaredHtmlCharset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>Привет, мир</body></html>";
        var (ok, text, _) = Decode(CodePages().GetEncoding(1251)!.GetBytes(html));
        Assert.True(ok);
        Assert.Contains("Привет, мир", text);
    }

    [Fact]
    public void TryDecode_UsesXmlPrologEncoding()
    {
        var xml = "<?xml version='1.0' encoding='ISO-8859-7'?><rss><title>Καλημέρα κόσμε</title></rss>";
        var (ok, text, _) = Decode(CodePages().GetEncoding("iso-8859-7")!.GetBytes(xml));
        Assert.True(ok);
        Assert.Contains("Καλημέρα κόσμε", text);
    }

    [Fact]
    public void TryDecode_FallsBackToWindows1252ForLatinText()
    {
        var (ok, text, _) = Decode(CodePages().GetEncoding(1252)!.GetBytes("Le président a dit « non » à l’été."));
        Assert.True(ok);
        Assert.Equal("Le président a dit « non » à l’été.", text);
    }

    [Fact]
    public void TryDecode_ReadsMostlyUtf8WithACorruptByteAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("Zürich, Genève, Malmö and São Paulo ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" Kraków")).ToArray();
        var (ok, text, _) = Decode(bytes);
        Assert.True(ok);
        Assert.Equal("Zürich, Genève, Malmö and São Paulo \uFFFD Kraków", text);
    }

    [Fact]
    public void TryDecode_RejectsUndeclaredNonLatinLegacyEncoding()
    {
        var (ok, _, problem) = Decode(CodePages().GetEncoding(1251)!.GetBytes("Президент объявил о новых мерах против инфляции"));
        Assert.False(ok);
        Assert.Equal(ErrorCode.BadEncoding, problem!.Code);
    }

    [Fact]
    public void TryDecode_RejectsInvalidBytesBehindAUtf16Bom()
    {
        var (ok, _, problem) = Decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]);
        Assert.False(ok);
        Assert.Equal(ErrorCode.BadEncoding, problem!.Code);
    }

    [Fact]
    public void TryDecode_CallsNulBytesBinary()
    {
        var bytes = Encoding.UTF8.GetBytes("PNG header").Concat(new byte[] { 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0 }).ToArray();
        var (ok, _, problem) = Decode(bytes);
        Assert.False(ok);
        Assert.Equal(ErrorCode.Binary, problem!.Code);
    }

    [Fact]
    public void TryDecode_CallsControlCharacterSoupBinary()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 1;
        var (ok, _, problem) = Decode(bytes);
        Assert.False(ok);
        Assert.Equal(ErrorCode.Binary, problem!.Code);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A })]
    public void TryDecode_CallsNothingOrWhiteSpaceEmpty(byte[] bytes)
    {
        var (ok, _, problem) = Decode(bytes);
        Assert.False(ok);
        Assert.Equal(ErrorCode.Empty, problem!.Code);
    }

    [Fact]
    public void FindDeclaredCharset_ReadsMetaCharsetAttribute()
    {
        Assert.Equal("iso-8859-1", TextDecoder.FindDeclaredCharset("<!doctype html><meta charset=\"ISO-8859-1\">"u8));
        Assert.Null(TextDecoder.FindDeclaredCharset("<p>charset=utf-8 is mentioned in text</p>"u8));
    }

    /// <summary>The evaluation that chose <see cref="TextDecoder.MaxFallbackHighByteShare"/>: Latin-script text in its legacy code page stays under it, other scripts go over it.</summary>
    [DataFact("langid-lingua-testdata/sentences")]
    public void FallbackThreshold_SeparatesLatinFromOtherScripts()
    {
        var cases = new (string Lang, int CodePage, bool Latin)[]
        {
            ("fr", 1252, true), ("de", 1252, true), ("pt", 1252, true), ("sv", 1252, true), ("is", 1252, true),
            ("pl", 1250, true), ("cs", 1250, true), ("tr", 1254, true),
            ("ru", 1251, false), ("uk", 1251, false), ("el", 1253, false), ("ar", 1256, false), ("he", 1255, false), ("ja", 932, false),
        };
        foreach (var (lang, codePage, latin) in cases)
        {
            var text = File.ReadAllText(SharedData.Path($"langid-lingua-testdata/sentences/{lang}.txt"));
            double share = TextDecoder.HighByteShare(CodePages().GetEncoding(codePage)!.GetBytes(text));
            Assert.True(latin ? share < TextDecoder.MaxFallbackHighByteShare : share > TextDecoder.MaxFallbackHighByteShare, $"{lang}: {share:F3}");
        }
    }

    private static EncodingProvider CodePages() => CodePagesEncodingProvider.Instance;
}
