package org.hashiya.domain;

import java.util.Objects;

/**
 * The order of the review table: one column, ascending or descending, ties broken so that every
 * row has one place (by span id; article columns by article, then position in it). {@link #LIBRARY}
 * is the order of export: by article, then where the span starts.
 */
public record ReviewSort(Column column, boolean descending) {

    /** What the table can be sorted by. */
    public enum Column {
        /** Article id, then start: the order spans are exported in. */
        LIBRARY,
        /** SpanLabel id. */
        LABEL,
        /** The span's stored text (code point order). */
        TEXT,
        /** The keyword-in-context column sorts by its keyword, the span's text, as concordances do. */
        CONTEXT,
        /** Article title, then article, then start. */
        ARTICLE,
        ANNOTATOR,
        /** When the span was created. */
        DATE,
        NOTE,
        /** When the span was marked reviewed; spans not reviewed first. */
        REVIEWED,
        /** Article status (new, in_progress, done, reviewed by name), then article, then start. */
        STATUS
    }

    public static final ReviewSort LIBRARY = new ReviewSort(Column.LIBRARY, false);

    public ReviewSort {
        Objects.requireNonNull(column, "column");
    }

    public static ReviewSort ascending(Column column) {
        return new ReviewSort(column, false);
    }

    public static ReviewSort descending(Column column) {
        return new ReviewSort(column, true);
    }
}
