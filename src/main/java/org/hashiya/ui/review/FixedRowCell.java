package org.hashiya.ui.review;

import javafx.scene.control.TableCell;

/**
 * A review table cell whose new content is laid out in the cell alone, where it may be. A cell asks for a layout
 * whenever its text or graphic changes, and by default that request climbs to the table's
 * {@code VirtualFlow}, which then rebuilds every row on screen and, in JavaFX 21, walks its
 * per-row size list from the first row to the one shown, several times over: near the end of a
 * million rows that is tens of milliseconds of the UI thread for each row read in. In a table of
 * fixed row height whose columns set the cells' widths, a cell's content never moves a row or
 * another cell, so the cell lays itself out and the table is left alone.
 */
abstract class FixedRowCell<S, T> extends TableCell<S, T> {
    /** True when {@code cell}'s layout requests need not reach its row and table. */
    static boolean laysOutAlone(TableCell<?, ?> cell) {
        return cell.getTableView() != null && cell.getTableView().getFixedCellSize() > 0 && cell.getTableRow() != null;
    }

    @Override
    public void requestLayout() {
        if (laysOutAlone(this)) {
            setNeedsLayout(true); // this cell only
        } else {
            super.requestLayout();
        }
    }
}
