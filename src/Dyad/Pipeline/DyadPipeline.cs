using System.Diagnostics;
using Dyad.Articles;
using Dyad.Diagnostics;
using Dyad.Documents;
using Dyad.Documents.Entities;
using Dyad.Documents.Parsing;
using Dyad.Documents.Segmentation;
using Dyad.Documents.Tagging;
using Dyad.Sources;
using Dyad.Sources.Feeds;
using Dyad.Sources.Html;
using Dyad.Sources.JsonLines;
using Dyad.Sources.Text;

namespace Dyad.Pipeline;

/// <summary>Options of a pipeline run; each is a CLI option.</summary>
public sealed record PipelineOptions
{
    /// <summary>Size and time limits per input and article.</summary>
    public Limits Limits { get; init; } = Limits.Default;

    /// <summary>Identify the language of articles that do not declare one.</summary>
    public bool IdentifyLanguage { get; init; } = true;

    /// <summary>How many inputs are processed at once (default: one per core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The last stage to run (by name, e.g. <c>segment</c>); null runs them all.</summary>
    public string? Until { get; init; }

    /// <summary>The date articles without a publication date speak from (CLI <c>--date</c>); actor codes and
    /// relative dates resolve against it. Null leaves such articles without a reference date.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>PETRARCH / Phoenix actor dictionaries whose phrases the actors stage uses alongside Dyad's own
    /// (CLI <c>--actor-dictionary</c>); empty for Dyad's knowledge alone.</summary>
    public IReadOnlyList<string> ActorDictionaries { get; init; } = [];

    /// <summary>PETRARCH / Phoenix agent dictionaries used alongside Dyad's agents (CLI <c>--agent-dictionary</c>).</summary>
    public IReadOnlyList<string> AgentDictionaries { get; init; } = [];
}

/// <summary>One outcome of a run, in input order: an annotated document, or a problem that kept an input or record out.</summary>
public readonly record struct PipelineItem(Document? Document, Problem? Problem);

/// <summary>
/// The whole path from raw input to annotated documents, assembled in one visible place
/// (<see cref="Create"/>): scan → decode → sniff → read → prepare → stages.
/// </summary>
public sealed class DyadPipeline
{
    /// <summary>Bytes of raw input held in memory at once while a chunk is processed in parallel.</summary>
    private const long ChunkByteBudget = 64L * 1024 * 1024;

    /// <summary>Inputs processed per parallel chunk at most.</summary>
    private const int ChunkMaxItems = 256;

    private readonly PipelineOptions _options;
    private readonly ArticlePreparer _preparer;
    private readonly IArticleReader[] _readers;

    private readonly IReadOnlyList<string[]?> _stageLanguages;

    /// <summary>Stopwatch ticks spent inside each stage, summed over threads; the last slot is whole inputs
    /// (reading, cleaning and every stage).</summary>
    private readonly long[] _stageTicks;

    private DyadPipeline(PipelineOptions options, IReadOnlyList<IStage> stages, IReadOnlyList<string[]?> stageLanguages)
    {
        _options = options;
        Stages = stages;
        _stageLanguages = stageLanguages;
        _stageTicks = new long[stages.Count + 1];
        _preparer = new ArticlePreparer(options.Limits, options.IdentifyLanguage ? LanguageIdentifier.Shared : null);
        var html = new HtmlReader();
        _readers = new IArticleReader[4];
        _readers[(int)InputFormat.Text] = new PlainTextReader();
        _readers[(int)InputFormat.Html] = html;
        _readers[(int)InputFormat.Feed] = new FeedReader();
        _readers[(int)InputFormat.JsonLines] = new JsonLinesReader(html);
        CheckOrder(stages);
    }

