package org.hashiya.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Paragraphs whose first strong letter is not their direction's: «CNN: أشارت ...», an all-English paragraph. */
@ExtendWith(ApplicationExtension.class)
class ParagraphDirectionTest {
    static final String CNN = "CNN: أشارت وزارة الخارجية الأمريكية إلى أن الولايات المتحدة ستواصل دعم دول التحالف الدولي"
            + " في جهودها الرامية لمكافحة التنظيمات المتشددة، مع تأكيدها على أهمية الحفاظ على التنسيق العسكري"
            + " والاستخباراتي بين الشركاء في المنطقة.";
    static final String YEAR = "2014 كان عاماً صعباً على المنطقة بأسرها، إذ شهدت دول عديدة اضطرابات أمنية وسياسية واسعة"
            + " أثرت على الاقتصاد والمجتمع، وخلفت آثاراً ما زالت ظاهرة حتى اليوم في حياة الملايين من السكان.";
    static final String ENGLISH = "The United States urged the members of the international coalition to continue their"
            + " efforts against extremist groups, stressing the importance of military and intelligence coordination.";
    static final String TEXT = CNN + "\n" + YEAR + "\n" + ENGLISH;
    static final int YEAR_START = CNN.length() + 1;
    static final int ENGLISH_START = YEAR_START + YEAR.length() + 1;
    static final double SIDE = 24;

    private ReadingPane pane;

    @Start
    void start(Stage stage) {
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        stage.setScene(new Scene(pane, 600, 700));
        stage.show();
    }

    @Test
    void anArabicParagraphOpeningWithALatinWordReadsRightToLeftAcrossItsWraps() {
        assertThat(onFx(() -> pane.article().isRightToLeft(0))).isTrue();
        double right = onFx(() -> pane.localToScene(pane.getLayoutBounds()).getMaxX()) - SIDE;
        assertThat(onFx(() -> wordBounds(0, 3).getMaxX())).as("«CNN» starts the first line at the right margin")
                .isBetween(right - 4, right + 1);
        List<String> wrong = onFx(() -> wordsOutOfReadingOrder(0, CNN, true));
        assertThat(wrong).isEmpty();
        assertThat(onFx(() -> lines(0, CNN))).as("the paragraph wraps").isGreaterThanOrEqualTo(3);
    }

    @Test
    void anArabicParagraphOpeningWithDigitsReadsRightToLeftAcrossItsWraps() {
        assertThat(onFx(() -> lines(YEAR_START, YEAR))).isGreaterThanOrEqualTo(2);
        assertThat(onFx(() -> wordsOutOfReadingOrder(YEAR_START, YEAR, true))).isEmpty();
    }

    @Test
    void anEnglishParagraphReadsLeftToRightFromTheLeftMargin() {
        assertThat(onFx(() -> pane.article().isRightToLeft(2))).isFalse();
        double left = onFx(() -> pane.localToScene(pane.getLayoutBounds()).getMinX()) + SIDE;
        assertThat(onFx(() -> bounds(ENGLISH_START).getMinX())).isBetween(left - 1, left + 4);
        assertThat(onFx(() -> wordsOutOfReadingOrder(ENGLISH_START, ENGLISH, false))).isEmpty();
    }

    @Test
    void theStoredTextHasNoDirectionMarkAndOffsetsAreStoredOffsets() {
        onFx(() -> {
            pane.selectRange(0, 3);
            return null;
        });
        assertThat(onFx(pane::getSelectedText)).isEqualTo("CNN");
        assertThat(onFx(pane::getArticle)).isEqualTo(TEXT);
        assertThat(onFx(() -> pane.area().getText())).as("the area shows a mark, display-only").startsWith("\u200FCNN");
    }

    @Test
    void aClickOnEveryCharacterOfTheLatinLedParagraphHitsThatCharacter() {
        List<Integer> misses = new ArrayList<>();
        for (int i = 0; i < CNN.length(); i++) {
            if (Character.isWhitespace(TEXT.charAt(i))) {
                continue;
            }
            int offset = i;
            int hit = onFx(() -> {
                Bounds b = bounds(offset);
                return pane.characterAt(b.getCenterX(), b.getCenterY()).orElse(-1);
            });
            if (hit != offset) {
                misses.add(offset);
            }
        }
        assertThat(misses).isEmpty();
    }

