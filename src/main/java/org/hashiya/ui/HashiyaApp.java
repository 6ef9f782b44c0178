package org.hashiya.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hashiya.service.BundledSamples;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.RecentLibraries;
import org.hashiya.service.SchemaService;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.annotate.AnnotationWorkbench;
import org.hashiya.ui.annotate.AnnotatorNameDialog;
import org.hashiya.ui.reader.ReadingPane;

/**
 * The workbench: opens the user's default library (or {@code --db FILE}), seeds it with the
 * bundled samples on the very first start, and reopens the article the user was reading.
 */
public final class HashiyaApp extends Application {
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hashiya-background");
        thread.setDaemon(true);
        return thread;
    });
    private MainViewModel model;

    public static void main(String[] args) {
        launch(HashiyaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UserFolders folders = UserFolders.forCurrentUser();
        ErrorLog.writeTo(folders.logFile());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            ErrorLog.error("uncaught on " + thread.getName(), e);
            if (model != null) {
                Platform.runLater(() -> model.setStatus("Something went wrong: " + e.getMessage()
                        + " (details in " + folders.logFile() + ")"));
            }
        });
        WorkbenchOptions options = WorkbenchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        RecentLibraries recent = new RecentLibraries(folders.recentLibrariesFile());
        model = new MainViewModel((file, create) -> openAndRemember(file, create, recent), background, Platform::runLater);
        ImportViewModel imports = new ImportViewModel(model);
        ReadingPane pane = new ReadingPane();
        pane.setId("reading-pane");
        ReaderController reader = new ReaderController(model, pane);
        MainWindow window = new MainWindow(model, imports, pane, recent::list);
        // ---- annotating (ui.annotate): after the ReaderController, whose listener shows the text first
        UserPreferences preferences = UserPreferences.of(folders);
        AnnotationWorkbench annotation = new AnnotationWorkbench(pane,
                AnnotatorNameDialog.resolve(options.annotator, preferences), model::setStatus, model.list()::updateStatus);
        model.openArticleProperty().addListener((obs, old, article) -> annotation.show(model.libraryProperty().get(), article));
        window.addMenu(annotation.editMenu(preferences));
        window.addSidePanel(annotation.panel());
        // ---- end annotating
        window.addMenu(reader.viewMenu());

        boolean isDefault = options.db == null;
        Path file = isDefault ? folders.defaultLibrary() : options.db;
        boolean opened = model.openLibrary(file, true);
        if (opened && isDefault) {
            seedSamples(folders);
        }

        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(HashiyaApp.class.getResource("main.css")).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitleProperty());
        stage.setOnHidden(e -> model.closeLibrary());
        stage.show();
    }

    private static Library openAndRemember(Path file, boolean create, RecentLibraries recent) {
        Library library = SqliteLibrary.open(file, create);
        new SchemaService(library).ensureSchema();
        recent.remember(library.file());
        return library;
    }

    private void seedSamples(UserFolders folders) {
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

    @Override
    public void stop() {
        if (model != null) {
            model.closeLibrary();
        }
        background.shutdownNow();
    }
}
