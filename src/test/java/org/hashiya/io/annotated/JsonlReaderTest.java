package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.io.ArabicSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes {@link JsonlReader} accepts, and what it refuses, naming file and line. */
class JsonlReaderTest {
    @TempDir
    Path dir;

    private Path file;

    private CollectingSink read(String... lines) throws Exception {
        return readBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private CollectingSink readBytes(byte[] content) throws Exception {
        file = dir.resolve("in.jsonl");
        Files.write(file, content);
        CollectingSink sink = new CollectingSink();
        JsonlReader.read(file, sink);
        return sink;
    }

    private String at(int line) {
        return file + ":" + line + ": ";
    }

    @Test
    void hashiyasLabelDefinitionsAreReadAndAnUnusableOneIsAProblemLeftOut() throws Exception {
        CollectingSink sink = read("{\"text\": \"قصف حلب\", \"format\": \"hashiya-jsonl/1\", \"entities\": ["
                + "{\"label\": \"ATTACK\", \"start_offset\": 0, \"end_offset\": 3}], \"labels\": {"
                + "\"ATTACK\": {\"kind\": \"event\", \"arabic_name\": \"هجوم\", \"english_name\": \"Attack\","
                + " \"colour\": \"#aa0000\", \"roles\": [{\"name\": \"Place\", \"required\": true, \"fillers\": [\"place\"]},"
                + " {\"fillers\": []}]},"
                + " \"FRUIT\": {\"kind\": \"banana\"}, \"ODD\": 5}}",
                "{\"text\": \"doccano\", \"labels\": {\"X\": {\"kind\": \"actor\"}}}");

        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.labels()).containsOnlyKeys("ATTACK");
        DocumentLabel attack = doc.labels().get("ATTACK");
        assertThat(attack).isEqualTo(new DocumentLabel("ATTACK", org.hashiya.domain.LabelKind.EVENT, "هجوم", "Attack",
                "#aa0000", List.of(new org.hashiya.domain.EventRole("Place", true, false, List.of("place")))));
        assertThat(doc.problems()).containsExactly(
                at(1) + "labels \"ATTACK\": role {\"fillers\":[]} has no name; left out",
                at(1) + "labels \"FRUIT\": kind banana is not one of actor, event, place, time, other; the definition is left out",
                at(1) + "labels \"ODD\": not an object; the definition is left out");
        assertThat(sink.documents.get(1).labels()).as("only Hashiya's own shape defines labels").isEmpty();
    }

    @Test
    void doccanoLabelShapeWithTextOrData() throws Exception {
        CollectingSink sink = read(
                "{\"id\": 1, \"text\": \"قصف الجيش حلب\", \"label\": [[0, 3, \"ATTACK\"], [4, 9, \"STATE_MIL\"]]}",
                "{\"id\": 2, \"data\": \"Troops entered Aleppo\", \"label\": [[15, 21, \"LOCATION\"]]}");

        assertThat(sink.allProblems()).isEmpty();
        assertThat(sink.documents).hasSize(2);
        AnnotatedDocument first = sink.documents.get(0);
        assertThat(first.text()).isEqualTo("قصف الجيش حلب");
        assertThat(first.where()).isEqualTo(file + ":1");
        assertThat(first.spans()).extracting(DocumentSpan::label, DocumentSpan::start, DocumentSpan::end)
                .containsExactly(tuple("ATTACK", 0, 3),
                        tuple("STATE_MIL", 4, 9));
        DocumentSpan span = first.spans().get(0);
        assertThat(span.expectedText()).isNull();
        assertThat(span.annotator()).isNull();
        assertThat(span.createdAt()).isNull();
        assertThat(span.note()).isEmpty();
        assertThat(span.where()).isEqualTo(file + ":1");
        assertThat(first.status()).isNull();
        assertThat(first.relevance()).isEqualTo(Relevance.UNSET);
        assertThat(sink.documents.get(1).text()).isEqualTo("Troops entered Aleppo");
        assertThat(sink.documents.get(1).spans()).singleElement().extracting(DocumentSpan::label).isEqualTo("LOCATION");
    }

