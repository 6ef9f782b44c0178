package org.hashiya.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.text.SpanContext;

/**
 * The review table's SQL over {@code span s JOIN article a}: the conditions of a
 * {@link ReviewFilter}, the sort's key columns (ending in the span id, so every row has one place),
 * and keyset conditions that continue after (or stop at) a row's key. Values are always bound.
 *
 * <p>Two plans: a filter that keeps many rows is best met by walking the order's index and
 * testing each row (the first page is found after a few hundred rows), a filter that keeps few by
 * its own index and a sort of what it found. SQLite's planner cannot tell them apart without
 * statistics, so with {@code walkOrder} every filter column but the order's own is written
 * {@code +column}, which keeps SQLite from using its index.
 */
final class ReviewSql {
    static final String FROM = " FROM span s JOIN article a ON a.id = s.article_id";
    /** Shortest needle the trigram index can answer; shorter ones are looked for by scanning the keys. */
    static final int TRIGRAM = 3;

    /** Columns 1-13 make a Span (see SqliteSelectionRepository.spanOf); the key columns follow {@link #KEY_AT}. */
    static final String ROW_COLUMNS = SqliteSelectionRepository.SPAN_COLUMNS
            + ", a.title, a.status, max(0, s.start_cp - " + SpanContext.MAX_AROUND + ")"
            + ", substr(a.text, max(0, s.start_cp - " + SpanContext.MAX_AROUND + ") + 1, s.end_cp + "
            + SpanContext.MAX_AROUND + " - max(0, s.start_cp - " + SpanContext.MAX_AROUND + "))"
            + ", EXISTS (SELECT 1 FROM span_mismatch m WHERE m.span_id = s.id)";
    static final int KEY_AT = 19;

    private ReviewSql() {
    }

    /**
     * The FROM clause. Walking the order, the table of the order's leading column must be the outer
     * loop ({@code CROSS JOIN} fixes SQLite's join order); otherwise SQLite chooses.
     */
    static String from(ReviewSort sort, boolean walkOrder) {
        if (!walkOrder) {
            return FROM;
        }
        return keyColumns(sort.column()).get(0).startsWith("a.")
                ? " FROM article a CROSS JOIN span s ON s.article_id = a.id"
                : " FROM span s CROSS JOIN article a ON a.id = s.article_id";
    }

    /** The sort's key columns, most significant first, span id last. */
    static List<String> keyColumns(ReviewSort.Column column) {
        return switch (column) {
            case LIBRARY -> List.of("s.article_id", "s.start_cp", "s.id");
            // ties in the order of the index span_label_annotator (label, annotator, article, id): walked, not sorted
            case LABEL -> List.of("s.label_id", "s.annotator", "s.article_id", "s.id");
            case TEXT, CONTEXT -> List.of("s.text", "s.id");
            case ARTICLE -> List.of("a.title", "a.id", "s.start_cp", "s.id");
            case ANNOTATOR -> List.of("s.annotator", "s.id");
            case DATE -> List.of("s.created_at", "s.id");
            case NOTE -> List.of("s.note", "s.id");
            case REVIEWED -> List.of("s.reviewed_at", "s.id");
            case STATUS -> List.of("a.status", "a.id", "s.start_cp", "s.id");
        };
    }

    /** The ORDER BY clause, reversed when {@code backwards}. */
    static String orderBy(ReviewSort sort, boolean backwards) {
        boolean descending = sort.descending() != backwards;
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        for (String c : keyColumns(sort.column())) {
            order.add(descending ? c + " DESC" : c);
        }
        return order.toString();
    }

    /** True when some condition is on articles, so a count must join them. */
    static boolean needsArticles(ReviewFilter filter) {
        return SqlFilter.of(filter.spans()).hasArticleConditions();
    }

    /**
     * The filter's conditions. {@code walkOrder} keeps SQLite off every filter column's index but
     * {@code sort}'s leading column (null: let SQLite choose).
     */
    static SqlFilter.Where where(ReviewFilter filter, String needle, ReviewSort sort, boolean walkOrder) {
        return whereLedBy(filter, needle, sort == null ? null : keyColumns(sort.column()).get(0), walkOrder);
    }

