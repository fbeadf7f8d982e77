using System.Text;
using Dyad.Actors.Petrarch;

namespace Dyad.Events.Petrarch;

/// <summary>The file names of a dictionary set, as a validation file's <c>&lt;Environment&gt;</c> block gives them.</summary>
/// <param name="Verbs">Verb dictionary.</param>
/// <param name="Actors">Actor dictionaries, in order.</param>
/// <param name="Agents">Agent dictionary.</param>
/// <param name="Discards">Discard list, or null.</param>
/// <param name="Ontology">Internal coding ontology (negation), or null.</param>
public sealed record PetrarchDictionaryFiles(string Verbs, IReadOnlyList<string> Actors, string Agents, string? Discards, string? Ontology)
{
    /// <summary>The files a validation file names; null when it names no verb, actor or agent file.</summary>
    public static PetrarchDictionaryFiles? FromEnvironment(PetrarchValidationFile file) =>
        file.VerbFile == null || file.AgentFile == null || file.ActorFiles.Count == 0
            ? null
            : new PetrarchDictionaryFiles(file.VerbFile, file.ActorFiles, file.AgentFile, file.DiscardFile, file.OntologyFile);
}

/// <summary>
/// The dictionaries a PETRARCH coding run uses: one verb dictionary, one or more actor dictionaries, an agent
/// dictionary and an optional discard list, with the phrase tables the coder matches tokens against.
/// </summary>
public sealed class PetrarchDictionarySet
{
    /// <summary>The verb dictionary.</summary>
    public PetrarchVerbDictionary Verbs { get; }

    /// <summary>The actor dictionaries, in the order given (an earlier file wins a phrase both hold).</summary>
    public IReadOnlyList<PetrarchActorDictionary> Actors { get; }

    /// <summary>The agent dictionary.</summary>
    public PetrarchAgentDictionary Agents { get; }

    /// <summary>The discard list, or null.</summary>
    public PetrarchDiscards? Discards { get; }

    /// <summary>The internal coding ontology (negation of codes), or null.</summary>
    public PetrarchCodingOntology? Ontology { get; }

    internal PhraseTable Phrases { get; }

    internal VerbIndex VerbIndex { get; }

    /// <summary>Builds a set from dictionaries already read. <paramref name="wholeWordActorPhrases"/> holds the actor
    /// phrase keys written with a final <c>_</c> (matched as whole words; others match their last word as a stem).</summary>
    public PetrarchDictionarySet(PetrarchVerbDictionary verbs, IReadOnlyList<PetrarchActorDictionary> actors,
        PetrarchAgentDictionary agents, PetrarchDiscards? discards, PetrarchCodingOntology? ontology = null,
        IReadOnlySet<string>? wholeWordActorPhrases = null)
    {
        Ontology = ontology;
        Verbs = verbs;
        Actors = actors;
        Agents = agents;
        Discards = discards;
        Phrases = new PhraseTable(actors, agents, wholeWordActorPhrases ?? new HashSet<string>());
        VerbIndex = new VerbIndex(verbs);
    }

    /// <summary>Reads the named files from <paramref name="directory"/>.</summary>
    public static PetrarchDictionarySet Load(string directory, string verbFile, IReadOnlyList<string> actorFiles, string agentFile,
        string? discardFile, string? ontologyFile = null)
    {
        var actors = new List<PetrarchActorDictionary>();
        var whole = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in actorFiles)
        {
            string path = Path.Combine(directory, f);
            actors.Add(PetrarchActorDictionary.Read(path));
            CollectWholeWordPhrases(path, whole);
        }
        return new PetrarchDictionarySet(
            PetrarchVerbDictionary.Read(Path.Combine(directory, verbFile)),
            actors,
            PetrarchAgentDictionary.Read(Path.Combine(directory, agentFile)),
            discardFile == null ? null : PetrarchDiscards.Read(Path.Combine(directory, discardFile)),
            ontologyFile == null ? null : PetrarchCodingOntology.Read(Path.Combine(directory, ontologyFile)),
            whole);
    }

    /// <summary>Reads the files <paramref name="files"/> names from <paramref name="directory"/> (absolute names as given).</summary>
    public static PetrarchDictionarySet Load(string directory, PetrarchDictionaryFiles files) =>
        Load(directory, files.Verbs, files.Actors, files.Agents, files.Discards, files.Ontology);

    /// <summary>Phrases (roots and synonyms) written with a final <c>_</c>: the actor reader drops that mark, so it is
    /// collected here from the raw lines.</summary>
    private static void CollectWholeWordPhrases(string path, HashSet<string> whole)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        foreach (var (_, _, content) in PetrarchText.ContentLines(reader, semicolonComments: true))
        {
            string line = content.Trim();
            int bracket = line.IndexOf('[');
            string phrase = (bracket >= 0 ? line[..bracket] : line).Trim();
            if (phrase.StartsWith('+')) phrase = phrase[1..].Trim();
            if (phrase.EndsWith('_')) whole.Add(PetrarchText.Key(phrase));
        }
    }
}
