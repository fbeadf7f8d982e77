using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Dyad.Documents.Entities;

/// <summary>What to train the recogniser on and how.</summary>
public sealed record NerTrainingOptions
{
    /// <summary>
    /// GUM genres whose licence is CC BY (Wikinews news, interviews and biographies, Wikivoyage, OpenStax
    /// textbooks, CC-licensed vlogs, public-domain speeches; see ud-english-gum/SOURCE.md): the only GUM documents
    /// a shipped model may learn from.
    /// </summary>
    public static IReadOnlyList<string> CcByGumGenres => Models.TrainingData.GumCcByPrefixes;

    /// <summary>GUM CoNLL-U files whose Entity annotations are training data.</summary>
    public IReadOnlyList<string> GumFiles { get; init; } = [];

    /// <summary>Document id prefixes of the GUM documents used (default: the CC BY genres).</summary>
    public IReadOnlyList<string> GumDocumentPrefixes { get; init; } = CcByGumGenres;

    /// <summary>IOB files (WikiGold's CoNLL IOB1, or IOB2) that are training data; MISC is dropped.</summary>
    public IReadOnlyList<string> IobFiles { get; init; } = [];

    /// <summary>An IOB2 file scored after every iteration; the best iteration's weights are kept (UNER EWT dev). Optional.</summary>
    public string? DevFile { get; init; }

    /// <summary>
    /// When above 0, the dev file's documents (40-sentence blocks) are split: every <c>n</c>-th is held out for choosing
    /// the iteration and the rest are training data. UNER EWT dev is the only data annotated to the guidelines of the
    /// UNER test sets; learning from most of it is worth more than choosing iterations on all of it. 0: dev is only scored.
    /// </summary>
    public int DevHoldoutEvery { get; init; }

    /// <summary>
    /// Which documents are held out with <see cref="DevHoldoutEvery"/>: those whose index modulo it is this (default 0,
    /// the shipped recipe). Other offsets train the same recipe on another fold, so that a change can be measured on all
    /// of UNER EWT dev, one held-out quarter per model (<c>dyad train ner --dev-fold k</c>, <c>dyad eval ner --every 4 --offset k</c>).
    /// </summary>
    public int DevHoldoutOffset { get; init; }

    /// <summary>
    /// With <see cref="DevHoldoutEvery"/>: once the iteration of every fit is chosen on the held-out documents, make the
    /// model again from all the training data including them, with the chosen iterations (nothing is held out in the end).
    /// Off in the shipped recipe: tried with Viterbi decoding and a word history per previous class (not grouped), it moved
    /// UNER EWT test from 66.11 to 67.52 but PUD test from 63.82 to 62.68 (the last quarter of EWT dev pulls the model
    /// towards web text).
    /// </summary>
    public bool FinalOnAllDev { get; init; }

    /// <summary>
    /// Features of the capitalised run a word stands in ("the Ministry of Foreign Affairs of Ukraine"): its position and
    /// length, and whether the run holds a typical organisation head ("Ministry", "Party", "Inc.", "Post") or place head
    /// ("Street", "River") before, at or after the word; with the sentence's capitalisation (headline, chat) and an
    /// acronym mark. On in the shipped recipe since it was measured with <see cref="Clusters"/> (see there). Alone, measured on all of UNER EWT dev (four models, each holding out one
    /// quarter, <c>--dev-fold</c>): micro F1 68.41 → 68.61, ORG 51.46 → 53.59 (P 56.4 → 57.7, R 47.3 → 50.0); the model of
    /// the shipped split: UNER EWT test 66.05 → 67.87 (ORG 49.2 → 53.9) but PUD test 64.15 → 63.91 (ORG 45.7 → 44.6), so
    /// it was not shipped (both had to improve). Also adding the first and last word of the run as features: dev 68.23
    /// (ORG 50.37, more spans running over a run's end: "BBC Breaking News Alert"); without the sentence-capitalisation
    /// and acronym marks: dev 67.53. All measured with <see cref="GazetteerSources.ActorKnowledge"/> on
    /// (<c>dyad train ner --org-features</c> sets both).
    /// </summary>
    public bool OrgFeatures { get; init; }

