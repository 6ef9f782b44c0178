package org.hashiya.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

// TestFX starts the toolkit, whatever order the test classes run in; the renderer then reuses it.
@ExtendWith(ApplicationExtension.class)
class ArticleRendererTest {
    private static final int WIDTH = 640;
    private static final int SIDE_PADDING = 24;
    private static final String TEXT = ReadingPaneTest.TITLE + "\n" + ReadingPaneTest.BODY;

    @TempDir
    Path dir;

    @Test
    void rendersTheWholeArticleRightAlignedWithItsHighlightsAtTheGivenWidth() throws Exception {
        int from = TEXT.indexOf("التحالف الدولي");
        Path out = dir.resolve("a.png");

        int height = ArticleRenderer.renderToPng(TEXT,
                List.of(Highlight.of("h", from, from + "التحالف الدولي".length(), "#00c853")), WIDTH, OptionalInt.empty(), out);

        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(height).isBetween(150, 1000);
        int firstRow = firstDarkRow(image);
        assertThat(firstRow).as("some text drawn").isGreaterThanOrEqualTo(0);
        // the short title line: text ends at the right margin, its left part is empty
        int right = -1;
        int left = WIDTH;
        for (int y = firstRow; y < firstRow + 25; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (isDark(image.getRGB(x, y))) {
                    right = Math.max(right, x);
                    left = Math.min(left, x);
                }
            }
        }
        assertThat(right).isBetween(WIDTH - SIDE_PADDING - 6, WIDTH - SIDE_PADDING);
        assertThat(left).isGreaterThan(WIDTH / 2);
        assertThat(countNear(image, 0x00, 0xc8, 0x53)).as("highlight colour pixels").isGreaterThan(500);
    }

    @Test
    void aGivenHeightCutsTheImage() throws Exception {
        Path out = dir.resolve("b.png");
        int height = ArticleRenderer.renderToPng(TEXT, List.of(), WIDTH, OptionalInt.of(60), out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(height).isEqualTo(60);
        assertThat(image.getHeight()).isEqualTo(60);
        assertThat(firstDarkRow(image)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aWidthOutOfRangeIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ArticleRenderer.renderToPng(TEXT, List.of(), 10, OptionalInt.empty(), dir.resolve("c.png")))
                .isInstanceOf(RenderException.class).hasMessageContaining("width 10 px");
    }

    private static int firstDarkRow(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isDark(image.getRGB(x, y))) {
                    return y;
                }
            }
        }
        return -1;
    }

    private static boolean isDark(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r + g + b < 200;
    }

    private static int countNear(BufferedImage image, int r, int g, int b) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (Math.abs(((rgb >> 16) & 0xff) - r) + Math.abs(((rgb >> 8) & 0xff) - g) + Math.abs((rgb & 0xff) - b) < 24) {
                    n++;
                }
            }
        }
        return n;
    }
}
