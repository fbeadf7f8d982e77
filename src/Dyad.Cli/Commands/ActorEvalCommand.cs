using System.CommandLine;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval actors [FILE]</c>: actor spans against the CAMEO source/target spans.</summary>
internal static class ActorEvalCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("file")
        {
            Description = "A CoNLL-style 'token label' file with B-/I-S, B-/I-T and B-/I-R spans.",
            DefaultValueFactory = _ => ActorEvaluation.DefaultFile,
        };
        var sample = new Option<int>("--sample") { Description = "Gold spans to print for checking by hand.", DefaultValueFactory = _ => ActorEvaluation.DefaultSampleSize };
        var seed = new Option<int>("--seed") { Description = "Seed of the sample.", DefaultValueFactory = _ => ActorEvaluation.DefaultSeed };
        var speed = new Option<string?>("--speed") { Description = "Instead: time the actors stage against the pipeline before it (to ner) on the articles of this folder or file, one thread." };
        var cmd = new Command("actors", "Actor mentions against source/target spans: recall and precision by head, and a seeded sample for a hand check of the codes.") { file, sample, seed, speed };
        cmd.SetAction(r =>
        {
            if (r.GetValue(speed) is { } corpus)
            {
                Console.WriteLine(ActorEvaluation.MeasureSpeed([corpus]));
                return ExitCodes.Ok;
            }
            Console.WriteLine(ActorEvaluation.Run(r.GetValue(file)!, r.GetValue(sample), r.GetValue(seed)));
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
