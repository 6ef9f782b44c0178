package org.hashiya.ui.reader;

import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javax.imageio.ImageIO;

/** Manual check: how glyphs from fallback fonts sit in RTL lines, one Text vs one Text per word. */
public final class FallbackProbeMain {
    public static void main(String[] args) throws Exception {
        FxToolkit.ensureStarted();
        FxToolkit.call(() -> {
            String[] lines = {"تنظيم “داعش” وفروعه", "تنظيم (داعش) وفروعه", "تنظيم \"داعش\" وفروعه", "حلف NATO شاركت في"};
            VBox box = new VBox(6);
            for (String s : lines) {
                TextFlow one = new TextFlow(text(s));
                TextFlow words = new TextFlow();
                int[] lens = WordSegments.lengths(s);
                int at = 0;
                for (int n : lens) { words.getChildren().add(text(s.substring(at, at + n))); at += n; }
                one.setStyle("-fx-text-alignment: right"); words.setStyle("-fx-text-alignment: right");
                box.getChildren().addAll(one, words);
            }
            new Scene(box, 400, 400);
            box.applyCss(); box.layout();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(box.snapshot(null, null), null), "png", Path.of(args[0]).toFile());
            } catch (Exception e) { throw new RuntimeException(e); }
            return null;
        }, 60);
        System.exit(0);
    }

    private static Text text(String s) {
        Text t = new Text(s);
        t.setFont(System.getProperty("probe.font") == null ? ReaderFont.atScale(1.2) : javafx.scene.text.Font.loadFont("file:" + System.getProperty("probe.font"), 24));
        return t;
    }
}
