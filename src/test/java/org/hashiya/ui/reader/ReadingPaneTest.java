package org.hashiya.ui.reader;

import static org.hashiya.ui.FxThread.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReadingPaneTest {
    static final String TITLE = "واشنطن تدعو دول التحالف";
    static final String BODY = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة"
            + " التنظيمات المتشددة، مع تأكيدها على أهمية الحفاظ على التنسيق العسكري والاستخباراتي. جاء ذلك خلال"
            + " اجتماع رفيع المستوى عقد في العاصمة واشنطن، حيث دعا المسؤولون الأمريكيون إلى ضرورة تكثيف الجهود.";
    static final String TEXT = TITLE + "\n" + BODY;
    static final int BODY_START = TITLE.length() + 1;

    private ReadingPane pane;

    @Start
    void start(Stage stage) {
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        stage.setScene(new Scene(pane, 600, 500));
        stage.show();
    }

    @Test
    void firstWordOfAnArabicParagraphSitsAtTheRightEdgeAndLaterWordsFurtherLeft(FxRobot robot) {
        double paneRight = onFx(() -> pane.localToScene(pane.getLayoutBounds()).getMaxX());
        double first = onFx(() -> charBounds(0).getMaxX());
        double second = onFx(() -> charBounds(TITLE.indexOf("تدعو")).getMaxX());
        double last = onFx(() -> charBounds(TITLE.indexOf("التحالف")).getMaxX());

        assertThat(first).isBetween(paneRight - 24 - 4, paneRight - 24 + 1); // 24 px side padding
        assertThat(second).isLessThan(first);
        assertThat(last).isLessThan(second);
    }

    @Test
    void aMouseDragSelectsExactlyTheWordsUnderThePointer(FxRobot robot) {
        int from = BODY_START + BODY.indexOf("المتحدة") + 3; // inside «المتحدة»
        int to = BODY_START + BODY.indexOf("الدولي") + 2;    // inside «الدولي», further left
        Point2D start = onFx(() -> screenCentre(from));
        Point2D end = onFx(() -> screenCentre(to));

        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(pane::getSelectedText)).isEqualTo("المتحدة دول التحالف الدولي");
    }

    @Test
    void aDoubleClickSelectsTheWord(FxRobot robot) {
        Point2D at = onFx(() -> screenCentre(BODY_START + BODY.indexOf("جهودها") + 2));
        robot.moveTo(at).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(pane::getSelectedText)).isEqualTo("جهودها");
    }

    @Test
    void aClickMapsToTheCharacterUnderThePointer(FxRobot robot) {
        List<Integer> misses = new ArrayList<>();
        for (int i = BODY_START; i < TEXT.length(); i++) {
            if (Character.isWhitespace(TEXT.charAt(i))) {
                continue;
            }
            int offset = i;
            Point2D c = onFx(() -> pane.localToScene(pane.sceneToLocal(centre(charBounds(offset)))));
            int hit = onFx(() -> pane.characterAt(c.getX(), c.getY()).orElse(-1));
            if (hit != offset) {
                misses.add(offset);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aSelectionAcrossALineWrapIsPaintedOverExactlyTheSelectedCharacters() {
        int from = BODY_START + BODY.indexOf("الرامية") + 2;
        int to = BODY_START + BODY.indexOf("العسكري") + 3;
        onFx(() -> {
            pane.selectRange(from, to);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> charBounds(from).getMinY())).as("range crosses a wrap")
                .isLessThan(onFx(() -> charBounds(to).getMinY()));

        List<String> wrong = onFx(() -> {
            ParagraphOverlay overlay = pane.overlay(1).orElseThrow();
            return wronglyPainted(overlay, overlay.selectionPath(), from, to);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void aHighlightStartingMidWordKeepsTheWordOneTextNodeAndCoversOnlyItsLetters() {
        int word = BODY_START + BODY.indexOf("التنظيمات");
        int from = word + 2; // from the third letter
        int to = word + "التنظيمات".length();
        onFx(() -> {
            pane.setHighlights(List.of(Highlight.of("h1", from, to, "#ffd54f")));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> nodes = onFx(() -> textNodes(pane).stream().map(Text::getText).filter(t -> t.contains("تنظيمات")).toList());
        assertThat(nodes).containsExactly("التنظيمات ");
        List<String> wrong = onFx(() -> {
            ParagraphOverlay overlay = pane.overlay(1).orElseThrow();
            assertThat(overlay.highlightPaths()).hasSize(1);
            return wronglyPainted(overlay, (Path) overlay.highlightPaths().get(0), from, to);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void highlightsStayExactAfterZoomingIn(FxRobot robot) {
        int from = BODY_START + BODY.indexOf("الحفاظ");
        int to = BODY_START + BODY.indexOf("المستوى");
        onFx(() -> {
            pane.putHighlight(Highlight.of("z", from, to, "#a5d6a7"));
            return null;
        });
        double before = onFx(() -> charBounds(from).getHeight());
        robot.clickOn(pane).press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> pane.zoomProperty().get())).isGreaterThan(1.0);
        assertThat(onFx(() -> charBounds(from).getHeight())).isGreaterThan(before);
        List<String> wrong = onFx(() -> {
            ParagraphOverlay overlay = pane.overlay(1).orElseThrow();
            return wronglyPainted(overlay, (Path) overlay.highlightPaths().get(0), from, to);
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void leftArrowMovesForwardInAnRtlParagraphAndShiftExtends(FxRobot robot) {
        int start = BODY_START + 5;
        onFx(() -> {
            pane.area().requestFocus();
            pane.selectRange(start, start);
            return null;
        });
        robot.type(KeyCode.LEFT);
        assertThat(onFx(() -> pane.area().getCaretPosition())).isEqualTo(start + 1);
        robot.type(KeyCode.RIGHT, 2);
        assertThat(onFx(() -> pane.area().getCaretPosition())).isEqualTo(start - 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT, 3).release(KeyCode.SHIFT);
        assertThat(onFx(pane::getSelection)).isEqualTo(new javafx.scene.control.IndexRange(start - 1, start + 2));
    }

    @Test
    void homeAndEndGoToTheStartAndEndOfTheVisualLine(FxRobot robot) {
        int inSecondLine = BODY_START + BODY.indexOf("العسكري") + 2;
        onFx(() -> {
            pane.area().requestFocus();
            pane.selectRange(inSecondLine, inSecondLine);
            return null;
        });
        robot.type(KeyCode.HOME);
        int home = onFx(() -> pane.area().getCaretPosition());
        robot.type(KeyCode.END);
        int end = onFx(() -> pane.area().getCaretPosition());

        double line = onFx(() -> charBounds(inSecondLine).getMinY());
        assertThat(onFx(() -> charBounds(home).getMinY())).isEqualTo(line);
        assertThat(onFx(() -> charBounds(home - 1).getMinY())).isLessThan(line);
        assertThat(onFx(() -> charBounds(end - 1).getMinY())).isEqualTo(line);
        assertThat(onFx(() -> charBounds(end + 1).getMinY())).isGreaterThan(line);
        assertThat(home).isLessThan(inSecondLine);
        assertThat(end).isGreaterThan(inSecondLine);
    }

    @Test
    void theReadingPositionRoundTrips() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            longText.append(BODY).append('\n');
        }
        ReadingPosition saved = onFx(() -> {
            pane.setArticle(longText.toString());
            pane.layout();
            pane.setReadingPosition(new ReadingPosition(20, 30));
            pane.layout();
            return pane.getReadingPosition();
        });
        assertThat(saved.paragraph()).isEqualTo(20);
        assertThat(saved.offsetPx()).isCloseTo(30, org.assertj.core.data.Offset.offset(1.0));
        ReadingPosition restored = onFx(() -> {
            pane.showParagraph(0);
            pane.layout();
            pane.setReadingPosition(saved);
            pane.layout();
            return pane.getReadingPosition();
        });
        assertThat(restored).isEqualTo(saved);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Non-space characters of the overlay's paragraph painted though outside [from, to), or not painted though inside. */
    static List<String> wronglyPainted(ParagraphOverlay overlay, Path path, int from, int to) {
        List<String> wrong = new ArrayList<>();
        TextFlow flow = overlay.flow();
        int start = overlay.paragraph() == 0 ? 0 : BODY_START;
        String paragraph = overlay.paragraph() == 0 ? TITLE : BODY;
        for (int c = 0; c < paragraph.length(); c++) {
            if (Character.isWhitespace(paragraph.charAt(c))) {
                continue;
            }
            Bounds b = overlay.characterBounds(c);
            boolean painted = PaintCheck.paints(path, b);
            boolean inside = start + c >= from && start + c < to;
            if (painted != inside) {
                wrong.add((start + c) + "'" + paragraph.charAt(c) + "' painted=" + painted + " box=" + b);
            }
        }
        assertThat(flow).isNotNull();
        return wrong;
    }

    private Bounds charBounds(int offset) {
        return pane.characterBoundsInScene(offset).orElseThrow();
    }

    private static Point2D centre(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private Point2D screenCentre(int offset) {
        Bounds b = charBounds(offset);
        return pane.localToScreen(pane.sceneToLocal(b.getCenterX(), b.getCenterY()));
    }

    static List<Text> textNodes(Parent root) {
        List<Text> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                out.add(t);
            } else if (n instanceof Parent p) {
                out.addAll(textNodes(p));
            }
        }
        return out;
    }

}
