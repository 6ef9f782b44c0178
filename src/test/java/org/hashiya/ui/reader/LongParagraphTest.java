package org.hashiya.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 1,000-word paragraph shows as several display chunks but reads, selects and copies as one. */
@ExtendWith(ApplicationExtension.class)
class LongParagraphTest {
    static final String LONG = ArticleTextTest.longParagraph();
    static final String TEXT = LONG + "\n" + ReadingPaneTest.BODY;

    private ReadingPane pane;
    private int boundary; // stored offset where the second chunk starts

    @Start
    void start(Stage stage) {
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        boundary = pane.article().chunkStoredStart(1);
        stage.setScene(new Scene(pane, 700, 1000));
        stage.show();
    }

    @Test
    void theLongParagraphIsShownInChunks() {
        assertThat(onFx(() -> pane.article().chunkCount())).isGreaterThanOrEqualTo(4);
        assertThat(onFx(() -> pane.area().getParagraphs().size())).isEqualTo(onFx(() -> pane.article().chunkCount()));
    }

    @Test
    void linesRunOnAcrossAChunkBoundaryWithTheSpacingOfLinesNotOfParagraphs() {
        showAround(boundary);
        double lastTopOfChunk0 = onFx(() -> bounds(boundary - 2).getMinY());
        double previousLineTop = onFx(() -> lineTopBefore(boundary - 2));
        double firstTopOfChunk1 = onFx(() -> bounds(boundary).getMinY());
        double pitch = lastTopOfChunk0 - previousLineTop;
        assertThat(pitch).as("a line pitch inside the chunk").isGreaterThan(10);
        assertThat(firstTopOfChunk1 - lastTopOfChunk0).isCloseTo(pitch, org.assertj.core.data.Offset.offset(1.0));
        // while a real paragraph end keeps its spacing
        int next = LONG.length() + 1;
        onFx(() -> {
            pane.area().showParagraphAtBottom(pane.article().chunkCount() - 1);
            pane.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double gap = onFx(() -> bounds(next).getMinY() - bounds(next - 3).getMinY());
        assertThat(gap).isGreaterThan(pitch + 10);
    }

    @Test
    void aSelectionAcrossAChunkBoundaryIsOneRangeOfStoredTextPaintedExactly(FxRobot robot) {
        int from = boundary - 30;
        int to = boundary + 25;
        showAround(boundary);
        onFx(() -> {
            pane.area().requestFocus();
            pane.selectRange(from, to);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(pane::getSelection)).isEqualTo(new javafx.scene.control.IndexRange(from, to));
        assertThat(onFx(pane::getSelectedText)).isEqualTo(TEXT.substring(from, to)).doesNotContain("\n");
        assertThat(onFx(() -> wronglyPainted(0, from, to))).isEmpty();
        assertThat(onFx(() -> wronglyPainted(1, from, to))).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(TEXT.substring(from, to));
    }

    @Test
    void aMouseDragAcrossAChunkBoundarySelectsExactlyTheWordsUnderThePointer(FxRobot robot) {
        showAround(boundary);
        int fromWord = TEXT.lastIndexOf(' ', boundary - 12) + 1; // a word late in chunk 0
        int toWord = TEXT.indexOf(' ', boundary + 8);            // ends a word early in chunk 1
        Point2D start = onFx(() -> screenCentre(fromWord + 1));
        Point2D end = onFx(() -> screenCentre(toWord - 1));
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(pane::getSelectedText)).isEqualTo(TEXT.substring(fromWord, toWord));
    }

    @Test
    void highlightsSpanningChunksArePaintedInEachChunk() {
        int from = boundary - 12;
        int to = boundary + 12;
        showAround(boundary);
        onFx(() -> {
            pane.setHighlights(List.of(Highlight.of("h", from, to, "#ffd54f")));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int k = 0; k < 2; k++) {
            int chunk = k;
            assertThat(onFx(() -> {
                ParagraphOverlay o = pane.overlay(chunk).orElseThrow();
                return wronglyPainted(chunk, (Path) o.highlightPaths().get(0), from, to);
            })).isEmpty();
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void showAround(int offset) {
        onFx(() -> {
            pane.scrollToOffset(offset);
            pane.layout();
            pane.area().scrollYBy(-300); // the end of the chunk before too
            pane.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds bounds(int offset) {
        return pane.characterBoundsInScene(offset).orElseThrow(() -> new AssertionError("offset " + offset + " in chunk "
                + pane.article().chunkOf(offset) + " not shown; shown: " + pane.area().firstVisibleParToAllParIndex() + ".."
                + pane.area().lastVisibleParToAllParIndex() + " of " + pane.article().chunkCount()));
    }

    /** Top of the line above the one holding the offset, within the same chunk. */
    private double lineTopBefore(int offset) {
        double top = bounds(offset).getMinY();
        for (int i = offset - 1; i >= 0; i--) {
            double t = bounds(i).getMinY();
            if (t < top - 1) {
                return t;
            }
        }
        throw new AssertionError("no line above " + offset);
    }

    private Point2D screenCentre(int offset) {
        Bounds b = bounds(offset);
        return pane.localToScreen(pane.sceneToLocal(b.getCenterX(), b.getCenterY()));
    }

    private List<String> wronglyPainted(int chunk, int from, int to) {
        return wronglyPainted(chunk, pane.overlay(chunk).orElseThrow().selectionPath(), from, to);
    }

    /** Non-space characters of the chunk painted though outside [from, to), or not painted though inside. */
    private List<String> wronglyPainted(int chunk, Path path, int from, int to) {
        ArticleText article = pane.article();
        return PaintCheck.wronglyPainted(TEXT, article.chunkStoredStart(chunk), article.chunkStoredEnd(chunk),
                this::bounds, path, from, to);
    }
}
