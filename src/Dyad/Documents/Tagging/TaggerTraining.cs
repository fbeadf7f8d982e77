using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Documents.Tagging;

/// <summary>A CoNLL-U training file, optionally restricted to the documents whose sentence ids start with one of <paramref name="DocumentPrefixes"/>.</summary>
/// <param name="Path">The file.</param>
/// <param name="DocumentPrefixes">Sentence-id prefixes to keep (e.g. <c>GUM_news_</c>); null keeps every sentence.</param>
public sealed record TrainingFile(string Path, IReadOnlyList<string>? DocumentPrefixes = null)
{
    /// <summary>The file's sentences that pass the filter.</summary>
    public List<ConlluSentence> Read()
    {
        var all = Conllu.ReadFile(Path);
        if (DocumentPrefixes is null) return all;
        var kept = new List<ConlluSentence>();
        foreach (var s in all)
        {
            if (s.SentId is null) continue;
            foreach (var p in DocumentPrefixes)
                if (s.SentId.StartsWith(p, StringComparison.Ordinal)) { kept.Add(s); break; }
        }
        return kept;
    }

    /// <inheritdoc />
    public override string ToString() =>
        DocumentPrefixes is null ? System.IO.Path.GetFileName(Path) : $"{System.IO.Path.GetFileName(Path)} [{string.Join(", ", DocumentPrefixes)}]";
}

/// <summary>Options of <see cref="TaggerTraining.Train"/>.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>The training files.</summary>
    public required IReadOnlyList<TrainingFile> TrainFiles { get; init; }

    /// <summary>The development file, scored after each iteration; the best iteration's weights are kept.</summary>
    public string? DevFile { get; init; }

    /// <summary>Files scored once at the end; their scores go into the metadata.</summary>
    public IReadOnlyList<TrainingFile> TestFiles { get; init; } = [];

    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of the sentence shuffle.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Where to write the model; null writes nothing.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Averaged weights smaller than this in magnitude are dropped from the model.</summary>
    public float PruneThreshold { get; init; } = DefaultPruneThreshold;

    /// <summary>The default of <see cref="PruneThreshold"/>: chosen on EWT dev (smaller model, no loss at two decimals).</summary>
    public const float DefaultPruneThreshold = 0.01f;

    /// <summary>Features seen fewer times than this in training get no weight (1: all; 2 cost 0.1 UPOS on EWT dev for a 30% smaller model).</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>
    /// Train a second pass that sees the first pass's tags to the right (jackknifed on the training data); it re-scores
    /// only the words whose first-pass margin is under <see cref="SecondPassMargin"/>. Off in the shipped recipe: with
    /// <see cref="Clusters"/> it raised EWT test UPOS to 95.55–95.78, but every such run tagged a sentence the tests pin
    /// wrongly or lost more than 0.05 on GUM news (models/README.md, "tried and not shipped"). Re-scoring every word cost
    /// 2.5× the tagging time of one pass; re-scoring the 5 % of words under the dev-chosen margin, with word classes, 1.2×.
    /// </summary>
    public bool TwoPass { get; init; }

    /// <summary>Folds of the jackknife that makes the second pass's training input.</summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>
    /// With <see cref="TwoPass"/>: the second pass re-scores only the words whose first-pass margin (best score minus
    /// second best) is under this; null chooses it on the dev file among the margins that re-score a given share of
    /// the dev words (<see cref="SecondPassShares"/>), the best dev UPOS winning (ties: the fewer words re-scored).
    /// </summary>
    public float? SecondPassMargin { get; init; }

    /// <summary>Shares of the dev words the candidate margins of <see cref="SecondPassMargin"/> re-score (1: every word).</summary>
    public IReadOnlyList<double> SecondPassShares { get; init; } = [0.05, 0.08, 0.10, 0.12, 0.15, 0.20, 0.25, 0.30, 0.40, 1.0];

    /// <summary>
    /// A word (lower-cased) seen at least this often in training is never given a class it never had there (0: no such
    /// constraint). See <see cref="KnownWords"/>.
    /// </summary>
    public int KnownWordMinCount { get; init; }

    /// <summary>
    /// With <see cref="Clusters"/> and <see cref="KnownWordMinCount"/>: a known word is its own word class, so classes
    /// stand in only for the words training saw too rarely. With a second pass and count 20, "like" in "moved like a wave"
    /// is ADP (INTJ without) and wrongly INTJ 5 times instead of 11 where the gold has ADP (EWT dev + test, GUM dev + test),
    /// but unknown past-tense verbs after a proper noun become JJ; not in the shipped recipe (models/README.md).
    /// </summary>
    public bool KnownWordsOwnClass { get; init; }

    /// <summary>
    /// Word classes to use as features (null: none); the model records the table's fingerprint. Not in the shipped
    /// recipe: alone (one pass; 8 iterations, best 8) EWT dev UPOS 95.04 → 95.20, EWT test 95.43 → 95.60, GUM test
    /// 95.97 → 95.95, GUM news 94.82 → 94.24, and it tagged "like" in "moved like a wave" as INTJ, which a tone test pins
    /// (ToneScorerTests).
    /// </summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Progress lines (iteration scores); null is quiet.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>Scores of a trained tagger on one file.</summary>
