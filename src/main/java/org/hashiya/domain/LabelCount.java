package org.hashiya.domain;

import java.util.Objects;

/** How many spans carry one label of the schema. */
public record LabelCount(SpanLabel label, long count) {
    public LabelCount {
        Objects.requireNonNull(label, "label");
    }
}
