package org.hashiya.ui.stats;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Manual check: the statistics view of a library, drawn headless and written as a PNG, and the
 * label chart saved through its "Save PNG" path. Args: library file, output folder.
 */
public final class StatisticsSnapshotMain {
    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1600x1200-32");
        Path out = Path.of(args[1]);
        Library library = SqliteLibrary.open(Path.of(args[0]), false);
        CountDownLatch ready = new CountDownLatch(1);
        Platform.startup(ready::countDown);
        ready.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            StatisticsViewModel model = new StatisticsViewModel(Runnable::run, Runnable::run);
            StatisticsView view = new StatisticsView(model, (chart, ext) -> java.util.Optional.of(out.resolve(chart.fileName() + "." + ext)));
            Scene scene = new Scene(view, 1280, 900);
            scene.getStylesheets().addAll(StatisticsSnapshotMain.class.getResource("/org/hashiya/ui/main.css").toExternalForm(),
                    StatisticsView.class.getResource("statistics.css").toExternalForm());
            long start = System.nanoTime();
            new org.hashiya.service.StatisticsService(library).statistics(org.hashiya.domain.SpanFilter.ALL);
            System.err.printf("counted alone in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            model.setLibrary(library);
            view.applyCss();
            view.layout();
            System.err.printf("counted, drawn and laid out in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            for (int again = 0; again < 3; again++) {
                long t0 = System.nanoTime();
                model.refresh();
                long t1 = System.nanoTime();
                view.applyCss();
                view.layout();
                System.err.printf("again: counted and drawn %.0f ms, css and layout %.0f ms%n", (t1 - t0) / 1e6,
                        (System.nanoTime() - t1) / 1e6);
            }
            for (int round = 0; round < 3; round++) {
                for (ChartId id : ChartId.values()) {
                    long t = System.nanoTime();
                    javafx.scene.chart.Chart chart = id == ChartId.ACTIVITY ? Charts.activity(model.activity())
                            : id == ChartId.LABELS || id == ChartId.ANNOTATORS ? Charts.horizontal(id, model.bars(id))
                            : Charts.vertical(id, model.bars(id));
                    long built = System.nanoTime();
                    javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(chart);
                    new Scene(holder, 1200, 400);
                    holder.applyCss();
                    holder.layout();
                    System.err.printf("%s: built %.0f ms, css+layout %.0f ms%n", id, (built - t) / 1e6,
                            (System.nanoTime() - built) / 1e6);
                }
            }
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(view.snapshot(null, null), null), "png", out.resolve("view.png").toFile());
                for (ChartId id : ChartId.values()) {
                    ChartPng.write(view.chart(id), out.resolve(id.fileName() + ".png"));
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
            done.countDown();
        });
        done.await();
        library.close();
        Platform.exit();
    }
}