/// <param name="File">The file (and document filter).</param>
/// <param name="Upos">UPOS accuracy.</param>
/// <param name="Xpos">XPOS accuracy.</param>
/// <param name="Lemma">Lemma accuracy.</param>
/// <param name="Words">Words scored.</param>
public readonly record struct TaggerScore(string File, double Upos, double Xpos, double Lemma, int Words);

/// <summary>What <see cref="TaggerTraining.Train"/> made.</summary>
/// <param name="Tagger">The trained tagger (with its metadata).</param>
/// <param name="BestIteration">The iteration whose averaged weights were kept.</param>
/// <param name="Dev">Score on the dev file after the best iteration, if a dev file was given.</param>
/// <param name="Tests">Scores on the test files.</param>
public sealed record TaggerTrainingResult(Tagger Tagger, int BestIteration, TaggerScore? Dev, IReadOnlyList<TaggerScore> Tests);

/// <summary>Trains the <see cref="Tagger"/>: averaged perceptron over the gold words, greedy decoding with predicted history.</summary>
public static class TaggerTraining
{
    /// <summary>
    /// Sentence-id prefixes of the GUM documents under CC BY (Wikinews news, interviews and biographies, Wikivoyage,
    /// OpenStax textbooks, CC vlogs, public-domain speeches: ud-english-gum/SOURCE.md); the only GUM documents a shipped
    /// model may be trained on.
    /// </summary>
    public static IReadOnlyList<string> GumCcByDocumentPrefixes => Models.TrainingData.GumCcByPrefixes;

    /// <summary>Words seen at least this often ...</summary>
    private const int TagDictionaryMinCount = 20;

    /// <summary>... with one class at least this share of the time go to the tag dictionary (Honnibal's settings; EWT dev agreed).</summary>
    private const double TagDictionaryMinShare = 0.97;

    /// <summary>A suffix rule keyed by a suffix of length ≥ 1 is kept when this many word types support it.</summary>
    private const int MinRuleSupport = 2;

    /// <summary>A word enters the ambiguity lexicon (the set of classes it had, a feature of it and of the words before it) when seen this often ...</summary>
    private const int AmbiguityMinCount = 2;

    /// <summary>... and a class enters its set when it has this share of the word's occurrences (EWT dev).</summary>
    private const double AmbiguityMinShare = 0.05;

    private static void Count(Dictionary<ulong, Dictionary<int, int>> counts, ulong key, int c)
    {
        if (!counts.TryGetValue(key, out var byClass)) counts[key] = byClass = [];
        byClass[c] = byClass.GetValueOrDefault(c) + 1;
    }

    /// <summary>Trains a tagger and lemmatizer; reproducible for the same options.</summary>
    public static TaggerTrainingResult Train(TaggerTrainingOptions o)
    {
        var trainSentences = new List<ConlluSentence>();
        foreach (var f in o.TrainFiles) trainSentences.AddRange(f.Read());
        return TrainOnSentences(o, trainSentences);
    }