    @Test
    void doccanoEntitiesShape() throws Exception {
        CollectingSink sink = read("{\"id\": 7, \"text\": \"وزير الخارجية زار دمشق\", \"entities\": ["
                + "{\"id\": 3, \"label\": \"STATE_GOV\", \"start_offset\": 0, \"end_offset\": 13},"
                + "{\"id\": 4, \"label\": \"LOCATION\", \"start_offset\": 18, \"end_offset\": 22}], \"relations\": [],"
                + " \"status\": \"whatever doccano meta\", \"annotator\": \"someone\", \"title\": \"زيارة\"}");

        assertThat(sink.allProblems()).isEmpty();
        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.spans()).extracting(DocumentSpan::label).containsExactly("STATE_GOV", "LOCATION");
        assertThat(doc.spans().get(1).start()).isEqualTo(18);
        // Hashiya's own fields mean something only under Hashiya's format marker
        assertThat(doc.status()).isNull();
        assertThat(doc.spans().get(0).annotator()).isNull();
        // a string title is taken from any shape
        assertThat(doc.metadata().title()).isEqualTo("زيارة");
    }

    @Test
    void offsetsAreCodePointsSoEmojiCountOnce() throws Exception {
        // 😀 is two UTF-16 units but one code point: سلام is 2..6, as Python counts
        CollectingSink sink = read("{\"text\": \"😀 سلام 👍🏽\", \"label\": [[2, 6, \"OTHER\"], [0, 1, \"EMOJI\"], [7, 9, \"EMOJI\"]]}",
                "{\"text\": \"😀 سلام\", \"entities\": [{\"label\": \"OTHER\", \"start_offset\": 2, \"end_offset\": 6,"
                        + " \"text\": \"سلام\"}, {\"label\": \"OTHER\", \"start_offset\": 2, \"end_offset\": 7}], \"format\": \"hashiya-jsonl/1\"}");

        assertThat(sink.documents.get(0).spans()).extracting(DocumentSpan::start, DocumentSpan::end)
                .containsExactly(tuple(2, 6), tuple(0, 1),
                        tuple(7, 9));
        assertThat(sink.documents.get(1).spans()).singleElement().extracting(DocumentSpan::expectedText).isEqualTo("سلام");
        // the text is 6 code points (7 UTF-16 units): an end of 7 is past it
        assertThat(sink.allProblems()).containsExactly(
                at(2) + "span 2 (OTHER 2-7): end is past the end of the text (6 code points); left out");
    }

    @Test
    void aLineThatIsNotJsonIsOneProblemAndTheRestImports() throws Exception {
        CollectingSink sink = read(
                "{\"text\": \"أول\"}",
                "{\"text\": \"مقطوع",
                "not json at all",
                "[\"text\", \"array\"]",
                "{\"text\": \"a\"} {\"text\": \"b\"}",
                "{\"text\": \"a\", \"text\": \"b\"}",
                "{\"entities\": []}",
                "{\"text\": 5, \"data\": null}",
                "{\"text\": \"آخر\"}");

        assertThat(sink.documents).extracting(AnnotatedDocument::text).containsExactly("أول", "آخر");
        assertThat(sink.documents.get(1).where()).isEqualTo(file + ":9");
        assertThat(sink.problems).hasSize(7);
        assertThat(sink.problems.get(0)).isEqualTo(at(2)
                + "not JSON (column 16): Unexpected end-of-input: was expecting closing quote for a string value");
        assertThat(sink.problems.get(1)).startsWith(at(3) + "not JSON (column 1): Unrecognized token 'not'");
        assertThat(sink.problems.get(2)).isEqualTo(at(4) + "not a JSON object");
        assertThat(sink.problems.get(3)).isEqualTo(at(5) + "more than one JSON value on the line");
        assertThat(sink.problems.get(4)).isEqualTo(at(6) + "not JSON (column 21): Duplicate field 'text'");
        assertThat(sink.problems.get(5)).isEqualTo(at(7) + "no text (a string under \"text\" or \"data\")");
        assertThat(sink.problems.get(6)).isEqualTo(at(8) + "no text (a string under \"text\" or \"data\")");
        assertThat(sink.problems).allSatisfy(p -> assertThat(p).doesNotContain("\n", "\r"));
    }

    @Test
    void spansThatDoNotFitAreLeftOutWithTheirNumberLabelAndOffsets() throws Exception {
        CollectingSink sink = read("{\"text\": \"ضربة جوية\", \"label\": ["
                + "[0, 4, \"ATTACK\"],"
                + "[5, 12, \"ATTACK\"],"
                + "[-1, 3, \"ATTACK\"],"
                + "[3, 3, \"ATTACK\"],"
                + "[4, 2, \"ATTACK\"],"
                + "[0.5, 3, \"ATTACK\"],"
                + "[\"0\", 3, \"ATTACK\"],"
                + "[0, 99999999999, \"ATTACK\"],"
                + "[0, 3, \"\"],"
                + "[0, 3],"
                + "\"ATTACK\","
                + "[5, 9, \"WEAPON\"]]}");

        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.spans()).extracting(DocumentSpan::label, DocumentSpan::start, DocumentSpan::end)
                .containsExactly(tuple("ATTACK", 0, 4),
                        tuple("WEAPON", 5, 9));
        assertThat(sink.problems).isEmpty();
        assertThat(doc.problems()).containsExactly(
                at(1) + "span 2 (ATTACK 5-12): end is past the end of the text (9 code points); left out",
                at(1) + "span 3 (ATTACK -1-3): start is negative; left out",
                at(1) + "span 4 (ATTACK 3-3): end is not after start; left out",
                at(1) + "span 5 (ATTACK 4-2): end is not after start; left out",
                at(1) + "span 6 (ATTACK 0.5-3): offsets are not integers; left out",
                at(1) + "span 7 (ATTACK 0-3): offsets are not integers; left out",
                at(1) + "span 8 (ATTACK 0-99999999999): offsets are outside the text (9 code points); left out",
                at(1) + "span 9 ( 0-3): no label (a non-empty string); left out",
                at(1) + "span 10: [0,3] is not [start, end, label]; left out",
                at(1) + "span 11: ATTACK is not [start, end, label]; left out");
    }

    @Test
    void aSpanWhoseTextDiffersFromTheTextAtItsOffsetsIsLeftOut() throws Exception {
        CollectingSink sink = read("{\"text\": \"قال الوزير\\nإن\", \"entities\": ["
                + "{\"label\": \"STATE_GOV\", \"start_offset\": 4, \"end_offset\": 10, \"text\": \"الوزير\"},"
                + "{\"label\": \"STATE_GOV\", \"start_offset\": 3, \"end_offset\": 9, \"text\": \"الوزير\"},"
                + "{\"label\": \"STATE_GOV\", \"start_offset\": 4, \"end_offset\": 10, \"text\": 7}]}");

        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.spans()).singleElement().extracting(DocumentSpan::start).isEqualTo(4);
        assertThat(doc.problems()).containsExactly(
                at(1) + "span 2 (STATE_GOV 3-9): text \"الوزير\" differs from \" الوزي\" at its offsets; left out",
                at(1) + "span 3 (STATE_GOV 4-10): text is not a string; left out");
    }

    @Test
    void hashiyasOwnShapeGivesMetadataAnnotationAndSpanDetails() throws Exception {
        CollectingSink sink = read("{\"id\": 9, \"text\": \"اجتماع في جنيف\", \"format\": \"hashiya-jsonl/1\","
                + " \"entities\": [{\"id\": 1, \"label\": \"MEET\", \"start_offset\": 0, \"end_offset\": 6, \"text\": \"اجتماع\","
                + " \"annotator\": \"سارة\", \"note\": \"سطر\\nثان\", \"created_at\": \"2024-01-02T03:04:05Z\","
                + " \"updated_at\": \"2024-01-02T06:04:05+03:00\"}], \"relations\": [],"
                + " \"title\": \"جنيف\", \"source\": \"وكالة\", \"url\": \"https://x.org/1\", \"published\": \"2024-01-01\","
                + " \"sha256\": \"00\", \"source_path\": \"/a/b.txt\", \"encoding\": \"windows-1256\","
                + " \"imported_at\": \"2024-01-01T00:00:00Z\", \"status\": \"Done\", \"relevance\": \"relevant\","
                + " \"tags\": [\"ب\", \"أ\"], \"note\": \"ملاحظة\"}");

        assertThat(sink.allProblems()).isEmpty();
        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.metadata().title()).isEqualTo("جنيف");
        assertThat(doc.metadata().source()).isEqualTo("وكالة");
        assertThat(doc.metadata().url()).isEqualTo("https://x.org/1");
        assertThat(doc.metadata().published()).isEqualTo("2024-01-01");
        assertThat(doc.sourcePath()).isEqualTo("/a/b.txt");
        assertThat(doc.encoding()).isEqualTo("windows-1256");
        assertThat(doc.importedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(doc.status()).isEqualTo(ArticleStatus.DONE);
        assertThat(doc.relevance()).isEqualTo(Relevance.RELEVANT);
        assertThat(doc.tags()).containsExactly("ب", "أ");
        assertThat(doc.note()).isEqualTo("ملاحظة");
        DocumentSpan span = doc.spans().get(0);
        assertThat(span.annotator()).isEqualTo("سارة");
        assertThat(span.note()).isEqualTo("سطر\nثان");
        assertThat(span.createdAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(span.updatedAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    }

    @Test
    void aReviewedMarkComesBackWithWhoAndWhenAndItsAbsenceIsNotReviewed() throws Exception {
        CollectingSink sink = read("{\"text\": \"اجتماع في جنيف\", \"format\": \"hashiya-jsonl/1\", \"entities\": ["
                + "{\"label\": \"MEET\", \"start_offset\": 0, \"end_offset\": 6, \"reviewed_by\": \"هدى\","
                + " \"reviewed_at\": \"2026-12-02T09:30:00.250Z\"},"
                + "{\"label\": \"LOCATION\", \"start_offset\": 10, \"end_offset\": 14, \"reviewed_by\": \"\","
                + " \"reviewed_at\": null},"
                + "{\"label\": \"LOCATION\", \"start_offset\": 10, \"end_offset\": 14, \"reviewed_by\": \"x\","
                + " \"reviewed_at\": \"soon\"}], \"relations\": []}");

        List<DocumentSpan> spans = sink.documents.get(0).spans();
        assertThat(spans).extracting(DocumentSpan::reviewedBy, DocumentSpan::reviewedAt).containsExactly(
                tuple("هدى", Instant.parse("2026-12-02T09:30:00.250Z")), tuple("", null), tuple("", null));
        assertThat(sink.allProblems()).singleElement().asString().contains("reviewed_at \"soon\" is not an ISO 8601 time");
    }

    @Test
    void unknownStatusRelevanceOrTimesAreProblemsAndLeftEmptyWhileTheSpanStays() throws Exception {
        CollectingSink sink = read("{\"text\": \"نص\", \"format\": \"hashiya-jsonl/1\", \"status\": \"finished\","
                + " \"relevance\": \"maybe\", \"imported_at\": \"yesterday\", \"title\": 5, \"tags\": [\"ok\", 3],"
                + " \"entities\": [{\"label\": \"OTHER\", \"start_offset\": 0, \"end_offset\": 2,"
                + " \"created_at\": \"2024-13-01T00:00:00Z\", \"annotator\": [\"x\"]}], \"relations\": [{\"id\": 1}]}");

        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.status()).isNull();
        assertThat(doc.relevance()).isEqualTo(Relevance.UNSET);
        assertThat(doc.importedAt()).isNull();
        assertThat(doc.metadata().title()).isEmpty();
        assertThat(doc.tags()).containsExactly("ok");
        assertThat(doc.spans()).singleElement().satisfies(s -> {
            assertThat(s.createdAt()).isNull();
            assertThat(s.annotator()).isNull();
        });
        assertThat(doc.problems()).containsExactlyInAnyOrder(
                at(1) + "status \"finished\" is not one of new, in_progress, done, reviewed; left empty",
                at(1) + "relevance \"maybe\" is not one of relevant, not_relevant, unset; left empty",
                at(1) + "imported_at \"yesterday\" is not an ISO 8601 time; left empty",
                at(1) + "title is not a string; left empty",
                at(1) + "tags: 3 is not a string; left out",
                at(1) + "span 1 (OTHER 0-2): created_at \"2024-13-01T00:00:00Z\" is not an ISO 8601 time; left empty",
                at(1) + "span 1 (OTHER 0-2): annotator is not a string; left empty",
                at(1) + "relation 1: no type (the role, a non-empty string); left out");
    }

    @Test
    void byteOrderMarkBlankLinesAndCrlfLineEnds() throws Exception {
        byte[] body = "{\"text\": \"أ\"}\r\n\r\n   \r\n{\"text\": \"ب\", \"label\": [[0, 1, \"X\"]]}\r\n\n"
                .getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = readBytes(ArabicSamples.withPrefix(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body));

        assertThat(sink.allProblems()).isEmpty();
        assertThat(sink.documents).extracting(AnnotatedDocument::text).containsExactly("أ", "ب");
        assertThat(sink.documents).extracting(AnnotatedDocument::where).containsExactly(file + ":1", file + ":4");
    }

    @Test
    void aByteOrderMarkAnywhereElseIsNotSkipped() throws Exception {
        CollectingSink sink = read("{\"text\": \"أ\"}", "\uFEFF{\"text\": \"ب\"}");

        assertThat(sink.documents).hasSize(1);
        assertThat(sink.problems).singleElement().asString().startsWith(at(2) + "not JSON (column 1): ");
    }

    @Test
    void aCarriageReturnInsideTheJsonTextStaysInTheTextAndInTheOffsets() throws Exception {
        CollectingSink sink = read("{\"text\": \"سطر\\r\\nثان\", \"label\": [[3, 8, \"X\"]]}");

        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.text()).isEqualTo("سطر\r\nثان");
        assertThat(doc.spans()).singleElement().extracting(DocumentSpan::end).isEqualTo(8);
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void aLineThatIsNotUtf8IsOneProblemAndTheNextLineReads() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"text\": \"أ\"}\n{\"text\": \"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC8, (byte) 0x28}); // a lead byte without its continuation
        out.writeBytes("\"}\n{\"text\": \"ب\"}".getBytes(StandardCharsets.UTF_8));

        CollectingSink sink = readBytes(out.toByteArray());

        assertThat(sink.documents).extracting(AnnotatedDocument::text).containsExactly("أ", "ب");
        assertThat(sink.problems).containsExactly(at(2) + "not valid UTF-8 (byte 11 of the line)");
    }

    @Test
    void aLineOverTheLimitIsRefusedAndTheNextOneReads() throws Exception {
        String longLine = "{\"text\": \"" + "ب".repeat(200_000) + "\"}";
        file = dir.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"أ\"}\n" + longLine + "\n{\"text\": \"ج\"}\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();

        JsonlReader.read(file, sink, 100_000);

        assertThat(sink.documents).extracting(AnnotatedDocument::text).containsExactly("أ", "ج");
        assertThat(sink.documents.get(1).where()).isEqualTo(file + ":3");
        assertThat(sink.problems).containsExactly(at(2) + "line longer than 100000 bytes; left out");
    }

    @Test
    void linesLongerThanTheReadBufferArriveWhole() throws Exception {
        String text = "نص طويل 😀 ".repeat(30_000);
        int start = text.codePointCount(0, text.length()) - 5;
        CollectingSink sink = read("{\"text\": \"" + text + "\", \"label\": [[" + start + ", " + (start + 4)
                + ", \"X\"]]}", "{\"text\": \"بعده\"}");

        assertThat(sink.allProblems()).isEmpty();
        assertThat(sink.documents.get(0).text()).isEqualTo(text);
        assertThat(sink.documents.get(1).text()).isEqualTo("بعده");
    }

    @Test
    void anArticleAsLongAsImportAllowsIsRead() throws Exception {
        String text = "x".repeat(20_000_001); // over Jackson's default limit, within import's 20 MB
        CollectingSink sink = read("{\"text\": \"" + text + "\", \"label\": [[20000000, 20000001, \"X\"]]}");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents).singleElement().satisfies(d -> {
            assertThat(d.text()).hasSize(20_000_001);
            assertThat(d.spans()).hasSize(1);
        });
    }

    @Test
    void anEmptyFileGivesNothing() throws Exception {
        CollectingSink sink = readBytes(new byte[0]);

        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).isEmpty();
    }
}
