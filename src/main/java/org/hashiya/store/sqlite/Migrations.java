package org.hashiya.store.sqlite;

import java.util.List;

/** Every schema version, oldest first. {@code version} N brings an empty file to user_version N. */
final class Migrations {
    /** "HSHY": marks an SQLite file as a Hashiya library (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x48534859;

    static final List<Migration> ALL = List.of(
            new Migration(1, "articles and settings", List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE article (
                        id          INTEGER PRIMARY KEY,
                        text        TEXT    NOT NULL,
                        length      INTEGER NOT NULL,
                        sha256      TEXT    NOT NULL UNIQUE,
                        title       TEXT    NOT NULL DEFAULT '',
                        source      TEXT    NOT NULL DEFAULT '',
                        url         TEXT    NOT NULL DEFAULT '',
                        published   TEXT    NOT NULL DEFAULT '',
                        source_path TEXT    NOT NULL DEFAULT '',
                        encoding    TEXT    NOT NULL DEFAULT '',
                        imported_at TEXT    NOT NULL,
                        status      TEXT    NOT NULL DEFAULT 'new'
                    )""",
                    """
                    CREATE TABLE setting (
                        key   TEXT PRIMARY KEY,
                        value TEXT NOT NULL
                    )""")),
            new Migration(2, "labels, spans and article-level annotation", List.of(
                    // The schema lives in the library file so that a library is self-contained.
                    """
                    CREATE TABLE label (
                        id           TEXT    PRIMARY KEY,
                        arabic_name  TEXT    NOT NULL DEFAULT '',
                        english_name TEXT    NOT NULL DEFAULT '',
                        kind         TEXT    NOT NULL,
                        colour       TEXT    NOT NULL,
                        shortcut     TEXT    NOT NULL DEFAULT '',
                        position     INTEGER NOT NULL,
                        retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
                    )""",
                    "CREATE UNIQUE INDEX label_shortcut ON label (shortcut) WHERE shortcut <> ''",
                    // start_cp/end_cp: Unicode code points, end exclusive.
                    """
                    CREATE TABLE span (
                        id         INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                        label_id   TEXT    NOT NULL REFERENCES label (id),
                        start_cp   INTEGER NOT NULL,
                        end_cp     INTEGER NOT NULL,
                        text       TEXT    NOT NULL,
                        annotator  TEXT    NOT NULL DEFAULT '',
                        created_at TEXT    NOT NULL,
                        updated_at TEXT    NOT NULL,
                        note       TEXT    NOT NULL DEFAULT '',
                        CHECK (start_cp >= 0 AND end_cp > start_cp)
                    )""",
                    "CREATE INDEX span_article_start ON span (article_id, start_cp)",
                    "CREATE INDEX span_label ON span (label_id)",
                    """
                    CREATE TABLE article_tag (
                        article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                        tag        TEXT    NOT NULL,
                        PRIMARY KEY (article_id, tag)
                    )""",
                    // NULL: not judged yet; 1 relevant; 0 not relevant.
                    "ALTER TABLE article ADD COLUMN relevance INTEGER CHECK (relevance IN (0, 1))",
                    "ALTER TABLE article ADD COLUMN note TEXT NOT NULL DEFAULT ''")),
            new Migration(3, "search index", List.of(
                    // A normalized copy of each article's words (text.SearchIndexText), one index key per
                    // stored word; contentless: only which articles hold which keys where, no text.
                    // Keys are letters and digits separated by spaces: the ascii tokenizer reads them back
                    // unchanged (non-ASCII characters are all token characters to it).
                    """
                    CREATE VIRTUAL TABLE article_search USING fts5(
                        words, content = '', contentless_delete = 1, tokenize = 'ascii')""",
                    // 0 until the article's copy is in article_search: articles of older libraries, which
                    // the program indexes once, in batches, after opening them.
                    "ALTER TABLE article ADD COLUMN search_indexed INTEGER NOT NULL DEFAULT 0",
                    "CREATE INDEX article_not_indexed ON article (id) WHERE search_indexed = 0",
                    """
                    CREATE TRIGGER article_search_forget AFTER DELETE ON article BEGIN
                        DELETE FROM article_search WHERE rowid = old.id;
                    END""")),
            new Migration(4, "review: reviewed mark, an index per sortable column, the span text index", List.of(
                    // '' while not reviewed; reviewed_at an ISO 8601 instant in UTC like created_at.
                    "ALTER TABLE span ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE span ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT ''",
                    // with the rowid (the span id) each index is also the keyset order "column, id".
                    // Span text and note have none: each costs every span insert a long Arabic key
                    // (an annotated import of a million spans ran 3x slower); sorting on them sorts.
                    "CREATE INDEX span_annotator ON span (annotator)",
                    "CREATE INDEX span_created ON span (created_at)",
                    "CREATE INDEX span_reviewed ON span (reviewed_at)",
                    "CREATE INDEX article_title ON article (title)",
                    "CREATE INDEX article_status ON article (status)",
                    // Derived from spans by the program (search keys need Java's normalizer), never
                    // the truth: rebuilt from span_index_pending, which triggers fill on every change.
                    "CREATE VIRTUAL TABLE span_text_index USING fts5 (text_key, note_key, tokenize = 'trigram')",
                    "CREATE TABLE span_mismatch (span_id INTEGER PRIMARY KEY)",
                    "CREATE TABLE span_index_pending (span_id INTEGER PRIMARY KEY)",
                    "INSERT INTO span_index_pending (span_id) SELECT id FROM span",
                    """
                    CREATE TRIGGER span_index_insert AFTER INSERT ON span BEGIN
                        INSERT OR IGNORE INTO span_index_pending (span_id) VALUES (NEW.id);
                    END""",
                    """
                    CREATE TRIGGER span_index_update AFTER UPDATE OF article_id, start_cp, end_cp, text, note ON span BEGIN
                        INSERT OR IGNORE INTO span_index_pending (span_id) VALUES (NEW.id);
                    END""",
                    """
                    CREATE TRIGGER span_index_delete AFTER DELETE ON span BEGIN
                        DELETE FROM span_text_index WHERE rowid = OLD.id;
                        DELETE FROM span_mismatch WHERE span_id = OLD.id;
                        DELETE FROM span_index_pending WHERE span_id = OLD.id;
                    END""")),
            new Migration(5, "an index for counting spans", List.of(
                    // Statistics count spans per day created (created_at is an ISO instant in UTC, its
                    // first ten characters the day), annotator and label, filtered by those and by
                    // article. This index holds all of them, so counting reads it alone, in group order,
                    // instead of every span's row: over a million spans well under a second. A range of
                    // days is a range of it.
                    "CREATE INDEX span_day_annotator ON span (substr(created_at, 1, 10), annotator, label_id, article_id)")),
            new Migration(6, "a global identity for every span; other coders' article annotations", List.of(
                    // A UUID, lowercase with hyphens, that a span keeps through merges, exports and
                    // imports (domain.SpanUuid). The program gives new spans one (time-ordered);
                    // existing spans get a random (version 4) one here.
                    "ALTER TABLE span ADD COLUMN uuid TEXT",
                    "UPDATE span SET uuid = " + Migrations.RANDOM_UUID,
                    "CREATE UNIQUE INDEX span_uuid ON span (uuid)",
                    // A span written by code that does not know the column (an older build writing
                    // into a newer file cannot, but bulk paths and tools might) still gets one.
                    "CREATE TRIGGER span_uuid_missing AFTER INSERT ON span WHEN NEW.uuid IS NULL BEGIN"
                            + " UPDATE span SET uuid = " + Migrations.RANDOM_UUID + " WHERE id = NEW.id; END",
                    // Article status, relevance, tags and note as another coder left them, brought in by a
                    // merge; the article's own columns stay the library owner's. tags: sorted, one a line.
                    """
                    CREATE TABLE article_coding (
                        article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                        annotator  TEXT    NOT NULL,
                        status     TEXT    NOT NULL DEFAULT 'new',
                        relevance  INTEGER CHECK (relevance IN (0, 1)),
                        tags       TEXT    NOT NULL DEFAULT '',
                        note       TEXT    NOT NULL DEFAULT '',
                        merged_at  TEXT    NOT NULL,
                        PRIMARY KEY (article_id, annotator)
                    )""")),
            new Migration(7, "events: roles in the schema, events on trigger spans, their arguments, incidents", List.of(
                    // The roles of each event label, in order; fillers: label ids and kinds separated by spaces.
                    """
                    CREATE TABLE event_role (
                        label_id   TEXT    NOT NULL,
                        name       TEXT    NOT NULL,
                        position   INTEGER NOT NULL,
                        required   INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
                        repeatable INTEGER NOT NULL DEFAULT 0 CHECK (repeatable IN (0, 1)),
                        fillers    TEXT    NOT NULL DEFAULT '',
                        PRIMARY KEY (label_id, name)
                    )""",
                    """
                    CREATE TABLE incident (
                        id         INTEGER PRIMARY KEY,
                        created_at TEXT    NOT NULL,
                        note       TEXT    NOT NULL DEFAULT ''
                    )""",
                    // One event per trigger span. Spans are not foreign keys here: undo writes a span back
                    // with INSERT OR REPLACE, which must not cascade; the triggers below forget an event's
                    // links when its spans are deleted by any other path (review, import).
                    """
                    CREATE TABLE event (
                        id              INTEGER PRIMARY KEY,
                        article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                        trigger_span_id INTEGER NOT NULL UNIQUE,
                        event_date      TEXT    NOT NULL DEFAULT '',
                        date_precision  TEXT    NOT NULL DEFAULT '' CHECK (date_precision IN ('', 'day', 'month', 'year')),
                        certainty       TEXT    NOT NULL DEFAULT ''
                            CHECK (certainty IN ('', 'confirmed', 'reported', 'claimed', 'denied', 'uncertain')),
                        polarity        TEXT    NOT NULL DEFAULT 'positive' CHECK (polarity IN ('positive', 'negative')),
                        modality        TEXT    NOT NULL DEFAULT 'asserted' CHECK (modality IN ('asserted', 'other')),
                        fatalities      INTEGER CHECK (fatalities >= 0),
                        injured         INTEGER CHECK (injured >= 0),
                        note            TEXT    NOT NULL DEFAULT '',
                        incident_id     INTEGER REFERENCES incident (id) ON DELETE SET NULL
                    )""",
                    "CREATE INDEX event_article ON event (article_id)",
                    "CREATE INDEX event_incident ON event (incident_id) WHERE incident_id IS NOT NULL",
                    // position: the order the roles were filled in.
                    """
                    CREATE TABLE event_argument (
                        event_id       INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
                        position       INTEGER NOT NULL,
                        role           TEXT    NOT NULL,
                        filler_span_id INTEGER NOT NULL,
                        PRIMARY KEY (event_id, position)
                    )""",
                    "CREATE INDEX event_argument_filler ON event_argument (filler_span_id)",
                    """
                    CREATE TRIGGER span_event_forget AFTER DELETE ON span BEGIN
                        DELETE FROM event WHERE trigger_span_id = OLD.id;
                        DELETE FROM event_argument WHERE filler_span_id = OLD.id;
                    END""")),
            new Migration(8, "registry of actors and places; spans linked to its entries", List.of(
                    // One table for actors and places, so an id names one entry whichever kind it is.
                    // Aliases one per line (an alias never holds a line break); type: an actor label id.
                    """
                    CREATE TABLE registry_entry (
                        id           INTEGER PRIMARY KEY,
                        kind         TEXT    NOT NULL CHECK (kind IN ('actor', 'place')),
                        name         TEXT    NOT NULL,
                        english_name TEXT    NOT NULL DEFAULT '',
                        actor_type   TEXT    NOT NULL DEFAULT '',
                        aliases      TEXT    NOT NULL DEFAULT '',
                        country      TEXT    NOT NULL DEFAULT '',
                        wikidata     TEXT    NOT NULL DEFAULT '',
                        province     TEXT    NOT NULL DEFAULT '',
                        latitude     REAL,
                        longitude    REAL,
                        note         TEXT    NOT NULL DEFAULT ''
                    )""",
                    // A span's canonical entry. No foreign key on span_id: span undo writes a span back
                    // with INSERT OR REPLACE, which must not drop its link; a trigger forgets the link
                    // when the span is really deleted. An entry with links cannot be deleted.
                    """
                    CREATE TABLE span_entry (
                        span_id  INTEGER PRIMARY KEY,
                        entry_id INTEGER NOT NULL REFERENCES registry_entry (id)
                    )""",
                    "CREATE INDEX span_entry_entry ON span_entry (entry_id)",
                    """
                    CREATE TRIGGER span_entry_forget AFTER DELETE ON span BEGIN
                        DELETE FROM span_entry WHERE span_id = OLD.id;
                    END""")),
            new Migration(9, "the label index dropped: the label, annotator and article index (12) serves it", List.of(
                    // Every use of span_label has span_label_annotator (migration 12): a label's spans by its
                    // first column, the review's sort on label in that index's own order (label, annotator,
                    // article, id), the label foreign key's look-ups. One index less to keep up on each
                    // write, and to build at the end of a bulk import (0.85 s of a million-span import).
                    // Number 9 was reserved: a library past 12 gets it when next opened (SchemaMigrator).
                    "DROP INDEX IF EXISTS span_label")),
            new Migration(10, "review of events: an index per event column the events table sorts on", List.of(
                    // with the rowid (the event id) each index is also the keyset order "column, id"
                    "CREATE INDEX event_date ON event (event_date)",
                    "CREATE INDEX event_certainty ON event (certainty)")),
            new Migration(12, "an index for the review filters label and annotator together", List.of(
                    // SQLite answers a filter from one index per table: label and annotator together
                    // went through span_annotator and read every row of that annotator's spans to test
                    // the label (166,829 of a million spans: 0.3-0.8 s to count, as much to list). This
                    // index holds both and the article, so counting reads it alone (the article's status
                    // through article_status) and listing reads only the rows kept, in article order
                    // within them: 2-6 ms. A label alone is a prefix of it too.
                    "CREATE INDEX span_label_annotator ON span (label_id, annotator, article_id)")),
            new Migration(13, "review of events: an index for the order on incidents", List.of(
                    // the events table sorts on incident with events of none first: the expression, with the
                    // rowid (the event id), is the keyset order "incident, id"; event_incident (7) holds only
                    // linked events, so it cannot walk that order. Sorting without it would work out every
                    // event's row (its sentence, its missing roles) for each page.
                    "CREATE INDEX event_incident_order ON event (ifnull(incident_id, 0))")),
            new Migration(14, "event attribute values in the schema: their lists, and the event table without fixed ones", List.of(
                    // The values certainty, polarity and modality may take, in display order (the label schema's).
                    """
                    CREATE TABLE event_attribute_value (
                        attribute TEXT    NOT NULL CHECK (attribute IN ('certainty', 'polarity', 'modality')),
                        position  INTEGER NOT NULL,
                        value     TEXT    NOT NULL,
                        PRIMARY KEY (attribute, value)
                    )""",
                    """
                    INSERT INTO event_attribute_value (attribute, position, value) VALUES
                        ('certainty', 0, 'confirmed'), ('certainty', 1, 'reported'), ('certainty', 2, 'claimed'),
                        ('certainty', 3, 'denied'), ('certainty', 4, 'uncertain'),
                        ('polarity', 0, 'positive'), ('polarity', 1, 'negative'),
                        ('modality', 0, 'asserted'), ('modality', 1, 'other')""",
                    // The event table of 7 checked certainty, polarity and modality against fixed lists;
                    // SQLite drops a CHECK only by making the table again. Foreign keys are on here, so
                    // dropping the table deletes the arguments (ON DELETE CASCADE): they are kept aside
                    // and put back. Indexes on event (7, 10, 13) are made again; the trigger on span
                    // (7) names the table and finds the new one.
                    "CREATE TEMP TABLE migrate14_event AS SELECT * FROM event",
                    "CREATE TEMP TABLE migrate14_argument AS SELECT * FROM event_argument",
                    "DROP TABLE event",
                    """
                    CREATE TABLE event (
                        id              INTEGER PRIMARY KEY,
                        article_id      INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                        trigger_span_id INTEGER NOT NULL UNIQUE,
                        event_date      TEXT    NOT NULL DEFAULT '',
                        date_precision  TEXT    NOT NULL DEFAULT '' CHECK (date_precision IN ('', 'day', 'month', 'year')),
                        certainty       TEXT    NOT NULL DEFAULT '',
                        polarity        TEXT    NOT NULL DEFAULT 'positive',
                        modality        TEXT    NOT NULL DEFAULT 'asserted',
                        fatalities      INTEGER CHECK (fatalities >= 0),
                        injured         INTEGER CHECK (injured >= 0),
                        note            TEXT    NOT NULL DEFAULT '',
                        incident_id     INTEGER REFERENCES incident (id) ON DELETE SET NULL
                    )""",
                    """
                    INSERT INTO event (id, article_id, trigger_span_id, event_date, date_precision, certainty, polarity,
                                       modality, fatalities, injured, note, incident_id)
                    SELECT id, article_id, trigger_span_id, event_date, date_precision, certainty, polarity,
                           modality, fatalities, injured, note, incident_id FROM temp.migrate14_event""",
                    "DELETE FROM event_argument",
                    """
                    INSERT INTO event_argument (event_id, position, role, filler_span_id)
                    SELECT event_id, position, role, filler_span_id FROM temp.migrate14_argument""",
                    "DROP TABLE temp.migrate14_event",
                    "DROP TABLE temp.migrate14_argument",
                    "CREATE INDEX event_article ON event (article_id)",
                    "CREATE INDEX event_incident ON event (incident_id) WHERE incident_id IS NOT NULL",
                    "CREATE INDEX event_date ON event (event_date)",
                    "CREATE INDEX event_certainty ON event (certainty)",
                    "CREATE INDEX event_incident_order ON event (ifnull(incident_id, 0))")));

    /** SQL for a random version 4 UUID, lowercase with hyphens; a new one for every row it is evaluated on. */
    static final String RANDOM_UUID = "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
            + " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
            + " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";

    /**
     * Versions handed out but not used (11; 9 was, and came after 12): free for the next
     * schema change, so that 10 and 12 could land first. A library migrated past a reserved version
     * that was missing then gets that migration later, when it arrives (see {@link SchemaMigrator}).
     */
    static final java.util.Set<Integer> RESERVED = java.util.Set.of(11);

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    private Migrations() {
    }
}