    /// <summary>Trains on sentences already read (the parser's jackknife trains one tagger per fold this way); <paramref name="o"/>'s files are only named in the metadata.</summary>
    internal static TaggerTrainingResult TrainOnSentences(TaggerTrainingOptions o, List<ConlluSentence> trainSentences)
    {
        var log = o.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();

        // Classes and training examples.
        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var classNames = new List<string>();
        var wordCounts = new Dictionary<ulong, Dictionary<int, int>>();
        var lowerCounts = new Dictionary<ulong, Dictionary<int, int>>();
        var built = ConlluDocuments.BuildAll(trainSentences, withGold: false, "train");
        var golds = new List<int[]>();
        foreach (var (doc, gold) in built)
        {
            int k = 0;
            var tokens = doc.Tokens;
            foreach (var s in gold)
            {
                var cls = new int[s.Words.Count];
                for (int i = 0; i < cls.Length; i++, k++)
                {
                    string name = s.Words[i].Upos + "|" + s.Words[i].Xpos;
                    if (!classOf.TryGetValue(name, out int c)) { c = classNames.Count; classOf[name] = c; classNames.Add(name); }
                    cls[i] = c;
                    var t = tokens[k];
                    Count(wordCounts, StringHash.Of(doc.Text.AsSpan(t.Start, t.End - t.Start)), c);
                    Count(lowerCounts, t.Norm, c);
                }
                golds.Add(cls);
            }
        }
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (word, byClass) in lowerCounts)
        {
            int total = 0;
            foreach (var (_, n) in byClass) total += n;
            if (total < AmbiguityMinCount) continue;
            var set = new List<int>();
            foreach (var (c, n) in byClass) if (n >= AmbiguityMinShare * total) set.Add(c);
            set.Sort();
            ulong h = 0xA3B195354A39B70DUL;
            foreach (int c in set) h = (h ^ (ulong)(c + 1)) * 0x100000001B3UL;
            ambiguity[word] = h;
        }
        var known = o.KnownWordMinCount > 0 ? KnownWords.Build(lowerCounts, classNames.Count, o.KnownWordMinCount) : null;
        var examples = new List<(TokenContext[] Context, int[] Gold)>();
        int g = 0;
        foreach (var (doc, gold) in built)
        {
            int k = 0;
            foreach (var s in gold)
            {
                var ctx = new TokenContext[s.Words.Count];
                TaggerFeatures.Compute(doc, k, s.Words.Count, ctx, ambiguity, o.Clusters, known, o.KnownWordsOwnClass);
                examples.Add((ctx, golds[g++]));
                k += s.Words.Count;
            }
        }
        if (classNames.Count > byte.MaxValue) throw new NotSupportedException($"{classNames.Count} UPOS|XPOS classes: the model format stores a class in one byte");
        var classes = classNames.ToArray();
        var tagDictionary = new Dictionary<ulong, int>();
        foreach (var (form, byClass) in wordCounts)
        {
            int total = 0, top = -1, topCount = 0;
            foreach (var (c, n) in byClass) { total += n; if (n > topCount || (n == topCount && c < top)) { top = c; topCount = n; } }
            if (total >= TagDictionaryMinCount && topCount >= TagDictionaryMinShare * total) tagDictionary[form] = top;
        }
        var lemmas = TrainLemmas(trainSentences, classes);
        log($"{examples.Count:N0} training sentences, {classes.Length} classes, {tagDictionary.Count:N0} tag-dictionary words, {known?.Count ?? 0:N0} known words, " +
            $"{lemmas.TableCount:N0} lemma-table entries, {lemmas.RuleCount:N0} lemma-rule keys ({clock.Elapsed.TotalSeconds:F1} s)");

        var devSentences = o.DevFile is null ? null : Conllu.ReadFile(o.DevFile);
        Tagger MakeTagger(SparseWeights first, SparseWeights? second) =>
            new(classes, tagDictionary, ambiguity, first, second, lemmas, new JsonObject(), o.Clusters, known, o.KnownWordsOwnClass);

