package org.hashiya.ui.review;

import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.hashiya.domain.ReviewRow;

/** The span's label: a swatch of its colour and its name. */
final class LabelCell extends TableCell<ReviewItem, ReviewRow> {
    private final ReviewViewModel model;
    private final Rectangle swatch = new Rectangle(10, 10);

    LabelCell(ReviewViewModel model) {
        this.model = model;
        swatch.getStyleClass().add("label-swatch");
        setAlignment(Pos.CENTER_LEFT);
        setEllipsisString("…");
        setMnemonicParsing(false);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(ReviewRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(empty ? null : "…");
            setGraphic(null);
            return;
        }
        String id = row.span().labelId();
        swatch.setFill(Color.web(model.choices().labelColour(id)));
        setGraphic(swatch);
        setText(model.choices().labelName(id));
    }
}