    /// <summary>
    /// Word classes to use as features (<see cref="EntityFeatures"/>: the word's classes at three granularities, its
    /// neighbours' within two words, the fine class with the word's capitalisation and the middle class with the
    /// neighbours' shapes); null for none. The model records the table's fingerprint and refuses another table. On in the
    /// shipped recipe with <see cref="OrgFeatures"/> (<c>dyad train ner</c>; <c>--clusters false --org-features false</c> for
    /// the recipe before). Alone, with <see cref="Tagging.WordClusters.Default"/>, four models each
    /// holding out one quarter of UNER EWT dev (<see cref="DevHoldoutOffset"/>) scored all of it 68.41 → 69.07 (ORG 51.46 →
    /// 52.20; with the document-consistency pass 68.96 → 69.78), and UNER EWT test rose (the model of the shipped split 66.05 →
    /// 68.38, the four models' mean 66.83 → 68.35), but PUD test fell (64.15 → 63.22; mean 63.33 → 62.42, lower in three of
    /// the four splits), so it was not shipped. The table is made mostly from web and treebank text (EWT train, GUM). With
    /// <see cref="OrgFeatures"/> too: all of EWT dev 69.26 (with the consistency pass 68.96 → 69.84), EWT test 68.67 (mean
    /// 68.39), PUD 64.07 (mean 63.33 → 64.31); with the consistency pass the shipped split's EWT test 66.05 → 68.55, PUD
    /// 65.31 → 64.39 (four-split mean 64.52 → 64.81) and GUM test, never trained on, 65.91 → 67.38 (its news documents
    /// 59.32 → 59.64). Shipped on that: higher on every held-out measure but one split's PUD.
    /// </summary>
    public Tagging.WordClusters? Clusters { get; init; }

    /// <summary>
    /// Document evidence (Ratinov and Roth's extended prediction history): the types the model gave earlier mentions of
    /// the same word in the document, and the class of the latest, are features of a later mention
    /// (<see cref="EntityFeatures.Evidence"/>). In training, documents are read in shuffled order and their sentences in
    /// order, the evidence coming from the model's own guesses as it learns. Off in the shipped recipe
    /// (<c>dyad train ner --document-evidence</c>): the model of the shipped split scored its held-out quarter of UNER EWT
    /// dev 65.95 → 67.86, but UNER EWT test 66.05 → 64.30 and PUD test 64.15 → 60.02 — on its training data the guesses are
    /// nearly gold, so it learns to trust the evidence more than its test-time guesses deserve. Also tried and removed:
    /// label-free evidence, how the whole document writes each word (capitalised inside a sentence, in lower case, alone or
    /// first or last in a run of capitalised words) with how it is written here, all of EWT dev 68.41 → 67.70, EWT test mean
    /// of the four models 66.83 → 65.96, PUD 63.33 → 62.16.
    /// </summary>
    public bool DocumentEvidence { get; init; }

    /// <summary>IOB2 files scored once at the end and recorded in the metadata (never trained on). Optional.</summary>
    public IReadOnlyList<string> TestFiles { get; init; } = [];

    /// <summary>Where the gazetteer's name lists come from.</summary>
    public GazetteerSources Gazetteer { get; init; } = new(null, null, null);

    /// <summary>
    /// Share of training documents also added lower-cased (0 for none). Default 0: on UNER EWT dev, 0.3 and 0.6
    /// lowered micro F1 (48.7 → 48.1 / 48.0).
    /// </summary>
    public double LowercaseShare { get; init; }

    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 12;

    /// <summary>Seed of the shuffling.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Feature buckets are 2^HashBits.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Weight rows whose largest absolute weight is under this are left out of the saved file.</summary>
    public float PruneBelow { get; init; } = 0.05f;

    /// <summary>
    /// CoNLL-U treebank files without entity annotations (UD EWT train) used for self-training: the model trained on
    /// the gold data labels them, its spans are aligned with the treebank's proper-noun runs, and the model is
    /// trained again on gold and silver data. Never a file whose sentences are in an evaluation set.
    /// </summary>
    public IReadOnlyList<string> SilverConlluFiles { get; init; } = [];

    /// <summary>How many times the silver data is relabelled by the latest model and the model retrained.</summary>
    public int SelfTrainingRounds { get; init; } = 1;

