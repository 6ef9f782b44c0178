package org.hashiya.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.service.SpanVerifier;
import org.hashiya.text.TextMatchKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free text matched the Arabic way over span text and notes, the mismatch filter, and the index kept current. */
class ReviewIndexTest {
    @TempDir
    Path dir;
    ReviewFixture fixture;
    ReviewService service;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixture.small(dir.resolve("lib.db"));
        service = new ReviewService(fixture.library, "r");
        assertThat(service.indexPending()).as("every span waits for the first index").isEqualTo(8);
        assertThat(service.updateIndex(ReviewService.Progress.NONE, () -> false)).isEqualTo(8);
        assertThat(service.indexPending()).isZero();
    }

    @AfterEach
    void tearDown() {
        fixture.library.close();
    }

    private List<String> texts(String query) {
        return service.rows(ReviewFilter.ALL.withText(query), ReviewSort.LIBRARY, null, 0, 100).stream()
                .map(r -> r.span().text()).toList();
    }

    @Test
    void freeTextIgnoresDiacriticsAndFoldsHamzaAndTehMarbutaOnBothSides() {
        assertThat(texts("وزير الخارجية")).containsExactly("وزيرُ الخارجيّة");
        assertThat(texts("وَزِيرُ")).containsExactly("وزيرُ الخارجيّة");
        assertThat(texts("الامريكي")).containsExactly("الوفد الأمريكيّ");
        assertThat(texts("الخارجيه")).as("teh marbuta as heh").containsExactly("وزيرُ الخارجيّة");
        assertThat(texts("بغداد")).containsExactly("بغدادَ");
        assertThat(texts("ـالموصـل")).as("tatweel").containsExactly("الموصل");
        assertThat(texts("قصف")).isEmpty();
    }

    @Test
    void freeTextLooksInNotesTooAndLatinIgnoresCase() {
        assertThat(texts("تحقق")).containsExactly("التحالف الدولي");
        assertThat(texts("NATIONALITY")).containsExactly("الوفد الأمريكيّ");
        assertThat(texts("ال")).as("two letters: scanned, not trigram-indexed").hasSize(6);
    }

    @Test
    void theIndexFollowsNewSpansEditedNotesDeletionsAndUndo() {
        long a2 = fixture.articles.get(1);
        Span added = fixture.span(a2, "PERSON", "مشتبه به", "amal", "", Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(service.indexPending()).isEqualTo(1);
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(texts("مشتبه")).containsExactly("مشتبه به");

        fixture.library.spans().updateNote(added.id(), "مصدر أمني", Instant.now());
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(texts("امني")).containsExactly("مشتبه به");
        fixture.library.spans().updateNote(added.id(), "", Instant.now());
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(texts("امني")).isEmpty();

        service.delete(RowSelection.all(ReviewFilter.ALL.withText("مشتبه"), ReviewSort.LIBRARY));
        assertThat(texts("مشتبه")).isEmpty();
        service.undo();
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(texts("مشتبه")).containsExactly("مشتبه به");
    }

    @Test
    void spansWhoseTextNoLongerMatchesTheirArticleAreTheirOwnFilter() {
        long a1 = fixture.articles.get(0);
        Span fine = fixture.spans.get(0);
        // what an older version or an outside edit may leave: text that is not at its offsets, offsets past the end
        Span shifted = new Span(1000, a1, "PERSON", fine.start() + 1, fine.end() + 1, fine.text(), "amal",
                fine.createdAt(), fine.updatedAt(), "");
        Span beyond = new Span(1001, a1, "PERSON", 500, 505, "خارج", "amal", fine.createdAt(), fine.updatedAt(), "");
        fixture.library.spans().put(shifted);
        fixture.library.spans().put(beyond);
        service.updateIndex(ReviewService.Progress.NONE, () -> false);

        ReviewFilter mismatched = ReviewFilter.ALL.withMismatchedOnly(true);
        List<ReviewRow> rows = service.rows(mismatched, ReviewSort.LIBRARY, null, 0, 100);
        assertThat(rows).extracting(r -> r.span().id()).containsExactly(1000L, 1001L);
        assertThat(rows).allMatch(ReviewRow::mismatched);
        assertThat(service.count(mismatched)).isEqualTo(2);
        String text = fixture.library.articles().find(a1).orElseThrow().text();
        assertThat(SpanVerifier.verify(text, fixture.library.spans().findByArticle(a1)))
                .extracting(m -> m.span().id()).containsExactly(1000L, 1001L);
        assertThat(service.rows(ReviewFilter.ALL, ReviewSort.LIBRARY, null, 0, 100))
                .filteredOn(r -> r.span().id() < 1000).noneMatch(ReviewRow::mismatched);
        assertThat(rows.get(1).context().sentence()).as("offsets past the end have no context").isEmpty();
    }

    @Test
    void keysOfAnotherMatcherVersionAreMadeAgain() {
        TextMatchKeys upper = new TextMatchKeys() {
            @Override
            public String version() {
                return "test-upper";
            }

            @Override
            public String key(String text) {
                return text.toUpperCase(Locale.ROOT);
            }

            @Override
            public String needle(String query) {
                return query.toUpperCase(Locale.ROOT);
            }
        };
        ReviewService other = new ReviewService(fixture.library, "r", java.time.Clock.systemUTC(), upper);
        assertThat(other.indexPending()).isEqualTo(8);
        other.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(other.count(ReviewFilter.ALL.withText("check"))).isEqualTo(1);
        assertThat(other.count(ReviewFilter.ALL.withText("الخارجيه"))).as("no folding in this matcher").isZero();
        assertThat(service.indexPending()).as("and back").isEqualTo(8);
    }

    @Test
    void cancellingStopsBetweenBatchesAndTheRestWaits() {
        for (int i = 0; i < 3; i++) {
            fixture.library.spans().add(new NewSpan(fixture.articles.get(1), "ATTACK", 0, 4, "هجوم", "x", "", Instant.now()));
        }
        assertThat(service.updateIndex(ReviewService.Progress.NONE, () -> true)).isZero();
        assertThat(service.indexPending()).isEqualTo(3);
    }
}
