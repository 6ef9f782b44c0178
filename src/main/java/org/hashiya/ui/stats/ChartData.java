package org.hashiya.ui.stats;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hashiya.domain.DailyCount;
import org.hashiya.domain.KeyCount;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelCount;
import org.hashiya.domain.Statistics;

/**
 * Turns {@link Statistics} into what the charts draw (bars, activity lines) and what their CSV
 * files hold. Pure computation: no JavaFX, so the view model's tests check it directly.
 */
final class ChartData {
    private static final String NO_NAME = "(no name)";

    private ChartData() {
    }

    /** The bars of a bar chart in reading order (labels in schema order, buckets ascending). */
    static List<Bar> bars(ChartId chart, Statistics s) {
        return switch (chart) {
            case LABELS -> labelBars(s.labels());
            case KINDS -> plainBars(s.kinds(), "spans");
            case ANNOTATORS -> plainBars(s.annotators().stream()
                    .map(a -> new KeyCount(a.key().isEmpty() ? NO_NAME : a.key(), a.count())).toList(), "spans");
            case STATUSES -> plainBars(s.statuses(), "articles");
            case SPANS_PER_ARTICLE -> s.spansPerArticle().stream().map(b -> new Bar(b.key(), b.count(), "",
                    count(b.count()) + (b.count() == 1 ? " article holds " : " articles hold ") + b.key()
                            + (b.key().equals("1") ? " span" : " spans"))).toList();
            case ACTIVITY -> throw new IllegalArgumentException("activity is drawn as lines, not bars");
        };
    }

    /**
     * Each label's bar reads its Arabic name (its English name or id when it has none, and the id
     * added when two labels share a name, since a category axis needs distinct names); the tooltip
     * gives both names, the id and the count; the bar takes the label's colour.
     */
    private static List<Bar> labelBars(List<LabelCount> labels) {
        Map<String, Integer> uses = new HashMap<>();
        labels.forEach(l -> uses.merge(shortName(l.label()), 1, Integer::sum));
        List<Bar> bars = new ArrayList<>(labels.size());
        for (LabelCount l : labels) {
            SpanLabel label = l.label();
            String name = shortName(label);
            String category = uses.get(name) > 1 && !name.equals(label.id()) ? name + " (" + label.id() + ")" : name;
            String tip = String.join("\n", label.arabicName(), label.englishName() + " (" + label.id() + ")",
                    count(l.count()) + (l.count() == 1 ? " span" : " spans")).strip();
            bars.add(new Bar(category, l.count(), label.colour(), tip));
        }
        return bars;
    }

    private static String shortName(SpanLabel label) {
        if (!label.arabicName().isEmpty()) {
            return label.arabicName();
        }
        return label.englishName().isEmpty() ? label.id() : label.englishName();
    }

    private static List<Bar> plainBars(List<KeyCount> counts, String unit) {
        return counts.stream().map(c -> new Bar(c.key(), c.count(), "", c.key() + ": " + count(c.count()) + " "
                + (c.count() == 1 ? unit.substring(0, unit.length() - 1) : unit))).toList();
    }

    /** Spans per day and annotator, every day from the first active one to the last. */
    static ActivitySeries activity(Statistics s) {
        if (s.activity().isEmpty()) {
            return ActivitySeries.EMPTY;
        }
        LocalDate first = s.activity().get(0).day();
        LocalDate last = s.activity().get(s.activity().size() - 1).day();
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        Map<String, long[]> lines = new TreeMap<>();
        for (DailyCount d : s.activity()) {
            lines.computeIfAbsent(d.annotator(), a -> new long[days])[(int) ChronoUnit.DAYS.between(first, d.day())] += d.count();
        }
        List<LocalDate> range = first.datesUntil(last.plusDays(1)).toList();
        return new ActivitySeries(range, lines.entrySet().stream()
                .map(e -> new ActivitySeries.Line(e.getKey(), e.getValue())).toList());
    }

    /** A chart's numbers with a header, as its CSV file holds them. */
    static CountTable table(ChartId chart, Statistics s) {
        return switch (chart) {
            case LABELS -> new CountTable(List.of("label_id", "arabic_name", "english_name", "kind", "spans"),
                    s.labels().stream().map(l -> List.of(l.label().id(), l.label().arabicName(), l.label().englishName(),
                            l.label().kind().id(), Long.toString(l.count()))).toList());
            case KINDS -> keyTable("kind", "spans", s.kinds());
            case ANNOTATORS -> keyTable("annotator", "spans", s.annotators());
            case STATUSES -> keyTable("status", "articles", s.statuses());
            case SPANS_PER_ARTICLE -> keyTable("spans_per_article", "articles", s.spansPerArticle());
            case ACTIVITY -> new CountTable(List.of("day", "annotator", "spans"), s.activity().stream()
                    .map(d -> List.of(d.day().toString(), d.annotator(), Long.toString(d.count()))).toList());
        };
    }

    private static CountTable keyTable(String key, String count, List<KeyCount> counts) {
        return new CountTable(List.of(key, count),
                counts.stream().map(c -> List.of(c.key(), Long.toString(c.count()))).toList());
    }

    /** 1,234,567: grouped digits, the same in every locale. */
    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
