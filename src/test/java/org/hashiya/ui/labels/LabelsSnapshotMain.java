package org.hashiya.ui.labels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hashiya.TestArticles;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Manual check: opens the schema dialog (one label retired, a refused shortcut) and the palette
 * with an Arabic filter, and writes snapshots of both. Args: output folder.
 */
public final class LabelsSnapshotMain {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Library library = SqliteLibrary.open(Files.createTempDirectory("labels-snap").resolve("lib.hashiya"), true);
        new SchemaService(library).ensureSchema();
        long article = TestArticles.add(library, "a", "هجوم على حلب");
        new AnnotationService(library, "snap").open(article).createSpan("ATTACK", 0, 4);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                SchemaViewModel schemas = new SchemaViewModel();
                schemas.setLibrary(library);
                Stage owner = new Stage();
                Button anchor = new Button("anchor");
                owner.setScene(new Scene(new StackPane(anchor), 500, 400));
                owner.show();
                LabelsDialog dialog = new LabelsDialog(owner, schemas);
                Stage stage = dialog.show();
                LabelsViewModel model = dialog.model();
                model.selectById("ATTACK");
                model.delete();
                model.selectById("STATE_MIL");
                model.shortcutProperty().set("1");
                model.applyShortcut();
                model.newIdProperty().set("x y");
                model.add();
                save(stage.getScene().getRoot(), out.resolve("labels-dialog.png"));

                Bounds at = anchor.localToScreen(anchor.getLayoutBounds());
                LabelPalette palette = LabelPalette.show(anchor, at.getMinX(), at.getMaxY(), schemas.schema(), id -> { });
                save(palette.model() == null ? null : paletteRoot(palette), out.resolve("label-palette.png"));
                palette.model().filterProperty().set("حكوميه");
                save(paletteRoot(palette), out.resolve("label-palette-filtered.png"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        library.close();
        Platform.exit();
        System.exit(0);
    }

    private static Node paletteRoot(LabelPalette palette) throws Exception {
        var field = LabelPalette.class.getDeclaredField("popup");
        field.setAccessible(true);
        return ((javafx.stage.Popup) field.get(palette)).getContent().get(0);
    }

    private static void save(Node node, Path file) throws Exception {
        node.applyCss();
        if (node instanceof javafx.scene.Parent parent) {
            parent.layout();
        }
        ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
        System.out.println("wrote " + file);
    }
}
