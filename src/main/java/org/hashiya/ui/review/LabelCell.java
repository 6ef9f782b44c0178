package org.hashiya.ui.review;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A row's label (a span's, an event's trigger's): a swatch of its colour and its name.
 * {@code labelOf} picks the label id from the row.
 */
final class LabelCell<S, T> extends FixedRowCell<S, T> {
    private final ReviewChoices choices;
    private final Function<T, String> labelOf;
    private final Rectangle swatch = new Rectangle(10, 10);

    LabelCell(ReviewChoices choices, Function<T, String> labelOf) {
        this.choices = choices;
        this.labelOf = labelOf;
        swatch.getStyleClass().add("label-swatch");
        setAlignment(Pos.CENTER_LEFT);
        setEllipsisString("…");
        setMnemonicParsing(false);
        setGraphicTextGap(6);
    }

    @Override
    protected void updateItem(T row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setText(empty ? null : "…");
            setGraphic(null);
            return;
        }
        String id = labelOf.apply(row);
        swatch.setFill(Color.web(choices.labelColour(id)));
        setGraphic(swatch);
        setText(choices.labelName(id));
    }
}
