using System.CommandLine;
using Dyad.Actors.Knowledge;
using Dyad.Documents.Entities;
using Dyad.Documents.Models;
using Dyad.Documents.Parsing;
using Dyad.Documents.Tagging;
using Dyad.Evaluation;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad train</c>, <c>dyad models</c>, <c>dyad build-knowledge</c> and the linguistic evaluations.</summary>
internal static class ModelCommands
{
    private static Option<string> Data() => new("--data") { Description = "The outside data folder.", DefaultValueFactory = _ => "../shared/data" };

    public static Command Train()
    {
        var train = new Command("train", "Train a model with the settings of the shipped one (data, seed, iterations); scores go into the model's metadata.");
        foreach (var kind in new[] { "tagger", "parser", "ner" })
        {
            var data = Data();
            var output = new Option<string>("--output", "-o") { Description = "Where to write the model.", DefaultValueFactory = _ => $"models/{kind}.dyad" };
            var cmd = new Command(kind, $"Train the {kind} model.") { data, output };
            var fold = new Option<int>("--dev-fold") { Description = "ner only: hold out this quarter of UNER EWT dev (0-3; 0 is the shipped recipe's) to measure a change on all four." };
            var orgFeatures = new Option<bool?>("--org-features") { Description = "ner only: the capitalised-run features and the actor knowledge's organisations in the gazetteer, or not (default: the shipped recipe's, on; see NerTrainingOptions.OrgFeatures)." };
            var clusters = new Option<bool?>("--clusters") { Description = "tagger and ner: word classes of knowledge/clusters.tsv.br as features or not (default: the shipped recipe's; see TaggerTrainingOptions.Clusters, NerTrainingOptions.Clusters)." };
            var evidence = new Option<bool>("--document-evidence") { Description = "ner only: what the model said about earlier mentions of a word in the document as features (see NerTrainingOptions.DocumentEvidence)." };
            if (kind == "ner") { cmd.Options.Add(fold); cmd.Options.Add(orgFeatures); cmd.Options.Add(clusters); cmd.Options.Add(evidence); }
            var twoPass = new Option<bool?>("--two-pass") { Description = "tagger only: train the second pass or not (default: the shipped recipe's)." };
            var knownMin = new Option<int?>("--known-min") { Description = "tagger only: a word seen this often never gets a class it never had in training (0: off; default: the shipped recipe's)." };
            var ownClass = new Option<bool?>("--known-own-class") { Description = "tagger only: a known word is its own word class (default: the shipped recipe's)." };
            var margin = new Option<float?>("--margin") { Description = "tagger only: the second pass's margin (default: chosen on EWT dev)." };
            var beam = new Option<int?>("--beam") { Description = "parser only: beam width; wider than 1 trains a global structured perceptron that parses with that beam (default: the shipped recipe's, 1: greedy; the beam model measured in models/README.md: --beam 8 --iterations 14; see ParserTrainingOptions.BeamWidth)." };
            var beamUpdate = new Option<BeamUpdate?>("--beam-update") { Description = "parser only, with --beam: MaxViolation (default) or Early." };
            var iterations = new Option<int?>("--iterations") { Description = "parser only: passes over the training data (default: the shipped recipe's)." };
            var hashBits = new Option<int?>("--hash-bits") { Description = "parser and ner: the feature table has 2^N rows (default: the shipped recipe's; see ParserTrainingOptions.HashBits, NerTrainingOptions.HashBits)." };
            var labelHashBits = new Option<int?>("--label-hash-bits") { Description = "parser only: the label table has 2^N rows (default: the shipped recipe's)." };
            if (kind == "parser") { cmd.Options.Add(beam); cmd.Options.Add(beamUpdate); cmd.Options.Add(iterations); cmd.Options.Add(hashBits); cmd.Options.Add(labelHashBits); }
            if (kind == "ner") cmd.Options.Add(hashBits);
            var seed = new Option<int?>("--seed") { Description = "parser and ner: the seed of shuffling and exploration (default: the shipped recipe's, 1), to see how much a score moves with it." };
            if (kind is "parser" or "ner") cmd.Options.Add(seed);
            if (kind == "tagger") { cmd.Options.Add(twoPass); cmd.Options.Add(clusters); cmd.Options.Add(knownMin); cmd.Options.Add(ownClass); cmd.Options.Add(margin); }
            cmd.SetAction(r =>
            {
                string d = r.GetValue(data)!, o = r.GetValue(output)!;
                Action<string> log = m => Console.Error.WriteLine($"train {kind}: {m}");
                switch (kind)
                {
                    case "tagger":
                        var t = TrainingRecipes.Tagger(d, o, log);
                        if (r.GetValue(twoPass) is { } tp) t = t with { TwoPass = tp };
                        if (r.GetValue(clusters) is { } cl) t = t with { Clusters = cl ? WordClusters.Default : null };
                        if (r.GetValue(knownMin) is { } km) t = t with { KnownWordMinCount = km };
                        if (r.GetValue(ownClass) is { } oc) t = t with { KnownWordsOwnClass = oc };
                        if (r.GetValue(margin) is { } m) t = t with { SecondPassMargin = m };
                        TaggerTraining.Train(t);
                        break;
                    case "parser":
                        var p = TrainingRecipes.Parser(d, o, log);
                        if (r.GetValue(beam) is { } k) p = p with { BeamWidth = k };
                        if (r.GetValue(beamUpdate) is { } u) p = p with { BeamUpdate = u };
                        if (r.GetValue(iterations) is { } its) p = p with { Iterations = its };
                        if (r.GetValue(hashBits) is { } hb) p = p with { HashBits = hb };
                        if (r.GetValue(labelHashBits) is { } lb) p = p with { LabelHashBits = lb };
                        if (r.GetValue(seed) is { } ps) p = p with { Seed = ps };
                        Parser.Train(p);
                        break;
                    default:
                        var recipe = TrainingRecipes.Ner(d, o, log) with { DevHoldoutOffset = r.GetValue(fold) };
                        if (r.GetValue(clusters) is false) recipe = recipe with { Clusters = null };
                        if (r.GetValue(evidence)) recipe = recipe with { DocumentEvidence = true };
                        if (r.GetValue(hashBits) is { } nb) recipe = recipe with { HashBits = nb };
                        if (r.GetValue(seed) is { } ns) recipe = recipe with { Seed = ns };
                        if (r.GetValue(orgFeatures) is false) recipe = recipe with { OrgFeatures = false, Gazetteer = recipe.Gazetteer with { ActorKnowledge = false } };
                        EntityRecognizer.Train(recipe);
                        break;
                }
                Console.WriteLine($"wrote {o}");
                return ExitCodes.Ok;
            });
            train.Subcommands.Add(cmd);
        }
        return train;
    }

