package org.hashiya.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.EventsCsvWriter;
import org.hashiya.service.export.EventsFixture;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog's state without a window. Count and preview run on the executors given; the
 * export itself is a {@link javafx.concurrent.Task}, whose ending arrives on the JavaFX thread, so
 * the toolkit is started (no stage is shown).
 */
class ExportViewModelTest {
    @TempDir
    Path dir;

    Library library;
    final Queue<Runnable> queued = new ArrayDeque<>();
    final List<String> statusLines = new ArrayList<>();
    ExportViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(ExportLibrary.create(dir.resolve("lib.db")), false);
        model = new ExportViewModel(new ExportService(library), Runnable::run, Runnable::run, statusLines::add);
        model.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** A model whose background work waits in {@link #queued} until the test runs it. */
    ExportViewModel queuedModel() {
        ExportViewModel queuedModel = new ExportViewModel(new ExportService(library), queued::add, Runnable::run,
                statusLines::add);
        queuedModel.load();
        runQueued();
        return queuedModel;
    }

    void runQueued() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> void tick(List<Choice<T>> choices, T value) {
        choices.stream().filter(c -> c.value().equals(value)).findFirst().orElseThrow().setSelected(true);
    }

    @Test
    void theChoicesComeFromTheLibraryWithArabicNamesFirst() {
        assertThat(model.labels()).hasSize(21);
        Choice<String> person = model.labels().stream().filter(c -> c.value().equals("PERSON")).findFirst().orElseThrow();
        assertThat(person.text()).isEqualTo("شخص");
        assertThat(person.secondary()).isEqualTo("Person");
        assertThat(person.detail()).isEqualTo("PERSON · actor");
        assertThat(person.colour()).startsWith("#");
        assertThat(model.kinds()).extracting(Choice::value)
                .containsExactly(LabelKind.ACTOR, LabelKind.EVENT, LabelKind.PLACE, LabelKind.TIME, LabelKind.OTHER);
        assertThat(model.kinds().get(0).text()).isEqualTo("actor — فاعل");
        assertThat(model.tags()).extracting(Choice::value).containsExactly("أمن", "عاجل");
        assertThat(model.annotators()).extracting(Choice::value).containsExactly("other", "tester");
    }

    @Test
    void theFilterIsBuiltFromTheTickedChoices() {
        assertThat(model.filter()).contains(SpanFilter.ALL);

        tick(model.labels(), "PERSON");
        tick(model.labels(), "ATTACK");
        tick(model.kinds(), LabelKind.EVENT);
        tick(model.statuses(), ArticleStatus.DONE);
        tick(model.relevances(), Relevance.UNSET);
        tick(model.tags(), "عاجل");
        tick(model.annotators(), "tester");
        model.articleIdsProperty().set("1، ٣-4");
        model.fromProperty().set(LocalDate.of(2024, 5, 1));
        model.toProperty().set(LocalDate.of(2024, 6, 30));

        assertThat(model.filter()).contains(new SpanFilter(Set.of("PERSON", "ATTACK"), Set.of(LabelKind.EVENT),
                Set.of(1L, 3L, 4L), Set.of(ArticleStatus.DONE), Set.of(Relevance.UNSET), Set.of("عاجل"), Set.of("tester"),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30)));

        model.clearFilters();
        assertThat(model.filter()).contains(SpanFilter.ALL);
    }

    @Test
    void theCountIsOfSpansForSpansCsvAndOfArticlesOtherwiseAndFollowsEveryChoice() {
        assertThat(model.rowCountProperty().get()).isEqualTo(6);
        assertThat(model.countTextProperty().get()).isEqualTo("6 spans will be written (from 3 chosen articles)");

        tick(model.labels(), "PERSON");
        assertThat(model.rowCountProperty().get()).isEqualTo(2);
        assertThat(model.countTextProperty().get()).isEqualTo("2 spans will be written (from 2 chosen articles)");

        tick(model.annotators(), "other");
        assertThat(model.countTextProperty().get()).isEqualTo("Nothing matches these filters.");
        assertThat(model.rowCountProperty().get()).isZero();

        model.clearFilters();
        model.formatProperty().set(ExportFormat.ARTICLES_CSV);
        assertThat(model.rowCountProperty().get()).isEqualTo(3);
        assertThat(model.countTextProperty().get()).isEqualTo("3 articles with 6 spans will be written");

        model.fromProperty().set(LocalDate.of(2024, 6, 11));
        assertThat(model.countTextProperty().get()).isEqualTo("1 article with 1 span will be written");
    }

