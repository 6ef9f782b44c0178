package org.hashiya.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.text.SearchNormalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review table's rows against the same rows worked out in Java: every order, forwards by keyset,
 * backwards from the end, with skips; every filter alone and combined; through both query plans
 * (walking the order's index when a filter keeps many rows, the filter's own index when it keeps few).
 */
class ReviewServiceTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    /** Read by every test but the one that changes spans, which makes its own. */
    static ReviewFixture library300;
    ReviewFixture fixture;
    ReviewService service;
    /** The items last worked out, while the spans are the same (statuses and titles do not change here). */
    List<Item> cached;

    @BeforeAll
    static void fill() {
        library300 = ReviewFixture.random(shared.resolve("lib.db"), 300, 7);
        ReviewService s = new ReviewService(library300.library, "reviewer");
        s.updateIndex(ReviewService.Progress.NONE, () -> false);
        // some reviewed marks, so the reviewed column and filter have both kinds
        s.markReviewed(RowSelection.all(ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("PERSON"))),
                ReviewSort.LIBRARY), true);
    }

    @AfterAll
    static void close() {
        library300.library.close();
    }

    @BeforeEach
    void setUp() {
        use(library300);
    }

    private void use(ReviewFixture f) {
        fixture = f;
        service = new ReviewService(f.library, "reviewer");
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
    }

    /** The spans as stored now, with their article's title and status. */
    record Item(Span span, String title, ArticleStatus status) {
    }

    private List<Item> items() {
        List<Span> spans = fixture.library.spans().listAll();
        if (cached != null && cached.stream().map(Item::span).toList().equals(spans)) {
            return cached;
        }
        List<Item> items = new ArrayList<>();
        for (Span s : spans) {
            Article a = fixture.library.articles().find(s.articleId()).orElseThrow();
            ArticleStatus status = fixture.library.articleAnnotations().find(a.id()).orElseThrow().status();
            items.add(new Item(s, a.title(), status));
        }
        cached = items;
        return items;
    }

    /** SQLite compares text by its UTF-8 bytes: code point order. */
    private static final Comparator<String> CODE_POINTS = (x, y) -> {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    };

    static Comparator<Item> order(ReviewSort sort) {
        Comparator<Item> byId = Comparator.comparingLong(i -> i.span().id());
        Comparator<Item> inArticle = Comparator.<Item>comparingLong(i -> i.span().articleId())
                .thenComparingInt(i -> i.span().start()).thenComparing(byId);
        Comparator<Item> c = switch (sort.column()) {
            case LIBRARY -> inArticle;
            case LABEL -> by(i -> i.span().labelId()).thenComparing(by(i -> i.span().annotator()))
                    .thenComparingLong(i -> i.span().articleId()).thenComparing(byId);
            case TEXT, CONTEXT -> by(i -> i.span().text()).thenComparing(byId);
            case ARTICLE -> by(Item::title).thenComparing(inArticle);
            case ANNOTATOR -> by(i -> i.span().annotator()).thenComparing(byId);
            case DATE -> by(i -> i.span().createdAt().toString()).thenComparing(byId);
            case NOTE -> by(i -> i.span().note()).thenComparing(byId);
            case REVIEWED -> by(i -> i.span().reviewedAt() == null ? "" : i.span().reviewedAt().toString())
                    .thenComparing(byId);
            case STATUS -> by(i -> i.status().id()).thenComparing(inArticle);
        };
        return sort.descending() ? c.reversed() : c;
    }

    private static Comparator<Item> by(Function<Item, String> key) {
        return Comparator.comparing(key, CODE_POINTS);
    }

    private static List<Long> ids(List<ReviewRow> rows) {
        return rows.stream().map(r -> r.span().id()).toList();
    }

    private List<Long> expected(ReviewFilter filter, ReviewSort sort) {
        return items().stream().filter(matches(filter)).sorted(order(sort)).map(i -> i.span().id()).toList();
    }

    /** The filter worked out in Java. */
    private static Predicate<Item> matches(ReviewFilter f) {
        SpanFilter s = f.spans();
        return i -> (s.labels().isEmpty() || s.labels().contains(i.span().labelId()))
                && (s.annotators().isEmpty() || s.annotators().contains(i.span().annotator()))
                && (s.articles().isEmpty() || s.articles().contains(i.span().articleId()))
                && (s.statuses().isEmpty() || s.statuses().contains(i.status()))
                && (s.from() == null || !day(i).isBefore(s.from()))
                && (s.to() == null || !day(i).isAfter(s.to()))
                && switch (f.reviewed()) {
                    case ANY -> true;
                    case REVIEWED -> i.span().isReviewed();
                    case NOT_REVIEWED -> !i.span().isReviewed();
                }
                && (!f.hasText() || SearchNormalizer.normalize(i.span().text()).contains(SearchNormalizer.normalize(f.text()))
                    || SearchNormalizer.normalize(i.span().note()).contains(SearchNormalizer.normalize(f.text())));
    }

    private static LocalDate day(Item i) {
        return LocalDate.ofInstant(i.span().createdAt(), ZoneOffset.UTC);
    }

    /** Reads the whole table page by page, forwards from the start by keyset. */
    private List<Long> forwards(ReviewFilter filter, ReviewSort sort, int page) {
        List<ReviewRow> all = new ArrayList<>();
        List<ReviewRow> rows = service.rows(filter, sort, null, 0, page);
        while (!rows.isEmpty()) {
            all.addAll(rows);
            rows = service.rows(filter, sort, rows.get(rows.size() - 1).key(), 0, page);
        }
        return ids(all);
    }

    /** Reads the whole table page by page, backwards from the end. */
    private List<Long> backwards(ReviewFilter filter, ReviewSort sort, int page) {
        List<ReviewRow> all = new ArrayList<>();
        List<ReviewRow> rows = service.rowsBefore(filter, sort, null, page);
        while (!rows.isEmpty()) {
            all.addAll(0, rows);
            rows = service.rowsBefore(filter, sort, rows.get(0).key(), page);
        }
        return ids(all);
    }

    @Test
    void everyOrderListsEveryRowOnceForwardsAndBackwardsAndSkipsToAnyRow() {
        for (ReviewSort.Column column : ReviewSort.Column.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                ReviewSort sort = new ReviewSort(column, descending);
                List<Long> expected = expected(ReviewFilter.ALL, sort);
                assertThat(expected).hasSize(300);
                assertThat(forwards(ReviewFilter.ALL, sort, 7)).as("forwards %s", sort).isEqualTo(expected);
                assertThat(backwards(ReviewFilter.ALL, sort, 11)).as("backwards %s", sort).isEqualTo(expected);
                assertThat(ids(service.rows(ReviewFilter.ALL, sort, null, 100, 5))).as("skip %s", sort)
                        .isEqualTo(expected.subList(100, 105));
                ReviewRow tenth = service.rows(ReviewFilter.ALL, sort, null, 10, 1).get(0);
                assertThat(ids(service.rows(ReviewFilter.ALL, sort, tenth.key(), 20, 5))).as("key and skip %s", sort)
                        .isEqualTo(expected.subList(31, 36));
                assertThat(ids(service.rows(ReviewFilter.ALL, sort, null, 298, 10))).isEqualTo(expected.subList(298, 300));
            }
        }
    }

    @Test
    void filtersAloneAndCombinedListWhatJavaFindsInEveryOrder() {
        long article = fixture.articles.get(2);
        List<ReviewFilter> filters = List.of(
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("ATTACK"))),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("ATTACK", "LOCATION"))),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withAnnotators(List.of("سارة"))),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withArticles(List.of(article))),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withStatuses(List.of(ArticleStatus.DONE, ArticleStatus.NEW))),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withDates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1))),
                ReviewFilter.ALL.withReviewed(ReviewFilter.Reviewed.REVIEWED),
                ReviewFilter.ALL.withReviewed(ReviewFilter.Reviewed.NOT_REVIEWED),
                ReviewFilter.ALL.withText("بغداد"), // stored with a fatha: بغدادَ
                ReviewFilter.ALL.withText("راجع"), // in notes only
                ReviewFilter.ALL.withText("ال"), // shorter than a trigram
                ReviewFilter.ALL.withText("CHECK"),
                ReviewFilter.ALL.withText("غير موجود"),
                // combined, down to a few rows (the filter's own index, then a sort)
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("ATTACK")).withAnnotators(List.of("amal"))
                        .withStatuses(List.of(ArticleStatus.DONE, ArticleStatus.IN_PROGRESS))).withText("هجوم"),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withArticles(List.of(article)).withLabels(List.of("PERSON")))
                        .withReviewed(ReviewFilter.Reviewed.REVIEWED),
                ReviewFilter.ALL.withSpans(SpanFilter.ALL.withDates(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))
                        .withAnnotators(List.of("omar"))).withText("الموصل"));
        for (ReviewFilter filter : filters) {
            List<Long> inLibraryOrder = expected(filter, ReviewSort.LIBRARY);
            assertThat(service.count(filter)).as("count %s", filter).isEqualTo(inLibraryOrder.size());
            for (ReviewSort.Column column : ReviewSort.Column.values()) {
                ReviewSort sort = new ReviewSort(column, column.ordinal() % 2 == 1);
                assertThat(forwards(filter, sort, 4)).as("%s by %s", filter, sort).isEqualTo(expected(filter, sort));
            }
            assertThat(backwards(filter, ReviewSort.LIBRARY, 5)).isEqualTo(inLibraryOrder);
        }
        assertThat(service.count(filters.get(8))).as("بغداد finds بغدادَ").isPositive();
        assertThat(service.count(filters.get(13))).as("the combined filter keeps a few rows").isBetween(1L, 5L);
    }

    @Test
    void rowsCarryTheirArticleAndTheSpanInItsSentence() {
        ReviewFixture small = ReviewFixture.small(dir.resolve("small.db"));
        try {
            ReviewService s = new ReviewService(small.library, "r");
            List<ReviewRow> rows = s.rows(ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("LOCATION"))),
                    ReviewSort.LIBRARY, null, 0, 10);
            assertThat(rows).hasSize(2);
            ReviewRow baghdad = rows.get(0);
            assertThat(baghdad.articleTitle()).isEqualTo("التحالف يرسل جنوداً");
            assertThat(baghdad.articleStatus()).isEqualTo(ArticleStatus.DONE);
            // the sentence after the one ending in «.», up to and with «؟»
            assertThat(baghdad.context().before()).isEqualTo("وفي ");
            assertThat(baghdad.context().keyword()).isEqualTo("بغدادَ");
            assertThat(baghdad.context().after()).isEqualTo(" اجتمع الوفد الأمريكيّ مع رئيس الوزراء؟");
            assertThat(rows.get(1).context().sentence()).isEqualTo("هجوم على مدينة الموصل أسفر عن مقتل 3 أشخاص.");
        } finally {
            small.library.close();
        }
    }

    @Test
    void aSelectionOfRangesTouchesExactlyTheRowsBetweenTheirKeys() {
        ReviewFixture own = ReviewFixture.random(dir.resolve("own.db"), 80, 11);
        use(own);
        try {
            relabelRanges();
        } finally {
            own.library.close();
        }
    }

    private void relabelRanges() {
        ReviewSort sort = ReviewSort.descending(ReviewSort.Column.DATE);
        ReviewFilter filter = ReviewFilter.ALL.withSpans(SpanFilter.ALL.withLabels(List.of("LOCATION", "ATTACK")));
        List<ReviewRow> rows = service.rows(filter, sort, null, 0, 1000);
        RowSelection chosen = new RowSelection(filter, sort, List.of(
                new RowSelection.Range(rows.get(3).key(), rows.get(9).key()),
                new RowSelection.Range(rows.get(20).key(), rows.get(20).key()),
                new RowSelection.Range(rows.get(rows.size() - 2).key(), null)));
        assertThat(rows.size()).isGreaterThan(25);
        Set<Long> touched = new java.util.HashSet<>(ids(rows.subList(3, 10)));
        touched.add(rows.get(20).span().id());
        touched.addAll(ids(rows.subList(rows.size() - 2, rows.size())));

        java.util.Map<Long, String> before = new java.util.HashMap<>();
        items().forEach(i -> before.put(i.span().id(), i.span().labelId()));

        ReviewService.Outcome outcome = service.relabel(chosen, "PERSON");

        assertThat(outcome.spans()).isEqualTo(touched.size());
        for (Item i : items()) {
            assertThat(i.span().labelId()).as("span %d", i.span().id())
                    .isEqualTo(touched.contains(i.span().id()) ? "PERSON" : before.get(i.span().id()));
        }
    }
}
