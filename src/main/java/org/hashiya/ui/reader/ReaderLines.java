package org.hashiya.ui.reader;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;

/**
 * Up/Down and PageUp/PageDown for the reading pane. RichTextFX finds the target from its own line
 * measurements, which assume left-to-right lines: in right-aligned Arabic, Down went up a line.
 * Here the caret's x comes from the flow's own caret shape and the target from the flows' own hit
 * tests (through {@link ReadingPane#hitScene}), so it lands below or above the caret on screen.
 * Repeated presses keep the x the first one started from.
 */
final class ReaderLines {
    private static final String GOAL_X = "hashiya.reader.goalX";
    private static final String GOAL_CARET = "hashiya.reader.goalCaret";
    private static final double STEP = 2;
    private static final double MAX_SCAN = 400;

    private ReaderLines() {
    }

    /** One line up (-1) or down (+1). */
    static void move(ReadingPane pane, int direction, boolean extend) {
        Optional<double[]> caret = caretInScene(pane);
        if (caret.isEmpty()) {
            return;
        }
        double x = goalX(pane, caret.get()[0]);
        double y = direction > 0 ? caret.get()[2] + STEP : caret.get()[1] - STEP;
        Bounds area = pane.area().localToScene(pane.area().getLayoutBounds());
        double lineHeight = caret.get()[2] - caret.get()[1];
        if (y + direction * lineHeight * 1.5 > area.getMaxY() || y + direction * lineHeight * 1.5 < area.getMinY()) {
            // the line to go to is (partly) out of view: scroll a line's worth first
            pane.area().scrollYBy(direction * (lineHeight + 2 * STEP));
            pane.area().layout();
            caret = caretInScene(pane);
            if (caret.isEmpty()) {
                return;
            }
            y = direction > 0 ? caret.get()[2] + STEP : caret.get()[1] - STEP;
        }
        for (double travelled = 0; travelled < MAX_SCAN; travelled += STEP, y += direction * STEP) {
            OptionalTarget t = targetAt(pane, x, y, direction);
            if (t != null) {
                land(pane, t.offset, x, extend);
                return;
            }
        }
        // no line there: the start or end of the text
        land(pane, direction > 0 ? pane.article().length() : 0, x, extend);
    }

    /** A viewport up (-1) or down (+1), the caret keeping its place on screen. */
    static void page(ReadingPane pane, int direction, boolean extend) {
        Optional<double[]> caret = caretInScene(pane);
        if (caret.isEmpty()) {
            return;
        }
        double x = goalX(pane, caret.get()[0]);
        double y = (caret.get()[1] + caret.get()[2]) / 2;
        var area = pane.area();
        double page = Math.max(20, area.getHeight() - (caret.get()[2] - caret.get()[1]));
        double before = area.getEstimatedScrollY();
        area.scrollYBy(direction * page);
        area.layout();
        double scrolled = area.getEstimatedScrollY() - before;
        // what the view could not scroll, the caret moves on screen instead
        double targetY = y + direction * page - scrolled;
        Bounds view = area.localToScene(area.getLayoutBounds());
        if (targetY > view.getMaxY()) {
            land(pane, pane.article().length(), x, extend);
            return;
        }
        if (targetY < view.getMinY()) {
            land(pane, 0, x, extend);
            return;
        }
        for (double travelled = 0; travelled < MAX_SCAN; travelled += STEP, targetY += direction * STEP) {
            OptionalTarget t = targetAt(pane, x, targetY, direction);
            if (t != null) {
                land(pane, t.offset, x, extend);
                return;
            }
        }
        land(pane, direction > 0 ? pane.article().length() : 0, x, extend);
    }

    private record OptionalTarget(int offset) {
    }

    /** The caret position at a scene point on a shown paragraph's line, or null between paragraphs. */
    private static OptionalTarget targetAt(ReadingPane pane, double x, double y, int direction) {
        for (int chunk = 0; chunk < pane.article().chunkCount(); chunk = nextShown(pane, chunk)) {
            Optional<ParagraphOverlay> o = pane.overlay(chunk);
            if (o.isPresent() && o.get().coversSceneY(x, y)) {
                // a little further in, so the hit test is on the line and not in the spacing above it
                double lineY = y + direction * 4;
                int offset = pane.hitScene(x, lineY)[1];
                // past the end of a wrapped line the hit gives the next line's start: stay on this line
                Optional<Bounds> at = offset < pane.article().length() ? pane.characterBoundsInScene(offset) : Optional.empty();
                if (offset > 0 && at.isPresent() && at.get().getMinY() > lineY) {
                    offset--;
                }
                return new OptionalTarget(offset);
            }
        }
        return null;
    }

    private static int nextShown(ReadingPane pane, int chunk) {
        if (chunk < pane.area().firstVisibleParToAllParIndex()) {
            return pane.area().firstVisibleParToAllParIndex();
        }
        return chunk >= pane.area().lastVisibleParToAllParIndex() ? Integer.MAX_VALUE : chunk + 1;
    }

    private static void land(ReadingPane pane, int offset, double x, boolean extend) {
        pane.moveCaret(offset, extend);
        pane.getProperties().put(GOAL_X, x);
        pane.getProperties().put(GOAL_CARET, pane.caret());
    }

    private static double goalX(ReadingPane pane, double caretX) {
        Object goal = pane.getProperties().get(GOAL_X);
        Object at = pane.getProperties().get(GOAL_CARET);
        return goal instanceof Double g && at instanceof Integer c && c == pane.caret() ? g : caretX;
    }

    /** {@code [x, lineTop, lineBottom]} of the caret in scene coordinates, scrolling it into view if needed. */
    private static Optional<double[]> caretInScene(ReadingPane pane) {
        ArticleText article = pane.article();
        int caret = pane.caret();
        int k = article.chunkOf(caret);
        if (pane.overlay(k).isEmpty()) {
            pane.scrollToOffset(caret);
            pane.area().layout();
        }
        Optional<ParagraphOverlay> overlay = pane.overlay(k);
        if (overlay.isEmpty() || article.displayLength(k) == 0) {
            return overlay.map(o -> {
                Bounds b = o.flow().localToScene(o.flow().getLayoutBounds());
                return new double[] {b.getMaxX(), b.getMinY(), b.getMaxY()};
            });
        }
        TextFlow flow = overlay.get().flow();
        int column = article.toDisplay(caret) - article.chunkDisplayStart(k);
        int length = article.displayLength(k);
        Bounds line = flow.localToScene(overlay.get().characterBounds(Math.min(column, length - 1)));
        double x = line.getCenterX();
        for (PathElement e : flow.caretShape(column, true)) {
            if (e instanceof MoveTo m) {
                x = flow.localToScene(new Point2D(m.getX(), m.getY())).getX();
                break;
            }
        }
        return Optional.of(new double[] {x, line.getMinY(), line.getMaxY()});
    }
}
