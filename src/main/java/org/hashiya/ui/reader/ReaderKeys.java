package org.hashiya.ui.reader;

import static javafx.scene.input.KeyCode.ADD;
import static javafx.scene.input.KeyCode.C;
import static javafx.scene.input.KeyCode.COPY;
import static javafx.scene.input.KeyCode.DOWN;
import static javafx.scene.input.KeyCode.PAGE_DOWN;
import static javafx.scene.input.KeyCode.PAGE_UP;
import static javafx.scene.input.KeyCode.UP;
import static javafx.scene.input.KeyCombination.CONTROL_DOWN;
import static javafx.scene.input.KeyCode.INSERT;
import static javafx.scene.input.KeyCode.DIGIT0;
import static javafx.scene.input.KeyCode.END;
import static javafx.scene.input.KeyCode.EQUALS;
import static javafx.scene.input.KeyCode.HOME;
import static javafx.scene.input.KeyCode.LEFT;
import static javafx.scene.input.KeyCode.MINUS;
import static javafx.scene.input.KeyCode.NUMPAD0;
import static javafx.scene.input.KeyCode.PLUS;
import static javafx.scene.input.KeyCode.RIGHT;
import static javafx.scene.input.KeyCode.SUBTRACT;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;
import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import javafx.scene.control.IndexRange;
import javafx.scene.text.TextFlow;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Keys that RichTextFX gets wrong for right-to-left paragraphs in a left-to-right area, and zoom.
 * In an RTL paragraph Left moves to the next character in reading order and Right to the previous
 * one (inside a Latin word too: a trade-off); Home/End go to the logical start/end of the visual
 * line, found from the flow's own line geometry. Added with {@link Nodes#addInputMap}, so these take
 * priority over the area's defaults.
 */
final class ReaderKeys {
    private ReaderKeys() {
    }

    static void install(ReadingPane pane) {
        Nodes.addInputMap(pane.area(), sequence(
                consume(keyPressed(LEFT), e -> arrow(pane, true, false)),
                consume(keyPressed(LEFT, SHIFT_DOWN), e -> arrow(pane, true, true)),
                consume(keyPressed(RIGHT), e -> arrow(pane, false, false)),
                consume(keyPressed(RIGHT, SHIFT_DOWN), e -> arrow(pane, false, true)),
                consume(keyPressed(LEFT, CONTROL_DOWN), e -> word(pane, true, false)),
                consume(keyPressed(LEFT, CONTROL_DOWN, SHIFT_DOWN), e -> word(pane, true, true)),
                consume(keyPressed(RIGHT, CONTROL_DOWN), e -> word(pane, false, false)),
                consume(keyPressed(RIGHT, CONTROL_DOWN, SHIFT_DOWN), e -> word(pane, false, true)),
                consume(keyPressed(UP), e -> ReaderLines.move(pane, -1, false)),
                consume(keyPressed(UP, SHIFT_DOWN), e -> ReaderLines.move(pane, -1, true)),
                consume(keyPressed(DOWN), e -> ReaderLines.move(pane, 1, false)),
                consume(keyPressed(DOWN, SHIFT_DOWN), e -> ReaderLines.move(pane, 1, true)),
                consume(keyPressed(PAGE_UP), e -> ReaderLines.page(pane, -1, false)),
                consume(keyPressed(PAGE_UP, SHIFT_DOWN), e -> ReaderLines.page(pane, -1, true)),
                consume(keyPressed(PAGE_DOWN), e -> ReaderLines.page(pane, 1, false)),
                consume(keyPressed(PAGE_DOWN, SHIFT_DOWN), e -> ReaderLines.page(pane, 1, true)),
                consume(keyPressed(HOME), e -> lineEdge(pane, false, false)),
                consume(keyPressed(HOME, SHIFT_DOWN), e -> lineEdge(pane, false, true)),
                consume(keyPressed(END), e -> lineEdge(pane, true, false)),
                consume(keyPressed(END, SHIFT_DOWN), e -> lineEdge(pane, true, true)),
                // the area would copy its display text: chunk breaks and direction marks
                consume(keyPressed(C, SHORTCUT_DOWN), e -> pane.copySelection()),
                consume(keyPressed(INSERT, SHORTCUT_DOWN), e -> pane.copySelection()),
                consume(keyPressed(COPY), e -> pane.copySelection()),
                consume(keyPressed(PLUS, SHORTCUT_DOWN), e -> pane.zoomIn()),
                consume(keyPressed(EQUALS, SHORTCUT_DOWN), e -> pane.zoomIn()),
                consume(keyPressed(EQUALS, SHORTCUT_DOWN, SHIFT_DOWN), e -> pane.zoomIn()),
                consume(keyPressed(ADD, SHORTCUT_DOWN), e -> pane.zoomIn()),
                consume(keyPressed(MINUS, SHORTCUT_DOWN), e -> pane.zoomOut()),
                consume(keyPressed(SUBTRACT, SHORTCUT_DOWN), e -> pane.zoomOut()),
                consume(keyPressed(DIGIT0, SHORTCUT_DOWN), e -> pane.resetZoom()),
                consume(keyPressed(NUMPAD0, SHORTCUT_DOWN), e -> pane.resetZoom())));
    }

