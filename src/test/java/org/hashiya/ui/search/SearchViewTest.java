package org.hashiya.ui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hashiya.TestArticles;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.ui.Workbench;
import org.hashiya.ui.reader.Highlight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The search field in the assembled workbench, driven by the robot: Ctrl+F in the open article
 * (hits marked over the span highlights, Enter to the next, Escape closes), Ctrl+Shift+F over the
 * library (a result opens its article at the hit), and how the result lines look.
 */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {
    static final String FIRST = "واشنطن تدعو دول التحالف الدولي\nحثت الولايات المتحدة دول التحالف الدولي على الاستمرار في"
            + " جهودها الرامية لمكافحة التنظيمات المتشددة، وقال المتحدث إن اجتماعا رفيع المستوى للتحالف سيعقد في بغداد"
            + " الأسبوع المقبل بحضور وزراء الخارجية والدفاع من أكثر من ثلاثين دولة. والتحالفات الإقليمية كثيرة.";
    static final String SECOND = "اجتماع وزاري في بغداد\nقالت مصادر محلية إن الوزراء وصلوا إلى بغداد بعد اجتماع وزاري"
            + " للتحالف الدولي.";

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-search-view");
        Path file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            long a = TestArticles.add(lib, "واشنطن تدعو دول التحالف", FIRST);
            TestArticles.add(lib, "اجتماع وزاري في بغداد", SECOND);
            String covered = "دول التحالف الدولي على";
            CodePointOffsets offsets = new CodePointOffsets(FIRST);
            int from = FIRST.indexOf(covered);
            lib.spans().add(new NewSpan(a, "COALITION_IGO", offsets.toCodePoint(from),
                    offsets.toCodePoint(from + covered.length()), covered, "amal", "", Instant.parse("2026-11-20T10:00:00Z")));
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }


    private List<String> marked() {
        return onFx(() -> {
            String text = workbench.readingPane().getArticle();
            return workbench.readingPane().getSearchMarks().stream().map(h -> text.substring(h.start(), h.end())).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchResult> results(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private boolean inView(int offset) {
        return onFx(() -> {
            Bounds pane = workbench.readingPane().localToScene(workbench.readingPane().getLayoutBounds());
            return workbench.readingPane().characterBoundsInScene(offset)
                    .map(at -> pane.contains(at.getCenterX(), at.getCenterY())).orElse(false);
        });
    }

    @Test
    void ctrlFMarksTheArticlesHitsOverTheSpansEnterGoesToTheNextAndEscapeCloses(FxRobot robot) {
        waitUntil(() -> workbench.readingPane().getArticle().equals(FIRST));
        List<Highlight> spans = onFx(() -> workbench.readingPane().getHighlights());
        assertThat(spans).hasSize(1);

        robot.clickOn("#reading-pane");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        waitUntil(() -> robot.lookup("#search-field").query().isFocused());
        robot.write("التحالف");
        waitUntil(() -> marked().size() == 3);

        assertThat(marked()).containsExactly("التحالف", "التحالف", "للتحالف");
        assertThat(onFx(() -> workbench.readingPane().getHighlights())).as("span highlights untouched").isEqualTo(spans);
        assertThat(onFx(() -> results(robot).getItems().size())).isEqualTo(3);
        assertThat(robot.lookup("#search-summary").queryLabeled().getText()).isEqualTo("Hit 1 of 3");

        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> workbench.searchModel().currentProperty().get() == 2);
        int third = FIRST.indexOf("للتحالف");
        assertThat(onFx(() -> workbench.readingPane().getSearchMarks().stream().filter(h -> h.outline() != null)
                .map(Highlight::start).toList())).as("the current hit drawn outlined").containsExactly(third);
        waitUntil(() -> inView(third));
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> workbench.searchModel().currentProperty().get() == 1);
        robot.push(KeyCode.F3);
        waitUntil(() -> workbench.searchModel().currentProperty().get() == 2);

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#search-view").query().isVisible());
        assertThat(marked()).isEmpty();
        assertThat(onFx(() -> workbench.readingPane().getHighlights())).isEqualTo(spans);
    }

    @Test
    void ctrlShiftFSearchesTheLibraryAndAResultOpensItsArticleAtTheHit(FxRobot robot) {
        waitUntil(() -> workbench.readingPane().getArticle().equals(FIRST));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> robot.lookup("#search-field").query().isFocused());
        robot.write("بغداد");
        waitUntil(() -> results(robot).getItems().size() == 3);
        assertThat(robot.lookup("#search-summary").queryLabeled().getText()).isEqualTo("3 hits in 2 articles");

        Node last = robot.lookup("#search-results .search-result").nth(2).query();
        robot.clickOn(last);
        waitUntil(() -> workbench.readingPane().getArticle().equals(SECOND));
        int hit = SECOND.lastIndexOf("بغداد");
        assertThat(marked()).containsExactly("بغداد", "بغداد");
        assertThat(onFx(() -> workbench.readingPane().getSearchMarks().get(1).outline())).isNotNull();
        waitUntil(() -> inView(hit));
        assertThat(onFx(() -> results(robot).getItems().size())).as("the library's results stay").isEqualTo(3);
    }

    @Test
    void resultLinesReadRightToLeftEmphasiseTheHitAndNeverScrollSideways(FxRobot robot) {
        waitUntil(() -> workbench.readingPane().getArticle().equals(FIRST));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("التحالف");
        waitUntil(() -> results(robot).getItems().size() == 4);

        ResultCell cell = onFx(() -> (ResultCell) results(robot).lookupAll(".search-result").stream()
                .filter(n -> ((ResultCell) n).getItem() != null && ((ResultCell) n).getItem().hit().start() > 100)
                .findFirst().orElseThrow());
        String[] shown = cell.shown();
        assertThat(shown[0]).isEqualTo("واشنطن تدعو دول التحالف");
        assertThat(shown[2]).isEqualTo("للتحالف");
        var labels = cell.line().labelsLeftToRight();
        assertThat(labels[1].getStyleClass()).contains("kwic-keyword");
        assertThat(onFx(() -> labels[1].getFont().getStyle())).containsIgnoringCase("bold");
        assertThat(onFx(() -> labels[2].getEffectiveNodeOrientation())).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        // the sentence is long: the text before the hit is cut with an ellipsis, on its far side
        String before = onFx(() -> ((javafx.scene.text.Text) labels[2].lookup(".text")).getText());
        assertThat(before).startsWith("…");
        Bounds title = onFx(() -> cell.localToScene(cell.getLayoutBounds()));
        Bounds line = onFx(() -> cell.line().localToScene(cell.line().getLayoutBounds()));
        assertThat(line.getMaxX()).as("the line inside its cell").isLessThanOrEqualTo(title.getMaxX() + 0.5);
        boolean sideways = onFx(() -> results(robot).lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()));
        assertThat(sideways).as("no horizontal scroll bar").isFalse();
    }
}
