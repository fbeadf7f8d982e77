using System.CommandLine;
using Dyad.Pipeline;
using Dyad.Sources;

namespace Dyad.Cli;

/// <summary>Options shared by several commands, declared once.</summary>
internal static class CommonOptions
{
    public const string DefaultDb = "dyad-data/dyad.duckdb";

    /// <summary>The demo's own store, made afresh on every run so that it always shows what this build finds.</summary>
    public const string DemoDb = "dyad-data/demo.duckdb";

    public static Option<string> Db() => new("--db")
    {
        Description = "The store file (embedded DuckDB).",
        DefaultValueFactory = _ => DefaultDb,
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, folders (recursive), .gz files, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<long> MaxBytes = new("--max-bytes")
    {
        Description = "Largest input (after decompression) in bytes; larger inputs are reported as DY104.",
        DefaultValueFactory = _ => Limits.Default.MaxBytes,
    };

    public static readonly Option<int> MaxChars = new("--max-chars")
    {
        Description = "Longest article text in characters; longer articles are reported as DY110.",
        DefaultValueFactory = _ => Limits.Default.MaxChars,
    };

    public static readonly Option<int> MinChars = new("--min-chars")
    {
        Description = "Shortest body in characters that counts as an article (DY105 below).",
        DefaultValueFactory = _ => Limits.Default.MinChars,
    };

    public static readonly Option<double> MaxSeconds = new("--max-seconds")
    {
        Description = "Time allowed per article through the pipeline (DY108 beyond; checked between stages).",
        DefaultValueFactory = _ => Limits.Default.MaxTime.TotalSeconds,
    };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Inputs processed in parallel (default: one per core).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static readonly Option<bool> NoLanguageId = new("--no-langid")
    {
        Description = "Do not identify the language of articles that do not declare one.",
    };

    public static readonly Option<string?> Until = new("--until")
    {
        Description = "Run the stages up to and including this one (" + string.Join(", ", Dyad.Pipeline.DyadPipeline.StageNames) + "); default: all.",
    };

    public static readonly Option<DateOnly?> Date = new("--date")
    {
        Description = "The date (yyyy-MM-dd) articles without a publication date speak from: actor codes and relative dates resolve against it.",
    };

    public static readonly Option<string[]> ActorDictionaries = new("--actor-dictionary")
    {
        Description = "A PETRARCH/Phoenix actor dictionary to use alongside Dyad's actor knowledge (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static readonly Option<string[]> AgentDictionaries = new("--agent-dictionary")
    {
        Description = "A PETRARCH/Phoenix agent dictionary to use alongside Dyad's agents (repeatable).",
    };

    public static void AddPipelineOptions(Command c)
    {
        AddAnnotationOptions(c);
        c.Options.Add(Until);
        c.Options.Add(MaxBytes);
        c.Options.Add(MaxChars);
        c.Options.Add(MinChars);
    }

    /// <summary>Articles per transaction of a command that writes to the store.</summary>
    public static Option<int> BatchSize(int defaultSize) =>
        new("--batch-size") { Description = "Articles per transaction.", DefaultValueFactory = _ => defaultSize };

    /// <summary>Seconds between progress lines of a long command.</summary>
    public static Option<double> ProgressEvery() =>
        new("--progress-every") { Description = "Seconds between progress lines when stderr is not a terminal; 0 prints one after every batch.", DefaultValueFactory = _ => 5 };

    /// <summary>The options of a pipeline that annotates stored articles (no input limits: the articles are read already).</summary>
    public static void AddAnnotationOptions(Command c)
    {
        c.Options.Add(Date);
        c.Options.Add(ActorDictionaries);
        c.Options.Add(AgentDictionaries);
        c.Options.Add(MaxSeconds);
        c.Options.Add(Jobs);
        c.Options.Add(NoLanguageId);
    }

    /// <summary>The pipeline options of a command given <see cref="AddAnnotationOptions"/>.</summary>
    public static PipelineOptions AnnotationOptionsFrom(ParseResult r) => new()
    {
        Limits = Limits.Default with { MaxTime = TimeSpan.FromSeconds(r.GetValue(MaxSeconds)) },
        Parallelism = Math.Max(1, r.GetValue(Jobs)),
        IdentifyLanguage = !r.GetValue(NoLanguageId),
        ReferenceDate = r.GetValue(Date),
        ActorDictionaries = r.GetValue(ActorDictionaries) ?? [],
        AgentDictionaries = r.GetValue(AgentDictionaries) ?? [],
    };

    /// <summary>The annotation options, with the input limits and the last stage of a pipeline that reads files.</summary>
    public static PipelineOptions PipelineOptionsFrom(ParseResult r)
    {
        var o = AnnotationOptionsFrom(r);
        return o with
        {
            Limits = o.Limits with { MaxBytes = r.GetValue(MaxBytes), MaxChars = r.GetValue(MaxChars), MinChars = r.GetValue(MinChars) },
            Until = r.GetValue(Until),
        };
    }
}
