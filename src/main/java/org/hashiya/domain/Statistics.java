package org.hashiya.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a selection, ready to print or chart: spans per label (schema order), per label
 * kind and per article status (every kind and status, zeros included), per annotator (by name),
 * the histogram of spans per article ({@link SpanCountBuckets}), and spans per day and annotator.
 */
public record Statistics(List<LabelCount> labels, List<KeyCount> kinds, List<KeyCount> annotators,
                         List<KeyCount> statuses, List<KeyCount> spansPerArticle, List<DailyCount> activity) {

    /** One line of the table {@code hashiya stats} prints. */
    public record Line(String section, String key, long count) {
    }

    public Statistics {
        labels = List.copyOf(labels);
        kinds = List.copyOf(kinds);
        annotators = List.copyOf(annotators);
        statuses = List.copyOf(statuses);
        spansPerArticle = List.copyOf(spansPerArticle);
        activity = List.copyOf(activity);
    }

    /** The chosen spans. */
    public long spans() {
        return labels.stream().mapToLong(LabelCount::count).sum();
    }

    /** The chosen articles. */
    public long articles() {
        return statuses.stream().mapToLong(KeyCount::count).sum();
    }

    /**
     * Every figure as (section, key, count), sections in the order {@code total}, {@code label},
     * {@code kind}, {@code annotator}, {@code status}, {@code spans_per_article}, {@code activity}.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("total", "spans", spans()));
        lines.add(new Line("total", "articles", articles()));
        labels.forEach(l -> lines.add(new Line("label", l.label().id(), l.count())));
        kinds.forEach(k -> lines.add(new Line("kind", k.key(), k.count())));
        annotators.forEach(a -> lines.add(new Line("annotator", a.key(), a.count())));
        statuses.forEach(s -> lines.add(new Line("status", s.key(), s.count())));
        spansPerArticle.forEach(b -> lines.add(new Line("spans_per_article", b.key(), b.count())));
        activity.forEach(d -> lines.add(new Line("activity", d.key(), d.count())));
        return lines;
    }
}
