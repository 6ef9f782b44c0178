package org.hashiya.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export… in the workbench, driven with the mouse: choose, count, export, and the file is there. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Path folder;
    private Workbench workbench;
    private final List<String> asked = new ArrayList<>();
    private Path target;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("hashiya-export-dialog");
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        Path library = ExportLibrary.create(folder.resolve("lib.db"));
        workbench = new Workbench(user, background, "tester", UserPreferences.of(user));
        workbench.openLibrary(library);
        target = folder.resolve("out").resolve("persons.csv");
        workbench.setExportTargets(new ExportTargets() {
            @Override
            public Optional<Path> choose(Window owner, ExportFormat format, String suggestedName) {
                return Optional.of(target);
            }

            @Override
            public boolean confirmReplace(Window owner, Path chosen, String question) {
                asked.add(question);
                return true;
            }
        });
        workbench.show(stage);
    }

    @AfterEach
    void stop() throws Exception {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void exportsTheSpansOfTheChosenLabelToACsvFile(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Export…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#format-spans-csv");
        waitForCount(robot, "6 spans will be written (from 3 chosen articles)");

        robot.clickOn(labelBox(robot, "PERSON"));
        waitForCount(robot, "2 spans will be written (from 2 chosen articles)");
        TableView<?> preview = robot.lookup("#export-preview-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> preview.isVisible() && preview.getItems().size() == 2));
        assertThat(robot.from(preview).lookup(".table-cell").queryAllAs(TableCell.class))
                .anyMatch(cell -> "محمد علي".equals(cell.getText())
                        && cell.getEffectiveNodeOrientation() == javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> message(robot).startsWith("Wrote")));

        assertThat(message(robot)).startsWith("Wrote 2 spans of 2 articles (spans-csv) to " + target);
        assertThat(onFx(() -> workbench.model().statusProperty().get())).isEqualTo(message(robot));
        assertThat(asked).isEmpty();
        List<CSVRecord> rows = csv(target);
        assertThat(rows).extracting(r -> r.get("label")).containsExactly("PERSON", "PERSON");
        assertThat(rows).extracting(r -> r.get("text")).containsExactly("محمد علي", "أحمد حسن");

        // again to the same file: the user is asked before it is replaced
        robot.clickOn(labelBox(robot, "LOCATION"));
        waitForCount(robot, "3 spans will be written (from 2 chosen articles)");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> message(robot).startsWith("Wrote 3 spans")));
        assertThat(asked).containsExactly(target + " already exists. Replace it?");
        assertThat(csv(target)).hasSize(3);
    }

    @Test
    void longArabicLabelNamesEndInAnEllipsisInsteadOfAHorizontalScrollBar(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> labels = robot.lookup("#export-labels").queryListView();
        onFx(() -> {
            labels.getScene().getWindow().setWidth(900); // narrow: long names no longer fit
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> longest = labelRow(robot, "COALITION_IGO");
        String arabic = onFx(() -> ((Text) longest.lookup(".first-name .text")).getText());
        String english = onFx(() -> ((Text) longest.lookup(".second-name .text")).getText());
        assertThat(arabic).isEqualTo("تحالف أو منظمة دولية");
        assertThat(english).startsWith("Coalition").endsWith("…");
        assertThat(onFx(() -> longest.getGraphic().getBoundsInParent().getMaxX())).isLessThanOrEqualTo(onFx(longest::getWidth));
        java.util.Set<ScrollBar> horizontalBars = robot.lookup("#export-labels .scroll-bar")
                .match((ScrollBar bar) -> bar.getOrientation() == Orientation.HORIZONTAL).queryAllAs(ScrollBar.class);
        assertThat(horizontalBars).noneMatch(ScrollBar::isVisible);
    }

    /** The tick box in the row of the label, scrolled into view. */
    private CheckBox labelBox(FxRobot robot, String labelId) {
        return (CheckBox) labelRow(robot, labelId).lookup(".check-box");
    }

    private ListCell<?> labelRow(FxRobot robot, String labelId) {
        ListView<?> labels = robot.lookup("#export-labels").queryListView();
        onFx(() -> {
            for (int i = 0; i < labels.getItems().size(); i++) {
                if (((Choice<?>) labels.getItems().get(i)).value().equals(labelId)) {
                    labels.scrollTo(i);
                    return i;
                }
            }
            throw new AssertionError("no label " + labelId);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(labels).lookup(".list-cell").match((ListCell<?> cell) -> cell.getItem() != null
                && ((Choice<?>) cell.getItem()).value().equals(labelId)).query();
    }

    private static void waitForCount(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#export-count").queryAs(Labeled.class).getText().equals(expected)));
    }

    private static String message(FxRobot robot) {
        return onFx(() -> robot.lookup("#export-message").queryAs(Labeled.class).getText());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
