using Dyad.Events;
using Dyad.Ontology;

namespace Dyad.Tests.Events;

/// <summary>The shipped pattern lexicon (knowledge/events.tsv).</summary>
public sealed class EventLexiconTests
{
    [Fact]
    public void Lexicon_CoversEveryCameoRoot()
    {
        var roots = EventLexicon.Default.All.Where(p => p.Kind is PatternKind.Verb or PatternKind.Noun).Select(p => p.Cameo![..2]).ToHashSet();
        for (int r = 1; r <= 20; r++) Assert.Contains(r.ToString("D2"), roots);
    }

    [Fact]
    public void Lexicon_EveryChainClassHasFamilies()
    {
        var lex = EventLexicon.Default;
        foreach (var chain in lex.All.Where(p => p.Kind == PatternKind.Chain && p.Class is not ("future" or "same" or "negate")))
            Assert.True(lex.Family(chain.Class!, "04") is not null || lex.Family(chain.Class!, "19") is not null, chain.Id);
    }

    [Fact]
    public void Lexicon_RejectsAnUnknownCodeAndADuplicateId_NamingTheLine()
    {
        var bad = "v:a\tV\tattack\t-\tobj\t999\tx\n";
        var e = Assert.Throws<InvalidDataException>(() => EventLexicon.Read(new StringReader(bad), Cameo.Ontology));
        Assert.Contains("line 1", e.Message);
        var twice = "v:a\tV\tattack\t-\tobj\t190\tx\nv:a\tV\thit\t-\tobj\t190\tx\n";
        Assert.Contains("used twice", Assert.Throws<InvalidDataException>(() => EventLexicon.Read(new StringReader(twice), Cameo.Ontology)).Message);
    }

    [Theory]
    [InlineData("free", "freed")]
    [InlineData("ban", "banned")]
    [InlineData("deny", "denied")]
    [InlineData("attack", "attacking")]
    [InlineData("push", "pushes")]
    public void Inflections_GiveRegularForms(string verb, string form) => Assert.Contains(form, EventLexicon.Inflections(verb));
}
