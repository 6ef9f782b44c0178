package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.EventLinkCounts;
import org.hashiya.domain.KeywordInContext;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.store.ReviewRepository;
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

    private final LazyReader reader;
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 16;
        }
    });
    private final ReviewBulkChanges changes;
    private final ReviewIndexTables index;

    SqliteReviewRepository(Connection connection, SqliteSelectionRepository.ReadConnections readers) {
        this.reader = new LazyReader(readers, "the review reader");
        this.changes = new ReviewBulkChanges(connection, counts::clear);
        this.index = new ReviewIndexTables(connection, counts::clear);
    }

    private Connection reader() {
        return reader.get();
    }

    /** Closes the reading connection; the library closes the main one. */
    void close() {
        reader.close();
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
        String title = rs.getString(14);
        ArticleStatus status = ArticleStatus.fromId(rs.getString(15));
        int windowStart = rs.getInt(16);
        String window = rs.getString(17);
        boolean mismatched = rs.getBoolean(18);
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

    // ---- bulk changes and the derived index: see ReviewBulkChanges, ReviewIndexTables -------------

    @Override
    public Change relabel(RowSelection rows, String needle, String labelId, Instant at) {
        return changes.relabel(rows, needle, labelId, at);
    }

    @Override
    public Change markReviewed(RowSelection rows, String needle, String reviewer, Instant at) {
        return changes.markReviewed(rows, needle, reviewer, at);
    }

    @Override
    public Change delete(RowSelection rows, String needle) {
        return changes.delete(rows, needle);
    }

    @Override
    public EventLinkCounts eventLinks(RowSelection rows, String needle) {
        // events and role links lead (CROSS JOIN fixes the order): a selection of every span costs
        // one look-up per event and per role link, never a walk over the spans
        SqlFilter.Where where = ReviewSql.selection(rows, needle);
        Connection c = reader();
        return Sql.read(c, "count the events of the chosen spans", () -> {
            long triggered;
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM event e"
                    + " CROSS JOIN span s ON s.id = e.trigger_span_id CROSS JOIN article a ON a.id = s.article_id WHERE " + where.sql())) {
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    triggered = rs.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT count(*), count(DISTINCT g.event_id) FROM event_argument g"
                    + " CROSS JOIN span s ON s.id = g.filler_span_id CROSS JOIN article a ON a.id = s.article_id WHERE " + where.sql())) {
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    return new EventLinkCounts(triggered, rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }

    @Override
    public void undo(Change change) {
        changes.undo(change);
    }

    @Override
    public void redo(Change change) {
        changes.redo(change);
    }

    @Override
    public void forget(Change change) {
        changes.forget(change);
    }

    @Override
    public String indexVersion() {
        return index.indexVersion();
    }

    @Override
    public void rebuildIndex(String version) {
        index.rebuildIndex(version);
    }

    @Override
    public long pendingIndexCount() {
        return index.pendingIndexCount();
    }

    @Override
    public List<Span> pendingIndex(int limit) {
        return index.pendingIndex(limit);
    }

    @Override
    public void storeIndex(List<IndexEntry> entries) {
        index.storeIndex(entries);
    }
}