    /// <summary>The document stages, in the order they run.</summary>
    public IReadOnlyList<IStage> Stages { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public PipelineOptions Options => _options;

    /// <summary>
    /// The default pipeline. Stages are listed here and nowhere else; later stages (tagger, parser, NER,
    /// actors, events, quotes, places, tone) are added to this list as they are built.
    /// </summary>
    public static DyadPipeline Create(PipelineOptions? options = null)
    {
        options ??= new PipelineOptions();
        if (options.Until is { } until && !StageNames.Contains(until))
            throw new ArgumentException($"no stage is named '{until}'; the stages are: {string.Join(", ", StageNames)}");
        var chosen = new List<IStage>();
        var languages = new List<string[]?>();
        foreach (var (name, stageLanguages, make) in StageFactories)
        {
            var stage = make(options);
            if (stage.Name != name) throw new InvalidOperationException($"stage listed as '{name}' calls itself '{stage.Name}'");
            chosen.Add(stage);
            languages.Add(stageLanguages);
            if (name == options.Until) break;
        }
        return new DyadPipeline(options, chosen, languages);
    }

    /// <summary>Languages of the stages trained on English. Declared before <see cref="StageFactories"/>: static fields initialize in text order.</summary>
    private static readonly string[] English = ["en"];

    /// <summary>
    /// The stages in order, each built (and its model loaded) only when a pipeline uses it, so a run that
    /// stops early never loads the later stages' models.
    /// </summary>
    /// <remarks>A stage with languages runs only on articles in one of them (or of unknown language): the tagger,
    /// parser and NER models are trained on English, and their output on other languages would be noise.</remarks>
    private static readonly (string Name, string[]? Languages, Func<PipelineOptions, IStage> Make)[] StageFactories =
    [
        ("segment", null, _ => Segmenter.Default),
        ("tag", English, _ => Tagger.Default),
        ("parse", English, _ => Parser.Default),
        ("ner", English, _ => EntityRecognizer.Default),
        ("actors", English, o => o.ActorDictionaries.Count + o.AgentDictionaries.Count == 0 ? Actors.Recognition.ActorRecognizer.Default
            : new Actors.Recognition.ActorRecognizer(Actors.Knowledge.ActorKnowledge.Default.WithPetrarch(o.ActorDictionaries, o.AgentDictionaries))),
        ("places", English, _ => Places.PlaceResolver.Default),
        ("dates", English, _ => Dates.DateResolver.Default),
        ("quotes", English, _ => Quotes.QuoteExtractor.Default),
        ("events", English, _ => Events.EventCoder.Default),
        ("tone", English, _ => Tone.ToneScorer.Default),
    ];

    /// <summary>The names of the default pipeline's stages, in order (without loading their models).</summary>
    public static IReadOnlyList<string> StageNames { get; } = StageFactories.Select(s => s.Name).ToArray();

    /// <summary>
    /// The fingerprint of what decides this pipeline's annotations, stored with each article it annotates:
    /// <see cref="EngineFingerprint.Current"/> for the default pipeline, extended with the last stage when
    /// <see cref="PipelineOptions.Until"/> stops early and with the contents of any extra actor or agent dictionary.
    /// Computed on first use.
    /// </summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();
    private string? _fingerprint;

    private string ComputeFingerprint()
    {
        var parts = new List<string>();
        if (Stages.Count < StageNames.Count) parts.Add("until " + Stages[^1].Name);
        foreach (var f in _options.ActorDictionaries) parts.Add("actor dictionary " + EngineFingerprint.HashFile(f));
        foreach (var f in _options.AgentDictionaries) parts.Add("agent dictionary " + EngineFingerprint.HashFile(f));
        return parts.Count == 0 ? EngineFingerprint.Current : EngineFingerprint.Extend(EngineFingerprint.Current, parts);
    }

    /// <summary>Runs the stages over one clean article. Never throws for a stage's failure: it is recorded on the document.</summary>
    public Document Annotate(Article article) => Annotate(article, null);

    /// <summary>
    /// Runs the stages over one clean article; an article without a publication date speaks from
    /// <paramref name="referenceDate"/> when given, else from <see cref="PipelineOptions.ReferenceDate"/> (re-annotation
    /// passes the date an article was first given). Never throws for a stage's failure: it is recorded on the document.
    /// </summary>
    public Document Annotate(Article article, DateOnly? referenceDate)
    {
        var doc = new Document(article);
        if (doc.ReferenceDate is null && (referenceDate ?? _options.ReferenceDate) is { } given)
        {
            doc.ReferenceDate = given;
            doc.ReferenceDateSource = "given";
        }
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < Stages.Count; i++)
        {
            var stage = Stages[i];
            if (_stageLanguages[i] is { } only && article.Language is { } language && Array.IndexOf(only, language) < 0)
                continue;
            try
            {
                long stageStart = Stopwatch.GetTimestamp();
                stage.Process(doc);
                Interlocked.Add(ref _stageTicks[i], Stopwatch.GetTimestamp() - stageStart);
                doc.Layers |= stage.Writes;
                doc.StagesRun.Add(stage.Name);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                doc.Problems.Add(new Problem(article.InputPath ?? article.Id, ErrorCode.StageFailed,
                    $"stage '{stage.Name}' failed: {e.GetType().Name}: {e.Message}"));
                break;
            }
            // The time limit is checked between stages: a stage is not interrupted midway.
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > _options.Limits.MaxTime)
            {
                doc.Problems.Add(new Problem(article.InputPath ?? article.Id, ErrorCode.Timeout,
                    $"processing took {elapsed.TotalSeconds:F1} s after stage '{stage.Name}'; the limit is {_options.Limits.MaxTime.TotalSeconds:F0} s (--max-seconds); later stages were skipped"));
                break;
            }
        }
        return doc;
    }

    /// <summary>Reads one decoded input with the reader its content calls for, and prepares each article.</summary>
    public IEnumerable<ReadResult> ReadInput(InputItem input)
    {
        if (!TextDecoder.TryDecode(input, out var text, out var problem))
        {
            yield return new ReadResult(null, problem);
            yield break;
        }
        var format = FormatSniffer.Detect(input.Path, text);
        foreach (var r in _readers[(int)format].Read(input, text))
        {
            if (r.Article is null) { yield return r; continue; }
            var draft = r.Article.InputPath is null ? r.Article with { InputPath = input.Path } : r.Article;
            yield return _preparer.Prepare(draft);
        }
    }

    /// <summary>
    /// Runs the whole path over files, folders, <c>.gz</c> files or <c>-</c> (stdin). Results come in input order;
    /// inputs are processed in parallel chunks. Feed items whose link is also given as a page are dropped in
    /// favour of the page, so feed items are held back until all pages have been read.
    /// </summary>
    public IEnumerable<PipelineItem> Run(IEnumerable<string> paths, CancellationToken cancel = default)
    {
        var pageUrls = new HashSet<string>(StringComparer.Ordinal);
        var feedItems = new List<Document>();
        var chunk = new List<InputItem>();
        long chunkBytes = 0;

        foreach (var scanned in InputScanner.Scan(paths, _options.Limits))
        {
            cancel.ThrowIfCancellationRequested();
            if (scanned.Problem is not null)
            {
                foreach (var item in Flush()) yield return item;
                yield return new PipelineItem(null, scanned.Problem);
                continue;
            }
            chunk.Add(scanned.Item!);
            chunkBytes += scanned.Item!.Bytes.LongLength;
            if (chunk.Count >= ChunkMaxItems || chunkBytes >= ChunkByteBudget)
                foreach (var item in Flush()) yield return item;
        }
        foreach (var item in Flush()) yield return item;

        foreach (var doc in feedItems)
            if (doc.Article.Url is null || !pageUrls.Contains(UrlKey(doc.Article.Url)))
                yield return new PipelineItem(doc, null);

        IEnumerable<PipelineItem> Flush()
        {
            if (chunk.Count == 0) yield break;
            var results = new List<PipelineItem>[chunk.Count];
            Parallel.For(0, chunk.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancel },
                i => results[i] = ProcessInput(chunk[i]));
            chunk.Clear();
            chunkBytes = 0;
            foreach (var list in results)
                foreach (var item in list)
                {
                    if (item.Document is { } d)
                    {
                        if (d.Article.Reader == "feed") { feedItems.Add(d); continue; }
                        if (d.Article.Url is { } url) pageUrls.Add(UrlKey(url));
                    }
                    yield return item;
                }
        }
    }

    /// <summary>
    /// Time spent so far in each stage (wall time inside the stage, summed over the threads that ran it), then
    /// <c>read+clean</c>: the rest of the time spent on inputs (decoding, reading, cleaning, language identification).
    /// </summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> StageTimes()
    {
        var list = new List<(string, TimeSpan)>();
        long inStages = 0;
        for (int i = 0; i < Stages.Count; i++)
        {
            long t = Interlocked.Read(ref _stageTicks[i]);
            inStages += t;
            list.Add((Stages[i].Name, Stopwatch.GetElapsedTime(0, t)));
        }
        list.Insert(0, ("read+clean", Stopwatch.GetElapsedTime(0, Math.Max(0, Interlocked.Read(ref _stageTicks[Stages.Count]) - inStages))));
        return list;
    }

    /// <summary>Sets the stage times to zero (between benchmark passes).</summary>
    public void ResetStageTimes()
    {
        for (int i = 0; i < _stageTicks.Length; i++) Interlocked.Exchange(ref _stageTicks[i], 0);
    }

    private List<PipelineItem> ProcessInput(InputItem input)
    {
        long inputStart = Stopwatch.GetTimestamp();
        try
        {
            return ProcessInputTimed(input);
        }
        finally
        {
            Interlocked.Add(ref _stageTicks[Stages.Count], Stopwatch.GetTimestamp() - inputStart);
        }
    }

    private List<PipelineItem> ProcessInputTimed(InputItem input)
    {
        var list = new List<PipelineItem>();
        try
        {
            foreach (var r in ReadInput(input))
                list.Add(r.Article is { } a ? new PipelineItem(Annotate(a), null) : new PipelineItem(null, r.Problem));
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // A reader bug must not abort the batch: report it against the input and go on.
            list.Add(new PipelineItem(null, new Problem(input.Path, ErrorCode.StageFailed, $"reading failed: {e.GetType().Name}: {e.Message}")));
        }
        return list;
    }

    /// <summary>The form of a URL used to match a feed item with a page: scheme and "www." dropped, no fragment, no trailing slash.</summary>
    internal static string UrlKey(string url)
    {
        var s = url.Trim();
        int hash = s.IndexOf('#');
        if (hash >= 0) s = s[..hash];
        int scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s.TrimEnd('/').ToLowerInvariant();
    }

    private static void CheckOrder(IReadOnlyList<IStage> stages)
    {
        var have = Layers.Text;
        foreach (var s in stages)
        {
            var missing = s.Reads & ~have;
            if (missing != Layers.None)
                throw new InvalidOperationException($"stage '{s.Name}' reads {missing}, which no earlier stage writes");
            have |= s.Writes;
        }
    }
}
