package org.hashiya.ui.stats;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hashiya.domain.Statistics;

/**
 * The statistics window's content: a filter bar (annotator, from, to, Refresh) above the charts,
 * labels and kinds side by side, then annotators and statuses, the spans-per-article histogram and
 * the activity over time. Only wiring: the numbers come from {@link StatisticsViewModel}.
 */
public final class StatisticsView extends BorderPane {
    private final StatisticsViewModel model;
    private final Map<ChartId, ChartCard> cards = new EnumMap<>(ChartId.class);

    public StatisticsView(StatisticsViewModel model, SaveTarget target) {
        this.model = model;
        getStyleClass().add("stats-view");
        for (ChartId id : ChartId.values()) {
            cards.put(id, new ChartCard(id, model, target));
        }
        setTop(filterBar());
        setCenter(chartGrid());
        setBottom(statusLine());
        model.statisticsProperty().addListener((obs, old, now) -> redraw(now));
        redraw(model.statisticsProperty().get());
    }

    private HBox filterBar() {
        ComboBox<String> annotator = new ComboBox<>(model.annotatorChoices());
        annotator.setId("stats-annotator");
        annotator.setPromptText("All annotators");
        annotator.setButtonCell(new AnnotatorCell());
        annotator.valueProperty().bindBidirectional(model.annotatorProperty());
        Button everyone = new Button("All");
        everyone.setId("stats-all-annotators");
        everyone.setOnAction(e -> model.annotatorProperty().set(null));
        DatePicker from = datePicker("stats-from", model.fromProperty());
        DatePicker to = datePicker("stats-to", model.toProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("stats-refresh");
        refresh.setDefaultButton(true);
        refresh.setOnAction(e -> model.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("stats-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Label summary = new Label();
        summary.setId("stats-summary");
        summary.textProperty().bind(model.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Annotator"), annotator, everyone, new Label("From"), from,
                new Label("To"), to, refresh, busy, gap, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("stats-filter-bar");
        return bar;
    }

    private static DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> day) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText("YYYY-MM-DD");
        picker.setPrefWidth(130);
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        picker.valueProperty().bindBidirectional(day);
        return picker;
    }

    private ScrollPane chartGrid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("stats-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(cards.get(ChartId.LABELS), 0, 0, 1, 2);
        grid.add(cards.get(ChartId.KINDS), 1, 0);
        grid.add(cards.get(ChartId.STATUSES), 1, 1);
        grid.add(cards.get(ChartId.ANNOTATORS), 0, 2);
        grid.add(cards.get(ChartId.SPANS_PER_ARTICLE), 1, 2);
        grid.add(cards.get(ChartId.ACTIVITY), 0, 3, 2, 1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("stats-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Label statusLine() {
        Label message = new Label();
        message.setId("stats-message");
        message.getStyleClass().add("stats-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        return message;
    }

    private void redraw(Statistics statistics) {
        cards.get(ChartId.LABELS).show(Charts.horizontal(ChartId.LABELS, model.bars(ChartId.LABELS)));
        cards.get(ChartId.ANNOTATORS).show(Charts.horizontal(ChartId.ANNOTATORS, model.bars(ChartId.ANNOTATORS)));
        for (ChartId id : new ChartId[] {ChartId.KINDS, ChartId.STATUSES, ChartId.SPANS_PER_ARTICLE}) {
            cards.get(id).show(Charts.vertical(id, model.bars(id)));
        }
        cards.get(ChartId.ACTIVITY).show(Charts.activity(model.activity()));
    }

    /** The chart a card shows now (for tests and saving). */
    javafx.scene.chart.Chart chart(ChartId id) {
        return cards.get(id).chart();
    }

    /** Shows "All annotators" when no one is chosen. */
    private static final class AnnotatorCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "All annotators" : item);
        }
    }
}
