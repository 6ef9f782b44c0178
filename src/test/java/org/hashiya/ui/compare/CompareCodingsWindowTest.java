package org.hashiya.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.service.CodingService;
import org.hashiya.service.MergedCoders;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.hashiya.ui.Workbench;
import org.hashiya.ui.reader.ReadingPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison window of a library two coders' libraries were merged into shows each compared
 * coder's article coding beside their spans: the owner's (amal) is the library's own, omar's is
 * what the merge brought in; Arabic tags and note read right to left on one line, cut with an
 * ellipsis, the whole note in the tooltip. Settling the article leaves omar's coding as it was.
 */
@ExtendWith(ApplicationExtension.class)
class CompareCodingsWindowTest {
    static Path folder;
    static Path db;
    static long article;
    Workbench workbench;

    @BeforeAll
    static void library() throws Exception {
        folder = Files.createTempDirectory("hashiya-compare-codings");
        db = MergedCoders.create(folder);
        try (Library library = SqliteLibrary.open(db, false)) {
            article = library.articles().findIdBySha256(TextHash.sha256(MergedCoders.SHARED)).orElseThrow();
        }
    }

    @Start
    void start(Stage stage) {
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "amal", UserPreferences.of(user));
        workbench.openLibrary(db);
        workbench.show(stage);
        workbench.model().open(article, "");
    }

    private static List<ArticleCoding> mergedCodings() {
        try (Library library = SqliteLibrary.open(db, false)) {
            return new CodingService(library).codingsOf(article).orElseThrow().merged();
        }
    }

    private static Label label(Stage window, String id) {
        return onFx(() -> (Label) window.getScene().lookup(id));
    }

    /** What the label shows now: its text as laid out, ellipsis included. */
    private static String shown(Label label) {
        return onFx(() -> ((Text) label.lookup(".text")).getText());
    }

    @Test
    void eachCodersArticleCodingIsShownBesideTheirSpansAndAdjudicatingLeavesTheMergedOneAlone(FxRobot robot) {
        List<ArticleCoding> before = mergedCodings();
        robot.clickOn("Annotate").clickOn("Compare Coders…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage window = (Stage) robot.window(w -> w instanceof Stage s && s.getTitle().startsWith("Compare coders"))
                .getScene().getWindow();
        onFx(() -> {
            window.setWidth(1000);
            window.setHeight(760);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(window, "#compare-coding-a-facts").getText()).isEqualTo("A (amal): done · relevant");
        assertThat(label(window, "#compare-coding-a-source").getText()).startsWith("this library's own");
        Label aTags = label(window, "#compare-coding-a-tags");
        assertThat(aTags.getText()).isEqualTo("عراق");
        assertThat(onFx(aTags::getNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(label(window, "#compare-coding-a-note").getText()).isEqualTo("ملاحظتي");

        assertThat(label(window, "#compare-coding-b-facts").getText()).isEqualTo("B (omar): in_progress · not relevant");
        assertThat(label(window, "#compare-coding-b-source").getText()).matches("merged 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(label(window, "#compare-coding-b-tags").getText()).isEqualTo("غارة · موصل");
        Label note = label(window, "#compare-coding-b-note");
        assertThat(note.getText()).isEqualTo(MergedCoders.OMAR_NOTE.replace("\n", " "));
        assertThat(onFx(note::getNodeOrientation)).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(onFx(() -> note.getTooltip().getUserData())).isEqualTo(MergedCoders.OMAR_NOTE);
        // one line, cut with an ellipsis inside the side panel: never wider than it, no scroll bar
        assertThat(shown(note)).endsWith("…").isNotEqualTo(note.getText());
        Node panel = onFx(() -> window.getScene().lookup("#compare-codings"));
        double panelWidth = onFx(() -> panel.getLayoutBounds().getWidth());
        assertThat(onFx(note::getWidth)).isLessThanOrEqualTo(panelWidth);
        assertThat(onFx(() -> note.getHeight())).isLessThan(2 * onFx(() -> note.getFont().getSize()) + 8);
        assertThat(onFx(() -> panel.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.isVisible()).count())).isZero();

        // a coder whose coding the merge did not keep (the same as amal's) says so
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> coderB = (ChoiceBox<String>) window.getScene().lookup("#compare-coder-b");
            coderB.setValue("sami");
            return null;
        });
        robot.clickOn("#compare-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(window, "#compare-coding-b-facts").getText()).startsWith("B (sami): no article coding merged");
        assertThat(onFx(() -> window.getScene().lookup("#compare-coding-b-note"))).isNull();

        // back to omar; settle the only disagreement: the article becomes reviewed, omar's coding stays
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> coderB = (ChoiceBox<String>) window.getScene().lookup("#compare-coder-b");
            coderB.setValue("omar");
            return null;
        });
        robot.clickOn("#compare-start");
        WaitForAsyncUtils.waitForFxEvents();
        ReadingPane pane = onFx(() -> (ReadingPane) window.getScene().lookup("#compare-pane"));
        robot.clickOn(pane).type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(window, "#compare-summary").getText()).startsWith("1 of 1 disagreements settled")
                .endsWith("article reviewed");
        assertThat(label(window, "#compare-coding-a-facts").getText()).isEqualTo("A (amal): reviewed · relevant");
        assertThat(label(window, "#compare-coding-b-facts").getText()).isEqualTo("B (omar): in_progress · not relevant");
        assertThat(label(window, "#compare-coding-b-note").getText()).isEqualTo(MergedCoders.OMAR_NOTE.replace("\n", " "));
        assertThat(mergedCodings()).isEqualTo(before);
    }
}
