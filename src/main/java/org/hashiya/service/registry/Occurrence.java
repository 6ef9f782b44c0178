package org.hashiya.service.registry;

import org.hashiya.service.search.SearchHit;

/**
 * A proposed span for a registry entry: where one of its names is written (whole stored words,
 * proclitics included), with the sentence around it. {@code existingSpanId} is a span of the
 * entry's label already covering exactly these characters (then accepting only links it), or 0.
 */
public record Occurrence(SearchHit hit, long existingSpanId) {
    public long articleId() {
        return hit.articleId();
    }

    public int start() {
        return hit.start();
    }

    public int end() {
        return hit.end();
    }
}
