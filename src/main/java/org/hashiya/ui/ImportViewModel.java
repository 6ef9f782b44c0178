package org.hashiya.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportOutcome;
import org.hashiya.service.ImportReport;
import org.hashiya.store.Library;

/**
 * An import running in the background: progress from 0 to 1, cancellable, with the problems
 * (refused files, duplicates) collected for the user. The window stays responsive because the
 * work runs on the model's background executor and only results cross to the UI thread.
 */
public final class ImportViewModel {
    private final MainViewModel main;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private volatile AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<ImportReport> onFinished = report -> { };

    private final String annotator;

    public ImportViewModel(MainViewModel main) {
        this(main, "");
    }

    /** {@code annotator}: whose spans an annotated file's are when the file names nobody. */
    public ImportViewModel(MainViewModel main, String annotator) {
        this.main = main;
        this.annotator = annotator == null ? "" : annotator;
    }

    /** Starts importing {@code paths} into the open library; ignored while another import runs. */
    public void start(List<Path> paths) {
        Library library = main.libraryProperty().get();
        if (library == null || running.get() || paths.isEmpty()) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        running.set(true);
        progress.set(0);
        problems.clear();
        main.setStatus("Importing…");
        main.runInBackground(() -> {
            ImportReport report;
            try {
                report = ArticleImporter.into(library, java.time.Clock.systemUTC(), null, annotator)
                        .importPaths(paths, listener(), cancel::get);
            } catch (RuntimeException e) {
                ErrorLog.error("import failed", e);
                main.runOnUi(() -> finish(null, "Import failed: " + e.getMessage()));
                return;
            }
            main.runOnUi(() -> finish(report, report.summary()));
        });
    }

    private ImportListener listener() {
        return new ImportListener() {
            @Override
            public void progress(int filesDone, int filesTotal, Path currentFile) {
                double fraction = filesTotal == 0 ? 1 : (double) filesDone / filesTotal;
                String what = currentFile == null ? "" : "Importing " + currentFile.getFileName() + " ("
                        + (filesDone + 1) + " of " + filesTotal + ")";
                main.runOnUi(() -> {
                    progress.set(fraction);
                    if (!what.isEmpty()) {
                        main.setStatus(what);
                    }
                });
            }

            @Override
            public void notice(String message) {
                main.runOnUi(() -> problems.add(message));
            }

            @Override
            public void outcome(ImportOutcome outcome) {
                if (outcome.kind() != ImportOutcome.Kind.IMPORTED) {
                    String line = outcome.describe();
                    main.runOnUi(() -> problems.add(line));
                }
            }
        };
    }

    private void finish(ImportReport report, String summary) {
        running.set(false);
        progress.set(1);
        main.refreshList();
        main.openFirstIfNothingOpen();
        main.setStatus(summary);
        if (report != null) {
            onFinished.accept(report);
        }
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    /** Called on the UI thread when an import ends, e.g. to open the first new article. */
    public void setOnFinished(Consumer<ImportReport> onFinished) {
        this.onFinished = onFinished;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Refused, skipped and duplicate files of the last import, one line each. */
    public ObservableList<String> problems() {
        return problems;
    }
}
