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
 * Counts a selection with two aggregate queries in one read transaction, on a connection of its
 * own, so the figures agree with each other and the workbench keeps saving meanwhile.
 *
 * <p>Spans: one pass over the {@code span_day_annotator} index, which holds day, annotator and
 * label of every span, groups the chosen spans by those in index order (a few thousand groups,
 * never a sort of every span); per label, kind, annotator and day are sums over those groups.
 * With article conditions the planner starts from the chosen articles instead. Articles: each chosen article's status and number of chosen spans (a
 * count on {@code span_article_start}); per status and per number of spans are sums over those.
 */
final class SqliteStatisticsRepository implements StatisticsRepository {
    private static final String WHAT = "count the selection";
    /** The day a span was created (created_at is an ISO 8601 instant in UTC), as span_day_annotator holds it. */
    private static final String DAY = "substr(s.created_at, 1, 10)";

    private final SqliteSelectionRepository.ReadConnections readers;

    SqliteStatisticsRepository(SqliteSelectionRepository.ReadConnections readers) {
        this.readers = readers;
    }

    @Override
    public SelectionCounts count(SpanFilter filter) {
        SqlFilter sql = SqlFilter.of(filter);
        try (Connection c = readers.open()) {
            return Sql.inTransaction(c, WHAT, () -> {
                SpanGroups spans = spanGroups(c, sql, filter);
                ArticleGroups articles = articleGroups(c, sql, filter.hasSpanConditions());
                return new SelectionCounts(spans.labels, spans.kinds, spans.annotators, articles.statuses,
                        articles.spanCounts, spans.days);
            });
        } catch (SQLException e) {
            throw Sql.failure(null, WHAT, e);
        }
    }

    private static final class SpanGroups {
        final List<KeyCount> labels = new ArrayList<>();
        final List<KeyCount> kinds = new ArrayList<>();
        final List<KeyCount> annotators = new ArrayList<>();
        final List<DailyCount> days = new ArrayList<>();
    }

    /**
     * The chosen spans per (day, annotator, label), then summed per label, kind, annotator and
     * (day, annotator). With article conditions the spans are those of the chosen article ids and
     * the planner may start from those articles; otherwise the index is read whole, in order.
     */
    static String spanGroupsSql(SqlFilter filter, SpanFilter spanFilter) {
        String source = filter.hasArticleConditions() ? "span s" : "span s INDEXED BY span_day_annotator";
        return "WITH g AS MATERIALIZED (SELECT " + DAY + " AS day, s.annotator AS who, s.label_id AS label, "
                + "count(*) AS n FROM " + source + " WHERE " + spanGroupsWhere(filter, spanFilter).sql()
                + " GROUP BY day, who, label) "
                + "SELECT 'label', label, NULL, sum(n) FROM g GROUP BY label "
                + "UNION ALL SELECT 'kind', l.kind, NULL, sum(g.n) FROM g JOIN label l ON l.id = g.label GROUP BY l.kind "
                + "UNION ALL SELECT 'annotator', who, NULL, sum(n) FROM g GROUP BY who "
                + "UNION ALL SELECT 'day', day, who, sum(n) FROM g GROUP BY day, who "
                + "ORDER BY 1, 2, 3";
    }

    /**
     * The filter's conditions and, for a range of days, the same range on the day as the index
     * holds it, so reading the index starts and stops at the range's ends.
     */
    private static SqlFilter.Where spanGroupsWhere(SqlFilter filter, SpanFilter spanFilter) {
        SqlFilter.Where where = filter.forSpansOfChosenArticles();
        StringBuilder sql = new StringBuilder(where.sql());
        List<Object> params = new ArrayList<>(where.params());
        if (spanFilter.from() != null) {
            sql.append(" AND ").append(DAY).append(" >= ?");
            params.add(spanFilter.from().toString());
        }
        if (spanFilter.to() != null) {
            sql.append(" AND ").append(DAY).append(" <= ?");
            params.add(spanFilter.to().toString());
        }
        return new SqlFilter.Where(sql.toString(), params);
    }

    private static SpanGroups spanGroups(Connection c, SqlFilter filter, SpanFilter spanFilter) throws SQLException {
        SpanGroups groups = new SpanGroups();
        try (PreparedStatement st = c.prepareStatement(spanGroupsSql(filter, spanFilter))) {
            spanGroupsWhere(filter, spanFilter).bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(2);
                    long n = rs.getLong(4);
                    switch (rs.getString(1)) {
                        case "label" -> groups.labels.add(new KeyCount(key, n));
                        case "kind" -> groups.kinds.add(new KeyCount(key, n));
                        case "annotator" -> groups.annotators.add(new KeyCount(key, n));
                        default -> groups.days.add(new DailyCount(LocalDate.parse(key), rs.getString(3), n));
                    }
                }
            }
        }
        return groups;
    }

    private static final class ArticleGroups {
        final List<KeyCount> statuses = new ArrayList<>();
        final SortedMap<Long, Long> spanCounts = new TreeMap<>();
    }

    /**
     * Each chosen article's status and number of chosen spans, then summed per status and per
     * number. With span conditions only articles with a chosen span are chosen (n > 0).
     */
    static String articleGroupsSql(SqlFilter filter, boolean spanConditions) {
        String chosen = spanConditions ? "n > 0" : "1";
        // INDEXED BY: left to itself SQLite may count an article's spans through the index of a
        // filtered column (span_annotator), reading all of that annotator's spans for every article
        return "WITH per_article AS MATERIALIZED (SELECT a.status AS status, (SELECT count(*) FROM span s "
                + "INDEXED BY span_article_start WHERE s.article_id = a.id AND " + filter.forSpansOnly().sql()
                + ") AS n FROM article a WHERE " + filter.forArticlesOnly().sql() + ") "
                + "SELECT 'status', status, NULL, count(*) FROM per_article WHERE " + chosen + " GROUP BY status "
                + "UNION ALL SELECT 'spans', NULL, n, count(*) FROM per_article WHERE " + chosen + " GROUP BY n";
    }

    private static ArticleGroups articleGroups(Connection c, SqlFilter filter, boolean spanConditions)
            throws SQLException {
        SqlFilter.Where spans = filter.forSpansOnly();
        SqlFilter.Where articles = filter.forArticlesOnly();
        String sql = articleGroupsSql(filter, spanConditions);
        // the correlated count's placeholders come first in the text, so its parameters are bound first
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(articles.params());
        ArticleGroups groups = new ArticleGroups();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            new SqlFilter.Where(sql, params).bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if ("status".equals(rs.getString(1))) {
                        groups.statuses.add(new KeyCount(rs.getString(2), rs.getLong(4)));
                    } else {
                        groups.spanCounts.put(rs.getLong(3), rs.getLong(4));
                    }
                }
            }
        }
        return groups;
    }
}
