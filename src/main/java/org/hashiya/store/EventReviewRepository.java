package org.hashiya.store;

import java.util.List;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.RowKey;

/**
 * The review view's events over the whole library, read a page at a time by keyset (continuing
 * from a row's {@link RowKey}), so no query ever holds more than a page. Free text is matched on
 * the review index's stored keys, as {@link ReviewRepository} does: {@code needle} is what a
 * matching key contains, and the caller keeps the keys current.
 */
public interface EventReviewRepository {

    /** How many events the filter lists. */
    long count(EventReviewFilter filter, String needle);

    /**
     * Up to {@code limit} events in the sort's order, starting after the row {@code after} (null:
     * at the first), after skipping {@code skip}.
     */
    List<EventReviewRow> rows(EventReviewFilter filter, String needle, EventReviewSort sort, RowKey after, long skip,
                              int limit);

    /** Up to {@code limit} events just before the row {@code before} (null: the last ones), in the sort's order. */
    List<EventReviewRow> rowsBefore(EventReviewFilter filter, String needle, EventReviewSort sort, RowKey before, int limit);
}
