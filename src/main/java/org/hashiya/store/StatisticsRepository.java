package org.hashiya.store;

import org.hashiya.domain.SelectionCounts;
import org.hashiya.domain.SpanFilter;

/**
 * Counts a {@link SpanFilter}'s selection in the store: every figure is an aggregation the
 * database computes (GROUP BY), so counting a million spans never brings a row into memory.
 */
public interface StatisticsRepository {

    /** Every count of the selection, read from one consistent snapshot of the library. */
    SelectionCounts count(SpanFilter filter);
}
