package org.hashiya.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.AnnotationException;
import org.hashiya.text.TextMatchKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk relabel, delete and reviewed marks: each one step that undo takes back exactly and redo does again. */
class ReviewBulkTest {
    static final Instant NOW = Instant.parse("2026-12-02T09:30:00.250Z");

    @TempDir
    Path dir;
    ReviewFixture fixture;
    ReviewService service;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixture.small(dir.resolve("lib.db"));
        service = new ReviewService(fixture.library, "هدى", Clock.fixed(NOW, ZoneOffset.UTC), TextMatchKeys.current());
    }

    @AfterEach
    void tearDown() {
        fixture.library.close();
    }

    private List<Span> stored() {
        return fixture.library.spans().listAll();
    }

    private static RowSelection all(SpanFilter filter) {
        return RowSelection.all(ReviewFilter.ALL.withSpans(filter), ReviewSort.LIBRARY);
    }

    @Test
    void relabelIsOneStepThatUndoPutsBackExactlyAndRedoDoesAgain() {
        List<Span> before = stored();
        ReviewService.Outcome outcome = service.relabel(all(SpanFilter.ALL.withLabels(List.of("LOCATION"))), "PERSON");
        assertThat(outcome.spans()).isEqualTo(2);
        assertThat(outcome.message()).contains("2 spans", "PERSON", "Ctrl+Z");
        List<Span> after = stored();
        assertThat(after).filteredOn(s -> s.labelId().equals("PERSON")).hasSize(2)
                .allSatisfy(s -> assertThat(s.updatedAt()).isEqualTo(NOW));
        assertThat(after).filteredOn(s -> s.labelId().equals("LOCATION")).isEmpty();

        assertThat(service.undo()).hasValueSatisfying(o -> assertThat(o.message()).startsWith("Undone: relabelled 2 spans"));
        assertThat(stored()).isEqualTo(before);
        assertThat(service.canUndo()).isFalse();

        assertThat(service.redo()).isPresent();
        assertThat(stored()).isEqualTo(after);
        assertThat(service.undo()).isPresent();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void deleteThenUndoBringsBackTheSameSpansWithTheirIdsNotesAndReviewedMarks() {
        service.markReviewed(all(SpanFilter.ALL.withAnnotators(List.of("amal"))), true);
        List<Span> before = stored();
        ReviewService.Outcome deleted = service.delete(all(SpanFilter.ALL.withArticles(List.of(fixture.articles.get(0)))));
        assertThat(deleted.spans()).isEqualTo(4);
        assertThat(stored()).hasSize(4).allSatisfy(s -> assertThat(s.articleId()).isEqualTo(fixture.articles.get(1)));

        service.undo();
        assertThat(stored()).isEqualTo(before);
        assertThat(stored()).filteredOn(Span::isReviewed).hasSize(4);
        assertThat(stored()).filteredOn(s -> !s.note().isEmpty()).hasSize(2);
        service.undo(); // and the reviewed marks before it
        assertThat(stored()).noneMatch(Span::isReviewed);
    }

    @Test
    void aReviewedMarkStoresReviewerAndTimeAndUnmarkingClearsThem() {
        RowSelection omar = all(SpanFilter.ALL.withAnnotators(List.of("omar")));
        service.markReviewed(omar, true);
        assertThat(stored()).filteredOn(s -> s.annotator().equals("omar")).hasSize(4).allSatisfy(s -> {
            assertThat(s.reviewedBy()).isEqualTo("هدى");
            assertThat(s.reviewedAt()).isEqualTo(NOW);
        });
        assertThat(stored()).filteredOn(s -> s.annotator().equals("amal")).noneMatch(Span::isReviewed);
        assertThat(service.count(ReviewFilter.ALL.withReviewed(ReviewFilter.Reviewed.REVIEWED))).isEqualTo(4);

        service.markReviewed(RowSelection.all(ReviewFilter.ALL, ReviewSort.LIBRARY), false);
        assertThat(stored()).noneMatch(Span::isReviewed);
        assertThat(stored()).allSatisfy(s -> assertThat(s.reviewedBy()).isEmpty());

        service.undo();
        assertThat(stored()).filteredOn(Span::isReviewed).hasSize(4);
    }

    @Test
    void aNewActionAfterAnUndoClearsWhatCouldBeRedone() {
        service.relabel(all(SpanFilter.ALL.withLabels(List.of("ARREST"))), "ATTACK");
        service.undo();
        assertThat(service.canRedo()).isTrue();
        service.markReviewed(all(SpanFilter.ALL), true);
        assertThat(service.canRedo()).isFalse();
        assertThat(service.redo()).isEmpty();
    }

    @Test
    void anEmptySelectionChangesNothingAndLeavesNoUndoStep() {
        ReviewService.Outcome none = service.delete(all(SpanFilter.ALL.withLabels(List.of("MEET"))));
        assertThat(none.spans()).isZero();
        assertThat(service.canUndo()).isFalse();
        assertThat(stored()).hasSize(8);
    }

    @Test
    void anUnknownOrRetiredLabelIsRefusedAndNothingChanges() {
        List<Span> before = stored();
        assertThatThrownBy(() -> service.relabel(all(SpanFilter.ALL), "NO_SUCH")).isInstanceOf(AnnotationException.class)
                .hasMessageContaining("NO_SUCH");
        fixture.library.labels().retire("MEET");
        assertThatThrownBy(() -> service.relabel(all(SpanFilter.ALL), "MEET")).isInstanceOf(AnnotationException.class)
                .hasMessageContaining("retired");
        assertThat(stored()).isEqualTo(before);
        assertThat(service.canUndo()).isFalse();
    }

    @Test
    void undoingABulkDeleteBringsBackRegistryLinksTheEventsTheSpansTriggerAndTheRolesTheyFill() {
        var lib = fixture.library;
        long a2 = fixture.articles.get(1);
        java.util.Map<String, Span> byText = new java.util.HashMap<>();
        stored().forEach(s -> byText.put(s.text(), s));
        Span attack = byText.get("هجوم");
        Span mosul = byText.get("الموصل");
        Span police = byText.get("الشرطة");
        Span arrest = byText.get("اعتقال");
        var attackEvent = lib.events().add(a2, attack.id(), org.hashiya.domain.EventAttributes.NONE);
        lib.events().write(List.of(attackEvent.withArgument(new org.hashiya.domain.EventArgument("Place", mosul.id()))), List.of());
        var arrestEvent = lib.events().add(a2, arrest.id(), org.hashiya.domain.EventAttributes.NONE);
        lib.events().write(List.of(arrestEvent.withArgument(new org.hashiya.domain.EventArgument("Agent", police.id()))), List.of());
        long entry = lib.registry().add(new org.hashiya.domain.ActorEntry(0, "الشرطة العراقية", "", "STATE_SECURITY",
                List.of("الشرطة"), "IRQ", "", "")).id();
        lib.registry().link(police.id(), entry);
        var eventsBefore = lib.events().findByArticle(a2);
        assertThat(eventsBefore).hasSize(2).allSatisfy(e -> assertThat(e.arguments()).hasSize(1));

        // the attack's trigger and place, and the arrest's agent go; the arrest event stays without its agent
        service.delete(all(SpanFilter.ALL.withArticles(List.of(a2)).withLabels(List.of("ATTACK", "LOCATION", "STATE_SECURITY"))));
        assertThat(lib.events().findByArticle(a2)).singleElement().satisfies(e -> assertThat(e.arguments()).isEmpty());
        assertThat(lib.registry().entryOf(police.id())).isEmpty();

        service.undo();
        assertThat(lib.events().findByArticle(a2)).isEqualTo(eventsBefore);
        assertThat(lib.registry().entryOf(police.id())).contains(entry);

        service.redo();
        assertThat(lib.registry().entryOf(police.id())).isEmpty();
        service.undo();
        assertThat(lib.events().findByArticle(a2)).isEqualTo(eventsBefore);
        assertThat(lib.registry().entryOf(police.id())).contains(entry);
    }

    @Test
    void theLibraryCountsTheEventsChosenSpansTriggerAndTheRolesTheyFillWithoutListingThem() {
        var lib = fixture.library;
        long a2 = fixture.articles.get(1);
        java.util.Map<String, Span> byText = new java.util.HashMap<>();
        stored().forEach(s -> byText.put(s.text(), s));
        Span attack = byText.get("هجوم");
        Span mosul = byText.get("الموصل");
        Span police = byText.get("الشرطة");
        Span arrest = byText.get("اعتقال");
        var attackEvent = lib.events().add(a2, attack.id(), org.hashiya.domain.EventAttributes.NONE);
        lib.events().put(attackEvent.withArgument(new org.hashiya.domain.EventArgument("Place", mosul.id()))
                .withArgument(new org.hashiya.domain.EventArgument("Attacker", police.id())));
        var arrestEvent = lib.events().add(a2, arrest.id(), org.hashiya.domain.EventAttributes.NONE);
        lib.events().put(arrestEvent.withArgument(new org.hashiya.domain.EventArgument("Agent", police.id())));

        // everything: two triggers; Place, Attacker and Agent filled, in two events
        assertThat(service.eventLinks(all(SpanFilter.ALL))).isEqualTo(new org.hashiya.domain.EventLinkCounts(2, 3, 2));
        // the police fill Attacker of the attack and Agent of the arrest, and trigger nothing
        assertThat(service.eventLinks(all(SpanFilter.ALL.withLabels(List.of("STATE_SECURITY")))))
                .isEqualTo(new org.hashiya.domain.EventLinkCounts(0, 2, 2));
        assertThat(service.eventLinks(all(SpanFilter.ALL.withLabels(List.of("ATTACK")))))
                .isEqualTo(new org.hashiya.domain.EventLinkCounts(1, 0, 0));
        // spans in no event: nothing to ask
        assertThat(service.eventLinks(all(SpanFilter.ALL.withArticles(List.of(fixture.articles.get(0))))).any()).isFalse();
        // free text narrows the same way as the table: «الموصل» alone fills one role
        service.updateIndex(ReviewService.Progress.NONE, () -> false);
        assertThat(service.eventLinks(RowSelection.all(ReviewFilter.ALL.withText("الموصل"), ReviewSort.LIBRARY)))
                .isEqualTo(new org.hashiya.domain.EventLinkCounts(0, 1, 1));

        // ranges of rows by their keys, as the table chooses them: هجوم الموصل | الشرطة اعتقال
        ReviewFilter second = ReviewFilter.ALL.withSpans(SpanFilter.ALL.withArticles(List.of(a2)));
        List<org.hashiya.domain.ReviewRow> rows = service.rows(second, ReviewSort.LIBRARY, null, 0, 100);
        assertThat(rows).extracting(r -> r.span().text()).containsExactly("هجوم", "الموصل", "الشرطة", "اعتقال");
        List<Span> before = stored();
        assertThat(service.eventLinks(new RowSelection(second, ReviewSort.LIBRARY,
                List.of(new RowSelection.Range(rows.get(0).key(), rows.get(1).key())))))
                .isEqualTo(new org.hashiya.domain.EventLinkCounts(1, 1, 1));
        assertThat(service.eventLinks(new RowSelection(second, ReviewSort.LIBRARY,
                List.of(new RowSelection.Range(rows.get(2).key(), null)))))
                .isEqualTo(new org.hashiya.domain.EventLinkCounts(1, 2, 2));
        assertThat(stored()).as("counting changes nothing").isEqualTo(before);
        assertThat(service.canUndo()).isFalse();
    }
}
