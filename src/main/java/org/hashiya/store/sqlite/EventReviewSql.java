package org.hashiya.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewSort;

/**
 * The SQL of the review view's events over {@code event e}, its trigger {@code span s} and its
 * {@code article a}: the span table's conditions ({@link ReviewSql}) asked of the trigger, free
 * text over the trigger and every filler, the missing-role condition, and each order's key columns
 * (ending in a unique id). Values are always bound.
 *
 * <p>As in {@link ReviewSql}, a filter keeping many events walks the order's index (the leading
 * column's table first, joined on with CROSS JOIN, every other filter column written {@code +c});
 * one keeping few lets SQLite choose and sort what it found.
 */
final class EventReviewSql {
    /** Columns 1-18 as {@link ReviewSql#ROW_COLUMNS} (the trigger as s); the event's follow. */
    static final String ROW_COLUMNS = ReviewSql.ROW_COLUMNS
            + ", e.id, e.event_date, e.date_precision, e.certainty, e.polarity, e.modality, e.fatalities, e.injured,"
            + " e.note, e.incident_id, " + missingRoles("e", "s") + " AS missing";
    static final int EVENT_AT = 19;
    static final int MISSING_AT = 29;
    static final int KEY_AT = 30;

    /** An event's incident as the order on incidents sorts it: none is 0. */
    static final String INCIDENT_KEY = "ifnull(e.incident_id, 0)";

    static final String FROM = " FROM event e JOIN span s ON s.id = e.trigger_span_id JOIN article a ON a.id = s.article_id";

    private EventReviewSql() {
    }

    /**
     * The required roles of event {@code e} (trigger {@code s}) with no filler, as
     * "position:name" lines (the caller orders them by position).
     */
    private static String missingRoles(String e, String s) {
        return "(SELECT group_concat(r.position || ':' || r.name, char(10)) FROM event_role r WHERE r.label_id = "
                + s + ".label_id AND r.required = 1 AND NOT EXISTS (SELECT 1 FROM event_argument g WHERE g.event_id = "
                + e + ".id AND g.role = r.name))";
    }

    /** The order's key columns, most significant first, a unique id last. */
    static List<String> keyColumns(EventReviewSort.Column column) {
        if (column.spanColumn() != null) {
            return ReviewSql.keyColumns(column.spanColumn()); // the trigger's: one event per trigger, so s.id is unique
        }
        return switch (column) {
            case EVENT_DATE -> List.of("e.event_date", "e.id");
            case CERTAINTY -> List.of("e.certainty", "e.id");
            case EVENT_ID -> List.of("e.id");
            // the expression of the index event_incident_order (migration 13): events without an incident as 0
            case INCIDENT -> List.of(INCIDENT_KEY, "e.id");
            default -> throw new IllegalArgumentException(column.name());
        };
    }

    /** The FROM clause: walking the order, the leading column's table is the outer loop. */
    static String from(EventReviewSort sort, boolean walkOrder) {
        if (!walkOrder) {
            return FROM;
        }
        String leading = keyColumns(sort.column()).get(0);
        if (leading.startsWith("e.") || leading.equals(INCIDENT_KEY)) {
            return " FROM event e CROSS JOIN span s ON s.id = e.trigger_span_id CROSS JOIN article a ON a.id = s.article_id";
        }
        if (leading.startsWith("a.")) {
            return " FROM article a CROSS JOIN span s ON s.article_id = a.id CROSS JOIN event e ON e.trigger_span_id = s.id";
        }
        return " FROM span s CROSS JOIN event e ON e.trigger_span_id = s.id CROSS JOIN article a ON a.id = s.article_id";
    }

    static String orderBy(EventReviewSort sort, boolean backwards) {
        boolean descending = sort.descending() != backwards;
        StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
        for (String c : keyColumns(sort.column())) {
            order.add(descending ? c + " DESC" : c);
        }
        return order.toString();
    }

    /**
     * The filter's conditions ({@code sort} null: SQLite chooses). Free text ({@code needle}) is
     * met by the trigger's keys or any filler's.
     */
    static SqlFilter.Where where(EventReviewFilter filter, String needle, EventReviewSort sort, boolean walkOrder) {
        String leading = sort == null ? null : keyColumns(sort.column()).get(0);
        SqlFilter.Where trigger = ReviewSql.whereLedBy(filter.review(), "", leading, walkOrder);
        List<String> parts = new ArrayList<>(List.of(trigger.sql()));
        List<Object> params = new ArrayList<>(trigger.params());
        if (needle != null && !needle.isEmpty()) {
            String matching;
            if (needle.codePointCount(0, needle.length()) >= ReviewSql.TRIGRAM) {
                matching = "SELECT rowid FROM span_text_index WHERE span_text_index MATCH ?";
                params.add("\"" + needle.replace("\"", "\"\"") + "\"");
                params.add("\"" + needle.replace("\"", "\"\"") + "\"");
            } else {
                matching = "SELECT id FROM span_text_index_content WHERE instr(c0, ?) > 0 OR instr(c1, ?) > 0";
                params.addAll(List.of(needle, needle, needle, needle));
            }
            String plus = walkOrder ? "+" : "";
            parts.add("(" + plus + "s.id IN (" + matching + ") OR " + plus + "e.id IN (SELECT g.event_id FROM event_argument g"
                    + " WHERE g.filler_span_id IN (" + matching + ")))");
        }
        if (filter.incident() != 0) {
            // the partial index event_incident answers it; walking another order's index, it is tested per row
            parts.add((walkOrder && !INCIDENT_KEY.equals(leading) ? "+" : "") + "e.incident_id = ?");
            params.add(filter.incident());
        }
        if (filter.missingRequiredOnly()) {
            parts.add("EXISTS (SELECT 1 FROM event_role r WHERE r.label_id = s.label_id AND r.required = 1"
                    + " AND NOT EXISTS (SELECT 1 FROM event_argument g WHERE g.event_id = e.id AND g.role = r.name))");
        }
        return new SqlFilter.Where(String.join(" AND ", parts), params);
    }

    /** Whether a count must join articles (some condition is on them). */
    static boolean needsArticles(EventReviewFilter filter) {
        return ReviewSql.needsArticles(filter.review());
    }

    /** The fillers of these events, in display order: schema order of roles, then the order filled. */
    static String fillers(int events) {
        return "SELECT g.event_id, g.role, f.id, f.label_id, f.text FROM event_argument g"
                + " JOIN event e ON e.id = g.event_id JOIN span t ON t.id = e.trigger_span_id"
                + " JOIN span f ON f.id = g.filler_span_id"
                + " LEFT JOIN event_role r ON r.label_id = t.label_id AND r.name = g.role"
                + " WHERE g.event_id IN (" + ReviewSql.marks(events) + ")"
                + " ORDER BY g.event_id, coalesce(r.position, 1000000), g.position";
    }
}