    public static Command Models()
    {
        var cmd = new Command("models", "List the shipped models with their training data, seed and measured scores, and the engine fingerprint stored with each annotated article.");
        cmd.SetAction(_ =>
        {
            string engine = EngineFingerprint.Current;
            Console.WriteLine($"engine {engine}  (annotation version {EngineFingerprint.AnnotationVersion}, models and embedded knowledge hashed in {EngineFingerprint.ComputeTime.TotalMilliseconds:F0} ms, {EngineFingerprint.ComputeCpuTime.TotalMilliseconds:F0} ms CPU)");
            foreach (var name in new[] { "tagger.dyad", "parser.dyad", "ner.dyad" })
            {
                string path = ModelFile.Locate(name);
                var (kind, version, metadata) = ModelFile.ReadHeader(path);
                Console.WriteLine($"{name}  ({new FileInfo(path).Length / 1e6:F1} MB, {kind} format v{version})");
                Console.WriteLine("  " + metadata.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Replace("\n", "\n  "));
            }
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command BuildKnowledge()
    {
        var data = Data();
        var output = new Option<string>("--output", "-o") { Description = "The knowledge folder (must hold hand/).", DefaultValueFactory = _ => "knowledge" };
        var cmd = new Command("build-knowledge", "Rebuild the ontology and actor knowledge files from the outside fact sources and the hand-written files in knowledge/hand/.") { data, output };
        cmd.SetAction(r =>
        {
            Console.WriteLine(KnowledgeBuilder.Build(r.GetValue(data)!, r.GetValue(output)!));
            Console.Error.WriteLine("rebuild Dyad (./dyad does it on its next run) to embed the new files");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    public static Command BuildClusters()
    {
        var data = Data();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the table.", DefaultValueFactory = _ => "knowledge/" + WordClusters.FileName };
        var cmd = new Command("build-clusters", "Rebuild the word-cluster table (knowledge/clusters.tsv.br) from unlabeled text in the data folder.") { data, output };
        cmd.SetAction(r =>
        {
            Console.WriteLine(WordClusterBuilder.Build(new WordClusterOptions
            {
                DataFolder = r.GetValue(data)!,
                OutputPath = r.GetValue(output)!,
                Log = m => Console.Error.WriteLine($"build-clusters: {m}"),
            }));
            Console.Error.WriteLine("rebuild Dyad (./dyad does it on its next run) to embed the new file, then retrain the tagger and the parser");
            return ExitCodes.Ok;
        });
        return cmd;
    }

    /// <summary>Adds <c>eval conllu</c> and <c>eval ner</c> to the eval command.</summary>
    public static void AddEvaluations(Command eval)
    {
        var file = new Argument<string>("file") { Description = "A UD CoNLL-U file." };
        var raw = new Option<bool>("--raw") { Description = "Start from the raw text (our segmentation) instead of the gold tokens; scores are F1 over aligned words." };
        var beamWidth = new Option<int?>("--beam") { Description = "Parse with this beam width instead of the model's (1: greedy), to measure it." };
        var documents = new Option<string?>("--documents") { Description = "Score only the sentences whose sent_id starts with this (GUM_news_: GUM's news documents); not with --raw." };
        var conllu = new Command("conllu", "Tagging, lemmas and parsing against a CoNLL-U file: UPOS, XPOS, lemma, UAS, LAS.") { file, raw, beamWidth, documents };
        conllu.SetAction(r =>
        {
            var pipeline = DyadPipeline.Create(new PipelineOptions { Until = "parse" });
            var stages = pipeline.Stages.Where(s => s.Name != "segment").ToArray();
            if (r.GetValue(beamWidth) is { } width)
                for (int i = 0; i < stages.Length; i++)
                    if (stages[i] is Parser parser) stages[i] = parser.WithBeam(width);
            if (r.GetValue(documents) is { } prefix)
            {
                var kept = Conllu.ReadFile(r.GetValue(file)!).Where(s => s.SentId != null && s.SentId.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                Console.WriteLine(ConlluEvaluation.Run(Path.GetFileName(r.GetValue(file)!) + "[" + prefix + "]", kept, stages));
                return ExitCodes.Ok;
            }
            Console.WriteLine(r.GetValue(raw)
                ? ConlluEvaluation.RunRaw(r.GetValue(file)!, stages).ToString()
                : ConlluEvaluation.Run(r.GetValue(file)!, stages).ToString());
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(conllu);

        var iob = new Argument<string>("file") { Description = "An IOB2 file (UNER format: index, token, tag; or CoNLL 'token TAG'), or a GUM CoNLL-U file (.conllu) whose person, organization and place entities give the names, as for training." };
        var gumPrefix = new Option<string[]>("--gum-prefix") { Description = "With a GUM CoNLL-U file: score only the documents whose id starts with this (repeatable; e.g. GUM_news_).", AllowMultipleArgumentsPerToken = true };
        var every = new Option<int>("--every") { Description = "Score only every n-th 40-sentence document, from the first (4 on UNER EWT dev: the quarter training holds out)." };
        var errors = new Option<string?>("--errors") { Description = "Write missed and spurious entities with their sentences to this file." };
        var offset = new Option<int>("--offset") { Description = "With --every: score the documents whose index modulo it is this (the fold `dyad train ner --dev-fold` held out)." };
        var agree = new Option<bool?>("--document-consistency") { Description = "Turn the recogniser's document-consistency pass (a lone capitalised word the document labels elsewhere as a one-word name takes its type; on by default) off (false) or on (true), to measure it." };
        var ner = new Command("ner", "Named entities against an IOB2 file: entity-level precision, recall and F1 per type.") { iob, every, errors, offset, agree, gumPrefix };
        ner.SetAction(r =>
        {
            string? errorPath = r.GetValue(errors);
            using var writer = errorPath != null ? new StreamWriter(errorPath) : null;
            var model = EntityRecognizer.Default;
            if (r.GetValue(agree) is bool on) model = model.WithDocumentConsistency(on);
            Console.WriteLine(NerEvaluation.Run(r.GetValue(iob)!, model, r.GetValue(every), writer, r.GetValue(offset), r.GetValue(gumPrefix)));
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(ner);
    }
}
