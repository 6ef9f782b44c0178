package org.hashiya.io.annotated;

import java.time.Instant;

/**
 * A span as an annotated file gives it: a label as the file names it (an id of the schema, or a
 * foreign name the importer maps or adds), code-point offsets into the document's text as in the
 * file, end exclusive. {@code expectedText} is the text the file says the span covers (brat's
 * text field, Hashiya's own), or null when the file does not say. {@code annotator},
 * {@code createdAt}, {@code updatedAt} are null when the file does not say; {@code note} is ""
 * when there is none. {@code where} names the file and line for messages ("a.ann:7").
 */
public record DocumentSpan(String label, int start, int end, String expectedText, String annotator, String note,
                           Instant createdAt, Instant updatedAt, String where) {
    public DocumentSpan {
        note = note == null ? "" : note;
    }
}
