package org.hashiya.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.EventLinkCounts;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.LibraryException;

/**
 * The state of the review view: the filter and order, the rows they list ({@link ReviewRows},
 * replaced whenever the filter, the order or the library's spans change), their count, the bulk
 * actions on chosen rows with undo and redo, and one line saying what happened. Holds no controls.
 *
 * <p>Every read and write runs on {@code background} and comes back through {@code ui}; the index
 * behind free text and the mismatch filter is brought up to date first when those are asked for,
 * with its progress shown.
 */
public final class ReviewViewModel {
    private final Executor background;
    private final Executor indexing;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<ReviewFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ReviewFilter.ALL);
    private final ReadOnlyObjectWrapper<ReviewSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", ReviewSort.LIBRARY);
    private final ReadOnlyObjectWrapper<ReviewRows> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper indexProgress = new ReadOnlyDoubleWrapper(this, "indexProgress", -1);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes", 0);
    private final ReviewChoices choices;

    private volatile ReviewService service;
    private long generation;
    private final OneReloadAtATime reloads = new OneReloadAtATime(busy);
    private Consumer<ReviewRow> opener = row -> { };
    private boolean counting;

    /**
     * @param background reads and bulk actions, in order
     * @param indexing   bringing the index up to date ahead of need (it may take a while on a big library)
     * @param ui         the UI thread
     */
    public ReviewViewModel(Executor background, Executor indexing, Executor ui) {
        this.background = background;
        this.indexing = indexing;
        this.ui = ui;
        this.choices = new ReviewChoices(background, ui, message::set);
    }

    // ---- the library ---------------------------------------------------------------------------

    /** Reviews with this service from now on (null: no library open); filters are kept, undo history is not. */
    public void setService(ReviewService newService) {
        if (service != null) {
            ReviewService old = service;
            background.execute(() -> {
                try {
                    old.forgetHistory();
                } catch (RuntimeException e) {
                    // the library is closed: its temporary tables went with it
                }
            });
        }
        service = newService;
        generation++;
        canUndo.set(false);
        canRedo.set(false);
        if (newService == null) {
            rows.set(null);
            count.set(0);
            choices.clear();
            return;
        }
        choices.load(newService, () -> newService == service);
        reload(null);
    }

    /** Where a row goes when it is opened (the workbench shows it in the reading pane). */
    public void setOpener(Consumer<ReviewRow> opener) {
        this.opener = opener;
    }

    // ---- filter and order ----------------------------------------------------------------------

    public void setFilter(ReviewFilter newFilter) {
        if (!newFilter.equals(filter.get())) {
            filter.set(newFilter);
            reload(null);
        }
    }

    private SpanFilter spans() {
        return filter.get().spans();
    }

    public void setLabels(Collection<String> labels) {
        setFilter(filter.get().withSpans(spans().withLabels(labels)));
    }

    public void setKinds(Collection<LabelKind> kinds) {
        setFilter(filter.get().withSpans(spans().withKinds(kinds)));
    }

    public void setStatuses(Collection<ArticleStatus> statuses) {
        setFilter(filter.get().withSpans(spans().withStatuses(statuses)));
    }

    public void setRelevances(Collection<Relevance> relevances) {
        setFilter(filter.get().withSpans(spans().withRelevances(relevances)));
    }

    public void setTags(Collection<String> names) {
        setFilter(filter.get().withSpans(spans().withTags(names)));
    }

    public void setAnnotators(Collection<String> names) {
        setFilter(filter.get().withSpans(spans().withAnnotators(names)));
    }

    public void setArticles(Collection<Long> ids) {
        setFilter(filter.get().withSpans(spans().withArticles(ids)));
    }

    /** Article ids as typed ("3, 10-20"; blank for all); false (and a message) when they do not read as ids. */
    public boolean setArticles(String typed) {
        try {
            setArticles(ArticleIdList.parse(typed));
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** The days spans were created, both included; a null end is open. An end before the start is refused. */
    public boolean setDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            message.set("The date range ends (" + to + ") before it starts (" + from + ").");
            return false;
        }
        setFilter(filter.get().withSpans(spans().withDates(from, to)));
        return true;
    }

    public void setReviewed(ReviewFilter.Reviewed reviewed) {
        setFilter(filter.get().withReviewed(reviewed));
    }

    /** Free text over span text and notes, matched the Arabic way. */
    public void setText(String text) {
        setFilter(filter.get().withText(text));
    }

    public void setMismatchedOnly(boolean only) {
        setFilter(filter.get().withMismatchedOnly(only));
    }

    public void clearFilters() {
        setFilter(ReviewFilter.ALL);
    }

    public void setSort(ReviewSort newSort) {
        if (!newSort.equals(sort.get())) {
            sort.set(newSort);
            reload(null);
        }
    }

    /** Reads the rows again (after edits elsewhere), then runs {@code after} on the UI thread. */
    public void refresh(Runnable after) {
        ReviewService current = service;
        if (current != null) {
            choices.load(current, () -> current == service);
        }
        reload(after);
    }

    private void reload(Runnable after) {
        ReviewService s = service;
        if (s == null) {
            return;
        }
        if (!reloads.start(() -> reload(after))) { // one reload at a time; the latest wish wins
            return;
        }
        long asked = ++generation;
        ReviewFilter f = filter.get();
        ReviewSort o = sort.get();
        background.execute(() -> {
            try {
                if (f.hasText() || f.mismatchedOnly()) {
                    updateIndex(s);
                }
                long n = s.count(f);
                List<ReviewRow> first = s.rows(f, o, null, 0, ReviewRows.BLOCK * 2);
                ui.execute(() -> loaded(asked, s, f, o, n, first, after));
            } catch (LibraryException | IllegalArgumentException e) {
                ui.execute(() -> {
                    reloads.finished();
                    message.set(e.getMessage());
                });
            }
        });
    }

    private void updateIndex(ReviewService s) {
        if (s.indexPending() == 0) {
            return;
        }
        s.updateIndex((done, total) -> {
            double share = total == 0 ? 1 : (double) done / total;
            ui.execute(() -> indexProgress.set(share));
        }, () -> s != service);
        ui.execute(() -> indexProgress.set(-1));
    }

    private void loaded(long asked, ReviewService s, ReviewFilter f, ReviewSort o, long n, List<ReviewRow> first,
                        Runnable after) {
        reloads.finished();
        if (s != service || !f.equals(filter.get()) || !o.equals(sort.get())) {
            if (!reloads.waiting()) {
                reload(after); // the filter moved on while this was read
            }
            reloads.runWaiting();
            return;
        }
        rows.set(new ReviewRows(new ReviewRows.Source() {
            @Override
            public List<ReviewRow> rows(RowKey from, long skip, int limit) {
                return s.rows(f, o, from, skip, limit);
            }

            @Override
            public List<ReviewRow> rowsBefore(RowKey before, int limit) {
                return s.rowsBefore(f, o, before, limit);
            }
        }, n, first, background, ui, e -> message.set(e.getMessage())));
        count.set(n);
        if (after != null) {
            after.run();
        }
        reloads.runWaiting();
    }

    /** Brings the free-text and mismatch index up to date in the background (on first showing the view). */
    public void prepareIndex() {
        ReviewService s = service;
        if (s != null) {
            indexing.execute(() -> {
                try {
                    updateIndex(s);
                } catch (LibraryException e) {
                    ui.execute(() -> message.set(e.getMessage()));
                }
            });
        }
    }

    // ---- opening -------------------------------------------------------------------------------

    /** Opens the row at {@code index} in the reading pane; false while its row is still being read. */
    public boolean open(int index) {
        ReviewRows current = rows.get();
        if (current == null || index < 0 || index >= current.size()) {
            return false;
        }
        ReviewRow row = current.get(index).row();
        if (row == null) {
            return false;
        }
        opener.accept(row);
        return true;
    }

    // ---- bulk actions --------------------------------------------------------------------------

    /** Consecutive chosen rows of the table, {@code first} to {@code last}, both included. */
    public record IndexRange(int first, int last) {
    }

    /** Gives the chosen rows the label {@code labelId}; {@code after} runs once the table shows the result. */
    public void relabel(List<IndexRange> chosen, String labelId, Runnable after) {
        bulk(chosen, after, (s, selection) -> s.relabel(selection, labelId));
    }

    public void markReviewed(List<IndexRange> chosen, boolean reviewed, Runnable after) {
        bulk(chosen, after, (s, selection) -> s.markReviewed(selection, reviewed));
    }

    /**
     * Counts, in the background, how many events the chosen rows' spans trigger and how many roles
     * they fill (the library counts them, however many rows are chosen), then hands the counts to
     * {@code then} on the UI thread; a failure is said in the message line and {@code then} not run.
     */
    public void eventLinks(List<IndexRange> chosen, Consumer<EventLinkCounts> then) {
        ReviewService s = service;
        ReviewRows current = rows.get();
        if (s == null || current == null || chosen.isEmpty()) {
            message.set("Choose rows first (click, Shift+click, Ctrl+A).");
            return;
        }
        if (counting) {
            return; // asked twice before the first answer: one answer, one question
        }
        RowSelection selection = selection(current, filter.get(), sort.get(), chosen);
        counting = true;
        background.execute(() -> {
            try {
                EventLinkCounts counts = s.eventLinks(selection);
                ui.execute(() -> {
                    counting = false;
                    if (s == service && current == rows.get()) { // else the rows chosen are gone
                        then.accept(counts);
                    }
                });
            } catch (LibraryException | IllegalArgumentException e) {
                ui.execute(() -> {
                    counting = false;
                    message.set(e.getMessage());
                });
            }
        });
    }

    public void delete(List<IndexRange> chosen, Runnable after) {
        bulk(chosen, after, ReviewService::delete);
    }

    public void undo(Runnable after) {
        step(after, s -> s.undo().map(ReviewService.Outcome::message).orElse("Nothing to undo."));
    }

    public void redo(Runnable after) {
        step(after, s -> s.redo().map(ReviewService.Outcome::message).orElse("Nothing to redo."));
    }

    private interface BulkAction {
        ReviewService.Outcome run(ReviewService service, RowSelection selection);
    }

    private void bulk(List<IndexRange> chosen, Runnable after, BulkAction action) {
        ReviewService s = service;
        ReviewRows current = rows.get();
        if (s == null || current == null || chosen.isEmpty()) {
            message.set("Choose rows first (click, Shift+click, Ctrl+A).");
            return;
        }
        ReviewFilter f = filter.get();
        ReviewSort o = sort.get();
        busy.set(true);
        background.execute(() -> {
            String said;
            try {
                said = action.run(s, selection(current, f, o, chosen)).message();
            } catch (AnnotationException | LibraryException e) {
                said = e.getMessage();
            }
            String outcome = said;
            ui.execute(() -> changed(s, outcome, after));
        });
    }

    private void step(Runnable after, java.util.function.Function<ReviewService, String> action) {
        ReviewService s = service;
        if (s == null) {
            return;
        }
        busy.set(true);
        background.execute(() -> {
            String said;
            try {
                said = action.apply(s);
            } catch (LibraryException e) {
                said = e.getMessage();
            }
            String outcome = said;
            ui.execute(() -> changed(s, outcome, after));
        });
    }

    private void changed(ReviewService s, String outcome, Runnable after) {
        busy.set(false);
        if (s != service) {
            return;
        }
        message.set(outcome);
        canUndo.set(s.canUndo());
        canRedo.set(s.canRedo());
        changes.set(changes.get() + 1);
        reload(after);
    }

    /** The chosen index ranges as key ranges (a range reaching an end of the table stays open there). */
    static RowSelection selection(ReviewRows rows, ReviewFilter filter, ReviewSort sort, List<IndexRange> chosen) {
        List<RowSelection.Range> ranges = new ArrayList<>();
        for (IndexRange range : chosen) {
            RowKey first = range.first() <= 0 ? null : rows.keyAt(range.first());
            RowKey last = range.last() >= rows.size() - 1 ? null : rows.keyAt(range.last());
            ranges.add(new RowSelection.Range(first, last));
        }
        return new RowSelection(filter, sort, ranges);
    }

    // ---- state for the view --------------------------------------------------------------------

    public ReadOnlyObjectProperty<ReviewFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ReviewSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** The rows; a new list after every change of filter, order or data. Null while no library is open. */
    public ReadOnlyObjectProperty<ReviewRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while rows are being listed or a bulk action runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1 while the index is being brought up to date, -1 otherwise. */
    public ReadOnlyDoubleProperty indexProgressProperty() {
        return indexProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Counts the bulk actions, undos and redos done here: the reading pane rereads its article after one. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The labels, annotators and tags the filters and the relabel menu offer. */
    public ReviewChoices choices() {
        return choices;
    }
}
