package org.hashiya.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.merge.MergeReport;
import org.hashiya.service.merge.MergeService;
import org.hashiya.store.LibraryException;

/**
 * One merge run for the dialog: runs the merge on {@code background}, publishes progress, then the
 * summary lines (or the reason it was refused) on {@code fx}. {@code afterMerge} runs on {@code fx}
 * when something was added, so the library list can show the new articles.
 */
public final class MergeViewModel {
    private final MergeService service;
    private final Executor background;
    private final Executor fx;
    private final Runnable afterMerge;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> summary = FXCollections.observableArrayList();

    public MergeViewModel(MergeService service, Executor background, Executor fx, Runnable afterMerge,
                          Consumer<String> status) {
        this.service = service;
        this.background = background;
        this.fx = fx;
        this.afterMerge = afterMerge;
        this.status = status;
    }

    /** Starts merging {@code files}; does nothing while a merge runs or when none is given. */
    public void merge(List<Path> files) {
        if (running.get() || files.isEmpty()) {
            return;
        }
        running.set(true);
        finished.set(false);
        summary.clear();
        progress.set(-1);
        message.set("Checking " + files.size() + (files.size() == 1 ? " library" : " libraries") + "…");
        List<Path> chosen = List.copyOf(files);
        background.execute(() -> {
            try {
                MergeReport report = service.merge(chosen, (what, fraction) -> fx.execute(() -> {
                    message.set(what);
                    progress.set(fraction);
                }));
                fx.execute(() -> done(report));
            } catch (LibraryException e) {
                fx.execute(() -> refused(e.getMessage()));
            } catch (RuntimeException e) {
                ErrorLog.error("merge failed", e);
                fx.execute(() -> refused("unexpected error: " + e + " (details in the log)"));
            }
        });
    }

    private void done(MergeReport report) {
        summary.setAll(report.lines());
        progress.set(1);
        message.set(report.addedNothing() ? "Nothing new: merged before." : "Merged.");
        status.accept(report.addedNothing() ? "Merge: nothing new." : "Merged " + report.outcomes().size()
                + (report.outcomes().size() == 1 ? " library." : " libraries."));
        running.set(false);
        finished.set(true);
        if (!report.addedNothing()) {
            afterMerge.run();
        }
    }

    private void refused(String reason) {
        summary.setAll("Nothing was merged: " + reason);
        progress.set(0);
        message.set("Refused: nothing was written.");
        status.accept("Merge refused: " + reason);
        running.set(false);
        finished.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The report's lines once done (one per library, one per label kept apart), or why nothing was merged. */
    public ObservableList<String> summary() {
        return FXCollections.unmodifiableObservableList(summary);
    }
}
