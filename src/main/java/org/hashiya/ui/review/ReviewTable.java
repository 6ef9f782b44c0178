package org.hashiya.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;

/**
 * The review table: one place per span (its row read when shown), every column sortable by the
 * library (the table never sorts rows itself), columns fitted to the width so nothing hides behind
 * a horizontal scroll bar, rows of one fixed height so a million of them scroll at once.
 *
 * <p>The table holds a {@link RowWindow} of the rows at a time, never more than {@link RowWindow#SPAN}
 * places, and a scroll bar of its own beside it stands for the whole list (the table's own vertical
 * bar, which would only span the window, is hidden by review.css). Places given to and taken from
 * this class are places in the whole list; only the {@code TableView}'s indices are the window's.
 */
final class ReviewTable {
    static final PseudoClass LOADING = PseudoClass.getPseudoClass("loading");
    /** A span whose stored text no longer matches its article (as last checked). */
    static final PseudoClass MISMATCHED = PseudoClass.getPseudoClass("mismatched");
    static final double ROW_HEIGHT = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final ReviewViewModel model;
    private final TableView<ReviewItem> table = new TableView<>();
    private final List<TableColumn<ReviewItem, ReviewRow>> columns = new ArrayList<>();
    /** Over the whole list: the table's own bar would only span its window. */
    private final ScrollBar bar = new ScrollBar();
    private final DoubleProperty headerHeight = new SimpleDoubleProperty();
    private final HBox node;
    private final Runnable afterLayout = this::afterLayout;
    /** Rows chosen and then left outside the window when it moved (places in the whole list). */
    private final BitSet chosenOutside = new BitSet();
    private Runnable onChosenMoved = () -> { };
    private RowWindow window;
    private int span = RowWindow.SPAN;
    private VirtualFlow<?> flow;
    private Region header;
    private boolean syncing;
    private boolean movePending;
    /** What the bar was last set for, so a pulse that moved nothing leaves it alone. */
    private int barFirst = -2;
    private int barLast = -2;
    private int barCount = -1;

