package org.hashiya.ui.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ObservableListBase;
import org.hashiya.domain.RowKey;

/**
 * A table's rows for one filter and order, as {@link #size} places whose rows are read a page at a
 * time when the table first asks for a place in it and forgotten when not asked for in a while (at
 * most {@link #KEPT} pages held, whatever the size). The events table's rows; the same scheme as
 * {@link ReviewRows}, generic over the row type.
 *
 * <p>A page is read by keyset from a neighbour already read, backwards from the end, or from the
 * nearest page start ever reached with a skip: each one short query. One read runs at a time, the
 * newest wish first, stale wishes dropped. Use on the UI thread.
 */
public final class PagedRows<R> extends ObservableListBase<PagedItem<R>> {
    static final int PAGE = 64;
    static final int KEPT = 64;
    static final int QUEUED = 6;

    /** Where the rows come from (the filter and order are the source's). */
    public interface Source<R> {
        List<R> rows(RowKey after, long skip, int limit);

        List<R> rowsBefore(RowKey before, int limit);
    }

    private final Source<R> source;
    private final Function<R, RowKey> keyOf;
    private final int size;
    private final Executor background;
    private final Executor ui;
    private final Consumer<RuntimeException> failure;
    private final Map<Integer, Page<R>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Deque<Integer> wanted = new ArrayDeque<>();
    /** For a page ever reached: the key of the row just before its first. */
    private final TreeMap<Integer, RowKey> landmarks = new TreeMap<>();
    private boolean reading;

    private static final class Page<R> {
        final PagedItem<R>[] items;
        List<R> rows;

        @SuppressWarnings("unchecked")
        Page(int size) {
            items = new PagedItem[size];
        }
    }

    /** @param first the first rows, already read (the first screen shows at once), or empty */
    public PagedRows(Source<R> source, Function<R, RowKey> keyOf, long size, List<R> first, Executor background,
                     Executor ui, Consumer<RuntimeException> failure) {
        this.source = source;
        this.keyOf = keyOf;
        this.size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, size));
        this.background = background;
        this.ui = ui;
        this.failure = failure;
        for (int p = 0; p * PAGE < Math.min(first.size(), this.size); p++) {
            int from = p * PAGE;
            int to = Math.min(first.size(), from + pageSize(p));
            if (to - from == pageSize(p)) {
                Page<R> page = new Page<>(pageSize(p));
                pages.put(p, page);
                fill(p, page, List.copyOf(first.subList(from, to)));
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public PagedItem<R> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int p = index / PAGE;
        Page<R> page = pages.computeIfAbsent(p, k -> new Page<>(pageSize(k)));
        forgetOldPages();
        int at = index % PAGE;
        if (page.items[at] == null) {
            page.items[at] = new PagedItem<>(index, page.rows == null ? null : page.rows.get(at));
        }
        if (page.rows == null) {
            want(p);
        }
        return page.items[at];
    }

    /** True while no read is running or waiting. */
    public boolean isSettled() {
        return !reading && wanted.isEmpty();
    }

    private int pageSize(int p) {
        return Math.min(PAGE, size - p * PAGE);
    }

    private void forgetOldPages() {
        Iterator<Integer> it = pages.keySet().iterator();
        while (pages.size() > KEPT && it.hasNext()) {
            wanted.remove(it.next());
            it.remove();
        }
    }

    private void want(int p) {
        if (!wanted.isEmpty() && wanted.peekFirst() == p) {
            return;
        }
        wanted.remove(p);
        wanted.addFirst(p);
        while (wanted.size() > QUEUED) {
            wanted.removeLast();
        }
        pump();
    }

    private void pump() {
        while (!reading && !wanted.isEmpty()) {
            int p = wanted.removeFirst();
            Page<R> page = pages.get(p);
            if (page == null || page.rows != null) {
                continue;
            }
            Supplier<List<R>> read = plan(p);
            reading = true;
            background.execute(() -> {
                try {
                    List<R> rows = read.get();
                    ui.execute(() -> {
                        reading = false;
                        Page<R> now = pages.get(p);
                        if (now != null && now.rows == null) {
                            fill(p, now, rows);
                        }
                        pump();
                    });
                } catch (RuntimeException e) {
                    ui.execute(() -> {
                        reading = false;
                        failure.accept(e);
                    });
                }
            });
        }
    }

    /** One keyset query for page p: after the page before, before the page after, from the end, or from a landmark. */
    private Supplier<List<R>> plan(int p) {
        int n = pageSize(p);
        Page<R> before = pages.get(p - 1);
        if (before != null && before.rows != null && !before.rows.isEmpty()) {
            RowKey after = keyOf.apply(before.rows.get(before.rows.size() - 1));
            return () -> source.rows(after, 0, n);
        }
        Page<R> next = pages.get(p + 1);
        if (next != null && next.rows != null && !next.rows.isEmpty()) {
            RowKey first = keyOf.apply(next.rows.get(0));
            return () -> source.rowsBefore(first, n);
        }
        if ((p + 1) * (long) PAGE >= size) {
            return () -> source.rowsBefore(null, n);
        }
        Map.Entry<Integer, RowKey> landmark = landmarks.floorEntry(p);
        if (landmark == null) {
            long skip = (long) p * PAGE;
            return () -> source.rows(null, skip, n);
        }
        RowKey after = landmark.getValue();
        long skip = (long) (p - landmark.getKey()) * PAGE;
        return () -> source.rows(after, skip, n);
    }

    private void fill(int p, Page<R> page, List<R> rows) {
        page.rows = rows;
        if (!rows.isEmpty()) {
            landmarks.put(p + 1, keyOf.apply(rows.get(rows.size() - 1)));
        }
        for (int i = 0; i < page.items.length; i++) {
            if (page.items[i] != null) {
                page.items[i].fill(i < rows.size() ? rows.get(i) : null);
            }
        }
    }
}
