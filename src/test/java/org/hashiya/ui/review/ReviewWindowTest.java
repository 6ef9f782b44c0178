package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;
import static org.hashiya.ui.FxThread.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import org.hashiya.text.TextHash;
import org.hashiya.ui.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review table holds a window of the rows (here 64 of 200, as 100,000 of a million in use): its
 * own bar takes no room, the bar beside it stands for every row, and scrolling, jumping, Home and
 * End, opening a row and choosing rows all work in places of the whole list, also when the window
 * moves under rows already chosen.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {
    private static final int ARTICLES = 10;
    private static final int SPANS_EACH = 20;
    private static final int ROWS = ARTICLES * SPANS_EACH;
    /** More than twice the rows a screen shows, as 100,000 is in use. */
    private static final int SPAN = 64;

    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("hashiya-review-window");
        Path file = folder.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            for (int a = 0; a < ARTICLES; a++) {
                StringBuilder text = new StringBuilder("مقال " + a + "\n");
                List<int[]> words = new ArrayList<>();
                for (int w = 0; w < SPANS_EACH; w++) {
                    int start = text.length();
                    text.append("كلمة").append(a).append('_').append(w);
                    words.add(new int[] {start, text.length()});
                    text.append(' ');
                }
                String body = text.toString();
                long id = lib.articles().addAll(List.of(new NewArticle(body, new ArticleMetadata("مقال " + a, "", "", ""),
                        new ImportRecord("a" + a + ".txt", "UTF-8", Instant.parse("2026-11-01T00:00:00Z"),
                                TextHash.sha256(body))))).get(0).id();
                for (int[] w : words) { // all of it BMP: code points are chars here
                    lib.spans().add(new NewSpan(id, "LOCATION", w[0], w[1], body.substring(w[0], w[1]), "amal", "",
                            Instant.parse("2026-11-20T10:00:00Z")));
                }
            }
        }
        UserFolders user = new UserFolders(folder.resolve("data"), folder.resolve("config"));
        workbench = new Workbench(user, Runnable::run, "tester", UserPreferences.of(user));
        workbench.openLibrary(file);
        workbench.show(stage);
    }

    private ReviewView view() {
        return workbench.reviewView();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewItem> table(FxRobot robot) {
        return robot.lookup("#review-table").queryAs(TableView.class);
    }

    private boolean shownRowsRead() {
        int first = view().firstShownRow();
        int last = view().lastShownRow();
        if (first < 0 || last < first) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            if (view().rowAt(i).row() == null) {
                return false;
            }
        }
        return true;
    }

    private void toReviewWithSmallWindow(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> view().rowCount() == ROWS);
        onFx(() -> {
            view().setWindowSpan(SPAN);
            return null;
        });
        waitUntil(this::shownRowsRead);
    }

    private long spanIdAt(int place) {
        return onFx(() -> view().rowAt(place).row().span().id());
    }

    private void scrollTo(int place) {
        onFx(() -> {
            view().scrollToRow(place);
            return null;
        });
        waitUntil(this::shownRowsRead);
    }

    @Test
    void theTableHoldsAWindowAndTheBarBesideItStandsForEveryRow(FxRobot robot) {
        toReviewWithSmallWindow(robot);
        assertThat(onFx(() -> table(robot).getItems().size())).isEqualTo(SPAN);
        assertThat(view().rowCount()).isEqualTo(ROWS);
        assertThat(robot.lookup("#review-count").queryLabeled().getText()).isEqualTo("200 spans");

        ScrollBar bar = robot.lookup("#review-scroll").queryAs(ScrollBar.class);
        int shown = onFx(() -> view().lastShownRow() - view().firstShownRow());
        assertThat(onFx(bar::isVisible)).isTrue();
        assertThat(onFx(bar::getMax)).isEqualTo(ROWS - shown);
        double ownWidth = onFx(() -> table(robot).lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL)
                .mapToDouble(n -> ((ScrollBar) n).getWidth()).max().orElse(0));
        assertThat(ownWidth).as("the table's own bar (over its window only) takes no room").isZero();

        // the bar dragged to row 100: the window moves there and the table shows it at the top
        onFx(() -> {
            bar.setValue(100);
            return null;
        });
        waitUntil(this::shownRowsRead);
        assertThat(view().firstShownRow()).isEqualTo(100);
        assertThat(onFx(() -> ((RowWindow) table(robot).getItems()).offset())).isPositive();
        assertThat(onFx(() -> table(robot).getItems().get(view().firstShownRow() - ((RowWindow) table(robot).getItems()).offset())
                .row().span().id())).isEqualTo(spanIdAt(100));

        // to the end and back by the bar's own numbers
        scrollTo(ROWS - 1);
        assertThat(view().lastShownRow()).isEqualTo(ROWS - 1);
        assertThat(onFx(bar::getValue)).isEqualTo(onFx(bar::getMax));
        assertThat(onFx(() -> view().rowAt(ROWS - 1).row().span().text())).isEqualTo("كلمة9_19");
        scrollTo(0);
        assertThat(view().firstShownRow()).isZero();
        assertThat(onFx(bar::getValue)).isZero();
    }

    @Test
    void endAndHomeGoToTheEndsOfTheWholeListAndEnterOpensThatRow(FxRobot robot) {
        toReviewWithSmallWindow(robot);
        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.push(KeyCode.END);
        waitUntil(this::shownRowsRead);
        assertThat(view().lastShownRow()).isEqualTo(ROWS - 1);
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("1 chosen");
        long last = spanIdAt(ROWS - 1);

        robot.push(KeyCode.ENTER);
        waitUntil(() -> workbench.annotation().model().selection().selectedSpanProperty().get() != null);
        assertThat(onFx(() -> workbench.annotation().model().selection().selectedSpanProperty().get().id())).isEqualTo(last);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(this::shownRowsRead);
        robot.push(KeyCode.HOME);
        waitUntil(this::shownRowsRead);
        assertThat(view().firstShownRow()).isZero();
        assertThat(onFx(() -> table(robot).getFocusModel().getFocusedIndex())).isZero();
    }

    @Test
    void rowsChosenStayChosenWhenTheWindowMovesAwayAndABulkActionTakesThemAll(FxRobot robot) {
        toReviewWithSmallWindow(robot);
        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup("#review-table .table-row-cell").nth(2).queryAs(Node.class))
                .release(KeyCode.SHIFT);
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("3 chosen");
        List<Long> chosen = new ArrayList<>(List.of(spanIdAt(0), spanIdAt(1), spanIdAt(2)));

        scrollTo(ROWS - 1); // rows 0-2 are now outside the table's window
        assertThat(onFx(() -> ((RowWindow) table(robot).getItems()).relative(0))).isEqualTo(-1);
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("3 chosen");
        int lastCell = onFx(() -> table(robot).getItems().size() - 1);
        Node lastRow = robot.lookup("#review-table .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getIndex() == lastCell).query();
        robot.press(KeyCode.CONTROL).clickOn(lastRow).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("4 chosen");
        chosen.add(spanIdAt(ROWS - 1));

        robot.clickOn("#review-mark");
        waitUntil(() -> workbench.reviewModel().canUndoProperty().get() && !workbench.reviewModel().busyProperty().get());
        List<Span> after = onFx(() -> workbench.model().libraryProperty().get().spans().listAll());
        assertThat(after).filteredOn(Span::isReviewed).extracting(Span::id).containsExactlyInAnyOrderElementsOf(chosen);

        // a plain click starts a new choice: the rows outside the window are no longer chosen
        waitUntil(this::shownRowsRead);
        robot.clickOn(robot.lookup("#review-table .table-row-cell").nth(1).queryAs(Node.class));
        assertThat(robot.lookup("#review-chosen").queryLabeled().getText()).contains("1 chosen");
    }
}
