package org.hashiya.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;

/**
 * The review table: one place per span (its row read when shown), every column sortable by the
 * library (the table never sorts rows itself), columns fitted to the width so nothing hides behind
 * a horizontal scroll bar, rows of one fixed height so a million of them scroll at once.
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
            model.setSort(sortOf(t.getSortOrder()));
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<ReviewItem> row = new TableRow<>() {
                @Override
                public void updateIndex(int i) {
                    super.updateIndex(i);
                    if (getTableView() != null && getTableView().getItems() instanceof ReviewRows rows) {
                        rows.readAhead(i); // the next page's rows are read while this one is looked at
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getIndex());
                }
            });
            return row;
        });
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

    /** The index of the first row shown, or -1. */
    int firstVisibleIndex() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex();
        }
        return -1;
    }

    /** The index of the last row shown, or -1. */
    int lastVisibleIndex() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null) {
            return flow.getLastVisibleCell().getIndex();
        }
        return -1;
    }
}
