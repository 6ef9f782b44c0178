package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hashiya.EventLibraries;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review view's events mode in the assembled workbench, driven by the robot: Ctrl+2, Alt+E,
 * filter by a filler's word, open the event (its trigger picked, the inspector on its event) and
 * come back to the same filter; and how the roles cell reads.
 */
@ExtendWith(ApplicationExtension.class)
class EventReviewViewTest {
    private static Path built;
    private static EventLibraries.Reports reports;
    private static long incident;
    private Workbench workbench;

    /** The library is made once, outside the window's set-up (which TestFX times). */
    @BeforeAll
    static void library() throws Exception {
        built = Files.createTempDirectory("hashiya-event-review-lib").resolve("lib.db");
        try (Library lib = SqliteLibrary.open(built, true)) {
            reports = EventLibraries.reports(lib);
            // the attack (first article) and the arrest (second) reported as one real-world incident
            incident = lib.events().newIncident(java.time.Instant.parse("2026-11-21T00:00:00Z"));
            lib.events().put(reports.attack().withIncident(incident));
            lib.events().put(lib.events().find(reports.arrest().id()).orElseThrow().withIncident(incident));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-event-review-view");
        Path file = folder.resolve("lib.db");
        Files.copy(built, file);
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }


    @SuppressWarnings("unchecked")
    private TableView<PagedItem<EventReviewRow>> table(FxRobot robot) {
        return robot.lookup("#review-events-table").queryAs(TableView.class);
    }

    private boolean shows(FxRobot robot, int rows) {
        TableView<PagedItem<EventReviewRow>> t = table(robot);
        return t.isVisible() && t.getScene() != null && t.getItems() != null && t.getItems().size() == rows
                && (rows == 0 || t.getItems().get(0).row() != null);
    }

    private void toEvents(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ALT, KeyCode.E);
        waitUntil(() -> robot.lookup("#review-events-table").tryQuery().isPresent() && shows(robot, 4));
    }

    @Test
    void aFillersWordFindsItsEventWhichOpensWithItsTriggerPickedAndTheFilterStaysOnReturn(FxRobot robot) {
        toEvents(robot);
        assertThat(robot.lookup("#review-events-count").queryLabeled().getText()).isEqualTo("4 events");

        robot.clickOn("#review-search").write("الحديدة"); // in the attack's Place, not in any trigger
        waitUntil(() -> shows(robot, 1));
        assertThat(onFx(() -> table(robot).getItems().get(0).row().event().id())).isEqualTo(reports.attack().id());

        Node row = robot.lookup("#review-events-table .table-row-cell").nth(0).query();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
        waitUntil(() -> workbench.annotation().model().events().currentProperty().get() != null);
        assertThat(onFx(() -> workbench.annotation().model().selection().selectedSpanProperty().get().text()))
                .isEqualTo("قصفت");
        assertThat(onFx(() -> workbench.annotation().model().events().currentProperty().get().id()))
                .as("the event inspector shows the opened event").isEqualTo(reports.attack().id());
        assertThat(onFx(() -> workbench.readingPane().getArticle())).isEqualTo(EventLibraries.ATTACK_REPORT);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> shows(robot, 1));
        assertThat(robot.lookup("#review-search").queryTextInputControl().getText()).isEqualTo("الحديدة");
        assertThat(onFx(() -> workbench.reviewView().isShowingEvents())).as("still in events mode").isTrue();

        robot.clickOn("#review-search").eraseText(7);
        waitUntil(() -> shows(robot, 4));
        robot.clickOn("#review-events-missing");
        waitUntil(() -> shows(robot, 2));
        assertThat(onFx(() -> List.of(table(robot).getItems().get(0).row().missingRoles(),
                table(robot).getItems().get(1).row().missingRoles())))
                .containsExactly(List.of("Detainee"), List.of("Participant"));

