package org.hashiya.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hashiya.ui.FxThread.onFx;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review table's own text cut: as much of the line as fits with the ellipsis, never more, at
 * the end or the start, and the same cut JavaFX's label makes where JavaFX measures letter by letter.
 */
@ExtendWith(ApplicationExtension.class)
class LineFitTest {
    private static final Font FONT = Font.font(14);
    private static final List<String> LINES = List.of(
            "هجوم واسع على مواقع الجيش في الموصل",
            "قالت مصادر محلية إن 80 مقاتلا وصلوا إلى مدينة الموصل بعد هجوم.",
            "حثت الولايات المتحدة دول التحالف الدولي (NATO) على الاستمرار",
            "The coalition met in Baghdad on 2026-12-02 to review the attacks",
            "وفي بغدادَ اجتمع الوفد الأمريكيّ مع رئيس الوزراء 😀 بعد الظهر",
            "قصير");
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 800, 200));
        stage.show();
    }

    @Test
    void keepsAsMuchAsFitsWithTheEllipsisAndNoMore() {
        onFx(() -> {
            for (String line : LINES) {
                double whole = LineFit.width(line, FONT);
                for (double room : new double[] {0, 5, 30, 80, 150, whole - 1, whole, whole + 10}) {
                    for (boolean cutEnd : new boolean[] {true, false}) {
                        String shown = LineFit.fit(line, FONT, room, cutEnd);
                        String what = "«" + line + "» in " + room + (cutEnd ? " cut at its end" : " cut at its start");
                        if (whole <= room) {
                            assertThat(shown).as(what).isEqualTo(line);
                            continue;
                        }
                        if (room < LineFit.width(LineFit.ELLIPSIS, FONT)) {
                            assertThat(shown).as(what).isEmpty();
                            continue;
                        }
                        assertThat(LineFit.width(shown, FONT)).as(what + ": fits").isLessThanOrEqualTo(room + 0.001);
                        String kept = cutEnd ? shown.substring(0, shown.length() - 1) : shown.substring(1);
                        assertThat(shown).as(what).isEqualTo(cutEnd ? kept + "…" : "…" + kept);
                        assertThat(cutEnd ? line.startsWith(kept) : line.endsWith(kept)).as(what + ": a part of it").isTrue();
                        assertThat(kept.isEmpty() || !(cutEnd ? Character.isHighSurrogate(kept.charAt(kept.length() - 1))
                                : Character.isLowSurrogate(kept.charAt(0)))).as(what + ": whole letters").isTrue();
                        assertThat(kept.length()).as(what + ": as much as a letter-by-letter scan keeps")
                                .isGreaterThanOrEqualTo(scanned(line, room, cutEnd));
                    }
                }
            }
            return null;
        });
    }

    /** What JavaFX keeps of a line it cuts letter by letter: up to the first letter that does not fit. */
    private static int scanned(String line, double room, boolean cutEnd) {
        double left = room - LineFit.width(LineFit.ELLIPSIS, FONT);
        int n = 0;
        while (n < line.length() && LineFit.width(LineFit.kept(line, n + 1, cutEnd), FONT) <= left + 0.001) {
            n++;
        }
        return LineFit.kept(line, n, cutEnd).length();
    }

    @Test
    void aJavaFxLabelShowsTheCutAsItIsAndKeepsNoMoreOfTheLineItself() {
        // right-to-left lines with a digit or a full stop, and every cut at the start: JavaFX measures letter by letter
        for (String line : LINES.subList(1, 3)) {
            for (double room : new double[] {60, 120, 200}) {
                for (OverrunStyle style : new OverrunStyle[] {OverrunStyle.ELLIPSIS, OverrunStyle.LEADING_ELLIPSIS}) {
                    String ours = onFx(() -> LineFit.fit(line, FONT, room, style == OverrunStyle.ELLIPSIS));
                    String what = "«" + line + "» in " + room + " " + style;
                    assertThat(javafxCut(ours, room, style)).as(what + ": shown as it is").isEqualTo(ours);
                    assertThat(ours.length()).as(what).isGreaterThanOrEqualTo(javafxCut(line, room, style).length());
                }
            }
        }
    }

    @Test
    void aKwicLineShowsItsPartsCutByItselfAndTheLabelsCutNothingMore() {
        KwicLine line = onFx(() -> {
            KwicLine l = new KwicLine();
            l.setManaged(false); // keeps the size given here
            l.resize(300, 30);
            root.getChildren().setAll(l);
            l.show(new org.hashiya.domain.KeywordInContext(LINES.get(1), "هجوم واسع على مواقع الجيش", LINES.get(2)));
            return l;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            root.applyCss();
            root.layout();
            Label[] parts = line.labelsLeftToRight(); // after, keyword, before
            assertThat(parts[0].getText()).endsWith("…").startsWith("حثت");
            assertThat(parts[2].getText()).startsWith("…").endsWith("هجوم.");
            for (Label part : parts) {
                Text drawn = (Text) part.lookup(".text");
                assertThat(drawn.getText()).as("the label cuts nothing more").isEqualTo(part.getText());
            }
            assertThat(line.parts()[0]).isEqualTo(LINES.get(1));
            return null;
        });
    }

    private String javafxCut(String line, double room, OverrunStyle style) {
        return onFx(() -> {
            Label label = new Label(line);
            label.setFont(FONT);
            label.setTextOverrun(style);
            label.setEllipsisString("…");
            label.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            label.setMinWidth(0);
            root.getChildren().setAll(label);
            label.resize(room, 30);
            label.applyCss();
            label.layout();
            return ((Text) label.lookup(".text")).getText();
        });
    }
}
