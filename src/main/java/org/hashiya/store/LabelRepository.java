package org.hashiya.store;

import java.util.List;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.SpanLabel;

/**
 * The label schema stored inside the library file, so a library is self-contained. Labels are
 * never deleted while a span uses them.
 */
public interface LabelRepository {

    /** The stored schema, labels in order, retired ones included. Empty if none was stored yet. */
    LabelSchema schema();

    /** The stored labels in schema order, retired ones included (what {@code hashiya labels} prints). */
    default List<SpanLabel> list() {
        return schema().labels();
    }

    /**
     * Makes {@code schema} the stored schema in one transaction. A stored label missing from
     * {@code schema} is deleted if no span uses it; if spans use it, it is kept, retired, after
     * the new labels, so no span ever loses its label.
     */
    void replaceSchema(LabelSchema schema);

    /** Marks the label retired and frees its shortcut. */
    void retire(String labelId);

    /** How many spans, in all articles, carry this label. */
    int usageCount(String labelId);
}
