package org.hashiya.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hashiya.service.UserFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The assembled workbench, as a user meets it: a library opened, an article picked and read. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {
    static final String FIRST = "واشنطن تدعو دول التحالف\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار.";
    static final String SECOND = "داعش يتمدد في غرب أفريقيا\nقالت مصادر محلية إن 80 مقاتلا من NATO وصلوا.";

    static Path folder;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("hashiya-workbench-test");
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("b.txt"), SECOND, StandardCharsets.UTF_8);
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", org.hashiya.service.UserPreferences.of(user));
        workbench.openLibrary(folder.resolve("lib.db"));
        workbench.imports().start(java.util.List.of(articles));
        workbench.show(stage);
    }


    @Test
    void anImportedLibraryListsItsArticlesAndPickingOneShowsItRightToLeft(FxRobot robot) {
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(2);
        assertThat(onFx(() -> workbench.readingPane().getArticle())).isEqualTo(FIRST);

        robot.clickOn("داعش يتمدد في غرب أفريقيا");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.readingPane().getArticle())).isEqualTo(SECOND);
        assertThat(onFx(() -> workbench.model().metadata().titleProperty().get())).isEqualTo("داعش يتمدد في غرب أفريقيا");

        double paneRight = onFx(() -> workbench.readingPane().localToScene(workbench.readingPane().getLayoutBounds()).getMaxX());
        Bounds firstWord = onFx(() -> workbench.readingPane().characterBoundsInScene(0).orElseThrow());
        Bounds laterWord = onFx(() -> workbench.readingPane().characterBoundsInScene(SECOND.indexOf("غرب")).orElseThrow());
        assertThat(firstWord.getMaxX()).isGreaterThan(paneRight - 60);
        assertThat(laterWord.getMaxX()).isLessThan(firstWord.getMinX());
    }

    @Test
    void theTitleFilterNarrowsTheList(FxRobot robot) {
        robot.clickOn("#library-filter").write("افريقيا");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(1);
    }

    @Test
    void editedMetadataIsSavedToTheLibrary(FxRobot robot) {
        robot.clickOn("#metadata-source").write("الشرق الأوسط");
        robot.clickOn("#metadata-save");
        WaitForAsyncUtils.waitForFxEvents();
        long id = onFx(() -> workbench.model().openArticleProperty().get().id());
        String stored = onFx(() -> workbench.model().libraryProperty().get().articles().find(id).orElseThrow().metadata().source());
        assertThat(stored).isEqualTo("الشرق الأوسط");
    }

    @Test
    void anImportWithRefusedFilesNamesThemInADialog(FxRobot robot) throws Exception {
        Path more = Files.createDirectories(folder.resolve("more"));
        Files.writeString(more.resolve("blank.txt"), "   \n\n", StandardCharsets.UTF_8);
        Files.writeString(more.resolve("again.txt"), FIRST, StandardCharsets.UTF_8);
        onFx(() -> {
            workbench.imports().start(java.util.List.of(more));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea details = robot.lookup(".import-problems").queryAs(javafx.scene.control.TextArea.class);
        assertThat(details.getText()).contains("blank.txt").contains("again.txt");
        assertThat(onFx(() -> workbench.model().statusProperty().get())).contains("1 refused").contains("1 already in the library");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

}
