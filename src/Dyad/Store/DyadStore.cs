using System.Globalization;
using Dyad.Diagnostics;
using Dyad.Documents;
using DuckDB.NET.Data;

namespace Dyad.Store;

/// <summary>
/// The embedded DuckDB store: one file holding articles, their sentences (as offsets), the tables later
/// stages fill, the problems met and the runs. Opening applies pending migrations. Each
/// <see cref="Write"/> is one transaction, so a batch either lands whole or not at all and re-running
/// an interrupted ingest inserts exactly what is missing. One instance holds one connection and is not
/// thread-safe; a DuckDB file is opened by one process at a time.
/// </summary>
public sealed class DyadStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private DyadStore(string path, DuckDBConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store file's full path.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open file (after migrations: the newest this build knows).</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>The newest schema version this build knows.</summary>
    public static int KnownSchemaVersion => Schema.CurrentVersion;

    /// <summary>The open connection, for the query side (Dyad.Query).</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Test hook: called with a step name (<c>lookup</c>, <c>articles</c>, <c>sentences</c>, <c>problems</c>, <c>commit</c>) inside <see cref="Write"/>'s transaction.</summary>
    internal Action<string>? WriteStepHook { get; set; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the folder and the file when missing and
    /// applying pending migrations. Throws <see cref="DyadStoreException"/> with
    /// <see cref="ErrorCode.StoreTooNew"/> when the file was written by a newer Dyad.
    /// </summary>
    public static DyadStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);

        var connection = new DuckDBConnection("Data Source=" + full);
        try
        {
            connection.Open();
            var store = new DyadStore(full, connection);
            // Timestamps are compared and printed in UTC whatever the machine's zone.
            store.Execute("SET TimeZone = 'UTC'");
            store.Migrate();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)");
        int version = Convert.ToInt32(Scalar("SELECT coalesce(max(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (version > Schema.CurrentVersion)
        {
            throw new DyadStoreException(ErrorCode.StoreTooNew,
                $"the store '{Path}' has schema version {version}, but this Dyad knows versions up to {Schema.CurrentVersion}; " +
                "open it with a newer Dyad, or use a different store file.");
        }

        for (int v = version + 1; v <= Schema.CurrentVersion; v++)
        {
            using var tx = _connection.BeginTransaction();
            foreach (var statement in Schema.Migrations[v - 1]) Execute(statement);
            using (var cmd = _connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_version VALUES ($v, $at)";
                cmd.Parameters.Add(new DuckDBParameter("v", v));
                cmd.Parameters.Add(new DuckDBParameter("at", DateTime.UtcNow));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        SchemaVersion = Schema.CurrentVersion;
    }

    /// <summary>Records the start of an ingest or re-annotation run, with the engine fingerprint it annotates with when
    /// known, and returns its id (time-ordered, unique).</summary>
    public string BeginRun(string command, string? engine = null)
    {
        var runId = Guid.CreateVersion7().ToString("N");
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "INSERT INTO runs (run_id, started_at, command, engine) VALUES ($id, $at, $cmd, $engine)";
        cmd.Parameters.Add(new DuckDBParameter("id", runId));
        cmd.Parameters.Add(new DuckDBParameter("at", DateTime.UtcNow));
        cmd.Parameters.Add(new DuckDBParameter("cmd", command));
        cmd.Parameters.Add(new DuckDBParameter("engine", engine));
        cmd.ExecuteNonQuery();
        return runId;
    }

    /// <summary>Marks the run finished and returns its totals (summed by each committed <see cref="Write"/>).</summary>
    public RunSummary FinishRun(string runId)
    {
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "UPDATE runs SET finished_at = $at WHERE run_id = $id";
            cmd.Parameters.Add(new DuckDBParameter("at", DateTime.UtcNow));
            cmd.Parameters.Add(new DuckDBParameter("id", runId));
            if (cmd.ExecuteNonQuery() != 1) throw new ArgumentException($"no run '{runId}' in the store (call BeginRun first)", nameof(runId));
        }
        return GetRun(runId) ?? throw new InvalidOperationException($"run '{runId}' vanished after it was updated");
    }

    /// <summary>The run with that id, or null when there is none.</summary>
    public RunSummary? GetRun(string runId)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT run_id, command, started_at, finished_at, inserted, skipped, failed, coalesce(reannotated, 0), engine FROM runs WHERE run_id = $id";
        cmd.Parameters.Add(new DuckDBParameter("id", runId));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new RunSummary(
            r.GetString(0),
            r.IsDBNull(1) ? null : r.GetString(1),
            StoreValues.ReadInstant(r, 2),
            r.IsDBNull(3) ? null : StoreValues.ReadInstant(r, 3),
            r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), StoreValues.ReadString(r, 8));
    }

    /// <summary>
    /// Stores one batch in one transaction. A document whose article is new (neither its content hash nor its id is
    /// stored, and it did not come earlier in the batch) is inserted with its annotations. A document whose article
    /// is stored already (same id and content hash) is skipped when <paramref name="engine"/> is null or is the
    /// fingerprint the article was annotated with; otherwise its stored annotations are replaced (see
    /// <see cref="Replace"/>). A document sharing only its content hash or only its id with a stored article is
    /// skipped. <paramref name="problems"/> and every document's own <see cref="Document.Problems"/> are recorded
    /// under <paramref name="runId"/> (so do not pass a document's problems twice), and the run's totals are
    /// updated. If anything fails nothing of the batch is stored and a <see cref="DyadStoreException"/> with
    /// <see cref="ErrorCode.StoreFailed"/> is thrown. Every article must have an id.
    /// </summary>
    /// <param name="batch">The annotated documents.</param>
    /// <param name="problems">Problems of inputs that made no document.</param>
    /// <param name="runId">The run (<see cref="BeginRun"/>).</param>
    /// <param name="engine">The fingerprint of the engine that annotated the batch (<see cref="Pipeline.DyadPipeline.Fingerprint"/>),
    /// stored with each article; null stores none and never replaces.</param>
    public WriteResult Write(IReadOnlyList<Document> batch, IReadOnlyList<Problem> problems, string runId, string? engine = null) =>
        WriteBatch(batch, problems, runId, engine, engine is null ? StoredArticleMode.Skip : StoredArticleMode.ReplaceOtherEngine);

    /// <summary>
    /// Re-annotation: replaces, in one transaction, the stored annotations of each document's article (found by id
    /// and content hash) with the document's, whatever engine made the stored ones. Every table keyed by the article
    /// (<c>sentences</c>, <c>entities</c>, <c>actors</c>, <c>dates</c>, <c>events</c>, <c>quotes</c>, <c>locations</c>)
    /// loses the article's old rows and gets the new ones; the article row keeps its id, text, metadata,
    /// <c>ingested_at</c> and <c>run_id</c> and gets the new counts, reference date, language, tone, engine and
    /// <c>annotated_at</c>. A document whose annotation failed (a stage failed or timed out) replaces nothing, so
    /// the article keeps its old annotations and stays stale; a document whose article is not stored is skipped.
    /// Problems and totals are recorded as by <see cref="Write"/>.
    /// </summary>
    public WriteResult Replace(IReadOnlyList<Document> batch, IReadOnlyList<Problem> problems, string runId, string engine)
    {
        ArgumentException.ThrowIfNullOrEmpty(engine);
        return WriteBatch(batch, problems, runId, engine, StoredArticleMode.ReplaceAlways);
    }

    /// <summary>What a write does with a document whose article (same id and content hash) is stored already.</summary>
    private enum StoredArticleMode { Skip, ReplaceOtherEngine, ReplaceAlways }

    private WriteResult WriteBatch(IReadOnlyList<Document> batch, IReadOnlyList<Problem> problems, string runId, string? engine, StoredArticleMode mode)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        for (int i = 0; i < batch.Count; i++)
        {
            if (string.IsNullOrEmpty(batch[i].Article.Id))
                throw new ArgumentException($"batch[{i}] has an article without an id; articles get their id when they are prepared, before storing", nameof(batch));
        }

        var transaction = _connection.BeginTransaction();
        try
        {
            var result = WriteInTransaction(batch, problems, runId, engine, mode);
            WriteStepHook?.Invoke("commit");
            transaction.Commit();
            return result;
        }
        catch (DuckDBException e)
        {
            transaction.Rollback();
            throw new DyadStoreException(ErrorCode.StoreFailed, $"the batch of {batch.Count} articles was not stored ({e.Message}); nothing of it was written, re-run to resume.", e);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
        finally
        {
            transaction.Dispose();
        }
    }

    /// <summary>The tables holding a stored article's annotations, one row per annotation, keyed by <c>article_id</c>.</summary>
    internal static readonly string[] AnnotationTables = ["sentences", "entities", "actors", "dates", "events", "quotes", "locations"];

    private WriteResult WriteInTransaction(IReadOnlyList<Document> batch, IReadOnlyList<Problem> problems, string runId, string? engine, StoredArticleMode mode)
    {
        var ingestedAt = DateTime.UtcNow;
        var (fresh, replaced) = Classify(batch, engine, mode);
        WriteStepHook?.Invoke("lookup");

        if (replaced.Count > 0)
        {
            var ids = new List<string>(replaced.Count);
            foreach (var doc in replaced) ids.Add(doc.Article.Id);
            foreach (var table in AnnotationTables)
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = $"DELETE FROM {table} WHERE article_id IN (SELECT unnest($ids))";
                cmd.Parameters.Add(new DuckDBParameter("ids", ids));
                cmd.ExecuteNonQuery();
            }
            foreach (var doc in replaced) UpdateArticle(doc, engine!, ingestedAt);
            WriteStepHook?.Invoke("replace");
        }

        int sentences = 0;
        if (fresh.Count > 0)
        {
            using var appender = _connection.CreateAppender("articles");
            foreach (var doc in fresh) AppendArticle(appender, doc, ingestedAt, runId, engine);
        }
        WriteStepHook?.Invoke("articles");

        if (fresh.Count + replaced.Count > 0)
        {
            using (var appender = _connection.CreateAppender("sentences"))
            {
                foreach (var doc in fresh) sentences += AppendSentences(appender, doc);
                foreach (var doc in replaced) sentences += AppendSentences(appender, doc);
            }
            // The tables the stages after segmentation fill, one appender each, in one transaction with the articles.
            foreach (var (table, append) in DocumentTables)
            {
                using var appender = _connection.CreateAppender(table);
                foreach (var doc in fresh) append(appender, doc);
                foreach (var doc in replaced) append(appender, doc);
            }
        }
        WriteStepHook?.Invoke("sentences");

        int problemCount = 0;
        using (var appender = _connection.CreateAppender("problems"))
        {
            for (int i = 0; i < problems.Count; i++) { AppendProblem(appender, problems[i], runId, ingestedAt); problemCount++; }
            for (int d = 0; d < batch.Count; d++)
            {
                var docProblems = batch[d].Problems;
                for (int i = 0; i < docProblems.Count; i++) { AppendProblem(appender, docProblems[i], runId, ingestedAt); problemCount++; }
            }
        }
        WriteStepHook?.Invoke("problems");

        int skipped = batch.Count - fresh.Count - replaced.Count;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "UPDATE runs SET inserted = inserted + $i, skipped = skipped + $s, failed = failed + $f, " +
                              "reannotated = coalesce(reannotated, 0) + $r WHERE run_id = $id";
            cmd.Parameters.Add(new DuckDBParameter("i", (long)fresh.Count));
            cmd.Parameters.Add(new DuckDBParameter("s", (long)skipped));
            cmd.Parameters.Add(new DuckDBParameter("f", (long)problemCount));
            cmd.Parameters.Add(new DuckDBParameter("r", (long)replaced.Count));
            cmd.Parameters.Add(new DuckDBParameter("id", runId));
            if (cmd.ExecuteNonQuery() != 1)
                throw new ArgumentException($"no run '{runId}' in the store (call BeginRun first)", nameof(runId));
        }
        return new WriteResult(fresh.Count, skipped, sentences, problemCount, replaced.Count);
    }

    /// <summary>True when a stage failed on the document or it ran out of time: its annotations are incomplete and
    /// must not replace complete ones.</summary>
    internal static bool AnnotationFailed(Document doc)
    {
        foreach (var p in doc.Problems)
            if (p.Code is ErrorCode.StageFailed or ErrorCode.Timeout) return true;
        return false;
    }

    /// <summary>
    /// Splits a batch into the documents to insert (not stored yet by content hash or id, first of their kind in the
    /// batch) and those whose stored article (same id and content hash) gets their annotations; the rest are skipped.
    /// </summary>
    private (List<Document> Fresh, List<Document> Replaced) Classify(IReadOnlyList<Document> batch, string? engine, StoredArticleMode mode)
    {
        var fresh = new List<Document>(batch.Count);
        var replaced = new List<Document>();
        if (batch.Count == 0) return (fresh, replaced);

        var hashes = new List<string>(batch.Count);
        var ids = new List<string>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            hashes.Add(batch[i].Article.ContentHash);
            ids.Add(batch[i].Article.Id);
        }

        // Every stored article sharing a hash or an id with the batch: its id, hash and engine.
        var storedByHash = new Dictionary<string, (string Id, string? Engine)>(StringComparer.Ordinal);
        var storedIds = new HashSet<string>(StringComparer.Ordinal);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText =
                "SELECT content_hash, article_id, engine FROM articles WHERE content_hash IN (SELECT unnest($h)) " +
                "UNION SELECT content_hash, article_id, engine FROM articles WHERE article_id IN (SELECT unnest($i))";
            cmd.Parameters.Add(new DuckDBParameter("h", hashes));
            cmd.Parameters.Add(new DuckDBParameter("i", ids));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                storedByHash[r.GetString(0)] = (r.GetString(1), StoreValues.ReadString(r, 2));
                storedIds.Add(r.GetString(1));
            }
        }

        var seenHashes = new HashSet<string>(StringComparer.Ordinal);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < batch.Count; i++)
        {
            // A repeat later in the same batch is skipped, whatever the first occurrence became.
            bool firstHash = seenHashes.Add(hashes[i]);
            bool firstId = seenIds.Add(ids[i]);
            if (!firstHash || !firstId) continue;

            if (storedByHash.TryGetValue(hashes[i], out var stored))
            {
                // The same article (id and content) is stored: replace its annotations when they came from another engine.
                bool sameArticle = stored.Id == ids[i];
                bool replace = mode switch
                {
                    StoredArticleMode.ReplaceAlways => true,
                    StoredArticleMode.ReplaceOtherEngine => stored.Engine != engine,
                    _ => false,
                };
                if (sameArticle && replace && !AnnotationFailed(batch[i])) replaced.Add(batch[i]);
                continue;
            }
            if (storedIds.Contains(ids[i])) continue;
            if (mode == StoredArticleMode.ReplaceAlways) continue; // re-annotation never inserts
            fresh.Add(batch[i]);
        }
        return (fresh, replaced);
    }

    /// <summary>Gives a stored article row the counts and article-level annotations of its new document.</summary>
    private void UpdateArticle(Document doc, string engine, DateTime at)
    {
        var a = doc.Article;
        using var cmd = _connection.CreateCommand();
        cmd.CommandText =
            "UPDATE articles SET language = $language, language_source = $language_source, sentence_count = $sentences, token_count = $tokens, " +
            "reference_date = $reference_date, reference_date_source = $reference_date_source, tone = $tone, tone_positive = $positive, " +
            "tone_negative = $negative, tone_polarity = $polarity, activity_density = $activity, self_group_density = $self_group, " +
            "word_count = $words, engine = $engine, annotated_at = $at WHERE article_id = $id";
        var t = doc.Tone;
        cmd.Parameters.Add(new DuckDBParameter("language", a.Language));
        cmd.Parameters.Add(new DuckDBParameter("language_source", a.LanguageSource));
        cmd.Parameters.Add(new DuckDBParameter("sentences", doc.SentenceCount));
        cmd.Parameters.Add(new DuckDBParameter("tokens", doc.TokenCount));
        cmd.Parameters.Add(new DuckDBParameter("reference_date", doc.ReferenceDate is { } rd ? rd.ToDateTime(TimeOnly.MinValue) : null));
        cmd.Parameters.Add(new DuckDBParameter("reference_date_source", doc.ReferenceDateSource));
        cmd.Parameters.Add(new DuckDBParameter("tone", t?.Tone));
        cmd.Parameters.Add(new DuckDBParameter("positive", t?.Positive));
        cmd.Parameters.Add(new DuckDBParameter("negative", t?.Negative));
        cmd.Parameters.Add(new DuckDBParameter("polarity", t?.Polarity));
        cmd.Parameters.Add(new DuckDBParameter("activity", t?.ActivityDensity));
        cmd.Parameters.Add(new DuckDBParameter("self_group", t?.SelfGroupDensity));
        cmd.Parameters.Add(new DuckDBParameter("words", t?.WordCount));
        cmd.Parameters.Add(new DuckDBParameter("engine", engine));
        cmd.Parameters.Add(new DuckDBParameter("at", at));
        cmd.Parameters.Add(new DuckDBParameter("id", a.Id));
        if (cmd.ExecuteNonQuery() != 1) throw new InvalidOperationException($"article '{a.Id}' vanished while its annotations were replaced");
    }

    private static void AppendArticle(DuckDBAppender appender, Document doc, DateTime ingestedAt, string runId, string? engine)
    {
        var a = doc.Article;
        var row = appender.CreateRow()
            .AppendValue(a.Id)
            .AppendValue(a.ContentHash)
            .AppendValue(a.Url)
            .AppendValue(a.Source)
            .AppendValue(a.Title)
            .AppendValue(a.Description);
        if (a.Published is { } p)
            row = row.AppendValue(p.UtcDateTime).AppendValue((short)p.Offset.TotalMinutes);
        else
            row = row.AppendNullValue().AppendNullValue();
        row = row.AppendValue(a.Language)
            .AppendValue(a.LanguageSource)
            .AppendValue(a.Author)
            .AppendValue(a.Text)
            .AppendValue(a.InputPath)
            .AppendValue(a.Reader)
            .AppendValue(a.Text.Length)
            .AppendValue(doc.SentenceCount)
            .AppendValue(doc.TokenCount)
            .AppendValue(ingestedAt)
            .AppendValue(runId);
        // v2 columns, in the order migration 2 added them.
        if (doc.ReferenceDate is { } rd) row.AppendValue(rd.ToDateTime(TimeOnly.MinValue)); else row.AppendNullValue();
        row.AppendValue(doc.ReferenceDateSource);
        if (doc.Tone is { } t)
        {
            row.AppendValue(t.Tone).AppendValue(t.Positive).AppendValue(t.Negative).AppendValue(t.Polarity);
            if (t.ActivityDensity is { } ad) row.AppendValue(ad); else row.AppendNullValue();
            row.AppendValue(t.SelfGroupDensity).AppendValue(t.WordCount);
        }
        else
        {
            for (int i = 0; i < 7; i++) row.AppendNullValue();
        }
        // v4 columns: the engine that annotated the article, and when.
        row.AppendValue(engine).AppendValue(ingestedAt);
        row.EndRow();
    }

    private static int AppendSentences(DuckDBAppender appender, Document doc)
    {
        var id = doc.Article.Id;
        var tokens = doc.Tokens;
        var records = doc.SentenceRecords;
        for (int s = 0; s < records.Length; s++)
        {
            var rec = records[s];
            var row = appender.CreateRow()
                .AppendValue(id)
                .AppendValue(s)
                .AppendValue(tokens[rec.FirstToken].Start)
                .AppendValue(tokens[rec.FirstToken + rec.TokenCount - 1].End)
                .AppendValue(rec.TokenCount);
            if (s < doc.SentenceTones.Length) row.AppendValue(doc.SentenceTones[s].Tone); else row.AppendNullValue();
            row.EndRow();
        }
        return records.Length;
    }

    private static void AppendEntities(DuckDBAppender appender, Document doc)
    {
        var id = doc.Article.Id;
        for (int e = 0; e < doc.Entities.Count; e++)
        {
            var span = doc.Entities[e];
            var (start, end) = doc.SpanOffsets(span.FirstToken, span.TokenCount);
            appender.CreateRow()
                .AppendValue(id)
                .AppendValue(e)
                .AppendValue(start)
                .AppendValue(end)
                .AppendValue(doc.Text.Substring(start, end - start))
                .AppendValue(Labels.Entity.Name(span.Label))
                .AppendNullValue()
                .EndRow();
        }
    }

    /// <summary>Each per-document table of the stages after segmentation and the method writing a document's rows to it.</summary>
    private static readonly (string Table, Action<DuckDBAppender, Document> Append)[] DocumentTables =
    [
        ("entities", AppendEntities), ("actors", AppendActors), ("dates", AppendDates),
        ("events", AppendEvents), ("quotes", AppendQuotes), ("locations", AppendLocations),
    ];

    private static void AppendActors(DuckDBAppender appender, Document doc)
    {
        var id = doc.Article.Id;
        var tokens = doc.Tokens;
        for (int m = 0; m < doc.Actors.Count; m++)
        {
            var a = doc.Actors[m];
            var (start, end) = doc.SpanOffsets(a.FirstToken, a.TokenCount);
            var row = appender.CreateRow()
                .AppendValue(id)
                .AppendValue(m)
                .AppendValue(tokens[a.FirstToken].Sentence)
                .AppendValue(start)
                .AppendValue(end)
                .AppendValue(doc.Text.Substring(start, end - start))
                .AppendValue(a.Kind.ToString().ToLowerInvariant())
                .AppendValue(a.Code)
                .AppendValue(a.Country)
                .AppendValue(a.Roles.ToList());
            if (a.Entity >= 0) row.AppendValue(a.Entity); else row.AppendNullValue();
            row.AppendValue(a.Name).AppendValue(a.Rule).EndRow();
        }
    }

    private static void AppendDates(DuckDBAppender appender, Document doc)
    {
        var id = doc.Article.Id;
        var tokens = doc.Tokens;
        for (int i = 0; i < doc.Dates.Count; i++)
        {
            var d = doc.Dates[i];
            var (start, end) = doc.SpanOffsets(d.FirstToken, d.TokenCount);
            appender.CreateRow()
                .AppendValue(id)
                .AppendValue(i)
                .AppendValue(tokens[d.FirstToken].Sentence)
                .AppendValue(start)
                .AppendValue(end)
                .AppendValue(doc.Text.Substring(start, end - start))
                .AppendValue(d.Date.ToDateTime(TimeOnly.MinValue))
                .AppendValue(d.Granularity.ToString().ToLowerInvariant())
                .AppendValue(d.Relative)
                .EndRow();
        }
    }

    private static void AppendEvents(DuckDBAppender appender, Document doc)
    {
        foreach (var e in doc.Events)
        {
            var facts = Events.EventOntology.Of(e);
            var row = appender.CreateRow()
                .AppendValue(Events.EventIds.Of(doc, e))
                .AppendValue(doc.Article.Id)
                .AppendValue(e.Sentence);
            if (e.Date is { } d) row.AppendValue(d.ToDateTime(TimeOnly.MinValue)); else row.AppendNullValue();
            row.AppendValue(e.DateSource)
                .AppendValue(ActorCode(doc, e.Source)).AppendValue(ActorText(doc, e.Source))
                .AppendValue(ActorCode(doc, e.Target)).AppendValue(ActorText(doc, e.Target))
                .AppendValue(facts.Code.Code)
                .AppendValue(facts.Root.Code)
                .AppendValue((sbyte)facts.Code.QuadClass)
                .AppendValue(facts.Code.Goldstein)
                .AppendValue(facts.Plover?.EventType)
                .AppendValue(facts.Plover?.Mode)
                .AppendValue(Events.EventIds.ModalityName(e.Modality))
                .AppendValue(doc.Text.Substring(e.TriggerStart, e.TriggerEnd - e.TriggerStart))
                .AppendValue(e.TriggerStart)
                .AppendValue(e.TriggerEnd)
                .AppendValue(e.Rule)
                .AppendValue(e.Confidence)
                .AppendValue(e.Mentions);
            // v2 columns
            AppendActorColumns(row, doc, e.Source);
            AppendActorColumns(row, doc, e.Target);
            row.AppendValue(ActorCode(doc, e.ReportedBy));
            if (e.Location >= 0)
            {
                var p = doc.Places[e.Location];
                row.AppendValue(p.Name ?? p.Text);
                if (p.GeoNamesId is { } id) row.AppendValue((long)id); else row.AppendNullValue();
                if (p.Latitude is { } lat) row.AppendValue(lat); else row.AppendNullValue();
                if (p.Longitude is { } lon) row.AppendValue(lon); else row.AppendNullValue();
            }
            else row.AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue();
            if (e.Sentence < doc.SentenceTones.Length) row.AppendValue(doc.SentenceTones[e.Sentence].Tone); else row.AppendNullValue();
            row.EndRow();
        }

        static string? ActorCode(Document doc, int actor) => actor < 0 ? null : doc.Actors[actor].Code;
        static string? ActorText(Document doc, int actor)
        {
            if (actor < 0) return null;
            var m = doc.Actors[actor];
            var (start, end) = doc.SpanOffsets(m.FirstToken, m.TokenCount);
            return doc.Text.Substring(start, end - start);
        }
        static void AppendActorColumns(IDuckDBAppenderRow row, Document doc, int actor)
        {
            if (actor < 0) { row.AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue(); return; }
            var m = doc.Actors[actor];
            row.AppendValue(m.Country).AppendValue(m.Roles.ToList());
            if (m.Entity >= 0) row.AppendValue(m.Entity); else row.AppendNullValue();
            var (start, end) = doc.SpanOffsets(m.FirstToken, m.TokenCount);
            row.AppendValue(start).AppendValue(end);
        }
    }

    private static void AppendQuotes(DuckDBAppender appender, Document doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            string? speakerText = null;
            int? speakerStart = null, speakerEnd = null;
            if (q.SpeakerFirstToken >= 0 && q.SpeakerTokenCount > 0)
            {
                var (start, end) = doc.SpanOffsets(q.SpeakerFirstToken, q.SpeakerTokenCount);
                (speakerStart, speakerEnd, speakerText) = (start, end, doc.Text.Substring(start, end - start));
            }
            string? cue = q.CueToken >= 0 ? doc.Text.Substring(tokens[q.CueToken].Start, tokens[q.CueToken].End - tokens[q.CueToken].Start) : null;
            var row = appender.CreateRow()
                .AppendValue(doc.Article.Id)
                .AppendValue(i)
                .AppendValue(q.Start)
                .AppendValue(q.End)
                .AppendValue(speakerText)
                .AppendValue(q.SpeakerCode)
                .AppendValue(cue)
                // v2 columns
                .AppendValue(q.Kind.ToString().ToLowerInvariant())
                .AppendValue(doc.Text.Substring(q.Start, q.End - q.Start))
                .AppendValue(q.TokenCount > 0 ? tokens[q.FirstToken].Sentence : (int?)null)
                .AppendValue(q.SpeakerName)
                .AppendValue(speakerStart)
                .AppendValue(speakerEnd);
            if (q.SpeakerActor >= 0) row.AppendValue(q.SpeakerActor); else row.AppendNullValue();
            row.AppendValue(q.SpansParagraphs).AppendValue(q.Rule).EndRow();
        }
    }

    private static void AppendLocations(DuckDBAppender appender, Document doc)
    {
        for (int i = 0; i < doc.Places.Count; i++)
        {
            var p = doc.Places[i];
            var (start, end) = doc.SpanOffsets(p.FirstToken, p.TokenCount);
            var row = appender.CreateRow()
                .AppendValue(doc.Article.Id)
                .AppendValue(i)
                .AppendValue(start)
                .AppendValue(end)
                .AppendValue(p.Text);
            if (p.GeoNamesId is { } id) row.AppendValue((long)id); else row.AppendNullValue();
            row.AppendValue(p.Country).AppendValue(p.Admin1);
            if (p.Latitude is { } lat) row.AppendValue(lat); else row.AppendNullValue();
            if (p.Longitude is { } lon) row.AppendValue(lon); else row.AppendNullValue();
            // v2 columns
            row.AppendValue(p.Sentence).AppendValue(p.Name).AppendValue(p.Kind?.ToString().ToLowerInvariant()).AppendValue(p.FeatureCode);
            if (p.Population is { } pop) row.AppendValue(pop); else row.AppendNullValue();
            row.AppendValue(p.Rule);
            // v3 column
            row.AppendValue(p.Approximate).EndRow();
        }
    }

    private static void AppendProblem(DuckDBAppender appender, Problem problem, string runId, DateTime at)
    {
        appender.CreateRow()
            .AppendValue(runId)
            .AppendValue(problem.Path)
            .AppendValue(problem.CodeText)
            .AppendValue(problem.Reason)
            .AppendValue(at)
            .EndRow();
    }

    internal void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal object? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>Closes the connection (DuckDB checkpoints the write-ahead log into the file).</summary>
    public void Dispose() => _connection.Dispose();
}
