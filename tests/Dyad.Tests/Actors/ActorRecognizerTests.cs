using Dyad.Actors;
using Dyad.Actors.Knowledge;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Tests.Support;

namespace Dyad.Tests.Actors;

public sealed class ActorRecognizerTests
{
    private static readonly DateOnly SeedDate = new(2024, 3, 27);

    private static readonly Lazy<Document> Seed = new(() =>
        DyadPipeline.Create(new PipelineOptions { ReferenceDate = SeedDate })
            .Run([Path.Combine(SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt")]).Single().Document!);

    private static Document Annotate(string text, DateOnly? date = null) =>
        DyadPipeline.Create(new PipelineOptions { ReferenceDate = date, IdentifyLanguage = false })
            .Annotate(new Article { Id = "t", Text = text, Language = "en" });

    private static string TextOf(Document doc, ActorMention m) =>
        doc.Text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.FirstToken + m.TokenCount - 1].End];

    private static List<ActorMention> Find(Document doc, string text) => doc.Actors.Where(m => TextOf(doc, m) == text).ToList();

    [Theory]
    [InlineData("Prime Minister Benjamin Netanyahu", "ISRGOV")]
    [InlineData("Netanyahu", "ISRGOV")]
    [InlineData("White House spokesperson Karine Jean-Pierre", "USAGOV")]
    [InlineData("she", "USAGOV")]
    [InlineData("White House", "USAGOV")]
    [InlineData("Washington", "USAGOV")]
    [InlineData("Israel", "ISR")]
    [InlineData("U.S.", "USA")]
    [InlineData("United States", "USA")]
    [InlineData("Hamas", "PSEREBHMS")]
    [InlineData("Palestinian militant group Hamas", "PSEREBHMS")]
    [InlineData("United Nations", "IGOUNO")]
    [InlineData("U.N.", "IGOUNO")]
    [InlineData("President Joe Biden", "USAGOV")]
    [InlineData("Biden", "USAGOV")]
    [InlineData("Israeli officials", "ISRGOV")]
    [InlineData("senior U.S. officials", "USAGOV")]
    [InlineData("Palestinian civilians", "PSECVL")]
    [InlineData("State Department spokesperson Matthew Miller", "USAGOV")]
    [InlineData("Biden administration", "USAGOV")]
    [InlineData("Israeli Defense Minister Yoav Gallant", "ISRGOV")]
    [InlineData("Gallant", "ISRGOV")]
    public void SeedArticle_EveryMentionOfTheSpecResolvesOnItsDate(string text, string code)
    {
        var found = Find(Seed.Value, text);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(code, m.Code));
    }

    [Fact]
    public void SeedArticle_GallantCarriesGovernmentAndMilitaryRolesFromHisTitle_AndTheSurnameJoinsHisEntity()
    {
        var doc = Seed.Value;
        var full = Assert.Single(Find(doc, "Israeli Defense Minister Yoav Gallant"));
        Assert.Equal(["GOV", "MIL"], full.Roles);
        Assert.Equal("ISR", full.Country);
        Assert.Equal(MentionKind.Person, full.Kind);
        Assert.Equal("Yoav", doc[full.HeadToken].Text);
        var surname = Assert.Single(Find(doc, "Gallant"));
        Assert.Equal(full.Entity, surname.Entity);
        Assert.Equal("Yoav Gallant", surname.Name);
        Assert.Equal(["GOV", "MIL"], surname.Roles);
        Assert.StartsWith("coref:surname", surname.Rule);
    }

    [Fact]
    public void SeedArticle_SurnamesPronounsAndPluralsShareTheEntityOfWhatTheyReferTo()
    {
        var doc = Seed.Value;
        var netanyahu = Find(doc, "Netanyahu");
        Assert.True(netanyahu.Count >= 5);
        Assert.All(netanyahu, m => Assert.Equal("Benjamin Netanyahu", m.Name));
        Assert.Single(netanyahu.Select(m => m.Entity).Distinct());

        var she = Assert.Single(Find(doc, "she"));
        var kjp = Assert.Single(Find(doc, "White House spokesperson Karine Jean-Pierre"));
        Assert.Equal(MentionKind.Reference, she.Kind);
        Assert.Equal(kjp.Entity, she.Entity);
        Assert.Equal("Karine Jean-Pierre", she.Name);
        Assert.Equal("spokesperson", doc[kjp.HeadToken].Text);

        var governments = Find(doc, "two governments");
        Assert.Equal(["ISR", "USA"], governments.Select(m => m.Country!).Order());
        var it = Assert.Single(Find(doc, "it"));
        Assert.Equal("USAGOV", it.Code);
    }

    [Fact]
    public void SeedArticle_HeadOfSeniorUsOfficialsIsOfficials_AndAgentsUsedAsModifiersAreNoActors()
    {
        var doc = Seed.Value;
        var officials = Assert.Single(Find(doc, "senior U.S. officials"));
        Assert.Equal("officials", doc[officials.HeadToken].Text);
        Assert.Equal(MentionKind.Agent, officials.Kind);
        Assert.Empty(Find(doc, "military"));
        Assert.All(doc.Actors, m => Assert.False(string.IsNullOrEmpty(m.Rule)));
        Assert.All(doc.Actors, m => Assert.NotNull(m.Code));
    }

    [Fact]
    public void Resolution_FollowsTheReferenceDate_AndWithoutOneTakesTheLatestEntryInForce()
    {
        const string text = "Benjamin Netanyahu met the press in Jerusalem.";
        Assert.Equal("ISROPP", Annotate(text, new DateOnly(2022, 1, 1)).Actors[0].Code);
        Assert.Equal("ISRELI", Annotate(text, new DateOnly(2005, 1, 1)).Actors[0].Code);
        var undated = Annotate(text).Actors[0];
        Assert.Equal("ISRGOV", undated.Code);
        Assert.Contains("no date: latest in force", undated.Rule);
    }

    [Fact]
    public void LatestInForce_PrefersAnOpenEndedRoleToTheUndatedDefault()
    {
        var entries = ActorKnowledge.Default.Lookup("Yoav Gallant");
        Assert.Equal("ISRGOV", ActorKnowledge.Resolve(entries, null)?.Code);
        Assert.Equal("ISRELI", ActorKnowledge.Resolve(entries, new DateOnly(2025, 1, 1))?.Code);
        Assert.Equal("USA", ActorKnowledge.Resolve(ActorKnowledge.Default.Lookup("U.S."), null)?.Code);
    }

    [Fact]
    public void Names_MustBeWrittenAsNames_AcronymsInCapitals()
    {
        var doc = Annotate("Let us see who wins, said the WHO official in the US.", SeedDate);
        Assert.Empty(Find(doc, "us"));
        Assert.Empty(Find(doc, "who"));
        Assert.Equal("IGOUNOHLHWHO", Assert.Single(Find(doc, "WHO official")).Code);
        Assert.Equal("USA", Assert.Single(Find(doc, "US")).Code);
    }

    [Fact]
    public void UnknownPeople_AreKeptWithoutCode_OrTakeTheirTitleAndTheSentencesCountry()
    {
        var hunter = Annotate("Hunter Biden appeared in court on Tuesday.", SeedDate);
        var m = Assert.Single(hunter.Actors, a => a.Kind == MentionKind.Person);
        Assert.Null(m.Code);
        Assert.StartsWith("name:first name", m.Rule);
        Assert.Equal("Hunter Biden", m.Name);

        var titled = Annotate("Turkish Foreign Minister Hakan Fidan met reporters in Ankara.", SeedDate);
        var fidan = Assert.Single(titled.Actors, a => a.Kind == MentionKind.Person);
        Assert.Equal("TURGOV", fidan.Code);
    }

    [Fact]
    public void Composition_ReadsPossessivesAndOfPhrases()
    {
        var doc = Annotate("Israel's military struck targets while the government of Lebanon protested.", SeedDate);
        Assert.Equal("ISRMIL", Assert.Single(Find(doc, "Israel's military")).Code);
        Assert.Equal("LBNGOV", Assert.Single(Find(doc, "government")).Code);
    }

    [Fact]
    public void RoleNouns_ReferToThePersonHoldingTheRole()
    {
        var doc = Annotate("Prime Minister Benjamin Netanyahu spoke on Monday. Later the prime minister left for Washington.", SeedDate);
        var role = Assert.Single(Find(doc, "prime minister"));
        Assert.Equal(MentionKind.Reference, role.Kind);
        Assert.Equal("ISRGOV", role.Code);
        Assert.Equal("Benjamin Netanyahu", role.Name);
    }

    [Fact]
    public void RoleNouns_ReferToTheBodyNamedBeforeWithTheSameNoun()
    {
        var doc = Annotate("The Israeli government approved the plan on Sunday. On Monday the government announced new sanctions.", SeedDate);
        var body = Assert.Single(Find(doc, "Israeli government"));
        var role = Assert.Single(Find(doc, "government"));
        Assert.Equal(MentionKind.Reference, role.Kind);
        Assert.Equal("ISRGOV", role.Code);
        Assert.Equal(body.Entity, role.Entity);
    }

    [Fact]
    public void Appositions_GiveAnUnknownNameTheCodeOfItsDescription_AndOneEntity()
    {
        var doc = Annotate("The US Ambassador, Stuart Symington, paid a courtesy visit to the president.", SeedDate);
        var name = Assert.Single(Find(doc, "Stuart Symington"));
        var description = Assert.Single(Find(doc, "US Ambassador"));
        Assert.Equal("USAGOV", name.Code);
        Assert.StartsWith("appos(", name.Rule);
        Assert.Equal(name.Entity, description.Entity);
    }

    [Fact]
    public void LoneSurnames_OfOnePersonTheKnowledgeHolds_ResolveToThatPerson()
    {
        var doc = Annotate("Furious Theresa May gives Putin a midnight deadline.", new DateOnly(2018, 3, 13));
        var putin = Assert.Single(Find(doc, "Putin"));
        Assert.Equal("RUSGOV", putin.Code);
        Assert.Equal("Vladimir Putin", putin.Name);
        Assert.Equal("GBRGOV", Assert.Single(Find(doc, "Theresa May")).Code);
    }

    [Fact]
    public void Stage_IsRegisteredRightAfterNer()
    {
        var names = DyadPipeline.StageNames.ToList();
        Assert.Equal(names.IndexOf("ner") + 1, names.IndexOf("actors"));
    }

    [Fact]
    public void Georgia_IsTheStateWhenTheArticleNamesOtherStates_AndTheCountryOtherwise()
    {
        var us = Annotate("Voters in Alabama and Georgia went to the polls on Tuesday.", new DateOnly(2016, 3, 1));
        Assert.Equal("USA", Assert.Single(Find(us, "Georgia")).Code);
        Assert.Equal("USA", Assert.Single(Find(us, "Alabama")).Code);

        var caucasus = Annotate("Georgia accused Russia of moving troops. Georgian officials in Tbilisi and a delegation from Alabama met.", new DateOnly(2016, 3, 1));
        Assert.Equal("GEO", Assert.Single(Find(caucasus, "Georgia")).Code);

        var alone = Annotate("Georgia accused Russia of moving troops.", new DateOnly(2016, 3, 1));
        Assert.Equal("GEO", Assert.Single(Find(alone, "Georgia")).Code);

        // A campaign article that names states elsewhere, and a sentence about Russia's wars: the country.
        var campaign = Annotate("The candidate praised the Kremlin on Friday. Moscow sent troops into Georgia and Ukraine. "
                                + "He campaigned in Ohio and Florida.", new DateOnly(2016, 9, 10));
        Assert.Equal("GEO", Assert.Single(Find(campaign, "Georgia")).Code);
        var congressman = Annotate("A congressman from Georgia spoke. The candidate campaigned in Ohio and Florida.", new DateOnly(2016, 9, 10));
        Assert.Equal("USA", Assert.Single(Find(congressman, "Georgia")).Code);
    }

    [Fact]
    public void CoordinatedCountries_ShareTheAgentNounAfterThem()
    {
        var doc = Annotate("Armenian and Azerbaijani officials resumed talks. U.S., British and French troops left.", new DateOnly(2024, 3, 22));
        Assert.Equal("ARMGOV", Assert.Single(Find(doc, "Armenian")).Code);
        Assert.Equal("AZEGOV", Assert.Single(Find(doc, "Azerbaijani officials")).Code);
        Assert.Equal("USAMIL", Assert.Single(Find(doc, "U.S.")).Code);
        Assert.Equal("GBRMIL", Assert.Single(Find(doc, "British")).Code);
        Assert.Equal("FRAMIL", Assert.Single(Find(doc, "French troops")).Code);
    }

    [Fact]
    public void SharedDemonym_IsTheSovereignCountrys_OrTheLargerCountrys()
    {
        var doc = Annotate("Dutch diplomats and Dominican officials met.", new DateOnly(2024, 3, 22));
        Assert.Equal("NLD", Assert.Single(Find(doc, "Dutch diplomats")).Country);
        Assert.Equal("DOMGOV", Assert.Single(Find(doc, "Dominican officials")).Code);
    }

    [Fact]
    public void RepeatedSurname_OfAPersonNamedInFull_IsThatPerson_AndTakesTheNextHe()
    {
        var doc = Annotate("President Barack Obama spoke on Thursday. Police killed the gunman, Omar Mateen, 29, a U.S. citizen. "
                           + "Mateen carried out the slaughter although he had been investigated by the FBI.", new DateOnly(2016, 6, 16));
        var he = Assert.Single(doc.Actors, m => TextOf(doc, m) == "he");
        Assert.Null(he.Code);
        int after = doc.Text.IndexOf("Mateen carried", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Actors, m => doc.Tokens[m.FirstToken].Start >= after && m.Code == "USAGOV");
    }

    [Fact]
    public void SheAndHe_SkipAPersonWhoseGivenNameIsOfTheOtherGender()
    {
        var doc = Annotate("President Barack Obama announced the rules on Tuesday. She became a voice for gun control last year.", new DateOnly(2016, 1, 5));
        Assert.DoesNotContain(doc.Actors, m => TextOf(doc, m) == "She" && m.Code is not null);
        var clinton = Annotate("Barack Obama spoke first. Hillary Clinton spoke next, and she praised the rules.", new DateOnly(2016, 1, 5));
        Assert.Equal("Hillary Clinton", Assert.Single(clinton.Actors, m => TextOf(clinton, m) == "she").Name);
        var him = Annotate("Hillary Clinton met Barack Obama, and she thanked him.", new DateOnly(2016, 1, 5));
        Assert.Equal("Barack Obama", Assert.Single(him.Actors, m => TextOf(him, m) == "him").Name);
    }

    [Fact]
    public void AbbreviatedTitles_AfterAState_MakeALawmakerOrAGovernor()
    {
        var doc = Annotate("North Dakota Rep. Kevin Cramer and Vermont Gov. Peter Shumlin endorsed the bill. Sen. Patrick Leahy did not.", new DateOnly(2016, 5, 29));
        Assert.Equal("USALEG", Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Kevin Cramer", StringComparison.Ordinal)).Code);
        Assert.Equal("USAGOV", Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Peter Shumlin", StringComparison.Ordinal)).Code);
        Assert.Contains("LEG", Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Patrick Leahy", StringComparison.Ordinal)).Roles);
    }

    [Fact]
    public void PartyStateTag_MakesAMemberOfCongress()
    {
        var doc = Annotate("Rep. Tom Harlow (R-Ohio) questioned the director, and Lisa Brandt (D-N.Y.) defended him. "
                           + "Maria Costa (France) stayed silent.", new DateOnly(2016, 9, 23));
        Assert.Equal("USALEG", Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Tom Harlow", StringComparison.Ordinal)).Code);
        Assert.Equal("USALEG", Assert.Single(doc.Actors, m => TextOf(doc, m) == "Lisa Brandt").Code);
        Assert.Null(Assert.Single(doc.Actors, m => TextOf(doc, m) == "Maria Costa").Code);
    }

    [Fact]
    public void TitleOfNoCountry_TakesTheArticlesCountry_WhenOneDominates()
    {
        const string us = "American farmers met White House aides in Washington on Monday. ";
        var doc = Annotate(us + "Sen. Tom Harlow praised them, and King Lear Smith, a singer, sang.", new DateOnly(2016, 9, 23));
        Assert.Equal("USALEG", Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Tom Harlow", StringComparison.Ordinal)).Code);
        // A royal title lends no office of the article's country.
        Assert.DoesNotContain(doc.Actors, m => TextOf(doc, m).Contains("Lear", StringComparison.Ordinal) && m.Code is not null);
        // No country holds most of the mentions: the senator stays uncoded.
        var mixed = Annotate("French farmers met German aides and Italian officials in Rome. Sen. Tom Harlow praised them.",
            new DateOnly(2016, 9, 23));
        Assert.Null(Assert.Single(mixed.Actors, m => TextOf(mixed, m).EndsWith("Tom Harlow", StringComparison.Ordinal)).Code);
    }

    [Fact]
    public void SurnameThatIsAPlaceName_IsThePersonTheArticleNamesInFull()
    {
        var doc = Annotate("Rep. Jim Jordan (R-Ohio) spoke on Friday. The deal was strange, Jordan said. "
                           + "On Saturday, his aides flew to Jordan, and Washington officials followed.", new DateOnly(2016, 9, 23));
        var jordans = doc.Actors.Where(m => TextOf(doc, m) == "Jordan").OrderBy(m => m.FirstToken).ToList();
        Assert.Equal(2, jordans.Count);
        Assert.Equal("USALEG", jordans[0].Code);          // "Jordan said": the subject
        Assert.Equal("JOR", jordans[1].Code);             // "flew to Jordan": after a preposition
        Assert.Equal("USAGOV", Assert.Single(doc.Actors, m => TextOf(doc, m) == "Washington officials").Code);
        var noPerson = Annotate("The deal was strange, Jordan said on Friday.", new DateOnly(2016, 9, 23));
        Assert.Equal("JOR", Assert.Single(noPerson.Actors, m => TextOf(noPerson, m) == "Jordan").Code);
    }

    [Fact]
    public void NewJersey_IsAState_NotTheIslandOfJersey()
    {
        var doc = Annotate("The New Jersey governor vetoed the bill.", new DateOnly(2016, 3, 1));
        Assert.Contains(doc.Actors, m => TextOf(doc, m).Contains("New Jersey", StringComparison.Ordinal) && m.Country == "USA");
        Assert.DoesNotContain(doc.Actors, m => m.Country == "JEY");
    }

    [Fact]
    public void NameWithMiddleInitial_ResolvesAsTheKnownFullName_OnTheArticlesDate()
    {
        var doc = Annotate("President Vladimir V. Putin of Russia spoke with reporters.", new DateOnly(2016, 6, 1));
        var putin = Assert.Single(doc.Actors, m => TextOf(doc, m).EndsWith("Putin", StringComparison.Ordinal));
        Assert.Equal("RUSGOV", putin.Code);
    }

    [Fact]
    public void FormalGivenName_WithInitialAndSuffix_ResolvesAsTheFamiliarFormTheKnowledgeHolds()
    {
        // The knowledge holds "Joe Biden"; a paper's house style prints the formal name with initial and suffix.
        var doc = Annotate("Vice President Joseph R. Biden Jr. arrived in Kiev on Monday.", new DateOnly(2015, 12, 7));
        var biden = Assert.Single(doc.Actors, m => TextOf(doc, m).Contains("Biden", StringComparison.Ordinal));
        Assert.Equal("USAGOV", biden.Code);

        // A first name that is no form of the known one names someone else.
        var hunter = Annotate("Hunter Biden arrived in Kiev on Monday.", new DateOnly(2015, 12, 7));
        Assert.DoesNotContain(hunter.Actors, m => m.Code == "USAGOV");
    }

    [Fact]
    public void PresentTitle_GivesItsRole_ToAPersonKnownOnlyByCountry_AFormerTitleDoesNot()
    {
        // Kerry's Phoenix roles end at the dictionary's horizon (2014); in 2016 the title says what he is.
        var now = Annotate("Secretary of State John Kerry met the envoy in Geneva.", new DateOnly(2016, 5, 6));
        Assert.Equal("USAGOV", Assert.Single(Ending(now, "Kerry")).Code);

        var former = Annotate("Former Israeli Prime Minister Ehud Barak said the plan would fail.", new DateOnly(2016, 5, 6));
        var barak = Assert.Single(Ending(former, "Barak"));
        Assert.Equal("ISR", barak.Country);
        Assert.NotEqual("ISRGOV", barak.Code);
        Assert.DoesNotContain("GOV", barak.Roles);

        static IEnumerable<ActorMention> Ending(Document d, string name) => d.Actors.Where(m => TextOf(d, m).EndsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void CapitalisedBodyName_WithoutACountryBeforeIt_IsTheBody_NotTheRole()
    {
        var alone = Annotate("The Department of Defense said it would respond within a week.", new DateOnly(2016, 5, 6));
        Assert.Contains(alone.Actors, m => TextOf(alone, m).Contains("Department of Defense", StringComparison.Ordinal) && m.Code == "USAMIL");

        // With a country before it, the words are that country's department; in lower case, a role.
        var other = Annotate("South Korea's Department of Defense said it would respond.", new DateOnly(2016, 5, 6));
        Assert.DoesNotContain(other.Actors, m => m.Country == "USA");
        var lower = Annotate("Critics said the department of defense was slow.", new DateOnly(2016, 5, 6));
        Assert.DoesNotContain(lower.Actors, m => m.Country == "USA");
    }

    [Fact]
    public void Counterpart_IsAnOfficialOfItsCountry_AndJoinsTheTwoGovernments()
    {
        var doc = Annotate("Chile's foreign minister met his Peruvian counterpart in Lima, and the two governments agreed to reopen talks.", new DateOnly(2024, 3, 26));
        Assert.Contains(doc.Actors, m => TextOf(doc, m).EndsWith("counterpart", StringComparison.Ordinal) && m.Code == "PERGOV");
        var two = doc.Actors.Where(m => TextOf(doc, m).EndsWith("governments", StringComparison.Ordinal)).Select(m => m.Code).ToHashSet();
        Assert.Equal(new HashSet<string?> { "CHLGOV", "PERGOV" }, two);
    }

    [Fact]
    public void LoneSurname_NamesNoOneOutOfOffice_ButTheArticlesOwnFullNameStillLinks()
    {
        // Phoenix holds a Spanish minister of 2003-04 called Rubio; in 2016 a lone "Rubio" is not him.
        var lone = Annotate("Rubio said the plan would fail.", new DateOnly(2016, 3, 1));
        Assert.DoesNotContain(lone.Actors, m => m.Country == "ESP");

        var obama = Annotate("Obama said the plan would fail.", new DateOnly(2016, 3, 1));
        Assert.Equal("USAGOV", Assert.Single(Find(obama, "Obama")).Code);
    }

    [Fact]
    public void StateBodies_FromThePhoenixCountryDictionary_AreCoded_AndTheirAcronymsOnlyInCapitals()
    {
        var doc = Annotate("The FBI and the CIA briefed lawmakers.", new DateOnly(2016, 3, 1));
        Assert.Equal("USACOP", Assert.Single(Find(doc, "FBI")).Code);
        Assert.Equal("USASPY", Assert.Single(Find(doc, "CIA")).Code);
        var lower = Annotate("The fbi of the story briefed lawmakers.", new DateOnly(2016, 3, 1));
        Assert.Empty(Find(lower, "fbi"));
    }
}
