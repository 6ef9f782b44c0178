package org.hashiya.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.bench.registry.RegistryGenerator;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.Workbench;
import org.hashiya.ui.annotate.SpanRow;
import org.hashiya.ui.registry.OccurrencesViewModel.Proposal;
import org.hashiya.ui.review.KwicLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Annotate all occurrences from the registry tab, as a user does it: pick the coalition, Find
 * occurrences…, the whole library, Find; the proposals read right to left with the words found in
 * bold in the middle; one rejected with Delete, the rest selected all and accepted: spans of the
 * entry's label linked to it, the one already linked left alone, the open article's highlights
 * updated; Undo takes every one of them back in one step.
 */
@ExtendWith(ApplicationExtension.class)
class OccurrencesDialogTest {
    static final String FIRST = "أعلن التحالف الدولي أمس عن غارات جديدة. وقال مسؤول إن قوات التحالف قصفت مواقع في الموصل."
            + " ورحب الوزير بالتحالف. وتحدث عن التحالفات الإقليمية.";
    static final String SECOND = "قال متحدث باسم التحالف إن الضربات مستمرة. وأكد دعمه للتحالف.";
    static final String THIRD = "لا ذكر هنا إلا لكلمة المتحالفين في الخبر.";

    private static Path file;
    private static long first;
    private static long second;
    private static long linkedSpan;
    private static long coalition;
    private Workbench workbench;

