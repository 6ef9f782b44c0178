package org.hashiya.service.review;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.RowKey;
import org.hashiya.store.Library;
import org.hashiya.text.TextMatchKeys;

/**
 * Reviewing a library's events: one row per event, a page at a time by keyset, under the span
 * table's filters (asked of each event's trigger; free text of the trigger or any filler) and
 * optionally only events missing a required role. Free text reads the span review index, which
 * {@code spans} keeps up to date, so both tables share one index and one indexer.
 */
public final class EventReviewService {
    private final Library library;
    private final ReviewService spans;
    private final TextMatchKeys keys;

    public EventReviewService(Library library, ReviewService spans) {
        this(library, spans, TextMatchKeys.current());
    }

    public EventReviewService(Library library, ReviewService spans, TextMatchKeys keys) {
        this.library = library;
        this.spans = spans;
        this.keys = keys;
    }

    /** How many events the filter lists. Free text and the mismatch check read the index: see {@link #updateIndex}. */
    public long count(EventReviewFilter filter) {
        return library.eventReview().count(filter, needle(filter));
    }

    /** Up to {@code limit} events after the row {@code after} (null: from the first), skipping {@code skip}. */
    public List<EventReviewRow> rows(EventReviewFilter filter, EventReviewSort sort, RowKey after, long skip, int limit) {
        return library.eventReview().rows(filter, needle(filter), sort, after, skip, limit);
    }

    /** Up to {@code limit} events just before the row {@code before} (null: the last ones), in table order. */
    public List<EventReviewRow> rowsBefore(EventReviewFilter filter, EventReviewSort sort, RowKey before, int limit) {
        return library.eventReview().rowsBefore(filter, needle(filter), sort, before, limit);
    }

    private String needle(EventReviewFilter filter) {
        return filter.review().hasText() ? keys.needle(filter.review().text()) : "";
    }

    /** The label schema (event names and colours). */
    public LabelSchema schema() {
        return library.labels().schema();
    }

    /** Spans whose keys and check are not current. */
    public long indexPending() {
        return spans.indexPending();
    }

    /** Brings the span review index up to date (shared with the span table). */
    public long updateIndex(ReviewService.Progress progress, BooleanSupplier cancelled) {
        return spans.updateIndex(progress, cancelled);
    }
}
