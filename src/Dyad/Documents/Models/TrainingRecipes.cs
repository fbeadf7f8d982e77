using Dyad.Documents.Entities;
using Dyad.Documents.Parsing;
using Dyad.Documents.Tagging;

namespace Dyad.Documents.Models;

/// <summary>
/// The exact training settings of each shipped model, from the outside data folder (<c>../shared/data</c>),
/// so that <c>dyad train KIND</c> remakes the shipped file. The evaluation files are only scored into the
/// model's metadata, never trained on.
/// </summary>
public static class TrainingRecipes
{
    private static string P(string data, string relative) => Path.Combine(data, relative);

    /// <summary>The tagger + lemmatizer: UD EWT train and the CC BY GUM train documents, tuned on EWT dev.</summary>
    public static TaggerTrainingOptions Tagger(string data, string output, Action<string>? log) => new()
    {
        TrainFiles = [new(P(data, "ud-english-ewt/en_ewt-ud-train.conllu")), new(P(data, "ud-english-gum/en_gum-ud-train.conllu"), TaggerTraining.GumCcByDocumentPrefixes)],
        DevFile = P(data, "ud-english-ewt/en_ewt-ud-dev.conllu"),
        TestFiles = [new(P(data, "ud-english-ewt/en_ewt-ud-test.conllu")), new(P(data, "ud-english-gum/en_gum-ud-test.conllu")), new(P(data, "ud-english-gum/en_gum-ud-test.conllu"), ["GUM_news_"])],
        Iterations = 8,
        Seed = 1,
        OutputPath = output,
        Log = log,
    };

    /// <summary>The dependency parser: the tagger's training data with jackknifed predicted tags, tuned on EWT dev (the settings live with the parser).</summary>
    public static ParserTrainingOptions Parser(string data, string output, Action<string>? log) => ParserTrainingOptions.Shipped(data, output, log);

    /// <summary>
    /// The named-entity recogniser: CC BY GUM entities and WikiGold, three rounds of self-training on EWT train, tuned on UNER
    /// EWT dev; word classes and capitalised-run features, with the actor knowledge's organisations in the gazetteer.
    /// </summary>
    public static NerTrainingOptions Ner(string data, string output, Action<string>? log) => new()
    {
        GumFiles = [P(data, "ud-english-gum/en_gum-ud-train.conllu"), P(data, "ud-english-gum/en_gum-ud-dev.conllu")],
        IobFiles = [P(data, "ner-wikigold/wikigold.conll.txt")],
        SilverConlluFiles = [P(data, "ud-english-ewt/en_ewt-ud-train.conllu")],
        SelfTrainingRounds = 3,
        DevFile = P(data, "ner-uner-english/en_ewt-ud-dev.iob2"),
        DevHoldoutEvery = 4,
        TestFiles = [P(data, "ner-uner-english/en_ewt-ud-test.iob2"), P(data, "ner-uner-english/en_pud-ud-test.iob2"), P(data, "ud-english-gum/en_gum-ud-test.conllu")],
        Gazetteer = new(P(data, "geonames"), P(data, "country-metadata"), P(data, "petrarch/dictionaries")) { ActorKnowledge = true },
        Clusters = WordClusters.Default ?? throw new InvalidOperationException($"this build embeds no knowledge/{WordClusters.FileName}"),
        OrgFeatures = true,
        Iterations = 8,
        Seed = 1,
        OutputPath = output,
        Log = log,
    };
}
