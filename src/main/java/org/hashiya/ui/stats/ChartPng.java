package org.hashiya.ui.stats;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Saves a chart as it is drawn on screen, at twice its size so it stays sharp in a paper or slide. */
final class ChartPng {
    static final double SCALE = 2;

    private ChartPng() {
    }

    /** Snapshots {@code chart} (on the JavaFX thread) and writes it as a PNG. */
    static void write(Node chart, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(SCALE, SCALE));
        var image = SwingFXUtils.fromFXImage(chart.snapshot(params, null), null);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
