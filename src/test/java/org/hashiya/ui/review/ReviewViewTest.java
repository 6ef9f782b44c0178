package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.TextHash;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review table in the assembled workbench, driven by the robot: Ctrl+2 to it, filter, open a
 * span in the reading pane and come back, relabel chosen rows and undo; and how Arabic cells look.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    static final String FIRST = "واشنطن تدعو دول التحالف\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار في"
            + " جهودها الرامية لمكافحة التنظيمات المتشددة. وفي بغدادَ اجتمع الوفد الأمريكيّ مع رئيس الوزراء.";
    static final String SECOND = "داعش يتمدد في غرب أفريقيا\nقالت مصادر محلية إن 80 مقاتلا وصلوا إلى مدينة الموصل"
            + " بعد هجوم واسع على مواقع الجيش، وأعلنت الشرطة اعتقال مشتبه به.";

    private Workbench workbench;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-review-view");
        file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            long a = add(lib, FIRST);
            long b = add(lib, SECOND);
            span(lib, a, "COALITION_IGO", "دول التحالف الدولي", "amal");
            span(lib, a, "STATE_SECURITY", "التنظيمات المتشددة", "amal");
            span(lib, a, "LOCATION", "بغدادَ", "omar");
            span(lib, a, "STATE_GOV", "الوفد الأمريكيّ", "omar");
            span(lib, b, "NONSTATE_ARMED", "داعش", "amal");
            span(lib, b, "LOCATION", "مدينة الموصل", "amal");
            span(lib, b, "ATTACK", "هجوم واسع على مواقع الجيش", "omar");
            span(lib, b, "STATE_SECURITY", "الشرطة", "omar");
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }

    private static long add(Library lib, String text) {
        return lib.articles().addAll(List.of(new NewArticle(text, new ArticleMetadata(text.substring(0, text.indexOf('\n')),
                "", "", ""), new ImportRecord("x.txt", "UTF-8", Instant.parse("2026-11-01T00:00:00Z"),
                TextHash.sha256(text))))).get(0).id();
    }

    private static void span(Library lib, long article, String label, String covered, String annotator) {
        String text = lib.articles().find(article).orElseThrow().text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        int from = text.indexOf(covered);
        lib.spans().add(new NewSpan(article, label, offsets.toCodePoint(from), offsets.toCodePoint(from + covered.length()),
                covered, annotator, "", Instant.parse("2026-11-20T10:00:00Z")));
    }


    @SuppressWarnings("unchecked")
    private TableView<ReviewItem> table(FxRobot robot) {
        return robot.lookup("#review-table").queryAs(TableView.class);
    }

    private void toReview(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> table(robot).isVisible() && table(robot).getItems() != null && !table(robot).getItems().isEmpty()
                && table(robot).getItems().get(0).row() != null);
    }

    private String textAt(FxRobot robot, int index) {
        return onFx(() -> table(robot).getItems().get(index).row().span().text());
    }

    @Test
    void aFilterNarrowsTheTableAndARowOpensInTheReadingPaneAtItsSpanAndBack(FxRobot robot) {
        toReview(robot);
        assertThat(onFx(() -> table(robot).getItems().size())).isEqualTo(8);

        robot.clickOn("#review-search").write("بغداد"); // the stored span has a fatha: بغدادَ
        waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).row() != null);
        assertThat(textAt(robot, 0)).isEqualTo("بغدادَ");
        Span wanted = onFx(() -> table(robot).getItems().get(0).row().span());

        Node cell = robot.lookup("#review-table .table-row-cell").nth(0).query();
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        waitUntil(() -> workbench.annotation().model().selection().selectedSpanProperty().get() != null);
        assertThat(onFx(() -> workbench.readingPane().isVisible() && workbench.readingPane().getScene() != null)).isTrue();
        assertThat(onFx(() -> workbench.readingPane().getArticle())).isEqualTo(FIRST);
        assertThat(onFx(() -> workbench.annotation().model().selection().selectedSpanProperty().get().id())).isEqualTo(wanted.id());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds pane = onFx(() -> workbench.readingPane().localToScene(workbench.readingPane().getLayoutBounds()));
        Bounds at = onFx(() -> workbench.readingPane().characterBoundsInScene(FIRST.indexOf("بغدادَ")).orElseThrow());
        assertThat(pane.contains(at.getCenterX(), at.getCenterY())).as("the span is in view").isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> table(robot).isVisible() && table(robot).getItems().size() == 1
                && table(robot).getItems().get(0).row() != null);
        assertThat(robot.lookup("#review-search").queryTextInputControl().getText()).isEqualTo("بغداد");
        assertThat(onFx(() -> table(robot).getFocusModel().getFocusedIndex())).isZero();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane views = robot.lookup("#main-views").queryAs(javafx.scene.control.TabPane.class);
        assertThat(onFx(() -> views.getSelectionModel().getSelectedIndex())).as("Ctrl+1: reading").isZero();
    }

    @Test
    void relabellingChosenRowsIsOneStepThatCtrlZTakesBack(FxRobot robot) {
        toReview(robot);
        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup("#review-table .table-row-cell").nth(2).queryAs(Node.class))
                .release(KeyCode.SHIFT);
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("3 chosen");
        List<Long> chosen = onFx(() -> List.of(0, 1, 2).stream()
                .map(i -> table(robot).getItems().get(i).row().span().id()).toList());
        List<Span> before = onFx(() -> workbench.model().libraryProperty().get().spans().listAll());

        robot.clickOn("#review-relabel");
        robot.clickOn("#relabel-PERSON");
        waitUntil(() -> workbench.reviewModel().canUndoProperty().get() && !workbench.reviewModel().busyProperty().get());
        List<Span> after = onFx(() -> workbench.model().libraryProperty().get().spans().listAll());
        assertThat(after).filteredOn(s -> chosen.contains(s.id())).allMatch(s -> s.labelId().equals("PERSON"));
        assertThat(after).filteredOn(s -> !chosen.contains(s.id())).noneMatch(s -> s.labelId().equals("PERSON"));
        waitUntil(() -> table(robot).getItems().get(0).row() != null);
        assertThat(robot.lookup("#review-message").queryLabeled().getText()).contains("Relabelled 3 spans");

        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(4).queryAs(Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !workbench.reviewModel().canUndoProperty().get() && !workbench.reviewModel().busyProperty().get());
        assertThat(onFx(() -> workbench.model().libraryProperty().get().spans().listAll())).isEqualTo(before);
        assertThat(robot.lookup("#review-message").queryLabeled().getText()).startsWith("Undone: relabelled 3 spans");
    }

    @Test
    void aClickOnAHeaderSortsInTheLibraryAndTheOrderStaysWhenTheRowsComeBack(FxRobot robot) {
        toReview(robot);
        Node header = robot.lookup(".column-header").match(n -> "review-column-annotator".equals(n.getId())).queryAs(Node.class);
        robot.clickOn(header);
        // the rows read again replace the table's items, which clears a TableView's sort order: it is kept
        waitUntil(() -> workbench.reviewModel().sortProperty().get().column() == org.hashiya.domain.ReviewSort.Column.ANNOTATOR
                && !workbench.reviewModel().busyProperty().get() && table(robot).getItems().get(0).row() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> workbench.reviewModel().sortProperty().get().column()))
                .isEqualTo(org.hashiya.domain.ReviewSort.Column.ANNOTATOR);
        assertThat(onFx(() -> table(robot).getSortOrder().size())).isEqualTo(1);
        assertThat(onFx(() -> List.of(table(robot).getItems().get(0).row().span().annotator(),
                table(robot).getItems().get(7).row().span().annotator()))).containsExactly("amal", "omar");
    }

    @Test
    void arabicCellsReadRightToLeftCutAtTheirEndAndTheContextCentresItsSpan(FxRobot robot) {
        toReview(robot);
        // the attack span: long, in a column too narrow for it
        int attack = onFx(() -> {
            for (int i = 0; i < table(robot).getItems().size(); i++) {
                if (table(robot).getItems().get(i).row().span().labelId().equals("ATTACK")) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(attack).isNotNegative();
        TableCell<?, ?> text = cellOf(robot, "#review-column-text", attack);
        assertThat(text.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(text.getClip()).as("a mirrored cell has no clip (software rendering paints it through a mask)").isNull();
        Text shown = (Text) text.lookup(".text");
        assertThat(shown.getText()).startsWith("هجوم").endsWith("…");
        Bounds cellBox = text.localToScene(text.getLayoutBounds());
        Bounds textBox = shown.localToScene(shown.getLayoutBounds());
        assertThat(cellBox.getMaxX() - textBox.getMaxX()).as("right-aligned").isLessThan(12);

        TableCell<?, ?> kwic = cellOf(robot, "#review-column-context", attack);
        KwicLine line = ((KwicCell) kwic).line();
        assertThat(line.parts()).containsExactly("قالت مصادر محلية إن 80 مقاتلا وصلوا إلى مدينة الموصل بعد ",
                "هجوم واسع على مواقع الجيش", "، وأعلنت الشرطة اعتقال مشتبه به.");
        javafx.scene.control.Label[] parts = line.labelsLeftToRight(); // after, keyword, before
        Bounds after = parts[0].localToScene(parts[0].getLayoutBounds());
        Bounds keyword = parts[1].localToScene(parts[1].getLayoutBounds());
        Bounds beforeBox = parts[2].localToScene(parts[2].getLayoutBounds());
        assertThat(after.getMaxX()).isLessThanOrEqualTo(keyword.getMinX() + 0.5);
        assertThat(keyword.getMaxX()).isLessThanOrEqualTo(beforeBox.getMinX() + 0.5);
        assertThat(parts[1].getStyleClass()).contains("kwic-keyword");
        assertThat(parts[0].getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);

        ScrollBar horizontal = onFx(() -> table(robot).lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .map(n -> (ScrollBar) n).findFirst().orElse(null));
        assertThat(horizontal == null || !horizontal.isVisible()).as("no horizontal scroll bar").isTrue();
    }

    @Test
    void aRowReadInIsLaidOutInItsOwnCellsWithoutTheTableLayingOutEveryRowAgain(FxRobot robot) {
        toReview(robot);
        TableCell<?, ?> text = cellOf(robot, "#review-column-text", 0);
        String[] texts = onFx(() -> new String[] {table(robot).getItems().get(0).row().span().text(),
                table(robot).getItems().get(1).row().span().text()});
        assertThat(texts[1]).isNotEqualTo(texts[0]);
        boolean[] asked = onFx(() -> {
            javafx.scene.Parent root = table(robot).getScene().getRoot();
            root.applyCss();
            root.layout();
            javafx.scene.Parent flow = (javafx.scene.Parent) table(robot).lookup(".virtual-flow");
            boolean cleanBefore = !flow.isNeedsLayout() && !text.isNeedsLayout();
            // as when a row's page comes from the library: the place shows another row
            table(robot).getItems().get(0).fill(table(robot).getItems().get(1).row());
            return new boolean[] {cleanBefore, flow.isNeedsLayout(), text.isNeedsLayout()};
        });
        assertThat(asked[0]).as("laid out before").isTrue();
        assertThat(asked[1]).as("the table's rows are not all laid out again").isFalse();
        assertThat(asked[2]).as("the cell is").isTrue();
        waitUntil(() -> ((Text) text.lookup(".text")).getText().equals(texts[1])
                || ((Text) text.lookup(".text")).getText().startsWith(texts[1].substring(0, 2)));
        assertThat(text.isNeedsLayout()).isFalse();
    }

    private TableCell<?, ?> cellOf(FxRobot robot, String columnId, int row) {
        return onFx(() -> table(robot).lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && ("#" + c.getTableColumn().getId()).equals(columnId) && c.getIndex() == row)
                .map(n -> (TableCell<?, ?>) n).findFirst().orElseThrow());
    }
}
