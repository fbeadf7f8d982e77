using Dyad.Actors.Knowledge;
using Dyad.Tests.Support;
using Xunit;

namespace Dyad.Tests.Actors;

public class ActorKnowledgeTests
{
    private static readonly DateOnly SeedDate = new(2024, 3, 27);

    [Theory]
    [InlineData("Netanyahu", "ISRGOV")]
    [InlineData("Benjamin Netanyahu", "ISRGOV")]
    [InlineData("White House", "USAGOV")]
    [InlineData("the White House", "USAGOV")]
    [InlineData("Israeli", "ISR")]
    [InlineData("U.N.", "IGOUNO")]
    [InlineData("United Nations", "IGOUNO")]
    [InlineData("Hamas", "PSEREBHMS")]
    [InlineData("Jean-Pierre", "USAGOV")]
    [InlineData("Karine Jean\u2011Pierre", "USAGOV")]
    [InlineData("Matthew Miller", "USAGOV")]
    [InlineData("Yoav Gallant", "ISRGOV")]
    [InlineData("Joe Biden", "USAGOV")]
    [InlineData("Washington", "USAGOV")]
    [InlineData("U.S.", "USA")]
    [InlineData("State Department", "USAGOV")]
    [InlineData("the Pentagon", "USAMIL")]
    [InlineData("Palestinians", "PSE")]
    [InlineData("ISRAEL", "ISR")]
    public void Knowledge_ResolvesTheSeedArticlesMentionsOnItsDate(string phrase, string code) =>
        Assert.Equal(code, ActorKnowledge.Default.ResolveCode(phrase, SeedDate));

    [Fact]
    public void Knowledge_ResolvesByDate()
    {
        var kb = ActorKnowledge.Default;
        Assert.Equal("ISROPP", kb.ResolveCode("Netanyahu", new DateOnly(2022, 1, 1)));
        Assert.Equal("ISRELI", kb.ResolveCode("Netanyahu", new DateOnly(2005, 1, 1)));
        Assert.Equal("USAELI", kb.ResolveCode("Joe Biden", new DateOnly(2019, 1, 1)));
        Assert.Equal("ISRELI", kb.ResolveCode("Yoav Gallant", new DateOnly(2025, 1, 1)));
        Assert.Null(kb.ResolveCode("Karine Jean-Pierre", new DateOnly(2020, 1, 1)));
        Assert.Empty(kb.Lookup("no such actor anywhere"));
    }

    [Fact]
    public void Knowledge_AgentsCarryTildeCodes()
    {
        var kb = ActorKnowledge.Default;
        Assert.Equal("~GOV", kb.ResolveCode("officials", SeedDate));
        Assert.Equal("~MIL", kb.ResolveCode("troops", SeedDate));
        Assert.Equal("~OPP", kb.ResolveCode("protesters", SeedDate));
        Assert.Equal("~CVL", kb.ResolveCode("civilians", SeedDate));
        Assert.True(kb.Count(ActorKind.Agent) > 5000);
        Assert.True(kb.Count(ActorKind.Country) > 1300);
    }

    [Fact]
    public void Knowledge_KeyFoldsCaseQuotesAndLeadingThe()
    {
        Assert.Equal("white house", ActorKnowledge.Key("The  White_House"));
        Assert.Equal("israel's", ActorKnowledge.Key("Israel\u2019s"));
    }

    [DataFact("cameo-ontology/cameo-codes.tsv", "country-metadata/countries.json", "petrarch/dictionaries/Phoenix.agents.txt")]
    public void Builder_TwoBuildsWriteIdenticalFilesEqualToTheShippedOnes()
    {
        string root = Path.Combine(Path.GetTempPath(), "dyad-knowledge-" + Guid.NewGuid().ToString("N"));
        try
        {
            string a = Path.Combine(root, "a"), b = Path.Combine(root, "b");
            foreach (var d in new[] { a, b })
            {
                Directory.CreateDirectory(Path.Combine(d, "hand"));
                foreach (var f in Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "knowledge", "hand")))
                    File.Copy(f, Path.Combine(d, "hand", Path.GetFileName(f)));
            }
            var report = KnowledgeBuilder.Build(SharedData.DataRoot!, a);
            KnowledgeBuilder.Build(SharedData.DataRoot!, b);
            Assert.Equal(312, report.CameoCodes);
            Assert.Equal(256, report.PloverMappings);
            foreach (var name in report.FilesWritten)
            {
                byte[] first = File.ReadAllBytes(Path.Combine(a, name));
                Assert.Equal(first, File.ReadAllBytes(Path.Combine(b, name)));
                Assert.Equal(first, File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, "knowledge", name)));
            }
            var kb = ActorKnowledge.Load(a);
            Assert.Equal("ISRGOV", kb.ResolveCode("Netanyahu", SeedDate));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void PhoenixPersons_OpenRolesEndAtTheDictionarysHorizon_TitledAliasesAreLeftOut_AndNewerRolesCarryOverToAliases()
    {
        const string dict = """
            VLADIMIR_PUTIN_
            +VLADIMIR_V._PUTIN
            +PRESIDENT_VLADIMIR_PUTIN_
            +PUTIN_
            	[RUSGOV 080508-120101]
            	[RUSGOV >120507]
            JOHN_KERRY_
            	[USAGOV >130201]
            RUSSIA_
            	[RUS]
            """;
        var phoenix = Dyad.Actors.Petrarch.PetrarchActorDictionary.Read(new StringReader(dict));
        var newer = new Dictionary<string, List<ActorEntry>>(StringComparer.Ordinal)
        {
            ["vladimir putin"] = [new ActorEntry("Vladimir Putin", "RUSGOV", new DateOnly(2012, 1, 1), null, ActorKind.Person, "President of Russia", "wikidata")],
        };
        var rows = KnowledgeBuilder.PersonsFromPhoenix(phoenix, new DateOnly(2014, 1, 30), new HashSet<string>(StringComparer.Ordinal) { "president" }, newer)
            .Select(l => ActorKnowledge.ParseLine(l, ActorKind.Person)!).ToList();

        Assert.DoesNotContain(rows, r => r.Phrase.StartsWith("President", StringComparison.Ordinal)); // the recognizer joins titles itself
        Assert.DoesNotContain(rows, r => r.Phrase == "Putin");                                         // one word: surnames go through full names
        Assert.DoesNotContain(rows, r => r.Phrase == "Russia");                                        // a country, not a person
        Assert.Contains(rows, r => r.Phrase == "Vladimir Putin" && r.Code == "RUSGOV" && r.From == new DateOnly(2012, 5, 7) && r.To == new DateOnly(2014, 1, 30));
        // Kerry's open role is cut at the horizon; after it he is one of the country's elites.
        Assert.Contains(rows, r => r.Phrase == "John Kerry" && r.Code == "USAGOV" && r.To == new DateOnly(2014, 1, 30));
        Assert.Contains(rows, r => r.Phrase == "John Kerry" && r.Code == "USAELI" && !r.IsDated);
        // The alias takes the newer source's role of the record's other name.
        var alias = rows.Where(r => r.Phrase == "Vladimir V. Putin").ToList();
        Assert.Equal("RUSGOV", ActorKnowledge.Resolve(alias, new DateOnly(2016, 6, 1))?.Code);
    }
}
