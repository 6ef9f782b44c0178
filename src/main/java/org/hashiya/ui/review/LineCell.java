package org.hashiya.ui.review;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/**
 * A cell of a paged table with one line of text from its row: Arabic reads right to left from the
 * cell's right edge and is cut with an ellipsis at its end (the left); Latin the other way. The
 * whole text in the tooltip if asked for. "…" while the row is being read.
 */
class LineCell<R> extends TableCell<PagedItem<R>, R> {
    private final Function<R, String> text;
    private final Direction.LineTip tip;

    LineCell(Function<R, String> text, boolean tooltip) {
        this.text = text;
        this.tip = tooltip ? new Direction.LineTip() : null;
        setAlignment(Pos.CENTER_LEFT); // mirrored to the right edge in a right-to-left cell
        setEllipsisString("…");
        setMnemonicParsing(false);
        getStyleClass().add("review-text-cell");
    }

    @Override
    protected void updateItem(R row, boolean empty) {
        super.updateItem(row, empty);
        pseudoClassStateChanged(ReviewTable.LOADING, !empty && row == null);
        if (empty || row == null) {
            setText(empty ? null : "…");
            setTooltip(null);
            return;
        }
        String value = Direction.oneLine(text.apply(row));
        setText(value);
        setNodeOrientation(Direction.of(value));
        setTooltip(tip == null ? null : tip.showing(value));
    }
}
