using System.CommandLine;
using System.Text.Json;
using Dyad.Output;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad process</c>: the pipeline without a store; one JSON object (or TSV token lines) per article on stdout.</summary>
internal static class ProcessCommand
{
    public static Command Build()
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format") { Description = "jsonl (one object per article) or tsv (one line per token).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "tsv");
        var noTokens = new Option<bool>("--no-tokens") { Description = "Leave the token lists out of the JSON (sentences keep their offsets)." };
        var cmd = new Command("process", "Process news files and print every annotation as JSON Lines; nothing is stored.") { paths, format, noTokens };
        CommonOptions.AddPipelineOptions(cmd);
        cmd.SetAction(r =>
        {
            var pipeline = DyadPipeline.Create(CommonOptions.PipelineOptionsFrom(r));
            bool tsv = r.GetValue(format) == "tsv";
            bool tokens = !r.GetValue(noTokens);
            int problems = 0, articles = 0;
            using var stdout = Console.OpenStandardOutput();
            using var text = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), 1 << 16);
            using var json = new Utf8JsonWriter(stdout, DocumentJson.WriterOptions);
            if (tsv) text.WriteLine(DocumentTsv.Header);
            foreach (var item in pipeline.Run(r.GetValue(paths)!))
            {
                if (item.Problem is { } p)
                {
                    problems++;
                    Console.Error.WriteLine(p);
                    continue;
                }
                var doc = item.Document!;
                articles++;
                foreach (var dp in doc.Problems) { problems++; Console.Error.WriteLine(dp); }
                if (tsv) DocumentTsv.Write(text, doc);
                else
                {
                    DocumentJson.Write(json, doc, tokens);
                    json.Flush();
                    json.Reset();
                    stdout.WriteByte((byte)'\n');
                }
            }
            text.Flush();
            Console.Error.WriteLine($"{articles} articles, {problems} problems");
            return problems == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return cmd;
    }
}
