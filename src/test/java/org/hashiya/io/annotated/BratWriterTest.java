package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.io.annotated.AnnotatedFixtures.SCHEMA;
import static org.hashiya.io.annotated.AnnotatedFixtures.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratWriterTest {
    /** Arabic with diacritics, Latin, both kinds of digits, emoji outside the BMP, bidi controls, blank lines. */
    static final String TEXT = "\u200Fقال المتحدثُ باسم \u2067«الأمم المتحدة»\u2069 إنّ 3 قتلى 😀 سقطوا\n"
            + "في مدينة Aleppo عام ٢٠٢٤.\n\nوبالتحالف 👍🏽 الجديد\n";

    @TempDir
    Path folder;

    static AnnotatedArticle sample() {
        return article(7, TEXT)
                .span("ACTOR", "المتحدثُ باسم \u2067«الأمم المتحدة»\u2069", "", "قال ذلك\nفي بيان\r\nرسمي")
                .span("ORG", "الأمم المتحدة")
                .span("NOT_IN_SCHEMA", "قتلى")
                .span("OTHER", "😀", "", "وجه\tضاحك")
                .span("EVENT", "سقطوا\nفي مدينة")
                .span("EVENT", "\n", "سقطوا", "")
                .span("PLACE", "Aleppo")
                .span("TIME", "٢٠٢٤")
                .span("EVENT", "٢٠٢٤.\n\nوبالتحالف")
                .span("OTHER", "👍🏽")
                .build();
    }

    /** Code-point offset of the first occurrence of {@code part}. */
    private static int cp(String part) {
        return TEXT.codePointCount(0, TEXT.indexOf(part));
    }

    private static int cpEnd(String part) {
        return cp(part) + part.codePointCount(0, part.length());
    }

    @Test
    void writesTheTextExactlyAndOneTLinePerSpanWithCodePointOffsets() throws IOException {
        try (BratWriter writer = new BratWriter(folder, SCHEMA)) {
            writer.write(sample());
            assertThat(writer.rows()).isEqualTo(1);
        }
        byte[] txt = Files.readAllBytes(folder.resolve("000007.txt"));
        assertThat(txt).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(txt[0]).isNotEqualTo((byte) 0xEF);

        String actor = "المتحدثُ باسم \u2067«الأمم المتحدة»\u2069";
        assertThat(Files.readString(folder.resolve("000007.ann"))).isEqualTo(
                "T1\tACTOR " + cp(actor) + " " + cpEnd(actor) + "\t" + actor + "\n"
                + "#1\tAnnotatorNotes T1\tقال ذلك\n"
                + "#2\tAnnotatorNotes T1\tفي بيان\n"
                + "#3\tAnnotatorNotes T1\tرسمي\n"
                + "T2\tORG " + cp("الأمم") + " " + cpEnd("الأمم المتحدة") + "\tالأمم المتحدة\n"
                + "T3\tNOT_IN_SCHEMA " + cp("قتلى") + " " + cpEnd("قتلى") + "\tقتلى\n"
                + "T4\tOTHER " + cp("😀") + " " + (cp("😀") + 1) + "\t😀\n"
                + "#4\tAnnotatorNotes T4\tوجه\tضاحك\n"
                + "T5\tEVENT " + cp("سقطوا") + " " + cpEnd("سقطوا") + ";" + cp("في مدينة") + " " + cpEnd("في مدينة")
                + "\tسقطوا في مدينة\n"
                + "T6\tPLACE " + cp("Aleppo") + " " + cpEnd("Aleppo") + "\tAleppo\n"
                + "T7\tTIME " + cp("٢٠٢٤") + " " + cpEnd("٢٠٢٤") + "\t٢٠٢٤\n"
                + "T8\tEVENT " + cp("٢٠٢٤") + " " + cpEnd("٢٠٢٤.") + ";" + cp("وبالتحالف") + " "
                + cpEnd("وبالتحالف") + "\t٢٠٢٤. وبالتحالف\n"
                + "T9\tOTHER " + cp("👍🏽") + " " + (cp("👍🏽") + 2) + "\t👍🏽\n");
        assertThat(cp("👍🏽")).as("code points, not UTF-16 units").isEqualTo(TEXT.indexOf("👍🏽") - 1);
    }

    @Test
    void readingTheFolderBackGivesTheSameSpansAndNotesAndAMultiLineSpanAsOneSpan() throws IOException {
        AnnotatedArticle article = sample();
        try (BratWriter writer = new BratWriter(folder, SCHEMA)) {
            writer.write(article);
        }
        AnnotatedFixtures.CollectingSink sink = new AnnotatedFixtures.CollectingSink();
        BratReader.readFolder(folder, sink);

        assertThat(sink.allProblems()).isEmpty();
        AnnotatedDocument doc = sink.only();
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.where()).endsWith("000007.ann");
        List<Span> written = article.spans().stream().filter(s -> !s.text().equals("\n")).toList();
        assertThat(doc.spans()).hasSize(written.size());
        for (int i = 0; i < written.size(); i++) {
            Span expected = written.get(i);
            DocumentSpan actual = doc.spans().get(i);
            assertThat(actual.label()).isEqualTo(expected.labelId());
            assertThat(actual.start()).isEqualTo(expected.start());
            assertThat(actual.end()).isEqualTo(expected.end());
            assertThat(actual.expectedText()).isEqualTo(expected.text())
                    .isEqualTo(AnnotatedFixtures.codePoints(TEXT, actual.start(), actual.end()));
            assertThat(actual.note()).isEqualTo(expected.note().replace("\r\n", "\n"));
            assertThat(actual.annotator()).isNull();
        }
        assertThat(doc.spans().get(0).note()).as("a note's lines come back joined").isEqualTo("قال ذلك\nفي بيان\nرسمي");
        assertThat(doc.spans().get(4).expectedText()).isEqualTo("سقطوا\nفي مدينة");
        assertThat(doc.spans().get(7).expectedText()).isEqualTo("٢٠٢٤.\n\nوبالتحالف");
        assertThat(doc.metadata().title()).isEmpty();
        assertThat(doc.status()).isNull();
    }

    @Test
    void writesAnnotationConfWithEveryLabelAndTheSectionsBratExpects() throws IOException {
        try (BratWriter writer = new BratWriter(folder, SCHEMA)) {
            writer.write(sample());
        }
        assertThat(Files.readAllLines(folder.resolve("annotation.conf"))).containsSubsequence(
                "[entities]", "ACTOR", "ORG", "PLACE", "TIME", "OTHER", "OLD", "NOT_IN_SCHEMA",
                "[relations]", "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
                "[events]", "EVENT", "[attributes]");
    }

    @Test
    void writesEventsAsELinesWithNumberedRepeatedRolesAttributesAndNotesAndDeclaresTheRolesTheSchemaLacks()
            throws IOException {
        AnnotatedArticle plain = sample();
        // span 5 is an EVENT span (T5), span 6 covers only a line break and gets no T line
        Event kept = new Event(1, 7, 5, EventAttributes.parse("2024", "", "claimed", "", "", "", "12", "سطر\nآخر"),
                List.of(new EventArgument("Agent", 1), new EventArgument("Agent", 2), new EventArgument("Place", 7),
                        new EventArgument("Place", 6)), 0);
        Event lost = new Event(2, 7, 6, EventAttributes.NONE, List.of(new EventArgument("Agent", 1)), 0);
        AnnotatedArticle withEvents = new AnnotatedArticle(plain.article(), plain.annotation(), plain.spans(),
                List.of(kept, lost), java.util.Map.of());
        try (BratWriter writer = new BratWriter(folder, SCHEMA)) {
            writer.write(withEvents);
        }
        List<String> ann = Files.readAllLines(folder.resolve("000007.ann"));
        assertThat(ann).filteredOn(l -> !l.startsWith("T") && !l.contains("AnnotatorNotes T")).containsExactly(
                "E1\tEVENT:T5 Agent:T1 Agent2:T2 Place:T6",
                "A1\tCertainty E1 claimed",
                "A2\tPolarity E1 positive",
                "A3\tModality E1 asserted",
                "A4\tDatePrecision E1 year",
                "A5\tEventDate E1 2024",
                "A6\tInjured E1 12",
                "#5\tAnnotatorNotes E1\tسطر",
                "#6\tAnnotatorNotes E1\tآخر");
        List<String> conf = Files.readAllLines(folder.resolve("annotation.conf"));
        String all = "ACTOR|ORG|EVENT|PLACE|TIME|OTHER|OLD|NOT_IN_SCHEMA";
        assertThat(conf).containsSubsequence("[entities]", "ACTOR", "ORG", "PLACE", "TIME", "OTHER", "OLD",
                "NOT_IN_SCHEMA", "[relations]", "[events]", "EVENT\tAgent*:" + all + ", Place*:" + all,
                "[attributes]", "Certainty\tArg:<EVENT>, Value:confirmed|reported|claimed|denied|uncertain",
                "Polarity\tArg:<EVENT>, Value:positive|negative", "Modality\tArg:<EVENT>, Value:asserted|other",
                "DatePrecision\tArg:<EVENT>, Value:day|month|year", "EventDate\tArg:<EVENT>, Value:2024",
                "Injured\tArg:<EVENT>, Value:12");
        assertThat(conf.subList(conf.indexOf("[entities]"), conf.indexOf("[relations]"))).doesNotContain("EVENT");
        assertThat(conf).noneMatch(l -> l.startsWith("Fatalities") || l.startsWith("Incident"));
    }

    @Test
    void writesVisualConfWithNamesColoursAndRightToLeftText() throws IOException {
        new BratWriter(folder, SCHEMA).close();
        List<String> lines = Files.readAllLines(folder.resolve("visual.conf"));
        assertThat(lines).containsSubsequence("[labels]", "ACTOR | فاعل | Actor", "ORG | منظمة / هيئة | Organisation",
                "OTHER | Other", "[drawing]", "ACTOR\tbgColor:#e41a1c", "OLD\tbgColor:#999999",
                "[options]", "Text direction:rtl");
        assertThat(lines).noneMatch(l -> l.contains("\t") && l.contains("|"));
    }

    @Test
    void namesAreTheZeroPaddedIdAndEveryArticleGetsItsPair() throws IOException {
        try (BratWriter writer = new BratWriter(folder.resolve("out/brat"), SCHEMA)) {
            writer.write(article(3, "نص أول").build());
            writer.write(article(1234567, "نص ثان").span("EVENT", "ثان").build());
            assertThat(writer.rows()).isEqualTo(2);
        }
        Path out = folder.resolve("out/brat");
        assertThat(out.resolve("000003.txt")).hasContent("نص أول");
        assertThat(out.resolve("000003.ann")).isEmptyFile();
        assertThat(out.resolve("1234567.ann")).hasContent("T1\tEVENT 3 6\tثان");
        assertThat(BratWriter.name(42)).isEqualTo("000042");
    }

    @Test
    void closingTwiceWritesTheConfigurationOnceAndWritingAfterCloseFails() throws IOException {
        BratWriter writer = new BratWriter(folder, SCHEMA);
        writer.close();
        String conf = Files.readString(folder.resolve("visual.conf"));
        Files.writeString(folder.resolve("visual.conf"), "changed");
        writer.close();
        assertThat(folder.resolve("visual.conf")).hasContent("changed");
        assertThat(conf).contains("Text direction:rtl");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(article(1, "نص").build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSpanOutsideItsTextIsAnErrorNotAWrongFile() {
        AnnotatedArticle bad = new AnnotatedArticle(article(9, "قصير").build().article(),
                article(9, "قصير").build().annotation(),
                List.of(new Span(1, 9, "EVENT", 2, 10, "ير", "", AnnotatedFixtures.AT, AnnotatedFixtures.AT, "")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (BratWriter writer = new BratWriter(folder, SCHEMA)) {
                writer.write(bad);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("outside");
    }
}
