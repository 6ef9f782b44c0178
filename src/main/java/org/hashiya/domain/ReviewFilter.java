package org.hashiya.domain;

import java.util.Objects;

/**
 * Which spans the review table lists: the export's {@link SpanFilter}, and on top of it whether the
 * span is marked reviewed, free text that must occur in the span's text or its note (matched the
 * Arabic way, see {@code text.TextMatchKeys}), and whether only spans whose stored text no longer
 * matches their article are wanted. Every condition combines with the others (AND).
 */
public record ReviewFilter(SpanFilter spans, Reviewed reviewed, String text, boolean mismatchedOnly) {

    /** The reviewed mark as a condition. */
    public enum Reviewed { ANY, REVIEWED, NOT_REVIEWED }

    /** Every span in the library. */
    public static final ReviewFilter ALL = new ReviewFilter(SpanFilter.ALL, Reviewed.ANY, "", false);

    public ReviewFilter {
        Objects.requireNonNull(spans, "spans");
        Objects.requireNonNull(reviewed, "reviewed");
        text = text == null ? "" : text.strip();
    }

    /** True when free text is asked for. */
    public boolean hasText() {
        return !text.isEmpty();
    }

    /** True when nothing is filtered out. */
    public boolean isEverything() {
        return spans.isEverything() && reviewed == Reviewed.ANY && !hasText() && !mismatchedOnly;
    }

    public ReviewFilter withSpans(SpanFilter newSpans) {
        return new ReviewFilter(newSpans, reviewed, text, mismatchedOnly);
    }

    public ReviewFilter withReviewed(Reviewed newReviewed) {
        return new ReviewFilter(spans, newReviewed, text, mismatchedOnly);
    }

    public ReviewFilter withText(String newText) {
        return new ReviewFilter(spans, reviewed, newText, mismatchedOnly);
    }

    public ReviewFilter withMismatchedOnly(boolean only) {
        return new ReviewFilter(spans, reviewed, text, only);
    }
}
