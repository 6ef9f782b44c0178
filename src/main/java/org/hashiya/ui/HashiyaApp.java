package org.hashiya.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.UserFolders;
import org.hashiya.service.UserPreferences;
import org.hashiya.ui.annotate.AnnotatorNameDialog;

/**
 * The workbench application: {@code hashiya [--db FILE] [--annotator NAME]}. Opens the user's
 * default library (or FILE) and reopens the article the user was reading.
 */
public final class HashiyaApp extends Application {
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "hashiya-background");
        thread.setDaemon(true);
        return thread;
    });
    private Workbench workbench;

    public static void main(String[] args) {
        StartupWarmUp.start();
        StartupTrace.mark("launching JavaFX");
        Rendering.prepare();
        launch(HashiyaApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit up: start()");
        UserFolders folders = UserFolders.forCurrentUser();
        ErrorLog.writeTo(folders.logFile());
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            ErrorLog.error("uncaught on " + thread.getName(), e);
            if (workbench != null) {
                Platform.runLater(() -> workbench.model().setStatus("Something went wrong: " + e.getMessage()
                        + " (details in " + folders.logFile() + ")"));
            }
        });
        WorkbenchOptions options = WorkbenchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        String annotator = AnnotatorNameDialog.resolve(options.annotator, UserPreferences.of(folders));
        StartupTrace.mark("options, log, annotator");
        workbench = new Workbench(folders, background, annotator, UserPreferences.of(folders));
        StartupTrace.mark("workbench built");
        workbench.show(stage);
        // The window first, then the library: with thousands of articles, listing them and opening
        // the last one read takes a moment the user can already spend looking at the window.
        StartupTrace.mark("stage.show() returned");
        Platform.runLater(() -> {
            workbench.openLibrary(options.db);
            StartupTrace.mark("library open");
        });
        if (Boolean.getBoolean("hashiya.closeAfterStart")) {
            // packaging's training run (which classes a start loads): close once the first article is drawn
            Platform.runLater(() -> {
                PauseTransition drawn = new PauseTransition(Duration.seconds(3));
                drawn.setOnFinished(e -> stage.close());
                drawn.play();
            });
        }
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.model().closeLibrary();
        }
        background.shutdownNow();
    }
}