    /** As {@link #where(ReviewFilter, String, ReviewSort, boolean)}, the order's leading column given ("s.label_id"). */
    static SqlFilter.Where whereLedBy(ReviewFilter filter, String needle, String leading, boolean walkOrder) {
        UnaryOperator<String> column = c -> !walkOrder || c.equals(leading) ? c : "+" + c;
        SqlFilter.Where spans = SqlFilter.of(filter.spans(), column).forSpans();
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>(spans.params());
        parts.add(spans.sql());
        switch (filter.reviewed()) {
            case REVIEWED -> parts.add(column.apply("s.reviewed_at") + " <> ''");
            case NOT_REVIEWED -> parts.add(column.apply("s.reviewed_at") + " = ''");
            case ANY -> { }
        }
        if (needle != null && !needle.isEmpty()) {
            if (needle.codePointCount(0, needle.length()) >= TRIGRAM) {
                parts.add(column.apply("s.id") + " IN (SELECT rowid FROM span_text_index WHERE span_text_index MATCH ?)");
                params.add("\"" + needle.replace("\"", "\"\"") + "\"");
            } else {
                // too short for trigrams: scan the keys in the index's own content table (id, c0 text, c1 note)
                parts.add(column.apply("s.id") + " IN (SELECT id FROM span_text_index_content"
                        + " WHERE instr(c0, ?) > 0 OR instr(c1, ?) > 0)");
                params.add(needle);
                params.add(needle);
            }
        }
        if (filter.mismatchedOnly()) {
            parts.add(column.apply("s.id") + " IN (SELECT span_id FROM span_mismatch)");
        }
        return new SqlFilter.Where(String.join(" AND ", parts), params);
    }

    /**
     * Rows whose key comes after {@code key} in the sort's order (before it when {@code backwards});
     * {@code inclusive} keeps the row of the key itself.
     */
    static SqlFilter.Where beyond(ReviewSort sort, RowKey key, boolean backwards, boolean inclusive) {
        return beyond(keyColumns(sort.column()), sort.descending(), key, backwards, inclusive);
    }

    /** As {@link #beyond(ReviewSort, RowKey, boolean, boolean)} for any key columns ("e.event_date", "e.id"). */
    static SqlFilter.Where beyond(List<String> columns, boolean descending, RowKey key, boolean backwards,
                                  boolean inclusive) {
        List<Object> values = key.values();
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("a key of " + values.size() + " values for an order of " + columns.size());
        }
        boolean greater = descending == backwards;
        String strict = greater ? ">" : "<";
        String loose = greater ? ">=" : "<=";
        String table = columns.get(0).substring(0, 2);
        if (columns.stream().allMatch(c -> c.startsWith(table))) {
            // one table: a row value, which SQLite answers with a seek in that order's index
            return new SqlFilter.Where("(" + String.join(", ", columns) + ") " + (inclusive ? loose : strict)
                    + " (" + marks(columns.size()) + ")", values);
        }
        // across the join: the lexicographic comparison spelt out, led by a bound on the first column
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(columns.get(0)).append(' ').append(loose).append(" ? AND ");
        params.add(values.get(0));
        sql.append(lexicographic(columns, values, 0, strict, inclusive ? loose : strict, params));
        return new SqlFilter.Where(sql.toString(), params);
    }

    private static String lexicographic(List<String> columns, List<Object> values, int i, String strict, String last,
                                        List<Object> params) {
        String c = columns.get(i);
        if (i == columns.size() - 1) {
            params.add(values.get(i));
            return c + " " + last + " ?";
        }
        params.add(values.get(i));
        params.add(values.get(i));
        return "(" + c + " " + strict + " ? OR (" + c + " = ? AND "
                + lexicographic(columns, values, i + 1, strict, last, params) + "))";
    }

    /** The rows of a selection: the filter and, OR-ed, each range between its keys (both included). */
    static SqlFilter.Where selection(RowSelection rows, String needle) {
        SqlFilter.Where filter = where(rows.filter(), needle, null, false);
        List<Object> params = new ArrayList<>(filter.params());
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (RowSelection.Range range : rows.ranges()) {
            List<String> bounds = new ArrayList<>();
            if (range.first() != null) {
                SqlFilter.Where from = beyond(rows.sort(), range.first(), false, true);
                bounds.add(from.sql());
                params.addAll(from.params());
            }
            if (range.last() != null) {
                SqlFilter.Where to = beyond(rows.sort(), range.last(), true, true);
                bounds.add(to.sql());
                params.addAll(to.params());
            }
            any.add(bounds.isEmpty() ? "1" : "(" + String.join(" AND ", bounds) + ")");
        }
        String ranges = rows.ranges().isEmpty() ? "0" : any.toString();
        return new SqlFilter.Where(filter.sql() + " AND " + ranges, params);
    }

    static String marks(int n) {
        StringJoiner marks = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            marks.add("?");
        }
        return marks.toString();
    }
}
