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
                    )""")));

    static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    private Migrations() {
    }
}
