package org.hashiya.ui.review;

import javafx.geometry.Pos;
import org.hashiya.domain.ReviewRow;

/** The reviewed mark: a tick, who marked the span and when; empty while it is not reviewed. */
final class ReviewedCell extends FixedRowCell<ReviewItem, ReviewRow> {
    ReviewedCell() {
        setAlignment(Pos.CENTER_LEFT);
        setEllipsisString("…");
        setMnemonicParsing(false);
        getStyleClass().add("reviewed-cell");
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || !row.span().isReviewed()) {
            setText(empty || row != null ? null : "…");
            return;
        }
        setText(ReviewedMark.text(row.span()));
    }
}
