package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.DailyCount;
import org.hashiya.domain.KeyCount;
import org.hashiya.domain.LabelCount;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.Statistics;
import org.hashiya.service.export.ExportFixture;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statistics of the export fixture (3 articles, 7 spans by amal and omar on two days), counted by
 * hand from its source:
 * <pre>
 *   article 1 (done):        STATE_GOV amal d1, COALITION_IGO amal d1, COALITION_IGO omar d2,
 *                            LOCATION omar d2, TIME amal d2
 *   article 2 (in_progress): ATTACK amal d1, LOCATION amal d2
 *   article 3 (new):         no spans
 *   d1 = 2026-11-30, d2 = 2026-12-01
 * </pre>
 */
class StatisticsServiceTest {
    static final LocalDate D1 = LocalDate.of(2026, 11, 30);
    static final LocalDate D2 = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;
    ExportFixture f;
    StatisticsService service;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        service = new StatisticsService(f.library);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    @Test
    void wholeLibraryMatchesTheHandCount() {
        Statistics s = service.statistics(SpanFilter.ALL);

        assertThat(s.spans()).isEqualTo(7);
        assertThat(s.articles()).isEqualTo(3);
        assertThat(nonZeroLabels(s)).containsExactly(
                Map.entry("STATE_GOV", 1L), Map.entry("COALITION_IGO", 2L), Map.entry("ATTACK", 1L),
                Map.entry("LOCATION", 2L), Map.entry("TIME", 1L));
        assertThat(s.labels()).hasSize(21); // every label of the default schema, zeros included, schema order
        assertThat(s.labels().get(0).label().id()).isEqualTo("STATE_GOV");
        assertThat(s.kinds()).containsExactly(kc("actor", 3), kc("event", 1), kc("place", 2), kc("time", 1), kc("other", 0));
        assertThat(s.annotators()).containsExactly(kc("amal", 5), kc("omar", 2));
        assertThat(s.statuses()).containsExactly(kc("new", 1), kc("in_progress", 1), kc("done", 1), kc("reviewed", 0));
        assertThat(s.spansPerArticle()).containsExactly(kc("0", 1), kc("1", 0), kc("2-5", 2), kc("6-10", 0),
                kc("11-20", 0), kc("21-50", 0), kc("51-100", 0), kc("101-500", 0), kc("501-1000", 0), kc("1001+", 0));
        assertThat(s.activity()).containsExactly(new DailyCount(D1, "amal", 3), new DailyCount(D2, "amal", 2),
                new DailyCount(D2, "omar", 2));
    }

    @Test
    void anAnnotatorFilterCountsTheirSpansAndOnlyArticlesTheyAnnotated() {
        Statistics s = service.statistics(SpanFilter.ALL.withAnnotators(List.of("omar")));

        assertThat(s.spans()).isEqualTo(2);
        assertThat(nonZeroLabels(s)).containsExactly(Map.entry("COALITION_IGO", 1L), Map.entry("LOCATION", 1L));
        assertThat(s.kinds()).contains(kc("actor", 1), kc("place", 1), kc("event", 0));
        assertThat(s.annotators()).containsExactly(kc("omar", 2));
        assertThat(s.statuses()).containsExactly(kc("new", 0), kc("in_progress", 0), kc("done", 1), kc("reviewed", 0));
        assertThat(s.spansPerArticle()).contains(kc("0", 0), kc("2-5", 1));
        assertThat(s.activity()).containsExactly(new DailyCount(D2, "omar", 2));
    }

    @Test
    void articleFiltersCountTheSpansOfTheChosenArticles() {
        Statistics s = service.statistics(SpanFilter.ALL.withStatuses(List.of(ArticleStatus.IN_PROGRESS)));

        assertThat(nonZeroLabels(s)).containsExactly(Map.entry("ATTACK", 1L), Map.entry("LOCATION", 1L));
        assertThat(s.annotators()).containsExactly(kc("amal", 2));
        assertThat(s.statuses()).contains(kc("in_progress", 1), kc("done", 0), kc("new", 0));
        assertThat(s.activity()).containsExactly(new DailyCount(D1, "amal", 1), new DailyCount(D2, "amal", 1));

        Statistics untagged = service.statistics(SpanFilter.ALL.withStatuses(List.of(ArticleStatus.NEW)));
        assertThat(untagged.spans()).isZero();
        assertThat(untagged.spansPerArticle()).contains(kc("0", 1), kc("2-5", 0));
    }

    @Test
    void kindAndDateFiltersCombineWithArticleFilters() {
        Statistics actors = service.statistics(SpanFilter.ALL.withKinds(List.of(LabelKind.ACTOR))
                .withTags(List.of("nato")));
        assertThat(actors.spans()).isEqualTo(3);
        assertThat(actors.kinds()).contains(kc("actor", 3), kc("place", 0));
        assertThat(actors.annotators()).containsExactly(kc("amal", 2), kc("omar", 1));

        Statistics firstDay = service.statistics(SpanFilter.ALL.withDates(null, D1));
        assertThat(firstDay.spans()).isEqualTo(3);
        assertThat(firstDay.articles()).isEqualTo(2);
        assertThat(firstDay.spansPerArticle()).contains(kc("0", 0), kc("1", 1), kc("2-5", 1));
    }

