package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
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

@ExtendWith(ApplicationExtension.class)
class LabelsDialogTest {
    @TempDir
    static Path dir;
    Library library;
    SchemaViewModel schemas;
    final AtomicReference<Stage> dialog = new AtomicReference<>();

    @Start
    void start(Stage owner) {
        library = SqliteLibrary.open(dir.resolve("dialog-" + System.nanoTime() + ".hashiya"), true);
        new SchemaService(library).ensureSchema();
        schemas = new SchemaViewModel();
        schemas.setLibrary(library);
        owner.setScene(new Scene(new StackPane(), 200, 100));
        owner.show();
        dialog.set(new LabelsDialog(owner, schemas).show());
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void addingALabelThroughTheFormStoresItInTheLibrary(FxRobot robot) {
        robot.clickOn("#new-id").write("siege");
        robot.clickOn("#new-arabic-name").write("حصار");
        robot.clickOn("#new-english-name").write("Siege");
        robot.clickOn("#new-shortcut").write("z");
        robot.clickOn("#labels-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.labels().schema().byId("SIEGE")).contains(
                new SpanLabel("SIEGE", "حصار", "Siege", LabelKind.ACTOR, "#ffd54f", "z", 21, false));
        assertThat(schemas.schema().byShortcut("z")).map(SpanLabel::id).contains("SIEGE");
        assertThat(robot.lookup("#labels-message").queryLabeled().getText()).isEqualTo("Added SIEGE.");
    }

    @Test
    void renamingTheSelectedLabelAndATakenShortcutIsRefusedNextToTheField(FxRobot robot) {
        TableCell<?, ?> cell = robot.lookup(".table-cell").match(
                (TableCell<?, ?> c) -> "STATE_MIL".equals(c.getText())).query();
        robot.clickOn(cell);
        robot.doubleClickOn("#edit-english-name").push(KeyCode.CONTROL, KeyCode.A).write("Regular army").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.labels().schema().byId("STATE_MIL").orElseThrow().englishName()).isEqualTo("Regular army");

        robot.doubleClickOn("#edit-shortcut").push(KeyCode.CONTROL, KeyCode.A).write("1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label error = robot.lookup("#edit-shortcut-error").queryAs(javafx.scene.control.Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Key 1 is already the shortcut of STATE_GOV (Government)");
        assertThat(library.labels().schema().byId("STATE_MIL").orElseThrow().shortcut()).isEqualTo("2");
    }

    @Test
    void altDownMovesTheSelectedLabelOnePlaceDownInTheStore(FxRobot robot) {
        TableCell<?, ?> cell = robot.lookup(".table-cell").match(
                (TableCell<?, ?> c) -> "STATE_GOV".equals(c.getText())).query();
        robot.clickOn(cell).press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(library.labels().schema().labels()).extracting(SpanLabel::id).startsWith("STATE_MIL", "STATE_GOV");
        assertThat(robot.lookup("#labels-message").queryLabeled().getText()).isEqualTo("Moved STATE_GOV to place 2.");
    }
}
