package org.hashiya.ui.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The library list at the width the main window gives it: the length, date and status columns show
 * their header and every value whole (issue 9: they were cut to "Len..." and "2026-12...").
 */
@ExtendWith(ApplicationExtension.class)
class LibraryColumnsTest {
    private LibraryListView view;
    private LibraryListViewModel model;

    @Start
    void start(Stage stage) {
        model = new LibraryListViewModel();
        model.setArticles(List.of(
                summary(1, "داعش يتمدد في غرب أفريقيا فهل يصمد أمام التحالف الدولي", 2592, ArticleStatus.IN_PROGRESS),
                summary(2, "الإشراف العام", 1_048_576, ArticleStatus.NEW),
                summary(3, "واشنطن تدعو دول التحالف", 2493, ArticleStatus.REVIEWED)));
        view = new LibraryListView(model);
        Scene scene = new Scene(view, 345, 300); // the main window's share at its default 1280 px
        scene.getStylesheets().add(Objects.requireNonNull(LibraryListView.class.getResource("/org/hashiya/ui/main.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static ArticleSummary summary(long id, String title, int length, ArticleStatus status) {
        return new ArticleSummary(id, title, length, Instant.parse("2026-12-02T02:01:14Z"), "", status);
    }

    @Test
    void lengthDateAndStatusShowTheirHeaderAndEveryValueWhole() {
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsWhole();
    }

    @Test
    void aHeaderClickSortsByThatColumnAndAgainTheOtherWay(org.testfx.api.FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(header(robot, "Length"));
        assertThat(onFx(() -> view.table().getItems().stream().map(r -> r.summary().length()).toList()))
                .containsExactly(2493, 2592, 1_048_576);
        robot.clickOn(header(robot, "Length"));
        assertThat(onFx(() -> view.table().getItems().stream().map(r -> r.summary().length()).toList()))
                .containsExactly(1_048_576, 2592, 2493);
        robot.clickOn(header(robot, "Title")); // the Arabic way
        assertThat(onFx(() -> view.table().getItems().stream().map(r -> r.summary().id()).toList()))
                .containsExactly(2L, 1L, 3L); // الإشراف (alef with hamza below = alef), داعش, واشنطن
        model.filterProperty().set("التحالف");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.table().getItems().stream().map(r -> r.summary().id()).toList()))
                .as("the filter still applies, in the chosen order").containsExactly(1L, 3L);
    }

    private static Node header(org.testfx.api.FxRobot robot, String text) {
        return robot.lookup(".column-header").match(n -> n instanceof TableColumnHeader h
                && h.getTableColumn() != null && text.equals(h.getTableColumn().getText())).query();
    }

    @Test
    void theTitleColumnKeepsTheRestOfTheWidth() {
        WaitForAsyncUtils.waitForFxEvents();
        double title = onFx(() -> view.table().getColumns().get(0).getWidth());
        assertThat(title).isGreaterThan(80);
    }

    private void assertColumnsWhole() {
        for (int column = 1; column <= 3; column++) {
            int c = column;
            String header = onFx(() -> view.table().getColumns().get(c).getText());
            assertThat(onFx(() -> headerShows(c))).as("header of " + header).isEqualTo(header);
            List<String[]> cells = onFx(() -> cellsShow(c));
            assertThat(cells).as("cells of " + header).hasSize(3);
            for (String[] cell : cells) {
                assertThat(cell[1]).as(header + " cell").isEqualTo(cell[0]);
            }
        }
    }

    private String headerShows(int column) {
        TableColumn<?, ?> wanted = view.table().getColumns().get(column);
        for (Node node : view.table().lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == wanted) {
                return drawn((Labeled) header.lookup(".label"));
            }
        }
        throw new AssertionError("no header for " + wanted.getText());
    }

    /** {text the cell holds, text it draws} for each filled cell of the column. */
    private List<String[]> cellsShow(int column) {
        TableColumn<?, ?> wanted = view.table().getColumns().get(column);
        return view.table().lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(cell -> cell.getTableColumn() == wanted && !cell.isEmpty() && cell.getText() != null)
                .map(cell -> new String[] {cell.getText(), drawn(cell)}).toList();
    }

    /** The characters a labeled control really draws: JavaFX swaps an overlong text for a cut one with "...". */
    private static String drawn(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }
}
