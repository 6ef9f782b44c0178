package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanVerifierTest {
    private static final String TEXT = "😀 هجوم على حلب";

    private static Span span(long id, int start, int end, String text) {
        return new Span(id, 1, "ATTACK", start, end, text, "", Instant.EPOCH, Instant.EPOCH, "");
    }

    @Test
    void spansWhoseTextMatchesInCodePointsAreFine() {
        assertThat(SpanVerifier.verify(TEXT, List.of(span(1, 2, 6, "هجوم"), span(2, 0, 1, "😀")))).isEmpty();
    }

    @Test
    void aSpanWhoseTextDiffersIsReportedWithWhatTheArticleHoldsAndLeftWhereItIs() {
        Span shifted = span(7, 3, 7, "هجوم");
        List<SpanMismatch> mismatches = SpanVerifier.verify(TEXT, List.of(span(1, 2, 6, "هجوم"), shifted));
        assertThat(mismatches).containsExactly(new SpanMismatch(shifted, "جوم ", false));
        assertThat(mismatches.get(0).message()).isEqualTo("span 7 (ATTACK, 3..7): stored 'هجوم' but the article has 'جوم ' there");
    }

    @Test
    void aSpanPastTheEndIsReported() {
        Span beyond = span(3, 12, 20, "حلب");
        assertThat(SpanVerifier.verify(TEXT, List.of(beyond))).singleElement()
                .satisfies(m -> {
                    assertThat(m.outOfRange()).isTrue();
                    assertThat(m.message()).isEqualTo("span 3 (ATTACK, 12..20) lies past the end of the article");
                });
    }

    @Test
    void openingAnArticleReportsStoredSpansThatNoLongerFitWithoutMovingThem(@TempDir Path dir) {
        try (Library library = SqliteLibrary.open(dir.resolve("lib.hashiya"), true)) {
            new SchemaService(library).ensureSchema();
            long article = TestArticles.add(library, "a", TEXT);
            Span good = library.spans().add(new NewSpan(article, "ATTACK", 2, 6, "هجوم", "", "", Instant.EPOCH));
            // as if written by a tool that counted UTF-16 units: one too far after the emoji
            Span bad = library.spans().add(new NewSpan(article, "LOCATION", 8, 11, "على", "", "", Instant.EPOCH));

            ArticleAnnotator annotator = new AnnotationService(library, "x").open(article);

            assertThat(annotator.mismatches()).containsExactly(new SpanMismatch(bad, "لى ", false));
            assertThat(annotator.spans()).containsExactly(good, bad);
        }
    }
}
