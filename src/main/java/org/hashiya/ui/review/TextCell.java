package org.hashiya.ui.review;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import org.hashiya.domain.ReviewRow;

/**
 * A review table cell with one line of text from its row: Arabic reads right to left from the
 * cell's right edge and is cut with an ellipsis at its end (the left); Latin the other way. The
 * whole text is in the tooltip. The cell cuts its text itself ({@link LineFit}), at every layout.
 */
class TextCell extends FixedRowCell<ReviewItem, ReviewRow> {
    private final Function<ReviewRow, String> text;
    private final Direction.LineTip tip;
    private boolean markMismatch;
    /** The whole text of the row shown (the cell's text is it, cut to the cell's width). */
    private String full;
    private final LineFit.Cut cut = new LineFit.Cut(true);
    /** True while the cell cuts its text in its own layout (which shows the new text: no layout to ask for). */
    private boolean fitting;

    TextCell(Function<ReviewRow, String> text, boolean tooltip) {
        this.text = text;
        this.tip = tooltip ? new Direction.LineTip() : null;
        setAlignment(Pos.CENTER_LEFT); // mirrored to the right edge in a right-to-left cell
        setEllipsisString("…");
        setMnemonicParsing(false);
        getStyleClass().add("review-text-cell");
    }

    /**
     * Without the clip JavaFX gives every table cell: a right-to-left cell is mirrored, and a clip
     * under a mirroring transform is painted through an off-screen mask, one blend per cell (about
     * a third of the software renderer's time per screen in the review table, JFR native samples
     * in {@code SSEBlend_SRC_INPeer.filter} under {@code NGNode.renderClip}). The text here is cut
     * to fit inside the cell's padding ({@link LineFit}), so the clip had nothing to cut.
     */
    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        javafx.scene.control.Skin<?> skin = super.createDefaultSkin(); // TableCellSkinBase sets the clip
        setClip(null);
        return skin;
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
            full = null;
            setText(null);
            setTooltip(null);
            pseudoClassStateChanged(ReviewTable.LOADING, false);
            pseudoClassStateChanged(ReviewTable.MISMATCHED, false);
            return;
        }
        if (row == null) {
            full = null;
            setText("…");
            setTooltip(null);
            pseudoClassStateChanged(ReviewTable.LOADING, true);
            return;
        }
        pseudoClassStateChanged(ReviewTable.LOADING, false);
        pseudoClassStateChanged(ReviewTable.MISMATCHED, markMismatch && row.mismatched());
        String value = Direction.oneLine(text.apply(row));
        full = value;
        setNodeOrientation(Direction.of(value));
        // cut now to the width the cell has (a cell keeps its column's width), so the text changes once
        setText(getWidth() > 0 ? cut.shown(value, getFont(), room()) : value);
        setTooltip(tip == null ? null : tip.showing(value));
    }

    /** The width the skin lays the text out in. */
    private double room() {
        return getWidth() - snappedLeftInset() - snappedRightInset()
                - snapSizeX(getLabelPadding().getLeft()) - snapSizeX(getLabelPadding().getRight());
    }

    @Override
    protected void layoutChildren() {
        String shown = full == null ? null : cut.shown(full, getFont(), room());
        if (shown != null && !shown.equals(getText())) {
            fitting = true;
            try {
                setText(shown);
            } finally {
                fitting = false;
            }
        }
        super.layoutChildren();
    }

    @Override
    public void requestLayout() {
        if (fitting) {
            return; // the new text is being laid out now
        }
        super.requestLayout(); // this cell alone where it may be (FixedRowCell)
    }
}
