package org.hashiya.ui.export;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/**
 * One value of the CSV preview table, on one line cut with an ellipsis. A value whose first
 * strong letter is Arabic reads right to left from the cell's right edge; others left to right.
 */
final class PreviewCell extends TableCell<List<String>, String> {
    PreviewCell() {
        setAlignment(Pos.CENTER_LEFT); // mirrored to the right edge in a right-to-left cell
        setEllipsisString("…");
        setMnemonicParsing(false);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        String text = empty || value == null ? null : value.replace('\n', ' ').replace('\r', ' ');
        setText(text);
        setNodeOrientation(text != null && readsRightToLeft(text)
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
    }

    /** True when the first strong letter is right to left (Arabic, Hebrew...), as the bidi algorithm decides a paragraph. */
    static boolean readsRightToLeft(String text) {
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
}
