using System.Diagnostics;
using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Documents.Parsing;

/// <summary>A CoNLL-U training file, optionally restricted to documents whose sentence ids start with one of the prefixes.</summary>
/// <param name="Path">The file.</param>
/// <param name="DocumentPrefixes">Keep only sentences whose <c># sent_id</c> starts with one of these (null: keep all).</param>
public sealed record ParserTrainingFile(string Path, IReadOnlyList<string>? DocumentPrefixes = null);

/// <summary>How to train a parser.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Training treebanks (gold tags of the files are the tagger input).</summary>
    public required IReadOnlyList<ParserTrainingFile> TrainFiles { get; init; }

    /// <summary>Development file, scored after every iteration.</summary>
    public required string DevFile { get; init; }

    /// <summary>Files scored once training ends; their scores go into the metadata.</summary>
    public IReadOnlyList<ParserTrainingFile> EvaluationFiles { get; init; } = [];

    /// <summary>Passes over the training data; the pass with the best dev LAS is kept.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of the shuffling and exploration.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Feature table size, as a power of two rows.</summary>
    public int HashBits { get; init; } = 19;

    /// <summary>Probability of following the model's own wrong move (error exploration) from the second iteration on.</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>Encoded labels of lifted arcs (<c>rel||headrel</c>) rarer than this in training fall back to the plain relation.</summary>
    public int EncodedLabelMinCount { get; init; } = 20;

    /// <summary>Where to save the model (null: do not save).</summary>
    public string? OutputPath { get; init; }

    /// <summary>Receives progress lines.</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>What training produced.</summary>
/// <param name="Parser">The trained parser.</param>
/// <param name="Dev">Scores on the development file of the iteration kept (the best dev LAS).</param>
/// <param name="DevByIteration">Development scores after each iteration.</param>
/// <param name="Evaluations">Scores on each evaluation file, by file name.</param>
/// <param name="TrainSentences">Training sentences used.</param>
/// <param name="TrainWords">Training words used.</param>
/// <param name="NonProjectiveArcFraction">Share of training arcs that cross another arc (lifted before training).</param>
/// <param name="NonProjectiveSentenceFraction">Share of training sentences with at least one such arc.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record ParserTrainingResult(Parser Parser, ParserScores Dev, IReadOnlyList<ParserScores> DevByIteration,
    IReadOnlyDictionary<string, ParserScores> Evaluations, int TrainSentences, int TrainWords,
    double NonProjectiveArcFraction, double NonProjectiveSentenceFraction, TimeSpan Elapsed);

/// <summary>Training: averaged perceptron, dynamic oracle with error exploration, pseudo-projective trees.</summary>
internal static class ParserTrainer
{
    private sealed class Example(ParseInput input, int[] gold, int[] goldLabel)
    {
        public readonly ParseInput Input = input;
        public readonly int[] Gold = gold;
        public readonly int[] GoldLabel = goldLabel;
    }

    public static ParserTrainingResult Run(ParserTrainingOptions o)
    {
        var clock = Stopwatch.StartNew();
        var log = o.Log ?? (_ => { });
        var sentences = new List<ConlluSentence>();
        foreach (var file in o.TrainFiles) sentences.AddRange(Read(file));
        var dev = Conllu.ReadFile(o.DevFile);

        // Projectivize and count labels.
        int words = 0, liftedArcs = 0, liftedSentences = 0;
        var projHeads = new List<int[]>(sentences.Count);
        var projLabels = new List<string[]>(sentences.Count);
        var labelCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var encodedCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            int n = s.Words.Count;
            var heads = new int[n];
            var lost = new int[n];
            var labels = new string[n];
            for (int i = 0; i < n; i++) { heads[i] = s.Words[i].Head - 1; labels[i] = s.Words[i].DepRel; }
            int lifted = Projectivity.Projectivize(heads, lost);
            words += n;
            liftedArcs += lifted;
            if (lifted > 0) liftedSentences++;
            for (int i = 0; i < n; i++)
            {
                labelCount[labels[i]] = labelCount.GetValueOrDefault(labels[i]) + 1;
                if (lost[i] >= 0)
                {
                    labels[i] = labels[i] + Projectivity.Separator + s.Words[lost[i]].DepRel;
                    encodedCount[labels[i]] = encodedCount.GetValueOrDefault(labels[i]) + 1;
                }
            }
            projHeads.Add(heads);
            projLabels.Add(labels);
        }
        var labelNames = labelCount.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        foreach (var kv in encodedCount.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            if (kv.Value >= o.EncodedLabelMinCount) labelNames.Add(kv.Key);
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labelNames.Count; i++) labelIndex[labelNames[i]] = i;
        log($"{sentences.Count} sentences, {words} words; non-projective arcs {liftedArcs} ({100.0 * liftedArcs / words:F2}%) in {liftedSentences} sentences ({100.0 * liftedSentences / sentences.Count:F2}%); {labelNames.Count} labels");

