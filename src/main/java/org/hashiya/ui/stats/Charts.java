package org.hashiya.ui.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Builds the statistics charts. Label and annotator names go on a vertical category axis (bars
 * run left to right), where each name is one short unwrapped line: JavaFX shapes such Arabic
 * correctly and reads it right to left, right-aligned against the axis. On a horizontal axis
 * long names would be turned on their side, so only short keys (kinds, statuses, buckets) go there.
 */
final class Charts {
    /** At most this many days get a symbol (and a tooltip) per point; beyond, lines only. */
    private static final int SYMBOLS_UP_TO_DAYS = 62;

    private Charts() {
    }

    /** Bars from left to right, categories top to bottom in reading order. */
    static BarChart<Number, String> horizontal(ChartId id, List<Bar> bars) {
        NumberAxis values = countAxis();
        CategoryAxis categories = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, categories);
        List<XYChart.Data<Number, String>> data = new ArrayList<>(bars.size());
        // a vertical category axis puts its first category at the bottom: add them last first
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar bar = bars.get(i);
            data.add(decorated(new XYChart.Data<>(bar.value(), bar.category()), bar));
        }
        chart.getData().add(new XYChart.Series<>(FXCollections.observableList(data)));
        chart.setPrefHeight(90 + 26.0 * bars.size());
        chart.setMinHeight(chart.getPrefHeight());
        return styled(chart, id);
    }

    /** Bars bottom to top, categories left to right. */
    static BarChart<String, Number> vertical(ChartId id, List<Bar> bars) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), countAxis());
        List<XYChart.Data<String, Number>> data = new ArrayList<>(bars.size());
        for (Bar bar : bars) {
            data.add(decorated(new XYChart.Data<>(bar.category(), bar.value()), bar));
        }
        chart.getData().add(new XYChart.Series<>(FXCollections.observableList(data)));
        chart.setPrefHeight(320);
        return styled(chart, id);
    }

    /** One line per annotator over the days; the x axis counts days and shows them as dates. */
    static LineChart<Number, Number> activity(ActivitySeries activity) {
        List<LocalDate> days = activity.days();
        NumberAxis time = new NumberAxis();
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        if (!days.isEmpty()) {
            long first = days.get(0).toEpochDay();
            long last = days.get(days.size() - 1).toEpochDay();
            time.setLowerBound(first == last ? first - 1 : first);
            time.setUpperBound(first == last ? last + 1 : last);
            long span = Math.max(1, last - first);
            time.setTickUnit(span <= 14 ? 1 : span <= 70 ? 7 : span <= 200 ? 14 : span <= 800 ? 30.5 : 91.3);
        }
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(Math.round(day.doubleValue())).toString();
            }

            @Override
            public Number fromString(String text) {
                return LocalDate.parse(text).toEpochDay();
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(time, countAxis());
        boolean symbols = days.size() <= SYMBOLS_UP_TO_DAYS;
        chart.setCreateSymbols(symbols);
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
        for (ActivitySeries.Line line : activity.annotators()) {
            String name = line.annotator().isEmpty() ? "(no name)" : line.annotator();
            List<XYChart.Data<Number, Number>> points = new ArrayList<>(days.size());
            for (int i = 0; i < days.size(); i++) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(days.get(i).toEpochDay(), line.counts()[i]);
                if (symbols) {
                    String tip = days.get(i) + "  " + name + ": " + ChartData.count(line.counts()[i]);
                    point.nodeProperty().addListener((obs, old, node) -> tip(node, tip));
                }
                points.add(point);
            }
            lines.add(new XYChart.Series<>(name, FXCollections.observableList(points)));
        }
        chart.getData().setAll(lines); // one change each: adding points one by one lays the chart out each time
        chart.setPrefHeight(380);
        chart.setLegendVisible(true);
        return styled(chart, ChartId.ACTIVITY);
    }

    private static <X, Y> XYChart.Data<X, Y> decorated(XYChart.Data<X, Y> data, Bar bar) {
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null && !bar.colour().isEmpty()) {
                node.setStyle("-fx-bar-fill: " + bar.colour() + ";"); // a label's own colour is data, not style
            }
            tip(node, bar.tip());
        });
        return data;
    }

    private static void tip(Node node, String text) {
        if (node != null) {
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(node, tip);
        }
    }

    /** Counts are whole numbers: ticks between them stay unlabelled. */
    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? ChartData.count((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        return axis;
    }

    private static <C extends XYChart<?, ?>> C styled(C chart, ChartId id) {
        chart.setTitle(id.title());
        chart.setAnimated(false);
        chart.getStyleClass().addAll("stats-chart", "stats-" + id.fileName());
        if (chart instanceof BarChart<?, ?> bars) {
            bars.setLegendVisible(false);
        }
        return chart;
    }
}
