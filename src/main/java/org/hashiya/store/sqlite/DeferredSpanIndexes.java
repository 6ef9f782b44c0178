package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The span table's secondary indexes and its insert triggers, put off while a bulk load fills an
 * almost empty library. SQLite keeps an index sorted row by row as rows arrive, which for a
 * million spans costs more than sorting each index once at the end (measured on the 2-core
 * machine: 12.3 s inserting with the indexes kept, 5.5 s without them plus 5.7 s building them).
 *
 * <p>The definitions are read from {@code sqlite_master}, so they stay whatever the migrations
 * made them, and saved in the {@code setting} table in the same transaction that drops them.
 * {@link #restore} runs them again: at the end of the load, or when the library is next opened
 * if the program died in between. One insert trigger queues each new span for the review index
 * ({@code span_index_pending}); on restore the spans added meanwhile are queued in one statement. The other gives a span
 * stored without a UUID one ({@link #UUID_TRIGGER}).
 * A unique index stays: it keeps what must never be stored twice out, and a load looks spans up by it.
 */
final class DeferredSpanIndexes {
    private static final String DEFINITIONS_KEY = "store.deferred_span_schema";
    private static final String FIRST_SPAN_KEY = "store.deferred_span_first_id";
    /** Between saved definitions; no CREATE INDEX or CREATE TRIGGER of ours holds it. */
    private static final String SEPARATOR = "\n;;\n";
    /** Kept: an import finds an existing article's spans by it, and deleting an article cascades through it. */
    private static final String KEPT_INDEX = "span_article_start";
    private static final String INSERT_TRIGGER = "span_index_insert";
    /**
     * Gives a span stored without a UUID one. Every insert of ours brings one, so during a load it
     * only costs: SQLite runs a trigger's program for each row, and with it a statement journal
     * (a million single-row inserts: 6.5 s with it, 4.7 s without). On restore any span still
     * without one gets one, as the trigger would have given it.
     */
    private static final String UUID_TRIGGER = "span_uuid_missing";

    private DeferredSpanIndexes() {
    }

    /** Drops the indexes and the insert trigger, saving their definitions; in the caller's transaction. */
    static void suspend(Connection connection) throws SQLException {
        if (suspended(connection)) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("""
                SELECT type, name, sql FROM sqlite_master
                WHERE tbl_name = 'span' AND sql IS NOT NULL
                  AND ((type = 'index' AND name <> ? AND sql NOT LIKE 'CREATE UNIQUE%') OR (type = 'trigger' AND name IN (?, ?)))
                ORDER BY type, name""")) {
            st.setString(1, KEPT_INDEX);
            st.setString(2, INSERT_TRIGGER);
            st.setString(3, UUID_TRIGGER);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toUpperCase(java.util.Locale.ROOT) + " " + quoted(rs.getString(2)));
                    definitions.add(rs.getString(3));
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        long firstSpan;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM span")) {
            firstSpan = rs.getLong(1);
        }
        put(connection, DEFINITIONS_KEY, String.join(SEPARATOR, definitions));
        put(connection, FIRST_SPAN_KEY, Long.toString(firstSpan));
        try (Statement st = connection.createStatement()) {
            for (String name : names) {
                st.execute("DROP " + name);
            }
        }
    }

    /** True while definitions are saved, i.e. a bulk load has not brought them back yet. */
    static boolean suspended(Connection connection) throws SQLException {
        return get(connection, DEFINITIONS_KEY) != null;
    }

    /**
     * Creates what {@link #suspend} dropped and queues the spans added meanwhile for the review
     * index, in one transaction. Does nothing when nothing is suspended (or the library predates
     * the setting table).
     */
    static void restore(Connection connection) {
        String mode = journalMode(connection, "DELETE");
        try {
            restoreInTransaction(connection);
        } finally {
            if ("wal".equalsIgnoreCase(mode)) {
                journalMode(connection, "WAL");
            }
        }
    }

    /**
     * Sets the journal mode if SQLite can (no other connection has the library open); returns the
     * mode it had. The indexes are built with a rollback journal where possible: their pages are
     * new, so SQLite writes them once, into the library, where through the write-ahead log each
     * would be written twice, into the log and then back into the library (a million spans: about
     * 140 MB of index pages). The commit is as atomic either way.
     */
    private static String journalMode(Connection connection, String mode) {
        try (Statement st = connection.createStatement()) {
            String before;
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                before = rs.next() ? rs.getString(1) : "";
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
                rs.next(); // the mode in force: unchanged when another connection holds the library
            }
            return before;
        } catch (SQLException e) {
            return ""; // left as it was
        }
    }

    private static void restoreInTransaction(Connection connection) {
        Sql.inTransaction(connection, "bring the span indexes up to date", () -> {
            String definitions = get(connection, DEFINITIONS_KEY);
            if (definitions == null) {
                return null;
            }
            long firstSpan = Long.parseLong(get(connection, FIRST_SPAN_KEY));
            try (Statement st = connection.createStatement()) {
                for (String definition : definitions.split(SEPARATOR)) {
                    st.execute(definition);
                    if (definition.contains(INSERT_TRIGGER)) {
                        try (PreparedStatement queue = connection.prepareStatement(
                                "INSERT OR IGNORE INTO span_index_pending (span_id) SELECT id FROM span WHERE id >= ?")) {
                            queue.setLong(1, firstSpan);
                            queue.executeUpdate();
                        }
                    }
                    if (definition.contains(UUID_TRIGGER)) {
                        // found through the unique index on uuid (NULLs are in it too): no scan
                        st.executeUpdate("UPDATE span SET uuid = " + Migrations.RANDOM_UUID + " WHERE uuid IS NULL");
                    }
                }
                st.execute("DELETE FROM setting WHERE key IN ('" + DEFINITIONS_KEY + "', '" + FIRST_SPAN_KEY + "')");
            }
            return null;
        });
    }

    /** {@link #restore} if the library has a setting table (it has from schema version 1 on). */
    static void restoreIfLeftSuspended(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'setting'")) {
            if (!rs.next()) {
                return;
            }
        }
        if (suspended(connection)) {
            restore(connection);
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String get(Connection connection, String key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }
}
