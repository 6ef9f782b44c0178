package org.hashiya.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.SpanFilter;

/**
 * A {@link SpanFilter} as SQL conditions with their parameters, over {@code article a} and
 * {@code span s}. Every value is bound, never spliced into the SQL text.
 */
final class SqlFilter {
    private final String articleConditions;
    private final List<Object> articleParams;
    private final String spanConditions;
    private final List<Object> spanParams;
    private final boolean spanConditionsSet;

    private SqlFilter(String articleConditions, List<Object> articleParams, String spanConditions,
                      List<Object> spanParams, boolean spanConditionsSet) {
        this.articleConditions = articleConditions;
        this.articleParams = articleParams;
        this.spanConditions = spanConditions;
        this.spanParams = spanParams;
        this.spanConditionsSet = spanConditionsSet;
    }

    static SqlFilter of(SpanFilter filter) {
        return of(filter, UnaryOperator.identity());
    }

    /**
     * As {@link #of(SpanFilter)}, every column named through {@code column} ("s.label_id" in,
     * "+s.label_id" out, say, to keep SQLite from choosing that column's index).
     */
    static SqlFilter of(SpanFilter filter, UnaryOperator<String> column) {
        Conditions article = new Conditions();
        article.in(column.apply("a.id"), filter.articles());
        article.in(column.apply("a.status"), filter.statuses().stream().map(ArticleStatus::id).toList());
        if (!filter.relevances().isEmpty()) {
            StringJoiner any = new StringJoiner(" OR ", "(", ")");
            for (Relevance r : filter.relevances()) {
                any.add(switch (r) {
                    case UNSET -> column.apply("a.relevance") + " IS NULL";
                    case RELEVANT -> column.apply("a.relevance") + " = 1";
                    case NOT_RELEVANT -> column.apply("a.relevance") + " = 0";
                });
            }
            article.add(any.toString());
        }
        if (!filter.tags().isEmpty()) {
            article.add("EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = " + column.apply("a.id") + " AND t.tag IN ("
                    + placeholders(filter.tags().size()) + "))", filter.tags());
        }
        Conditions span = new Conditions();
        span.in(column.apply("s.label_id"), filter.labels());
        if (!filter.kinds().isEmpty()) {
            span.add(column.apply("s.label_id") + " IN (SELECT id FROM label WHERE kind IN (" + placeholders(filter.kinds().size()) + "))",
                    filter.kinds().stream().map(LabelKind::id).toList());
        }
        span.in(column.apply("s.annotator"), filter.annotators());
        // created_at is an ISO 8601 instant in UTC: its first ten characters are the day
        if (filter.from() != null) {
            span.add(column.apply("s.created_at") + " >= ?", List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            span.add(column.apply("s.created_at") + " < ?", List.of(filter.to().plusDays(1).toString()));
        }
        return new SqlFilter(article.sql(), article.params, span.sql(), span.params, filter.hasSpanConditions());
    }

    /** A WHERE clause and its parameters in order. */
    record Where(String sql, List<Object> params) {
        void bind(PreparedStatement st) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof Long l) {
                    st.setLong(i + 1, l);
                } else if (value instanceof Integer n) {
                    st.setInt(i + 1, n);
                } else {
                    st.setString(i + 1, value.toString());
                }
            }
        }
    }

    /** True when some condition is on articles (so a span query must join them). */
    boolean hasArticleConditions() {
        return !articleParams.isEmpty() || !"1".equals(articleConditions);
    }

    /** For {@code article a} alone: the article conditions only (no test of its spans). */
    Where forArticlesOnly() {
        return new Where(articleConditions, articleParams);
    }

    /** For {@code span s} alone: the span conditions only. */
    Where forSpansOnly() {
        return new Where(spanConditions, spanParams);
    }

    /** For {@code span s JOIN article a}: both kinds of condition. */
    Where forSpans() {
        List<Object> params = new ArrayList<>(spanParams);
        params.addAll(articleParams);
        return new Where(spanConditions + " AND " + articleConditions, params);
    }

    /**
     * For {@code span s} alone: the span conditions and that the span's article is chosen, tested
     * against the chosen article ids (a join would look every span's article up).
     */
    Where forSpansOfChosenArticles() {
        if (!hasArticleConditions()) {
            return forSpansOnly();
        }
        List<Object> params = new ArrayList<>(spanParams);
        params.addAll(articleParams);
        return new Where(spanConditions + " AND s.article_id IN (SELECT a.id FROM article a WHERE " + articleConditions
                + ")", params);
    }

    /**
     * For {@code article a}: the article conditions and, when span conditions are set, that at
     * least one span meets them.
     */
    Where forArticles() {
        if (!spanConditionsSet) {
            return new Where(articleConditions, articleParams);
        }
        List<Object> params = new ArrayList<>(articleParams);
        params.addAll(spanParams);
        return new Where(articleConditions + " AND EXISTS (SELECT 1 FROM span s WHERE s.article_id = a.id AND "
                + spanConditions + ")", params);
    }

    private static String placeholders(int n) {
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            marks.add("?");
        }
        return marks.toString();
    }

    private static final class Conditions {
        final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        void in(String column, Collection<?> values) {
            if (!values.isEmpty()) {
                add(column + " IN (" + placeholders(values.size()) + ")", values);
            }
        }

        void add(String condition, Collection<?> values) {
            parts.add(condition);
            params.addAll(values);
        }

        void add(String condition) {
            parts.add(condition);
        }

        String sql() {
            return parts.isEmpty() ? "1" : "(" + String.join(" AND ", parts) + ")";
        }
    }
}
