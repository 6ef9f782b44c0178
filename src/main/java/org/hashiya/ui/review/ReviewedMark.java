package org.hashiya.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hashiya.domain.Span;

/** How the table writes a reviewed mark. */
final class ReviewedMark {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private ReviewedMark() {
    }

    /** Left-to-right mark: the line reads left to right though its first letter may be the reviewer's Arabic name. */
    private static final String LRM = "\u200E";

    /**
     * "✓ 2026-12-02 · هدى", read left to right (the day first, so its digits never join the
     * reviewer's Arabic name; a name too long is cut at the end); "" if not reviewed.
     */
    static String text(Span span) {
        if (!span.isReviewed()) {
            return "";
        }
        String who = span.reviewedBy().isEmpty() ? "" : " · " + span.reviewedBy();
        return LRM + "✓ " + DAY.format(span.reviewedAt()) + who;
    }
}