        // Examples and the label directions seen.
        var examples = new List<Example>(sentences.Count);
        var seenLeft = new bool[labelNames.Count];
        var seenRight = new bool[labelNames.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            int n = s.Words.Count;
            var input = new ParseInput();
            input.Reset(n);
            var gold = new int[n + 1];
            var goldLabel = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                var word = s.Words[i];
                input.Set(i, word.Form, StringHash.OfNorm(word.Form), TagHashes.OfName(word.Upos), TagHashes.OfName(word.Xpos));
                int h = projHeads[si][i];
                gold[i] = h < 0 ? n : h;
                string label = projLabels[si][i];
                if (!labelIndex.TryGetValue(label, out int li)) li = labelIndex[label[..label.IndexOf(Projectivity.Separator, StringComparison.Ordinal)]];
                goldLabel[i] = li;
                if (i < gold[i]) seenLeft[li] = true; else seenRight[li] = true;
            }
            gold[n] = -1;
            examples.Add(new Example(input, gold, goldLabel));
        }
        var moves = new List<int> { ArcHybrid.Shift };
        var classLabels = new List<int> { -1 };
        for (int l = 0; l < labelNames.Count; l++) if (seenLeft[l]) { moves.Add(ArcHybrid.Left); classLabels.Add(l); }
        for (int l = 0; l < labelNames.Count; l++) if (seenRight[l]) { moves.Add(ArcHybrid.Right); classLabels.Add(l); }

        var model = new ParserModel([.. labelNames], [.. moves], [.. classLabels], o.HashBits);
        var parser = new Parser(model, new JsonObject());
        int stride = model.Stride, classes = model.ClassCount;
        var w = new float[model.Weights.Length];
        var u = new float[model.Weights.Length];
        long time = 1;
        var rng = new Random(o.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ArcHybrid();
        var features = new ulong[ParserFeatures.Max];
        var scores = new float[stride];
        var costs = new int[3];
        var devCurve = new List<ParserScores>();
        var weightsView = new ParserModel([.. labelNames], [.. moves], [.. classLabels], o.HashBits, w);
        float[]? best = null;
        int bestIteration = 0;

        for (int it = 1; it <= o.Iterations; it++)
        {
            rng.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int ei in order)
            {
                var ex = examples[ei];
                int n = ex.Input.Count;
                state.Init(n);
                while (!state.Terminal)
                {
                    int k = ParserFeatures.Extract(state, ex.Input, features);
                    var f = features.AsSpan(0, k);
                    weightsView.Score(f, scores);
                    state.MoveCosts(ex.Gold, costs);
                    int predicted = -1, target = -1, minCost = int.MaxValue;
                    float predictedScore = float.NegativeInfinity, bestScore = float.NegativeInfinity;
                    for (int c = 0; c < classes; c++)
                    {
                        int m = moves[c];
                        if (costs[m] >= ArcHybrid.Invalid) continue;
                        int cost = costs[m];
                        if (m != ArcHybrid.Shift && classLabels[c] != ex.GoldLabel[state.Stack[state.Sp - 1]] && state.MakesGoldArc(m, ex.Gold)) cost++;
                        float sc = scores[c];
                        if (sc > predictedScore) { predictedScore = sc; predicted = c; }
                        if (cost < minCost || (cost == minCost && sc > bestScore)) { minCost = cost; bestScore = sc; target = c; }
                    }
                    int predictedCost = costs[moves[predicted]];
                    if (moves[predicted] != ArcHybrid.Shift && classLabels[predicted] != ex.GoldLabel[state.Stack[state.Sp - 1]] && state.MakesGoldArc(moves[predicted], ex.Gold)) predictedCost++;
                    steps++;
                    int next = predicted;
                    if (predictedCost > minCost)
                    {
                        errors++;
                        foreach (ulong feat in f)
                        {
                            int row = model.RowOf(feat);
                            w[row + target] += 1; u[row + target] += time;
                            w[row + predicted] -= 1; u[row + predicted] -= time;
                        }
                        if (it == 1 || rng.NextDouble() >= o.Exploration) next = target;
                    }
                    time++;
                    state.Apply(moves[next], classLabels[next]);
                }
            }
            // Averaged weights into the model, then score dev.
            var avg = model.Weights;
            float inv = 1f / time;
            for (long i = 0; i < avg.LongLength; i++) avg[i] = w[i] - u[i] * inv;
            var scoresDev = parser.Evaluate(dev);
            devCurve.Add(scoresDev);
            if (best == null || scoresDev.Las > devCurve[bestIteration - 1].Las)
            {
                best ??= new float[avg.Length];
                Array.Copy(avg, best, avg.Length);
                bestIteration = it;
            }
            log($"iteration {it}: {errors} errors in {steps} moves ({100.0 * errors / steps:F2}%); dev UAS {scoresDev.Uas} LAS {scoresDev.Las} LAS-full {scoresDev.LasFull}; {clock.Elapsed.TotalSeconds:F0}s");
        }

        // Early stopping on dev: keep the iteration with the best dev LAS.
        Array.Copy(best!, model.Weights, best!.Length);
        log($"kept iteration {bestIteration}: dev LAS {devCurve[bestIteration - 1].Las}");

        var evaluations = new Dictionary<string, ParserScores>(StringComparer.Ordinal);
        foreach (var file in o.EvaluationFiles)
        {
            var gold = Read(file);
            var sc = parser.Evaluate(gold);
            string key = System.IO.Path.GetFileName(file.Path) + (file.DocumentPrefixes is { } p ? "[" + string.Join(",", p) + "]" : "");
            evaluations[key] = sc;
            log($"{key}: UAS {sc.Uas} LAS {sc.Las} LAS-full {sc.LasFull} (gold tags)");
        }

        var meta = parser.Metadata;
        var data = new JsonArray();
        foreach (var file in o.TrainFiles)
            data.Add(new JsonObject
            {
                ["file"] = System.IO.Path.GetFileName(file.Path),
                ["documents"] = file.DocumentPrefixes is { } p ? new JsonArray([.. p.Select(x => (JsonNode)x)]) : "all",
            });
        meta["training_data"] = data;
        meta["dev_file"] = System.IO.Path.GetFileName(o.DevFile);
        meta["seed"] = o.Seed;
        meta["iterations"] = o.Iterations;
        meta["best_iteration"] = bestIteration;
        meta["dev_gold_tags"] = devCurve[bestIteration - 1].ToJson();
        meta["hash_bits"] = o.HashBits;
        meta["exploration"] = o.Exploration;
        meta["encoded_label_min_count"] = o.EncodedLabelMinCount;
        meta["transition_system"] = "arc-hybrid, root at buffer end, pseudo-projective (head encoding)";
        meta["tags_in_training"] = "gold UPOS/XPOS of the training files";
        meta["train_sentences"] = sentences.Count;
        meta["train_words"] = words;
        meta["non_projective_arc_percent"] = Math.Round(100.0 * liftedArcs / words, 3);
        meta["dev_by_iteration"] = new JsonArray([.. devCurve.Select(d => (JsonNode)d.ToJson())]);
        var evalJson = new JsonObject();
        foreach (var kv in evaluations) evalJson[kv.Key] = kv.Value.ToJson();
        meta["scores_gold_tags"] = evalJson;
        meta["trained"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd");
        if (o.OutputPath != null) parser.Save(o.OutputPath);
        return new ParserTrainingResult(parser, devCurve[bestIteration - 1], devCurve, evaluations, sentences.Count, words,
            (double)liftedArcs / words, (double)liftedSentences / sentences.Count, clock.Elapsed);
    }

    private static List<ConlluSentence> Read(ParserTrainingFile file)
    {
        var all = Conllu.ReadFile(file.Path);
        if (file.DocumentPrefixes is not { } prefixes) return all;
        var kept = new List<ConlluSentence>();
        foreach (var s in all)
            foreach (var p in prefixes)
                if (s.SentId != null && s.SentId.StartsWith(p, StringComparison.Ordinal)) { kept.Add(s); break; }
        return kept;
    }
}