    @Test
    void eventsCsvCountsEventsAndPreviewsTheirRows() {
        model.formatProperty().set(ExportFormat.EVENTS_CSV);
        assertThat(model.excelAvailableProperty().get()).isTrue();
        assertThat(model.rowCountProperty().get()).isZero();
        assertThat(model.countTextProperty().get()).isEqualTo("No event has its trigger among the chosen spans (6 spans chosen).");
        assertThat(model.suggestedName()).isEqualTo("events.csv");

        EventsFixture events = EventsFixture.create(dir.resolve("events.db"));
        try {
            ExportViewModel eventsModel = new ExportViewModel(new ExportService(events.library), Runnable::run,
                    Runnable::run, statusLines::add);
            eventsModel.load();
            eventsModel.formatProperty().set(ExportFormat.EVENTS_CSV);
            assertThat(eventsModel.rowCountProperty().get()).isEqualTo(4);
            assertThat(eventsModel.countTextProperty().get())
                    .isEqualTo("4 events will be written, one row per role filler (from 2 chosen articles)");
            PreviewTable table = eventsModel.previewTableProperty().get();
            assertThat(table.header()).isEqualTo(EventsCsvWriter.COLUMNS);
            assertThat(table.rows()).hasSize(11);
            assertThat(table.rows().get(0).get(5)).isEqualTo("اجتمعَ");

            tick(eventsModel.annotators(), "amal");
            assertThat(eventsModel.countTextProperty().get())
                    .isEqualTo("3 events will be written, one row per role filler (from 1 chosen article)");
            assertThat(eventsModel.previewTableProperty().get().rows()).hasSize(7);
        } finally {
            events.library.close();
        }
    }

    @Test
    void idsOrDatesThatMakeNoFilterSayWhyAndLeaveNoStaleCount() {
        model.articleIdsProperty().set("2, x");
        assertThat(model.filter()).isEmpty();
        assertThat(model.filterProblemProperty().get()).isEqualTo("article ids: 'x' is not an id or a range such as 10-20");
        assertThat(model.rowCountProperty().get()).isEqualTo(-1);
        assertThat(model.countTextProperty().get()).isEmpty();

        model.articleIdsProperty().set("2");
        assertThat(model.filterProblemProperty().get()).isEmpty();
        assertThat(model.rowCountProperty().get()).isEqualTo(4);

        model.fromProperty().set(LocalDate.of(2024, 6, 2));
        model.toProperty().set(LocalDate.of(2024, 6, 1));
        assertThat(model.filterProblemProperty().get()).contains("ends (2024-06-01) before it starts (2024-06-02)");
        assertThat(model.rowCountProperty().get()).isEqualTo(-1);
    }

    @Test
    void aCountThatANewerChoiceHasOvertakenIsNeverShown() {
        ExportViewModel slow = queuedModel();
        assertThat(slow.rowCountProperty().get()).isEqualTo(6);

        tick(slow.labels(), "PERSON");
        tick(slow.labels(), "ATTACK");
        assertThat(slow.countTextProperty().get()).isEqualTo("Counting…");
        assertThat(queued).hasSize(2);
        runQueued();
        assertThat(slow.rowCountProperty().get()).isEqualTo(3);
    }

    @Test
    void theExcelOptionIsOnlyAvailableForTheCsvFormats() {
        for (ExportFormat format : ExportFormat.values()) {
            model.formatProperty().set(format);
            assertThat(model.excelAvailableProperty().get()).as(format.id()).isEqualTo(format.isCsv());
        }
    }

    @Test
    void articleCodingsCountArticlesAndPreviewOneRowPerArticleAndCoder() {
        model.formatProperty().set(ExportFormat.ARTICLE_CODINGS_CSV);
        assertThat(model.countTextProperty().get()).isEqualTo("3 articles will be written: a row of this library's own"
                + " coding each, and one per coder a merge brought a coding from");
        assertThat(model.previewTableProperty().get().header()).isEqualTo(
                org.hashiya.io.annotated.ArticleCodingsCsvWriter.COLUMNS);
        assertThat(model.previewTableProperty().get().rows()).hasSize(3); // nothing merged here: the own rows
        assertThat(model.suggestedName()).isEqualTo("article-codings.csv");
    }

    @Test
    void theSuggestedNameFollowsTheFormat() {
        model.formatProperty().set(ExportFormat.JSONL);
        assertThat(model.suggestedName()).isEqualTo("articles.jsonl");
        model.formatProperty().set(ExportFormat.BRAT);
        assertThat(model.suggestedName()).isEqualTo("brat");
    }

