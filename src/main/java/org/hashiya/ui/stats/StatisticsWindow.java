package org.hashiya.ui.stats;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hashiya.store.Library;

/**
 * View ▸ Statistics…: a {@link StatisticsView} in its own stage, owned by the workbench but not
 * modal, so it can stay open beside the article. It counts the open library each time it is shown
 * and whenever another library is opened; Refresh (or F5) counts again after annotating.
 */
public final class StatisticsWindow {
    private final Window owner;
    private final ObservableObjectValue<Library> library;
    private final StatisticsViewModel model;
    private Stage stage;

    public StatisticsWindow(Window owner, ObservableObjectValue<Library> library, Executor background) {
        this.owner = owner;
        this.library = library;
        this.model = new StatisticsViewModel(background, Platform::runLater);
        library.addListener((obs, old, now) -> {
            if (stage != null && stage.isShowing()) {
                model.setLibrary(now);
            }
        });
    }

    /** A menu item "Statistics…" (Shortcut+4) that opens the window over the one {@code owner} gives. */
    public static MenuItem menuItem(Supplier<Window> owner, ObservableObjectValue<Library> library, Executor background) {
        MenuItem item = new MenuItem("Statistics…");
        item.setId("menu-statistics");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+4")); // Ctrl+1-3 switch the main views
        StatisticsWindow[] window = new StatisticsWindow[1];
        item.setOnAction(e -> {
            if (window[0] == null) {
                window[0] = new StatisticsWindow(owner.get(), library, background);
            }
            window[0].show();
        });
        return item;
    }

    /** Shows the window counting the open library, or brings it to the front and counts again. */
    public Stage show() {
        if (stage == null) {
            stage = build();
        }
        model.setLibrary(library.get());
        stage.show();
        stage.toFront();
        return stage;
    }

    private Stage build() {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle("Statistics — إحصاءات");
        StatisticsView view = new StatisticsView(model, (chart, extension) -> choose(window, chart, extension));
        Scene scene = new Scene(view, 1280, 900);
        scene.getStylesheets().addAll(
                Objects.requireNonNull(StatisticsWindow.class.getResource("/org/hashiya/ui/main.css")).toExternalForm(),
                Objects.requireNonNull(StatisticsWindow.class.getResource("statistics.css")).toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                window.hide();
            } else if (e.getCode() == KeyCode.F5) {
                model.refresh();
            }
        });
        window.setScene(scene);
        return window;
    }

    private static Optional<Path> choose(Window window, ChartId chart, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + chart.title().toLowerCase(java.util.Locale.ROOT) + " as " + extension.toUpperCase(java.util.Locale.ROOT));
        chooser.setInitialFileName(chart.fileName() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(window);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** The window's state, for tests. */
    StatisticsViewModel model() {
        return model;
    }
}
