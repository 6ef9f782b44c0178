package org.hashiya.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hashiya.domain.Span;
import org.hashiya.service.ComparisonKind;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.hashiya.ui.reader.Highlight;
import org.hashiya.ui.reader.ReadingPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main path: Annotate ▸ Compare Coders… on the open article, step, take A's version, undo. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
    static Path folder;
    static Path db;
    static long article;
    Workbench workbench;

    /** The library is made before the toolkit starts, so a loaded machine does not run TestFX's setup past its time limit. */
    @BeforeAll
    static void library() throws Exception {
        folder = Files.createTempDirectory("hashiya-compare");
        db = folder.resolve("lib.db");
        CompareFixture fixture = CompareFixture.create(db);
        article = fixture.article;
        fixture.library.close();
    }

    @Start
    void start(Stage stage) {
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(db);
        workbench.show(stage);
        workbench.model().open(article, "");
    }

    private List<Span> gold() {
        try (Library library = SqliteLibrary.open(db, false)) {
            return library.spans().findByArticle(article).stream().filter(s -> s.annotator().equals("gold")).toList();
        }
    }

    private String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void comparesStepsTakesAVersionAndUndoes(FxRobot robot) {
        robot.clickOn("Annotate").clickOn("Compare Coders…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage window = (Stage) robot.window(w -> w instanceof Stage s && s.getTitle().startsWith("Compare coders")).getScene().getWindow();
        ReadingPane pane = onFx(() -> (ReadingPane) window.getScene().lookup("#compare-pane"));
        assertThat(text(robot, "#compare-current-kind")).isEqualTo("1 of 3 · " + ComparisonKind.OTHER_LABEL.description());
        assertThat(onFx(pane::getHighlights)).extracting(Highlight::styleClass)
                .contains("compare-agreement", "compare-coder-b compare-overlap");

        // the style classes reach the painted shapes, and compare.css styles them
        javafx.scene.shape.Path current = onFx(() -> (javafx.scene.shape.Path) pane.lookupAll(".highlight.compare-current")
                .iterator().next());
        assertThat(onFx(current::getStrokeWidth)).isEqualTo(3.2);
        assertThat(onFx(() -> pane.lookupAll(".highlight.compare-coder-b").stream()
                .anyMatch(n -> !((javafx.scene.shape.Path) n).getStrokeDashArray().isEmpty()))).isTrue();

        robot.clickOn(pane).type(KeyCode.N);
        assertThat(text(robot, "#compare-current-kind")).isEqualTo("2 of 3 · " + ComparisonKind.OVERLAP.description());
        assertThat(text(robot, "#compare-current-text")).isEqualTo("شن هجوما");

        robot.type(KeyCode.A);
        assertThat(gold()).extracting(Span::text).containsExactly("هجوما");
        assertThat(onFx(pane::getHighlights)).extracting(Highlight::styleClass).contains("compare-gold");
        assertThat(text(robot, "#compare-summary")).startsWith("1 of 3 disagreements settled");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gold()).isEmpty();
        assertThat(text(robot, "#compare-summary")).startsWith("0 of 3 disagreements settled");
        assertThat(text(robot, "#compare-current-kind")).isEqualTo("2 of 3 · " + ComparisonKind.OVERLAP.description());
        assertThat(onFx(pane::getHighlights)).extracting(Highlight::styleClass).doesNotContain("compare-gold");
    }
}
