package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hashiya.EventLibraries;
import org.hashiya.domain.Event;
import org.hashiya.domain.Span;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review table's bulk delete of spans that take part in events, driven by the robot: Delete
 * asks first, saying how many events and roles; Cancel leaves everything; OK deletes spans, events
 * and role links; Ctrl+Z brings them all back.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewDeleteEventsTest {
    private Workbench workbench;
    private EventLibraries.Reports reports;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-review-delete");
        Path file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            reports = EventLibraries.reports(lib);
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }


    @SuppressWarnings("unchecked")
    private TableView<ReviewItem> table(FxRobot robot) {
        return robot.lookup("#review-table").queryAs(TableView.class);
    }

    private Library library() {
        return workbench.model().libraryProperty().get();
    }

    private List<Span> spans() {
        return onFx(() -> library().spans().listAll());
    }

    private List<Event> events() {
        return onFx(() -> {
            List<Event> all = new java.util.ArrayList<>(library().events().findByArticle(reports.attackArticle()));
            all.addAll(library().events().findByArticle(reports.arrestArticle()));
            return all;
        });
    }

    private DialogPane question(FxRobot robot) {
        waitUntil(() -> robot.lookup("#review-delete-confirm").tryQuery().isPresent());
        return robot.lookup("#review-delete-confirm").queryAs(DialogPane.class);
    }

    private boolean idle() {
        return !workbench.reviewModel().busyProperty().get();
    }

    @Test
    void deletingATriggerAndAFillerAsksFirstCancelKeepsAllOkDeletesAndCtrlZBringsBackSpansAndEvents(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> table(robot).isVisible() && table(robot).getItems() != null && table(robot).getItems().size() == 10
                && table(robot).getItems().get(0).row() != null);
        // the library's order: the attack's trigger «قصفت», then its Attacker «طائرات التحالف الدولي»
        assertThat(onFx(() -> List.of(table(robot).getItems().get(0).row().span().text(),
                table(robot).getItems().get(1).row().span().text()))).containsExactly("قصفت", "طائرات التحالف الدولي");
        List<Span> spansBefore = spans();
        List<Event> eventsBefore = events();

        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup("#review-table .table-row-cell").nth(1).queryAs(Node.class))
                .release(KeyCode.SHIFT);
        robot.push(KeyCode.DELETE);
        DialogPane asked = question(robot);
        // «قصفت» triggers the attack and fills About of the statement; «طائرات…» fills the attack's Attacker
        assertThat(asked.getContentText()).isEqualTo("Deleting 2 spans: they trigger 1 event, which goes with them;"
                + " they fill 2 roles in 2 events, links that go too. Delete them? Ctrl+Z brings back the spans, events"
                + " and links.");
        robot.clickOn(asked.lookupButton(ButtonType.CANCEL));
        waitUntil(() -> robot.lookup("#review-delete-confirm").tryQuery().isEmpty() && idle());
        assertThat(spans()).as("Cancel deletes nothing").isEqualTo(spansBefore);
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(onFx(() -> workbench.reviewModel().canUndoProperty().get())).isFalse();

        robot.clickOn("#review-delete");
        robot.clickOn(question(robot).lookupButton(ButtonType.OK));
        waitUntil(() -> workbench.reviewModel().canUndoProperty().get() && idle() && table(robot).getItems().size() == 8);
        assertThat(spans()).hasSize(spansBefore.size() - 2)
                .noneMatch(s -> s.text().equals("قصفت") || s.text().equals("طائرات التحالف الدولي"));
        assertThat(events()).extracting(Event::id).doesNotContain(reports.attack().id()).contains(reports.statement().id());
        assertThat(onFx(() -> library().events().find(reports.statement().id()).orElseThrow().arguments()))
                .as("the statement lost its About, kept its Speaker").extracting(a -> a.role()).containsExactly("Speaker");
        assertThat(robot.lookup("#review-message").queryLabeled().getText()).contains("Deleted 2 spans");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !workbench.reviewModel().canUndoProperty().get() && idle() && table(robot).getItems().size() == 10);
        assertThat(spans()).isEqualTo(spansBefore);
        assertThat(events()).as("the attack with its roles, and the statement's About, are back").isEqualTo(eventsBefore);
    }

    @Test
    void questionsSayHowManyInOneSpansWordsAndInAThousands() {
        assertThat(ReviewView.deleteQuestion(1, new org.hashiya.domain.EventLinkCounts(0, 1, 1)))
                .isEqualTo("Deleting 1 span: it fills 1 role in 1 event, a link that goes too. Delete it?"
                        + " Ctrl+Z brings back the spans, events and links.");
        assertThat(ReviewView.deleteQuestion(1_000_000, new org.hashiya.domain.EventLinkCounts(70_000, 190_000, 65_000)))
                .startsWith("Deleting 1,000,000 spans: they trigger 70,000 events, which go with them;"
                        + " they fill 190,000 roles in 65,000 events, links that go too. Delete them?");
    }
}