    /// <summary>Where to write the model; null to keep it in memory only.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Progress lines (one per iteration).</summary>
    public Action<string>? Log { get; init; }
}

/// <summary>The trained recogniser and its scores.</summary>
/// <param name="Recognizer">The model (also saved to <see cref="NerTrainingOptions.OutputPath"/> when set).</param>
/// <param name="DevF1ByIteration">Micro F1 on the dev file after each iteration (empty without a dev file).</param>
/// <param name="BestIteration">The iteration whose averaged weights were kept (1-based).</param>
/// <param name="TestF1">Micro F1 per test file name.</param>
public sealed record NerTrainingResult(EntityRecognizer Recognizer, IReadOnlyList<double> DevF1ByIteration, int BestIteration,
    IReadOnlyDictionary<string, double> TestF1);

/// <summary>Training of <see cref="EntityRecognizer"/>: averaged structured perceptron, each sentence decoded by Viterbi.</summary>
internal static class NerTrainer
{
    /// <summary>A sentence's precomputed static features and gold classes.</summary>
    private sealed class Sample
    {
        public required int[] Buckets;
        public required int[] Offsets;
        public required ulong[] Norms;
        public required ulong[] Shapes;
        public required int[] Gold;
        public required byte[] Caps;
        public required int Doc;
    }

