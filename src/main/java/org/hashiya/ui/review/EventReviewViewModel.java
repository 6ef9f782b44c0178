package org.hashiya.ui.review;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.RowKey;
import org.hashiya.service.review.EventReviewService;
import org.hashiya.store.LibraryException;

/**
 * The state of the review view's events mode: the filter (the span table's, handed in by
 * {@link #setReviewFilter}, plus missing required roles only), the order, the rows they list
 * ({@link PagedRows}, replaced when either changes), their count, and one line saying what
 * happened. Reads only while {@link #setActive active} (the events are shown); a change made while
 * hidden is read on showing. Holds no controls.
 */
public final class EventReviewViewModel {
    private final Executor background;
    private final Executor ui;

    private final ReadOnlyObjectWrapper<EventReviewFilter> filter =
            new ReadOnlyObjectWrapper<>(this, "filter", EventReviewFilter.ALL);
    private final ReadOnlyObjectWrapper<EventReviewSort> sort =
            new ReadOnlyObjectWrapper<>(this, "sort", EventReviewSort.LIBRARY);
    private final ReadOnlyObjectWrapper<PagedRows<EventReviewRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows");
    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(this, "count", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");

    private volatile EventReviewService service;
    private boolean stale = true;
    private final OneReloadAtATime reloads = new OneReloadAtATime(busy);
    private Consumer<EventReviewRow> opener = row -> { };

    /**
     * @param background reads, in order
     * @param ui         the UI thread
     */
    public EventReviewViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Reviews this service's events from now on (null: no library open); the filter is kept but for the incident. */
    public void setService(EventReviewService newService) {
        service = newService;
        if (filter.get().incident() != 0) {
            filter.set(filter.get().withIncident(0)); // another library's incident numbers mean other incidents
        }
        if (newService == null) {
            rows.set(null);
            count.set(0);
            return;
        }
        reload(null);
    }

    /** Where an event goes when it is opened (the workbench shows its trigger in the reading pane). */
    public void setOpener(Consumer<EventReviewRow> opener) {
        this.opener = opener;
    }

    /** Shown (true) or hidden: only shown events are read. */
    public void setActive(boolean shown) {
        active.set(shown);
        if (shown && stale) {
            reload(null);
        }
    }

    // ---- filter and order ----------------------------------------------------------------------

    /** The span table's filter, asked of each event's trigger (free text: trigger or fillers). */
    public void setReviewFilter(ReviewFilter review) {
        setFilter(filter.get().withReview(review));
    }

    /** Only events with a required role still empty. */
    public void setMissingRequiredOnly(boolean only) {
        setFilter(filter.get().withMissingRequiredOnly(only));
    }

    /** Only the events of incident {@code id} (the others linked with it as one real-world incident); 0: all. */
    public void showIncident(long id) {
        setFilter(filter.get().withIncident(Math.max(0, id)));
    }

    /** Shows the incident of the event at {@code index}; false when it has none or its row is still being read. */
    public boolean showIncidentOf(int index) {
        PagedRows<EventReviewRow> current = rows.get();
        if (current == null || index < 0 || index >= current.size()) {
            return false;
        }
        EventReviewRow row = current.get(index).row();
        if (row == null || row.event().incidentId() == 0) {
            return false;
        }
        showIncident(row.event().incidentId());
        return true;
    }

    public void setFilter(EventReviewFilter newFilter) {
        if (!newFilter.equals(filter.get())) {
            filter.set(newFilter);
            reload(null);
        }
    }

    public void setSort(EventReviewSort newSort) {
        if (!newSort.equals(sort.get())) {
            sort.set(newSort);
            reload(null);
        }
    }

    /** Reads the rows again (after edits elsewhere), then runs {@code after} on the UI thread. */
    public void refresh(Runnable after) {
        reload(after);
    }

    private void reload(Runnable after) {
        EventReviewService s = service;
        if (s == null) {
            return;
        }
        if (!active.get()) {
            stale = true;
            return;
        }
        if (!reloads.start(() -> reload(after))) { // one reload at a time; the latest wish wins
            return;
        }
        stale = false;
        EventReviewFilter f = filter.get();
        EventReviewSort o = sort.get();
        background.execute(() -> {
            try {
                if ((f.review().hasText() || f.review().mismatchedOnly()) && s.indexPending() > 0) {
                    s.updateIndex((done, total) -> { }, () -> s != service);
                }
                long n = s.count(f);
                List<EventReviewRow> first = s.rows(f, o, null, 0, PagedRows.PAGE * 2);
                ui.execute(() -> loaded(s, f, o, n, first, after));
            } catch (LibraryException | IllegalArgumentException e) {
                ui.execute(() -> {
                    reloads.finished();
                    message.set(e.getMessage());
                });
            }
        });
    }

    private void loaded(EventReviewService s, EventReviewFilter f, EventReviewSort o, long n, List<EventReviewRow> first,
                        Runnable after) {
        reloads.finished();
        if (s != service || !f.equals(filter.get()) || !o.equals(sort.get())) {
            if (!reloads.waiting()) {
                reload(after); // the filter moved on while this was read
            }
            reloads.runWaiting();
            return;
        }
        rows.set(new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public List<EventReviewRow> rows(RowKey after, long skip, int limit) {
                return s.rows(f, o, after, skip, limit);
            }

            @Override
            public List<EventReviewRow> rowsBefore(RowKey before, int limit) {
                return s.rowsBefore(f, o, before, limit);
            }
        }, EventReviewRow::key, n, first, background, ui, e -> message.set(e.getMessage())));
        count.set(n);
        message.set("");
        if (after != null) {
            after.run();
        }
        reloads.runWaiting();
    }

    // ---- opening -------------------------------------------------------------------------------

    /** Opens the event at {@code index} (its trigger picked in the reading pane); false while its row is being read. */
    public boolean open(int index) {
        PagedRows<EventReviewRow> current = rows.get();
        if (current == null || index < 0 || index >= current.size()) {
            return false;
        }
        EventReviewRow row = current.get(index).row();
        if (row == null) {
            return false;
        }
        opener.accept(row);
        return true;
    }

    // ---- state for the view --------------------------------------------------------------------

    public ReadOnlyObjectProperty<EventReviewFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EventReviewSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** The rows; a new list after every change of filter or order. Null while no library is open. */
    public ReadOnlyObjectProperty<PagedRows<EventReviewRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the rows are being listed. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** How an event's roles read in one line: «Attacker: X · Target: Y, Z» (for tooltips and tests). */
    public static String rolesText(EventReviewRow row) {
        StringBuilder text = new StringBuilder();
        String role = null;
        for (EventReviewRow.Filler f : row.fillers()) {
            if (f.role().equals(role)) {
                text.append("، ").append(Direction.oneLine(f.text()));
            } else {
                if (role != null) {
                    text.append(" · ");
                }
                role = f.role();
                text.append(role).append(": ").append(Direction.oneLine(f.text()));
            }
        }
        return text.toString();
    }
}
