package org.hashiya.ui.review;

import javafx.geometry.NodeOrientation;

/** Which way a cell's text reads: as the bidi algorithm decides a paragraph, by its first strong letter. */
public final class Direction {
    private Direction() {
    }

    /** True when the first strong letter reads right to left (Arabic, Hebrew, ...). */
    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Right to left for text that starts so (its ellipsis then lands at its end, on the left). */
    public static NodeOrientation of(String text) {
        return text != null && startsRightToLeft(text) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** The longest text a tooltip shows, on one line (JavaFX garbles a long wrapped Arabic run). */
    static final int TOOLTIP_CHARS = 160;

    /**
     * A tooltip that shows one line of text read the way it reads: made once per cell (making a
     * tooltip costs more than the rest of a cell) and given new text as the cell shows other rows.
     */
    public static final class LineTip {
        private final javafx.scene.control.Label label = new javafx.scene.control.Label();
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        public LineTip() {
            label.setMnemonicParsing(false);
            label.getStyleClass().add("review-tip");
            tip.setGraphic(label);
        }

        /** The tooltip showing {@code text} (cut at {@link #TOOLTIP_CHARS}), or null for blank text. */
        public javafx.scene.control.Tooltip showing(String text) {
            String line = oneLine(text);
            if (line.isBlank()) {
                return null;
            }
            if (line.length() > TOOLTIP_CHARS) {
                line = line.substring(0, TOOLTIP_CHARS) + "…";
            }
            label.setText(line);
            label.setNodeOrientation(of(line));
            return tip;
        }
    }

    /** One line: line breaks and tabs become spaces, so a cell never grows taller. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ');
    }
}
