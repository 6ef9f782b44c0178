package org.hashiya.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.hashiya.domain.Span;

/** How the table writes a reviewed mark. */
final class ReviewedMark {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private ReviewedMark() {
    }

    /** "✓ 2026-12-02 · هدى": the day first, so its digits never join the reviewer's Arabic name; "" if not reviewed. */
    static String text(Span span) {
        if (!span.isReviewed()) {
            return "";
        }
        String who = span.reviewedBy().isEmpty() ? "" : " · " + span.reviewedBy();
        return "✓ " + DAY.format(span.reviewedAt()) + who;
    }
}
