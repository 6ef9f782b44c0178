package org.hashiya.domain;

import java.util.List;
import java.util.Objects;

/**
 * One row of the review view's events: the event (attributes and arguments), its trigger span,
 * its article's title and status, the trigger in its sentence, whether the trigger's text no longer
 * matches its article, the filled roles with their fillers' text in display order (schema order of
 * roles, then the order they were filled), the required roles still empty, and its place in the order.
 */
public record EventReviewRow(Event event, Span trigger, String articleTitle, ArticleStatus articleStatus,
                             KeywordInContext context, boolean mismatched, List<Filler> fillers,
                             List<String> missingRoles, RowKey key) {

    /** One filled role: the role's name and the span filling it. */
    public record Filler(String role, long spanId, String labelId, String text) {
        public Filler {
            text = text == null ? "" : text;
        }
    }

    public EventReviewRow {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(articleStatus, "articleStatus");
        articleTitle = articleTitle == null ? "" : articleTitle;
        context = context == null ? KeywordInContext.NONE : context;
        fillers = List.copyOf(fillers);
        missingRoles = List.copyOf(missingRoles);
    }
}
