package org.hashiya.ui;

import java.util.List;
import org.hashiya.io.SchemaJson;
import org.hashiya.service.ErrorLog;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.SearchNormalizer;
import org.hashiya.text.WordSnapper;

/**
 * Start-up does a lot of one-time loading (SQLite's native library, Jackson, ICU's break rules,
 * RichTextFX's classes) that does not need the JavaFX thread. On a second core it runs while the
 * toolkit starts and the window is built, so the window shows sooner.
 */
final class StartupWarmUp {
    private static final List<String> VIEW_CLASSES = List.of(
            "org.fxmisc.richtext.StyledTextArea", "org.fxmisc.richtext.GenericStyledArea",
            "org.fxmisc.flowless.VirtualizedScrollPane", "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder", "org.fxmisc.wellbehaved.event.Nodes",
            "org.reactfx.EventStreams", "javafx.scene.control.TableView", "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.SplitPane", "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.ListView", "javafx.scene.control.ComboBox", "javafx.scene.control.TextArea");

    private StartupWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(StartupWarmUp::run, "hashiya-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run() {
        try {
            ClassLoader loader = StartupWarmUp.class.getClassLoader();
            for (String name : VIEW_CLASSES) {
                Class.forName(name, false, loader); // load only: initialising view classes is the FX thread's job
            }
            SqliteLibrary.warmUp();
            SchemaJson.readDefault();
            SearchNormalizer.normalize("الأمريكية");
            WordSnapper.snapToWords("واشنطن تدعو", 2, 3);
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            ErrorLog.error("warm-up failed (harmless: the same work happens later on demand)", e);
        }
    }
}
