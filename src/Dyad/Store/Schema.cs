namespace Dyad.Store;

/// <summary>
/// The store's schema as an ordered list of migrations. Migration <c>n</c> takes a file from version
/// <c>n-1</c> to <c>n</c>; a migration is never edited once released, only new ones appended.
/// docs/schema.md describes every table and column.
/// </summary>
internal static class Schema
{
    /// <summary>The newest schema version this build knows.</summary>
    public static int CurrentVersion => Migrations.Length;

    /// <summary>Tables a user may export (the stored data; <c>runs</c> and <c>schema_version</c> are bookkeeping).</summary>
    public static readonly string[] DataTables = ["articles", "sentences", "entities", "actors", "dates", "events", "quotes", "locations", "problems"];

    /// <summary>Every table, in the order statistics list them.</summary>
    public static readonly string[] AllTables = ["articles", "sentences", "entities", "actors", "dates", "events", "quotes", "locations", "problems", "runs"];

    /// <summary>Statements of each migration; index 0 is version 1.</summary>
    public static readonly string[][] Migrations =
    [
        // v1: articles, sentences, the tables later stages fill, problems and runs.
        [
            """
            CREATE TABLE articles (
                article_id       VARCHAR PRIMARY KEY,
                content_hash     VARCHAR NOT NULL UNIQUE,
                url              VARCHAR,
                source           VARCHAR,
                title            VARCHAR,
                description      VARCHAR,
                published        TIMESTAMPTZ,
                published_offset SMALLINT,
                language         VARCHAR,
                language_source  VARCHAR,
                author           VARCHAR,
                text             VARCHAR NOT NULL,
                input_path       VARCHAR,
                reader           VARCHAR,
                char_count       INTEGER NOT NULL,
                sentence_count   INTEGER NOT NULL,
                token_count      INTEGER NOT NULL,
                ingested_at      TIMESTAMPTZ NOT NULL,
                run_id           VARCHAR NOT NULL
            )
            """,
            """
            CREATE TABLE sentences (
                article_id     VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                "start"        INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                token_count    INTEGER NOT NULL
            )
            """,
            """
            CREATE TABLE entities (
                article_id   VARCHAR NOT NULL,
                entity_index INTEGER NOT NULL,
                "start"      INTEGER NOT NULL,
                "end"        INTEGER NOT NULL,
                text         VARCHAR NOT NULL,
                label        VARCHAR NOT NULL,
                code         VARCHAR
            )
            """,
            """
            CREATE TABLE events (
                event_id       VARCHAR PRIMARY KEY,
                article_id     VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                date           DATE,
                date_source    VARCHAR,
                source_code    VARCHAR,
                source_text    VARCHAR,
                target_code    VARCHAR,
                target_text    VARCHAR,
                cameo          VARCHAR,
                cameo_root     VARCHAR,
                quad_class     TINYINT,
                goldstein      DOUBLE,
                plover_type    VARCHAR,
                plover_mode    VARCHAR,
                modality       VARCHAR,
                trigger_text   VARCHAR,
                trigger_start  INTEGER,
                trigger_end    INTEGER,
                rule           VARCHAR,
                confidence     DOUBLE,
                mentions       INTEGER
            )
            """,
            """
            CREATE TABLE quotes (
                article_id   VARCHAR NOT NULL,
                quote_index  INTEGER NOT NULL,
                "start"      INTEGER NOT NULL,
                "end"        INTEGER NOT NULL,
                speaker_text VARCHAR,
                speaker_code VARCHAR,
                cue          VARCHAR
            )
            """,
            """
            CREATE TABLE locations (
                article_id     VARCHAR NOT NULL,
                location_index INTEGER NOT NULL,
                "start"        INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                name           VARCHAR NOT NULL,
                geonames_id    BIGINT,
                country        VARCHAR,
                admin1         VARCHAR,
                lat            DOUBLE,
                lon            DOUBLE
            )
            """,
            """
            CREATE TABLE problems (
                run_id VARCHAR NOT NULL,
                path   VARCHAR NOT NULL,
                code   VARCHAR NOT NULL,
                reason VARCHAR NOT NULL,
                "at"   TIMESTAMPTZ NOT NULL
            )
            """,
            """
            CREATE TABLE runs (
                run_id      VARCHAR PRIMARY KEY,
                started_at  TIMESTAMPTZ NOT NULL,
                finished_at TIMESTAMPTZ,
                command     VARCHAR,
                inserted    BIGINT NOT NULL DEFAULT 0,
                skipped     BIGINT NOT NULL DEFAULT 0,
                failed      BIGINT NOT NULL DEFAULT 0
            )
            """,
        ],
        // v2: what the stages after NER make: the reference date and tone on articles and sentences, actor
        // mentions, resolved dates, the event record's actor and place columns, and the relations view.
        [
            "ALTER TABLE articles ADD COLUMN reference_date DATE",
            "ALTER TABLE articles ADD COLUMN reference_date_source VARCHAR",
            "ALTER TABLE articles ADD COLUMN tone DOUBLE",
            "ALTER TABLE articles ADD COLUMN tone_positive DOUBLE",
            "ALTER TABLE articles ADD COLUMN tone_negative DOUBLE",
            "ALTER TABLE articles ADD COLUMN tone_polarity DOUBLE",
            "ALTER TABLE articles ADD COLUMN activity_density DOUBLE",
            "ALTER TABLE articles ADD COLUMN self_group_density DOUBLE",
            "ALTER TABLE articles ADD COLUMN word_count INTEGER",
            "ALTER TABLE sentences ADD COLUMN tone DOUBLE",
            """
            CREATE TABLE actors (
                article_id     VARCHAR NOT NULL,
                mention_index  INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                "start"        INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                text           VARCHAR NOT NULL,
                kind           VARCHAR NOT NULL,
                code           VARCHAR,
                country        VARCHAR,
                roles          VARCHAR[],
                entity         INTEGER,
                name           VARCHAR,
                rule           VARCHAR NOT NULL
            )
            """,
            "ALTER TABLE events ADD COLUMN source_country VARCHAR",
            "ALTER TABLE events ADD COLUMN source_roles VARCHAR[]",
            "ALTER TABLE events ADD COLUMN source_entity INTEGER",
            "ALTER TABLE events ADD COLUMN source_start INTEGER",
            "ALTER TABLE events ADD COLUMN source_end INTEGER",
            "ALTER TABLE events ADD COLUMN target_country VARCHAR",
            "ALTER TABLE events ADD COLUMN target_roles VARCHAR[]",
            "ALTER TABLE events ADD COLUMN target_entity INTEGER",
            "ALTER TABLE events ADD COLUMN target_start INTEGER",
            "ALTER TABLE events ADD COLUMN target_end INTEGER",
            "ALTER TABLE events ADD COLUMN reported_by_code VARCHAR",
            "ALTER TABLE events ADD COLUMN location_name VARCHAR",
            "ALTER TABLE events ADD COLUMN geonames_id BIGINT",
            "ALTER TABLE events ADD COLUMN lat DOUBLE",
            "ALTER TABLE events ADD COLUMN lon DOUBLE",
            "ALTER TABLE events ADD COLUMN tone DOUBLE",
            "ALTER TABLE quotes ADD COLUMN kind VARCHAR",
            "ALTER TABLE quotes ADD COLUMN content VARCHAR",
            "ALTER TABLE quotes ADD COLUMN sentence_index INTEGER",
            "ALTER TABLE quotes ADD COLUMN speaker_name VARCHAR",
            "ALTER TABLE quotes ADD COLUMN speaker_start INTEGER",
            "ALTER TABLE quotes ADD COLUMN speaker_end INTEGER",
            "ALTER TABLE quotes ADD COLUMN speaker_actor INTEGER",
            "ALTER TABLE quotes ADD COLUMN spans_paragraphs BOOLEAN",
            "ALTER TABLE quotes ADD COLUMN rule VARCHAR",
            "ALTER TABLE locations ADD COLUMN sentence_index INTEGER",
            "ALTER TABLE locations ADD COLUMN resolved_name VARCHAR",
            "ALTER TABLE locations ADD COLUMN kind VARCHAR",
            "ALTER TABLE locations ADD COLUMN feature_code VARCHAR",
            "ALTER TABLE locations ADD COLUMN population BIGINT",
            "ALTER TABLE locations ADD COLUMN rule VARCHAR",
            // The dyadic series analysts chart: asserted events between two different countries, per day and
            // direction. Possible, negated, future and reported-only events are left out.
            """
            CREATE VIEW relations_daily AS
            SELECT date AS day, source_country, target_country,
                   count(*) AS events,
                   sum(mentions) AS mentions,
                   sum(goldstein) AS goldstein_sum,
                   avg(goldstein) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                   count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict
            FROM events
            WHERE modality = 'asserted' AND date IS NOT NULL
              AND source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
            GROUP BY date, source_country, target_country
            """,
            """
            CREATE TABLE dates (
                article_id     VARCHAR NOT NULL,
                date_index     INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                "start"        INTEGER NOT NULL,
                "end"          INTEGER NOT NULL,
                text           VARCHAR NOT NULL,
                date           DATE NOT NULL,
                granularity    VARCHAR NOT NULL,
                relative       BOOLEAN NOT NULL
            )
            """,
        ],
        // v3: a place the gazetteer lacks, stored at the region or country holding it, says so.
        [
            "ALTER TABLE locations ADD COLUMN approximate BOOLEAN",
        ],
        // v4: which engine annotated each article (EngineFingerprint; null: a store written before, so unknown and
        // stale) and when; how many articles each run re-annotated, and with which engine.
        [
            "ALTER TABLE articles ADD COLUMN engine VARCHAR",
            "ALTER TABLE articles ADD COLUMN annotated_at TIMESTAMPTZ",
            "ALTER TABLE runs ADD COLUMN reannotated BIGINT DEFAULT 0",
            "ALTER TABLE runs ADD COLUMN engine VARCHAR",
        ],
    ];
}
