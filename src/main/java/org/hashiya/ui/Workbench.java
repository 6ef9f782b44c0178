package org.hashiya.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hashiya.service.BundledSamples;
import org.hashiya.service.RecentLibraries;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.ReadingPane;

/**
 * Assembles the workbench for a stage: view models, the main window, the reading pane, and the
 * library to open. Used by {@link HashiyaApp} and by the UI tests, so both run the same wiring.
 */
public final class Workbench {
    private final MainViewModel model;
    private final ImportViewModel imports;
    private final ReadingPane readingPane;
    private final MainWindow window;
    private final UserFolders folders;

    public Workbench(UserFolders folders, Executor background) {
        this.folders = folders;
        RecentLibraries recent = new RecentLibraries(folders.recentLibrariesFile());
        model = new MainViewModel((file, create) -> openAndRemember(file, create, recent), background, Platform::runLater);
        imports = new ImportViewModel(model);
        readingPane = new ReadingPane();
        readingPane.setId("reading-pane");
        ReaderController reader = new ReaderController(model, readingPane);
        window = new MainWindow(model, imports, readingPane, recent::list);
        window.addMenu(reader.viewMenu());
    }

    private static Library openAndRemember(Path file, boolean create, RecentLibraries recent) {
        Library library = SqliteLibrary.open(file, create);
        try {
            new SchemaService(library).ensureSchema();
        } catch (RuntimeException e) {
            library.close();
            throw e;
        }
        recent.remember(library.file());
        return library;
    }

    /**
     * Opens {@code libraryFile}, or the user's default library when it is null; only the default
     * library is ever seeded with the bundled samples, and only on its very first start.
     */
    public boolean openLibrary(Path libraryFile) {
        boolean isDefault = libraryFile == null;
        boolean opened = model.openLibrary(isDefault ? folders.defaultLibrary() : libraryFile, true);
        if (opened && isDefault) {
            seedSamples();
        }
        return opened;
    }

    private void seedSamples() {
        Library library = model.libraryProperty().get();
        new BundledSamples(folders.dataFolder().resolve("samples")).seedIfFirstStart(library).ifPresent(report -> {
            model.refreshList();
            if (!model.list().visibleRows().isEmpty()) {
                model.open(model.list().visibleRows().get(0).summary().id(), "");
            }
            model.setStatus("Welcome to Hashiya. Your new library holds " + report.imported()
                    + " sample articles from the bundled demo set (" + library.file() + ").");
        });
    }

    /** Puts the window on {@code stage} and shows it. */
    public void show(Stage stage) {
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(Workbench.class.getResource("main.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setOnHidden(e -> model.closeLibrary());
        stage.show();
        if (Boolean.getBoolean("hashiya.reportShown")) { // for bench/run: start-to-window time
            System.err.println("shown " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    public MainViewModel model() {
        return model;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ReadingPane readingPane() {
        return readingPane;
    }
}
