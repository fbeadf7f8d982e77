using Dyad.Articles;
using Dyad.Pipeline;

namespace Dyad.Tests.Actors;

/// <summary>Users bring PETRARCH/Phoenix dictionaries and the actors stage uses them alongside Dyad's own knowledge.</summary>
public sealed class PetrarchDictionaryActorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dyad-petr-" + Guid.NewGuid().ToString("N"));

    public PetrarchDictionaryActorTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Dyad.Documents.Document Annotate(DyadPipeline p, string text) =>
        p.Annotate(new Article { Id = "t", Text = text, Language = "en" });

    [Fact]
    public void ActorsStage_UsesAnActorDictionaryGivenBesideItsOwn()
    {
        // An invented party and leader, in PETRARCH's actor format: ROOT_ [CODE], +SYNONYM_, a dated code.
        string actors = Path.Combine(_dir, "my.actors.txt");
        File.WriteAllText(actors, "ZORBLAX_PARTY_ [XYZOPP]\n+ZORBLAXIANS_\nQUENTIN_MARLOWE_\n [XYZGOV 20200101-20291231]\n");
        var plain = DyadPipeline.Create(new PipelineOptions { Until = "actors", IdentifyLanguage = false });
        var withDictionary = DyadPipeline.Create(new PipelineOptions { Until = "actors", IdentifyLanguage = false, ActorDictionaries = [actors], ReferenceDate = new DateOnly(2024, 3, 27) });
        const string text = "The Zorblax Party criticised Israel on Monday.";

        Assert.DoesNotContain(Annotate(plain, text).Actors, a => a.Code == "XYZOPP");
        var doc = Annotate(withDictionary, text);
        doc.ReferenceDate = new DateOnly(2024, 3, 27);
        Assert.Contains(doc.Actors, a => a.Code == "XYZOPP" && a.Rule.Contains("my.actors.txt"));
        // Dyad's own knowledge still works beside it.
        Assert.Contains(doc.Actors, a => a.Code == "ISR");
    }

    [Fact]
    public void ActorsStage_RefusesAFileThatIsNoActorDictionary()
    {
        string notDictionary = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(notDictionary, "just some words\nand more words\n");
        Assert.Throws<InvalidDataException>(() => DyadPipeline.Create(new PipelineOptions { Until = "actors", ActorDictionaries = [notDictionary] }));
    }
}
