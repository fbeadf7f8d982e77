using System.CommandLine;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval ...</c>: measurements against outside gold data. Each prints a table of scores.</summary>
internal static class EvalCommand
{
    public static Command Build()
    {
        var eval = new Command("eval", "Measure accuracy against gold data.");

        var dir = new Argument<string>("dir") { Description = "The ScrapingHub article-extraction benchmark folder (html/*.html.gz and ground-truth.json)." };
        var extract = new Command("extract", "HTML main-text extraction: token precision/recall/F1 as the ScrapingHub benchmark defines it, and ms per page.") { dir };
        extract.SetAction(r => { Console.WriteLine(ExtractionEvaluation.Run(r.GetValue(dir)!)); return ExitCodes.Ok; });
        eval.Subcommands.Add(extract);

        var file = new Argument<string>("file") { Description = "A UD CoNLL-U file; its raw text is rebuilt from the '# text' lines." };
        var segment = new Command("segment", "Sentence splitting and tokenization from raw text: sentence, token and word F1 against the CoNLL-U gold.") { file };
        segment.SetAction(r => { Console.WriteLine(SegmentationEvaluation.Run(r.GetValue(file)!)); return ExitCodes.Ok; });
        eval.Subcommands.Add(segment);

        var langDir = new Argument<string>("dir") { Description = "The Lingua test-data folder (sentences/, single-words/, word-pairs/)." };
        var mode = new Option<string>("--mode") { Description = "Lingua mode(s) to measure on sentences, word pairs and words: low (the one Dyad uses), high, or both.", DefaultValueFactory = _ => "low" };
        mode.AcceptOnlyFromAmong("low", "high", "both");
        var language = new Command("language", "Language identification: accuracy per language on sentences, word pairs and words, load time, memory, speed; and accuracy on paragraphs with the function-word fast path.") { langDir, mode };
        language.SetAction(r =>
        {
            string dir = r.GetValue(langDir)!;
            var reports = r.GetValue(mode) switch
            {
                "high" => [LanguageEvaluation.RunMode(dir, lowAccuracy: false)],
                "both" => LanguageEvaluation.Run(dir),
                _ => (IReadOnlyList<LanguageModeReport>)[LanguageEvaluation.RunMode(dir, lowAccuracy: true)],
            };
            Console.WriteLine(LanguageEvaluation.Format(reports));
            Console.WriteLine();
            Console.WriteLine("Paragraphs of " + LanguageParagraphEvaluation.SentencesPerParagraph + " sentences (the identifier Dyad uses):");
            Console.WriteLine(LanguageParagraphEvaluation.Run(dir, Dyad.Articles.LanguageIdentifier.Shared));
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(language);

        ModelCommands.AddEvaluations(eval);
        PetrarchEvalCommand.Add(eval);
        return eval;
    }
}
