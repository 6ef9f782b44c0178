package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.KeywordInContext;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.store.ReviewRepository;
import org.hashiya.text.IsoInstants;
import org.hashiya.text.SpanContext;
import org.hashiya.text.TextRange;

/**
 * The review table on SQLite. Pages are read on a connection of their own, kept open while the
 * library is, so reading never waits for the workbench's writes (WAL); bulk changes run on the
 * main connection, where each keeps its before-image in a temporary table (SQLite's temporary
 * storage, a file beside the library's journal, never the Java heap) until it is forgotten.
 */
final class SqliteReviewRepository implements ReviewRepository {
    /** A filter keeping at least this share of the spans walks the order's index (see {@link ReviewSql}). */
    static final double WALK_ORDER_SHARE = 0.02;
    private static final String INDEX_VERSION = "review.index_version";

    private final Connection connection;
    private final SqliteSelectionRepository.ReadConnections readers;
    private Connection reader;
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 16;
        }
    });
    private long nextChange;

    SqliteReviewRepository(Connection connection, SqliteSelectionRepository.ReadConnections readers) {
        this.connection = connection;
        this.readers = readers;
    }

    private synchronized Connection reader() {
        if (reader == null) {
            reader = readers.open();
        }
        return reader;
    }

    /** Closes the reading connection; the library closes the main one. */
    synchronized void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (SQLException e) {
                throw Sql.failure(null, "close the review reader", e);
            } finally {
                reader = null;
            }
        }
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public long count(ReviewFilter filter, String needle) {
        Connection c = reader();
        SqlFilter.Where where = ReviewSql.where(filter, needle, null, false);
        String from = ReviewSql.needsArticles(filter) ? ReviewSql.FROM : " FROM span s";
        long n = Sql.read(c, "count the spans to review", () -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*)" + from + " WHERE " + where.sql())) {
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
        counts.put(countKey(filter, needle), n);
        return n;
    }

    private static String countKey(ReviewFilter filter, String needle) {
        return filter + "\u0000" + needle;
    }

    /** Whether to walk the order's index: when the filter keeps a large share of all spans. */
    private boolean walkOrder(ReviewFilter filter, String needle) {
        if (filter.isEverything() && (needle == null || needle.isEmpty())) {
            return true;
        }
        Long kept = counts.get(countKey(filter, needle));
        if (kept == null) {
            kept = count(filter, needle);
        }
        Long all = counts.get(countKey(ReviewFilter.ALL, ""));
        if (all == null) {
            all = count(ReviewFilter.ALL, "");
        }
        return kept >= WALK_ORDER_SHARE * all;
    }

    @Override
    public List<ReviewRow> rows(ReviewFilter filter, String needle, ReviewSort sort, RowKey after, long skip, int limit) {
        return read(filter, needle, sort, after, false, skip, limit);
    }

    @Override
    public List<ReviewRow> rowsBefore(ReviewFilter filter, String needle, ReviewSort sort, RowKey before, int limit) {
        List<ReviewRow> rows = new ArrayList<>(read(filter, needle, sort, before, true, 0, limit));
        Collections.reverse(rows);
        return rows;
    }

    private List<ReviewRow> read(ReviewFilter filter, String needle, ReviewSort sort, RowKey from, boolean backwards,
                                 long skip, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        boolean walk = walkOrder(filter, needle);
        SqlFilter.Where where = ReviewSql.where(filter, needle, sort, walk);
        List<Object> params = new ArrayList<>(where.params());
        StringBuilder sql = new StringBuilder("SELECT ").append(ReviewSql.ROW_COLUMNS);
        List<String> keys = ReviewSql.keyColumns(sort.column());
        for (String k : keys) {
            sql.append(", ").append(k);
        }
        sql.append(ReviewSql.from(sort, walk)).append(" WHERE ").append(where.sql());
        if (from != null) {
            SqlFilter.Where beyond = ReviewSql.beyond(sort, from, backwards, false);
            sql.append(" AND ").append(beyond.sql());
            params.addAll(beyond.params());
        }
        sql.append(ReviewSql.orderBy(sort, backwards)).append(" LIMIT ? OFFSET ?");
        params.add((long) limit);
        params.add(skip);
        SqlFilter.Where all = new SqlFilter.Where(sql.toString(), params);
        Connection c = reader();
        return Sql.read(c, "read spans to review", () -> {
            List<ReviewRow> rows = new ArrayList<>(limit);
            try (PreparedStatement st = c.prepareStatement(all.sql())) {
                all.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rowOf(rs, keys.size()));
                    }
                }
            }
            return rows;
        });
    }

    private static ReviewRow rowOf(ResultSet rs, int keyColumns) throws SQLException {
        Span span = SqliteSelectionRepository.spanOf(rs);
        String title = rs.getString(13);
        ArticleStatus status = ArticleStatus.fromId(rs.getString(14));
        int windowStart = rs.getInt(15);
        String window = rs.getString(16);
        boolean mismatched = rs.getBoolean(17);
        List<Object> key = new ArrayList<>(keyColumns);
        for (int i = 0; i < keyColumns; i++) {
            key.add(rs.getObject(ReviewSql.KEY_AT + i));
        }
        return new ReviewRow(span, title, status, context(window == null ? "" : window, span.start() - windowStart,
                span.end() - windowStart), mismatched, new RowKey(key));
    }

    /** The span in its sentence, from the article's text around it (at most SpanContext.MAX_AROUND either side). */
    static KeywordInContext context(String window, int start, int end) {
        SpanContext context = new SpanContext(window);
        TextRange sentence = context.bounds(start, end);
        TextRange span = context.spanBounds(start, end);
        if (sentence == null || span == null) {
            return KeywordInContext.NONE;
        }
        int from = Math.min(sentence.start(), span.start());
        int to = Math.max(sentence.end(), span.end());
        return new KeywordInContext(window.substring(from, span.start()), window.substring(span.start(), span.end()),
                window.substring(span.end(), to));
    }

    // ---- bulk changes ----------------------------------------------------------------------------

    private enum Kind { RELABEL, REVIEW, DELETE }

    /** A stored bulk change: the temporary table with the before-image, and what to do again on redo. */
    private record StoredChange(String table, Kind kind, long size, String value, String at) implements Change {
    }

    @Override
    public Change relabel(RowSelection rows, String needle, String labelId, Instant at) {
        return change(rows, needle, Kind.RELABEL, labelId, IsoInstants.format(at), "relabel the chosen spans");
    }

    @Override
    public Change markReviewed(RowSelection rows, String needle, String reviewer, Instant at) {
        return change(rows, needle, Kind.REVIEW, at == null ? "" : reviewer, at == null ? "" : IsoInstants.format(at),
                at == null ? "unmark the chosen spans" : "mark the chosen spans reviewed");
    }

    @Override
    public Change delete(RowSelection rows, String needle) {
        return change(rows, needle, Kind.DELETE, null, null, "delete the chosen spans");
    }

    private Change change(RowSelection rows, String needle, Kind kind, String value, String at, String what) {
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
            apply(stored);
            return stored;
        });
        counts.clear();
        return change;
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

    @Override
    public void undo(Change change) {
        StoredChange stored = stored(change);
        Sql.inTransaction(connection, "undo a change to " + stored.size() + " spans", () -> {
            try (Statement st = connection.createStatement()) {
                if (stored.kind() == Kind.DELETE) {
                    st.executeUpdate("INSERT INTO span SELECT * FROM " + stored.table());
                } else {
                    st.executeUpdate("UPDATE span SET label_id = u.label_id, updated_at = u.updated_at,"
                            + " reviewed_by = u.reviewed_by, reviewed_at = u.reviewed_at FROM " + stored.table()
                            + " AS u WHERE span.id = u.id");
                }
            }
            return null;
        });
        counts.clear();
    }

    @Override
    public void redo(Change change) {
        StoredChange stored = stored(change);
        Sql.inTransaction(connection, "redo a change to " + stored.size() + " spans", () -> {
            apply(stored);
            return null;
        });
        counts.clear();
    }

    @Override
    public void forget(Change change) {
        StoredChange stored = stored(change);
        Sql.read(connection, "drop an undo step", () -> {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + stored.table());
            }
            return null;
        });
    }

    private static StoredChange stored(Change change) {
        if (change instanceof StoredChange stored) {
            return stored;
        }
        throw new IllegalArgumentException("not a change of this library: " + change);
    }

    // ---- the derived index -----------------------------------------------------------------------

    @Override
    public String indexVersion() {
        return Sql.read(connection, "read the review index version", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                st.setString(1, INDEX_VERSION);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
    }

    @Override
    public void rebuildIndex(String version) {
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
        counts.clear();
    }

    @Override
    public long pendingIndexCount() {
        return Sql.read(connection, "count spans waiting for the review index", () -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM span_index_pending")) {
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Span> pendingIndex(int limit) {
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

    @Override
    public void storeIndex(List<IndexEntry> entries) {
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
                for (IndexEntry entry : entries) {
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
        counts.clear();
    }
}
