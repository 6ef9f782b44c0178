package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hashiya.domain.DailyCount;
import org.hashiya.domain.KeyCount;
import org.hashiya.domain.SelectionCounts;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.StatisticsRepository;

/**
 * Counts a selection with one GROUP BY query per figure, all in one read transaction on a
 * connection of its own, so the figures agree with each other and the workbench keeps saving
 * meanwhile. The spans are joined to their articles only when the filter has article conditions.
 */
final class SqliteStatisticsRepository implements StatisticsRepository {
    private final SqliteSelectionRepository.ReadConnections readers;

    SqliteStatisticsRepository(SqliteSelectionRepository.ReadConnections readers) {
        this.readers = readers;
    }

    @Override
    public SelectionCounts count(SpanFilter filter) {
        SqlFilter sql = SqlFilter.of(filter);
        try (Connection c = readers.open()) {
            return Sql.inTransaction(c, "count the selection", () -> new SelectionCounts(
                    keyCounts(c, spanQuery(sql, "s.label_id", "")),
                    keyCounts(c, spanQuery(sql, "l.kind", "JOIN label l ON l.id = s.label_id ")),
                    keyCounts(c, spanQuery(sql, "s.annotator", "")),
                    keyCounts(c, articleQuery(sql)),
                    spanCountDistribution(c, sql),
                    spansPerDay(c, sql)));
        } catch (SQLException e) {
            throw Sql.failure(null, "count the selection", e);
        }
    }

    /** A query with the grouping key in its first column and the count in its second. */
    private record Grouped(String sql, SqlFilter.Where where) {
    }

    /** The chosen spans counted per {@code key}; {@code join} adds a table after the span. */
    private static Grouped spanQuery(SqlFilter filter, String key, String join) {
        return new Grouped("SELECT " + key + ", count(*) FROM " + spanSource(filter, join)
                + " GROUP BY " + key + " ORDER BY " + key, spanWhere(filter));
    }

    private static String spanSource(SqlFilter filter, String join) {
        return filter.hasArticleConditions()
                ? "span s " + join + "JOIN article a ON a.id = s.article_id WHERE " + filter.forSpans().sql()
                : "span s " + join + "WHERE " + filter.forSpansOnly().sql();
    }

    private static SqlFilter.Where spanWhere(SqlFilter filter) {
        return filter.hasArticleConditions() ? filter.forSpans() : filter.forSpansOnly();
    }

    private static Grouped articleQuery(SqlFilter filter) {
        SqlFilter.Where where = filter.forArticles();
        return new Grouped("SELECT a.status, count(*) FROM article a WHERE " + where.sql()
                + " GROUP BY a.status ORDER BY a.status", where);
    }

    private static List<KeyCount> keyCounts(Connection c, Grouped query) throws SQLException {
        List<KeyCount> counts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(query.sql())) {
            query.where().bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.add(new KeyCount(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return counts;
    }

    /** For each n, how many chosen articles hold exactly n chosen spans. */
    private static SortedMap<Long, Long> spanCountDistribution(Connection c, SqlFilter filter) throws SQLException {
        SqlFilter.Where spans = filter.forSpansOnly();
        SqlFilter.Where articles = filter.forArticles();
        // the correlated count's placeholders come first in the text, so its parameters are bound first
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(articles.params());
        String sql = "SELECT n, count(*) FROM (SELECT (SELECT count(*) FROM span s WHERE s.article_id = a.id AND "
                + spans.sql() + ") AS n FROM article a WHERE " + articles.sql() + ") GROUP BY n ORDER BY n";
        SortedMap<Long, Long> distribution = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            new SqlFilter.Where(sql, params).bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    distribution.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return distribution;
    }

    /** created_at is an ISO 8601 instant in UTC: its first ten characters are the day. */
    private static List<DailyCount> spansPerDay(Connection c, SqlFilter filter) throws SQLException {
        SqlFilter.Where where = spanWhere(filter);
        String sql = "SELECT substr(s.created_at, 1, 10) AS day, s.annotator, count(*) FROM " + spanSource(filter, "")
                + " GROUP BY day, s.annotator ORDER BY day, s.annotator";
        List<DailyCount> days = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            where.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    days.add(new DailyCount(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return days;
    }
}
