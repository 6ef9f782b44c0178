package org.hashiya.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.KeyCount;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelCount;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.SelectionCounts;
import org.hashiya.domain.SpanCountBuckets;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.Statistics;
import org.hashiya.store.Library;

/**
 * The numbers of a selection for {@code hashiya stats} and the workbench's statistics window. The
 * store counts; this puts the counts in a stable order and fills in what has none: every active
 * label (and any retired one still in use) in schema order, every kind and status, every bucket of
 * the spans-per-article histogram.
 */
public final class StatisticsService {
    private final Library library;

    public StatisticsService(Library library) {
        this.library = library;
    }

    /** The selection's statistics, all counted from one snapshot of the library. */
    public Statistics statistics(SpanFilter filter) {
        SelectionCounts counts = library.statistics().count(filter);
        List<SpanLabel> schema = library.labels().schema().labels();
        return new Statistics(labels(schema, counts.spansPerLabel()),
                ordered(kindIds(), counts.spansPerKind()),
                counts.spansPerAnnotator(),
                ordered(statusIds(), counts.articlesPerStatus()),
                SpanCountBuckets.of(counts.articlesPerSpanCount()),
                counts.spansPerDay());
    }

    private static List<LabelCount> labels(List<SpanLabel> schema, List<KeyCount> counted) {
        Map<String, Long> byId = byKey(counted);
        List<LabelCount> labels = new ArrayList<>();
        for (SpanLabel label : schema) {
            long count = byId.getOrDefault(label.id(), 0L);
            if (!label.retired() || count > 0) {
                labels.add(new LabelCount(label, count));
            }
        }
        return labels;
    }

    /** {@code keys} in their order with their counts, 0 for those not counted. */
    private static List<KeyCount> ordered(List<String> keys, List<KeyCount> counted) {
        Map<String, Long> byKey = byKey(counted);
        return keys.stream().map(k -> new KeyCount(k, byKey.getOrDefault(k, 0L))).toList();
    }

    private static Map<String, Long> byKey(List<KeyCount> counted) {
        Map<String, Long> byKey = new HashMap<>();
        counted.forEach(c -> byKey.put(c.key(), c.count()));
        return byKey;
    }

    private static List<String> kindIds() {
        return java.util.Arrays.stream(LabelKind.values()).map(LabelKind::id).toList();
    }

    private static List<String> statusIds() {
        return java.util.Arrays.stream(ArticleStatus.values()).map(ArticleStatus::id).toList();
    }
}
