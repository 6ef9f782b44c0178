package org.hashiya.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.reader.ReadingPaneTest.BODY;
import static org.hashiya.ui.reader.ReadingPaneTest.BODY_START;
import static org.hashiya.ui.FxThread.onFx;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Up/Down, PageUp/PageDown and Ctrl+arrows in right-to-left (and left-to-right) paragraphs. */
@ExtendWith(ApplicationExtension.class)
class ReaderKeysTest {
    static final String ENGLISH = "The United States urged the members of the coalition to continue.";
    static final String TEXT = ReadingPaneTest.TITLE + "\n" + BODY + "\n" + ENGLISH;
    static final int ENGLISH_START = BODY_START + BODY.length() + 1;

    private ReadingPane pane;

    @Start
    void start(Stage stage) {
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        stage.setScene(new Scene(pane, 600, 600));
        stage.show();
    }

    @Test
    void downGoesToTheCharacterBelowOnTheNextLineAndUpComesBack(FxRobot robot) {
        int start = BODY_START + BODY.indexOf("الرامية") + 3;
        caretAt(start);
        Bounds before = onFx(() -> bounds(start));
        robot.type(KeyCode.DOWN);
        int down = caret();
        Bounds after = onFx(() -> bounds(down));
        assertThat(after.getMinY()).as("next line: from " + start + " " + before + " to " + down + " " + after).isGreaterThan(before.getMaxY() - 5).isLessThan(before.getMaxY() + 40);
        assertThat(after.getCenterX()).as("below the caret").isCloseTo(before.getCenterX(), Offset.offset(20.0));
        robot.type(KeyCode.UP);
        assertThat(caret()).isCloseTo(start, Offset.offset(1));
    }

    @Test
    void downFromAOneLineParagraphGoesIntoTheNextParagraphAndShiftDownExtends(FxRobot robot) {
        caretAt(2);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        int down = caret();
        assertThat(down).isGreaterThan(BODY_START);
        assertThat(onFx(() -> bounds(down).getMinY())).as("on the body's first line")
                .isCloseTo(onFx(() -> bounds(BODY_START).getMinY()), Offset.offset(1.0));
        assertThat(onFx(pane::getSelection)).isEqualTo(new IndexRange(2, down));
    }

    @Test
    void ctrlLeftMovesToTheNextWordInReadingOrderInAnRtlParagraphAndCtrlRightBack(FxRobot robot) {
        caretAt(BODY_START);
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(caret()).isEqualTo(BODY_START + "حثت ".length());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(caret()).isEqualTo(BODY_START + "حثت الولايات ".length());
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(caret()).isEqualTo(BODY_START + "حثت ".length());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(pane::getSelectedText)).isEqualTo("الولايات ");
    }

    @Test
    void ctrlRightMovesToTheNextWordInAnEnglishParagraph(FxRobot robot) {
        caretAt(ENGLISH_START);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertThat(caret()).isEqualTo(ENGLISH_START + "The ".length());
        robot.press(KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL);
        assertThat(caret()).isEqualTo(ENGLISH_START);
    }

    @Test
    void pageDownMovesTheCaretAndTheViewAScreenOnAndPageUpBack(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(BODY).append('\n');
        }
        onFx(() -> {
            pane.setArticle(sb.toString());
            pane.layout();
            return null;
        });
        int start = BODY.indexOf("الرامية") + 2;
        caretAt(start);
        double y0 = onFx(() -> bounds(start).getMinY());
        robot.type(KeyCode.PAGE_DOWN);
        int down = caret();
        assertThat(onFx(() -> pane.getReadingPosition().paragraph())).as("scrolled").isGreaterThanOrEqualTo(2);
        assertThat(down).isGreaterThan(start + 2 * BODY.length());
        assertThat(onFx(() -> bounds(down).getMinY())).as("same place on screen").isCloseTo(y0, Offset.offset(45.0));
        robot.type(KeyCode.PAGE_UP);
        // The virtual flow's scroll height is an estimate, so a page back may land a line off:
        // back in the first paragraph, within one line of where the caret started.
        int up = caret();
        assertThat(up).isLessThan(BODY.length());
        assertThat(onFx(() -> bounds(up).getMinY())).as("back near the start line").isCloseTo(y0, Offset.offset(50.0));
        assertThat(onFx(() -> pane.getReadingPosition().paragraph())).isZero();
    }

    private void caretAt(int offset) {
        onFx(() -> {
            pane.area().requestFocus();
            pane.selectRange(offset, offset);
            return null;
        });
    }

    private int caret() {
        return onFx(() -> pane.caret());
    }

    private Bounds bounds(int offset) {
        return pane.characterBoundsInScene(offset).orElseThrow();
    }
}
