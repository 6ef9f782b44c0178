package org.hashiya.io.annotated;

import java.time.Instant;

/**
 * A span as an annotated file gives it: a label as the file names it (an id of the schema, or a
 * foreign name the importer maps or adds), code-point offsets into the document's text as in the
 * file, end exclusive. {@code expectedText} is the text the file says the span covers (brat's
 * text field, Hashiya's own), or null when the file does not say. {@code annotator},
 * {@code createdAt}, {@code updatedAt} are null when the file does not say; {@code note} is ""
 * when there is none. {@code where} names the file and line for messages ("a.ann:7").
 * {@code reviewedAt} is null when the file marks the span not reviewed or does not say; then
 * {@code reviewedBy} is "". {@code uuid} is the span's global identity as the file gives it
 * (lowercase, checked to be a UUID), or null when the file gives none.
 */
public record DocumentSpan(String label, int start, int end, String expectedText, String annotator, String note,
                           Instant createdAt, Instant updatedAt, String where, String reviewedBy, Instant reviewedAt,
                           String uuid) {
    public DocumentSpan {
        note = note == null ? "" : note;
        reviewedBy = reviewedAt == null || reviewedBy == null ? "" : reviewedBy;
    }

    /** A span the file gives no UUID. */
    public DocumentSpan(String label, int start, int end, String expectedText, String annotator, String note,
                        Instant createdAt, Instant updatedAt, String where, String reviewedBy, Instant reviewedAt) {
        this(label, start, end, expectedText, annotator, note, createdAt, updatedAt, where, reviewedBy, reviewedAt, null);
    }

    /** A span the file does not mark reviewed. */
    public DocumentSpan(String label, int start, int end, String expectedText, String annotator, String note,
                        Instant createdAt, Instant updatedAt, String where) {
        this(label, start, end, expectedText, annotator, note, createdAt, updatedAt, where, "", null, null);
    }
}
