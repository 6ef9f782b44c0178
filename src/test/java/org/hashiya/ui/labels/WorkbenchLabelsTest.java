package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.service.UserFolders;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench's Annotate ▸ Labels… opens the schema dialog, and its edits reach the shared schema. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLabelsTest {
    private Workbench workbench;
    private final List<LabelSchema> heard = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-labels-workbench");
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", org.hashiya.service.UserPreferences.of(user));
        workbench.openLibrary(folder.resolve("lib.db"));
        workbench.schemas().schemaProperty().addListener((obs, old, schema) -> heard.add(schema));
        workbench.show(stage);
    }

    @Test
    void theAnnotateMenuOpensTheLabelsDialogAndAShortcutChangeIsHeardByTheWorkbench(FxRobot robot) {
        assertThat(workbench.schemas().schema().labels()).hasSize(21);
        robot.clickOn("Annotate").clickOn("Labels…");
        WaitForAsyncUtils.waitForFxEvents();

        TableCell<?, ?> cell = robot.lookup(".table-cell").match(
                (TableCell<?, ?> c) -> "PERSON".equals(c.getText())).query();
        robot.clickOn(cell);
        robot.doubleClickOn("#edit-shortcut").push(KeyCode.CONTROL, KeyCode.A).write("p").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workbench.schemas().schema().byShortcut("p")).map(SpanLabel::id).contains("PERSON");
        assertThat(heard).last().extracting(s -> s.byId("PERSON").orElseThrow().shortcut()).isEqualTo("p");
        assertThat(workbench.model().libraryProperty().get().labels().schema().byShortcut("p")).map(SpanLabel::id).contains("PERSON");
    }
}
