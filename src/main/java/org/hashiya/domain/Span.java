package org.hashiya.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A labelled stretch of an article's text. {@code start} and {@code end} are Unicode code points,
 * end exclusive; {@code text} is the covered text as it was when the span was made, so a span can
 * be checked against its article and read without it. {@code reviewedAt} is null while nobody has
 * marked the span reviewed; then {@code reviewedBy} is "".
 * {@code uuid} is the span's global identity ({@link SpanUuid}), the same in every library and
 * file the span travels to; "" for a span not stored yet that brings none (the store gives one).
 */
public record Span(long id, long articleId, String labelId, int start, int end, String text,
                   String annotator, Instant createdAt, Instant updatedAt, String note,
                   String reviewedBy, Instant reviewedAt, String uuid) {

    public Span {
        uuid = uuid == null ? "" : uuid;
        Objects.requireNonNull(labelId, "labelId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        annotator = annotator == null ? "" : annotator;
        note = note == null ? "" : note;
        reviewedBy = reviewedAt == null || reviewedBy == null ? "" : reviewedBy;
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span " + id + ": range " + start + ".." + end + " is empty or negative");
        }
    }

    /** A span with no global identity yet: the store gives it one. */
    public Span(long id, long articleId, String labelId, int start, int end, String text,
                String annotator, Instant createdAt, Instant updatedAt, String note,
                String reviewedBy, Instant reviewedAt) {
        this(id, articleId, labelId, start, end, text, annotator, createdAt, updatedAt, note, reviewedBy, reviewedAt, "");
    }

    /** A span nobody has marked reviewed, with no global identity yet. */
    public Span(long id, long articleId, String labelId, int start, int end, String text,
                String annotator, Instant createdAt, Instant updatedAt, String note) {
        this(id, articleId, labelId, start, end, text, annotator, createdAt, updatedAt, note, "", null);
    }

    public int length() {
        return end - start;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public Span withLabel(String newLabelId, Instant at) {
        return new Span(id, articleId, newLabelId, start, end, text, annotator, createdAt, at, note, reviewedBy, reviewedAt, uuid);
    }

    public Span withNote(String newNote, Instant at) {
        return new Span(id, articleId, labelId, start, end, text, annotator, createdAt, at, newNote, reviewedBy, reviewedAt, uuid);
    }

    /** Marked reviewed by {@code reviewer} at {@code at}, or (at null) not reviewed. */
    public Span withReview(String reviewer, Instant at) {
        return new Span(id, articleId, labelId, start, end, text, annotator, createdAt, updatedAt, note, reviewer, at, uuid);
    }
}
