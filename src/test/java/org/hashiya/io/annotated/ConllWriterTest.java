package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.io.annotated.AnnotatedFixtures.article;

import java.io.IOException;
import java.io.StringWriter;
import org.hashiya.domain.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class ConllWriterTest {
    static final String TEXT = "قال وزير خارجية مصر: «وبالتحالف الجديد سنواجه الأزمة». ثم غادر؟\nالرئيس 😀 هنا";

    static AnnotatedArticle handMade() {
        return article(1, TEXT)
                .span("ACTOR", "وزير خارجية مصر")
                .span("PLACE", "مصر")                    // nested in the actor: the outer one wins
                .span("ORG", "وبالتحالف الجديد")
                .span("EVENT", "التحالف")                // part of one token, inside ORG: dropped
                .span("EVENT", "سنواجه الأزمة")
                .span("TIME", "الأزمة». ثم")             // crosses the longer EVENT: dropped whole
                .span("EVENT", "ادر")                    // part of a token: the whole token
                .span("ACTOR", "الرئيس")
                .span("OTHER", "😀")
                .span("PLACE", "هنا")                    // after the emoji: offsets are code points
                .build();
    }

    @Test
    void writesOneTokenALineWithBioTagsSentencesAndDocumentStarts() throws IOException {
        StringWriter out = new StringWriter();
        try (ConllWriter writer = new ConllWriter(out)) {
            writer.write(handMade());
            writer.write(article(2, "نعم.").build());
            assertThat(writer.rows()).isEqualTo(20);
        }
        assertThat(out.toString()).isEqualTo("""
                -DOCSTART-\tO

                قال\tO
                وزير\tB-ACTOR
                خارجية\tI-ACTOR
                مصر\tI-ACTOR
                :\tO
                «\tO
                وبالتحالف\tB-ORG
                الجديد\tI-ORG
                سنواجه\tB-EVENT
                الأزمة\tI-EVENT
                »\tO
                .\tO

                ثم\tO
                غادر\tB-EVENT
                ؟\tO

                الرئيس\tB-ACTOR
                😀\tB-OTHER
                هنا\tB-PLACE

                -DOCSTART-\tO

                نعم\tO
                .\tO

                """);
    }

    @Test
    void aCliticSpanTagsItsWholeWordAndAdjacentSpansOfOneLabelEachBeginWithB() throws IOException {
        String text = "رحب وبالحكومة الجديدة";
        StringWriter out = new StringWriter();
        try (ConllWriter writer = new ConllWriter(out)) {
            writer.write(article(1, text).span("ORG", "بالحكومة").span("ORG", "الجديدة").build());
        }
        assertThat(out.toString()).isEqualTo("-DOCSTART-\tO\n\nرحب\tO\nوبالحكومة\tB-ORG\nالجديدة\tB-ORG\n\n");
    }

    @Test
    void bidiControlsAtWordEdgesAreDroppedAndInsideAWordKept() throws IOException {
        String text = "\u200Fقال \u2067الأمم\u2069 مي\u200Cخواهم";
        StringWriter out = new StringWriter();
        try (ConllWriter writer = new ConllWriter(out)) {
            writer.write(article(1, text).span("ORG", "\u2067الأمم\u2069").build());
        }
        assertThat(out.toString()).isEqualTo("-DOCSTART-\tO\n\nقال\tO\nالأمم\tB-ORG\nمي\u200Cخواهم\tO\n\n");
    }

    @Test
    void aSpanCrossingSentenceBreaksBeginsAgainWithBInEachNewSentence() throws IOException {
        String text = "قال الوزير. إن الحرب\nانتهت اليوم";
        StringWriter out = new StringWriter();
        try (ConllWriter writer = new ConllWriter(out)) {
            // over a full stop and a line break: three sentences
            writer.write(article(1, text).span("EVENT", "الوزير. إن الحرب\nانتهت").build());
        }
        assertThat(out.toString()).isEqualTo("""
                -DOCSTART-\tO

                قال\tO
                الوزير\tB-EVENT
                .\tI-EVENT

                إن\tB-EVENT
                الحرب\tI-EVENT

                انتهت\tB-EVENT
                اليوم\tO

                """);
        String previous = "";
        for (String line : out.toString().split("\n", -1)) {
            assertThat(previous.isEmpty() && line.endsWith("\tI-EVENT")).as("a sentence starts with I-: " + line).isFalse();
            previous = line;
        }
    }

    @Test
    void equallyLongOverlappingSpansKeepTheEarlierStart() throws IOException {
        StringWriter out = new StringWriter();
        try (ConllWriter writer = new ConllWriter(out)) {
            writer.write(article(1, "أ ب ج").span("PLACE", "ب ج").span("ACTOR", "أ ب").build());
        }
        assertThat(out.toString()).isEqualTo("-DOCSTART-\tO\n\nأ\tB-ACTOR\nب\tI-ACTOR\nج\tO\n\n");
    }

    @Test
    void anArticleWithoutTokensIsOnlyItsDocumentStartAndCloseIsIdempotent() throws IOException {
        StringWriter out = new StringWriter();
        ConllWriter writer = new ConllWriter(out);
        writer.write(article(1, " \n\u200F\n").build());
        writer.close();
        writer.close();
        assertThat(out.toString()).isEqualTo("-DOCSTART-\tO\n\n");
        assertThat(writer.rows()).isZero();
    }
}
