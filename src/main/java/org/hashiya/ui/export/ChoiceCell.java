package org.hashiya.ui.export;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * A list row with a tick box for one {@link Choice}: box, colour chip, names. The row is as wide
 * as the list, never wider: long names end in an ellipsis instead of pushing a horizontal scroll
 * bar in; the tooltip shows them whole. A click on the names ticks the box too.
 */
final class ChoiceCell<T> extends ListCell<Choice<T>> {
    private final CheckBox box = new CheckBox();
    private final Rectangle swatch = new Rectangle(11, 11);
    private final NamePair names = new NamePair();
    private final HBox row = new HBox(6, box, swatch, names);
    private Choice<T> shown;

    ChoiceCell() {
        setPrefWidth(0); // take the list's width instead of widening it
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        swatch.getStyleClass().add("choice-swatch");
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMaxWidth(Double.MAX_VALUE);
        row.getStyleClass().add("choice-row");
        // the row fills the cell less its padding, so the names (not the list) give way
        row.prefWidthProperty().bind(widthProperty().subtract(Bindings.createDoubleBinding(
                () -> getInsets().getLeft() + getInsets().getRight() + 1, insetsProperty())));
        row.setMinWidth(0);
        names.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && shown != null) {
                shown.setSelected(!shown.isSelected());
            }
        });
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
        box.setSelected(choice.isSelected());
        box.selectedProperty().bindBidirectional(choice.selectedProperty());
        names.show(choice.text(), choice.secondary());
        swatch.setVisible(!choice.colour().isEmpty());
        swatch.setManaged(!choice.colour().isEmpty());
        swatch.setFill(colour(choice.colour()));
        String whole = choice.secondary().isEmpty() ? choice.text() : choice.text() + " — " + choice.secondary();
        setTooltip(new Tooltip(choice.detail().isEmpty() ? whole : whole + "\n" + choice.detail()));
        setGraphic(row);
    }

    private static Color colour(String colour) {
        try {
            return colour.isEmpty() ? Color.TRANSPARENT : Color.web(colour);
        } catch (IllegalArgumentException e) {
            return Color.TRANSPARENT;
        }
    }
}
