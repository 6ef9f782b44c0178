package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.hashiya.domain.RowSelection;
import org.hashiya.store.ReviewRepository;
import org.hashiya.text.IsoInstants;

/**
 * The review table's bulk changes on the main connection: each is one transaction that first
 * copies the chosen spans, as they are, into a temporary table (SQLite's temporary storage, never
 * the Java heap), then changes them; undo writes the copies back, redo changes the same spans again.
 */
final class ReviewBulkChanges {
    private final Connection connection;
    private final Runnable afterChange;
    private long nextChange;

    /** @param afterChange runs after every change, undo and redo (cached counts are stale then) */
    ReviewBulkChanges(Connection connection, Runnable afterChange) {
        this.connection = connection;
        this.afterChange = afterChange;
    }

    private enum Kind { RELABEL, REVIEW, DELETE }

    /** A stored bulk change: the temporary table with the before-image, and what to do again on redo. */
    private record StoredChange(String table, Kind kind, long size, String value, String at) implements ReviewRepository.Change {
    }

    ReviewRepository.Change relabel(RowSelection rows, String needle, String labelId, Instant at) {
        return change(rows, needle, Kind.RELABEL, labelId, IsoInstants.format(at), "relabel the chosen spans");
    }

    ReviewRepository.Change markReviewed(RowSelection rows, String needle, String reviewer, Instant at) {
        return change(rows, needle, Kind.REVIEW, at == null ? "" : reviewer, at == null ? "" : IsoInstants.format(at),
                at == null ? "unmark the chosen spans" : "mark the chosen spans reviewed");
    }

    ReviewRepository.Change delete(RowSelection rows, String needle) {
        return change(rows, needle, Kind.DELETE, null, null, "delete the chosen spans");
    }

    private ReviewRepository.Change change(RowSelection rows, String needle, Kind kind, String value, String at, String what) {
        SqlFilter.Where where = ReviewSql.selection(rows, needle);
        StoredChange change = Sql.inTransaction(connection, what, () -> {
            String table = "temp.review_undo_" + (++nextChange);
            try (PreparedStatement st = connection.prepareStatement(
                    "CREATE TABLE " + table + " AS SELECT s.*" + ReviewSql.FROM + " WHERE " + where.sql())) {
                where.bind(st);
                st.executeUpdate();
            }
            long size;
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                size = rs.getLong(1);
            }
            StoredChange stored = new StoredChange(table, kind, size, value, at);
            if (kind == Kind.DELETE) {
                keepLinks(table);
            }
            apply(stored);
            return stored;
        });
        afterChange.run();
        return change;
    }

    /**
     * Before a delete: copies what the store forgets with the spans (their registry links, the
     * events they trigger, the roles they fill) beside the spans' copy, so undo brings them back.
     */
    private void keepLinks(String table) throws SQLException {
        String ids = "(SELECT id FROM " + table + ")";
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE " + table + "_links AS SELECT * FROM span_entry WHERE span_id IN " + ids);
            st.executeUpdate("CREATE TABLE " + table + "_events AS SELECT * FROM event WHERE trigger_span_id IN " + ids);
            st.executeUpdate("CREATE TABLE " + table + "_arguments AS SELECT * FROM event_argument WHERE filler_span_id IN "
                    + ids + " OR event_id IN (SELECT id FROM " + table + "_events)");
        }
    }

    /** After undoing a delete: the links, events and roles {@link #keepLinks} kept, back in place. */
    private void restoreLinks(String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT OR IGNORE INTO event SELECT * FROM " + table + "_events");
            st.executeUpdate("INSERT OR IGNORE INTO event_argument SELECT a.* FROM " + table + "_arguments a"
                    + " WHERE a.event_id IN (SELECT id FROM event)");
            st.executeUpdate("INSERT OR REPLACE INTO span_entry SELECT * FROM " + table + "_links");
        }
    }

    private void apply(StoredChange change) throws SQLException {
        String ids = " WHERE id IN (SELECT id FROM " + change.table() + ")";
        String sql = switch (change.kind()) {
            case RELABEL -> "UPDATE span SET label_id = ?, updated_at = ?" + ids;
            case REVIEW -> "UPDATE span SET reviewed_by = ?, reviewed_at = ?" + ids;
            case DELETE -> "DELETE FROM span" + ids;
        };
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (change.kind() != Kind.DELETE) {
                st.setString(1, change.value());
                st.setString(2, change.at());
            }
            st.executeUpdate();
        }
    }

    void undo(ReviewRepository.Change change) {
        StoredChange stored = stored(change);
        Sql.inTransaction(connection, "undo a change to " + stored.size() + " spans", () -> {
            try (Statement st = connection.createStatement()) {
                if (stored.kind() == Kind.DELETE) {
                    st.executeUpdate("INSERT INTO span SELECT * FROM " + stored.table());
                    restoreLinks(stored.table());
                } else {
                    st.executeUpdate("UPDATE span SET label_id = u.label_id, updated_at = u.updated_at,"
                            + " reviewed_by = u.reviewed_by, reviewed_at = u.reviewed_at FROM " + stored.table()
                            + " AS u WHERE span.id = u.id");
                }
            }
            return null;
        });
        afterChange.run();
    }

    void redo(ReviewRepository.Change change) {
        StoredChange stored = stored(change);
        Sql.inTransaction(connection, "redo a change to " + stored.size() + " spans", () -> {
            apply(stored);
            return null;
        });
        afterChange.run();
    }

    void forget(ReviewRepository.Change change) {
        StoredChange stored = stored(change);
        Sql.read(connection, "drop an undo step", () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + stored.table());
                for (String kept : new String[] {"_links", "_events", "_arguments"}) {
                    st.execute("DROP TABLE IF EXISTS " + stored.table() + kept);
                }
            }
            return null;
        });
    }

    private static StoredChange stored(ReviewRepository.Change change) {
        if (change instanceof StoredChange stored) {
            return stored;
        }
        throw new IllegalArgumentException("not a change of this library: " + change);
    }
}
