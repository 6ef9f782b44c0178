package org.hashiya.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The review view: filters above, the table of spans, and below it the count, the bulk actions on
 * the chosen rows (relabel, mark reviewed or not, delete; undo and redo) and what just happened.
 * Enter or a double click opens a row's span in the reading pane. Only wiring; the state lives in
 * {@link ReviewViewModel}.
 *
 * <p>Keys: Enter opens, Ctrl+A chooses every row the filters list (however many; the library
 * resolves them), Delete deletes the chosen spans, Ctrl+Z / Ctrl+Shift+Z undo and redo bulk actions;
 * with the events mode added ({@link #addEvents}), Alt+E shows the events and Alt+S the spans.
 */
public final class ReviewView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final ReviewViewModel model;
    private final ReviewTable table;
    private final FilterBar filters;
    private final Label chosenText = new Label();
    /** Ctrl+A: every row the filter lists is chosen, without the table selecting a million places. */
    private boolean allChosen;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        this.table = new ReviewTable(model);
        this.filters = new FilterBar(model);
        setId("review-view");
        getStyleClass().add("review-view");
        getStylesheets().add(Objects.requireNonNull(ReviewView.class.getResource("review.css")).toExternalForm());
        setTop(filters);
        setCenter(table.node());
        setBottom(actionBar());

        TableView<ReviewItem> view = table.view();
        model.rowsProperty().addListener((obs, old, rows) -> {
            setAllChosen(false);
            table.setRows(rows);
        });
        if (model.rowsProperty().get() != null) {
            table.setRows(model.rowsProperty().get());
        }
        table.setOnChosenMoved(this::showChosen);
        view.getSelectionModel().getSelectedIndices().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            if (!view.getSelectionModel().isEmpty()) {
                setAllChosen(false);
            }
            showChosen();
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::tableKey);
        addEventHandler(KeyEvent.KEY_PRESSED, this::viewKey);
    }

    private HBox actionBar() {
        Label count = new Label();
        count.setId("review-count");
        count.getStyleClass().add("review-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d spans", model.countProperty().get()),
                model.countProperty()));
        chosenText.setId("review-chosen");
        chosenText.getStyleClass().add("review-chosen");

        MenuButton relabel = new MenuButton("Relabel…");
        relabel.setId("review-relabel");
        relabel.setOnShowing(e -> fillRelabel(relabel));
        Button reviewed = button("review-mark", "Mark reviewed", this::markReviewed);
        Button notReviewed = button("review-unmark", "Not reviewed", this::markNotReviewed);
        Button delete = button("review-delete", "Delete", this::deleteChosen);
        Button undo = button("review-undo", "Undo", this::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("review-redo", "Redo", this::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        for (Region r : List.of(relabel, reviewed, notReviewed, delete)) {
            r.disableProperty().bind(model.busyProperty());
        }

        ProgressBar indexing = new ProgressBar();
        indexing.setId("review-index-progress");
        indexing.progressProperty().bind(model.indexProgressProperty());
        indexing.visibleProperty().bind(model.indexProgressProperty().greaterThanOrEqualTo(0));
        indexing.managedProperty().bind(indexing.visibleProperty());
        Label message = new Label();
        message.setId("review-message");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        HBox bar = new HBox(8, count, chosenText, relabel, reviewed, notReviewed, delete, undo, redo, indexing, message);
        bar.getStyleClass().add("review-actions");
        return bar;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void fillRelabel(MenuButton relabel) {
        List<MenuItem> items = new ArrayList<>();
        for (org.hashiya.domain.SpanLabel label : model.choices().activeLabels()) {
            String english = label.englishName().isEmpty() ? label.id() : label.englishName();
            MenuItem item = new MenuItem(label.arabicName().isEmpty() ? english : label.arabicName() + " — " + english);
            item.setId("relabel-" + label.id());
            item.setMnemonicParsing(false);
            Rectangle swatch = new Rectangle(10, 10, Color.web(label.colour()));
            item.setGraphic(swatch);
            item.setOnAction(e -> relabel(label.id()));
            items.add(item);
        }
        relabel.getItems().setAll(items);
    }

    private void tableKey(KeyEvent e) {
        TableView<ReviewItem> view = table.view();
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            int focused = table.focusedIndex();
            if (focused >= 0) {
                model.open(focused);
            }
            e.consume();
        } else if (ALL.match(e)) {
            table.clearChosen();
            setAllChosen(table.rowCount() > 0);
            showChosen();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !chosen().isEmpty()) {
            deleteChosen();
            e.consume();
        }
    }

    private void viewKey(KeyEvent e) {
        if (isShowingEvents()) {
            return; // bulk actions and their undo belong to the span table
        }
        if (REDO.match(e) || REDO_Y.match(e)) {
            redo();
            e.consume();
        } else if (UNDO.match(e)) {
            undo();
            e.consume();
        }
    }

    // ---- actions: each remembers the table's place and puts it back when the rows are read again ----

    void relabel(String labelId) {
        List<ReviewViewModel.IndexRange> rows = chosen();
        remember();
        model.relabel(rows, labelId, this::restore);
    }

    void markReviewed() {
        List<ReviewViewModel.IndexRange> rows = chosen();
        remember();
        model.markReviewed(rows, true, this::restore);
    }

    void markNotReviewed() {
        List<ReviewViewModel.IndexRange> rows = chosen();
        remember();
        model.markReviewed(rows, false, this::restore);
    }

    /**
     * Deletes the chosen spans; when some trigger events or fill roles (the library counts them),
     * asks first, saying how many, and does nothing on Cancel.
     */
    void deleteChosen() {
        List<ReviewViewModel.IndexRange> rows = chosen();
        if (rows.isEmpty()) {
            model.delete(rows, this::restore); // says to choose rows first
            return;
        }
        int n = allChosen ? table.rowCount() : table.chosenIndices().length;
        model.eventLinks(rows, links -> {
            if (!links.any() || confirmDelete(n, links)) {
                remember();
                model.delete(rows, this::restore);
            }
        });
    }

    /** Asks whether to delete {@code spans} chosen spans that take part in events; true on OK. */
    private boolean confirmDelete(int spans, org.hashiya.domain.EventLinkCounts links) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                deleteQuestion(spans, links), javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        ask.setTitle("Delete spans");
        ask.setHeaderText(spans == 1 ? "The chosen span takes part in events" : "Some chosen spans take part in events");
        ask.getDialogPane().setId("review-delete-confirm");
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    /** The question before deleting spans that trigger events or fill roles. */
    static String deleteQuestion(int spans, org.hashiya.domain.EventLinkCounts links) {
        boolean one = spans == 1;
        List<String> parts = new ArrayList<>();
        if (links.triggered() > 0) {
            parts.add((one ? "it triggers " : "they trigger ") + count(links.triggered(), "event")
                    + (links.triggered() == 1 ? ", which goes" : ", which go") + (one ? " with it" : " with them"));
        }
        if (links.roles() > 0) {
            parts.add((one ? "it fills " : "they fill ") + count(links.roles(), "role") + " in "
                    + count(links.roleEvents(), "event") + (links.roles() == 1 ? ", a link that goes too" : ", links that go too"));
        }
        return "Deleting " + count(spans, "span") + ": " + String.join("; ", parts) + ". Delete "
                + (one ? "it" : "them") + "? Ctrl+Z brings back the spans, events and links.";
    }

    private static String count(long n, String what) {
        return n == 1 ? "1 " + what : String.format("%,d %ss", n, what);
    }

    void undo() {
        remember();
        model.undo(this::restore);
    }

    void redo() {
        remember();
        model.redo(this::restore);
    }

    private void setAllChosen(boolean all) {
        allChosen = all;
        table.view().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("all-chosen"), all);
    }

    private void showChosen() {
        int n = allChosen ? table.rowCount() : table.chosenIndices().length;
        chosenText.setText(n == 0 ? "" : allChosen ? String.format("· all %,d chosen", n) : String.format("· %,d chosen", n));
    }

    /** The chosen rows as consecutive index ranges. */
    List<ReviewViewModel.IndexRange> chosen() {
        if (table.rowCount() == 0) {
            return List.of();
        }
        if (allChosen) {
            return List.of(new ReviewViewModel.IndexRange(0, table.rowCount() - 1));
        }
        int[] indices = table.chosenIndices();
        List<ReviewViewModel.IndexRange> ranges = new ArrayList<>();
        for (int i = 0; i < indices.length; ) {
            int j = i;
            while (j + 1 < indices.length && indices[j + 1] == indices[j] + 1) {
                j++;
            }
            ranges.add(new ReviewViewModel.IndexRange(indices[i], indices[j]));
            i = j + 1;
        }
        return ranges;
    }

    /** Called before the rows are read again: remembers where the table is, and returns what puts it back. */
    private int rememberedTop = -1;
    private int rememberedFocus = -1;

    private void remember() {
        rememberedTop = table.firstVisibleIndex();
        rememberedFocus = table.focusedIndex();
    }

    /** After the rows came back: the same place in the table, the same row focused (if still there). */
    private void restore() {
        int size = table.rowCount();
        if (rememberedTop >= 0 && size > 0) {
            table.scrollToRow(Math.min(rememberedTop, size - 1));
        }
        if (rememberedFocus >= 0 && size > 0) {
            table.focusRow(Math.min(rememberedFocus, size - 1));
        }
        table.view().requestFocus();
    }

    /** Reads the rows again keeping the place (when coming back from the reading pane). */
    public void refreshKeepingPlace() {
        remember();
        model.refresh(this::restore);
    }

    /** Focus on the table (on switching to the view). */
    public void focusTable() {
        table.view().requestFocus();
    }

    public TableView<ReviewItem> table() {
        return table.view();
    }

    // ---- places in the whole list (the table itself holds a window of them: see RowWindow) ----

    /** How many rows the filters list. */
    public int rowCount() {
        return table.rowCount();
    }

    /** The row at {@code place} of the whole list (its row null until read). */
    public ReviewItem rowAt(int place) {
        ReviewRows rows = model.rowsProperty().get();
        return rows == null ? null : rows.get(place);
    }

    /** Brings the row at {@code place} to the top, as far as the end allows. */
    public void scrollToRow(int place) {
        table.scrollToRow(place);
    }

    /** The place of the first row shown, or -1. */
    public int firstShownRow() {
        return table.firstVisibleIndex();
    }

    /** The place of the last row shown, or -1. */
    public int lastShownRow() {
        return table.lastVisibleIndex();
    }

    /** For tests: the table holds windows of this many places instead of {@link RowWindow#SPAN}. */
    void setWindowSpan(int places) {
        table.setWindowSpan(places);
    }

    public javafx.scene.control.TextField searchField() {
        return filters.searchField();
    }

    // ---- events mode: the events table under the same filters -----------------------------------

    private static final KeyCombination SHOW_EVENTS = new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN);
    private static final KeyCombination SHOW_SPANS = new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN);
    private EventReviewPane events;
    private final javafx.scene.control.ToggleGroup modes = new javafx.scene.control.ToggleGroup();

    /**
     * Adds the events mode: a Spans | Events switch (Alt+S, Alt+E) above the filters; in events mode
     * the events pane takes the place of the span table and its actions, and follows the same filters.
     */
    public void addEvents(EventReviewPane eventsPane, EventReviewViewModel eventModel) {
        this.events = eventsPane;
        javafx.scene.Node spansCenter = getCenter();
        javafx.scene.Node spansBottom = getBottom();
        javafx.scene.control.ToggleButton spans = new javafx.scene.control.ToggleButton("Spans");
        spans.setId("review-mode-spans");
        javafx.scene.control.ToggleButton eventsButton = new javafx.scene.control.ToggleButton("Events");
        eventsButton.setId("review-mode-events");
        spans.setToggleGroup(modes);
        eventsButton.setToggleGroup(modes);
        spans.setSelected(true);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one mode is always on
                return;
            }
            boolean showEvents = now == eventsButton;
            setCenter(showEvents ? eventsPane : spansCenter);
            setBottom(showEvents ? null : spansBottom);
            eventModel.setActive(showEvents);
            if (showEvents) {
                eventsPane.focusTable();
            } else {
                focusTable();
            }
        });
        spans.setTooltip(new javafx.scene.control.Tooltip("One row per span (Alt+S)"));
        eventsButton.setTooltip(new javafx.scene.control.Tooltip("One row per event, with its roles (Alt+E)"));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHOW_EVENTS.match(e) || SHOW_SPANS.match(e)) {
                showEvents(SHOW_EVENTS.match(e));
                e.consume();
            }
        });
        HBox bar = new HBox(0, spans, eventsButton);
        bar.getStyleClass().add("review-modes");
        setTop(new javafx.scene.layout.VBox(4, bar, filters));
        eventModel.setReviewFilter(model.filterProperty().get());
        model.filterProperty().addListener((obs, old, f) -> eventModel.setReviewFilter(f));
    }

    /** True while the events table is shown instead of the spans. */
    public boolean isShowingEvents() {
        return events != null && getCenter() == events;
    }

    /** Shows the events (true) or the spans. */
    public void showEvents(boolean show) {
        if (events != null) {
            modes.selectToggle(modes.getToggles().get(show ? 1 : 0));
        }
    }

    /** The events pane, or null when the events mode was not added. */
    public EventReviewPane events() {
        return events;
    }
}