    static void arrow(ReadingPane pane, boolean left, boolean extend) {
        ArticleText article = pane.article();
        String text = article.text();
        int caret = pane.caret();
        boolean forward = left == article.isRightToLeft(article.paragraphOf(caret));
        IndexRange selected = pane.getSelection();
        int target;
        if (!extend && selected.getLength() > 0) {
            target = forward ? selected.getEnd() : selected.getStart();
        } else if (forward) {
            target = caret < text.length() ? text.offsetByCodePoints(caret, 1) : caret;
        } else {
            target = caret > 0 ? text.offsetByCodePoints(caret, -1) : caret;
        }
        pane.moveCaret(target, extend);
    }

    /**
     * Ctrl+Left/Right: to the start of the next word in reading order (Left in an RTL paragraph,
     * Right in an LTR one), or back to the start of this or the previous word. A paragraph end is a stop.
     */
    static void word(ReadingPane pane, boolean left, boolean extend) {
        ArticleText article = pane.article();
        String text = article.text();
        int caret = pane.caret();
        boolean forward = left == article.isRightToLeft(article.paragraphOf(caret));
        int i = caret;
        if (forward) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
                i++;
            }
            if (i == caret && i < text.length()) {
                i++; // over the paragraph end
            }
        } else {
            while (i > 0 && Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
                i--;
            }
            if (i == caret && i > 0 && text.charAt(i - 1) == '\n') {
                i--;
            } else {
                while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    i--;
                }
            }
        }
        pane.moveCaret(i, extend);
    }

    static void lineEdge(ReadingPane pane, boolean end, boolean extend) {
        ArticleText article = pane.article();
        int caret = pane.caret();
        int k = article.chunkOf(caret);
        // work in the chunk's display columns, where the flow's geometry lives
        int zero = article.columnZero(k);
        int first = article.chunkStoredStart(k) - zero; // 1 after a leading mark
        int length = article.displayLength(k);
        TextFlow flow = pane.overlay(k).map(ParagraphOverlay::flow).orElse(null);
        int target;
        if (flow == null || length == first) {
            target = end ? article.chunkStoredEnd(k) : article.chunkStoredStart(k);
        } else {
            int ref = Math.max(first, Math.min(caret - zero, length - 1));
            double top = lineTop(flow, ref);
            if (end) {
                int lo = ref;
                int hi = length - 1;
                while (lo < hi) { // last character on the caret's line
                    int mid = (lo + hi + 1) >>> 1;
                    if (lineTop(flow, mid) <= top + 0.5) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                boolean wrapped = lo < length - 1;
                // before the space a wrapped line ends with, so the caret stays on this line
                target = zero + (wrapped && Character.isWhitespace(article.text().charAt(zero + lo)) ? lo : lo + 1);
            } else {
                int lo = first;
                int hi = ref;
                while (lo < hi) { // first character on the caret's line
                    int mid = (lo + hi) >>> 1;
                    if (lineTop(flow, mid) >= top - 0.5) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                target = zero + lo;
            }
        }
        pane.moveCaret(target, extend);
    }

    private static double lineTop(TextFlow flow, int column) {
        return ParagraphOverlay.bounds(flow.rangeShape(column, column + 1)).getMinY();
    }
}
