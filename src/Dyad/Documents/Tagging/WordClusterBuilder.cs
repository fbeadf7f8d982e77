using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Dyad.Articles;
using Dyad.Documents.Models;
using Dyad.Documents.Segmentation;
using Dyad.Evaluation;

namespace Dyad.Documents.Tagging;

/// <summary>Options of <see cref="WordClusterBuilder.Build"/>.</summary>
public sealed record WordClusterOptions
{
    /// <summary>The outside data folder.</summary>
    public required string DataFolder { get; init; }

    /// <summary>Where to write the table; null writes nothing.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Classes at each granularity, coarse to fine.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [64, 256, 1024];

    /// <summary>Words seen fewer times than this share one "rare word" token while clustering and are not written.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Most passes of the exchange algorithm per granularity.</summary>
    public int MaxIterations { get; init; } = 15;

    /// <summary>Progress lines; null is quiet.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>
/// Makes <see cref="WordClusters"/>: reads unlabeled English text (the word forms of the treebanks' training parts,
/// segmented raw text of the other sources), counts word bigrams, and clusters the words by the exchange algorithm
/// (Kneser and Ney 1993; Martin, Liermann and Ney 1998): each word in turn moves to the class that most raises the
/// likelihood of a class bigram model, Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c), until few words move. One clustering
/// per granularity. Deterministic: same inputs, same bytes.
/// </summary>
public static class WordClusterBuilder
{
    /// <summary>
    /// The sources, with their licences (knowledge/README.md lists them too): only text whose licence allows a shipped
    /// derivative. The data folder's other news texts (PolNeAR, LGL, the ScrapingHub pages, ConfliBERT) are licensed for
    /// local research or evaluation only, so they are not read.
    /// </summary>
    public static IReadOnlyList<string> ShippedSources { get; } =
    [
        "ud-english-ewt/en_ewt-ud-train.conllu (CC BY-SA 4.0)",
        "ud-english-gum/en_gum-ud-train.conllu + en_gum-ud-dev.conllu, CC BY documents only (CC BY)",
        "geoparsing-gold/GeoVirus.xml article texts (Wikinews, CC BY 2.5)",
        "ner-wikigold/wikigold.conll.txt (Wikipedia, CC BY 4.0)",
        "langid-lingua-testdata/sentences/en.txt (Leipzig Corpora Collection, CC BY)",
    ];

    private const int Boundary = 0, Rare = 1;

    /// <summary>Reads the sources, clusters, writes the table; returns a summary line.</summary>
    public static string Build(WordClusterOptions o)
    {
        var log = o.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();
        var sentences = ReadCorpus(o);
        var (words, levels, tokens) = Cluster(sentences, o.Sizes, o.MinCount, o.MaxIterations,
            m => log($"{m} ({clock.Elapsed.TotalSeconds:F1} s)"));

        var sb = new StringBuilder();
        sb.Append(WordClusters.Header).Append(WordClusters.FormatVersion.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("# made by `dyad build-clusters` (exchange algorithm, class bigram likelihood) from:\n");
        foreach (var src in ShippedSources) sb.Append("#   ").Append(src).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"# {tokens} tokens; words seen at least {o.MinCount} times, most frequent first; columns: word, class at each granularity\n");
        sb.Append("# classes");
        foreach (int size in o.Sizes) sb.Append('\t').Append(size.ToString(CultureInfo.InvariantCulture));
        sb.Append('\n');
        for (int i = 0; i < words.Length; i++)
        {
            sb.Append(words[i]);
            foreach (var cls in levels) sb.Append('\t').Append(cls[i].ToString(CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        if (o.OutputPath is not null)
        {
            using var file = File.Create(o.OutputPath);
            using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize);
            var bytes = new UTF8Encoding(false).GetBytes(sb.ToString());
            brotli.Write(bytes);
        }
        return $"{words.Length:N0} words in {string.Join("/", o.Sizes)} classes from {tokens:N0} tokens ({clock.Elapsed.TotalSeconds:F0} s)";
    }

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> seen at least <paramref name="minCount"/> times into each of
    /// <paramref name="sizes"/> classes; returns the words (most frequent first), each granularity's class of each word,
    /// and the number of tokens.
    /// </summary>
    internal static (string[] Words, int[][] Levels, long Tokens) Cluster(IReadOnlyList<string[]> sentences, IReadOnlyList<int> sizes,
        int minCount, int maxIterations, Action<string> log)
    {
        long tokens = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s) { counts[w] = counts.GetValueOrDefault(w) + 1; tokens++; }
        var words = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToArray();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++) id[words[i]] = i + 2;
        log($"{sentences.Count:N0} sentences, {tokens:N0} tokens, {counts.Count:N0} types, {words.Length:N0} seen {minCount}+ times");

        // The corpus as word ids, a boundary between sentences.
        var seq = new List<int>((int)tokens + sentences.Count + 1) { Boundary };
        foreach (var s in sentences)
        {
            foreach (var w in s) seq.Add(id.TryGetValue(w, out int v) ? v : Rare);
            seq.Add(Boundary);
        }
        var bigrams = new Bigrams(seq, words.Length + 2);
        var levels = new int[sizes.Count][];
        for (int l = 0; l < sizes.Count; l++)
        {
            int size = sizes[l];
            var cls = Exchange(bigrams, size, maxIterations, m => log($"{size} classes: {m}"));
            levels[l] = cls[2..];
        }
        return (words, levels, tokens);
    }

