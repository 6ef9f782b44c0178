package org.hashiya.ui.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.RowKey;

/**
 * The review table's rows for one filter and order, as a list of {@link #size} places whose rows
 * are read a block at a time when the table first asks for a place in the block, and forgotten
 * again when the block has not been asked for in a while: at most {@link #CACHED_BLOCKS} blocks
 * are held, whatever the size.
 *
 * <p>A block is read by keyset from a neighbour already read (the next rows after its last key,
 * or those before its first key), from the end backwards, or from the nearest block start ever
 * reached (the key just before it is kept) with a skip: scrolling, paging and jumping to the end are each one
 * short query. One read runs at a time; the newest requests go first and stale ones are dropped,
 * so dragging the scroll thumb reads only where it stops.
 *
 * <p>Use on the UI thread; {@link #keyAt} may also be called from the background.
 */
public final class ReviewRows extends ObservableListBase<ReviewItem> {
    static final int BLOCK = 64;
    static final int CACHED_BLOCKS = 64;
    static final int QUEUED = 6;
    /** A row shown this near its block's edge has the block beyond that edge read ahead. */
    static final int AHEAD = BLOCK / 2;

    /** Where the rows come from (the filter and order are the source's). */
    public interface Source {
        List<ReviewRow> rows(RowKey after, long skip, int limit);

        List<ReviewRow> rowsBefore(RowKey before, int limit);
    }

    private final Source source;
    private final int size;
    private final Executor background;
    private final Executor ui;
    private final Consumer<RuntimeException> failure;
    private final Map<Integer, Block> blocks = new LinkedHashMap<>(16, 0.75f, true);
    private final Deque<Integer> wanted = new ArrayDeque<>();
    /** Rows of the blocks held, for {@link #keyAt} from any thread. */
    private final Map<Integer, List<ReviewRow>> loaded = new ConcurrentHashMap<>();
    /** For a block ever reached: the key of the row just before its first, where a jump can start from. */
    private final ConcurrentSkipListMap<Integer, RowKey> landmarks = new ConcurrentSkipListMap<>();
    private boolean reading;
    private long reads;

    private static final class Block {
        final ReviewItem[] items;
        List<ReviewRow> rows;

        Block(int size) {
            items = new ReviewItem[size];
        }
    }

