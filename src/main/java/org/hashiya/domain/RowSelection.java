package org.hashiya.domain;

import java.util.List;
import java.util.Objects;

/**
 * Rows of the review table chosen for a bulk action, without listing them: the table's filter and
 * order, and ranges of consecutive rows given by their first and last row's keys (both included;
 * a null bound is the start or the end of the table). A selection of a million rows is a few
 * keys, never a million ids.
 */
public record RowSelection(ReviewFilter filter, ReviewSort sort, List<Range> ranges) {

    /** Consecutive rows from {@code first} to {@code last}, both included; null is open. */
    public record Range(RowKey first, RowKey last) {
    }

    public RowSelection {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        ranges = List.copyOf(ranges);
    }

    /** Every row the filter lists. */
    public static RowSelection all(ReviewFilter filter, ReviewSort sort) {
        return new RowSelection(filter, sort, List.of(new Range(null, null)));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }
}
