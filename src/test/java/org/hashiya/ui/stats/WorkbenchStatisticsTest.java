package org.hashiya.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.export.ExportFixture;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Statistics… opens the statistics window over the workbench's library, counted. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStatisticsTest {
    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-stats-workbench");
        Path db = folder.resolve("lib.db");
        ExportFixture.create(db).library.close();
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        Workbench workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(db);
        workbench.show(stage);
    }

    @Test
    void theViewMenuOpensTheStatisticsWindow(FxRobot robot) {
        robot.clickOn("View").clickOn("Statistics…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stats-summary").queryAs(Label.class).getText()).isEqualTo("7 spans in 3 articles");
        assertThat(robot.window("Statistics — إحصاءات").isShowing()).isTrue();
    }
}
