package org.hashiya.ui.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps a table's narrow columns (numbers, dates, status) exactly as wide as their header and their
 * widest content need, measured in the fonts the table really draws with (after CSS), so they are
 * never cut to "Len..." or "2026-12...", and give the rest of the width to the column that takes
 * what is left. Call {@link #fit()} after each layout of the table's parent; it only touches a
 * column whose needed width changed.
 */
final class FittedColumns {
    /** Breathing room so text never touches the column's edge. */
    private static final double SLACK = 4;

    private final TableView<?> table;
    private final Map<TableColumnBase<?, ?>, Supplier<List<String>>> contents = new LinkedHashMap<>();
    private final Text probe = new Text();

    FittedColumns(TableView<?> table) {
        this.table = table;
    }

    /** Fits {@code column} to its header and to the widest of {@code candidates}, texts its cells may show. */
    void add(TableColumnBase<?, ?> column, Supplier<List<String>> candidates) {
        contents.put(column, candidates);
    }

    /** Sets each fitted column's width from its header and widest content; false until the table is skinned. */
    boolean fit() {
        TableCell<?, ?> anyCell = (TableCell<?, ?>) table.lookup(".table-cell");
        boolean fitted = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || !contents.containsKey(header.getTableColumn())) {
                continue;
            }
            Label name = (Label) header.lookup(".label");
            if (name == null) {
                continue;
            }
            Insets headerInsets = header.getInsets();
            // No room for a sort arrow: the list cannot be sorted by its headers (its rows come filtered, unsortable).
            double forHeader = headerInsets.getLeft() + name.prefWidth(-1) + headerInsets.getRight();
            Font cellFont = anyCell != null ? anyCell.getFont() : name.getFont();
            Insets cellInsets = anyCell != null ? anyCell.getInsets() : headerInsets;
            double widest = 0;
            for (String text : contents.get(header.getTableColumn()).get()) {
                widest = Math.max(widest, textWidth(text, cellFont));
            }
            double forContent = cellInsets.getLeft() + widest + cellInsets.getRight();
            setWidth(header.getTableColumn(), Math.ceil(Math.max(forHeader, forContent) + SLACK));
            fitted = true;
        }
        return fitted;
    }

    private double textWidth(String text, Font font) {
        probe.setText(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static void setWidth(TableColumnBase<?, ?> column, double width) {
        if (Math.abs(column.getPrefWidth() - width) < 0.5 && Math.abs(column.getMinWidth() - width) < 0.5) {
            return;
        }
        column.setMaxWidth(Double.MAX_VALUE); // so min never exceeds max on the way
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }
}
