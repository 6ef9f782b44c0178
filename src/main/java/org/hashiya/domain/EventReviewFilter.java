package org.hashiya.domain;

import java.util.Objects;

/**
 * Which events the review view's events mode lists: the span table's {@link ReviewFilter} asked of
 * each event's trigger span (label, kind, annotator, creation day, reviewed mark and text check are
 * the trigger's; article, status, relevance and tags its article's), except free text, which
 * matches the trigger's text or note or any filler's; and, when {@code missingRequiredOnly}, only
 * events with a required role (per the schema) still empty; when {@code incident} is not 0, only
 * the events of that incident. Conditions combine (AND).
 */
public record EventReviewFilter(ReviewFilter review, boolean missingRequiredOnly, long incident) {

    /** Every event in the library. */
    public static final EventReviewFilter ALL = new EventReviewFilter(ReviewFilter.ALL, false, 0);

    public EventReviewFilter {
        Objects.requireNonNull(review, "review");
        if (incident < 0) {
            throw new IllegalArgumentException("an incident id is positive: " + incident);
        }
    }

    public boolean isEverything() {
        return review.isEverything() && !missingRequiredOnly && incident == 0;
    }

    public EventReviewFilter withReview(ReviewFilter newReview) {
        return new EventReviewFilter(newReview, missingRequiredOnly, incident);
    }

    public EventReviewFilter withMissingRequiredOnly(boolean only) {
        return new EventReviewFilter(review, only, incident);
    }

    /** Only the events of incident {@code id}; 0: of any incident or none. */
    public EventReviewFilter withIncident(long id) {
        return new EventReviewFilter(review, missingRequiredOnly, id);
    }
}