    /// <summary>The corpus: one array of folded word forms per sentence.</summary>
    private static List<string[]> ReadCorpus(WordClusterOptions o)
    {
        string P(string rel) => Path.Combine(o.DataFolder, rel);
        var sentences = new List<string[]>();
        void AddConllu(string path, IReadOnlyList<string>? prefixes)
        {
            foreach (var s in new TrainingFile(path, prefixes).Read())
                sentences.Add([.. s.Words.Select(w => Fold(w.Form))]);
        }
        void AddText(string text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            var doc = new Document(new Article { Text = text });
            Segmenter.Default.Process(doc);
            var tokens = doc.Tokens;
            foreach (var sr in doc.SentenceRecords)
            {
                var s = new string[sr.TokenCount];
                for (int k = 0; k < s.Length; k++)
                {
                    var t = tokens[sr.FirstToken + k];
                    s[k] = Fold(text.AsSpan(t.Start, t.End - t.Start));
                }
                sentences.Add(s);
            }
        }
        AddConllu(P("ud-english-ewt/en_ewt-ud-train.conllu"), null);
        AddConllu(P("ud-english-gum/en_gum-ud-train.conllu"), TrainingData.GumCcByPrefixes);
        AddConllu(P("ud-english-gum/en_gum-ud-dev.conllu"), TrainingData.GumCcByPrefixes);
        foreach (var text in XDocument.Load(P("geoparsing-gold/GeoVirus.xml")).Descendants("text")) AddText(text.Value);
        var wiki = new List<string>();
        foreach (var line in File.ReadLines(P("ner-wikigold/wikigold.conll.txt")))
        {
            int space = line.IndexOf(' ');
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                if (wiki.Count > 0) { sentences.Add([.. wiki]); wiki.Clear(); }
                continue;
            }
            wiki.Add(Fold(space < 0 ? line : line[..space]));
        }
        if (wiki.Count > 0) sentences.Add([.. wiki]);
        foreach (var line in File.ReadLines(P("langid-lingua-testdata/sentences/en.txt"))) AddText(line);
        return sentences;
    }

    private static string Fold(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        for (int i = 0; i < s.Length; i++) buffer[i] = TextChars.Fold(s[i]);
        return new string(buffer);
    }

    /// <summary>Word bigram counts, both directions, as compressed rows (self bigrams apart).</summary>
    private sealed class Bigrams
    {
        public readonly int Words;
        public readonly long[] Count;          // unigram count of each word
        public readonly int[] RightStart, RightWord, RightCount, LeftStart, LeftWord, LeftCount;
        public readonly int[] Self;             // count of (w, w)

        public Bigrams(List<int> seq, int words)
        {
            Words = words;
            Count = new long[words];
            Self = new int[words];
            var pairs = new Dictionary<long, int>();
            for (int i = 0; i < seq.Count; i++)
            {
                Count[seq[i]]++;
                if (i + 1 < seq.Count)
                {
                    int a = seq[i], b = seq[i + 1];
                    if (a == b) { Self[a]++; continue; }
                    long key = (long)a * words + b;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                }
            }
            (RightStart, RightWord, RightCount) = Rows(pairs, words, left: false);
            (LeftStart, LeftWord, LeftCount) = Rows(pairs, words, left: true);
        }

        private static (int[], int[], int[]) Rows(Dictionary<long, int> pairs, int words, bool left)
        {
            var start = new int[words + 1];
            foreach (var (key, _) in pairs) start[(left ? (int)(key % words) : (int)(key / words)) + 1]++;
            for (int w = 0; w < words; w++) start[w + 1] += start[w];
            var fill = (int[])start.Clone();
            var other = new int[pairs.Count];
            var count = new int[pairs.Count];
            foreach (var (key, n) in pairs.OrderBy(p => p.Key))
            {
                int a = (int)(key / words), b = (int)(key % words);
                int row = left ? b : a, col = left ? a : b;
                int at = fill[row]++;
                other[at] = col;
                count[at] = n;
            }
            return (start, other, count);
        }
    }

    /// <summary>x ln x, from a table for small counts.</summary>
    private sealed class XLogX
    {
        private readonly double[] _table = new double[1 << 20];

        public XLogX()
        {
            for (int i = 1; i < _table.Length; i++) _table[i] = i * Math.Log(i);
        }

        public double this[long x] => x < _table.Length ? _table[x] : x * Math.Log(x);
    }

