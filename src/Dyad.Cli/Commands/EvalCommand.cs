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

        var eventsDir = new Argument<string>("dir") { Description = "The ConfliBERT CAMEO folder (cameo_class.train.tsv, cameo_ner.train.txt).", DefaultValueFactory = _ => "../shared/data/conflibert-cameo" };
        var misses = new Option<string?>("--misses") { Description = "Write each misclassified sentence (gold, predicted, code, rule, trigger, text) to this file, and each sentence whose spans differ to FILE.spans." };
        var events = new Command("events", "Event coding: five-way sentence-class accuracy with a confusion table, and source/target span P/R/F1.") { eventsDir, misses };
        events.SetAction(r =>
        {
            string d = r.GetValue(eventsDir)!;
            using (var missWriter = r.GetValue(misses) is { } m ? new StreamWriter(m) : null)
                Console.WriteLine(EventEvaluation.RunClasses(d, missWriter));
            try
            {
                using var spanMisses = r.GetValue(misses) is { } m ? new StreamWriter(m + ".spans") : null;
                Console.WriteLine("source/target spans of each sentence's main event (exact token match; overlap-F1 counts any shared token):");
                foreach (var score in EventEvaluation.RunSpans(d, spanMisses)) Console.WriteLine(score);
            }
            catch (NotSupportedException e) { Console.WriteLine("spans: not measured: " + e.Message); }
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(events);
        var quoteDir = new Argument<string>("dir") { Description = "The PolNeAR data folder (train/ and dev/, each with text/ and attributions/).", DefaultValueFactory = _ => "../shared/data/quotes-polnear" };
        var split = new Option<string>("--split") { Description = "The split to score (tune on train, report on dev).", DefaultValueFactory = _ => "dev" };
        var errors = new Option<int>("--errors") { Description = "Also print up to this many wrong speaker attributions, then missed direct quotes.", DefaultValueFactory = _ => 0 };
        var quotes = new Command("quotes", "Quotes and speakers: precision/recall/F1 of speaker attribution (direct quotes, all attributions) and of content detection against PolNeAR.") { quoteDir, split, errors };
        quotes.SetAction(r =>
        {
            var report = QuoteEvaluation.Run(r.GetValue(quoteDir)!, r.GetValue(split)!);
            Console.WriteLine(report);
            foreach (var e in report.Errors.Concat(report.Misses).Take(r.GetValue(errors)))
                Console.WriteLine($"{e.Article}\t{e.Kind}\t{e.Rule}\t{e.Speaker}\tgold: {e.GoldSpeaker ?? "(no overlapping gold)"}\t{e.Content.ReplaceLineEndings(" ")}");
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(quotes);

        ModelCommands.AddEvaluations(eval);
        eval.Subcommands.Add(ActorEvalCommand.Build());
        PlaceCommands.AddEvaluation(eval);
        PetrarchEvalCommand.Add(eval);
        return eval;
    }
}
