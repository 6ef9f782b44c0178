package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hashiya.domain.Span;
import org.junit.jupiter.api.Test;

/** Two coders' spans of one article sorted into agreements and the three kinds of disagreement. */
class CoderComparisonTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private long nextId = 1;

    private Span span(String coder, String label, int start, int end) {
        return new Span(nextId++, 1, label, start, end, "x".repeat(end - start), coder, T, T, "");
    }

    private Span a(String label, int start, int end) {
        return span("mona", label, start, end);
    }

    private Span b(String label, int start, int end) {
        return span("sami", label, start, end);
    }

    @Test
    void sameRangeAndLabelAgreeAnotherLabelDisagrees() {
        Span a1 = a("ATTACK", 0, 5);
        Span a2 = a("PERSON", 10, 15);
        Span b1 = b("ATTACK", 0, 5);
        Span b2 = b("STATE_GOV", 10, 15);

        List<ComparedSpans> items = CoderComparison.compare(List.of(a2, a1), List.of(b2, b1));

        assertThat(items).containsExactly(
                new ComparedSpans(ComparisonKind.AGREEMENT, List.of(a1), List.of(b1), 0, 5),
                new ComparedSpans(ComparisonKind.OTHER_LABEL, List.of(a2), List.of(b2), 10, 15));
    }

    @Test
    void overlappingSpansGroupAcrossCodersAndLonersStandAlone() {
        Span longA = a("ATTACK", 0, 20);
        Span shortB1 = b("ATTACK", 0, 8);
        Span shortB2 = b("ATTACK", 12, 20);
        Span onlyA = a("PERSON", 30, 35);
        Span onlyB = b("LOCATION", 40, 44);

        List<ComparedSpans> items = CoderComparison.compare(List.of(onlyA, longA), List.of(shortB2, onlyB, shortB1));

        assertThat(items).containsExactly(
                new ComparedSpans(ComparisonKind.OVERLAP, List.of(longA), List.of(shortB1, shortB2), 0, 20),
                new ComparedSpans(ComparisonKind.ONE_CODER_ONLY, List.of(onlyA), List.of(), 30, 35),
                new ComparedSpans(ComparisonKind.ONE_CODER_ONLY, List.of(), List.of(onlyB), 40, 44));
    }

    @Test
    void agreementsArePairedFirstSoANestedSpanIsJudgedOnItsOwn() {
        Span outerA = a("ATTACK", 0, 20);
        Span innerA = a("PERSON", 2, 6);
        Span outerB = b("ATTACK", 0, 20);
        Span innerB = b("PERSON", 4, 9);

        List<ComparedSpans> items = CoderComparison.compare(List.of(outerA, innerA), List.of(outerB, innerB));

        assertThat(items).extracting(ComparedSpans::kind)
                .containsExactly(ComparisonKind.AGREEMENT, ComparisonKind.OVERLAP);
        assertThat(items.get(1).a()).containsExactly(innerA);
        assertThat(items.get(1).b()).containsExactly(innerB);
        assertThat(items.get(1).start()).isEqualTo(2);
        assertThat(items.get(1).end()).isEqualTo(9);
    }

    @Test
    void duplicatesPairOneToOneAndTouchingSpansDoNotOverlap() {
        Span a1 = a("ATTACK", 0, 5);
        Span a2 = a("ATTACK", 0, 5);
        Span b1 = b("ATTACK", 0, 5);
        Span touching = b("PERSON", 5, 9);

        List<ComparedSpans> items = CoderComparison.compare(List.of(a1, a2), List.of(b1, touching));

        assertThat(items).extracting(ComparedSpans::kind).containsExactly(
                ComparisonKind.AGREEMENT, ComparisonKind.ONE_CODER_ONLY, ComparisonKind.ONE_CODER_ONLY);
        assertThat(items.get(1).a()).containsExactly(a2);
        assertThat(items.get(2).b()).containsExactly(touching);
    }

    @Test
    void otherLabelPairsOnlyWhatIsLeftAfterAgreements() {
        Span a1 = a("ATTACK", 0, 5);
        Span a2 = a("PERSON", 0, 5);
        Span b1 = b("PERSON", 0, 5);
        Span b2 = b("LOCATION", 0, 5);

        List<ComparedSpans> items = CoderComparison.compare(List.of(a1, a2), List.of(b1, b2));

        assertThat(items).containsExactly(
                new ComparedSpans(ComparisonKind.AGREEMENT, List.of(a2), List.of(b1), 0, 5),
                new ComparedSpans(ComparisonKind.OTHER_LABEL, List.of(a1), List.of(b2), 0, 5));
    }

    @Test
    void nothingToCompareGivesNothing() {
        assertThat(CoderComparison.compare(List.of(), List.of())).isEmpty();
    }
}
