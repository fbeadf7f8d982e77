using System.Diagnostics;
using System.Text.Json.Nodes;
using Dyad.Documents.Tagging;
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

    /// <summary>Move table size, as a power of two rows (one 64-byte row of move classes each).</summary>
    public int HashBits { get; init; } = 19;

    /// <summary>Label table size, as a power of two rows (one row of all labels each).</summary>
    public int LabelHashBits { get; init; } = 18;

    /// <summary>Probability of following the model's own wrong move (error exploration) from the second iteration on.</summary>
    public double Exploration { get; init; } = 0.9;

    /// <summary>
    /// Beam width (the shipped recipe: <see cref="ShippedBeamWidth"/>). 1 trains the greedy parser: a local perceptron update at every move, dynamic
    /// oracle with error exploration. Wider trains a global structured perceptron (Zhang and Clark 2008; Zhang and Nivre
    /// 2011): each sentence is decoded with the beam while the static oracle's gold sequence is followed beside it, and
    /// where the beam goes wrong (see <see cref="BeamUpdate"/>) the gold prefix's move features go up and the best
    /// item's down; the label table is trained locally on the gold prefix. The model records the width and parses with it.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>Which prefix a beam-trained perceptron updates on (ignored for width 1).</summary>
    public BeamUpdate BeamUpdate { get; init; } = BeamUpdate.MaxViolation;

    /// <summary>Encoded labels of lifted arcs (<c>rel||headrel</c>) rarer than this in training fall back to the plain relation.</summary>
    public int EncodedLabelMinCount { get; init; } = 20;

    /// <summary>
    /// Folds of the jackknife that gives the training words predicted tags: each fold is tagged by a tagger trained (with
    /// <see cref="TaggerTraining"/>) on the other folds, so the parser learns from tags as wrong as the tagger's are on
    /// unseen text. 0 trains on the gold tags of the files.
    /// </summary>
    public int JackknifeFolds { get; init; }

    /// <summary>Iterations of each fold's tagger (the shipped tagger's best dev iteration is 6).</summary>
    public int JackknifeTaggerIterations { get; init; } = 6;

    /// <summary>
    /// The tagger that tags the dev and evaluation files when training on predicted tags (null: <see cref="Tagger.Default"/>,
    /// the tagger the pipeline runs). Ignored with gold tags.
    /// </summary>
    public Tagger? Tagger { get; init; }

    /// <summary>Where to save the model (null: do not save).</summary>
    public string? OutputPath { get; init; }

    /// <summary>
    /// Word classes to use as features of s0, s1, b0, b1 (null: none); the model records the table's fingerprint. Off in
    /// the shipped recipe: all tagged by the word-class tagger (TaggerTrainingOptions.Clusters, not shipped), EWT dev LAS
    /// 81.27 with them (fold taggers with word classes) against 81.54 for the shipped parser (EWT test 82.53 against
    /// 82.19, GUM test 80.36 against 80.70).
    /// </summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>
    /// Whether the jackknife's fold taggers use the run-time tagger's word classes. Off in the shipped recipe: fold
    /// taggers without them (tags a little noisier than the run-time tagger's) gave EWT dev LAS 81.54 against 81.15 with
    /// them (EWT test 82.19 against 82.32, GUM test 80.70 against 80.35), both tagged by the word-class tagger. Only
    /// matters when the run-time tagger has word classes.
    /// </summary>
    public bool JackknifeWordClusters { get; init; }

    /// <summary>Receives progress lines.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Iterations of the shipped model (its best dev iteration is recorded in the metadata).</summary>
    public const int ShippedIterations = 8;

    /// <summary>
    /// Beam width of the shipped model: 1, greedy. A beam of 8 (max-violation, 14 iterations, best dev 11: `dyad train
    /// parser --beam 8 --iterations 14`) raised LAS on EWT test 81.98 → 83.44, dev 81.32 → 83.00, GUM test 80.60 → 82.03,
    /// GUM news 79.06 → 80.06, at 7.4× the parse time; it was not shipped because the event and PETRARCH rules, written
    /// against the greedy parser's output, lost with it (four tests failed in the part of the suite run; PETRARCH 2.02
    /// suite on our parse: extra codings 11.3 % → 18.7 %). See models/README.md, "Parser: beam search".
    /// </summary>
    public const int ShippedBeamWidth = 1;

    /// <summary>
    /// Label table size of the shipped model: the label table scores only the rarer relations (the move table's classes
    /// carry the frequent ones), and on EWT dev 2^17 rows scored LAS 81.32 against 81.10 with 2^18, at 63 MB loaded instead of 92.
    /// </summary>
    public const int ShippedLabelHashBits = 17;

    /// <summary>
    /// Move table size of the shipped model, 2^19 rows (32 MB loaded). 2^21 rows (`dyad train parser --hash-bits 21`)
    /// parse better: over three seeds each, EWT dev LAS 81.76 against 81.15 on average, EWT test 82.46 against 82.05, GUM
    /// test 80.97 against 80.55, GUM test news 79.20 against 79.16 (2^22, seed 1: no better than 2^21); parsing costs
    /// about a fifth more time and 96 MB more memory. Not shipped: the event rules were tuned on this model's trees, and
    /// with the 2^21 model (seed 1) the PETRARCH 2.02 suite on our parse found 272 of 302 against 284, and the ConfliBERT
    /// held-out target F1 fell 0.448 → 0.433 (models/README.md, "table size").
    /// </summary>
    public const int ShippedHashBits = 19;

    /// <summary>Jackknife folds of the shipped model.</summary>
    public const int ShippedJackknifeFolds = 4;

    /// <summary>
    /// The options that made the shipped <c>models/parser.dyad</c>: UD EWT train + the CC BY documents of GUM train,
    /// tags jackknifed in <see cref="ShippedJackknifeFolds"/> folds, greedy (<see cref="ShippedBeamWidth"/>), EWT dev
    /// (tagged by <see cref="Tagger.Default"/>) for early stopping, EWT test, GUM test and GUM test news scored into the
    /// metadata, seed 1.
    /// </summary>
    /// <param name="dataRoot">The shared data folder holding <c>ud-english-ewt/</c> and <c>ud-english-gum/</c>.</param>
    /// <param name="outputPath">Where to write the model (null: do not save).</param>
    /// <param name="log">Progress lines (null: quiet).</param>
    public static ParserTrainingOptions Shipped(string dataRoot, string? outputPath, Action<string>? log = null)
    {
        string ewt = System.IO.Path.Combine(dataRoot, "ud-english-ewt"), gum = System.IO.Path.Combine(dataRoot, "ud-english-gum");
        string gumTest = System.IO.Path.Combine(gum, "en_gum-ud-test.conllu");
        return new ParserTrainingOptions
        {
            TrainFiles =
            [
                new(System.IO.Path.Combine(ewt, "en_ewt-ud-train.conllu")),
                new(System.IO.Path.Combine(gum, "en_gum-ud-train.conllu"), TaggerTraining.GumCcByDocumentPrefixes),
            ],
            DevFile = System.IO.Path.Combine(ewt, "en_ewt-ud-dev.conllu"),
            EvaluationFiles = [new(System.IO.Path.Combine(ewt, "en_ewt-ud-test.conllu")), new(gumTest), new(gumTest, ["GUM_news_"])],
            Iterations = ShippedIterations,
            HashBits = ShippedHashBits,
            LabelHashBits = ShippedLabelHashBits,
            Seed = 1,
            JackknifeFolds = ShippedJackknifeFolds,
            BeamWidth = ShippedBeamWidth,
            OutputPath = outputPath,
            Log = log,
        };
    }
}

