package org.hashiya.ui.review;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One place in a paged table: its row is null until its page has come from the library, and
 * cells follow {@link #rowProperty()} to fill in then.
 */
public final class PagedItem<R> {
    private final int index;
    private final ReadOnlyObjectWrapper<R> row = new ReadOnlyObjectWrapper<>(this, "row");

    PagedItem(int index, R loaded) {
        this.index = index;
        row.set(loaded);
    }

    public int index() {
        return index;
    }

    /** The row, or null while it is being read. */
    public R row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<R> rowProperty() {
        return row.getReadOnlyProperty();
    }

    void fill(R loaded) {
        row.set(loaded);
    }
}
