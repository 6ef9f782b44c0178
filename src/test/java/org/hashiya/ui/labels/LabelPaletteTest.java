package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hashiya.io.SchemaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LabelPaletteTest {
    private Button anchor;
    private final List<String> picked = new CopyOnWriteArrayList<>();
    private LabelPalette palette;

    @Start
    void start(Stage stage) {
        anchor = new Button("anchor");
        stage.setScene(new Scene(new StackPane(anchor), 600, 500));
        stage.show();
    }

    private void open() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            Bounds at = anchor.localToScreen(anchor.getLayoutBounds());
            palette = LabelPalette.show(anchor, at.getMinX(), at.getMaxY(), SchemaJson.readDefault(), picked::add);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAFilterAndPressingEnterPicksTheMatchingLabel(FxRobot robot) {
        open();
        robot.write("arrest").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picked).containsExactly("ARREST");
        assertThat(palette.isShowing()).isFalse();
    }

    @Test
    void downArrowThenEnterPicksTheSecondMatch(FxRobot robot) {
        open();
        robot.write("state").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picked).containsExactly("STATE_MIL");
    }

    @Test
    void clickingARowPicksIt(FxRobot robot) {
        open();
        robot.write("هجوم");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".palette-english").match((javafx.scene.control.Label l) -> "Attack".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(picked).containsExactly("ATTACK");
    }

    @Test
    void escapeClosesWithoutPicking(FxRobot robot) {
        open();
        robot.write("time").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(palette.isShowing()).isFalse();
        assertThat(picked).isEmpty();
    }
}
