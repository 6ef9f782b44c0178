package org.hashiya.store;

import java.time.Instant;
import java.util.List;
import org.hashiya.domain.EventLinkCounts;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;

/**
 * The review table over the whole library: rows read a page at a time by keyset (continuing from
 * a row's {@link RowKey}), so no query ever holds more than a page; bulk changes to chosen rows,
 * each one transaction whose before-image the store keeps (outside the Java heap) for undo; and the
 * derived index behind the free-text and mismatch filters.
 *
 * <p>Free text is matched on stored keys: {@code needle} is what a matching key contains (see
 * {@code text.TextMatchKeys}); the caller turns the filter's text into it and keeps the keys
 * current ({@link #pendingIndex}, {@link #storeIndex}) before asking.
 */
public interface ReviewRepository {

    /** How many rows the filter lists. */
    long count(ReviewFilter filter, String needle);

    /**
     * Up to {@code limit} rows in the sort's order, starting after the row {@code after} (null: at
     * the first row), after skipping {@code skip} rows.
     */
    List<ReviewRow> rows(ReviewFilter filter, String needle, ReviewSort sort, RowKey after, long skip, int limit);

    /** Up to {@code limit} rows just before the row {@code before} (null: the last rows), in the sort's order. */
    List<ReviewRow> rowsBefore(ReviewFilter filter, String needle, ReviewSort sort, RowKey before, int limit);

    // ---- bulk changes --------------------------------------------------------------------------

    /** A stored bulk change: which spans it touched and their state before it. */
    interface Change {
        /** How many spans it touched. */
        long size();
    }

    /** Gives every selected span this label; {@code updatedAt} is set to {@code at}. */
    Change relabel(RowSelection rows, String needle, String labelId, Instant at);

    /** Marks every selected span reviewed by {@code reviewer} at {@code at}, or (at null) not reviewed. */
    Change markReviewed(RowSelection rows, String needle, String reviewer, Instant at);

    /** Deletes every selected span. */
    Change delete(RowSelection rows, String needle);

    /**
     * How many events the selected spans trigger and how many roles they fill, counted without
     * listing the spans (from the events' side: never more rows than events and role links).
     */
    EventLinkCounts eventLinks(RowSelection rows, String needle);

    /** Puts the touched spans back exactly as they were before the change, in one transaction. */
    void undo(Change change);

    /** Does the change again to the same spans, in one transaction. */
    void redo(Change change);

    /** Lets go of what was kept to undo the change. */
    void forget(Change change);

    // ---- the derived index ---------------------------------------------------------------------

    /** Version of the stored text keys, "" if none were stored yet. */
    String indexVersion();

    /** Drops every stored key and mismatch mark and queues every span, for keys of another version. */
    void rebuildIndex(String version);

    /** How many spans wait for their keys and check. */
    long pendingIndexCount();

    /**
     * Up to {@code limit} spans that wait, by id (which mostly follows article); queued spans that
     * no longer exist leave the queue.
     */
    List<Span> pendingIndex(int limit);

    /** A span's keys and whether its text no longer matches its article, worked out from {@code source}. */
    record IndexEntry(Span source, String textKey, String noteKey, boolean mismatched) {
    }

    /**
     * Stores the entries and takes their spans off the queue, in one transaction. A span changed
     * since {@code source} was read stays queued (the change queued it again).
     */
    void storeIndex(List<IndexEntry> entries);
}
