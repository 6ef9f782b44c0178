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
 * Counts a selection with four aggregate queries, all in one read transaction on a connection of
 * its own, so the figures agree with each other and the workbench keeps saving meanwhile:
 * <ul>
 *   <li>spans per label, and per kind summed from those groups (a covering scan of
 *       {@code span_label});
 *   <li>spans per day and annotator, and per annotator summed from those groups (a scan of
 *       {@code span_day_annotator}, in group order, nothing sorted);
 *   <li>articles per status;
 *   <li>articles per number of spans (a count per article on {@code span_article_start}).
 * </ul>
 * Spans are joined to their articles only when the filter has article conditions.
 */
final class SqliteStatisticsRepository implements StatisticsRepository {
    private static final String WHAT = "count the selection";

    private final SqliteSelectionRepository.ReadConnections readers;

    SqliteStatisticsRepository(SqliteSelectionRepository.ReadConnections readers) {
        this.readers = readers;
    }

    @Override
    public SelectionCounts count(SpanFilter filter) {
        SqlFilter sql = SqlFilter.of(filter);
        try (Connection c = readers.open()) {
            return Sql.inTransaction(c, WHAT, () -> {
                List<KeyCount> labels = new ArrayList<>();
                List<KeyCount> kinds = new ArrayList<>();
                labelsAndKinds(c, sql, labels, kinds);
                List<DailyCount> days = new ArrayList<>();
                List<KeyCount> annotators = new ArrayList<>();
                daysAndAnnotators(c, sql, days, annotators);
                return new SelectionCounts(labels, kinds, annotators, statuses(c, sql), spanCountDistribution(c, sql), days);
            });
        } catch (SQLException e) {
            throw Sql.failure(null, WHAT, e);
        }
    }

    /** {@code span s} (joined to {@code article a} when needed) and its WHERE clause. */
    private static String spanSource(SqlFilter filter) {
        return filter.hasArticleConditions()
                ? "span s JOIN article a ON a.id = s.article_id WHERE " + filter.forSpans().sql()
                : "span s WHERE " + filter.forSpansOnly().sql();
    }

    private static SqlFilter.Where spanWhere(SqlFilter filter) {
        return filter.hasArticleConditions() ? filter.forSpans() : filter.forSpansOnly();
    }

    private static void labelsAndKinds(Connection c, SqlFilter filter, List<KeyCount> labels, List<KeyCount> kinds)
            throws SQLException {
        String sql = "WITH per_label AS MATERIALIZED (SELECT s.label_id AS id, count(*) AS n FROM " + spanSource(filter)
                + " GROUP BY s.label_id) "
                + "SELECT 'label', id, n FROM per_label "
                + "UNION ALL SELECT 'kind', l.kind, sum(p.n) FROM per_label p JOIN label l ON l.id = p.id GROUP BY l.kind "
                + "ORDER BY 1, 2";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            spanWhere(filter).bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    KeyCount count = new KeyCount(rs.getString(2), rs.getLong(3));
                    ("label".equals(rs.getString(1)) ? labels : kinds).add(count);
                }
            }
        }
    }

    /**
     * Spans per day (created_at is an ISO 8601 instant in UTC: its first ten characters are the
     * day) and annotator, then per annotator: the rows without a day, which sort first.
     */
    private static void daysAndAnnotators(Connection c, SqlFilter filter, List<DailyCount> days,
                                          List<KeyCount> annotators) throws SQLException {
        String sql = daysAndAnnotatorsSql(filter);
        try (PreparedStatement st = c.prepareStatement(sql)) {
            spanWhere(filter).bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String day = rs.getString(1);
                    if (day == null) {
                        annotators.add(new KeyCount(rs.getString(2), rs.getLong(3)));
                    } else {
                        days.add(new DailyCount(LocalDate.parse(day), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        }
    }

    static String daysAndAnnotatorsSql(SqlFilter filter) {
        return "WITH per_day AS MATERIALIZED (SELECT substr(s.created_at, 1, 10) AS day, s.annotator AS who, "
                + "count(*) AS n FROM " + spanSource(filter) + " GROUP BY day, who) "
                + "SELECT day, who, n FROM per_day "
                + "UNION ALL SELECT NULL, who, sum(n) FROM per_day GROUP BY who "
                + "ORDER BY 1, 2";
    }

    private static List<KeyCount> statuses(Connection c, SqlFilter filter) throws SQLException {
        SqlFilter.Where where = filter.forArticles();
        List<KeyCount> counts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT a.status, count(*) FROM article a WHERE " + where.sql()
                + " GROUP BY a.status ORDER BY a.status")) {
            where.bind(st);
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
}