    @Test
    void linesComeInSectionOrderWithTotalsFirst() {
        List<Statistics.Line> lines = service.statistics(SpanFilter.ALL).lines();

        assertThat(lines.subList(0, 2)).containsExactly(new Statistics.Line("total", "spans", 7),
                new Statistics.Line("total", "articles", 3));
        assertThat(lines.stream().map(Statistics.Line::section).distinct())
                .containsExactly("total", "label", "kind", "annotator", "status", "spans_per_article", "activity");
        assertThat(lines).contains(new Statistics.Line("activity", "2026-12-01 omar", 2));
        assertThat(lines).hasSize(2 + 21 + 5 + 2 + 4 + 10 + 3);
    }

    /** Every figure cross-checked against a tally of the streamed spans, for several filters. */
    @Test
    void figuresAgreeWithTheStreamedSelection() {
        SelectionService selection = new SelectionService(f.library);
        List<SpanFilter> filters = List.of(SpanFilter.ALL,
                SpanFilter.ALL.withLabels(List.of("LOCATION", "TIME")),
                SpanFilter.ALL.withArticles(List.of(f.a2, f.a3)),
                SpanFilter.ALL.withTags(List.of("عراق")).withAnnotators(List.of("amal")),
                SpanFilter.ALL.withDates(D2, D2).withKinds(List.of(LabelKind.PLACE, LabelKind.TIME)));
        for (SpanFilter filter : filters) {
            Statistics s = service.statistics(filter);
            List<Span> spans = new ArrayList<>();
            selection.forEachSpan(filter, spans::add);
            assertThat(s.spans()).as("%s", filter).isEqualTo(spans.size());
            assertThat(s.articles()).as("%s", filter).isEqualTo(selection.countArticles(filter));
            assertThat(nonZeroLabels(s)).as("%s", filter).isEqualTo(tally(spans, Span::labelId));
            assertThat(s.annotators().stream().collect(Collectors.toMap(KeyCount::key, KeyCount::count)))
                    .isEqualTo(tally(spans, Span::annotator));
            assertThat(s.activity().stream().mapToLong(DailyCount::count).sum()).isEqualTo(spans.size());
            assertThat(s.kinds().stream().mapToLong(KeyCount::count).sum()).isEqualTo(spans.size());
        }
    }

    @Test
    void retiredLabelsAppearOnlyWhileSpansUseThem() {
        SchemaService schema = new SchemaService(f.library);
        schema.retire("TIME");
        schema.retire("ARREST");

        List<String> ids = service.statistics(SpanFilter.ALL).labels().stream().map(l -> l.label().id()).toList();

        assertThat(ids).contains("TIME").doesNotContain("ARREST").hasSize(20);
    }

    /** A second library: one article of 150 spans, one of 1 span, an empty one; five days. */
    @Test
    void largeArticlesFallInTheOpenBuckets(@TempDir Path other) {
        try (Library lib = SqliteLibrary.open(other.resolve("big.db"), true)) {
            new SchemaService(lib).ensureSchema();
            List<Long> ids = lib.articles().addAll(List.of(article("أ ".repeat(400)), article("ب ".repeat(10)),
                    article("ج"))).stream().map(r -> r.id()).toList();
            for (int i = 0; i < 150; i++) {
                Instant at = Instant.parse("2026-03-0" + (1 + i % 5) + "T12:00:00Z");
                lib.spans().add(new NewSpan(ids.get(0), "PERSON", 2 * i, 2 * i + 1, "أ", "hind", "", at));
            }
            lib.spans().add(new NewSpan(ids.get(1), "ATTACK", 0, 1, "ب", "hind", "", Instant.parse("2026-03-05T23:59:59Z")));

            Statistics s = new StatisticsService(lib).statistics(SpanFilter.ALL);

            assertThat(s.spansPerArticle()).contains(kc("0", 1), kc("1", 1), kc("101-500", 1), kc("51-100", 0));
            assertThat(s.activity()).extracting(DailyCount::count).containsExactly(30L, 30L, 30L, 30L, 31L);
            assertThat(s.activity().get(4).key()).isEqualTo("2026-03-05 hind");
        }
    }

    private static NewArticle article(String text) {
        return new NewArticle(text, new org.hashiya.domain.ArticleMetadata("", "", "", ""),
                new org.hashiya.domain.ImportRecord("", "UTF-8", Instant.parse("2026-03-01T00:00:00Z"),
                        org.hashiya.text.TextHash.sha256(text)));
    }

    private static Map<String, Long> nonZeroLabels(Statistics s) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (LabelCount l : s.labels()) {
            if (l.count() > 0) {
                counts.put(l.label().id(), l.count());
            }
        }
        return counts;
    }

    private static Map<String, Long> tally(List<Span> spans, java.util.function.Function<Span, String> key) {
        return spans.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static KeyCount kc(String key, long count) {
        return new KeyCount(key, count);
    }

}
