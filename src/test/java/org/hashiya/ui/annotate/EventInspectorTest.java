package org.hashiya.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.domain.Article;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.ReadingPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event inspector's main path with the robot: make an event, fill a role with Alt+1 and a click, undo. */
@ExtendWith(ApplicationExtension.class)
class EventInspectorTest {
    static final String TEXT = "اجتماع في واشنطن\nعقدت الولايات المتحدة اجتماعا رفيع المستوى مع دول التحالف الدولي في العاصمة واشنطن.";

    private Library library;
    private Article article;
    private ReadingPane pane;
    private AnnotationWorkbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("hashiya-events").resolve("lib.db");
        library = SqliteLibrary.open(file, true);
        new SchemaService(library).ensureSchema();
        article = library.articles().find(TestArticles.add(library, "واشنطن", TEXT)).orElseThrow();
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        workbench = new AnnotationWorkbench(pane, "mona", m -> { }, (id, status) -> { });
        workbench.show(library, article);
        HBox.setHgrow(pane, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(pane, workbench.panel()), 1000, 700));
        stage.show();
    }

    @AfterEach
    void closeLibrary() {
        onFx(() -> {
            workbench.show(null, null);
            library.close();
            return null;
        });
    }

    @Test
    void anEventIsMadeOnItsTriggerARoleFilledWithAltDigitAndAClickAndUndone(FxRobot robot) {
        robot.moveTo(screen(at("الولايات"))).press(MouseButton.PRIMARY).moveTo(screen(at("المتحدة") + 3)).release(MouseButton.PRIMARY);
        robot.type(KeyCode.DIGIT1);                                   // Government: «الولايات المتحدة»
        robot.sleep(600);
        robot.moveTo(screen(at("اجتماعا") + 2)).doubleClickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.B);                                        // Meeting: «اجتماعا»
        robot.clickOn("#event-create");
        List<Event> events = library.events().findByArticle(article.id());
        assertThat(events).hasSize(1);
        assertThat(texts(robot.lookup("#event-roles").query())).contains("Participant+", "required, empty");
        // the number a coder types to link another event with this one, whole in the title
        javafx.scene.control.Label title = robot.lookup("#event-title").queryAs(javafx.scene.control.Label.class);
        assertThat(onFx(title::getText)).isEqualTo("Event #" + events.get(0).id());
        assertThat(onFx(() -> title.isVisible() && title.getWidth() >= title.prefWidth(-1) - 0.5)).as("not cut").isTrue();

        robot.sleep(600);
        robot.moveTo(screen(at("اجتماعا") + 3)).clickOn(MouseButton.PRIMARY); // back to the pane, the trigger picked
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);  // Participant
        assertThat(onFx(() -> workbench.model().events().armedRoleProperty().get())).isEqualTo("Participant");
        robot.sleep(600);
        robot.moveTo(screen(at("المتحدة") + 2)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        long filler = library.spans().findByArticle(article.id()).stream()
                .filter(s -> s.text().equals("الولايات المتحدة")).findFirst().orElseThrow().id();
        assertThat(library.events().find(events.get(0).id()).orElseThrow().arguments())
                .containsExactly(new EventArgument("Participant", filler));
        assertThat(texts(robot.lookup("#event-roles").query())).contains("الولايات المتحدة").doesNotContain("required, empty");
        assertThat(onFx(() -> workbench.model().selection().selectedSpanProperty().get().text())).isEqualTo("اجتماعا");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.events().find(events.get(0).id()).orElseThrow().arguments()).isEmpty();
        assertThat(texts(robot.lookup("#event-roles").query())).contains("required, empty").doesNotContain("الولايات المتحدة");
    }

    private static List<String> texts(Node root) {
        return onFx(() -> {
            List<String> found = new java.util.ArrayList<>();
            collect(root, found);
            return found;
        });
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled l && !l.getText().isEmpty()) {
            found.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, found));
        }
    }

    private static int at(String part) {
        int i = TEXT.indexOf(part, TEXT.indexOf('\n'));
        assertThat(i).as(part).isPositive();
        return i;
    }

    private Point2D screen(int offset) {
        return onFx(() -> {
            Bounds b = pane.characterBoundsInScene(offset).orElseThrow();
            return pane.localToScreen(pane.sceneToLocal(b.getCenterX(), b.getCenterY()));
        });
    }
}
