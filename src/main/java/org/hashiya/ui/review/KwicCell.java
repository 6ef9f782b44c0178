package org.hashiya.ui.review;

import org.hashiya.domain.ReviewRow;

/**
 * Keyword in context: the span in its sentence on one line, right to left, the span in the middle
 * and emphasised, the rest greyed ({@link KwicLine}); the whole sentence in the tooltip.
 */
final class KwicCell extends FixedRowCell<ReviewItem, ReviewRow> {
    private final KwicLine line = new KwicLine();
    private final Direction.LineTip tip = new Direction.LineTip();

    KwicCell() {
        getStyleClass().add("kwic-cell");
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        // the line takes the cell's width inside its padding; it never asks for more
        line.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - getInsets().getLeft() - getInsets().getRight()),
                widthProperty(), insetsProperty()));
        line.maxWidthProperty().bind(line.prefWidthProperty());
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            setText(empty ? null : "…");
            setContentDisplay(javafx.scene.control.ContentDisplay.TEXT_ONLY);
            return;
        }
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        line.show(row.context());
        setText(null);
        setGraphic(line);
        setTooltip(tip.showing(row.context().sentence()));
    }

    KwicLine line() {
        return line;
    }
}
