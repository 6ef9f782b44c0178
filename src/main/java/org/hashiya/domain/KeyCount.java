package org.hashiya.domain;

import java.util.Objects;

/** One counted group: its key (a label id, kind, annotator, status or bucket) and how many it holds. */
public record KeyCount(String key, long count) {
    public KeyCount {
        Objects.requireNonNull(key, "key");
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
    }
}
