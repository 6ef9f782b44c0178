package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotated files through the importer: offsets kept exact across CRLF, refusals, labels, annotators. */
class AnnotatedImportTest {
    /** CRLF line endings in the file: every offset after them moves when they become LF. */
    static final String TEXT = "قصفت طائرات التحالف مواقع\r\nفي مدينة الرقة 😀 يوم الأحد\r\nوقال المتحدث Reuters";

    @TempDir
    Path dir;
    Library library;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private static int cp(String part) {
        return TEXT.codePointCount(0, TEXT.indexOf(part));
    }

    private static int cpEnd(String part) {
        return cp(part) + part.codePointCount(0, part.length());
    }

    private Path brat(String name, String ann) throws Exception {
        Path folder = dir.resolve("in");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name + ".txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
        return folder;
    }

    private ImportReport importPaths(String override, Path... paths) {
        return ArticleImporter.into(library, Clock.systemUTC(), override, "saved-name")
                .importPaths(List.of(paths), new ImportListener() {
                    @Override
                    public void notice(String message) {
                        notices.add(message);
                    }
                }, () -> false);
    }

    @Test
    void spansKeepTheirExactCharactersWhenCrLfBecomesLf() throws Exception {
        brat("a", "T1\tSTATE_MIL " + cp("طائرات") + " " + cpEnd("التحالف") + "\tطائرات التحالف\n"
                + "T2\tLOCATION " + cp("الرقة") + " " + cpEnd("الرقة") + "\tالرقة\n"
                + "T3\tTIME " + cp("يوم") + " " + cpEnd("الأحد") + "\tيوم الأحد\n"
                + "T4\tPERSON " + cp("المتحدث") + " " + cpEnd("Reuters") + "\tالمتحدث Reuters\n");
        ImportReport report = importPaths(null, dir.resolve("in"));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.spansAdded()).isEqualTo(4);
        assertThat(report.refused()).isZero();
        String stored = library.articles().find(1).orElseThrow().text();
        assertThat(stored).isEqualTo(TEXT.replace("\r\n", "\n"));
        for (Span span : library.spans().findByArticle(1)) {
            int from = stored.offsetByCodePoints(0, span.start());
            int to = stored.offsetByCodePoints(0, span.end());
            assertThat(stored.substring(from, to)).isEqualTo(span.text());
        }
        assertThat(library.spans().findByArticle(1)).extracting(Span::text)
                .containsExactly("طائرات التحالف", "الرقة", "يوم الأحد", "المتحدث Reuters");
        assertThat(library.spans().findByArticle(1)).extracting(Span::annotator).containsOnly("saved-name");
        // the .txt of a brat pair is not imported a second time as a plain article
        assertThat(library.articles().count()).isEqualTo(1);
        // and the article is in the search index at once, clitics and all
        assertThat(new org.hashiya.service.search.SearchService(library).search("الرقه", 10)).hasSize(1);
    }

    @Test
    void aSpanThatDoesNotFitIsRefusedWithFileLineAndReasonAndTheRestImports() throws Exception {
        brat("b", "T1\tLOCATION " + cp("الرقة") + " " + cpEnd("الرقة") + "\tالرقة\n"
                + "T2\tLOCATION " + cp("مدينة") + " " + cpEnd("مدينة") + "\tمدينه\n"
                + "T3\tLOCATION 5 5000\tx\n");
        ImportReport report = importPaths(null, dir.resolve("in"));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.spansAdded()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(2);
        List<String> refusals = report.outcomes(org.hashiya.service.ImportOutcome.Kind.REFUSED).stream()
                .map(ImportOutcome::describe).toList();
        assertThat(refusals.get(0)).contains("b.ann:2").contains("مدينه");
        assertThat(refusals.get(1)).contains("b.ann:3");
    }

    @Test
    void labelsTheSchemaLacksAreAddedOnceAsOtherWithASaturatedColourAndForeignCaseIsMatched() throws Exception {
        brat("c", "T1\tDrone " + cp("طائرات") + " " + cpEnd("طائرات") + "\tطائرات\n"
                + "T2\tDrone " + cp("مواقع") + " " + cpEnd("مواقع") + "\tمواقع\n"
                + "T3\tlocation " + cp("الرقة") + " " + cpEnd("الرقة") + "\tالرقة\n");
        ImportReport report = importPaths("coder-b", dir.resolve("in"));
        assertThat(report.refused()).isZero();
        SpanLabel drone = new SchemaService(library).schema().byId("DRONE").orElseThrow();
        assertThat(drone.kind()).isEqualTo(LabelKind.OTHER);
        assertThat(drone.shortcut()).isEmpty();
        assertThat(drone.englishName()).isEqualTo("Drone");
        int r = Integer.parseInt(drone.colour().substring(1, 3), 16);
        int g = Integer.parseInt(drone.colour().substring(3, 5), 16);
        int b = Integer.parseInt(drone.colour().substring(5, 7), 16);
        assertThat(Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))).as("saturated, not grey").isGreaterThan(100);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).contains("DRONE").contains("Drone");
        assertThat(library.spans().findByArticle(1)).extracting(Span::labelId)
                .containsExactly("DRONE", "DRONE", "LOCATION");
        assertThat(library.spans().findByArticle(1)).extracting(Span::annotator).containsOnly("coder-b");
    }

    @Test
    void anAnnotatedFileForAnArticleAlreadyThereAttachesItsSpansOnceAndChangesNothingElse() throws Exception {
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, TEXT, StandardCharsets.UTF_8);
        importPaths(null, plain);
        library.articles().updateMetadata(1, new org.hashiya.domain.ArticleMetadata("عنوان الباحث", "", "", ""));
        brat("d", "T1\tLOCATION " + cp("الرقة") + " " + cpEnd("الرقة") + "\tالرقة\n");
        ImportReport first = importPaths(null, dir.resolve("in"));
        assertThat(first.imported()).isZero();
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.spansAdded()).isEqualTo(1);
        ImportReport second = importPaths(null, dir.resolve("in"));
        assertThat(second.spansAdded()).isZero();
        assertThat(library.spans().count()).isEqualTo(1);
        assertThat(library.articles().count()).isEqualTo(1);
        assertThat(library.articles().find(1).orElseThrow().title()).isEqualTo("عنوان الباحث");
    }

    @Test
    void foreignLabelNamesBecomeSchemaIds() {
        assertThat(ForeignLabels.idOf("Weapon type")).isEqualTo("WEAPON_TYPE");
        assertThat(ForeignLabels.idOf("3-gram/x")).isEqualTo("GRAM_X");
        assertThat(ForeignLabels.idOf("سلاح")).isEqualTo("LABEL");
    }
}