        robot.clickOn("#review-mode-spans");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.reviewView().isShowingEvents())).isFalse();
        robot.push(KeyCode.ALT, KeyCode.E);
        waitUntil(() -> workbench.reviewView().isShowingEvents());
        robot.push(KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#review-table").query().isVisible()).isTrue();
        assertThat(onFx(() -> workbench.reviewView().isShowingEvents())).isFalse();
    }

    @Test
    void rolesReadRightToLeftEachPartInItsOwnDirectionCutAtTheEndWithoutAHorizontalScrollBar(FxRobot robot) {
        toEvents(robot);
        TableCell<?, ?> cell = onFx(() -> table(robot).lookupAll(".table-cell").stream()
                .filter(n -> n instanceof EventCells.Roles c && c.getIndex() == 0)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
        List<javafx.scene.control.Label> parts = ((EventCells.Roles) cell).line().parts();
        assertThat(parts).extracting(javafx.scene.control.Label::getText)
                .containsExactly("Attacker", "طائرات التحالف الدولي", "Target", "جماعة الحوثي", "Place", "مدينة الحديدة");
        assertThat(parts.get(0).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(parts.get(1).getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        Bounds cellBox = onFx(() -> cell.localToScene(cell.getLayoutBounds()));
        Bounds first = onFx(() -> parts.get(0).localToScene(parts.get(0).getLayoutBounds()));
        Bounds second = onFx(() -> parts.get(1).localToScene(parts.get(1).getLayoutBounds()));
        assertThat(cellBox.getMaxX() - first.getMaxX()).as("the first role starts at the right edge").isLessThan(12);
        assertThat(second.getMaxX()).as("its fillers follow to its left").isLessThanOrEqualTo(first.getMinX());

        // narrow the roles column: the line is cut at its end (the left) and never wider than its cell
        javafx.scene.control.TableColumn<?, ?> roles = onFx(() -> table(robot).getColumns().stream()
                .filter(c -> "events-column-roles".equals(c.getId())).findFirst().orElseThrow());
        onFx(() -> {
            roles.setPrefWidth(150);
            table(robot).refresh();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> narrow = onFx(() -> table(robot).lookupAll(".table-cell").stream()
                .filter(n -> n instanceof EventCells.Roles c && c.getIndex() == 0)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
        Bounds narrowBox = onFx(() -> narrow.localToScene(narrow.getLayoutBounds()));
        List<javafx.scene.control.Label> shown = ((EventCells.Roles) narrow).line().parts();
        for (javafx.scene.control.Label part : shown) {
            Bounds b = onFx(() -> part.localToScene(part.getLayoutBounds()));
            if (onFx(part::isVisible) && b.getWidth() > 0) {
                assertThat(b.getMinX()).as(part.getText()).isGreaterThanOrEqualTo(narrowBox.getMinX() - 0.5);
            }
        }
        ScrollBar horizontal = onFx(() -> table(robot).lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .map(n -> (ScrollBar) n).findFirst().orElse(null));
        assertThat(horizontal == null || !horizontal.isVisible()).as("no horizontal scroll bar").isTrue();
    }

    private TableCell<?, ?> cellOf(FxRobot robot, String columnId, int row) {
        return onFx(() -> table(robot).lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == row)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
    }

    private List<Long> shownIds(FxRobot robot) {
        return onFx(() -> table(robot).getItems().stream().map(i -> i.row().event().id()).toList());
    }

    @Test
    void eachRowShowsItsEventAndIncidentNumbersAndADoubleClickOnTheIncidentListsItsEventsUntilEscape(FxRobot robot) {
        toEvents(robot);
        assertThat(onFx(() -> table(robot).getColumns().stream().map(c -> c.getText()).toList()))
                .startsWith("Event", "Incident", "Type", "Trigger in context");
        // the library's order: attack, statement (first article), arrest, meeting
        assertThat(((javafx.scene.control.Labeled) cellOf(robot, "events-column-id", 0)).getText())
                .isEqualTo(Long.toString(reports.attack().id()));
        assertThat(((javafx.scene.control.Labeled) cellOf(robot, "events-column-incident", 0)).getText())
                .isEqualTo(Long.toString(incident));
        assertThat(((javafx.scene.control.Labeled) cellOf(robot, "events-column-incident", 1)).getText())
                .as("the statement is in no incident").isEmpty();

        robot.doubleClickOn(cellOf(robot, "events-column-incident", 0), MouseButton.PRIMARY);
        waitUntil(() -> shows(robot, 2));
        assertThat(shownIds(robot)).containsExactly(reports.attack().id(), reports.arrest().id());
        assertThat(robot.lookup("#review-events-incident").queryLabeled().getText()).isEqualTo("Incident " + incident + " only");
        assertThat(robot.lookup("#review-events-count").queryLabeled().getText()).isEqualTo("2 events");
        assertThat(onFx(() -> workbench.annotation().model().events().currentProperty().get()))
                .as("the double click on the incident opened nothing").isNull();

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> shows(robot, 4));
        assertThat(onFx(() -> robot.lookup("#review-events-incident").query().getParent().isVisible())).isFalse();

        // both sort in the library: by incident, down, the incident's events first
        Node header = robot.lookup(".column-header").match(n -> "events-column-incident".equals(n.getId())).queryAs(Node.class);
        robot.clickOn(header);
        waitUntil(() -> workbench.eventReviewModel().sortProperty().get().column()
                == org.hashiya.domain.EventReviewSort.Column.INCIDENT && shows(robot, 4));
        assertThat(shownIds(robot)).startsWith(reports.statement().id(), reports.meeting().id()); // in none: 0
        assertThat(onFx(() -> table(robot).getSortOrder()).size()).as("the header still shows the order").isEqualTo(1);
        robot.sleep(600); // not a double click
        robot.clickOn(header);
        waitUntil(() -> workbench.eventReviewModel().sortProperty().get().descending() && shows(robot, 4));
        assertThat(onFx(() -> workbench.eventReviewModel().sortProperty().get().column()))
                .isEqualTo(org.hashiya.domain.EventReviewSort.Column.INCIDENT);
        assertThat(shownIds(robot)).startsWith(reports.arrest().id(), reports.attack().id());

        // the context menu on the arrest (first now) does the same; All events goes back
        TableCell<?, ?> arrestCell = cellOf(robot, "events-column-article", 0);
        robot.rightClickOn(arrestCell); // picks the row; Monocle sends no context-menu request, so it is sent here
        onFx(() -> {
            Bounds b = arrestCell.localToScreen(arrestCell.getLayoutBounds());
            javafx.event.Event.fireEvent(arrestCell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5, false, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Show the events of incident " + incident);
        waitUntil(() -> shows(robot, 2));
        assertThat(shownIds(robot)).containsExactly(reports.arrest().id(), reports.attack().id());
        robot.clickOn("#review-events-all");
        waitUntil(() -> shows(robot, 4));
    }
}
