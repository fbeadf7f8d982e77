using Dyad.Evaluation;

namespace Dyad.Documents.Entities;

/// <summary>
/// Silver entity labels for a treebank without entity annotations (self-training). A first model labels the
/// sentences; its spans are then aligned with the treebank's proper nouns: a span with no proper noun is dropped
/// ("0.3931", "NOTICE"), a kept span grows to the whole proper-noun run it touches, and a proper-noun run the model
/// left unlabelled takes the type the model gave the same words elsewhere in the treebank; a sentence with a
/// proper-noun run still unresolved is left out, so silver data never teaches that a name is not one.
/// </summary>
internal static class SilverLabels
{
    /// <summary>Sentences per silver document (the treebank's documents can be long threads).</summary>
    private const int SentencesPerDocument = 40;

    /// <summary>Proper nouns (UPOS PROPN in UD) that UNER does not annotate: days, months, holidays, titles.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "christmas", "xmas", "thanksgiving", "easter", "halloween", "internet", "web",
        "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "madam",
    };

    private sealed record Sentence(string[] Words, bool[] Proper, List<GoldSpan> Spans, List<(int Start, int End)> Open);

    /// <summary>Reads a CoNLL-U file, labels it with <paramref name="model"/> and returns the silver documents.</summary>
    public static List<GoldDocument> Label(string conlluPath, EntityRecognizer model)
    {
        var groups = new List<List<Sentence>>();
        var current = new List<Sentence>();
        foreach (var s in Conllu.ReadFile(conlluPath))
        {
            if ((s.NewDoc || current.Count >= SentencesPerDocument) && current.Count > 0) { groups.Add(current); current = []; }
            if (s.Words.Count == 0) continue;
            var words = new string[s.Words.Count];
            var proper = new bool[words.Length];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = s.Words[i].Form;
                proper[i] = s.Words[i].Upos == "PROPN" && !NotNames.Contains(words[i].ToLowerInvariant());
            }
            current.Add(new Sentence(words, proper, [], []));
        }
        if (current.Count > 0) groups.Add(current);

        // Pass 1: the model's spans, aligned with proper-noun runs; the types given to each name text are counted.
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var doc = NerCorpus.Build("silver", g.ConvertAll(s => s.Words));
            model.Process(doc);
            var records = doc.SentenceRecords;
            int e = 0;
            for (int si = 0; si < g.Count; si++)
            {
                var s = g[si];
                int first = records[si].FirstToken, count = records[si].TokenCount;
                var covered = new bool[count];
                for (; e < doc.Entities.Count && doc.Entities[e].FirstToken < first + count; e++)
                {
                    var span = doc.Entities[e];
                    int a = span.FirstToken - first, b = a + span.TokenCount - 1;
                    bool any = false;
                    for (int k = a; k <= b; k++) any |= s.Proper[k];
                    if (!any) continue;
                    while (a > 0 && s.Proper[a - 1] && !covered[a - 1]) a--;
                    while (b + 1 < count && s.Proper[b + 1]) b++;
                    bool clash = false;
                    for (int k = a; k <= b; k++) clash |= covered[k];
                    if (clash) continue;
                    for (int k = a; k <= b; k++) covered[k] = true;
                    int type = NerCorpus.TypeOfConll(Labels.Entity.Name(span.Label));
                    s.Spans.Add(new GoldSpan(a, b - a + 1, type));
                    string key = Key(s.Words, a, b);
                    if (!votes.TryGetValue(key, out var v)) votes[key] = v = new int[NerCorpus.Types.Length];
                    v[type]++;
                }
                for (int k = 0; k < count; k++)
                {
                    if (!s.Proper[k] || covered[k]) continue;
                    int end = k;
                    while (end + 1 < count && s.Proper[end + 1] && !covered[end + 1]) end++;
                    s.Open.Add((k, end));
                    k = end;
                }
            }
        }

        // Pass 2: unlabelled runs take the majority type of the same text; sentences still open are dropped.
        var result = new List<GoldDocument>();
        foreach (var g in groups)
        {
            var kept = new List<string[]>();
            var spans = new List<GoldSpan>();
            int offset = 0;
            foreach (var s in g)
            {
                bool ok = true;
                foreach (var (a, b) in s.Open)
                {
                    if (!votes.TryGetValue(Key(s.Words, a, b), out var v)) { ok = false; break; }
                    int best = 0;
                    for (int t = 1; t < v.Length; t++) if (v[t] > v[best]) best = t;
                    s.Spans.Add(new GoldSpan(a, b - a + 1, best));
                }
                if (!ok) continue;
                s.Spans.Sort((x, y) => x.First.CompareTo(y.First));
                foreach (var sp in s.Spans) spans.Add(sp with { First = sp.First + offset });
                kept.Add(s.Words);
                offset += s.Words.Length;
            }
            if (kept.Count == 0) continue;
            string id = $"{Path.GetFileName(conlluPath)}#silver{result.Count + 1}";
            result.Add(new GoldDocument(id, NerCorpus.Build(id, kept), spans));
        }
        return result;
    }

    private static string Key(string[] words, int a, int b) => string.Join(' ', words, a, b - a + 1).ToLowerInvariant();
}
