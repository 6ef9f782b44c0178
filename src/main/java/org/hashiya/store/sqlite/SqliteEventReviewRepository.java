package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.Span;
import org.hashiya.store.EventReviewRepository;

/**
 * The review view's events on SQLite, read on a connection of their own (kept open while the
 * library is), so reading never waits for the workbench's writes. A page is two queries: the
 * events with their triggers, articles and missing roles, then their fillers.
 */
final class SqliteEventReviewRepository implements EventReviewRepository {
    private final LazyReader reader;
    private final Map<String, Long> counts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 16;
        }
    });

    SqliteEventReviewRepository(SqliteSelectionRepository.ReadConnections readers) {
        this.reader = new LazyReader(readers, "the event review reader");
    }

    private Connection reader() {
        return reader.get();
    }

    /** Closes the reading connection; the library closes the main one. */
    void close() {
        reader.close();
    }

    @Override
    public long count(EventReviewFilter filter, String needle) {
        Connection c = reader();
        SqlFilter.Where where = EventReviewSql.where(filter, needle, null, false);
        String from = " FROM event e JOIN span s ON s.id = e.trigger_span_id"
                + (EventReviewSql.needsArticles(filter) ? " JOIN article a ON a.id = s.article_id" : "");
        long n = Sql.read(c, "count the events to review", () -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*)" + from + " WHERE " + where.sql())) {
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
        counts.put(filter + "\u0000" + needle, n);
        return n;
    }

    /** Whether to walk the order's index: when the filter keeps a large share of all events. */
    private boolean walkOrder(EventReviewFilter filter, String needle) {
        if (filter.isEverything() && (needle == null || needle.isEmpty())) {
            return true;
        }
        Long kept = counts.get(filter + "\u0000" + needle);
        if (kept == null) {
            kept = count(filter, needle);
        }
        Long all = counts.get(EventReviewFilter.ALL + "\u0000");
        if (all == null) {
            all = count(EventReviewFilter.ALL, "");
        }
        return kept >= SqliteReviewRepository.WALK_ORDER_SHARE * all;
    }

    @Override
    public List<EventReviewRow> rows(EventReviewFilter filter, String needle, EventReviewSort sort, RowKey after,
                                     long skip, int limit) {
        return read(filter, needle, sort, after, false, skip, limit);
    }

    @Override
    public List<EventReviewRow> rowsBefore(EventReviewFilter filter, String needle, EventReviewSort sort, RowKey before,
                                           int limit) {
        List<EventReviewRow> rows = new ArrayList<>(read(filter, needle, sort, before, true, 0, limit));
        Collections.reverse(rows);
        return rows;
    }

    private List<EventReviewRow> read(EventReviewFilter filter, String needle, EventReviewSort sort, RowKey from,
                                      boolean backwards, long skip, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        boolean walk = walkOrder(filter, needle);
        SqlFilter.Where where = EventReviewSql.where(filter, needle, sort, walk);
        List<Object> params = new ArrayList<>(where.params());
        List<String> keys = EventReviewSql.keyColumns(sort.column());
        StringBuilder sql = new StringBuilder("SELECT ").append(EventReviewSql.ROW_COLUMNS);
        for (String k : keys) {
            sql.append(", ").append(k);
        }
        sql.append(EventReviewSql.from(sort, walk)).append(" WHERE ").append(where.sql());
        if (from != null) {
            SqlFilter.Where beyond = ReviewSql.beyond(keys, sort.descending(), from, backwards, false);
            sql.append(" AND ").append(beyond.sql());
            params.addAll(beyond.params());
        }
        sql.append(EventReviewSql.orderBy(sort, backwards)).append(" LIMIT ? OFFSET ?");
        params.add((long) limit);
        params.add(skip);
        SqlFilter.Where all = new SqlFilter.Where(sql.toString(), params);
        Connection c = reader();
        return Sql.read(c, "read events to review", () -> {
            List<EventReviewRow> rows = new ArrayList<>(limit);
            try (PreparedStatement st = c.prepareStatement(all.sql())) {
                all.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rowOf(rs, keys.size()));
                    }
                }
            }
            return withFillers(c, rows);
        });
    }

    private static EventReviewRow rowOf(ResultSet rs, int keyColumns) throws SQLException {
        Span trigger = SqliteSelectionRepository.spanOf(rs);
        String title = rs.getString(14);
        ArticleStatus status = ArticleStatus.fromId(rs.getString(15));
        int windowStart = rs.getInt(16);
        String window = rs.getString(17);
        boolean mismatched = rs.getBoolean(18);
        int e = EventReviewSql.EVENT_AT;
        EventAttributes attributes = EventAttributes.stored(rs.getString(e + 1), rs.getString(e + 2), rs.getString(e + 3),
                rs.getString(e + 4), rs.getString(e + 5), text(rs, e + 6), text(rs, e + 7), rs.getString(e + 8));
        long incident = rs.getLong(e + 9);
        Event event = new Event(rs.getLong(e), trigger.articleId(), trigger.id(), attributes, List.of(),
                rs.wasNull() ? 0 : incident);
        List<Object> key = new ArrayList<>(keyColumns);
        for (int i = 0; i < keyColumns; i++) {
            key.add(rs.getObject(EventReviewSql.KEY_AT + i));
        }
        return new EventReviewRow(event, trigger, title, status,
                SqliteReviewRepository.context(window == null ? "" : window, trigger.start() - windowStart,
                        trigger.end() - windowStart),
                mismatched, List.of(), missing(rs.getString(EventReviewSql.MISSING_AT)), new RowKey(key));
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? "" : value.toString();
    }

    /** "position:name" lines as names in position order. */
    private static List<String> missing(String lines) {
        if (lines == null || lines.isEmpty()) {
            return List.of();
        }
        return lines.lines().map(l -> l.split(":", 2)).sorted(Comparator.comparingInt(p -> Integer.parseInt(p[0])))
                .map(p -> p[1]).toList();
    }

    /** The rows with their fillers (and their events with those arguments), read in one query. */
    private static List<EventReviewRow> withFillers(Connection c, List<EventReviewRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<EventReviewRow.Filler>> fillers = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(EventReviewSql.fillers(rows.size()))) {
            for (int i = 0; i < rows.size(); i++) {
                st.setLong(i + 1, rows.get(i).event().id());
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    fillers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EventReviewRow.Filler(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        List<EventReviewRow> full = new ArrayList<>(rows.size());
        for (EventReviewRow row : rows) {
            List<EventReviewRow.Filler> fs = fillers.getOrDefault(row.event().id(), List.of());
            Event e = row.event();
            Event withArguments = new Event(e.id(), e.articleId(), e.triggerSpanId(), e.attributes(),
                    fs.stream().map(f -> new EventArgument(f.role(), f.spanId())).toList(), e.incidentId());
            full.add(new EventReviewRow(withArguments, row.trigger(), row.articleTitle(), row.articleStatus(),
                    row.context(), row.mismatched(), fs, row.missingRoles(), row.key()));
        }
        return full;
    }
}