    @Test
    void anExistingTargetIsAskedAboutAndKeptUnlessTheUserAgrees() throws Exception {
        Path target = Files.writeString(dir.resolve("spans.csv"), "keep me");
        assertThat(model.replaceQuestion(target)).contains(target + " already exists. Replace it?");
        Path emptyFolder = Files.createDirectory(dir.resolve("empty"));
        assertThat(model.replaceQuestion(emptyFolder)).isEmpty();
        Path fullFolder = Files.createDirectory(dir.resolve("full"));
        Files.writeString(fullFolder.resolve("a.txt"), "x");
        assertThat(model.replaceQuestion(fullFolder)).get().asString().contains("already holds 1 file or folder");

        model.export(target, false);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(target + " already exists: nothing written.");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void aCancelledExportOverAnExistingFileSaysTheFileIsUnchanged() throws Exception {
        ExportViewModel background = queuedModel();
        Path target = Files.writeString(dir.resolve("spans.csv"), "keep me");

        background.export(target, true);
        background.cancel();
        runQueued();

        assertThat(background.messageProperty().get())
                .isEqualTo("Export cancelled: nothing written to " + target + " (what was there is unchanged)");
        assertThat(Files.readString(target)).isEqualTo("keep me");
    }

    @Test
    void aBratExportGoesIntoAnEmptyFolderWithoutAskingButAsksAboutAFullOne() throws Exception {
        model.formatProperty().set(ExportFormat.BRAT);
        Path folder = Files.createDirectory(dir.resolve("brat"));
        assertThat(model.replaceQuestion(folder)).isEmpty();

        model.export(folder, false);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.messageProperty().get()).startsWith("Wrote 3 articles with 6 spans (brat) to " + folder);
        assertThat(folder.resolve("annotation.conf")).exists();
        assertThat(model.replaceQuestion(folder)).get().asString().startsWith("The folder " + folder + " already holds");
    }

    @Test
    void aFailedExportIsOneLineInTheDialogAndTheStatusLine() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Path target = notAFolder.resolve("spans.csv");

        model.export(target, false);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).startsWith("Export failed: cannot create folder " + notAFolder)
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(statusLines).containsExactly(model.messageProperty().get());
    }

    @Test
    void anExportRunsInTheBackgroundAndEndsWithASummary() throws Exception {
        ExportViewModel background = queuedModel();
        tick(background.labels(), "PERSON");
        runQueued();
        Path target = dir.resolve("out").resolve("spans.csv");

        background.export(target, false);
        assertThat(background.runningProperty().get()).isTrue();
        runQueued();

        assertThat(background.runningProperty().get()).isFalse();
        assertThat(background.messageProperty().get()).startsWith("Wrote 2 spans of 2 articles (spans-csv) to " + target);
        assertThat(statusLines).containsExactly(background.messageProperty().get());
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("محمد علي").contains("PERSON");
        assertThat(lines.get(2)).contains("أحمد حسن").contains("PERSON");
    }

    @Test
    void theExcelOptionWritesAByteOrderMarkForCsvButNotForOtherFormats() throws Exception {
        model.excelProperty().set(true);
        Path csv = dir.resolve("spans.csv");
        model.export(csv, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);

        model.formatProperty().set(ExportFormat.CONLL);
        Path conll = dir.resolve("tokens.conll");
        model.export(conll, false);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.messageProperty().get()).startsWith("Wrote ").contains("(conll)");
        assertThat(Files.readString(conll, StandardCharsets.UTF_8)).startsWith("-DOCSTART-");
    }

    @Test
    void cancellingStopsTheExportAndLeavesNothingAtTheTarget() {
        ExportViewModel background = queuedModel();
        Path target = dir.resolve("spans.csv");

        background.export(target, false);
        background.cancel();
        assertThat(background.messageProperty().get()).isEqualTo("Cancelling…");
        runQueued();

        assertThat(background.runningProperty().get()).isFalse();
        assertThat(background.messageProperty().get()).isEqualTo("Export cancelled: nothing written to " + target);
        assertThat(background.lastReportProperty().get().cancelled()).isTrue();
        assertThat(target).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().contains(".part"));
    }

    @Test
    void thePreviewShowsTheFirstRowsAndCutsLongLines() {
        tick(model.labels(), "PERSON");
        assertThat(model.previewProperty().get().lines()).hasSize(3);
        assertThat(model.previewProperty().get()).contains("محمد علي");
        assertThat(ExportViewModel.shorten("a".repeat(400) + "\nb")).isEqualTo("a".repeat(300) + " …\nb");
    }

    @Test
    void aCsvPreviewIsAlsoATableOfItsHeaderAndRows() {
        tick(model.labels(), "PERSON");
        PreviewTable table = model.previewTableProperty().get();
        assertThat(table.header()).startsWith("article_id", "article_title");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get(table.header().indexOf("text"))).isEqualTo("محمد علي");

        model.formatProperty().set(ExportFormat.CONLL);
        assertThat(model.previewTableProperty().get()).isEqualTo(PreviewTable.EMPTY);
    }
}
