package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hashiya.io.annotated.AnnotatedFixtures.CollectingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratReaderTest {
    /** قال 0-3, الرئيسُ 4-11, the emoji 12-13 (two UTF-16 units), إن 14-16, a line break, UN 17-19: 24 code points. */
    static final String TEXT = "قال الرئيسُ 😀 إن\nUN قررت";

    @TempDir
    Path folder;

    private Path pair(String name, String text, String ann) throws IOException {
        Path txt = folder.resolve(name + ".txt");
        Files.createDirectories(txt.getParent());
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        Path annFile = folder.resolve(name + ".ann");
        Files.writeString(annFile, ann, StandardCharsets.UTF_8);
        return annFile;
    }

    private CollectingSink read(Path ann) throws IOException {
        CollectingSink sink = new CollectingSink();
        BratReader.read(ann, BratReader.textFileFor(ann), sink);
        return sink;
    }

    @Test
    void readsTextBoundSpansAndTheirNotesWithCodePointOffsets() throws IOException {
        Path ann = pair("a", TEXT, """
                T1\tACTOR 4 11\tالرئيسُ
                T2\tOTHER 12 13\t😀
                #1\tAnnotatorNotes T2\tوجه
                T3\tORG 17 19\tUN
                #2\tAnnotatorNotes T2\tثان
                """);
        AnnotatedDocument doc = read(ann).only();
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.where()).isEqualTo(ann.toString());
        assertThat(doc.sourcePath()).isEqualTo(folder.resolve("a.txt").toString());
        assertThat(doc.encoding()).isEqualTo("UTF-8");
        assertThat(doc.problems()).isEmpty();
        assertThat(doc.spans()).containsExactly(
                new DocumentSpan("ACTOR", 4, 11, "الرئيسُ", null, "", null, null, ann + ":1"),
                new DocumentSpan("OTHER", 12, 13, "😀", null, "وجه\nثان", null, null, ann + ":2"),
                new DocumentSpan("ORG", 17, 19, "UN", null, "", null, null, ann + ":4"));
        assertThat(doc.metadata().title()).isEmpty();
        assertThat(doc.status()).isNull();
        assertThat(doc.importedAt()).isNull();
    }

    @Test
    void fragmentsComeBackAsOneSpanFromTheFirstStartToTheLastEnd() throws IOException {
        Path ann = pair("a", TEXT, "T1\tEVENT 14 16;17 19\tإن UN\n");
        assertThat(read(ann).only().spans()).containsExactly(
                new DocumentSpan("EVENT", 14, 19, "إن\nUN", null, "", null, null, ann + ":1"));
    }

    @Test
    void aBadSpanIsOneProblemNamingFileAndLineAndTheRestStillImports() throws IOException {
        Path ann = pair("a", TEXT, String.join("\n",
                "T1\tACTOR 4 11\tالرئيسُ",
                "T2\tACTOR 4 99\tالرئيسُ",
                "T3\tACTOR 11 4\tx",
                "T4\tACTOR 4 4\t",
                "T5\tACTOR four 11\tالرئيسُ",
                "T6\tACTOR 4 11\tالرئيس",
                "T7\tACTOR 99999999999999999999 3\tx",
                "T8\tACTOR 4 11;",
                "T1\tACTOR 0 3\tقال",
                "#1\tAnnotatorNotes T9\tلا أحد",
                "#2\tAnnotatorNotes T2\tعلى مرفوض",
                "garbage line",
                "T9\tORG 17 19\tUN", ""));
        AnnotatedDocument doc = read(ann).only();
        assertThat(doc.spans()).extracting(DocumentSpan::label, DocumentSpan::start, DocumentSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ACTOR", 4, 11),
                        org.assertj.core.groups.Tuple.tuple("ORG", 17, 19));
        String a = ann.toString();
        assertThat(doc.problems()).containsExactly(
                a + ":2: offset 99 is beyond the end of the text (24 characters); span left out",
                a + ":3: end 4 is not after start 11; span left out",
                a + ":4: end 4 is not after start 4; span left out",
                a + ":5: 'four' is not an offset; span left out",
                a + ":6: text \"الرئيس\" differs from \"الرئيسُ\" at its offsets; span left out",
                a + ":7: '99999999999999999999' is not an offset; span left out",
                a + ":8: expected START END, found ''; span left out",
                a + ":9: T1 is defined twice (first on line 1); this one is left out",
                a + ":12: not a brat annotation line");
        // a note may come before its span; a note on a refused span goes with it, silently
        assertThat(doc.spans().get(1).note()).isEqualTo("لا أحد");
    }

    @Test
    void aNoteOnAnUndefinedSpanIsAProblem() throws IOException {
        Path ann = pair("a", TEXT, "T1\tACTOR 4 11\tالرئيسُ\n#1\tAnnotatorNotes T7\tلا أحد\n");
        assertThat(read(ann).only().problems()).containsExactly(ann + ":2: note on T7, which the file does not define");
    }

    @Test
    void eventsAttributesAndTheirNotesAreReadAndRelationsAndNormalizationsAreOneProblemPerFile() throws IOException {
        Path ann = pair("a", TEXT, String.join("\n",
                "T1\tACTOR 4 11\tالرئيسُ",
                "T2\tEVENT 0 3\tقال",
                "E1\tEVENT:T2 Agent:T1",
                "R1\tRel Arg1:T1 Arg2:T2",
                "A1\tNegation E1",
                "A2\tFlag T1",
                "N1\tReference T1 Wikipedia:123\tx",
                "*\tEquiv T1 T2",
                "#1\tAnnotatorNotes E1\tعلى الحدث", ""));
        CollectingSink sink = read(ann);
        assertThat(sink.only().spans()).hasSize(2);
        assertThat(sink.only().problems()).isEmpty();
        assertThat(sink.only().events()).containsExactly(new DocumentEvent(1, "EVENT",
                List.of(new DocumentEvent.Argument("Agent", 0, false, ann + ":3")),
                List.of(new DocumentEvent.Attribute("Negation", "", ann + ":5")), "على الحدث", ann + ":3"));
        assertThat(sink.problems).singleElement().asString()
                .startsWith(ann + ": 4 lines of relations, normalizations, attributes of text spans or other comments");
    }

    @Test
    void aLeadingBomInTheTextIsDroppedAndOffsetsShiftedPastIt() throws IOException {
        Path ann = pair("a", "\uFEFF" + TEXT, "T1\tEVENT 1 4\tقال\nT2\tACTOR 5 12\tالرئيسُ\n");
        AnnotatedDocument doc = read(ann).only();
        assertThat(doc.text()).isEqualTo(TEXT);
        assertThat(doc.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(doc.spans()).extracting(DocumentSpan::start, DocumentSpan::end, DocumentSpan::expectedText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 3, "قال"),
                        org.assertj.core.groups.Tuple.tuple(4, 11, "الرئيسُ"));
    }

    @Test
    void lineEndingsStayAsInTheFile() throws IOException {
        Path ann = pair("a", "أ\r\nب", "T1\tEVENT 3 4\tب\r\n");
        AnnotatedDocument doc = read(ann).only();
        assertThat(doc.text()).isEqualTo("أ\r\nب");
        assertThat(doc.spans()).singleElement().extracting(DocumentSpan::start).isEqualTo(3);
    }

    @Test
    void aTextFileThatIsNotUtf8IsOneProblemNamingIt() throws IOException {
        Path ann = pair("a", "", "T1\tEVENT 0 3\tقال\n");
        Files.write(folder.resolve("a.txt"), "قال".getBytes(Charset.forName("windows-1256")));
        CollectingSink sink = read(ann);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).singleElement().asString()
                .startsWith(folder.resolve("a.txt") + ": not UTF-8 text");
    }

    @Test
    void aMissingTextFileIsOneProblemNamingTheAnnotationFile() throws IOException {
        Path ann = folder.resolve("lone.ann");
        Files.writeString(ann, "T1\tEVENT 0 3\tقال\n");
        CollectingSink sink = read(ann);
        assertThat(sink.documents).isEmpty();
        assertThat(sink.problems).containsExactly(ann + ": no text file lone.txt beside it");
    }

    @Test
    void aFolderIsReadRecursivelyInOrderSkippingHiddenFoldersAndFiles() throws IOException {
        pair("b", "ب", "");
        pair("a", "أ", "");
        pair("sub/c", "ج", "");
        pair(".hidden/d", "د", "");
        pair("._e", "ه", "");
        Files.writeString(folder.resolve("plain.txt"), "نص بلا تعليقات");
        Files.writeString(folder.resolve("sub/lone.ann"), "");

        assertThat(BratReader.find(folder)).extracting(BratReader.BratFiles::ann).containsExactly(
                folder.resolve("a.ann"), folder.resolve("b.ann"), folder.resolve("sub/c.ann"));
        CollectingSink sink = new CollectingSink();
        BratReader.readFolder(folder, sink);
        assertThat(sink.documents).extracting(AnnotatedDocument::text).containsExactly("أ", "ب", "ج");
        assertThat(sink.problems).containsExactly(folder.resolve("sub/lone.ann") + ": no text file lone.txt beside it");
    }

    @Test
    void aFileWithOnlyUnusableLinesStillGivesItsText() throws IOException {
        Path ann = pair("a", TEXT, "T1\n\tx\n");
        AnnotatedDocument doc = read(ann).only();
        assertThat(doc.spans()).isEmpty();
        assertThat(doc.problems()).containsExactly(
                ann + ":1: expected T<number><TAB>LABEL START END<TAB>text; span left out",
                ann + ":2: not a brat annotation line");
        assertThat(List.of(doc.text())).containsExactly(TEXT);
    }
}
