package org.hashiya.ui.export;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A list row with a tick box for one {@link Choice}. The row is as wide as the list, never wider:
 * a long name ends in an ellipsis (at its left end when the list reads right to left) instead of
 * pushing a horizontal scroll bar in; the tooltip shows it whole.
 */
final class ChoiceCell<T> extends ListCell<Choice<T>> {
    private final CheckBox box = new CheckBox();
    private Choice<T> shown;

    ChoiceCell() {
        setPrefWidth(0); // take the list's width instead of widening it
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTextOverrun(OverrunStyle.ELLIPSIS);
        box.getStyleClass().add("choice-box");
        // the box fills the row (less the cell's padding), so its text is what gets cut
        box.prefWidthProperty().bind(widthProperty().subtract(
                javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> getInsets().getLeft() + getInsets().getRight() + 1, insetsProperty())));
    }

    @Override
    protected void updateItem(Choice<T> choice, boolean empty) {
        super.updateItem(choice, empty);
        if (shown != null) {
            box.selectedProperty().unbindBidirectional(shown.selectedProperty());
            shown = null;
        }
        setText(null);
        if (empty || choice == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        shown = choice;
        box.setText(choice.text());
        box.setSelected(choice.isSelected());
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        box.setGraphic(choice.colour().isEmpty() ? null : swatch(choice.colour()));
        setTooltip(new Tooltip(choice.detail().isEmpty() ? choice.text() : choice.text() + "\n" + choice.detail()));
        setGraphic(box);
    }

    private static Rectangle swatch(String colour) {
        Color fill;
        try {
            fill = Color.web(colour);
        } catch (IllegalArgumentException e) {
            fill = Color.TRANSPARENT;
        }
        Rectangle chip = new Rectangle(11, 11, fill);
        chip.getStyleClass().add("choice-swatch");
        return chip;
    }

    /** Lists whose entries are mostly Arabic read right to left: tick box at the right, text leftwards. */
    static void readRightToLeft(javafx.scene.control.ListView<?> list) {
        list.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
    }
}