    /**
     * @param first   the first rows, already read (the first screen shows at once), or empty
     * @param failure told on the UI thread when a read fails
     */
    public ReviewRows(Source source, long size, List<ReviewRow> first, Executor background, Executor ui,
                      Consumer<RuntimeException> failure) {
        this.source = source;
        this.size = (int) Math.min(Integer.MAX_VALUE, Math.max(0, size));
        this.background = background;
        this.ui = ui;
        this.failure = failure;
        for (int b = 0; b * BLOCK < first.size() && b * BLOCK < this.size; b++) {
            int from = b * BLOCK;
            List<ReviewRow> part = first.subList(from, Math.min(first.size(), from + blockSize(b)));
            if (part.size() == blockSize(b)) {
                Block block = new Block(blockSize(b));
                blocks.put(b, block);
                fill(b, block, List.copyOf(part));
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public ReviewItem get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int b = index / BLOCK;
        Block block = blocks.get(b);
        if (block == null) {
            block = new Block(blockSize(b));
            blocks.put(b, block);
            evict();
        }
        int at = index % BLOCK;
        ReviewItem item = block.items[at];
        if (item == null) {
            item = new ReviewItem(index, block.rows == null ? null : block.rows.get(at));
            block.items[at] = item;
        }
        if (block.rows == null) {
            want(b);
        }
        return item;
    }

    /**
     * Told that the table shows the place {@code index}: when it is in the second half of its
     * block the next block is read ahead (in the first half, the one before), after everything
     * wanted now, unless it is held or asked for already; so paging on finds its rows there
     * instead of showing "…" for the time of a read.
     */
    public void readAhead(int index) {
        if (index < 0 || index >= size) {
            return;
        }
        int at = index % BLOCK;
        int b = index / BLOCK + (at >= BLOCK - AHEAD ? 1 : at < AHEAD ? -1 : 0);
        if (b < 0 || b == index / BLOCK || b * (long) BLOCK >= size || blocks.containsKey(b)
                || wanted.size() >= QUEUED) {
            return;
        }
        blocks.put(b, new Block(blockSize(b)));
        evict();
        wanted.addLast(b);
        pump();
    }

    /** The row at {@code index} if its block is held, else null (and its block is asked for). */
    public ReviewRow rowAt(int index) {
        return get(index).row();
    }

    /** How many reads this list has made (for tests and the benchmark). */
    public long reads() {
        return reads;
    }

    /** True while no read is running or waiting. */
    public boolean isSettled() {
        return !reading && wanted.isEmpty();
    }

    private int blockSize(int b) {
        return Math.min(BLOCK, size - b * BLOCK);
    }

    private void evict() {
        Iterator<Map.Entry<Integer, Block>> it = blocks.entrySet().iterator();
        while (blocks.size() > CACHED_BLOCKS && it.hasNext()) {
            Map.Entry<Integer, Block> eldest = it.next();
            it.remove();
            loaded.remove(eldest.getKey());
            wanted.remove(eldest.getKey());
        }
    }

    private void want(int b) {
        if (wanted.peekFirst() != null && wanted.peekFirst() == b) {
            return;
        }
        wanted.remove(b);
        wanted.addFirst(b);
        while (wanted.size() > QUEUED) {
            wanted.removeLast();
        }
        pump();
    }

    private void pump() {
        while (!reading && !wanted.isEmpty()) {
            int b = wanted.removeFirst();
            Block block = blocks.get(b);
            if (block == null || block.rows != null) {
                continue;
            }
            Read read = plan(b);
            reading = true;
            reads++;
            background.execute(() -> {
                List<ReviewRow> rows;
                try {
                    rows = read.run();
                } catch (RuntimeException e) {
                    ui.execute(() -> {
                        reading = false;
                        failure.accept(e);
                    });
                    return;
                }
                ui.execute(() -> {
                    reading = false;
                    Block now = blocks.get(b);
                    if (now != null && now.rows == null) {
                        fill(b, now, rows);
                    }
                    pump();
                });
            });
        }
    }

    private interface Read {
        List<ReviewRow> run();
    }

    /** How to read block b with one keyset query: from a neighbour, from the end, or from a landmark with a skip. */
    private Read plan(int b) {
        int n = blockSize(b);
        Block before = blocks.get(b - 1);
        if (before != null && before.rows != null && !before.rows.isEmpty()) {
            RowKey after = before.rows.get(before.rows.size() - 1).key();
            return () -> source.rows(after, 0, n);
        }
        Block next = blocks.get(b + 1);
        if (next != null && next.rows != null && !next.rows.isEmpty()) {
            RowKey first = next.rows.get(0).key();
            return () -> source.rowsBefore(first, n);
        }
        if ((b + 1) * (long) BLOCK >= size) {
            return () -> source.rowsBefore(null, n);
        }
        return from(b * BLOCK, n);
    }

    /** Rows from {@code index}: after the nearest landmark at or before it, else from the start. */
    private Read from(int index, int n) {
        Map.Entry<Integer, RowKey> landmark = landmarks.floorEntry(index / BLOCK);
        if (landmark == null) {
            return () -> source.rows(null, index, n);
        }
        RowKey after = landmark.getValue();
        long skip = index - (long) landmark.getKey() * BLOCK;
        return () -> source.rows(after, skip, n);
    }

    private void fill(int b, Block block, List<ReviewRow> rows) {
        block.rows = rows;
        loaded.put(b, rows);
        if (!rows.isEmpty()) {
            landmarks.put(b + 1, rows.get(rows.size() - 1).key());
        }
        for (int i = 0; i < block.items.length; i++) {
            if (block.items[i] != null) {
                block.items[i].fill(i < rows.size() ? rows.get(i) : null);
            }
        }
    }

    /**
     * The key of the row at {@code index}: from a block held, or read now (one query). Any thread;
     * null past the end.
     */
    public RowKey keyAt(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        List<ReviewRow> rows = loaded.get(index / BLOCK);
        if (rows != null && index % BLOCK < rows.size()) {
            return rows.get(index % BLOCK).key();
        }
        Map.Entry<Integer, RowKey> landmark = landmarks.floorEntry(index / BLOCK);
        List<ReviewRow> one = landmark == null ? source.rows(null, index, 1)
                : source.rows(landmark.getValue(), index - (long) landmark.getKey() * BLOCK, 1);
        return one.isEmpty() ? null : one.get(0).key();
    }
}
