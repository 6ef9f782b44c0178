package org.hashiya.ui.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Spans per day for each annotator, every day from the first to the last active one (idle days 0),
 * so lines drop to zero rather than bridging a gap.
 *
 * @param days       the days in order
 * @param annotators one line per annotator, by name; {@code counts[i]} is the count on {@code days[i]}
 */
public record ActivitySeries(List<LocalDate> days, List<Line> annotators) {
    /** One annotator's spans per day. */
    public record Line(String annotator, long[] counts) {
    }

    public ActivitySeries {
        days = List.copyOf(days);
        annotators = List.copyOf(annotators);
    }

    public static final ActivitySeries EMPTY = new ActivitySeries(List.of(), List.of());
}
