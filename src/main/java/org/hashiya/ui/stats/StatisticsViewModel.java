package org.hashiya.ui.stats;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.KeyCount;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.Statistics;
import org.hashiya.io.CsvTable;
import org.hashiya.service.ErrorLog;
import org.hashiya.service.StatisticsService;
import org.hashiya.store.Library;

/**
 * The statistics window's state: the open library, a filter (one annotator or everyone, a range
 * of days), the counted {@link Statistics} and what the charts make of them. Counting runs on
 * {@code background} (the store aggregates, so it takes well under a second even for a million
 * spans) and the result comes back through {@code uiThread}; a result overtaken by a newer
 * request is dropped. Holds no controls.
 */
public final class StatisticsViewModel {
    private final Executor background;
    private final Executor uiThread;
    private final ObjectProperty<String> annotator = new SimpleObjectProperty<>(this, "annotator");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<String> annotatorChoices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Statistics> statistics = new ReadOnlyObjectWrapper<>(this, "statistics");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Library library;
    private long request;
    private boolean settingChoices;

    public StatisticsViewModel(Executor background, Executor uiThread) {
        this.background = background;
        this.uiThread = uiThread;
        annotator.addListener((obs, old, now) -> filterChanged());
        from.addListener((obs, old, now) -> filterChanged());
        to.addListener((obs, old, now) -> filterChanged());
    }

    private void filterChanged() {
        if (!settingChoices && library != null) {
            refresh();
        }
    }

    /** Counts the given library (null: none open) with the current filter. */
    public void setLibrary(Library newLibrary) {
        library = null;
        annotator.set(null);
        annotatorChoices.clear();
        library = newLibrary;
        refresh();
    }

    /** Counts again (after annotating); a change of the filter counts again by itself. */
    public void refresh() {
        long mine = ++request;
        Library lib = library;
        if (lib == null) {
            statistics.set(null);
            summary.set("No library is open.");
            loading.set(false);
            return;
        }
        SpanFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        loading.set(true);
        message.set("");
        background.execute(() -> {
            try {
                Statistics counted = new StatisticsService(lib).statistics(filter);
                uiThread.execute(() -> publish(mine, filter, counted));
            } catch (RuntimeException e) {
                ErrorLog.error("statistics failed", e);
                uiThread.execute(() -> fail(mine, e));
            }
        });
    }

    /**
     * Shows a count. The annotators to choose from are those a count for everyone found (the first
     * count of a library always is one); while one annotator is chosen they stay as they were.
     */
    private void publish(long mine, SpanFilter filter, Statistics counted) {
        if (mine != request) {
            return;
        }
        String chosen = annotator.get();
        List<String> names = counted.annotators().stream().map(KeyCount::key).toList();
        if (filter.annotators().isEmpty() && !annotatorChoices.equals(names)) {
            settingChoices = true;
            try {
                annotatorChoices.setAll(names);
                annotator.set(chosen); // a combo box showing the choices may clear its value meanwhile
            } finally {
                settingChoices = false;
            }
        }
        statistics.set(counted);
        summary.set(ChartData.count(counted.spans()) + (counted.spans() == 1 ? " span in " : " spans in ")
                + ChartData.count(counted.articles()) + (counted.articles() == 1 ? " article" : " articles")
                + (filter.isEverything() ? "" : " (filtered)"));
        loading.set(false);
    }

    private void fail(long mine, RuntimeException e) {
        if (mine == request) {
            loading.set(false);
            message.set("Could not count: " + e.getMessage());
        }
    }

    /** The filter the window's choices make; throws with a one-line reason for a backwards range. */
    public SpanFilter filter() {
        SpanFilter filter = SpanFilter.ALL.withDates(from.get(), to.get());
        return annotator.get() == null ? filter : filter.withAnnotators(List.of(annotator.get()));
    }

    /** The bars of one bar chart, in reading order. */
    public List<Bar> bars(ChartId chart) {
        return statistics.get() == null ? List.of() : ChartData.bars(chart, statistics.get());
    }

    /** The activity lines, one per annotator, idle days included. */
    public ActivitySeries activity() {
        return statistics.get() == null ? ActivitySeries.EMPTY : ChartData.activity(statistics.get());
    }

    /** A chart's numbers as its CSV file holds them. */
    public CountTable table(ChartId chart) {
        return statistics.get() == null ? new CountTable(List.of(), List.of()) : ChartData.table(chart, statistics.get());
    }

    /** Saves a chart's numbers as CSV; says in {@link #messageProperty()} what happened. */
    public boolean exportCsv(ChartId chart, Path file) {
        if (statistics.get() == null) {
            message.set("Nothing counted yet.");
            return false;
        }
        CountTable table = table(chart);
        try {
            CsvTable.write(file, table.header(), table.rows());
            message.set("Saved " + chart.title().toLowerCase(java.util.Locale.ROOT) + " to " + file);
            return true;
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + e.getMessage());
            return false;
        }
    }

    /** What saving a picture came to: "Saved ..." or why not. */
    public void reportSaved(ChartId chart, Path file, IOException failure) {
        message.set(failure == null ? "Saved the " + chart.title().toLowerCase(java.util.Locale.ROOT) + " chart to " + file
                : "Could not save " + file + ": " + failure.getMessage());
    }

    /** One annotator's spans only; null for everyone. */
    public ObjectProperty<String> annotatorProperty() {
        return annotator;
    }

    /** First day counted (UTC, included); null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day counted (UTC, included); null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Annotator names to choose from: those with spans (in the chosen days), sorted. */
    public ObservableList<String> annotatorChoices() {
        return annotatorChoices;
    }

    public ReadOnlyObjectProperty<Statistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "7 spans in 3 articles". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last problem or confirmation, one line; empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
