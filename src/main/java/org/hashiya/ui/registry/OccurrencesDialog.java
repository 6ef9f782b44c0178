package org.hashiya.ui.registry;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hashiya.domain.KeywordInContext;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.ui.registry.OccurrencesViewModel.Proposal;
import org.hashiya.ui.registry.OccurrencesViewModel.Scope;
import org.hashiya.ui.review.Direction;
import org.hashiya.ui.review.KwicLine;

/**
 * Find occurrences: the entry and where to look (this article or the whole library) above; the
 * proposals below, one keyword-in-context line each (right to left, the words found in the middle
 * and bold), a tick box to choose them; Select all / none, Accept selected, Reject selected and
 * Undo below. Space ticks the highlighted rows, Enter accepts them, Delete rejects them. Only
 * wiring; the state lives in {@link OccurrencesViewModel}.
 */
public final class OccurrencesDialog {
    private final Stage stage = new Stage();
    private final OccurrencesViewModel model;
    private final TableView<Proposal> table = new TableView<>();

    public OccurrencesDialog(Window owner, OccurrencesViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL); // the registry's undo history stays this dialog's meanwhile
        stage.titleProperty().bind(Bindings.createStringBinding(() -> model.entryProperty().get() == null
                ? "Find occurrences" : "Find occurrences of " + model.entryProperty().get().name(), model.entryProperty()));
        BorderPane root = new BorderPane(table(), top(), null, bottom(), null);
        root.setId("occurrences-dialog");
        root.getStyleClass().add("occurrences-dialog");
        Scene scene = new Scene(root, 900, 560);
        scene.getStylesheets().add(Objects.requireNonNull(OccurrencesDialog.class.getResource("registry.css")).toExternalForm());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
        table.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    private HBox top() {
        Label entry = new Label();
        entry.setId("occurrences-entry");
        entry.getStyleClass().add("occurrences-entry");
        entry.setMnemonicParsing(false);
        entry.setEllipsisString("…");
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        entry.textProperty().bind(Bindings.createStringBinding(() -> names(model.entryProperty().get()), model.entryProperty()));
        HBox.setHgrow(entry, Priority.ALWAYS);
        ChoiceBox<Scope> scope = new ChoiceBox<>(FXCollections.observableArrayList(Scope.values()));
        scope.setId("occurrences-scope");
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope value) {
                return value == null ? "" : value == Scope.ARTICLE ? "In this article" : "In the whole library";
            }

            @Override
            public Scope fromString(String text) {
                return null;
            }
        });
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        scope.disableProperty().bind(model.articleOpenProperty().not());
        Button find = new Button("Find");
        find.setId("occurrences-find");
        find.setDefaultButton(true);
        find.disableProperty().bind(model.busyProperty().or(model.entryProperty().isNull()));
        find.setOnAction(e -> model.find());
        find.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the names beside it give way, never the button
        scope.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        entry.setMinWidth(0);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.busyProperty());
        HBox bar = new HBox(6, scope, find, working, entry);
        bar.getStyleClass().add("registry-bar");
        return bar;
    }

    /** «name» · alias · alias: every name looked for, on one line. */
    static String names(RegistryEntry entry) {
        if (entry == null) {
            return "";
        }
        StringBuilder all = new StringBuilder(entry.name());
        entry.aliases().forEach(a -> all.append(" · ").append(a));
        return Direction.oneLine(all.toString());
    }

    private TableView<Proposal> table() {
        table.setId("occurrences-table");
        table.getStyleClass().add("occurrences-table");
        table.setItems(model.proposals());
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Choose where to look and press Find."));
        table.setFixedCellSize(28);

        TableColumn<Proposal, Boolean> tick = new TableColumn<>("✓");
        tick.setId("occurrences-column-tick");
        tick.setCellValueFactory(row -> row.getValue().checkedProperty());
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setSortable(false);
        tick.setMinWidth(34);
        tick.setMaxWidth(34);

        TableColumn<Proposal, Number> article = new TableColumn<>("Article");
        article.setId("occurrences-column-article");
        article.getStyleClass().add("occurrences-article"); // its cells: see registry.css
        article.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyLongWrapper(row.getValue().articleId()));
        article.setMinWidth(70);
        article.setMaxWidth(90);
        article.setSortable(false);

        TableColumn<Proposal, KeywordInContext> context = new TableColumn<>("Context (the words found in bold)");
        context.setId("occurrences-column-context");
        context.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue().context()));
        context.setCellFactory(column -> new ContextCell());
        context.setSortable(false);

        table.getColumns().setAll(java.util.List.of(tick, article, context));
        table.setOnKeyPressed(e -> {
            java.util.List<Proposal> highlighted = java.util.List.copyOf(table.getSelectionModel().getSelectedItems());
            if (e.getCode() == KeyCode.SPACE && !highlighted.isEmpty()) {
                boolean to = !highlighted.get(0).checkedProperty().get();
                highlighted.forEach(p -> p.checkedProperty().set(to));
            } else if (e.getCode() == KeyCode.ENTER && !highlighted.isEmpty()) {
                model.accept(highlighted);
            } else if (e.getCode() == KeyCode.DELETE && !highlighted.isEmpty()) {
                model.reject(highlighted);
            } else {
                return;
            }
            e.consume();
        });
        return table;
    }

    /** The proposal in its sentence, right to left, the words found in the middle and bold. */
    private static final class ContextCell extends TableCell<Proposal, KeywordInContext> {
        private final KwicLine line = new KwicLine();
        private final Direction.LineTip tip = new Direction.LineTip();

        ContextCell() {
            getStyleClass().add("kwic-cell");
            line.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - getInsets().getLeft() - getInsets().getRight()),
                    widthProperty(), insetsProperty()));
            line.maxWidthProperty().bind(line.prefWidthProperty());
        }

        @Override
        protected void updateItem(KeywordInContext context, boolean empty) {
            super.updateItem(context, empty);
            setText(null);
            if (empty || context == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            line.show(context);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setGraphic(line);
            setTooltip(tip.showing(context.sentence()));
        }
    }

    private javafx.scene.layout.VBox bottom() {
        Button all = button("Select all", "occurrences-select-all", () -> model.checkAll(true));
        Button none = button("Select none", "occurrences-select-none", () -> model.checkAll(false));
        Button accept = button("Accept selected", "occurrences-accept", model::acceptChecked);
        Button reject = button("Reject selected", "occurrences-reject", model::rejectChecked);
        Button undo = button("Undo", "occurrences-undo", model::undo);
        all.disableProperty().bind(Bindings.isEmpty(model.proposals()));
        none.disableProperty().bind(model.checkedCountProperty().isEqualTo(0));
        accept.disableProperty().bind(model.checkedCountProperty().isEqualTo(0).or(model.busyProperty()));
        reject.disableProperty().bind(model.checkedCountProperty().isEqualTo(0));
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        Label count = new Label();
        count.setId("occurrences-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.checkedCountProperty().get() + " of "
                + model.proposals().size() + " selected", model.checkedCountProperty(), model.proposals()));
        Label message = new Label();
        message.setId("occurrences-message");
        message.getStyleClass().add("registry-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        HBox bar = new HBox(6, all, none, accept, reject, undo, count);
        bar.getStyleClass().add("registry-actions");
        return new javafx.scene.layout.VBox(4, bar, message);
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
