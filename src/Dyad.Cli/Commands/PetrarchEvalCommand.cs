using System.CommandLine;
using Dyad.Evaluation;
using Dyad.Events.Petrarch;
using Dyad.Pipeline;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval petrarch FILE</c>: PETRARCH-compatible coding of a PETRARCH validation file.</summary>
internal static class PetrarchEvalCommand
{
    public static void Add(Command eval)
    {
        var file = new Argument<string>("file") { Description = "A PETRARCH validation file (<Sentence> records with <EventCoding>, <Text> and a UD <Parse>)." };
        var dictionaries = new Option<string?>("--dictionaries")
        {
            Description = "Folder holding the dictionaries the file's <Environment> names (default: ../dictionaries beside the file, or the sub-folder of it that holds the verb file).",
        };
        var parse = new Option<string>("--parse") { Description = "record: code over the UD parse each record carries; ours: re-segment, tag and parse the text with the shipped models.", DefaultValueFactory = _ => "record" };
        parse.AcceptOnlyFromAmong("record", "ours");
        var json = new Option<bool>("--json") { Description = "End with one JSON line {\"records\",\"expected\",\"found\",\"extra\"}." };
        var verbs = new Option<string?>("--verbs") { Description = "Use this verb dictionary instead of the one the file names (a name in the dictionaries folder, or a path)." };
        var actors = new Option<string?>("--actors") { Description = "Use these actor dictionaries (comma-separated) instead of those the file names." };
        var agents = new Option<string?>("--agents") { Description = "Use this agent dictionary instead of the one the file names." };
        var ontology = new Option<string?>("--ontology") { Description = "Use this internal coding ontology (negation) instead of the one the file names." };
        var all = new Option<bool>("--all") { Description = "List every record, not only those with a miss or an extra." };
        var compare = new Option<string?>("--compare") { Description = "Another validation file with some of the same sentences (a later revision): count the expected codings it contradicts." };
        var command = new Command("petrarch", "PETRARCH compatibility: code a PETRARCH validation file with its dictionaries; expected codings found, missed, extra per record and in total.")
        {
            file, dictionaries, parse, json, all, verbs, actors, agents, ontology, compare,
        };
        command.SetAction(r =>
        {
            string path = r.GetValue(file)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"no such file: {path}"); return ExitCodes.Fatal; }
            var validation = PetrarchValidationFile.Read(path);
            var named = PetrarchDictionaryFiles.FromEnvironment(validation);
            // An override that names an existing file is a path (made absolute, so it does not get read as a name inside
            // the dictionaries folder); anything else is a file name in that folder.
            static string? Given(string? value) => value != null && File.Exists(value) ? Path.GetFullPath(value) : value;
            string? verbFile = Given(r.GetValue(verbs)) ?? named?.Verbs;
            var files = verbFile == null ? null : new PetrarchDictionaryFiles(
                verbFile,
                r.GetValue(actors)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => Given(a)!).ToArray() ?? named?.Actors ?? [],
                Given(r.GetValue(agents)) ?? named?.Agents ?? "",
                named?.Discards,
                Given(r.GetValue(ontology)) ?? named?.Ontology);
            if (files == null || files.Actors.Count == 0 || files.Agents.Length == 0)
            {
                Console.Error.WriteLine("the file's <Environment> names no verb, actor or agent dictionary; give --verbs, --actors and --agents");
                return ExitCodes.Fatal;
            }
            string? dir = r.GetValue(dictionaries) ?? FindDictionaries(path, validation.VerbFile ?? verbFile);
            if (dir == null || !File.Exists(Path.Combine(dir, files.Verbs)))
            {
                Console.Error.WriteLine($"cannot find the verb dictionary {files.Verbs}; give --dictionaries DIR");
                return ExitCodes.Fatal;
            }
            bool ours = r.GetValue(parse) == "ours";
            IReadOnlyList<IStage> stages = ours
                ? DyadPipeline.Create(new PipelineOptions { Until = "parse" }).Stages.Where(s => s.Name != "segment").ToArray()
                : [];
            string? other = r.GetValue(compare);
            if (other != null && !File.Exists(other)) { Console.Error.WriteLine($"no such file: {other}"); return ExitCodes.Fatal; }
            var report = PetrarchEvaluation.Run(path, dir, ours, stages, files, other);
            Console.WriteLine(report.Format(r.GetValue(all)));
            if (r.GetValue(json)) Console.WriteLine(report.JsonLine());
            return ExitCodes.Ok;
        });
        eval.Subcommands.Add(command);
    }

    private static string? FindDictionaries(string file, string? verbFile)
    {
        if (verbFile == null) return null;
        string root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "..", "dictionaries");
        if (!Directory.Exists(root)) return null;
        if (File.Exists(Path.Combine(root, verbFile))) return root;
        foreach (var sub in Directory.GetDirectories(root))
            if (File.Exists(Path.Combine(sub, verbFile))) return sub;
        return null;
    }
}
