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
            new Migration(3, "an index for counting spans", List.of(
                    // Statistics count spans per day created (created_at is an ISO instant in UTC, its
                    // first ten characters the day), annotator and label, filtered by those and by
                    // article. This index holds all of them, so counting reads it alone, in group order,
                    // instead of every span's row: over a million spans well under a second. A range of
                    // days is a range of it.
                    "CREATE INDEX span_day_annotator ON span (substr(created_at, 1, 10), annotator, label_id, article_id)")));

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    private Migrations() {
    }
}
