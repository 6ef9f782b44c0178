package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventRole;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Roles in the schema dialog, as a user edits them: pick the Attack label, add a role (repeatable,
 * actors only), see a bad filler and a repeated name refused with the reason, rename a role that
 * an event fills (the event keeps its filler under the new name), be refused removing it, and
 * remove an empty one; each change stored in the library at once.
 */
@ExtendWith(ApplicationExtension.class)
class RolesEditingTest {
    static final String TEXT = "قصفت الطائرات الروسية مواقع في حلب.";

    @TempDir
    static Path dir;
    Library library;
    long eventId;

    @Start
    void start(Stage owner) {
        library = SqliteLibrary.open(dir.resolve("roles-" + System.nanoTime() + ".hashiya"), true);
        new SchemaService(library).ensureSchema();
        long article = TestArticles.add(library, "حلب", TEXT);
        ArticleAnnotator a = new AnnotationService(library, "mona").open(article);
        long attack = a.createSpan("ATTACK", 0, 4).span().id();
        long planes = a.createSpan("STATE_MIL", 5, 5 + "الطائرات الروسية".length()).span().id();
        eventId = a.createEvent(attack).after().id();
        a.fillRole(eventId, "Attacker", planes);
        SchemaViewModel schemas = new SchemaViewModel();
        schemas.setLibrary(library);
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        new LabelsDialog(owner, schemas).show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<EventRole> storedRoles() {
        return library.labels().schema().eventType("ATTACK").orElseThrow().roles();
    }

    private String error(FxRobot robot) {
        return robot.lookup("#role-error").queryLabeled().getText();
    }

    private void pickRole(FxRobot robot, String name) {
        ListCell<?> cell = robot.lookup("#roles-list .list-cell").match(
                (ListCell<?> c) -> c.getText() != null && c.getText().startsWith(name + "  ")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeName(FxRobot robot, String name) {
        robot.doubleClickOn("#role-name").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(name);
    }

    @Test
    void addRefuseRenameAndRemoveRolesOfAnEventLabel(FxRobot robot) {
        TableCell<?, ?> attack = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "ATTACK".equals(c.getText())).query();
        robot.clickOn(attack);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#roles-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(6);
        assertThat(list.isDisabled()).isFalse();

        // a new role: optional, repeatable, actors only
        typeName(robot, "Sponsor");
        robot.clickOn("#role-repeatable");
        robot.clickOn("#role-fillers").write("actor");
        robot.clickOn("#role-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRoles()).last().isEqualTo(new EventRole("Sponsor", false, true, List.of("actor")));
        assertThat(robot.lookup("#role-message").queryLabeled().getText()).isEqualTo("Added role Sponsor* to ATTACK.");
        assertThat(list.getItems()).hasSize(7);

        // refused with the reason, nothing stored: an unknown filler, a name already there
        typeName(robot, "Funder");
        robot.doubleClickOn("#role-fillers").push(KeyCode.CONTROL, KeyCode.A).write("NOPE");
        robot.clickOn("#role-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error(robot)).isEqualTo("event type ATTACK: role Funder: filler 'NOPE' is neither a label id nor one of actor, event, place, time, other");
        typeName(robot, "attacker");
        robot.doubleClickOn("#role-fillers").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.clickOn("#role-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error(robot)).isEqualTo("event type ATTACK: role attacker is listed twice");
        assertThat(storedRoles()).hasSize(7);

        // rename a role an event fills, and make it required: the event follows
        pickRole(robot, "Attacker");
        assertThat(robot.lookup("#role-fillers").queryTextInputControl().getText()).isEqualTo("actor");
        typeName(robot, "Aggressor");
        robot.clickOn("#role-required");
        robot.clickOn("#role-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error(robot)).isEmpty();
        assertThat(storedRoles().get(0)).isEqualTo(new EventRole("Aggressor", true, true, List.of("actor")));
        Event event = library.events().find(eventId).orElseThrow();
        assertThat(event.arguments()).extracting(EventArgument::role).containsExactly("Aggressor");

        // a filled role is not removed; an empty one is
        robot.clickOn("#role-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error(robot)).isEqualTo("role Aggressor of ATTACK cannot be removed: 1 filler is in it; empty it in those events first");
        pickRole(robot, "Sponsor");
        robot.clickOn("#role-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedRoles()).extracting(EventRole::name).containsExactly("Aggressor", "Target", "Victim", "Instrument", "Place", "Time");

        // a label that is not an event label has no roles to edit
        TableCell<?, ?> army = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> "STATE_MIL".equals(c.getText())).query();
        robot.clickOn(army);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup("#role-add").queryButton().isDisabled()).isTrue();
    }
}
