using Dyad.Articles;
using Dyad.Documents;
using Dyad.Documents.Segmentation;

namespace Dyad.Tests.Segmentation;

public sealed class SegmenterTests
{
    private static Document Segment(string text)
    {
        var doc = new Document(new Article { Text = text });
        Segmenter.Default.Process(doc);
        return doc;
    }

    private static string[] Tokens(string text)
    {
        var doc = Segment(text);
        var result = new string[doc.TokenCount];
        for (int i = 0; i < doc.TokenCount; i++) result[i] = doc[i].Text;
        return result;
    }

    private static string[] Sentences(string text)
    {
        var doc = Segment(text);
        var result = new List<string>();
        foreach (var s in doc.Sentences()) result.Add(s.Text);
        return [.. result];
    }

    [Theory]
    [InlineData("The U.S. economy grew.", "The|U.S.|economy|grew|.")]
    [InlineData("Gen. Smith met Mr. Jones on Jan. 5.", "Gen.|Smith|met|Mr.|Jones|on|Jan.|5|.")]
    [InlineData("Fruit, e.g. apples, is good.", "Fruit|,|e.g.|apples|,|is|good|.")]
    [InlineData("Acme Inc. said so.", "Acme|Inc.|said|so|.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.")]
    public void Segmenter_KeepsAbbreviationAndInitialPeriods(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("He said \"no.\"", "He|said|\"|no|.|\"")]
    [InlineData("She said “yes” and ‘maybe’.", "She|said|“|yes|”|and|‘|maybe|’|.")]
    [InlineData("The plan (approved) works.", "The|plan|(|approved|)|works|.")]
    public void Segmenter_SplitsQuotesAndBrackets(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("It rose 3.5 percent to 1,000 units.", "It|rose|3.5|percent|to|1,000|units|.")]
    [InlineData("We met at 5:30 on 11/28/2000.", "We|met|at|5:30|on|11/28/2000|.")]
    [InlineData("Call 713-853-3989 now.", "Call|713-853-3989|now|.")]
    [InlineData("It ran from 1990-1995.", "It|ran|from|1990|-|1995|.")]
    [InlineData("Meet at 7:30PM today.", "Meet|at|7:30|PM|today|.")]
    public void Segmenter_KeepsNumbersTimesAndDatesWhole(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("See http://www.example.com/a?b=1, then write.", "See|http://www.example.com/a?b=1|,|then|write|.")]
    [InlineData("Mail jane.doe@example.org.", "Mail|jane.doe@example.org|.")]
    [InlineData("Visit www.bbc.co.uk (news).", "Visit|www.bbc.co.uk|(|news|)|.")]
    public void Segmenter_KeepsUrlsAndEmailsWholeAndFlagsThem(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
        var doc = Segment(text);
        Assert.Equal(TokenFlags.Url, doc.Tokens[1].Flags & TokenFlags.Url);
        Assert.Equal(TokenFlags.None, doc.Tokens[0].Flags & TokenFlags.Url);
    }

