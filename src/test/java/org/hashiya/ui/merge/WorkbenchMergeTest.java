package org.hashiya.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hashiya.TestArticles;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Merge Library… brings a coder's library in: progress, then the summary, and the new article listed. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchMergeTest {
    private Workbench workbench;
    private Path theirs;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-merge-workbench");
        theirs = folder.resolve("عمر.db");
        try (Library lib = SqliteLibrary.open(theirs, true)) {
            new SchemaService(lib).ensureSchema();
            long id = TestArticles.add(lib, "سيطر الجيش على البلدة", "سيطر الجيش على البلدة بعد معارك عنيفة.");
            Span army = lib.spans().add(new NewSpan(id, "STATE_MIL", 5, 10, "الجيش", "عمر", "", Instant.now()));
            Span took = lib.spans().add(new NewSpan(id, "TERRITORY_CHANGE", 0, 4, "سيطر", "عمر", "", Instant.now()));
            lib.events().put(lib.events().add(id, took.id(), EventAttributes.NONE)
                    .withArgument(new EventArgument("Winner", army.id())));
            RegistryEntry entry = lib.registry().add(new ActorEntry(0, "الجيش", "", "STATE_MIL", List.of(), "", "", ""));
            lib.registry().link(army.id(), entry.id());
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", org.hashiya.service.UserPreferences.of(user));
        workbench.openLibrary(folder.resolve("lib.db"));
        workbench.setMergeChooser((owner, title) -> List.of(theirs));
        workbench.show(stage);
    }

    @Test
    void mergingShowsTheSummaryAndListsTheNewArticle(FxRobot robot) throws Exception {
        int before = workbench.model().list().visibleRows().size();
        robot.clickOn("File").clickOn("Merge Library…");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> summary = robot.lookup("#merge-summary").queryAs(ListView.class);
        assertThat(summary.getItems()).hasSize(1);
        assertThat(summary.getItems().get(0).toString())
                .startsWith("عمر.db (عمر): 1 new article, 0 already here; 2 spans added")
                .contains("1 event added, 0 already here, 1 event argument added")
                .contains("1 registry entry added, 0 already here, 1 span link to entries added");
        assertThat(robot.lookup("#merge-progress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#merge-close").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(workbench.model().list().visibleRows()).hasSize(before + 1);

        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Path shot = Path.of("target", "screenshots", "merge-dialog.png");
        Files.createDirectories(shot.getParent());
        WaitForAsyncUtils.asyncFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(summary.getScene().snapshot(null), null),
                "png", shot.toFile())).get();

        robot.clickOn("#merge-close");
        robot.clickOn("File").clickOn("Merge Library…");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> again = robot.lookup("#merge-summary").queryAs(ListView.class);
        assertThat(again.getItems()).last().asString().startsWith("Nothing new");
        assertThat(workbench.model().list().visibleRows()).hasSize(before + 1);
    }
}
