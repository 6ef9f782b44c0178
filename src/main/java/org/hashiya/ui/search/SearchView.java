package org.hashiya.ui.search;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hashiya.ui.search.SearchViewModel.Scope;

/**
 * The search field above the reading pane: the query (typed right to left), whether it searches
 * this article or the library, what was found, previous and next, close; below it the hits as
 * keyword-in-context lines, each going to its hit when clicked or when Enter is pressed on it.
 * In the field Enter is the next hit, Shift+Enter the previous; Escape closes. Hidden until
 * {@link #open} (Ctrl+F, Ctrl+Shift+F).
 */
public final class SearchView extends VBox {
    /** Result lines shown at once before the list scrolls. */
    static final int VISIBLE_LINES = 6;
    static final double LINE_HEIGHT = 26;

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchResult> list;
    private Runnable onClosed = () -> { };

    public SearchView(SearchViewModel model) {
        this.model = model;
        getStyleClass().add("search-view");
        setId("search-view");
        getStylesheets().add(Objects.requireNonNull(SearchView.class.getResource("search.css")).toExternalForm());
        list = results();
        getChildren().setAll(bar(), list);
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());
    }

    private VBox bar() {
        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        field.setPromptText("ابحث… / Search");
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        HBox.setHgrow(field, Priority.ALWAYS);

        ToggleGroup scopes = new ToggleGroup();
        ToggleButton article = scopeButton("This article", "search-scope-article", Scope.ARTICLE, scopes, "Ctrl+F");
        ToggleButton library = scopeButton("Library", "search-scope-library", Scope.LIBRARY, scopes, "Ctrl+Shift+F");
        model.scopeProperty().addListener((obs, old, now) -> (now == Scope.LIBRARY ? library : article).setSelected(true));
        (model.scopeProperty().get() == Scope.LIBRARY ? library : article).setSelected(true);
        scopes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one scope is always chosen
            } else {
                model.setScope((Scope) now.getUserData());
            }
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("search-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());

        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(0);
        summary.setTooltip(tooltipOf(summary));

        Button previous = button("▲", "search-previous", "Previous hit (Shift+Enter, Shift+F3)", model::previous);
        Button next = button("▼", "search-next", "Next hit (Enter, F3)", model::next);
        previous.disableProperty().bind(Bindings.isEmpty(model.results()));
        next.disableProperty().bind(Bindings.isEmpty(model.results()));
        Button close = button("✕", "search-close", "Close (Escape)", this::close);

        for (javafx.scene.control.Control c : List.of(article, library, previous, next, close)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never cut to "…"
        }
        HBox top = new HBox(6, field, article, library, previous, next, close);
        top.getStyleClass().add("search-bar");
        top.setAlignment(Pos.CENTER_LEFT);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox line = new HBox(6, busy, summary);
        line.getStyleClass().add("search-summary-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, top, line);
    }

    private static Tooltip tooltipOf(Label label) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(label.textProperty());
        return tip;
    }

    private ToggleButton scopeButton(String text, String id, Scope scope, ToggleGroup group, String keys) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(scope);
        button.setToggleGroup(group);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(text + " (" + keys + ")"));
        return button;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private ListView<SearchResult> results() {
        ListView<SearchResult> view = new ListView<>(model.results());
        view.setId("search-results");
        view.getStyleClass().add("search-results");
        view.setCellFactory(v -> new ResultCell());
        view.setFixedCellSize(LINE_HEIGHT);
        view.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(VISIBLE_LINES, model.results().size()) * LINE_HEIGHT + 2, model.results()));
        view.setMinHeight(0);
        view.visibleProperty().bind(Bindings.isNotEmpty(model.results()));
        view.managedProperty().bind(view.visibleProperty());
        model.currentProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (i < 0) {
                view.getSelectionModel().clearSelection();
            } else if (view.getSelectionModel().getSelectedIndex() != i) {
                view.getSelectionModel().select(i);
                view.scrollTo(Math.max(0, i - VISIBLE_LINES / 2));
            }
        });
        view.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && view.getSelectionModel().getSelectedIndex() >= 0) {
                model.go(view.getSelectionModel().getSelectedIndex());
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && view.getSelectionModel().getSelectedIndex() >= 0) {
                model.go(view.getSelectionModel().getSelectedIndex());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        return view;
    }

    private void fieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            if (e.isShiftDown()) {
                model.previous();
            } else {
                model.next();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (e.getCode() == KeyCode.DOWN && !model.results().isEmpty()) {
            list.requestFocus();
            if (list.getSelectionModel().getSelectedIndex() < 0) {
                list.getSelectionModel().select(0);
            }
            e.consume();
        }
    }

    /** Shows the field on this scope, searches, and puts the keyboard in the field with its text selected. */
    public void open(Scope scope) {
        model.find(scope);
        field.requestFocus();
        field.selectAll();
    }

    /** Closes the field; {@code onClosed} (the workbench) gives the keyboard back to the reading pane. */
    public void close() {
        model.close();
        onClosed.run();
    }

    public void setOnClosed(Runnable action) {
        onClosed = Objects.requireNonNull(action);
    }

    TextField field() {
        return field;
    }

    ListView<SearchResult> list() {
        return list;
    }
}
