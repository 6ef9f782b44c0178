package org.hashiya.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hashiya.service.export.ExportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The statistics view's main path with real clicks: the export fixture counted and charted, one
 * annotator chosen, a chart saved as PNG and another's numbers as CSV.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {
    private ExportFixture fixture;
    private StatisticsView view;
    private Path saved;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("hashiya-stats-view");
        saved = dir.resolve("saved");
        Files.createDirectories(saved);
        fixture = ExportFixture.create(dir.resolve("lib.db"));
        StatisticsViewModel model = new StatisticsViewModel(Runnable::run, Platform::runLater);
        view = new StatisticsView(model, (chart, extension) -> Optional.of(saved.resolve(chart.fileName() + "." + extension)));
        Scene scene = new Scene(view, 1280, 900);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(getClass().getResource("/org/hashiya/ui/main.css")).toExternalForm(),
                Objects.requireNonNull(StatisticsView.class.getResource("statistics.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.setLibrary(fixture.library);
    }

    @AfterEach
    void close() {
        fixture.library.close();
    }

    @Test
    void countsChartsFiltersAndSavesPictureAndNumbers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stats-summary").queryAs(Label.class).getText()).isEqualTo("7 spans in 3 articles");
        // the label chart: every label of the schema, the first at the top, its Arabic name drawn as one text
        Chart labels = onFx(() -> view.chart(ChartId.LABELS));
        List<String> categories = onFx(() -> categories(labels));
        assertThat(categories).hasSize(21).endsWith("جهة حكومية"); // a vertical axis lists bottom up
        assertThat(onFx(() -> texts(labels))).contains("جهة حكومية", "وسيلة إعلام أو منظمة غير حكومية");

        robot.clickOn("#stats-annotator");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> "omar".equals(cell.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stats-summary").queryAs(Label.class).getText())
                .isEqualTo("2 spans in 1 article (filtered)");

        robot.clickOn("#stats-png-spans-per-label");
        Path png = saved.resolve("spans-per-label.png");
        BufferedImage image = ImageIO.read(png.toFile());
        double chartWidth = onFx(() -> view.chart(ChartId.LABELS).getWidth());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chartWidth * ChartPng.SCALE));
        assertThat(robot.lookup("#stats-message").queryAs(Label.class).getText())
                .isEqualTo("Saved the spans per label chart to " + png);

        // the annotators are further down; Monocle's robot delivers no wheel events, so scroll as the wheel would
        onFx(() -> {
            ((javafx.scene.control.ScrollPane) robot.lookup("#stats-scroll").query()).setVvalue(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#stats-csv-spans-per-annotator");
        assertThat(Files.readString(saved.resolve("spans-per-annotator.csv"), StandardCharsets.UTF_8))
                .isEqualTo("annotator,spans\r\nomar,2\r\n");

        robot.clickOn("#stats-all-annotators");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stats-summary").queryAs(Label.class).getText()).isEqualTo("7 spans in 3 articles");
    }

    @SuppressWarnings("unchecked")
    private static List<String> categories(Chart chart) {
        XYChart<Number, String> bars = (XYChart<Number, String>) chart;
        return bars.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    /** Every text drawn under {@code node}, tick labels included. */
    private static List<String> texts(Node node) {
        List<String> texts = new java.util.ArrayList<>();
        if (node instanceof Text text && text.isVisible()) {
            texts.add(text.getText());
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(texts(child)));
        }
        return texts;
    }
}