        // Pass 1 on all the data, the iteration count chosen on dev.
        log("pass 1");
        var (best, bestDev, bestIteration) = RunPass(examples, null, classes.Length, tagDictionary, known, o, o.Seed,
            o.Iterations, w => MakeTagger(w, null), devSentences, log, clock);
        int secondIteration = 0;
        if (o.TwoPass)
        {
            // Jackknife: each fold's first-pass tags come from a pass-1 model that did not see the fold, so the second
            // pass learns how far to trust first-pass tags as they are on unseen text.
            var firstPass = new int[examples.Count][];
            for (int fold = 0; fold < o.JackknifeFolds; fold++)
            {
                int from = (int)((long)examples.Count * fold / o.JackknifeFolds), to = (int)((long)examples.Count * (fold + 1) / o.JackknifeFolds);
                var rest = new List<(TokenContext[], int[])>(examples.Count - (to - from));
                for (int e = 0; e < examples.Count; e++) if (e < from || e >= to) rest.Add(examples[e]);
                var (foldTagger, _, _) = RunPass(rest, null, classes.Length, tagDictionary, known, o, o.Seed + fold + 1,
                    bestIteration, w => MakeTagger(w, null), null, _ => { }, clock);
                for (int e = from; e < to; e++)
                {
                    var ctx = examples[e].Context;
                    firstPass[e] = new int[ctx.Length];
                    foldTagger.Decode(ctx, firstPass[e], new float[ctx.Length], new int[ctx.Length]);
                }
                log($"jackknife fold {fold + 1}/{o.JackknifeFolds} ({clock.Elapsed.TotalSeconds:F1} s)");
            }
            log("pass 2");
            var first = best.Weights;
            var (best2, bestDev2, it2) = RunPass(examples, firstPass, classes.Length, tagDictionary, known, o, o.Seed,
                o.Iterations, w => MakeTagger(first, w), devSentences, log, clock);
            if (o.SecondPassMargin is { } m) best2 = best2.WithSecondPassMargin(m);
            else if (devSentences is not null) (best2, bestDev2) = ChooseMargin(best2, o, devSentences, log);
            if (bestDev is null || bestDev2 is null || bestDev2.Value.Upos > bestDev.Value.Upos)
            {
                best = best2; bestDev = bestDev2; secondIteration = it2;
            }
            else log("the second pass did not beat the first on dev: shipping one pass");
        }
        var chosen = best!;
        var tests = new List<TaggerScore>();
        foreach (var f in o.TestFiles)
        {
            var score = Score(chosen, f.ToString(), f.Read());
            tests.Add(score);
            log($"test {score.File}: UPOS {score.Upos * 100:F2} XPOS {score.Xpos * 100:F2} lemma {score.Lemma * 100:F2} ({score.Words:N0} words)");
        }

