package org.hashiya.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;

/**
 * The events table: one place per event (its row read when shown), its id and incident first (a
 * double click on the incident, or the context menu, lists that incident's events), sortable by the
 * library on every column but the roles and missing ones, columns fitted to the width so nothing hides behind a horizontal
 * scroll bar, rows of one fixed height.
 */
final class EventReviewTable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final TableView<PagedItem<EventReviewRow>> table = new TableView<>();

    EventReviewTable(EventReviewViewModel model, ReviewChoices choices) {
        table.setId("review-events-table");
        table.getStyleClass().addAll("review-table", "review-events-table");
        table.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        table.setFixedCellSize(ReviewTable.ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No events here: make one with Ctrl+Shift+E on a span with an event label."));

        table.getColumns().setAll(List.of(
                column("Event", "id", EventReviewSort.Column.EVENT_ID, 66, 62,
                        c -> new LineCell<>(r -> Long.toString(r.event().id()), false)),
                column("Incident", "incident", EventReviewSort.Column.INCIDENT, 86, 84, c -> incident(model)),
                column("Type", "label", EventReviewSort.Column.LABEL, 124, 120, c -> new LabelCell<PagedItem<EventReviewRow>, EventReviewRow>(choices, row -> row.trigger().labelId())),
                column("Trigger in context", "context", EventReviewSort.Column.TRIGGER, 260, 160, c -> new EventCells.Trigger()),
                column("Roles", "roles", null, 340, 140, c -> new EventCells.Roles()),
                column("Missing", "missing", null, 112, 110,
                        c -> missing(new LineCell<>(r -> String.join(", ", r.missingRoles()), true))),
                column("Event date", "event-date", EventReviewSort.Column.EVENT_DATE, 100, 100,
                        c -> new LineCell<>(r -> r.event().attributes().date(), false)),
                column("Certainty", "certainty", EventReviewSort.Column.CERTAINTY, 96, 92,
                        c -> new LineCell<>(r -> r.event().attributes().certaintyId(), false)),
                column("Article", "article", EventReviewSort.Column.ARTICLE, 160, 80,
                        c -> new LineCell<>(EventReviewRow::articleTitle, true)),
                column("Annotator", "annotator", EventReviewSort.Column.ANNOTATOR, 96, 92,
                        c -> new LineCell<>(r -> r.trigger().annotator(), false)),
                column("Created", "created", EventReviewSort.Column.CREATED, 104, 104,
                        c -> new LineCell<>(r -> DAY.format(r.trigger().createdAt()), false))));

        table.setSortPolicy(t -> {
            if (!keepingSort) {
                model.setSort(sortOf(t.getSortOrder()));
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<PagedItem<EventReviewRow>> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getIndex());
                }
            });
            return row;
        });
        contextMenu(model);
    }

    /**
     * The event's incident id, empty if none; a double click on it lists that incident's events
     * (and opens nothing).
     */
    private static LineCell<EventReviewRow> incident(EventReviewViewModel model) {
        LineCell<EventReviewRow> cell = new LineCell<>(r -> r.event().incidentId() == 0 ? "" : Long.toString(r.event().incidentId()),
                false);
        cell.getStyleClass().add("incident-cell");
        cell.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()
                    && model.showIncidentOf(cell.getIndex())) {
                e.consume(); // the row would open the event
            }
        });
        return cell;
    }

    /** Right click: open the event, or list the events of its incident. */
    private void contextMenu(EventReviewViewModel model) {
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem("Open in the reading pane");
        open.setId("review-events-open");
        open.setOnAction(e -> model.open(table.getFocusModel().getFocusedIndex()));
        javafx.scene.control.MenuItem incident = new javafx.scene.control.MenuItem("Show this incident's events");
        incident.setId("review-events-show-incident");
        incident.setOnAction(e -> model.showIncidentOf(table.getFocusModel().getFocusedIndex()));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(open, incident);
        menu.setOnShowing(e -> {
            int focused = table.getFocusModel().getFocusedIndex();
            EventReviewRow row = focused < 0 || table.getItems() == null || focused >= table.getItems().size() ? null
                    : table.getItems().get(focused).row();
            open.setDisable(row == null);
            incident.setDisable(row == null || row.event().incidentId() == 0);
            incident.setText(row == null || row.event().incidentId() == 0 ? "Show this incident's events (none)"
                    : "Show the events of incident " + row.event().incidentId());
        });
        table.setContextMenu(menu);
    }

    private static LineCell<EventReviewRow> missing(LineCell<EventReviewRow> cell) {
        cell.getStyleClass().add("missing-roles-cell");
        return cell;
    }

    private static TableColumn<PagedItem<EventReviewRow>, EventReviewRow> column(
            String title, String id, EventReviewSort.Column sortBy, double width, double min,
            Function<TableColumn<PagedItem<EventReviewRow>, EventReviewRow>, TableCell<PagedItem<EventReviewRow>, EventReviewRow>> cells) {
        TableColumn<PagedItem<EventReviewRow>, EventReviewRow> column = new TableColumn<>(title);
        column.setId("events-column-" + id);
        column.setUserData(sortBy);
        column.setSortable(sortBy != null);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(c -> c.getValue().rowProperty());
        column.setComparator((a, b) -> 0); // never used: the sort policy hands sorting to the library
        column.setCellFactory(cells::apply);
        return column;
    }

    /** The order the table's sort columns ask for: the first one counts; none is the library's order. */
    static EventReviewSort sortOf(List<? extends TableColumn<?, ?>> order) {
        if (order.isEmpty() || !(order.get(0).getUserData() instanceof EventReviewSort.Column column)) {
            return EventReviewSort.LIBRARY;
        }
        return new EventReviewSort(column, order.get(0).getSortType() == TableColumn.SortType.DESCENDING);
    }

    private boolean keepingSort;

    /**
     * Shows these rows with the sort order kept: a TableView clears its sort order when its items
     * are replaced, which would put the events back in the library's order after every read.
     */
    void setItems(javafx.collections.ObservableList<PagedItem<EventReviewRow>> rows) {
        List<TableColumn<PagedItem<EventReviewRow>, ?>> order = List.copyOf(table.getSortOrder());
        keepingSort = true;
        try {
            table.setItems(rows);
            table.getSortOrder().setAll(order);
        } finally {
            keepingSort = false;
        }
    }

    TableView<PagedItem<EventReviewRow>> view() {
        return table;
    }
}
