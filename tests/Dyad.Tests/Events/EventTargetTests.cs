using Dyad.Evaluation;
using Dyad.Events;

namespace Dyad.Tests.Events;

/// <summary>Which party an event is aimed at, and the target phrase a human coder would mark for it (the ConfliBERT
/// convention the span evaluation scores), on sentences written for these tests.</summary>
public sealed class EventTargetTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private Dyad.Documents.Document Coded(string text, params (string Phrase, string Code)[] actors)
    {
        var doc = EventTestDocs.Parse(text, new DateOnly(2024, 3, 27));
        foreach (var (phrase, code) in actors) doc.Actor(phrase, code);
        doc.Code();
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    /// <summary>The target phrases of the sentence's main event, in text order, joined by " | ".</summary>
    private string TargetPhrases(Dyad.Documents.Document doc)
    {
        var main = EventEvaluation.MainEvent(doc.Events);
        Assert.NotNull(main);
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, main, 1, spans);
        var text = string.Join(" | ", spans.OrderBy(s => s.Item1).Select(s => doc.Text[doc.Tokens[s.Item1].Start..doc.Tokens[s.Item2 - 1].End]));
        output.WriteLine("target phrase: " + text);
        return text;
    }

    [Fact]
    public void RejectedAccusationsByAParty_IsAimedAtTheAccuser()
    {
        var doc = Coded("Egypt rejected accusations by Sudan that it had armed the rebels.", ("Egypt", "EGY"), ("Sudan", "SDN"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "016");
        Assert.Equal("EGY>SDN 016", doc.Show(e)[..11]);
        Assert.Equal("Sudan", TargetPhrases(doc));
    }

    [Fact]
    public void ProvidedAPartyWithGoods_IsAimedAtTheParty()
    {
        var doc = Coded("Japan provided Kenya with vaccines and medical equipment.", ("Japan", "JPN"), ("Kenya", "KEN"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("JPN>KEN 070", doc.Show(e)[..11]);
    }

    [Fact]
    public void ConcernForSomething_MarksWhatItIsFor()
    {
        var doc = Coded("Ghana expressed concern for the safety of its fishermen.", ("Ghana", "GHA"));
        Assert.Equal("the safety of its fishermen", TargetPhrases(doc));
    }

    [Fact]
    public void OptimismAtSomething_MarksWhatItIsAbout()
    {
        var doc = Coded("Chile expressed optimism at the new fisheries accord.", ("Chile", "CHL"));
        Assert.Equal("the new fisheries accord", TargetPhrases(doc));
    }

    [Fact]
    public void ARelativeClause_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Belarus freed a blogger who had been jailed for two years.", ("Belarus", "BLR"));
        Assert.Equal("a blogger", TargetPhrases(doc));
    }

    [Fact]
    public void WhatAPartyIsAccusedOf_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Amnesty accused the Sudanese army of widespread abuses in the west.", ("Amnesty", "NGO"), ("Sudanese army", "SDNMIL"));
        Assert.Equal("the Sudanese army", TargetPhrases(doc));
    }

    [Fact]
    public void ASuspensionOfAidToAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Norway announced a suspension of aid to Mali.", ("Norway", "NOR"), ("Mali", "MLI"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "162");
        Assert.Equal("NOR>MLI 162", doc.Show(e)[..11]);
    }

    [Fact]
    public void LiftingABlockadeOfAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Kuwait lifted its blockade of Iraq.", ("Kuwait", "KWT"), ("Iraq", "IRQ"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("KWT>IRQ 085", doc.Show(e)[..11]);
    }

    [Fact]
    public void AnInvestigationAgainstSomeone_MarksWhomItIsAgainst()
    {
        var doc = Coded("Prosecutors in Lyon opened investigations against three banks.", ("Prosecutors", "FRAJUD"));
        Assert.Equal("three banks", TargetPhrases(doc));
    }

    [Fact]
    public void RefusingToRemoveABanOnAParty_IsAimedAtTheParty()
    {
        var doc = Coded("Ghana refused to remove the ban on Togolese traders.", ("Ghana", "GHA"), ("Togolese traders", "TGOBUS"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("GHA>TGOBUS 124", doc.Show(e)[..14]);
    }

    [Fact]
    public void AtLeast_BelongsToTheTargetPhrase()
    {
        var doc = Coded("After weeks of talks the kidnappers freed at least twelve oil workers.", ("kidnappers", "CRM"));
        Assert.Equal("at least twelve oil workers", TargetPhrases(doc));
    }

    [Fact]
    public void TheFirstPartOfAHyphenatedModifier_BelongsToTheTargetPhrase()
    {
        var doc = Coded("The militants surrendered to the US-backed forces on Friday.", ("militants", "INS"));
        Assert.Equal("the US-backed forces", TargetPhrases(doc));
    }

    [Fact]
    public void TheEvidenceGivesTheTargetPhrase_AndKeepsTheActorMention()
    {
        var doc = Coded("Belarus freed a Lithuanian blogger who had been jailed for two years.", ("Belarus", "BLR"), ("Lithuanian blogger", "LTUMED"));
        var e = Assert.Single(doc.Events);
        var m = doc.Actors[e.Target];
        Assert.Equal("Lithuanian blogger", doc.Text[doc.Tokens[m.FirstToken].Start..doc.Tokens[m.FirstToken + m.TokenCount - 1].End]);
        var (first, end) = ArgumentPhrases.Of(doc, e, 1);
        Assert.Equal("a Lithuanian blogger", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);
        (first, end) = ArgumentPhrases.Of(doc, e, 0);
        Assert.Equal("Belarus", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);

        using var stream = new MemoryStream();
        using (var w = new System.Text.Json.Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            Dyad.Output.EventJson.Write(w, doc);
            w.WriteEndObject();
        }
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        var ev = json.RootElement.GetProperty("events")[0];
        Assert.Equal("Lithuanian blogger", ev.GetProperty("target").GetProperty("text").GetString());
        var phrase = ev.GetProperty("evidence").GetProperty("target_phrase");
        Assert.Equal("a Lithuanian blogger", phrase.GetProperty("text").GetString());
        Assert.Equal(doc.Text.IndexOf("a Lithuanian", StringComparison.Ordinal), phrase.GetProperty("start").GetInt32());
    }

    [Fact]
    public void StormingABuilding_IsForceAimedAtTheBuilding()
    {
        var doc = Coded("The rebels stormed a police station on Monday.", ("rebels", "REB"));
        var e = Assert.Single(doc.Events);
        Assert.Equal("190", e.Cameo);
        Assert.Equal("a police station", TargetPhrases(doc));
    }

    [Fact]
    public void WhereAPartyIsSent_IsNoPartOfTheTargetPhrase()
    {
        var doc = Coded("Spain has deported 40 migrants to Morocco.", ("Spain", "ESP"), ("migrants", "REF"), ("Morocco", "MAR"));
        Assert.Equal("40 migrants", TargetPhrases(doc));
    }

    [Fact]
    public void APrepositionBeforeTheTarget_IsNoPartOfItsPhrase()
    {
        // The parse a tuning sentence got: "to" hung on the number inside the phrase, the phrase a second object.
        var doc = EventTestDocs.Parse("Sweden has opened its borders to nearly two million Syrian refugees since the war began.", new DateOnly(2024, 3, 27));
        int to = Index(doc, "to"), million = Index(doc, "million"), refugees = Index(doc, "refugees");
        doc.Annotate(to).Head = million;
        doc.Annotate(refugees).Deprel = Dyad.Documents.Labels.Deprel.Intern("obj");
        doc.Actor("Sweden", "SWE").Actor("Syrian refugees", "SYRREF").Code();
        output.WriteLine(doc.ShowAll());
        Assert.Equal("nearly two million Syrian refugees", TargetPhrases(doc));
    }

    /// <summary>The whole pipeline (real actors, places and dates) over one sentence.</summary>
    private Dyad.Documents.Document Run(string text)
    {
        var doc = EventTestDocs.Run(text, new DateOnly(2024, 3, 27));
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    [Fact]
    public void APlaceTheParseHungOnADate_CanStillBeTheTarget()
    {
        // "in northern Mali" under "Sunday": a date is never the target, but the search goes on below it.
        var doc = Run("The junta declared a unilateral truce on Sunday in northern Mali.");
        var e = Assert.Single(doc.Events, e => e.Cameo.StartsWith("087", StringComparison.Ordinal));
        Assert.True(e.Target >= 0);
        Assert.Equal("MLI", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void ForceInATown_IsAimedAtTheTown_AMeetingThereIsNot()
    {
        var doc = Run("Gunmen carried out two attacks in Mogadishu.");
        var e = Assert.Single(doc.Events, e => e.Cameo[..2] is "18" or "19");
        Assert.True(e.Target >= 0);
        Assert.Equal("SOM", doc.Actors[e.Target].Country);
        doc = Run("The two foreign ministers met in Mogadishu.");
        Assert.DoesNotContain(doc.Events, e => e.Target >= 0 && doc.Actors[e.Target].Country == "SOM");
    }

    [Fact]
    public void APassiveSubjectBesideTheSubjectOfAnActiveVerb_IsPartOfTheSource()
    {
        // The parse two tuning sentences got: the title a passive subject of the verb, the name its subject, no passive
        // auxiliary ("Defense Minister Sergey Shoigu has defended ...").
        var doc = EventTestDocs.Parse("Defence Minister Ben Wallace has praised the Estonian army.", new DateOnly(2024, 3, 27));
        int verb = Index(doc, "praised");
        doc.Annotate(Index(doc, "Defence")).Head = verb;
        doc.Annotate(Index(doc, "Defence")).Deprel = Dyad.Documents.Labels.Deprel.Intern("nsubj:pass");
        doc.Annotate(Index(doc, "Minister")).Head = Index(doc, "Defence");
        doc.Annotate(Index(doc, "Minister")).Deprel = Dyad.Documents.Labels.Deprel.Intern("flat");
        doc.Annotate(Index(doc, "Ben")).Head = verb;
        doc.Annotate(Index(doc, "Ben")).Deprel = Dyad.Documents.Labels.Deprel.Intern("nsubj");
        doc.Actor("Ben Wallace", "GBRGOV").Actor("Estonian army", "ESTMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events);
        Assert.Equal("GBRGOV>ESTMIL", doc.Show(e)[..13]);
        var (first, end) = ArgumentPhrases.Of(doc, e, 0);
        Assert.Equal("Defence Minister Ben Wallace", doc.Text[doc.Tokens[first].Start..doc.Tokens[end - 1].End]);
    }

    [Fact]
    public void PartiesThatBreakAPactBetweenThem_EachBreakItTowardsTheOther()
    {
        var doc = Coded("Armenia and Azerbaijan violated the truce agreement again on Sunday.", ("Armenia", "ARM"), ("Azerbaijan", "AZE"));
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("ARM>AZE 128", StringComparison.Ordinal));
        Assert.Contains(doc.Events, e => doc.Show(e).StartsWith("AZE>ARM 128", StringComparison.Ordinal));
        Assert.Equal("Armenia and Azerbaijan", TargetPhrases(doc));
        // One party breaking it has no target in the pact.
        var one = Coded("Armenia violated the truce agreement again on Sunday.", ("Armenia", "ARM"));
        Assert.All(one.Events, e => Assert.Equal(-1, e.Target));
    }

    [Fact]
    public void APredicatesClause_HasThePredicatesSubject()
    {
        var doc = Coded("Armenia and Azerbaijan were both guilty of violating the truce.", ("Armenia", "ARM"), ("Azerbaijan", "AZE"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "128" && e.Source >= 0 && doc.Actors[e.Source].Code == "ARM");
        Assert.Equal("AZE", doc.Actors[e.Target].Code);
    }

    [Fact]
    public void WhatAPartyDeclinesToCommentOn_IsNoTarget_UnlessItIsAParty()
    {
        var doc = Coded("The Kenyan ministry declined to comment on the new tax law.", ("Kenyan ministry", "KENGOV"));
        var e = Assert.Single(doc.Events, e => e.Cameo == "011");
        Assert.Equal(-1, e.TargetToken);
        var party = Coded("The Kenyan ministry declined to comment on Uganda.", ("Kenyan ministry", "KENGOV"), ("Uganda", "UGA"));
        e = Assert.Single(party.Events, e => e.Cameo == "011");
        Assert.Equal("UGA", party.Actors[e.Target].Code);
    }

    [Fact]
    public void AThreatToActParsedAsAPurposeClause_IsStillAThreatAimedAtItsObject()
    {
        // The parse two tuning sentences got: the to-infinitive an adverbial clause of "threatened", not its xcomp.
        var doc = EventTestDocs.Parse("The militia threatened to shell the Kenyan border posts.", new DateOnly(2024, 3, 27));
        int shell = Index(doc, "shell");
        doc.Annotate(shell).Head = Index(doc, "threatened");
        doc.Annotate(shell).Deprel = Dyad.Documents.Labels.Deprel.Intern("advcl");
        doc.Annotate(Index(doc, "to")).Head = shell;
        doc.Annotate(Index(doc, "to")).Deprel = Dyad.Documents.Labels.Deprel.Intern("mark");
        doc.Actor("militia", "SOMREB").Actor("Kenyan border posts", "KENMIL").Code();
        output.WriteLine(doc.ShowAll());
        var e = Assert.Single(doc.Events);
        Assert.Equal("SOMREB>KENMIL 13", doc.Show(e)[..16]);
        Assert.Equal("the Kenyan border posts", TargetPhrases(doc));
    }

    private static int Index(Dyad.Documents.Document doc, string word)
    {
        for (int i = 0; i < doc.Tokens.Length; i++)
            if (doc.Text[doc.Tokens[i].Start..doc.Tokens[i].End] == word) return i;
        throw new InvalidOperationException(word);
    }
}
