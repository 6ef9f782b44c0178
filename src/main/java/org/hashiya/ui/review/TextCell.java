package org.hashiya.ui.review;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import org.hashiya.domain.ReviewRow;

/**
 * A review table cell with one line of text from its row: Arabic reads right to left from the
 * cell's right edge and is cut with an ellipsis at its end (the left); Latin the other way. The
 * whole text is in the tooltip.
 */
class TextCell extends TableCell<ReviewItem, ReviewRow> {
    private final Function<ReviewRow, String> text;
    private final Direction.LineTip tip;
    private boolean markMismatch;

    TextCell(Function<ReviewRow, String> text, boolean tooltip) {
        this.text = text;
        this.tip = tooltip ? new Direction.LineTip() : null;
        setAlignment(Pos.CENTER_LEFT); // mirrored to the right edge in a right-to-left cell
        setEllipsisString("…");
        setMnemonicParsing(false);
        getStyleClass().add("review-text-cell");
    }

    /** Shows (in red, by CSS) when the span's stored text no longer matches its article. */
    TextCell markingMismatches() {
        markMismatch = true;
        return this;
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty) {
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(ReviewTable.LOADING, false);
            pseudoClassStateChanged(ReviewTable.MISMATCHED, false);
            return;
        }
        if (row == null) {
            setText("…");
            setTooltip(null);
            pseudoClassStateChanged(ReviewTable.LOADING, true);
            return;
        }
        pseudoClassStateChanged(ReviewTable.LOADING, false);
        pseudoClassStateChanged(ReviewTable.MISMATCHED, markMismatch && row.mismatched());
        String value = Direction.oneLine(text.apply(row));
        setText(value);
        setNodeOrientation(Direction.of(value));
        setTooltip(tip == null ? null : tip.showing(value));
    }
}