/// <summary>Where a globally trained (beam) parser updates its weights.</summary>
public enum BeamUpdate
{
    /// <summary>At the step the gold prefix falls out of the beam (Collins and Roark 2004); the rest of the sentence is skipped.</summary>
    Early,

    /// <summary>
    /// At the step where the best item beats the gold prefix by the most, the gold prefix having left the beam (Huang,
    /// Fayong and Guo 2012), or at the end when the best complete parse is not the gold one.
    /// </summary>
    MaxViolation,
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
    /// <summary>One perceptron step of the label table for an "other" arc of <paramref name="move"/>: the gold label's
    /// weights up and the guess's down over the configuration's features (current weights in <paramref name="wl"/>,
    /// time-weighted sums for the average in <paramref name="ul"/>).</summary>
    private static void UpdateLabels(ParserModel model, ReadOnlySpan<ulong> f, int move, int gold, int guess, float[] wl, float[] ul, long time)
    {
        foreach (ulong feat in f)
        {
            int row = model.LabelRowOf(feat, move);
            wl[row + gold] += 1; ul[row + gold] += time;
            wl[row + guess] -= 1; ul[row + guess] -= time;
        }
    }

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
        var tags = o.JackknifeFolds > 1 ? Jackknife(sentences, o, log) : null;
        Tagger? evalTagger = tags == null ? null : o.Tagger ?? Tagger.Default;

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
        var leftCount = new int[labelNames.Count];
        var rightCount = new int[labelNames.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            int n = s.Words.Count;
            var input = new ParseInput();
            input.Reset(n);
            input.HasClusters = o.Clusters is not null;
            var gold = new int[n + 1];
            var goldLabel = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                var word = s.Words[i];
                var (upos, xpos) = tags == null ? (word.Upos, word.Xpos) : tags[si][i];
                ulong norm = StringHash.OfNorm(word.Form);
                input.Set(i, word.Form, norm, TagHashes.OfName(upos), TagHashes.OfName(xpos), o.Clusters?.Lookup(norm) ?? 0);
                int h = projHeads[si][i];
                gold[i] = h < 0 ? n : h;
                string label = projLabels[si][i];
                if (!labelIndex.TryGetValue(label, out int li)) li = labelIndex[label[..label.IndexOf(Projectivity.Separator, StringComparison.Ordinal)]];
                goldLabel[i] = li;
                if (i < gold[i]) { seenLeft[li] = true; leftCount[li]++; } else { seenRight[li] = true; rightCount[li]++; }
            }
            gold[n] = -1;
            examples.Add(new Example(input, gold, goldLabel));
        }
        int[] leftSingles = MostFrequent(leftCount, ParserModel.LeftSingles), rightSingles = MostFrequent(rightCount, ParserModel.RightSingles);
        var model = new ParserModel([.. labelNames], seenLeft, seenRight, leftSingles, rightSingles, o.HashBits, o.LabelHashBits);
        var parser = new Parser(model, new JsonObject(), o.Clusters, o.BeamWidth);
        // Current (w) and time-weighted sums (u) of the two perceptrons; averages are w - u / time.
        var wm = new float[model.MoveWeights.Length];
        var um = new float[model.MoveWeights.Length];
        var wl = new float[model.LabelWeights.Length];
        var ul = new float[model.LabelWeights.Length];
        var current = new ParserModel([.. labelNames], seenLeft, seenRight, leftSingles, rightSingles, o.HashBits, o.LabelHashBits, wm, wl);
        var global = o.BeamWidth > 1 ? new GlobalTrainer(model, current, o.BeamWidth, o.BeamUpdate, wm, um, wl, ul) : null;
        long time = 1;
        var rng = new Random(o.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ArcHybrid();
        var features = new ulong[ParserFeatures.Max];
        var moveScores = new float[ParserModel.MoveStride];
        var labelScores = new float[model.LabelStride];
        var costs = new int[3];
        var devCurve = new List<ParserScores>();
        float[]? bestMoves = null, bestLabels = null;
        int bestIteration = 0;

        for (int it = 1; it <= o.Iterations; it++)
        {
            rng.Shuffle(order);
            long steps = 0, errors = 0, arcs = 0, labelErrors = 0;
            if (global != null)
            {
                global.ResetCounts();
                foreach (int ei in order) global.Train(examples[ei], time++);
                (steps, errors, arcs, labelErrors) = (global.Sentences, global.Updates, global.Arcs, global.LabelErrors);
            }
            else foreach (int ei in order)
            {
                var ex = examples[ei];
                int n = ex.Input.Count;
                state.Init(n);
                while (!state.Terminal)
                {
                    int k = ParserFeatures.Extract(state, ex.Input, features, current);
                    var f = features.AsSpan(0, k);
                    current.ScoreMoves(f, moveScores);
                    state.MoveCosts(ex.Gold, costs);
                    int predicted = current.BestClass(moveScores, state);
                    int predictedMove = model.ClassMove[predicted];
                    // The target: among the cheapest moves, the best-scoring class, where a gold arc's class is its gold label's.
                    int minCost = ArcHybrid.Invalid;
                    for (int m = 0; m < 3; m++) minCost = Math.Min(minCost, costs[m]);
                    int target = -1;
                    for (int m = 0; m < 3; m++)
                    {
                        if (costs[m] != minCost || costs[m] >= ArcHybrid.Invalid) continue;
                        int c = m != ArcHybrid.Shift && state.MakesGoldArc(m, ex.Gold)
                            ? model.ClassOf(m, ex.GoldLabel[state.Stack[state.Sp - 1]])
                            : current.BestClassOf(moveScores, m);
                        if (target < 0 || moveScores[c] > moveScores[target]) target = c;
                    }
                    steps++;
                    int next = predicted;
                    if (predicted != target)
                    {
                        errors++;
                        foreach (ulong feat in f)
                        {
                            int row = model.MoveRowOf(feat);
                            wm[row + target] += 1; um[row + target] += time;
                            wm[row + predicted] -= 1; um[row + predicted] -= time;
                        }
                        if (it == 1 || costs[predictedMove] == minCost || rng.NextDouble() >= o.Exploration) next = target;
                    }
                    int nextMove = model.ClassMove[next];
                    int label = model.ClassLabel[next];
                    if (nextMove != ArcHybrid.Shift && label < 0)
                    {
                        current.ScoreLabels(f, nextMove, labelScores);
                        label = current.BestOtherLabel(labelScores, nextMove);
                        // The label classifier learns only where the arc is a gold arc whose label has no class of its own.
                        if (state.MakesGoldArc(nextMove, ex.Gold))
                        {
                            int gold = ex.GoldLabel[state.Stack[state.Sp - 1]];
                            if (model.ClassOf(nextMove, gold) == next)
                            {
                                arcs++;
                                if (label != gold)
                                {
                                    labelErrors++;
                                    UpdateLabels(model, f, nextMove, gold, label, wl, ul, time);
                                    if (it == 1 || rng.NextDouble() >= o.Exploration) label = gold;
                                }
                            }
                        }
                    }
                    time++;
                    state.Apply(nextMove, label);
                }
            }
            // Averaged weights into the model, then score dev.
            float inv = 1f / time;
            var am = model.MoveWeights;
            for (int i = 0; i < am.Length; i++) am[i] = wm[i] - um[i] * inv;
            var al = model.LabelWeights;
            for (int i = 0; i < al.Length; i++) al[i] = wl[i] - ul[i] * inv;
            var scoresDev = parser.Evaluate(dev, evalTagger);
            devCurve.Add(scoresDev);
            if (bestMoves == null || scoresDev.Las > devCurve[bestIteration - 1].Las)
            {
                bestMoves = am.ToArray();
                bestLabels = al.ToArray();
                bestIteration = it;
            }
            string what = global != null ? $"{errors} {o.BeamUpdate} updates in {steps} sentences ({100.0 * errors / steps:F2}%), {global.MovesSkipped} of {global.Moves} gold moves not decoded after an early update, " : $"{errors} move errors in {steps} moves ({100.0 * errors / steps:F2}%), ";
            log($"iteration {it}: {what}{labelErrors} label errors in {arcs} gold arcs ({100.0 * labelErrors / Math.Max(1, arcs):F2}%); dev ({(tags == null ? "gold" : "predicted")} tags) UAS {scoresDev.Uas} LAS {scoresDev.Las} LAS-full {scoresDev.LasFull}; {clock.Elapsed.TotalSeconds:F0}s");
        }

        // Early stopping on dev: keep the iteration with the best dev LAS.
        bestMoves!.CopyTo(model.MoveWeights);
        bestLabels!.CopyTo(model.LabelWeights);
        log($"kept iteration {bestIteration}: dev LAS {devCurve[bestIteration - 1].Las}");

        var evaluations = new Dictionary<string, ParserScores>(StringComparer.Ordinal);
        var evaluationsPredicted = new Dictionary<string, ParserScores>(StringComparer.Ordinal);
        foreach (var file in o.EvaluationFiles)
        {
            var gold = Read(file);
            var sc = parser.Evaluate(gold);
            string key = System.IO.Path.GetFileName(file.Path) + (file.DocumentPrefixes is { } p ? "[" + string.Join(",", p) + "]" : "");
            evaluations[key] = sc;
            log($"{key}: UAS {sc.Uas} LAS {sc.Las} LAS-full {sc.LasFull} (gold tags)");
            var tagger = evalTagger ?? o.Tagger;
            if (tagger == null) continue;
            var sp = parser.Evaluate(gold, tagger);
            evaluationsPredicted[key] = sp;
            log($"{key}: UAS {sp.Uas} LAS {sp.Las} LAS-full {sp.LasFull} (predicted tags)");
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
        meta[tags == null ? "dev_gold_tags" : "dev_predicted_tags"] = devCurve[bestIteration - 1].ToJson();
        meta["hash_bits"] = o.HashBits;
        meta[Tagger.ClustersKey] = o.Clusters?.Fingerprint;
        meta["word_cluster_sizes"] = o.Clusters is null ? null : string.Join("/", o.Clusters.Sizes);
        meta["label_hash_bits"] = o.LabelHashBits;
        meta["classifier"] = $"two-step: a move perceptron over SHIFT, LEFT/RIGHT arcs with each of the {ParserModel.LeftSingles}/{ParserModel.RightSingles} most frequent relations of that direction, and LEFT-other/RIGHT-other; then, for an 'other' arc, a label perceptron over that direction's remaining relations";
        meta["left_class_labels"] = new JsonArray([.. leftSingles.Select(i => (JsonNode)labelNames[i])]);
        meta["right_class_labels"] = new JsonArray([.. rightSingles.Select(i => (JsonNode)labelNames[i])]);
        if (o.BeamWidth > 1)
        {
            meta["beam"] = o.BeamWidth;
            meta["beam_update"] = o.BeamUpdate == BeamUpdate.MaxViolation ? "max-violation" : "early";
            meta["training"] = "global structured perceptron over the beam (gold: static oracle over the projectivized tree), label table local on the gold prefix";
        }
        else meta["exploration"] = o.Exploration;
        meta["encoded_label_min_count"] = o.EncodedLabelMinCount;
        meta["transition_system"] = "arc-hybrid, root at buffer end, pseudo-projective (head encoding)";
        meta["tags_in_training"] = tags == null ? "gold UPOS/XPOS of the training files"
            : $"predicted UPOS/XPOS, {o.JackknifeFolds}-fold jackknife (each fold tagged by a tagger trained on the others, {o.JackknifeTaggerIterations} iterations, seed {o.Seed}+fold)";
        meta["jackknife_folds"] = tags == null ? 0 : o.JackknifeFolds;
        if (evalTagger != null) meta["dev_and_evaluation_tagger"] = evalTagger.Metadata.DeepClone();
        meta["train_sentences"] = sentences.Count;
        meta["train_words"] = words;
        meta["non_projective_arc_percent"] = Math.Round(100.0 * liftedArcs / words, 3);
        meta["dev_by_iteration"] = new JsonArray([.. devCurve.Select(d => (JsonNode)d.ToJson())]);
        var evalJson = new JsonObject();
        foreach (var kv in evaluations) evalJson[kv.Key] = kv.Value.ToJson();
        meta["scores_gold_tags"] = evalJson;
        var predJson = new JsonObject();
        foreach (var kv in evaluationsPredicted) predJson[kv.Key] = kv.Value.ToJson();
        if (predJson.Count > 0) meta["scores_predicted_tags"] = predJson;
        meta["trained"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd");
        if (o.OutputPath != null) parser.Save(o.OutputPath);
        return new ParserTrainingResult(parser, devCurve[bestIteration - 1], devCurve, evaluations, sentences.Count, words,
            (double)liftedArcs / words, (double)liftedSentences / sentences.Count, clock.Elapsed);
    }

    /// <summary>
    /// Global training of the move table over a beam, one sentence at a time; the label table learns locally at the gold
    /// sequence's "other" arcs. Buffers are reused across sentences.
    /// </summary>
    private sealed class GlobalTrainer(ParserModel model, ParserModel current, int width, BeamUpdate update, float[] wm, float[] um, float[] wl, float[] ul)
    {
        private readonly Beam _beam = new(width, model.LabelStride) { Record = true };
        private readonly ArcHybrid _gold = new(), _replay = new();
        private readonly ulong[] _features = new ulong[ParserFeatures.Max];
        private readonly float[] _moveScores = new float[ParserModel.MoveStride];
        private readonly float[] _labelScores = new float[model.LabelStride];
        private int[] _goldClass = [], _goldLabel = [], _predClass = [], _predLabel = [];

        public long Sentences, Updates, Arcs, LabelErrors, Moves, MovesSkipped;

        public void ResetCounts() => Sentences = Updates = Arcs = LabelErrors = Moves = MovesSkipped = 0;

        public void Train(Example ex, long time)
        {
            int n = ex.Input.Count, steps = 2 * n;
            if (_goldClass.Length < steps)
            {
                int size = Math.Max(steps, _goldClass.Length * 2);
                _goldClass = new int[size]; _goldLabel = new int[size]; _predClass = new int[size]; _predLabel = new int[size];
            }
            Sentences++;
            Moves += steps;
            _beam.Start(n, model.LabelStride);
            _gold.Init(n);
            double goldScore = 0, maxViolation = double.NegativeInfinity;
            int goldIndex = 0, violationStep = -1;
            for (int t = 0; t < steps; t++)
            {
                int move = _gold.StaticOracle(ex.Gold);
                int label = -1, cls = ParserModel.ShiftClass;
                int k = ParserFeatures.Extract(_gold, ex.Input, _features, current);
                var f = _features.AsSpan(0, k);
                current.ScoreMoves(f, _moveScores);
                if (move != ArcHybrid.Shift)
                {
                    label = ex.GoldLabel[_gold.Stack[_gold.Sp - 1]];
                    cls = model.ClassOf(move, label);
                    if (model.ClassLabel[cls] < 0)
                    {
                        Arcs++;
                        current.ScoreLabels(f, move, _labelScores);
                        int guess = current.BestOtherLabel(_labelScores, move);
                        if (guess != label)
                        {
                            LabelErrors++;
                            UpdateLabels(model, f, move, label, guess, wl, ul, time);
                        }
                    }
                }
                goldScore += _moveScores[cls];
                _goldClass[t] = cls;
                _goldLabel[t] = label;
                goldIndex = _beam.Advance(current, ex.Input, goldIndex, cls, label);
                _gold.Apply(move, label);
                if (goldIndex >= 0) continue;
                double violation = _beam.ScoreOf(0) - goldScore;
                if (violation > maxViolation) { maxViolation = violation; violationStep = t + 1; }
                if (update == BeamUpdate.Early) { MovesSkipped += steps - t - 1; break; }
            }
            // The gold parse survived to the end but is not the best: update on the whole sequence.
            if (violationStep < 0 && goldIndex > 0) violationStep = steps;
            if (violationStep < 0) return;
            _beam.Backtrack(violationStep, 0, _predClass, _predLabel);
            int same = 0;
            while (same < violationStep && _predClass[same] == _goldClass[same] && _predLabel[same] == _goldLabel[same]) same++;
            if (same == violationStep) return;
            Updates++;
            Replay(ex, same, violationStep, _predClass, _predLabel, -1, time);
            Replay(ex, same, violationStep, _goldClass, _goldLabel, +1, time);
        }

        /// <summary>
        /// Follows the gold sequence's first <paramref name="from"/> moves (shared by both sequences), then the moves of
        /// <paramref name="classes"/> up to <paramref name="to"/>, adding <paramref name="sign"/> to each move's class in the
        /// rows of its configuration's features.
        /// </summary>
        private void Replay(Example ex, int from, int to, int[] classes, int[] labels, int sign, long time)
        {
            _replay.Init(ex.Input.Count);
            for (int t = 0; t < from; t++) _replay.Apply(model.ClassMove[_goldClass[t]], _goldLabel[t]);
            for (int t = from; t < to; t++)
            {
                int k = ParserFeatures.Extract(_replay, ex.Input, _features);
                int cls = classes[t];
                foreach (ulong feat in _features.AsSpan(0, k))
                {
                    int row = model.MoveRowOf(feat) + cls;
                    wm[row] += sign; um[row] += sign * time;
                }
                _replay.Apply(model.ClassMove[cls], labels[t]);
            }
        }
    }

    /// <summary>Predicted (UPOS, XPOS) of every training word, each contiguous fold tagged by a tagger trained on the other folds.</summary>
    private static (string Upos, string Xpos)[][] Jackknife(List<ConlluSentence> sentences, ParserTrainingOptions o, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var tags = new (string, string)[sentences.Count][];
        int k = o.JackknifeFolds, correct = 0, total = 0;
        for (int fold = 0; fold < k; fold++)
        {
            int from = (int)((long)sentences.Count * fold / k), to = (int)((long)sentences.Count * (fold + 1) / k);
            var rest = new List<ConlluSentence>(sentences.Count - (to - from));
            for (int i = 0; i < sentences.Count; i++) if (i < from || i >= to) rest.Add(sentences[i]);
            var tagger = TaggerTraining.TrainOnSentences(new TaggerTrainingOptions
            {
                TrainFiles = [],
                Iterations = o.JackknifeTaggerIterations,
                Seed = o.Seed + fold + 1,
                Clusters = o.JackknifeWordClusters ? (o.Tagger ?? Tagger.Default).Clusters : null,
            }, rest).Tagger;
            var held = sentences.GetRange(from, to - from);
            int si = from;
            foreach (var (doc, group) in ConlluDocuments.BuildAll(held, withGold: false, "jackknife"))
            {
                tagger.Process(doc);
                int t = 0;
                foreach (var s in group)
                {
                    while (sentences[si].Words.Count == 0) tags[si++] = [];
                    var row = new (string, string)[s.Words.Count];
                    for (int i = 0; i < row.Length; i++, t++)
                    {
                        var token = doc.Tokens[t];
                        row[i] = (Labels.Upos.Name(token.Upos), Labels.Xpos.Name(token.Xpos));
                        if (row[i].Item1 == s.Words[i].Upos) correct++;
                        total++;
                    }
                    tags[si++] = row;
                }
            }
            while (si < to) tags[si++] = [];
            log($"jackknife fold {fold + 1}/{k}: tagged {to - from} sentences ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        log($"jackknifed training tags: UPOS {100.0 * correct / Math.Max(1, total):F2}");
        return tags;
    }

    /// <summary>
    /// The indices of the <paramref name="k"/> largest counts, largest first (ties: lower index), leaving at least one
    /// seen label for the direction's "other" class.
    /// </summary>
    private static int[] MostFrequent(int[] counts, int k)
    {
        int seen = 0;
        foreach (int c in counts) if (c > 0) seen++;
        if (seen < 2) throw new InvalidOperationException("training data needs at least two relations in each arc direction");
        return [.. Enumerable.Range(0, counts.Length).OrderByDescending(i => counts[i]).ThenBy(i => i).Take(Math.Min(k, seen - 1))];
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
