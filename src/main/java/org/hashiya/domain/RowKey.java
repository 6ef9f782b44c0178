package org.hashiya.domain;

import java.util.List;

/**
 * Where a row of the review table stands in its order: the values of the sort's key columns as
 * the library stores them, span id last. Opaque outside the store, which reads and compares it;
 * it is what keyset paging continues from.
 */
public record RowKey(List<Object> values) {
    public RowKey {
        values = List.copyOf(values);
    }
}
