package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.io.annotated.AnnotatedDocument;
import org.hashiya.io.annotated.DocumentSpan;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
    private static DocumentSpan span(String label, int start, int end, String expected) {
        return new DocumentSpan(label, start, end, expected, "coder", "", null, null, "f.jsonl:1");
    }

    private static DocumentText of(String text, DocumentSpan... spans) {
        return DocumentText.of(new AnnotatedDocument("f.jsonl:1", text, null, "", "", null, ArticleStatus.NEW,
                Relevance.UNSET, List.of(), "", List.of(spans), List.of()));
    }

    @Test
    void spansMoveWithTheUnifiedLineEndingsAndKeepTheirCharactersAfterAnEmoji() {
        // code points: 😀=0, space=1, ق..ل=2-4, \r=5, \n=6, ب..ر=7-9
        DocumentText doc = of("😀 قال\r\nبحر", span("ACT", 2, 5, "قال"), span("LOC", 7, 10, "بحر"));
        assertThat(doc.text()).isEqualTo("😀 قال\nبحر");
        assertThat(doc.sha256()).isEqualTo(TextHash.sha256("😀 قال\nبحر"));
        assertThat(doc.refusals()).containsOnlyNulls();
        assertThat(doc.covered()).containsExactly("قال", "بحر");
        assertThat(doc.starts()).containsExactly(2, 6);
        assertThat(doc.ends()).containsExactly(5, 9);
    }

    @Test
    void unfitSpansAreRefusedWithTheirReason() {
        DocumentText doc = of("قال\r\nبحر", span("ACT", 0, 99, null), span("ACT", 2, 2, null), span(" ", 0, 1, null),
                span("ACT", 0, 3, "بحر"), span("ACT", 3, 4, null));
        assertThat(doc.refusals()).containsExactly("offsets outside the text (0-8)", "end is not after start", "no label",
                "its text \"بحر\" differs from the text at its offsets \"قال\"", "covers only a line break");
        assertThat(doc.covered()).containsOnlyNulls();
    }

    @Test
    void aBlankTextIsBlank() {
        assertThat(of(" \n ").blank()).isTrue();
        assertThat(of("ب").blank()).isFalse();
    }
}
