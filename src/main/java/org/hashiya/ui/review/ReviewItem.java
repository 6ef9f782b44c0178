package org.hashiya.ui.review;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hashiya.domain.ReviewRow;

/**
 * One place in the review table. The table holds places, never rows: a place's row is null until
 * its page has come from the library, and cells follow {@link #rowProperty()} to fill in then.
 */
public final class ReviewItem {
    private final int index;
    private final ReadOnlyObjectWrapper<ReviewRow> row = new ReadOnlyObjectWrapper<>(this, "row");

    ReviewItem(int index, ReviewRow loaded) {
        this.index = index;
        row.set(loaded);
    }

    public int index() {
        return index;
    }

    /** The row, or null while it is being read. */
    public ReviewRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<ReviewRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    void fill(ReviewRow loaded) {
        row.set(loaded);
    }
}
