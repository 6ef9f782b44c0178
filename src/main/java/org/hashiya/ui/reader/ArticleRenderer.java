package org.hashiya.ui.reader;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/**
 * Draws an article with its highlights to a PNG exactly as the reading pane shows it: the same
 * {@link ReadingPane} (font, word segments, line layout, overlays), laid out offscreen in a viewport
 * tall enough to hold every paragraph it draws, then snapshotted. Works with no display.
 */
public final class ArticleRenderer {
    /** The image height when the caller gives none: a whole article, cut at this many pixels. */
    public static final int DEFAULT_MAX_HEIGHT = 20_000;
    private static final int MIN_WIDTH = 120;
    private static final int MAX_WIDTH = 8_000;
    private static final long TIMEOUT_SECONDS = 120;

    private ArticleRenderer() {
    }

    /**
     * Renders the article wrapped at {@code width} pixels to a PNG at {@code out}. The image is as
     * tall as the text, but at most {@code maxHeight} pixels (default {@value #DEFAULT_MAX_HEIGHT}).
     * Blocks until the file is written. Starts JavaFX (headless without a display) if needed; must not
     * be called on the JavaFX thread.
     *
     * @return the image height in pixels
     */
    public static int renderToPng(String text, List<Highlight> highlights, int width, OptionalInt maxHeight, Path out)
            throws RenderException {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new RenderException("width " + width + " px is outside " + MIN_WIDTH + ".." + MAX_WIDTH);
        }
        int cap = maxHeight.orElse(DEFAULT_MAX_HEIGHT);
        if (cap < 1 || cap > 4 * DEFAULT_MAX_HEIGHT) {
            throw new RenderException("height " + cap + " px is outside 1.." + 4 * DEFAULT_MAX_HEIGHT);
        }
        BufferedImage image;
        try {
            FxToolkit.ensureStarted();
            image = FxToolkit.call(() -> snapshot(text, highlights, width, cap), TIMEOUT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new RenderException("rendering failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new RenderException("rendering took longer than " + TIMEOUT_SECONDS + " s", e);
        } catch (RuntimeException | Error e) {
            throw new RenderException("JavaFX could not start: " + e.getMessage(), e);
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new RenderException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new RenderException("could not write " + out + ": " + e.getMessage(), e);
        }
        return image.getHeight();
    }

    /** Lays the pane out offscreen and snapshots it; on the JavaFX thread. */
    static BufferedImage snapshot(String text, List<Highlight> highlights, int width, int cap) {
        ReadingPane pane = new ReadingPane();
        pane.setScrollBarsShown(false);
        pane.setArticle(text);
        pane.setHighlights(highlights);
        new Scene(pane, width, cap, Color.WHITE);
        // Paragraph boxes made during a layout pass get their CSS (padding, alignment) only from the
        // next CSS pass, and the overlays paint from flows laid out in the pass before: repeat.
        for (int pass = 0; pass < 3; pass++) {
            pane.applyCss();
            pane.layout();
        }
        int height = (int) Math.ceil(Math.min(cap, contentBottom(pane)));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setViewport(new Rectangle2D(0, 0, width, Math.max(1, height)));
        WritableImage image = pane.snapshot(params, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Bottom of the last paragraph in pane coordinates, or infinity if it was not laid out (text taller than the viewport). */
    private static double contentBottom(ReadingPane pane) {
        int last = pane.article().chunkCount() - 1;
        return pane.paragraphBox(last)
                .map((Region box) -> pane.sceneToLocal(box.localToScene(0, box.getHeight())).getY())
                .orElse(Double.POSITIVE_INFINITY);
    }
}
