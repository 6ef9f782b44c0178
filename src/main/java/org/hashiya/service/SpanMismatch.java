package org.hashiya.service;

import org.hashiya.domain.Span;

/**
 * A stored span whose covered text no longer matches its article at its offsets. {@code found} is
 * what the article holds there now (empty when the offsets lie past its end).
 */
public record SpanMismatch(Span span, String found, boolean outOfRange) {

    public String message() {
        String where = "span " + span.id() + " (" + span.labelId() + ", " + span.start() + ".." + span.end() + ")";
        if (outOfRange) {
            return where + " lies past the end of the article";
        }
        return where + ": stored '" + span.text() + "' but the article has '" + found + "' there";
    }
}