    @BeforeAll
    static void library() throws Exception {
        file = Files.createTempDirectory("hashiya-occurrences").resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            first = TestArticles.add(lib, "التحالف يعلن", FIRST);
            second = TestArticles.add(lib, "متحدث باسم التحالف", SECOND);
            TestArticles.add(lib, "خبر آخر", THIRD);
            lib.registry().addAll(new RegistryGenerator(5).actors(300));
            coalition = lib.registry().listAll().stream().filter(e -> e.name().equals("التحالف الدولي"))
                    .findFirst().orElseThrow().id();
            CodePointOffsets offsets = new CodePointOffsets(SECOND);
            int at = SECOND.indexOf("التحالف");
            linkedSpan = lib.spans().add(new NewSpan(second, "COALITION_IGO", offsets.toCodePoint(at),
                    offsets.toCodePoint(at + "التحالف".length()), "التحالف", "amal", "", Instant.parse("2026-11-20T10:00:00Z"))).id();
            lib.registry().link(linkedSpan, coalition);
        }
    }

    @Start
    void start(Stage stage) {
        Path folder = file.getParent();
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }


    @SuppressWarnings("unchecked")
    private static TableView<Proposal> proposals(FxRobot robot) {
        return robot.lookup("#occurrences-table").queryAs(TableView.class);
    }

    @Test
    void findInTheLibraryRejectOneAcceptTheRestAndUndo(FxRobot robot) {
        onFx(() -> {
            workbench.model().open(first, "");
            return null;
        });
        waitUntil(() -> workbench.annotation().model().articleId().isPresent());
        assertThat(onFx(() -> workbench.annotation().model().spanList().rows())).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        @SuppressWarnings("unchecked")
        TableView<RegistryEntry> entries = robot.lookup("#registry-table").queryAs(TableView.class);
        waitUntil(() -> entries.isVisible() && !entries.getItems().isEmpty());
        onFx(() -> {
            workbench.registryModel().queryProperty().set("التحالف الدولي"); // the robot cannot type Arabic
            entries.getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.registryModel().pickedProperty().get().id())).isEqualTo(coalition);

        robot.clickOn("#registry-occurrences");
        waitUntil(() -> robot.lookup("#occurrences-table").tryQuery().isPresent());
        OccurrencesViewModel model = workbench.occurrencesModel();
        assertThat(onFx(() -> model.scopeProperty().get())).isEqualTo(OccurrencesViewModel.Scope.LIBRARY);
        assertThat(robot.lookup("#occurrences-entry").queryLabeled().getText()).startsWith("التحالف الدولي · التحالف");

        robot.clickOn("#occurrences-find");
        waitUntil(() -> proposals(robot).getItems().size() == 4);
        // التحالفات and المتحالفين are other words; the mention already linked is not proposed again
        assertThat(onFx(() -> proposals(robot).getItems().stream().map(p -> p.occurrence().hit().matchedText()).toList()))
                .containsExactly("التحالف الدولي", "قوات التحالف", "بالتحالف", "للتحالف");
        assertThat(robot.lookup("#occurrences-message").queryLabeled().getText()).startsWith("4 proposals in 2 articles");

        // the second line: «قوات التحالف» bold in the middle, what comes before it on its right
        KwicLine line = onFx(() -> robot.lookup(".occurrences-table .kwic-line").queryAll().stream()
                .map(n -> (KwicLine) n).filter(l -> l.parts()[1].equals("قوات التحالف")).findFirst().orElseThrow());
        assertThat(line.parts()[0]).endsWith("وقال مسؤول إن ");
        assertThat(line.parts()[2]).startsWith(" قصفت مواقع");
        Label[] leftToRight = line.labelsLeftToRight();
        double afterX = onFx(() -> leftToRight[0].localToScene(0, 0).getX());
        double keywordX = onFx(() -> leftToRight[1].localToScene(0, 0).getX());
        double beforeX = onFx(() -> leftToRight[2].localToScene(0, 0).getX());
        assertThat(afterX).isLessThan(keywordX);
        assertThat(keywordX).isLessThan(beforeX);
        assertThat(onFx(() -> leftToRight[1].getFont().getStyle())).containsIgnoringCase("bold");

        // reject «بالتحالف» one by one: highlight its row, Delete
        onFx(() -> {
            proposals(robot).getSelectionModel().clearAndSelect(2);
            proposals(robot).requestFocus();
            return null;
        });
        robot.push(KeyCode.DELETE);
        waitUntil(() -> proposals(robot).getItems().size() == 3);
        assertThat(robot.lookup("#occurrences-count").queryLabeled().getText()).isEqualTo("0 of 3 selected");
        assertThat(robot.lookup("#occurrences-accept").queryButton().isDisabled()).isTrue();

        robot.clickOn("#occurrences-select-all");
        assertThat(robot.lookup("#occurrences-count").queryLabeled().getText()).isEqualTo("3 of 3 selected");
        robot.clickOn("#occurrences-accept");
        waitUntil(() -> proposals(robot).getItems().isEmpty());
        assertThat(robot.lookup("#occurrences-message").queryLabeled().getText())
                .startsWith("Accepted 3: 3 spans made, 0 existing linked to «التحالف الدولي»");

        List<Span> made = linkedSpansOfCoalition();
        assertThat(made).extracting(Span::text).containsExactlyInAnyOrder("التحالف الدولي", "قوات التحالف", "للتحالف", "التحالف");
        assertThat(made).allSatisfy(s -> {
            assertThat(s.labelId()).isEqualTo("COALITION_IGO");
            assertThat(s.annotator()).isIn("tester", "amal");
        });
        // the open article's span list and highlights show the new spans at once
        waitUntil(() -> workbench.annotation().model().spanList().rows().size() == 2);
        assertThat(onFx(() -> workbench.annotation().model().spanList().rows().stream().map(SpanRow::span).map(Span::text).toList()))
                .containsExactly("التحالف الدولي", "قوات التحالف");

        // one undo step takes all three back; the span linked before stays linked
        robot.clickOn("#occurrences-undo");
        waitUntil(() -> workbench.annotation().model().spanList().rows().isEmpty());
        assertThat(linkedSpansOfCoalition()).extracting(Span::id).containsExactly(linkedSpan);
        assertThat(robot.lookup("#occurrences-message").queryLabeled().getText()).startsWith("Undone: annotate 3 occurrences");

        // found again, all four are back as proposals (nothing was left behind by the undo)
        robot.clickOn("#occurrences-find");
        waitUntil(() -> proposals(robot).getItems().size() == 4);
        onFx(() -> {
            ((Stage) proposals(robot).getScene().getWindow()).close();
            return null;
        });
    }

    private static List<Span> linkedSpansOfCoalition() {
        try (Library lib = SqliteLibrary.open(file, false)) {
            List<Span> all = lib.spans().listAll();
            var links = lib.registry().linksOf(all.stream().map(Span::id).toList());
            return all.stream().filter(s -> links.getOrDefault(s.id(), 0L) == coalition).toList();
        }
    }
}
