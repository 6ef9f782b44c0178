package org.hashiya.ui.stats;

import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One chart with its "Save PNG…" and "Save CSV…" buttons; the chart is replaced on each count. */
final class ChartCard extends VBox {
    private final ChartId id;
    private final StatisticsViewModel model;
    private Chart chart;

    ChartCard(ChartId id, StatisticsViewModel model, SaveTarget target) {
        this.id = id;
        this.model = model;
        setId("stats-card-" + id.fileName());
        getStyleClass().add("stats-card");
        Button png = new Button("Save PNG…");
        png.setId("stats-png-" + id.fileName());
        png.setOnAction(e -> target.choose(id, "png").ifPresent(this::savePng));
        Button csv = new Button("Save CSV…");
        csv.setId("stats-csv-" + id.fileName());
        csv.setOnAction(e -> target.choose(id, "csv").ifPresent(file -> model.exportCsv(id, file)));
        HBox buttons = new HBox(6, png, csv);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("stats-card-buttons");
        getChildren().add(buttons);
    }

    void show(Chart newChart) {
        if (chart != null) {
            getChildren().remove(chart);
        }
        chart = newChart;
        getChildren().add(0, chart);
    }

    Chart chart() {
        return chart;
    }

    private void savePng(Path file) {
        try {
            ChartPng.write(chart, file);
            model.reportSaved(id, file, null);
        } catch (IOException e) {
            model.reportSaved(id, file, e);
        }
    }
}
