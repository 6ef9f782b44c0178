package org.hashiya.ui.review;

import javafx.collections.ObservableListBase;

/**
 * The places of the review rows that the table holds at one time: at most {@link #SPAN} of them,
 * from {@link #offset()} on. The table's own flow (JavaFX 21's {@code VirtualFlow}) walks its
 * per-row size list from the first row to the one shown, a few dozen times a scroll step, whatever
 * the row height: near row 1,000,000 of a million that was ~60 ms of the UI thread a step, and
 * paging there stuttered. Over a window of 100,000 places the walk is a tenth of that at most; the
 * table moves its window (a new one, around the row shown) when the rows shown come near its edge,
 * which a scroll through the table meets once every 25,000 rows or so, and a jump at once.
 *
 * <p>Indices into this list are the table's; {@link #absolute} and {@link #relative} turn them into
 * places of the whole list ({@link ReviewRows}) and back.
 */
final class RowWindow extends ObservableListBase<ReviewItem> {
    static final int SPAN = 100_000;

    private final ReviewRows rows;
    private final int offset;
    private final int size;

    /** The window of {@code span} places whose middle is as near {@code place} as the list's ends allow. */
    static RowWindow around(ReviewRows rows, int place, int span) {
        int offset = Math.max(0, Math.min(place - span / 2, rows.size() - span));
        return new RowWindow(rows, offset, span);
    }

    RowWindow(ReviewRows rows, int offset, int span) {
        if (span <= 0) {
            throw new IllegalArgumentException("span " + span);
        }
        this.rows = rows;
        this.offset = Math.max(0, Math.min(offset, rows.size()));
        this.size = Math.min(span, rows.size() - this.offset);
    }

    @Override
    public ReviewItem get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return rows.get(offset + index);
    }

    @Override
    public int size() {
        return size;
    }

    ReviewRows rows() {
        return rows;
    }

    int offset() {
        return offset;
    }

    /** The place in the whole list of the table's index {@code index}. */
    int absolute(int index) {
        return index < 0 ? -1 : offset + index;
    }

    /** The table's index of the place {@code place}, or -1 when this window does not hold it. */
    int relative(int place) {
        return place >= offset && place < offset + size ? place - offset : -1;
    }

    /**
     * True when the place is in this window and at least {@code margin} places from each of its
     * edges that is not also an end of the whole list.
     */
    boolean holdsWell(int place, int margin) {
        int low = offset == 0 ? 0 : offset + margin;
        int high = offset + size == rows.size() ? offset + size : offset + size - margin;
        return place >= low && place < high;
    }

    /** Tells the rows that the table shows its index {@code index} (they read the next block ahead). */
    void readAhead(int index) {
        rows.readAhead(offset + index);
    }
}
