package org.hashiya.ui.reader;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Primary-button mouse handling, replacing the area's: a press puts the caret on the character
 * under the pointer, a double click selects the word, a drag selects whole words from the one
 * pressed to the one under the pointer. With Alt held, a drag selects exact characters instead, from
 * the one pressed to the one under the pointer (for clitics such as و or بـ). Hit-testing uses the
 * flows' own geometry because the area's hit test is off for right-aligned lines.
 */
final class ReaderMouse {
    private final ReadingPane pane;
    private int anchorStart;
    private int anchorEnd;

    ReaderMouse(ReadingPane pane) {
        this.pane = pane;
    }

    void install() {
        var area = pane.area();
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, this::consumePrimary);
        area.addEventFilter(MouseEvent.DRAG_DETECTED, this::consumePrimary);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        pane.area().requestFocus();
        int[] word = wordUnder(e);
        if (e.getClickCount() >= 2) {
            pane.selectRange(word[0], word[1]);
        } else if (e.isShiftDown()) {
            pane.selectRange(pane.anchor(), word[2]);
            return;
        } else if (e.isAltDown()) {
            pane.selectRange(word[2], word[2]);
            anchorStart = word[2];
            anchorEnd = word[1] > word[0] ? nextCharacter(word[2]) : word[2];
            return;
        } else {
            pane.selectRange(word[2], word[2]);
        }
        anchorStart = word[0];
        anchorEnd = word[1];
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        e.consume();
        int[] word = wordUnder(e);
        if (e.isAltDown() && word[1] > word[0]) {
            word = new int[] {word[2], nextCharacter(word[2])}; // the character itself, not its word
        }
        if (word[0] < anchorStart) {
            pane.selectRange(anchorEnd, word[0]); // caret at the pointer's end
        } else {
            pane.selectRange(anchorStart, Math.max(anchorEnd, word[1]));
        }
        autoscroll(e);
    }

    private void consumePrimary(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            e.consume();
        }
    }

    /** {@code [wordStart, wordEnd, caret]} under the pointer; an empty word off the characters. */
    private int[] wordUnder(MouseEvent e) {
        int[] hit = pane.hitScene(e.getSceneX(), e.getSceneY());
        ArticleText article = pane.article();
        if (hit[0] < 0) {
            return new int[] {hit[1], hit[1], hit[1]};
        }
        int p = article.paragraphOf(hit[0]);
        int start = article.paragraphStart(p);
        int[] word = WordSegments.wordAt(article.paragraph(p), hit[0] - start);
        return new int[] {start + word[0], start + word[1], hit[0]};
    }

    private int nextCharacter(int offset) {
        String text = pane.article().text();
        return offset < text.length() ? text.offsetByCodePoints(offset, 1) : offset;
    }

    private void autoscroll(MouseEvent e) {
        var area = pane.area();
        Point2D local = area.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (local.getY() < 0) {
            area.scrollYBy(local.getY());
        } else if (local.getY() > area.getHeight()) {
            area.scrollYBy(local.getY() - area.getHeight());
        }
    }
}