    /// <summary>Trains a recogniser; reproducible for equal options.</summary>
    public static NerTrainingResult Train(NerTrainingOptions o)
    {
        var log = o.Log ?? (_ => { });
        var clock = Stopwatch.StartNew();
        var (gazetteer, perList) = Gazetteer.Build(o.Gazetteer);
        log($"gazetteer: {gazetteer.Count} entries ({string.Join(", ", Enum.GetNames<GazetteerList>().Select((n, i) => $"{n} {perList[i]}"))}) in {clock.Elapsed.TotalSeconds:F1}s");

        var train = new List<GoldDocument>();
        var dataList = new JsonArray();
        foreach (var f in o.GumFiles)
        {
            var docs = NerCorpus.ReadGum(f, o.GumDocumentPrefixes);
            train.AddRange(docs);
            dataList.Add($"{Path.GetFileName(f)} ({docs.Count} documents: {string.Join(' ', o.GumDocumentPrefixes)})");
        }
        foreach (var f in o.IobFiles)
        {
            var docs = NerCorpus.ReadIob(f);
            train.AddRange(docs);
            dataList.Add($"{Path.GetFileName(f)} ({docs.Count} documents)");
        }
        var dev = o.DevFile is { } devPath ? NerCorpus.ReadIob(devPath) : null;
        var held = new List<GoldDocument>();
        if (dev != null && o.DevHoldoutEvery > 0)
        {
            for (int i = 0; i < dev.Count; i++)
                (i % o.DevHoldoutEvery == o.DevHoldoutOffset ? held : train).Add(dev[i]);
            dataList.Add(o.FinalOnAllDev
                ? $"{Path.GetFileName(o.DevFile)} (all {dev.Count} documents; iterations chosen on every {o.DevHoldoutEvery}th held out, then the model remade with them)"
                : $"{Path.GetFileName(o.DevFile)} ({dev.Count - held.Count} of its {dev.Count} documents; every {o.DevHoldoutEvery}th held out for choosing the iteration)");
            dev = held;
        }
        if (o.LowercaseShare > 0)
        {
            // Web text often writes names in lower case ("tampa bay", "florida"): train also on lower-cased copies
            // of some documents, so the model does not rely on capitals alone.
            var pick = new Random(o.Seed + 7);
            int n = train.Count;
            for (int i = 0; i < n; i++)
                if (pick.NextDouble() < o.LowercaseShare) train.Add(LowerCased(train[i]));
        }
        if (train.Count == 0) throw new ArgumentException("no training documents: give GUM files or IOB files", nameof(o));

        int classes = 1 + 4 * NerCorpus.Types.Length;
        int bits = o.HashBits;
        int rounds = o.SilverConlluFiles.Count > 0 ? o.SelfTrainingRounds : 0;
        foreach (var f in o.SilverConlluFiles)
            dataList.Add($"{Path.GetFileName(f)} (silver: labelled by the model on its proper-noun runs, {rounds} rounds)");

        var run = Run(train, dev, null);
        var chosen = run.Chosen;
        double bestDev = run.BestDev;
        var devScores = run.DevScores;
        if (o.FinalOnAllDev && held.Count > 0)
        {
            // The held-out documents are the data closest to the test sets: once the iterations are chosen, the
            // model is made again from all the training data with those iteration counts.
            log($"again on all of {Path.GetFileName(o.DevFile)} with the chosen iterations {string.Join(", ", chosen)}");
            train.AddRange(held);
            run = Run(train, null, chosen);
        }
        var best = run.Best;
        int tokens = run.Tokens, entities = run.Entities, silverSentences = run.SilverSentences, silverEntities = run.SilverEntities;
        int bestIteration = chosen[^1];

        // Fits on the gold documents, then self-trains for the configured rounds; with fixed iterations (one per fit) and
        // no dev documents it makes the same sequence of models without choosing.
        (float[] Best, List<int> Chosen, double BestDev, List<double> DevScores, int Tokens, int Entities, int SilverSentences, int SilverEntities)
            Run(List<GoldDocument> trainDocs, List<GoldDocument>? devDocs, List<int>? fixedIterations)
        {
            var samples = new List<Sample>();
            var (tokens, entities) = AddSamples(samples, trainDocs, gazetteer, bits, o);
            log($"training data: {trainDocs.Count} documents, {samples.Count} sentences, {tokens} tokens, {entities} entities");
            var chosen = new List<int>();
            var (best, devScores, bestIteration, bestDev) = Fit(samples, gazetteer, o, fixedIterations?[0] ?? o.Iterations, devDocs, classes, log, clock);
            chosen.Add(bestIteration);
            int silverSentences = 0, silverEntities = 0;
            int goldSamples = samples.Count;
            for (int round = 1; round <= rounds; round++)
            {
                // Self-training: the model so far labels unannotated in-domain text, its spans are aligned with the
                // treebank's proper-noun runs (SilverLabels), and a new model learns from gold and silver together.
                var labeller = new EntityRecognizer(NerCorpus.Types, bits, best, gazetteer, [], spanRules: false, orgFeatures: o.OrgFeatures, clusters: o.Clusters, documentEvidence: o.DocumentEvidence);
                var silver = new List<GoldDocument>();
                samples.RemoveRange(goldSamples, samples.Count - goldSamples);
                silverSentences = silverEntities = 0;
                foreach (var f in o.SilverConlluFiles)
                {
                    var docs = SilverLabels.Label(f, labeller);
                    silver.AddRange(docs);
                    foreach (var d in docs) { silverSentences += d.Document.SentenceCount; silverEntities += d.Spans.Count; }
                }
                var (st, se) = AddSamples(samples, silver, gazetteer, bits, o);
                log($"silver data, round {round}: {silver.Count} documents, {silverSentences} sentences, {st} tokens, {se} entities");
                (best, devScores, bestIteration, bestDev) = Fit(samples, gazetteer, o, fixedIterations?[round] ?? o.Iterations, devDocs, classes, log, clock);
                chosen.Add(bestIteration);
            }
            return (best, chosen, bestDev, devScores, tokens, entities, silverSentences, silverEntities);
        }

        var metadata = new JsonObject
        {
            ["kind"] = EntityRecognizer.Kind,
            ["types"] = new JsonArray(NerCorpus.Types.Select(t => (JsonNode)t).ToArray()),
            ["training_data"] = dataList,
            ["gum_document_prefixes"] = new JsonArray(o.GumDocumentPrefixes.Select(t => (JsonNode)t).ToArray()),
            ["gazetteer"] = $"{gazetteer.Count} entries from GeoNames (CC BY 4.0), mledoze/countries (ODbL 1.0), world leaders 2022 from Wikidata (CC0), PETRARCH Phoenix actor dictionaries (MIT){(o.Gazetteer.ActorKnowledge ? ", the organisations of Dyad's actor knowledge (igos.tsv, groups.tsv)" : "")}",
            ["decoding"] = "first-order Viterbi over BILOU with SpanRules as constraints (no clitic or possessive in a name, no lower-case word continuing a person, no lower-case pronoun, auxiliary or reporting verb continuing any name, leading titles cut from persons, a one-word person known only as a place is LOC, listed government bodies are ORG), then a lone capitalised word the document labels elsewhere as a one-word name takes that name's majority type (DocumentConsistency); training's silver labels and dev choice decode without them",
            ["gum_mapping"] = "person->PERSON, organization->ORG, place->LOC; names = proper-noun runs of the mention's minimal span, leading titles removed",
            ["seed"] = o.Seed,
            ["lowercase_share"] = o.LowercaseShare,
            ["iterations"] = o.Iterations,
            ["best_iteration"] = bestIteration,
            ["chosen_iterations"] = new JsonArray(chosen.Select(i => (JsonNode)i).ToArray()),
            ["final_on_all_dev"] = o.FinalOnAllDev,
            ["org_features"] = o.OrgFeatures,
            [Tagging.Tagger.ClustersKey] = o.Clusters?.Fingerprint,
            [EntityRecognizer.DocumentEvidenceKey] = o.DocumentEvidence,
            ["word_cluster_sizes"] = o.Clusters is null ? null : string.Join("/", o.Clusters.Sizes),
            ["hash_bits"] = bits,
            ["prune_below"] = o.PruneBelow,
            ["training_tokens"] = tokens,
            ["training_entities"] = entities,
            ["self_training_rounds"] = o.SilverConlluFiles.Count > 0 ? o.SelfTrainingRounds : 0,
            ["silver_sentences"] = silverSentences,
            ["silver_entities"] = silverEntities,
        };
        if (o.DevFile != null)
            metadata["dev"] = new JsonObject
            {
                ["file"] = Path.GetFileName(o.DevFile), ["micro_f1"] = Math.Round(bestDev, 2),
                ["note"] = o.FinalOnAllDev ? "held-out documents, model before it was remade on all of them" : "held-out documents",
            };

        var model = new EntityRecognizer(NerCorpus.Types, bits, best!, gazetteer, metadata, orgFeatures: o.OrgFeatures, clusters: o.Clusters,
            documentEvidence: o.DocumentEvidence);
        var testScores = new Dictionary<string, double>();
        var testJson = new JsonObject();
        foreach (var f in o.TestFiles)
        {
            var counts = Score(model, NerCorpus.ReadGold(f));
            double f1 = counts.MicroF1();
            testScores[Path.GetFileName(f)] = f1;
            var per = new JsonObject { ["micro_f1"] = Math.Round(f1, 2) };
            for (int t = 0; t < NerCorpus.Types.Length; t++)
                per[NerCorpus.Types[t]] = Math.Round(NerCorpus.Counts.F1(counts.Correct[t], counts.Predicted[t], counts.Gold[t]), 2);
            testJson[Path.GetFileName(f)] = per;
            log($"test {Path.GetFileName(f)}: micro F1 {f1:F2}");
        }
        metadata["test"] = testJson;
        metadata["trained_utc"] = DateTime.UtcNow.ToString("yyyy-MM-dd");
        if (o.OutputPath != null)
        {
            model.Save(o.OutputPath, o.PruneBelow);
            log($"saved {o.OutputPath} ({new FileInfo(o.OutputPath).Length / 1024} KB)");
        }
        return new NerTrainingResult(model, devScores, bestIteration, testScores);
    }