    private static readonly Lazy<XLogX> Xlx = new(() => new XLogX());

    /// <summary>Clusters the words (ids from 2; 0 is the sentence boundary, kept in a class of its own) into <paramref name="classes"/> classes.</summary>
    private static int[] Exchange(Bigrams g, int classes, int maxIterations, Action<string> log)
    {
        var f = Xlx.Value;
        int k = classes + 1;                 // class `classes` holds the boundary alone
        int W = g.Words;
        var cls = new int[W];
        cls[Boundary] = classes;
        // Words in frequency order (ids are already by frequency after the two pseudo-words); round-robin start.
        var order = new int[W - 1];
        order[0] = Rare;
        for (int w = 2; w < W; w++) order[w - 1] = w;
        Array.Sort(order, (a, b) => g.Count[b] != g.Count[a] ? g.Count[b].CompareTo(g.Count[a]) : a.CompareTo(b));
        for (int r = 0; r < order.Length; r++) cls[order[r]] = r % classes;

        var n = new long[k * k];     // n[c * k + d]: class bigram c d
        var nt = new long[k * k];    // transposed
        var nc = new long[k];
        for (int w = 0; w < W; w++)
        {
            nc[cls[w]] += g.Count[w];
            int c = cls[w];
            for (int e = g.RightStart[w]; e < g.RightStart[w + 1]; e++) n[c * k + cls[g.RightWord[e]]] += g.RightCount[e];
            n[c * k + c] += g.Self[w];
        }
        for (int c = 0; c < k; c++) for (int d = 0; d < k; d++) nt[d * k + c] = n[c * k + d];

        var right = new long[k];
        var left = new long[k];
        var rightTouched = new List<int>(k);
        var leftTouched = new List<int>(k);
        var seenR = new bool[k];
        var seenL = new bool[k];

        double Objective()
        {
            double sum = 0;
            for (int i = 0; i < n.Length; i++) sum += f[n[i]];
            for (int c = 0; c < k; c++) sum -= 2 * f[nc[c]];
            return sum;
        }

        void Move(int w, int from, int to, int sign)
        {
            // sign -1 removes w's counts from class `from`; +1 adds them to `to` (one of the two is unused).
            int c = sign < 0 ? from : to;
            foreach (int d in rightTouched) { n[c * k + d] += sign * right[d]; nt[d * k + c] += sign * right[d]; }
            foreach (int d in leftTouched) { n[d * k + c] += sign * left[d]; nt[c * k + d] += sign * left[d]; }
            n[c * k + c] += sign * g.Self[w];
            nt[c * k + c] += sign * g.Self[w];
            nc[c] += sign * g.Count[w];
        }

        log($"start, objective {Objective():E6}");
        for (int it = 1; it <= maxIterations; it++)
        {
            int moved = 0;
            foreach (int w in order)
            {
                int a = cls[w];
                rightTouched.Clear(); leftTouched.Clear();
                for (int e = g.RightStart[w]; e < g.RightStart[w + 1]; e++)
                {
                    int d = cls[g.RightWord[e]];
                    if (!seenR[d]) { seenR[d] = true; rightTouched.Add(d); }
                    right[d] += g.RightCount[e];
                }
                for (int e = g.LeftStart[w]; e < g.LeftStart[w + 1]; e++)
                {
                    int d = cls[g.LeftWord[e]];
                    if (!seenL[d]) { seenL[d] = true; leftTouched.Add(d); }
                    left[d] += g.LeftCount[e];
                }
                Move(w, a, -1, -1);
                long self = g.Self[w], count = g.Count[w];
                int best = a;
                double bestGain = double.NegativeInfinity;
                for (int b = 0; b < classes; b++)
                {
                    double gain = 0;
                    long rowBase = (long)b * k;
                    foreach (int d in rightTouched)
                    {
                        if (d == b) continue;
                        long x = n[rowBase + d];
                        gain += f[x + right[d]] - f[x];
                    }
                    foreach (int d in leftTouched)
                    {
                        if (d == b) continue;
                        long x = nt[rowBase + d];
                        gain += f[x + left[d]] - f[x];
                    }
                    long diag = n[rowBase + b];
                    gain += f[diag + right[b] + left[b] + self] - f[diag];
                    gain -= 2 * (f[nc[b] + count] - f[nc[b]]);
                    // Stay unless another class is strictly better (ties keep the result deterministic and stable).
                    if (b == a ? gain >= bestGain - 1e-9 : gain > bestGain + 1e-9) { bestGain = gain; best = b; }
                }
                Move(w, -1, best, +1);
                if (best != a) { cls[w] = best; moved++; }
                foreach (int d in rightTouched) { right[d] = 0; seenR[d] = false; }
                foreach (int d in leftTouched) { left[d] = 0; seenL[d] = false; }
            }
            log($"pass {it}: {moved:N0} words moved, objective {Objective():E6}");
            if (moved < order.Length / 1000) break;
        }
        return cls;
    }
}
