package org.hashiya.domain;

import java.util.Objects;

/**
 * The order of the review view's events: one column, ascending or descending, ties broken so that
 * every event has one place. Columns of the trigger span sort as the span table's do
 * ({@link ReviewSort}); {@link #LIBRARY} is by article, then where the trigger starts.
 */
public record EventReviewSort(Column column, boolean descending) {

    /** What the events can be sorted by. */
    public enum Column {
        /** Article id, then the trigger's start. */
        LIBRARY(ReviewSort.Column.LIBRARY),
        /** The event label (the trigger's label id). */
        LABEL(ReviewSort.Column.LABEL),
        /** The trigger's text (the keyword of its in-context column). */
        TRIGGER(ReviewSort.Column.TEXT),
        /** Article title, then article, then the trigger's start. */
        ARTICLE(ReviewSort.Column.ARTICLE),
        /** Who made the trigger span. */
        ANNOTATOR(ReviewSort.Column.ANNOTATOR),
        /** When the trigger span was made. */
        CREATED(ReviewSort.Column.DATE),
        /** The event's own date (ISO 8601 text, so 2024 sorts before 2024-03 before 2024-03-05); undated first. */
        EVENT_DATE(null),
        /** Certainty id, alphabetically; none first. */
        CERTAINTY(null),
        /** The event's id (the number a coder types to link events into an incident). */
        EVENT_ID(null),
        /** The incident's id, events without one first (as 0), then by event id. */
        INCIDENT(null);

        private final ReviewSort.Column spanColumn;

        Column(ReviewSort.Column spanColumn) {
            this.spanColumn = spanColumn;
        }

        /** The span table's column that sorts the trigger the same way, or null for the event's own columns. */
        public ReviewSort.Column spanColumn() {
            return spanColumn;
        }
    }

    public static final EventReviewSort LIBRARY = new EventReviewSort(Column.LIBRARY, false);

    public EventReviewSort {
        Objects.requireNonNull(column, "column");
    }
}
