package org.hashiya.domain;

import java.util.Objects;

/**
 * Which events the review view's events mode lists: the span table's {@link ReviewFilter} asked of
 * each event's trigger span (label, kind, annotator, creation day, reviewed mark and text check are
 * the trigger's; article, status, relevance and tags its article's), except free text, which
 * matches the trigger's text or note or any filler's; and, when {@code missingRequiredOnly}, only
 * events with a required role (per the schema) still empty. Conditions combine (AND).
 */
public record EventReviewFilter(ReviewFilter review, boolean missingRequiredOnly) {

    /** Every event in the library. */
    public static final EventReviewFilter ALL = new EventReviewFilter(ReviewFilter.ALL, false);

    public EventReviewFilter {
        Objects.requireNonNull(review, "review");
    }

    public boolean isEverything() {
        return review.isEverything() && !missingRequiredOnly;
    }

    public EventReviewFilter withReview(ReviewFilter newReview) {
        return new EventReviewFilter(newReview, missingRequiredOnly);
    }

    public EventReviewFilter withMissingRequiredOnly(boolean only) {
        return new EventReviewFilter(review, only);
    }
}
