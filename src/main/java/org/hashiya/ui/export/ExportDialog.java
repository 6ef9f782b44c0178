package org.hashiya.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.service.export.ExportFormat;

/**
 * File ▸ Export…: the format, the filters, the Excel option, a live count and a preview of the
 * first rows; then a file (or folder) chooser, and the export in the background with progress and
 * Cancel, ending with a summary. Only wiring; the state lives in {@link ExportViewModel}.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final ExportTargets targets;
    private final Stage stage = new Stage();

    public ExportDialog(Window owner, ExportViewModel model, ExportTargets targets) {
        this.model = model;
        this.targets = targets;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export — تصدير");
        Scene scene = new Scene(build(), 1120, 720); // fits a 1280x800 or 1366x768 screen
        scene.getStylesheets().add(stylesheet("/org/hashiya/ui/main.css"));
        scene.getStylesheets().add(stylesheet("export.css"));
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> model.cancel()); // closing mid-way cancels; the status line says so
    }

    /**
     * File ▸ Export… (Ctrl+E): a new dialog over {@code owner} each time, for the library open then;
     * the caller disables the item while no library is open.
     */
    public static MenuItem menuItem(Supplier<Window> owner, Supplier<ExportViewModel> models, Supplier<ExportTargets> targets) {
        MenuItem item = new MenuItem("Export…");
        item.setId("menu-export");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        ExportFormat[] lastFormat = {ExportFormat.SPANS_CSV};
        item.setOnAction(e -> {
            ExportViewModel model = models.get();
            model.formatProperty().set(lastFormat[0]);
            model.formatProperty().addListener((obs, old, now) -> lastFormat[0] = now);
            new ExportDialog(owner.get(), model, targets.get()).show();
        });
        return item;
    }

    public void show() {
        model.load();
        stage.show();
        stage.toFront();
    }

    private String stylesheet(String name) {
        return Objects.requireNonNull(ExportDialog.class.getResource(name), name).toExternalForm();
    }

    private Parent build() {
        HBox choices = new HBox(18, formatPane(), filterPane());
        HBox.setHgrow(choices.getChildren().get(1), Priority.ALWAYS);
        choices.disableProperty().bind(model.runningProperty()); // what is being written stays in view, unchanged
        VBox root = new VBox(10, choices, problemLine(), countLine(), previewArea(), actionBar());
        root.getStyleClass().add("export-dialog");
        return root;
    }

    private Node formatPane() {
        ToggleGroup group = new ToggleGroup();
        VBox pane = new VBox(6, heading("Format"));
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton radio = new RadioButton(format.id());
            radio.setId("format-" + format.id());
            radio.setToggleGroup(group);
            radio.setUserData(format);
            radio.setSelected(model.formatProperty().get() == format);
            radio.getStyleClass().add("format-choice");
            Label description = new Label(format.description());
            description.getStyleClass().add("format-description");
            description.setWrapText(true);
            pane.getChildren().add(new VBox(1, radio, description));
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        CheckBox excel = new CheckBox("For Excel: a byte order mark, so Excel shows Arabic, and formulas defused (CSV only)");
        excel.setId("export-excel");
        excel.setWrapText(true);
        excel.selectedProperty().bindBidirectional(model.excelProperty());
        excel.disableProperty().bind(model.excelAvailableProperty().not());
        excel.getStyleClass().add("excel-option");
        pane.getChildren().add(excel);
        pane.getStyleClass().add("format-pane");
        return pane;
    }

    private Node filterPane() {
        ListView<Choice<String>> labels = choiceList("export-labels", model.labels(), true);
        ListView<Choice<String>> tags = choiceList("export-tags", model.tags(), true);
        ListView<Choice<String>> annotators = choiceList("export-annotators", model.annotators(), false);
        labels.setPlaceholder(placeholder("No labels"));
        tags.setPlaceholder(placeholder("No article has tags"));
        annotators.setPlaceholder(placeholder("No spans yet"));

        VBox kinds = new VBox(3);
        fillTicks(kinds, model.kinds());
        model.kinds().addListener((javafx.beans.InvalidationListener) obs -> fillTicks(kinds, model.kinds()));
        VBox statuses = new VBox(3);
        fillTicks(statuses, model.statuses());
        VBox relevances = new VBox(3);
        fillTicks(relevances, model.relevances());

        TextField articles = new TextField();
        articles.setId("export-articles");
        articles.setPromptText("all; or e.g. 3, 10-20");
        articles.textProperty().bindBidirectional(model.articleIdsProperty());
        DatePicker from = datePicker("export-from", "from", model.fromProperty());
        DatePicker to = datePicker("export-to", "to", model.toProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("filter-grid");
        grid.add(heading("Labels — التسميات"), 0, 0);
        grid.add(labels, 0, 1, 1, 7);
        grid.add(heading("Label kinds"), 1, 0);
        grid.add(kinds, 1, 1);
        grid.add(heading("Article status"), 1, 2);
        grid.add(statuses, 1, 3);
        grid.add(heading("Relevance"), 1, 4);
        grid.add(relevances, 1, 5);
        grid.add(heading("Tags — الوسوم"), 2, 0);
        grid.add(tags, 2, 1);
        grid.add(heading("Annotators"), 2, 2);
        grid.add(annotators, 2, 3);
        grid.add(heading("Article ids"), 2, 4);
        grid.add(articles, 2, 5);
        grid.add(heading("Spans annotated from / to"), 2, 6);
        grid.add(new HBox(6, from, to), 2, 7);
        ColumnConstraints labelColumn = new ColumnConstraints(280, 380, Double.MAX_VALUE);
        labelColumn.setHgrow(Priority.ALWAYS);
        ColumnConstraints tickColumn = new ColumnConstraints(150, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE);
        ColumnConstraints otherColumn = new ColumnConstraints(250, 290, 340);
        grid.getColumnConstraints().setAll(List.of(labelColumn, tickColumn, otherColumn));
        return grid;
    }

    /** What an empty list says: "Loading…" until the choices have come, then why it is empty. */
    private Label placeholder(String whenEmpty) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(model.loadedProperty()).then(whenEmpty).otherwise("Loading…"));
        return label;
    }

    private static <T> ListView<Choice<T>> choiceList(String id, ObservableList<Choice<T>> items, boolean rightToLeft) {
        ListView<Choice<T>> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("choice-list");
        list.setCellFactory(v -> new ChoiceCell<>());
        list.setOnKeyPressed(e -> { // Space ticks the row the keyboard is on
            Choice<T> focused = list.getFocusModel().getFocusedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && focused != null) {
                focused.setSelected(!focused.isSelected());
                e.consume();
            }
        });
        if (rightToLeft) {
            list.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            list.getStyleClass().add("arabic-list");
        }
        return list;
    }

    private static <T> void fillTicks(VBox box, List<Choice<T>> choices) {
        box.getChildren().clear();
        for (Choice<T> choice : choices) {
            CheckBox tick = new CheckBox(choice.text());
            tick.setMnemonicParsing(false); // in_progress keeps its underscore
            tick.selectedProperty().bindBidirectional(choice.selectedProperty());
            box.getChildren().add(tick);
        }
    }

    private static DatePicker datePicker(String id, String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private Node problemLine() {
        Label problem = new Label();
        problem.setId("export-filter-problem");
        problem.getStyleClass().add("filter-problem");
        problem.textProperty().bind(model.filterProblemProperty());
        problem.visibleProperty().bind(model.filterProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Node countLine() {
        Label count = new Label();
        count.setId("export-count");
        count.getStyleClass().add("export-count");
        count.textProperty().bind(model.countTextProperty());
        count.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(count, Priority.ALWAYS);
        Button clear = new Button("Clear filters");
        clear.setId("export-clear");
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty().bind(model.runningProperty());
        HBox line = new HBox(8, count, clear);
        line.getStyleClass().add("count-line");
        return line;
    }

    private Node previewArea() {
        TextArea text = new TextArea();
        text.setId("export-preview");
        text.getStyleClass().add("export-preview");
        text.setEditable(false);
        text.setWrapText(false); // JavaFX garbles wrapped Arabic runs; lines stay whole and scroll
        // Each line of a file reads left to right (a CoNLL token, then its tag), Arabic inside it right to left.
        text.textProperty().bind(Bindings.createStringBinding(() -> leftToRightLines(model.previewProperty().get()),
                model.previewProperty()));
        TableView<List<String>> table = new TableView<>();
        table.setId("export-preview-table");
        table.getStyleClass().add("export-preview-table");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No rows"));
        model.previewTableProperty().addListener((obs, old, now) -> showTable(table, now));
        table.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.previewTableProperty().get().header().isEmpty(), model.previewTableProperty()));
        text.visibleProperty().bind(table.visibleProperty().not());
        StackPane both = new StackPane(text, table);
        both.setPrefHeight(230);
        VBox.setVgrow(both, Priority.ALWAYS);
        VBox area = new VBox(4, heading("Preview: the first rows as the file holds them"), both);
        VBox.setVgrow(area, Priority.ALWAYS);
        return area;
    }

    private static void showTable(TableView<List<String>> table, PreviewTable preview) {
        List<String> header = preview.header();
        boolean sameColumns = table.getColumns().size() == header.size() && java.util.stream.IntStream.range(0, header.size())
                .allMatch(i -> table.getColumns().get(i).getText().equals(header.get(i)));
        if (!sameColumns) {
            List<TableColumn<List<String>, String>> columns = new java.util.ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
                column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                        index < row.getValue().size() ? row.getValue().get(index) : ""));
                column.setCellFactory(c -> new PreviewCell());
                column.setSortable(false);
                column.setPrefWidth(PreviewColumns.width(header.get(i)));
                columns.add(column);
            }
            table.getColumns().setAll(columns);
        }
        table.getItems().setAll(preview.rows());
    }

    /** Marks every line to read left to right (display only: the file itself is written without the marks). */
    static String leftToRightLines(String text) {
        return text.isEmpty() ? text : "\u200E" + text.replace("\n", "\n\u200E");
    }

    private Node actionBar() {
        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("export-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.getStyleClass().add("progress-text");
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        Button export = new Button("Export…");
        export.setId("export-run");
        // Not the default button: Enter commits a typed date or id list, it must not open the file chooser.
        export.getStyleClass().add("primary-button");
        export.disableProperty().bind(model.runningProperty()
                .or(model.filterProblemProperty().isNotEmpty())
                .or(model.rowCountProperty().isEqualTo(0)));
        export.setOnAction(e -> chooseTargetAndExport());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true); // Escape closes, except while exporting
        close.disableProperty().bind(model.runningProperty());
        close.setOnAction(e -> stage.hide());
        HBox bar = new HBox(8, message, progressText, progress, cancel, export, close);
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    private void chooseTargetAndExport() {
        Optional<Path> target = targets.choose(stage, model.formatProperty().get(), model.suggestedName());
        if (target.isEmpty()) {
            return;
        }
        Optional<String> question = model.replaceQuestion(target.get());
        if (question.isPresent() && !targets.confirmReplace(stage, target.get(), question.get())) {
            return;
        }
        model.export(target.get(), question.isPresent());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    Stage stage() {
        return stage;
    }
}