    @Test
    void aSelectionAcrossAWrapInTheLatinLedParagraphIsPaintedOverExactlyItsCharacters() {
        int from = 0; // from «CNN», the start of the paragraph (behind the mark)
        int to = CNN.indexOf("لمكافحة") + 3;
        onFx(() -> {
            pane.selectRange(from, to);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> bounds(from).getMinY())).isLessThan(onFx(() -> bounds(to).getMinY()));
        assertThat(onFx(() -> wronglyPainted(0, pane.overlay(0).orElseThrow().selectionPath(), from, to))).isEmpty();
    }

    @Test
    void aHighlightFromTheThirdLetterOfAWordInTheLatinLedParagraphCoversExactlyItsLetters() {
        int word = CNN.indexOf("التنظيمات");
        onFx(() -> {
            pane.setHighlights(List.of(Highlight.of("h", word + 2, word + "التنظيمات".length(), "#ffd54f")));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> wronglyPainted(0, (Path) pane.overlay(0).orElseThrow().highlightPaths().get(0),
                word + 2, word + "التنظيمات".length()))).isEmpty();
    }

    @Test
    void copyingASelectionThatStartsAtTheParagraphGivesTheStoredText(FxRobot robot) {
        int to = CNN.indexOf("وزارة") + "وزارة".length();
        onFx(() -> {
            pane.area().requestFocus();
            pane.selectRange(0, to);
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("CNN: أشارت وزارة");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Bounds bounds(int offset) {
        return pane.characterBoundsInScene(offset).orElseThrow();
    }

    /** Number of visual lines of a paragraph. */
    private int lines(int start, String paragraph) {
        return (int) java.util.stream.IntStream.range(0, paragraph.length())
                .filter(c -> !Character.isWhitespace(paragraph.charAt(c)))
                .mapToDouble(c -> Math.round(bounds(start + c).getMinY())).distinct().count();
    }

    /**
     * Words (logical order) that do not follow the previous word in reading order: on the same line
     * they must lie wholly past it (left of it for RTL), else on a later line starting at the margin.
     */
    private List<String> wordsOutOfReadingOrder(int start, String paragraph, boolean rtl) {
        List<String> wrong = new ArrayList<>();
        double minX = pane.localToScene(pane.getLayoutBounds()).getMinX() + SIDE;
        double maxX = pane.localToScene(pane.getLayoutBounds()).getMaxX() - SIDE;
        Bounds previous = null;
        int at = 0;
        for (String word : paragraph.split(" ")) {
            Bounds b = wordBounds(start + at, word.length());
            if (previous != null) {
                boolean sameLine = Math.abs(b.getMinY() - previous.getMinY()) < 1;
                boolean ok = sameLine
                        ? (rtl ? b.getMaxX() <= previous.getMinX() + 0.5 : b.getMinX() >= previous.getMaxX() - 0.5)
                        : b.getMinY() > previous.getMinY() && (rtl ? b.getMaxX() > maxX - 4 : b.getMinX() < minX + 4);
                if (!ok) {
                    wrong.add(word + " at " + b + " after " + previous);
                }
            }
            previous = b;
            at += word.length() + 1;
        }
        return wrong;
    }

    private Bounds wordBounds(int from, int length) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + length; i++) {
            Bounds b = bounds(i);
            x0 = Math.min(x0, b.getMinX());
            x1 = Math.max(x1, b.getMaxX());
            y0 = Math.min(y0, b.getMinY());
            y1 = Math.max(y1, b.getMaxY());
        }
        return new javafx.geometry.BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    /** Non-space characters of the chunk painted though outside [from, to), or not painted though inside. */
    private List<String> wronglyPainted(int chunk, Path path, int from, int to) {
        ArticleText article = pane.article();
        return PaintCheck.wronglyPainted(TEXT, article.chunkStoredStart(chunk), article.chunkStoredEnd(chunk),
                this::bounds, path, from, to);
    }
}