    /// <summary>Precomputes the static features and gold classes of every sentence of <paramref name="docs"/>.</summary>
    private static (int Tokens, int Entities) AddSamples(List<Sample> samples, List<GoldDocument> docs, Gazetteer gazetteer, int bits,
        NerTrainingOptions o)
    {
        var ws = new EntityRecognizer.Workspace();
        int tokens = 0, entities = 0;
        foreach (var d in docs)
        {
            var gold = Classes(d);
            entities += d.Spans.Count;
            int doc = samples.Count == 0 ? 0 : samples[^1].Doc + 1;
            foreach (var sr in d.Document.SentenceRecords)
            {
                int first = sr.FirstToken, count = sr.TokenCount;
                ws.Ensure(count);
                EntityRecognizer.Prepare(d.Document, first, count, gazetteer, bits, ws, o.OrgFeatures, o.Clusters);
                var offsets = ws.Offsets.AsSpan(0, count + 1).ToArray();
                samples.Add(new Sample
                {
                    Buckets = ws.Buckets.AsSpan(0, offsets[count]).ToArray(), Offsets = offsets,
                    Norms = ws.Norms.AsSpan(0, count).ToArray(), Shapes = ws.Shapes.AsSpan(0, count).ToArray(),
                    Gold = gold.AsSpan(first, count).ToArray(), Caps = ws.Caps.AsSpan(0, count).ToArray(), Doc = doc,
                });
                tokens += count;
            }
        }
        return (tokens, entities);
    }

