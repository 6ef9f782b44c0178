package org.hashiya.ui.labels;

import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** Colour chips for labels and the conversion between a picker's {@link Color} and "#rrggbb". */
final class Swatches {
    private Swatches() {
    }

    static Rectangle swatch(String colour) {
        Rectangle chip = new Rectangle(14, 14, colourOf(colour));
        chip.getStyleClass().add("label-swatch");
        return chip;
    }

    /** A stored colour as a paint; an unreadable one (never stored, but imported files lie) is transparent. */
    static Color colourOf(String colour) {
        try {
            return Color.web(colour);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.TRANSPARENT;
        }
    }

    static String hex(Color colour) {
        return String.format("#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }
}
