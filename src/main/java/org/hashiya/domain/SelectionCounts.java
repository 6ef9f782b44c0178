package org.hashiya.domain;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the store counts over a {@link SpanFilter}'s selection, each figure one SQL aggregation,
 * all from one snapshot of the library. Only groups that occur are listed, each list ordered by
 * its key as the store sorts it (keys are label ids, kind ids, annotator names and status ids).
 *
 * @param spansPerLabel        chosen spans per label id
 * @param spansPerKind         chosen spans per label kind id
 * @param spansPerAnnotator    chosen spans per annotator
 * @param articlesPerStatus    chosen articles per status id
 * @param articlesPerSpanCount how many chosen articles hold exactly n chosen spans, by n (0 included
 *                             when no span condition is set)
 * @param spansPerDay          chosen spans per day created (UTC) and annotator, by day then annotator
 */
public record SelectionCounts(List<KeyCount> spansPerLabel, List<KeyCount> spansPerKind,
                              List<KeyCount> spansPerAnnotator, List<KeyCount> articlesPerStatus,
                              SortedMap<Long, Long> articlesPerSpanCount, List<DailyCount> spansPerDay) {
    public SelectionCounts {
        spansPerLabel = List.copyOf(spansPerLabel);
        spansPerKind = List.copyOf(spansPerKind);
        spansPerAnnotator = List.copyOf(spansPerAnnotator);
        articlesPerStatus = List.copyOf(articlesPerStatus);
        articlesPerSpanCount = Collections.unmodifiableSortedMap(new TreeMap<>(articlesPerSpanCount));
        spansPerDay = List.copyOf(spansPerDay);
    }
}
