using Dyad.Articles;

namespace Dyad.Tests.Articles;

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_ReturnsSameInstance_WhenTextIsAlreadyClean()
    {
        var text = "Israel’s “plan” stands.\n\nA second paragraph.\nWith a line.";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_TurnsSpacesAndLineEndsIntoPlainForm()
    {
        var text = "  One\u00A0two\u2003\tthree  \r\nfour\r\r\r\n\nfive \u3000";
        Assert.Equal("One two three\nfour\n\nfive", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_RemovesInvisibleFormatCharacters_ButKeepsJoinersAndQuotes()
    {
        var text = "\uFEFFzero\u200Bwidth soft\u00ADhyphen \u202Ertl\u202C ‘quoted’ می\u200Cخواهم 👨\u200D👩\u200D👧\u0007";
        Assert.Equal("zerowidth softhyphen rtl ‘quoted’ می\u200Cخواهم 👨\u200D👩\u200D👧", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_ReplacesLoneSurrogates()
    {
        Assert.Equal("Café \uFFFD ok \uFFFD", TextNormalizer.Normalize("Café \uD800 ok \uDC00"));
    }

    [Fact]
    public void Normalize_ComposesToNfc()
    {
        Assert.Equal("Café", TextNormalizer.Normalize("Cafe\u0301"));
    }

    [Fact]
    public void Normalize_KeepsRightToLeftAndEmojiText()
    {
        var text = "مرحبا بالعالم 🇺🇦 שלום";
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_TurnsParagraphSeparatorIntoBlankLine()
    {
        Assert.Equal("one\n\ntwo\nthree", TextNormalizer.Normalize("one\u2029two\u2028three"));
    }

    [Fact]
    public void NormalizeLine_JoinsLines()
    {
        Assert.Equal("A headline over two lines", TextNormalizer.NormalizeLine(" A headline\r\nover  two lines\n"));
    }

    [Fact]
    public void Normalize_LongInputUsesPooledBufferCorrectly()
    {
        var text = string.Concat(Enumerable.Repeat("word\u00A0 word\n\n\n", 500));
        var result = TextNormalizer.Normalize(text);
        Assert.DoesNotContain("\n\n\n", result);
        Assert.DoesNotContain("\u00A0", result);
        Assert.StartsWith("word word\n\nword word", result);
        Assert.EndsWith("word word", result);
    }
}
