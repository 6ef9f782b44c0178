package org.hashiya.ui.registry;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;

/**
 * The registry's table, right to left: the Arabic name in the first column on the right, then
 * type, aliases, English name, country, Wikidata id or coordinates, and the id on the left. The
 * columns share the width (no horizontal scroll bar); a cell too narrow for its text ends in an
 * ellipsis and shows it whole in its tooltip.
 */
final class RegistryTable {
    static final double ROW_HEIGHT = 30;

    private final TableView<RegistryEntry> table = new TableView<>();

    /** @param edit what a double click on an entry does (opens it in the entry dialog) */
    RegistryTable(RegistryViewModel model, Runnable edit) {
        table.setId("registry-table");
        table.getStyleClass().add("registry-table");
        table.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No entries here. Add one with New actor… or New place…, or import a CSV list."));
        table.getColumns().setAll(java.util.List.of(
                column("الاسم  Name", "name", 210, RegistryEntry::name),
                column("النوع  Type", "type", 150, e -> e instanceof ActorEntry a ? a.type() : "place"),
                column("أسماء أخرى  Aliases", "aliases", 260, e -> String.join(" | ", e.aliases())),
                column("English name", "english", 170, RegistryEntry::englishName),
                column("Country", "country", 70, RegistryEntry::country),
                column("Wikidata / location", "where", 150, RegistryTable::where),
                column("Id", "id", 60, e -> Long.toString(e.id()))));
        for (TableColumn<RegistryEntry, ?> column : table.getColumns()) {
            column.setSortable(false); // the search decides the order: best match first
        }
        table.setItems(model.rows());
        table.setRowFactory(t -> {
            TableRow<RegistryEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit.run();
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.pickedProperty().set(now));
        model.pickedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    reveal(now); // an entry just added or edited may lie outside the rows shown
                }
            }
        });
    }

    /** Scrolls to the entry unless it is shown whole already. */
    private void reveal(RegistryEntry entry) {
        int index = table.getItems().indexOf(entry);
        if (index < 0) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(index);
    }

    private static String where(RegistryEntry entry) {
        if (entry instanceof ActorEntry a) {
            return a.wikidata();
        }
        PlaceEntry p = (PlaceEntry) entry;
        if (p.latitude() == null) {
            return p.province();
        }
        String at = plain(p.latitude()) + ", " + plain(p.longitude());
        return p.province().isEmpty() ? at : at + " (" + p.province() + ")";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static TableColumn<RegistryEntry, RegistryEntry> column(String title, String id, double width,
                                                                    Function<RegistryEntry, String> text) {
        TableColumn<RegistryEntry, RegistryEntry> column = new TableColumn<>(title);
        column.setId("registry-column-" + id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 50));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new EntryCell(text));
        return column;
    }

    TableView<RegistryEntry> view() {
        return table;
    }
}
