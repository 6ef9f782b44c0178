package org.hashiya.ui.annotate;

import static org.hashiya.ui.FxThread.onFx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.domain.Article;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.Highlight;
import org.hashiya.ui.reader.ReadingPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Annotating with the robot's mouse and keyboard in a real reading pane over a real SQLite library. */
@ExtendWith(ApplicationExtension.class)
class AnnotatingTest {
    static final String TITLE = "واشنطن تدعو دول التحالف";
    static final String BODY = "حثت الولايات المتحدة دول التحالف الدولي على الاستمرار في جهودها الرامية لمكافحة"
            + " التنظيمات المتشددة، مع تأكيدها على أهمية الحفاظ على التنسيق العسكري والاستخباراتي. جاء ذلك خلال"
            + " اجتماع رفيع المستوى عقد في العاصمة واشنطن، حيث دعا المسؤولون الأمريكيون إلى ضرورة تكثيف الجهود.";
    static final String TEXT = TITLE + "\n" + BODY;
    static final Color GOVERNMENT = Color.web("#f7a1a1"); // label 1 of the default schema

    private Path file;
    private Library library;
    private Article article;
    private ReadingPane pane;
    private AnnotationWorkbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        file = Files.createTempDirectory("hashiya-annotating").resolve("lib.db");
        library = SqliteLibrary.open(file, true);
        new SchemaService(library).ensureSchema();
        article = library.articles().find(TestArticles.add(library, "واشنطن", TEXT)).orElseThrow();
        pane = new ReadingPane();
        pane.setArticle(TEXT);
        workbench = new AnnotationWorkbench(pane, "mona", m -> { }, (id, status) -> { });
        workbench.show(library, article);
        HBox.setHgrow(pane, Priority.ALWAYS);
        stage.setScene(new Scene(new HBox(pane, workbench.panel()), 900, 500));
        stage.show();
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
    void aDraggedSelectionAndAShortcutMakeASnappedSpanThatIsStoredAndPaintedAtOnce(FxRobot robot) {
        int from = at("المتحدة") + 3; // inside «المتحدة»
        int to = at("التحالف الدولي") + 2; // inside «التحالف», further left in the RTL line
        drag(robot, from, to);

        robot.type(KeyCode.DIGIT1);

        List<Span> spans = library.spans().findByArticle(article.id());
        assertThat(spans).singleElement().satisfies(span -> {
            assertThat(span.text()).isEqualTo("المتحدة دول التحالف");
            assertThat(span.labelId()).isEqualTo("STATE_GOV");
        });
        String id = "span-" + spans.get(0).id();
        assertThat(onFx(pane::getHighlights)).extracting(Highlight::id).containsExactly(id);
        Color inside = onFx(() -> pixelInLineAbove(at("دول") + 1));
        Color outside = onFx(() -> pixelInLineAbove(at("الولايات") + 2));
        assertThat(inside.getRed() - inside.getGreen()).as("reddish label colour over «دول»: " + inside).isGreaterThan(0.12);
        assertThat(outside.getRed() - outside.getGreen()).as("page colour over «الولايات»: " + outside).isLessThan(0.05);
    }

    @Test
    void undoRemovesTheSpanAndRedoBringsItBack(FxRobot robot) {
        drag(robot, at("جهودها") + 1, at("جهودها") + 3);
        robot.type(KeyCode.DIGIT2);
        assertThat(library.spans().countByArticle(article.id())).isEqualTo(1);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(library.spans().countByArticle(article.id())).isZero();
        assertThat(onFx(pane::getHighlights)).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(library.spans().findByArticle(article.id())).singleElement().extracting(Span::text).isEqualTo("جهودها");
        assertThat(onFx(pane::getHighlights)).hasSize(1);
    }

    @Test
    void overlappingSpansAreAllPaintedAndClicksCycleThroughThem(FxRobot robot) {
        drag(robot, at("اجتماع"), at("المستوى") + 2);
        robot.type(KeyCode.DIGIT1);                     // اجتماع رفيع المستوى
        robot.moveTo(screen(at("رفيع") + 1)).doubleClickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.DIGIT7);                     // رفيع, nested inside
        assertThat(library.spans().findByArticle(article.id())).extracting(Span::text)
                .containsExactly("اجتماع رفيع المستوى", "رفيع");
        assertThat(onFx(pane::getHighlights)).hasSize(2);

        robot.sleep(600); // not a third click of the double click above
        robot.moveTo(screen(at("رفيع") + 2)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.model().selection().selectedSpanProperty().get().text())).isEqualTo("رفيع");
        robot.sleep(600); // let the next press count as a new click, not a double click
        robot.clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.model().selection().selectedSpanProperty().get().text())).isEqualTo("اجتماع رفيع المستوى");

        robot.type(KeyCode.DIGIT3);                     // relabel the picked outer span
        robot.type(KeyCode.DELETE);                     // and delete it
        assertThat(library.spans().findByArticle(article.id())).extracting(Span::text).containsExactly("رفيع");
    }

    @Test
    void altWithTheShortcutLabelsExactlyTheCharactersSelectedWithTheKeyboard(FxRobot robot) {
        int waw = at("والاستخباراتي");
        onFx(() -> {
            pane.requestFocus();
            pane.selectRange(waw, waw);
            return null;
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT); // one letter, in reading order
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT5).release(KeyCode.ALT);

        assertThat(library.spans().findByArticle(article.id())).singleElement().extracting(Span::text).isEqualTo("و");
    }

    @Test
    void aLibraryClosedAndReopenedKeepsEverySpan(FxRobot robot) {
        drag(robot, at("التنظيمات"), at("المتشددة") + 2);
        robot.type(KeyCode.DIGIT1);
        robot.moveTo(screen(at("واشنطن،") + 2)).doubleClickOn(MouseButton.PRIMARY);
        robot.type(KeyCode.DIGIT4);
        List<Span> before = library.spans().findByArticle(article.id());
        assertThat(before).hasSize(2);

        onFx(() -> {
            workbench.show(null, null);
            library.close();
            library = SqliteLibrary.open(file, false);
            pane.setArticle(TEXT);
            workbench.show(library, article);
            return null;
        });

        assertThat(library.spans().findByArticle(article.id())).isEqualTo(before);
        assertThat(onFx(pane::getHighlights)).extracting(Highlight::id)
                .containsExactlyInAnyOrderElementsOf(before.stream().map(s -> "span-" + s.id()).toList());
        assertThat(onFx(() -> workbench.model().spanList().rows().size())).isEqualTo(2);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static int at(String part) {
        int i = TEXT.indexOf(part, TITLE.length());
        assertThat(i).as(part).isPositive();
        return i;
    }

    private void drag(FxRobot robot, int from, int to) {
        robot.moveTo(screen(from)).press(MouseButton.PRIMARY).moveTo(screen(to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(int offset) {
        return onFx(() -> {
            Bounds b = pane.characterBoundsInScene(offset).orElseThrow();
            return pane.localToScreen(pane.sceneToLocal(b.getCenterX(), b.getCenterY()));
        });
    }

    /** The pane's pixel just inside the top of a character's line box, where letters rarely reach. */
    private Color pixelInLineAbove(int offset) {
        Bounds b = pane.sceneToLocal(pane.characterBoundsInScene(offset).orElseThrow());
        WritableImage shot = pane.snapshot(null, null);
        return shot.getPixelReader().getColor((int) b.getCenterX(), (int) b.getMinY() + 2);
    }

}
