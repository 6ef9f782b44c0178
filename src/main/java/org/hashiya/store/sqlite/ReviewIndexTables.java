package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Span;
import org.hashiya.store.ReviewRepository;

/**
 * The tables behind the review table's free text and mismatch filters (migration 4): the span text
 * index (FTS5, trigram), the mismatch marks, and the queue of spans whose entries are due, which
 * triggers fill whenever a span is added or its text, offsets or note change.
 */
final class ReviewIndexTables {
    private static final String INDEX_VERSION = "review.index_version";

    private final Connection connection;
    private final Runnable afterChange;

    /** @param afterChange runs after the index changed (cached counts are stale then) */
    ReviewIndexTables(Connection connection, Runnable afterChange) {
        this.connection = connection;
        this.afterChange = afterChange;
    }

    String indexVersion() {
        return Sql.read(connection, "read the review index version", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                st.setString(1, INDEX_VERSION);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    void rebuildIndex(String version) {
        Sql.inTransaction(connection, "start the review index afresh", () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM span_text_index");
                st.execute("DELETE FROM span_mismatch");
                st.execute("INSERT OR IGNORE INTO span_index_pending (span_id) SELECT id FROM span");
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, INDEX_VERSION);
                st.setString(2, version);
                st.executeUpdate();
            }
            return null;
        });
        afterChange.run();
    }

    long pendingIndexCount() {
        return Sql.read(connection, "count spans waiting for the review index", () -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM span_index_pending")) {
                return rs.getLong(1);
            }
        });
    }

    List<Span> pendingIndex(int limit) {
        List<Long> orphans = new ArrayList<>();
        List<Span> spans = Sql.read(connection, "read spans waiting for the review index", () -> {
            List<Span> found = new ArrayList<>();
            try (PreparedStatement st = connection.prepareStatement("SELECT p.span_id, "
                    + SqliteSelectionRepository.SPAN_COLUMNS
                    + " FROM span_index_pending p LEFT JOIN span s ON s.id = p.span_id ORDER BY p.span_id LIMIT ?")) {
                st.setInt(1, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                        if (rs.wasNull()) {
                            orphans.add(rs.getLong(1));
                        } else {
                            found.add(SqliteSelectionRepository.spanOfColumnsFrom(rs, 2));
                        }
                    }
                }
            }
            return found;
        });
        if (!orphans.isEmpty()) { // spans gone some way the triggers did not see: nothing to index
            Sql.inTransaction(connection, "drop spans gone from the review index queue", () -> {
                try (PreparedStatement st = connection.prepareStatement("DELETE FROM span_index_pending WHERE span_id = ?")) {
                    for (long id : orphans) {
                        st.setLong(1, id);
                        st.executeUpdate();
                    }
                }
                return null;
            });
        }
        return spans;
    }

    void storeIndex(List<ReviewRepository.IndexEntry> entries) {
        Sql.inTransaction(connection, "store the review index of " + entries.size() + " spans", () -> {
            // Off the queue only if the span is still as it was read; a change since queued it again, so leave it.
            try (PreparedStatement done = connection.prepareStatement("DELETE FROM span_index_pending WHERE span_id = ?"
                         + " AND EXISTS (SELECT 1 FROM span WHERE id = ? AND article_id = ? AND start_cp = ?"
                         + " AND end_cp = ? AND text = ? AND note = ?)");
                 PreparedStatement keys = connection.prepareStatement(
                         "INSERT OR REPLACE INTO span_text_index (rowid, text_key, note_key) VALUES (?, ?, ?)");
                 PreparedStatement mismatch = connection.prepareStatement(
                         "INSERT OR IGNORE INTO span_mismatch (span_id) VALUES (?)");
                 PreparedStatement match = connection.prepareStatement("DELETE FROM span_mismatch WHERE span_id = ?")) {
                for (ReviewRepository.IndexEntry entry : entries) {
                    Span source = entry.source();
                    done.setLong(1, source.id());
                    done.setLong(2, source.id());
                    done.setLong(3, source.articleId());
                    done.setInt(4, source.start());
                    done.setInt(5, source.end());
                    done.setString(6, source.text());
                    done.setString(7, source.note());
                    if (done.executeUpdate() != 1) {
                        continue;
                    }
                    keys.setLong(1, source.id());
                    keys.setString(2, entry.textKey());
                    keys.setString(3, entry.noteKey());
                    keys.executeUpdate();
                    PreparedStatement mark = entry.mismatched() ? mismatch : match;
                    mark.setLong(1, source.id());
                    mark.executeUpdate();
                }
            }
            return null;
        });
        afterChange.run();
    }
}
