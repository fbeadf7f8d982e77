using Dyad.Actors;
using Dyad.Articles;
using Dyad.Documents;
using Dyad.Events;
using Dyad.Pipeline;

namespace Dyad.Tests.Events;

/// <summary>Real parses (the shipped models) with actor mentions set by hand, standing in for the actors stage.</summary>
internal static class EventTestDocs
{
    private static readonly Lazy<DyadPipeline> Parsing = new(() => DyadPipeline.Create(new PipelineOptions { Until = "ner", IdentifyLanguage = false, Parallelism = 1 }));

    /// <summary>Segments, tags, parses and runs NER over the text.</summary>
    public static Document Parse(string text, DateOnly? date = null)
    {
        var p = date is null ? Parsing.Value : DyadPipeline.Create(new PipelineOptions { Until = "ner", IdentifyLanguage = false, Parallelism = 1, ReferenceDate = date });
        return p.Annotate(new Article { Id = "test", Text = text, Language = "en" });
    }

    /// <summary>A sentence parsed by the shipped models as of 2024-03-27, with the given phrases marked as actors (of the
    /// default kind of <see cref="Actor"/>), coded by the matcher and written to the test's output.</summary>
    public static Document Coded(Xunit.Abstractions.ITestOutputHelper output, string text, params (string Phrase, string Code)[] actors)
    {
        var doc = Parse(text, new DateOnly(2024, 3, 27));
        foreach (var (phrase, code) in actors) doc.Actor(phrase, code);
        doc.Code();
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, DyadPipeline> Whole = new();

    /// <summary>The whole pipeline (real actors, places, dates) over the text as an English article of
    /// <paramref name="date"/>; one pipeline per date, shared by the tests.</summary>
    public static Document Run(string text, DateOnly date) =>
        Whole.GetOrAdd(date, d => DyadPipeline.Create(new PipelineOptions { Parallelism = 1, IdentifyLanguage = false, ReferenceDate = d }))
            .Annotate(new Article { Id = "test", Text = text, Language = "en" });

    /// <summary>The whole pipeline over a short news text under a heading, as <see cref="Run"/>; every layer is written to
    /// the test's output for a failing test to show.</summary>
    public static Document RunShown(string heading, string body, DateOnly date, Xunit.Abstractions.ITestOutputHelper output)
    {
        var doc = Run(heading + "\n\n" + body, date);
        output.WriteLine(doc.ShowAll());
        return doc;
    }

    /// <summary>
    /// A one-sentence document with the parse given by hand, to pin how the coder reads a parse the shipped models may
    /// not produce today but another model would: each row is <c>form lemma UPOS XPOS head deprel</c> (head 1-based,
    /// 0 for the root), separated by spaces; words are joined by single spaces.
    /// </summary>
    public static Document Parsed(params string[] rows)
    {
        var conllu = new System.Text.StringBuilder();
        for (int i = 0; i < rows.Length; i++)
        {
            var f = rows[i].Split(' ');
            if (f.Length != 6) throw new ArgumentException($"row {i + 1} needs 6 fields: {rows[i]}");
            conllu.Append(i + 1).Append('\t').Append(f[0]).Append('\t').Append(f[1]).Append('\t').Append(f[2]).Append('\t').Append(f[3])
                .Append("\t_\t").Append(f[4]).Append('\t').Append(f[5]).Append("\t_\t_\n");
        }
        conllu.Append('\n');
        var sentences = Dyad.Evaluation.Conllu.Read(new StringReader(conllu.ToString()));
        return Dyad.Evaluation.ConlluDocuments.Build(sentences, withGold: true, "parsed");
    }

    /// <summary>Marks tokens <paramref name="first"/>..<paramref name="last"/> (0-based) as a date of the article's day.</summary>
    public static Document Date(this Document doc, int first, int last)
    {
        doc.Dates.Add(new Dyad.Dates.TimeMention(first, last - first + 1, new DateOnly(2024, 3, 25), Dyad.Dates.TimeGranularity.Day, true));
        return doc;
    }

    /// <summary>The code of an event's party (-1: none).</summary>
    /// <summary>The target phrase of the document's main event as the evaluation reads it (its spans joined by " | ";
    /// empty when it has none), written to the test's output.</summary>
    public static string TargetPhrase(Document doc, Xunit.Abstractions.ITestOutputHelper output)
    {
        var main = Dyad.Evaluation.EventEvaluation.MainEvent(doc.Events);
        Xunit.Assert.NotNull(main);
        var spans = new HashSet<(int, int)>();
        ArgumentPhrases.Spans(doc, main, 1, spans);
        var text = string.Join(" | ", spans.OrderBy(s => s.Item1).Select(s => doc.Text[doc.Tokens[s.Item1].Start..doc.Tokens[s.Item2 - 1].End]));
        output.WriteLine("target phrase: " + text);
        return text;
    }

    public static string? CodeOf(Document doc, int actor) => actor >= 0 ? doc.Actors[actor].Code : null;

    /// <summary>Marks every token-aligned occurrence of <paramref name="phrase"/> as an actor mention with the code
    /// (country = its first three letters, roles = the rest in threes); the head is the span's last token.</summary>
    public static Document Actor(this Document doc, string phrase, string code, MentionKind kind = MentionKind.Country, int entity = -1)
    {
        var tokens = doc.Tokens;
        for (int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            int first = -1, last = -1;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Start == at) first = i;
                if (tokens[i].End == at + phrase.Length) last = i;
            }
            if (first < 0 || last < 0) continue;
            var roles = new List<string>();
            for (int r = 3; r + 3 <= code.Length; r += 3) roles.Add(code.Substring(r, 3));
            doc.Actors.Add(new ActorMention
            {
                FirstToken = first, TokenCount = last - first + 1, HeadToken = last, Kind = kind, Code = code,
                Country = code.StartsWith("IGO", StringComparison.Ordinal) ? null : code[..3], Roles = roles, Entity = entity, Rule = "test",
            });
        }
        doc.Actors.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return doc;
    }

    /// <summary>Runs the events stage.</summary>
    public static Document Code(this Document doc)
    {
        doc.Layers |= Layers.Actors;
        EventCoder.Default.Process(doc);
        doc.Layers |= Layers.Events;
        return doc;
    }

    /// <summary>An event as "SRC>TGT code modality trigger" for readable assertions.</summary>
    public static string Show(this Document doc, CodedEvent e) =>
        $"{(e.Source >= 0 ? doc.Actors[e.Source].Code : "-")}>{(e.Target >= 0 ? doc.Actors[e.Target].Code : "-")} {e.Cameo} {e.Modality.ToString().ToLowerInvariant()} '{doc.Text[e.TriggerStart..e.TriggerEnd]}' {e.Rule} x{e.Mentions}{(e.ReportedBy >= 0 ? " by " + doc.Actors[e.ReportedBy].Code : "")}";

    /// <summary>Whether an asserted event's code starts with <paramref name="cameoPrefix"/>.</summary>
    public static bool HasAsserted(this Document doc, string cameoPrefix) =>
        doc.Events.Any(e => e.Cameo.StartsWith(cameoPrefix, StringComparison.Ordinal) && e.Modality == EventModality.Asserted);

    /// <summary>All events, one per line.</summary>
    public static string ShowAll(this Document doc) => string.Join("\n", doc.Events.Select(doc.Show));

    /// <summary>The seed article through the whole pipeline (real actors and dates), as
    /// <c>dyad process --date 2024-03-27</c> runs it.</summary>
    public static Document Seed()
    {
        var path = Path.Combine(Support.SharedData.RepoRoot, "samples", "seed-israel-us-rafah-meeting.txt");
        return DyadPipeline.Create(new PipelineOptions { Parallelism = 1, ReferenceDate = new DateOnly(2024, 3, 27) })
            .Run([path]).Single().Document!;
    }
}