        var meta = new JsonObject
        {
            ["model"] = "averaged perceptron POS tagger (joint UPOS|XPOS, greedy, optional jackknifed second pass) + lemma table and suffix rules",
            ["trainedAt"] = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["trainingData"] = new JsonArray([.. o.TrainFiles.Select(f => (JsonNode)f.ToString())]),
            ["devData"] = o.DevFile is null ? null : Path.GetFileName(o.DevFile),
            ["seed"] = o.Seed,
            ["iterations"] = o.Iterations,
            ["bestIteration"] = bestIteration,
            ["twoPass"] = chosen.TwoPass,
            ["secondPassBestIteration"] = secondIteration,
            ["jackknifeFolds"] = o.TwoPass ? o.JackknifeFolds : 0,
            ["secondPassMargin"] = chosen.TwoPass && float.IsFinite(chosen.SecondPassMargin) ? Math.Round(chosen.SecondPassMargin, 3) : null,
            ["secondPassShare"] = chosen.TwoPass && devSentences is not null ? Math.Round(RescoredShare(chosen, devSentences), 4) : null,
            ["knownWordMinCount"] = o.KnownWordMinCount,
            ["knownWords"] = known?.Count ?? 0,
            ["knownWordsOwnClass"] = o.KnownWordsOwnClass,
            ["pruneThreshold"] = o.PruneThreshold,
            ["trainingSentences"] = examples.Count,
            ["classes"] = classes.Length,
            ["weights"] = chosen.WeightCount,
            [Tagger.ClustersKey] = o.Clusters?.Fingerprint,
            ["wordClusterSizes"] = o.Clusters is null ? null : string.Join("/", o.Clusters.Sizes),
            ["scores"] = new JsonArray([.. (bestDev is { } d ? tests.Prepend(d) : tests).Select(ScoreJson)]),
        };
        var final = new Tagger(classes, tagDictionary, ambiguity, chosen.Weights, chosen.SecondWeights, lemmas, meta, o.Clusters, known, o.KnownWordsOwnClass, chosen.SecondPassMargin);
        if (o.OutputPath is not null) final.Save(o.OutputPath);
        return new TaggerTrainingResult(final, bestIteration, bestDev, tests);
    }

    /// <summary>The features seen at least <paramref name="min"/> times in the training data (with gold tags as history).</summary>
    private static HashSet<ulong>? FrequentFeatures(List<(TokenContext[] Context, int[] Gold)> examples, int[][]? firstPass, int min, bool clusters)
    {
        if (min <= 1) return null;
        var counts = new Dictionary<ulong, int>();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        for (int e = 0; e < examples.Count; e++)
        {
            var (ctx, gold) = examples[e];
            ReadOnlySpan<int> right = firstPass is null ? [] : firstPass[e];
            for (int i = 0; i < ctx.Length; i++)
            {
                int n = TaggerFeatures.Extract(ctx, i, ctx.Length, i > 0 ? gold[i - 1] : TaggerFeatures.StartTag,
                    i > 1 ? gold[i - 2] : TaggerFeatures.StartTag, right, clusters, features);
                foreach (var f in features[..n]) counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }
        var kept = new HashSet<ulong>();
        foreach (var (f, c) in counts) if (c >= min) kept.Add(f);
        return kept;
    }

    /// <summary>Trains one pass's perceptron; returns the tagger of the best dev iteration (the last one without dev).</summary>
    private static (Tagger Best, TaggerScore? Dev, int Iteration) RunPass(List<(TokenContext[] Context, int[] Gold)> examples, int[][]? firstPass,
        int classCount, Dictionary<ulong, int> tagDictionary, KnownWords? known, TaggerTrainingOptions o, int seed, int iterations,
        Func<SparseWeights, Tagger> make, List<ConlluSentence>? devSentences, Action<string> log, Stopwatch clock)
    {
        var perceptron = new Perceptron(classCount, FrequentFeatures(examples, firstPass, o.MinFeatureCount, o.Clusters is not null));
        var rng = new Random(seed);
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classCount];
        Tagger? best = null;
        TaggerScore? bestDev = null;
        int bestIteration = 0;
        for (int it = 1; it <= iterations; it++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int e in order)
            {
                var (ctx, gold) = examples[e];
                ReadOnlySpan<int> right = firstPass is null ? [] : firstPass[e];
                int p1 = TaggerFeatures.StartTag, p2 = TaggerFeatures.StartTag;
                for (int i = 0; i < ctx.Length; i++)
                {
                    if (!tagDictionary.TryGetValue(ctx[i].Form, out int guess))
                    {
                        int n = TaggerFeatures.Extract(ctx, i, ctx.Length, p1, p2, right, o.Clusters is not null, features);
                        perceptron.Score(features[..n], scores);
                        guess = Tagger.ArgMax(scores, known, ctx[i].Known, out _);
                        perceptron.Tick();
                        if (guess != gold[i]) perceptron.Update(features[..n], gold[i], guess);
                    }
                    if (guess == gold[i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            string line = $"iteration {it}: train {100.0 * correct / total:F2}";
            if (devSentences is not null || it == iterations)
            {
                var tagger = make(perceptron.Averaged(o.PruneThreshold));
                if (devSentences is not null)
                {
                    var dev = Score(tagger, o.DevFile!, devSentences);
                    line += $", dev UPOS {dev.Upos * 100:F2} XPOS {dev.Xpos * 100:F2} lemma {dev.Lemma * 100:F2}";
                    if (bestDev is null || dev.Upos > bestDev.Value.Upos) { best = tagger; bestDev = dev; bestIteration = it; }
                }
                else { best = tagger; bestIteration = it; }
            }
            log(line + $" ({clock.Elapsed.TotalSeconds:F1} s)");
        }
        return (best!, bestDev, bestIteration);
    }

    private static JsonNode ScoreJson(TaggerScore s) => new JsonObject
    {
        ["file"] = s.File,
        ["words"] = s.Words,
        ["upos"] = Math.Round(s.Upos * 100, 2),
        ["xpos"] = Math.Round(s.Xpos * 100, 2),
        ["lemma"] = Math.Round(s.Lemma * 100, 2),
    };

    private static TaggerScore Score(Tagger tagger, string name, List<ConlluSentence> sentences)
    {
        var r = ConlluEvaluation.Run(name, sentences, [tagger]);
        return new TaggerScore(Path.GetFileName(name), r.Upos ?? 0, r.Xpos ?? 0, r.Lemma ?? 0, r.Words);
    }

    /// <summary>The first-pass margins of the dev words (infinity: answered by the tag dictionary).</summary>
    private static List<float> DevMargins(Tagger tagger, List<ConlluSentence> dev)
    {
        var margins = new List<float>();
        foreach (var (doc, gold) in ConlluDocuments.BuildAll(dev, withGold: false, "dev"))
        {
            int k = 0;
            foreach (var s in gold)
            {
                var ctx = new TokenContext[s.Words.Count];
                tagger.Context(doc, k, ctx);
                var m = new float[ctx.Length];
                tagger.Decode(ctx, new int[ctx.Length], m, new int[ctx.Length]);
                margins.AddRange(m);
                k += s.Words.Count;
            }
        }
        return margins;
    }

    /// <summary>Share of the dev words the tagger's second pass re-scores.</summary>
    private static double RescoredShare(Tagger tagger, List<ConlluSentence> dev)
    {
        var margins = DevMargins(tagger, dev);
        int n = 0;
        foreach (float m in margins) if (m < tagger.SecondPassMargin) n++;
        return (double)n / Math.Max(1, margins.Count);
    }

    /// <summary>The second-pass margin with the best dev UPOS among those re-scoring the shares of <see cref="TaggerTrainingOptions.SecondPassShares"/>.</summary>
    private static (Tagger, TaggerScore) ChooseMargin(Tagger tagger, TaggerTrainingOptions o, List<ConlluSentence> dev, Action<string> log)
    {
        var margins = DevMargins(tagger, dev);
        var sorted = margins.ToArray();
        Array.Sort(sorted);
        Tagger? best = null;
        TaggerScore bestScore = default;
        foreach (double share in o.SecondPassShares.Order())
        {
            int at = (int)Math.Round(share * sorted.Length);
            float margin = at >= sorted.Length || !float.IsFinite(sorted[at]) ? float.PositiveInfinity : sorted[at];
            var candidate = tagger.WithSecondPassMargin(margin);
            var score = Score(candidate, o.DevFile!, dev);
            int rescored = 0;
            foreach (float m in margins) if (m < margin) rescored++;
            log($"second pass margin {margin:F3}: re-scores {100.0 * rescored / sorted.Length:F1} % of dev words, dev UPOS {score.Upos * 100:F2} XPOS {score.Xpos * 100:F2}");
            if (best is null || score.Upos > bestScore.Upos) { best = candidate; bestScore = score; }
        }
        log($"second pass margin chosen: {best!.SecondPassMargin:F3}");
        return (best, bestScore);
    }

    private static LemmaModel TrainLemmas(List<ConlluSentence> sentences, string[] classes)
    {
        Tagger.XposIndices(classes, out var xposNames);
        var xposIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < xposNames.Length; i++) xposIndex[xposNames[i]] = i;

        // (form, xpos, lemma) counts.
        var types = new Dictionary<(string Form, int Xpos, string Lemma), int>();
        foreach (var s in sentences)
            foreach (var w in s.Words)
            {
                if (w.Lemma == "_" && w.Form != "_") continue;
                var key = (w.Form, xposIndex[w.Xpos], w.Lemma);
                types[key] = types.GetValueOrDefault(key) + 1;
            }

        // Table: most frequent lemma per exact (form, xpos), and per lower-cased (form, xpos).
        var exact = new Dictionary<ulong, (string Lemma, int Count)>();
        var lower = new Dictionary<ulong, (string Lemma, int Count)>();
        foreach (var ((form, xpos, lemma), n) in types)
        {
            Keep(exact, LemmaModel.TableKey(StringHash.Of(form), xpos), lemma, n);
            Keep(lower, LemmaModel.TableKey(StringHash.OfNorm(form), xpos) ^ 1, lemma, n);
        }
        var lemmaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var lemmaList = new List<string>();
        var table = new Dictionary<ulong, int>();
        foreach (var dict in new[] { exact, lower })
            foreach (var (k, (lemma, _)) in dict)
            {
                if (!lemmaIndex.TryGetValue(lemma, out int li)) { li = lemmaList.Count; lemmaIndex[lemma] = li; lemmaList.Add(lemma); }
                table[k] = li;
            }

        // Rules: counted over word types, keyed by (suffix, length, xpos).
        var ruleCounts = new Dictionary<ulong, Dictionary<LemmaRule, int>>();
        var support = new Dictionary<ulong, int>();
        var suffixLength = new Dictionary<ulong, int>();
        foreach (var ((form, xpos, lemma), _) in types)
        {
            var rule = LemmaModel.RuleFor(form, lemma);
            for (int n = 0; n <= Math.Min(LemmaModel.MaxSuffix, form.Length); n++)
            {
                ulong key = LemmaModel.RuleKey(StringHash.OfNorm(form.AsSpan(form.Length - n)), n, xpos);
                if (!ruleCounts.TryGetValue(key, out var byRule)) ruleCounts[key] = byRule = [];
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
                support[key] = support.GetValueOrDefault(key) + 1;
                suffixLength[key] = n;
            }
        }
        var ruleIndex = new Dictionary<LemmaRule, int>();
        var ruleList = new List<LemmaRule>();
        var rules = new Dictionary<ulong, int>();
        foreach (var (key, byRule) in ruleCounts)
        {
            if (suffixLength[key] > 0 && support[key] < MinRuleSupport) continue;
            LemmaRule best = default;
            int bestCount = -1;
            foreach (var (rule, n) in byRule)
                if (n > bestCount || (n == bestCount && Compare(rule, best) < 0)) { best = rule; bestCount = n; }
            if (!ruleIndex.TryGetValue(best, out int ri)) { ri = ruleList.Count; ruleIndex[best] = ri; ruleList.Add(best); }
            rules[key] = ri;
        }
        return new LemmaModel(table, [.. lemmaList], rules, [.. ruleList]);
    }

    private static int Compare(LemmaRule a, LemmaRule b)
    {
        int c = a.Lower.CompareTo(b.Lower);
        if (c != 0) return c;
        c = a.Strip.CompareTo(b.Strip);
        return c != 0 ? c : string.CompareOrdinal(a.Append, b.Append);
    }

    private static void Keep(Dictionary<ulong, (string Lemma, int Count)> dict, ulong key, string lemma, int n)
    {
        if (dict.TryGetValue(key, out var old))
        {
            if (old.Lemma == lemma) { dict[key] = (lemma, old.Count + n); return; }
            // Different lemmas for one key: keep the more frequent (ties: ordinal order, for reproducibility).
            if (old.Count > n || (old.Count == n && string.CompareOrdinal(old.Lemma, lemma) <= 0)) return;
        }
        dict[key] = (lemma, n);
    }

    /// <summary>Dense perceptron rows for training, created for a feature on its first update; lazily averaged.</summary>
    private sealed class Perceptron(int classes, HashSet<ulong>? allowed)
    {
        private readonly Dictionary<ulong, int> _rowOf = [];
        private readonly List<ulong> _keys = [];
        private float[] _w = new float[classes * 4096], _total = new float[classes * 4096];
        private int[] _stamp = new int[classes * 4096];
        private int _now;

        public void Tick() => _now++;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            scores.Clear();
            foreach (var f in features)
            {
                if (!_rowOf.TryGetValue(f, out int r)) continue;
                var row = _w.AsSpan(r * classes, classes);
                for (int c = 0; c < row.Length; c++) scores[c] += row[c];
            }
        }

        public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
        {
            foreach (var f in features)
            {
                if (!_rowOf.TryGetValue(f, out int r))
                {
                    if (allowed is not null && !allowed.Contains(f)) continue;
                    r = _keys.Count;
                    _rowOf[f] = r;
                    _keys.Add(f);
                    if ((r + 1) * classes > _w.Length)
                    {
                        Array.Resize(ref _w, _w.Length * 2);
                        Array.Resize(ref _total, _total.Length * 2);
                        Array.Resize(ref _stamp, _stamp.Length * 2);
                    }
                }
                Step(r * classes + truth, 1);
                Step(r * classes + guess, -1);
            }
        }

        private void Step(int i, float delta)
        {
            _total[i] += (_now - _stamp[i]) * _w[i];
            _stamp[i] = _now;
            _w[i] += delta;
        }

        /// <summary>The averaged weights, entries under <paramref name="prune"/> in magnitude dropped.</summary>
        public SparseWeights Averaged(float prune)
        {
            var keys = new List<ulong>();
            var start = new List<int> { 0 };
            var cls = new List<ushort>();
            var weights = new List<float>();
            for (int r = 0; r < _keys.Count; r++)
            {
                int before = weights.Count;
                for (int c = 0; c < classes; c++)
                {
                    int i = r * classes + c;
                    float avg = (_total[i] + (_now - _stamp[i]) * _w[i]) / Math.Max(1, _now);
                    if (Math.Abs(avg) < prune) continue;
                    cls.Add((ushort)c);
                    weights.Add(avg);
                }
                if (weights.Count == before) continue;
                keys.Add(_keys[r]);
                start.Add(weights.Count);
            }
            return new SparseWeights([.. keys], [.. start], [.. cls], [.. weights]);
        }
    }
}