    [Theory]
    [InlineData("Eye-tracking helps.", "Eye|-|tracking|helps|.")]
    [InlineData("A non-avian anti-war e-mail.", "A|non-avian|anti-war|e-mail|.")]
    public void Segmenter_SplitsHyphensExceptAfterListedPrefixes(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("Gaza’s border", "Gaza|’s|border", true)]
    [InlineData("I don't know", "I|do|n't|know", true)]
    [InlineData("we’re here", "we|’re|here", true)]
    [InlineData("It can't be, I cannot", "It|ca|n't|be|,|I|can|not", true)]
    [InlineData("the Jones' house", "the|Jones|'|house", true)]
    [InlineData("O'Connor left", "O'Connor|left", false)]
    public void Segmenter_SplitsCliticsAsUdMultiwordTokens(string text, string expected, bool hasClitic)
    {
        Assert.Equal(expected.Split('|'), Tokens(text));
        var doc = Segment(text);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            bool clitic = (doc.Tokens[i].Flags & TokenFlags.Clitic) != 0;
            bool attached = i > 0 && doc.Tokens[i - 1].End == doc.Tokens[i].Start && char.IsLetter(doc.Text[doc.Tokens[i - 1].End - 1]);
            if (clitic) Assert.True(attached, $"clitic '{doc[i].Text}' is not attached to a word");
        }
        Assert.Equal(hasClitic, HasClitic(doc));
    }

    private static bool HasClitic(Document doc)
    {
        foreach (var t in doc.Tokens) if ((t.Flags & TokenFlags.Clitic) != 0) return true;
        return false;
    }

    [Theory]
    [InlineData("Wait... what?! No -- never :)", "Wait|...|what|?!|No|--|never|:)")]
    [InlineData("It ended…", "It|ended|…")]
    public void Segmenter_KeepsEllipsesDashRunsAndEmoticonsTogether(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Segmenter_SplitsAfterAbbreviationOnlyWhenSentenceOpenerFollows()
    {
        Assert.Equal(["He works for Acme Inc. The firm grew."[..22], "The firm grew."],
            Sentences("He works for Acme Inc. The firm grew."));
        Assert.Single(Sentences("He works for Acme Inc. in Ohio."));
        Assert.Single(Sentences("He met Gen. Smith."));
        Assert.Single(Sentences("Officials in the U.S. Senate agreed."));
        // The abbreviation's period splits off when it ends the sentence (UD: "etc" + ".").
        Assert.Equal(["He", "bought", "pens", ",", "ink", ",", "etc", ".", "Then", "he", "left", "."],
            Tokens("He bought pens, ink, etc. Then he left."));
    }

    [Fact]
    public void Segmenter_EndsSentencesAfterTerminalsAndClosingQuotes()
    {
        Assert.Equal(["He said \"no.\"", "Then he left!", "Why?"], Sentences("He said \"no.\" Then he left! Why?"));
        Assert.Single(Sentences("\"Why?\" he asked."));
        Assert.Single(Sentences("It costs 3.5 dollars (about 1,000 yen)."));
        Assert.Equal(["(It rained.)", "We stayed."], Sentences("(It rained.) We stayed."));
    }

    [Fact]
    public void Segmenter_AlwaysEndsSentenceAtParagraphBreakAndMarksParagraphStart()
    {
        var doc = Segment("Breaking news\n\nThe minister resigned on Monday\n\n\"We are sad,\" she said.");
        Assert.Equal(3, doc.SentenceCount);
        Assert.Equal("Breaking news", doc.GetSentence(0).Text);
        Assert.Equal("The minister resigned on Monday", doc.GetSentence(1).Text);
        int starts = 0;
        foreach (var t in doc.Tokens) if ((t.Flags & TokenFlags.ParagraphStart) != 0) starts++;
        Assert.Equal(3, starts);
        Assert.NotEqual(TokenFlags.None, doc.Tokens[0].Flags & TokenFlags.ParagraphStart);
        Assert.Equal(TokenFlags.None, doc.Tokens[1].Flags & TokenFlags.ParagraphStart);
    }

    [Fact]
    public void Segmenter_EndsSentenceAtSingleLineBreakOnlyBeforeCapital()
    {
        Assert.Equal(2, Segment("Headline here\nThe story starts.").SentenceCount);
        Assert.Equal(1, Segment("The story goes on,\nand on.").SentenceCount);
    }

    [Fact]
    public void Segmenter_SetsSpaceAfterPunctAndDigitFlags()
    {
        var doc = Segment("Rates hit 5%, then fell.");
        // Rates hit 5 % , then fell .
        Assert.Equal(["Rates", "hit", "5", "%", ",", "then", "fell", "."], Tokens("Rates hit 5%, then fell."));
        Assert.NotEqual(TokenFlags.None, doc.Tokens[0].Flags & TokenFlags.SpaceAfter);
        Assert.Equal(TokenFlags.None, doc.Tokens[2].Flags & TokenFlags.SpaceAfter);
        Assert.NotEqual(TokenFlags.None, doc.Tokens[2].Flags & TokenFlags.HasDigit);
        Assert.NotEqual(TokenFlags.None, doc.Tokens[4].Flags & TokenFlags.Punct);
        Assert.Equal(TokenFlags.None, doc.Tokens[5].Flags & TokenFlags.Punct);
        Assert.Equal(TokenFlags.None, doc.Tokens[7].Flags & TokenFlags.SpaceAfter);
    }

    [Fact]
    public void Segmenter_OnMessyUnicode_GivesValidOffsetsCoveringEveryVisibleCharacter()
    {
        string text = "Price\u00A0€5 to\u200Bday 👍🏽 and 👨‍👩‍👧 ok.\n\nمرحبا بالعالم. Cafe\u0301 na\u0308ive \u202Eevil\u202C\uFEFF" +
                      "𝒜𝒷𝒸 x\u200Dy ‘’ \uD800 lone\uDC00 end";
        var doc = Segment(text);
        var covered = new bool[text.Length];
        int last = 0;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            var t = doc.Tokens[i];
            Assert.True(t.Start >= last && t.End > t.Start && t.End <= text.Length, $"bad offsets at token {i}");
            Assert.True(t.Sentence >= 0, $"token {i} is in no sentence");
            for (int k = t.Start; k < t.End; k++) covered[k] = true;
            last = t.End;
        }
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            bool space = char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u2060';
            if (!space) Assert.True(covered[k], $"character U+{(int)c:X4} at {k} is in no token");
        }
        // Surrogate pairs are never cut in half.
        foreach (var t in doc.Tokens)
        {
            Assert.False(char.IsLowSurrogate(text[t.Start]) && t.Start > 0 && char.IsHighSurrogate(text[t.Start - 1]));
        }
        Assert.Contains("Cafe\u0301", Tokens(text));
        Assert.Contains("👨‍👩‍👧", Tokens(text));
    }

    [Fact]
    public void Segmenter_OnEmptyOrBlankText_MakesNoTokens()
    {
        Assert.Equal(0, Segment("").TokenCount);
        Assert.Equal(0, Segment(" \n\n\t ").SentenceCount);
    }

    [Fact]
    public void Segmenter_RunTwice_GivesSameTokens()
    {
        var doc = Segment("One. Two.");
        int count = doc.TokenCount;
        Segmenter.Default.Process(doc);
        Assert.Equal(count, doc.TokenCount);
        Assert.Equal(2, doc.SentenceCount);
    }

    [Fact]
    public void Segmenter_DeclaresItsLayers()
    {
        Assert.Equal("segment", Segmenter.Default.Name);
        Assert.Equal(Dyad.Pipeline.Layers.Text, Segmenter.Default.Reads);
        Assert.Equal(Dyad.Pipeline.Layers.Tokens | Dyad.Pipeline.Layers.Sentences, Segmenter.Default.Writes);
    }
}
