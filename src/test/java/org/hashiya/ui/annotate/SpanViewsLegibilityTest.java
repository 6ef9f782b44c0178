package org.hashiya.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.TestArticles;
import org.hashiya.domain.Article;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.ReadingPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user sees of spans outside the highlights: the hover tip over a span, and the side panel's
 * span list with one long span among short ones (issue 9, "Seen in the workbench").
 */
@ExtendWith(ApplicationExtension.class)
class SpanViewsLegibilityTest {
    private static final String TEXT = AnnotatingTest.TEXT;
    private static final String LONG = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة"
            + " التنظيمات المتشددة، مع تأكيدها على أهمية الحفاظ على التنسيق العسكري والاستخباراتي";
    private static final List<String> SHORT = List.of("واشنطن", "اجتماع", "العاصمة");

    private static final Color PAGE = Color.web("#fffdf8"); // the reading pane's paper

    private Library library;
    private ReadingPane pane;
    private AnnotationWorkbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("hashiya-span-views").resolve("lib.db");
        library = SqliteLibrary.open(file, true);
        new SchemaService(library).ensureSchema();
        Article article = library.articles().find(TestArticles.add(library, "واشنطن", TEXT)).orElseThrow();
        addSpan(article.id(), "STATE_GOV", LONG);
        for (String word : SHORT) {
            addSpan(article.id(), "STATE_MIL", word);
        }
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        workbench = new AnnotationWorkbench(pane, "mona", m -> { }, (id, status) -> { });
        workbench.show(library, article);
        HBox.setHgrow(pane, Priority.ALWAYS);
        Region panel = (Region) workbench.panel();
        panel.setPrefWidth(280);
        stage.setScene(new Scene(new HBox(pane, panel), 900, 600));
        stage.show();
    }

    private void addSpan(long articleId, String label, String part) {
        int from = TEXT.indexOf(part, AnnotatingTest.TITLE.length());
        assertThat(from).as(part).isPositive();
        library.spans().add(new NewSpan(articleId, label, from, from + part.length(), part, "mona", "",
                Instant.parse("2026-11-20T09:00:00Z")));
    }

    @AfterEach
    void closeLibrary() {
        onFx(() -> {
            workbench.show(null, null);
            library.close();
            return null;
        });
    }

    @Test
    void theHoverTipOverASpanIsReadable(FxRobot robot) {
        int offset = TEXT.indexOf("اجتماع") + 2;
        robot.moveTo(screen(offset - 30)).moveTo(screen(offset));
        robot.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();

        Tooltip tip = onFx(SpanViewsLegibilityTest::shownTooltip).orElseThrow(() -> new AssertionError("no tip shown"));
        Text text = onFx(() -> (Text) tip.getScene().getRoot().lookup(".text"));
        Color ink = onFx(() -> opaque(text.getFill()));
        Color paper = onFx(() -> tipBackground(tip));
        assertThat(onFx(text::getText)).contains("State military");
        assertThat(contrast(ink, paper)).as("text " + ink + " on " + paper).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void aLongSpanNeitherWidensTheListNorHidesTheShortSpans() {
        ListView<?> list = onFx(() -> (ListView<?>) workbench.panel().lookup("#span-list"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> horizontalBarShown(list))).as("horizontal scroll bar").isFalse();
        Bounds listBounds = onFx(() -> list.localToScene(list.getLayoutBounds()));
        List<Labeled> texts = onFx(() -> list.lookupAll(".span-text").stream().map(Labeled.class::cast)
                .filter(Node::isVisible).filter(l -> !l.getText().isEmpty()).toList());
        Set<String> fullyShown = onFx(() -> texts.stream().filter(l -> shownText(l).equals(l.getText()))
                .filter(l -> within(l, listBounds)).map(Labeled::getText).collect(Collectors.toSet()));
        assertThat(fullyShown).containsAll(SHORT);

        Labeled longOne = texts.stream().filter(l -> onFx(l::getText).equals(LONG)).findFirst().orElseThrow();
        String shown = onFx(() -> shownText(longOne));
        assertThat(shown).as("the long span is cut at its end").endsWith("…");
        String kept = shown.substring(0, shown.length() - 1).stripTrailing();
        assertThat(kept.length()).isGreaterThan(10);
        assertThat(LONG).as("cut after a whole word").startsWith(kept + " ");
        assertThat(onFx(() -> within(longOne, listBounds))).isTrue();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Point2D screen(int offset) {
        return onFx(() -> {
            Bounds b = pane.characterBoundsInScene(offset).orElseThrow();
            return pane.localToScreen(pane.sceneToLocal(b.getCenterX(), b.getCenterY()));
        });
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .filter(Window::isShowing).findFirst();
    }

    /**
     * The colour painted behind the tip's text: a pixel of the tip's own padding, drawn over the page
     * colour it floats above (the default tip is translucent).
     */
    private static Color tipBackground(Tooltip tip) {
        Region root = (Region) tip.getScene().getRoot();
        Region tipNode = (Region) root.lookup(".tooltip");
        SnapshotParameters over = new SnapshotParameters();
        over.setFill(PAGE);
        WritableImage shot = root.snapshot(over, null);
        Bounds drawn = root.getBoundsInParent();
        Point2D inPadding = tipNode.localToScene(tipNode.getPadding().getLeft() / 2, tipNode.getHeight() / 2);
        return shot.getPixelReader().getColor((int) (inPadding.getX() - drawn.getMinX()),
                (int) (inPadding.getY() - drawn.getMinY()));
    }

    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    private static Color opaque(Paint paint) {
        return over((Color) paint, PAGE);
    }

    /** WCAG contrast ratio of two colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static boolean horizontalBarShown(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** The characters a label actually draws (JavaFX cuts the text with an ellipsis when it does not fit). */
    private static String shownText(Labeled label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private static boolean within(Labeled label, Bounds area) {
        Bounds b = label.localToScene(label.getLayoutBounds());
        return b.getMinX() >= area.getMinX() - 0.5 && b.getMaxX() <= area.getMaxX() + 0.5;
    }
}