    /// <summary>
    /// Averaged-perceptron passes over the samples; returns the averaged weights of the iteration that scored best on
    /// the dev documents (the last iteration without dev documents).
    /// </summary>
    private static (float[] Best, List<double> DevScores, int BestIteration, double BestDev) Fit(List<Sample> samples, Gazetteer gazetteer,
        NerTrainingOptions o, int iterations, List<GoldDocument>? dev, int classes, Action<string> log, Stopwatch clock)
    {
        int bits = o.HashBits;
        int size = (1 << bits) * classes;
        var weights = new float[size];
        var totals = new double[size];
        float[]? best = null;
        var devScores = new List<double>();
        double bestDev = -1;
        int bestIteration = 0;
        var rng = new Random(o.Seed);
        var order = Enumerable.Range(0, samples.Count).ToArray();
        // With document evidence the sentences of a document are read in their order (what the model said about earlier
        // mentions is a feature of later ones), documents in shuffled order; without, sentences are shuffled.
        var docStarts = new List<int>();
        for (int k = 0; k < samples.Count; k++) if (k == 0 || samples[k].Doc != samples[k - 1].Doc) docStarts.Add(k);
        docStarts.Add(samples.Count);
        var docOrder = Enumerable.Range(0, docStarts.Count - 1).ToArray();
        var evidence = o.DocumentEvidence ? new DocumentEvidence() : null;
        long step = 1;
        var ws = new EntityRecognizer.Workspace();
        var averaged = new float[size];
        Span<int> hist = stackalloc int[EntityFeatures.HistoryCount];

        for (int it = 1; it <= iterations; it++)
        {
            if (evidence is null) rng.Shuffle(order);
            else
            {
                rng.Shuffle(docOrder);
                int k = 0;
                foreach (int d in docOrder)
                    for (int si = docStarts[d]; si < docStarts[d + 1]; si++) order[k++] = si;
            }
            int errors = 0;
            foreach (int si in order)
            {
                // Structured perceptron: decode the whole sentence with the current weights (Viterbi), and where the
                // best sequence differs from gold, move the features of the gold classes up and those of the guessed
                // classes down (a history feature counts when the pair previous class → class differs).
                var s = samples[si];
                int n = s.Gold.Length;
                ws.Ensure(n);
                int[] buckets = s.Buckets, offsets = s.Offsets;
                if (evidence is not null)
                {
                    if (si == 0 || samples[si - 1].Doc != s.Doc) evidence.Clear();
                    s.Buckets.CopyTo(ws.Buckets, 0);
                    s.Offsets.CopyTo(ws.Offsets, 0);
                    evidence.Append(ws.Buckets, ws.Offsets, s.Norms, s.Caps, n, bits, ws.Seen);
                    buckets = ws.Buckets;
                    offsets = ws.Offsets;
                }
                EntityRecognizer.Viterbi(weights, bits, classes, buckets, offsets, s.Norms, s.Shapes, n, ws, ws.Labels);
                var guess = ws.Labels;
                for (int i = 0; i < n; i++)
                {
                    int truth = s.Gold[i], g = guess[i];
                    int truthPrev = i > 0 ? s.Gold[i - 1] : 0, guessPrev = i > 0 ? guess[i - 1] : 0;
                    if (truth == g && truthPrev == guessPrev) continue;
                    if (truth != g) errors++;
                    ulong next = i + 1 < n ? s.Norms[i + 1] : EntityRecognizer.EndNorm;
                    if (truth != g)
                        Update(weights, totals, classes, buckets.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), truth, g, step);
                    EntityRecognizer.HistoryBuckets(bits, truthPrev, s.Norms[i], s.Shapes[i], next, hist);
                    Bump(weights, totals, classes, hist, truth, 1, step);
                    EntityRecognizer.HistoryBuckets(bits, guessPrev, s.Norms[i], s.Shapes[i], next, hist);
                    Bump(weights, totals, classes, hist, g, -1, step);
                }
                evidence?.Record(s.Norms, s.Caps, guess.AsSpan(0, n));
                step += n;
            }
            for (int k = 0; k < size; k++) averaged[k] = (float)(weights[k] - totals[k] / step);
            string devText = "";
            if (dev != null)
            {
                var candidate = new EntityRecognizer(NerCorpus.Types, bits, averaged, gazetteer, [], spanRules: false, orgFeatures: o.OrgFeatures, clusters: o.Clusters, documentEvidence: o.DocumentEvidence);
                double f1 = Score(candidate, dev).MicroF1();
                devScores.Add(f1);
                devText = $", dev F1 {f1:F2}";
                if (f1 > bestDev) { bestDev = f1; bestIteration = it; best = (float[])averaged.Clone(); }
            }
            else { bestIteration = it; best = (float[])averaged.Clone(); }
            log($"iteration {it}: {errors} token errors{devText} ({clock.Elapsed.TotalSeconds:F0}s)");
        }
        return (best!, devScores, bestIteration, bestDev);
    }

    /// <summary>Perceptron update with the running sums needed for averaging (w_avg = w - totals / steps).</summary>
    private static void Update(float[] weights, double[] totals, int classes, ReadOnlySpan<int> stat, int truth, int guess, long step)
    {
        double t = step;
        foreach (int b in stat)
        {
            int r = b * classes;
            weights[r + truth] += 1; totals[r + truth] += t;
            weights[r + guess] -= 1; totals[r + guess] -= t;
        }
    }

    /// <summary>Adds <paramref name="by"/> to class <paramref name="c"/> of each bucket, with the running sums for averaging.</summary>
    private static void Bump(float[] weights, double[] totals, int classes, ReadOnlySpan<int> buckets, int c, int by, long step)
    {
        foreach (int b in buckets)
        {
            weights[b * classes + c] += by;
            totals[b * classes + c] += by * (double)step;
        }
    }

    /// <summary>A copy of a gold document with every token lower-cased.</summary>
    private static GoldDocument LowerCased(GoldDocument d)
    {
        var sentences = new List<string[]>();
        var doc = d.Document;
        foreach (var sr in doc.SentenceRecords)
        {
            var words = new string[sr.TokenCount];
            for (int i = 0; i < words.Length; i++)
            {
                ref readonly var t = ref doc.Tokens[sr.FirstToken + i];
                words[i] = doc.Text.Substring(t.Start, t.End - t.Start).ToLowerInvariant();
            }
            sentences.Add(words);
        }
        return new GoldDocument(d.Id + "#lower", NerCorpus.Build(d.Id + "#lower", sentences), d.Spans);
    }

    /// <summary>The gold BILOU class of every token of a document.</summary>
    private static int[] Classes(GoldDocument d)
    {
        var c = new int[d.Document.TokenCount];
        foreach (var s in d.Spans)
        {
            int b = 1 + 4 * s.Type;
            if (s.Count == 1) { c[s.First] = b + 3; continue; }
            c[s.First] = b;
            for (int k = 1; k < s.Count - 1; k++) c[s.First + k] = b + 1;
            c[s.First + s.Count - 1] = b + 2;
        }
        return c;
    }

    /// <summary>Runs the recogniser over gold documents and counts exact matches.</summary>
    internal static NerCorpus.Counts Score(EntityRecognizer model, List<GoldDocument> docs)
    {
        var counts = new NerCorpus.Counts(NerCorpus.Types.Length);
        Span<ushort> ids = stackalloc ushort[NerCorpus.Types.Length];
        for (int t = 0; t < ids.Length; t++) ids[t] = Labels.Entity.Intern(NerCorpus.Types[t]);
        foreach (var d in docs)
        {
            model.Process(d.Document);
            counts.Add(d.Spans, d.Document.Entities, ids);
        }
        return counts;
    }
}