    ReviewTable(ReviewViewModel model) {
        this.model = model;
        table.setId("review-table");
        table.getStyleClass().add("review-table");
        table.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No spans to review here."));

        add(column("Label", "label", ReviewSort.Column.LABEL, 130, 90), c -> new LabelCell<ReviewItem, ReviewRow>(model.choices(), row -> row.span().labelId()));
        add(column("Text", "text", ReviewSort.Column.TEXT, 150, 80), c -> new TextCell(r -> r.span().text(), true).markingMismatches());
        add(column("In context", "context", ReviewSort.Column.CONTEXT, 360, 160), c -> new KwicCell());
        add(column("Article", "article", ReviewSort.Column.ARTICLE, 170, 80), c -> new TextCell(ReviewRow::articleTitle, true));
        add(column("Annotator", "annotator", ReviewSort.Column.ANNOTATOR, 104, 60),
                c -> new TextCell(r -> r.span().annotator(), false));
        add(column("Date", "date", ReviewSort.Column.DATE, 104, 104), c -> new TextCell(r -> DAY.format(r.span().createdAt()), false));
        add(column("Note", "note", ReviewSort.Column.NOTE, 130, 60), c -> new TextCell(r -> r.span().note(), true));
        add(column("Reviewed", "reviewed", ReviewSort.Column.REVIEWED, 150, 70), c -> new ReviewedCell());
        add(column("Status", "status", ReviewSort.Column.STATUS, 86, 86), c -> new TextCell(r -> r.articleStatus().id(), false));
        table.getColumns().setAll(columns);

        // the library sorts: the table tells the model which column and way, and keeps its rows as they come
        table.setSortPolicy(t -> {
            if (!keepingSort) {
                model.setSort(sortOf(t.getSortOrder()));
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<ReviewItem> row = new TableRow<>() {
                @Override
                public void updateIndex(int i) {
                    super.updateIndex(i);
                    if (i >= 0 && getTableView() != null && getTableView().getItems() instanceof RowWindow shown) {
                        shown.readAhead(i); // the next page's rows are read while this one is looked at
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(absolute(row.getIndex()));
                }
            });
            return row;
        });

        bar.setId("review-scroll");
        bar.getStyleClass().add("review-scroll");
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        // a wheel notch over the bar (its skin increments by this) moves three rows, as over the rows
        bar.setUnitIncrement(3);
        bar.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                scrollToRow((int) Math.round(now.doubleValue()));
            }
        });
        Region headerGap = new Region();
        headerGap.getStyleClass().add("review-scroll-gap");
        VBox barColumn = new VBox(headerGap, bar);
        VBox.setVgrow(bar, Priority.ALWAYS);
        node = new HBox(table, barColumn);
        HBox.setHgrow(table, Priority.ALWAYS);
        headerGap.prefHeightProperty().bind(headerHeight);
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });

        // a click or a move without Shift or Ctrl starts a new choice, also of rows outside the window
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (!e.isShiftDown() && !e.isShortcutDown()) {
                chosenOutside.clear();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private TableColumn<ReviewItem, ReviewRow> column(String title, String id, ReviewSort.Column sortBy, double width,
                                                      double min) {
        TableColumn<ReviewItem, ReviewRow> column = new TableColumn<>(title);
        column.setId("review-column-" + id);
        column.setUserData(sortBy);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(c -> c.getValue().rowProperty());
        column.setComparator((a, b) -> 0); // never used: the sort policy hands sorting to the library
        return column;
    }

    private void add(TableColumn<ReviewItem, ReviewRow> column,
                     Function<TableColumn<ReviewItem, ReviewRow>, javafx.scene.control.TableCell<ReviewItem, ReviewRow>> cells) {
        column.setCellFactory(cells::apply);
        columns.add(column);
    }

    /** The order the table's sort columns ask for: the first one counts; none is the library's order. */
    static ReviewSort sortOf(List<TableColumn<ReviewItem, ?>> order) {
        if (order.isEmpty() || !(order.get(0).getUserData() instanceof ReviewSort.Column column)) {
            return ReviewSort.LIBRARY;
        }
        return new ReviewSort(column, order.get(0).getSortType() == TableColumn.SortType.DESCENDING);
    }

    TableView<ReviewItem> view() {
        return table;
    }

    /** The table with its scroll bar over the whole list. */
    Node node() {
        return node;
    }

    private boolean keepingSort;

    /**
     * New items for the table with its sort order kept: a TableView clears its sort order when its
     * items are replaced, which would put the table back in the library's order after every read.
     */
    private void setItemsKeepingSort(javafx.collections.ObservableList<ReviewItem> items) {
        List<TableColumn<ReviewItem, ?>> order = List.copyOf(table.getSortOrder());
        keepingSort = true;
        try {
            table.setItems(items);
            table.getSortOrder().setAll(order);
        } finally {
            keepingSort = false;
        }
    }

    /** Shows these rows (null: none), from the top, nothing chosen. */
    void setRows(ReviewRows rows) {
        chosenOutside.clear();
        window = rows == null ? null : new RowWindow(rows, 0, span);
        setItemsKeepingSort(window == null ? FXCollections.observableArrayList() : window); // a table never has null items
        syncBar();
    }

    /** How many rows the filters list (all of them, not only the window's). */
    int rowCount() {
        return window == null ? 0 : window.rows().size();
    }

    /** The place of the row shown at the top, or -1. */
    int firstVisibleIndex() {
        VirtualFlow<?> flow = flow();
        return flow == null || flow.getFirstVisibleCell() == null ? -1 : absolute(flow.getFirstVisibleCell().getIndex());
    }

    /** The place of the last row shown, or -1. */
    int lastVisibleIndex() {
        VirtualFlow<?> flow = flow();
        return flow == null || flow.getLastVisibleCell() == null ? -1 : absolute(flow.getLastVisibleCell().getIndex());
    }

    /** The place of the focused row, or -1. */
    int focusedIndex() {
        return absolute(table.getFocusModel().getFocusedIndex());
    }

    /** Brings the row at {@code place} to the top of the table (as far as the end allows). */
    void scrollToRow(int place) {
        if (window == null || window.size() == 0) {
            return;
        }
        int target = Math.max(0, Math.min(place, rowCount() - 1));
        boolean moved = !window.holdsWell(target, margin());
        if (moved) {
            moveWindow(target);
        }
        table.scrollTo(window.relative(target));
        VirtualFlow<?> flow = flow();
        if (moved && flow != null && window.offset() + window.size() == rowCount()) {
            // in a window just put in, JavaFX 21's flow stops a row short of the end when asked for a
            // row of the last screen: once laid out, it is asked to show the last row whole
            table.layout();
            if (flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() < window.size() - 1
                    && target >= rowCount() - (flow.getLastVisibleCell().getIndex() - flow.getFirstVisibleCell().getIndex())) {
                flow.scrollTo(window.size() - 1);
            }
        }
    }

    /** Focuses the row at {@code place} (the window moves to it if need be). */
    void focusRow(int place) {
        if (window == null || place < 0 || place >= rowCount()) {
            return;
        }
        if (window.relative(place) < 0) {
            scrollToRow(place);
        }
        table.getFocusModel().focus(window.relative(place));
    }

    /** The chosen rows' places, in order: those the table selects and those chosen before its window moved. */
    int[] chosenIndices() {
        if (window == null) {
            return new int[0];
        }
        BitSet all = (BitSet) chosenOutside.clone();
        for (int i : table.getSelectionModel().getSelectedIndices()) {
            if (i >= 0) {
                all.set(window.absolute(i));
            }
        }
        return all.stream().toArray();
    }

    /** Chooses nothing, in the window or outside it. */
    void clearChosen() {
        chosenOutside.clear();
        table.getSelectionModel().clearSelection();
    }

    /** Told after the chosen rows changed for another reason than the user's (the window moved). */
    void setOnChosenMoved(Runnable action) {
        onChosenMoved = action == null ? () -> { } : action;
    }

    // ---- the window and the scroll bar over the whole list ----------------------------------------------

    private int absolute(int index) {
        return window == null ? -1 : window.absolute(index);
    }

    private int margin() {
        return span / 4;
    }

    /** For tests: windows of another size than {@link RowWindow#SPAN}. */
    void setWindowSpan(int places) {
        span = places;
        ReviewRows rows = window == null ? null : window.rows();
        setRows(rows);
    }

    /** A new window around {@code place}, keeping which rows are chosen and focused, and the row at the top. */
    private void moveWindow(int place) {
        RowWindow next = RowWindow.around(window.rows(), place, span);
        if (next.offset() == window.offset()) {
            return;
        }
        int[] chosen = chosenIndices();
        int focused = focusedIndex();
        int top = firstVisibleIndex();
        window = next;
        setItemsKeepingSort(next);
        // the table's skin takes in new items at its next layout, and a scroll asked before that lands
        // a row short at the end: let it take them in now
        table.layout();
        chosenOutside.clear();
        List<Integer> inside = new ArrayList<>();
        for (int c : chosen) {
            int at = next.relative(c);
            if (at >= 0) {
                inside.add(at);
            } else {
                chosenOutside.set(c);
            }
        }
        if (!inside.isEmpty()) {
            table.getSelectionModel().selectIndices(inside.get(0), inside.stream().skip(1).mapToInt(Integer::intValue).toArray());
        }
        if (focused >= 0 && next.relative(focused) >= 0) {
            table.getFocusModel().focus(next.relative(focused));
        }
        if (top >= 0 && next.relative(top) >= 0) {
            table.scrollTo(next.relative(top));
        }
        onChosenMoved.run();
    }

    /** After each layout: the bar follows the rows shown, and the window moves on when they near its edge. */
    private void afterLayout() {
        if (window == null || !showing()) {
            return; // every pulse of the window runs this: nothing to do while the reading pane is shown
        }
        int first = firstVisibleIndex();
        int last = lastVisibleIndex();
        if (first != barFirst || last != barLast || rowCount() != barCount) {
            syncBar(first, last);
        }
        if (first >= 0 && (!window.holdsWell(first, margin()) || !window.holdsWell(last, margin())) && !movePending) {
            movePending = true;
            Platform.runLater(() -> { // not in the middle of this pulse's layout
                movePending = false;
                int top = firstVisibleIndex();
                if (window != null && top >= 0) {
                    moveWindow(top);
                }
            });
        }
        if (header == null && table.lookup(".column-header-background") instanceof Region found) {
            header = found;
        }
        if (header != null) {
            headerHeight.set(header.getHeight());
        }
    }

    /** True while the table and every node above it are visible (the review tab is the one shown). */
    private boolean showing() {
        for (javafx.scene.Node n = table; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return table.getScene() != null;
    }

    private void syncBar() {
        syncBar(firstVisibleIndex(), lastVisibleIndex());
    }

    /** The bar over the whole list for the rows {@code first} to {@code last} shown (places; -1 when none). */
    private void syncBar(int first, int last) {
        int count = rowCount();
        barFirst = first;
        barLast = last;
        barCount = count;
        int top = Math.max(0, first);
        int shown = Math.max(1, last - top);
        syncing = true;
        try {
            bar.setMax(Math.max(0, count - shown));
            bar.setVisibleAmount(shown);
            bar.setBlockIncrement(shown);
            // the top row may be cut: at the end, the bar is at its end
            bar.setValue(last == count - 1 ? bar.getMax() : Math.min(top, bar.getMax()));
            bar.setVisible(count > shown);
        } finally {
            syncing = false;
        }
    }

    /** Home and End go to the first and last row of the whole list, not of the window. */
    private void key(KeyEvent e) {
        if ((e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) && !e.isShiftDown() && window != null
                && rowCount() > 0) {
            int place = e.getCode() == KeyCode.HOME ? 0 : rowCount() - 1;
            scrollToRow(place);
            clearChosen();
            table.getSelectionModel().select(window.relative(place));
            table.getFocusModel().focus(window.relative(place));
            e.consume();
        } else if (!e.isShiftDown() && !e.isShortcutDown() && e.getCode().isNavigationKey()) {
            chosenOutside.clear();
        }
    }

    private VirtualFlow<?> flow() {
        if (flow == null || flow.getScene() != table.getScene()) {
            flow = table.lookup(".virtual-flow") instanceof VirtualFlow<?> found ? found : null;
        }
        return flow;
    }
}
