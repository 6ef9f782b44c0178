package org.hashiya.service;

import java.util.List;
import org.hashiya.io.annotated.AnnotatedDocument;
import org.hashiya.io.annotated.DocumentSpan;
import org.hashiya.text.CodePointOffsets;
import org.hashiya.text.LineEndings;
import org.hashiya.text.TextHash;

/**
 * What an import works out from an annotated document's text alone, with no library at hand: the
 * text as it will be stored (line endings unified), its hash, and per span where it lands in that
 * text, the characters it covers, or why it is refused. Pure, so the import's reading thread works
 * it out while the other thread stores the batch before.
 */
record DocumentText(String text, String sha256, int[] starts, int[] ends, String[] covered, String[] refusals) {

    static DocumentText of(AnnotatedDocument doc) {
        String raw = doc.text();
        List<DocumentSpan> spans = doc.spans();
        int n = spans.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] covered = new String[n];
        String[] refusals = new String[n];
        if (raw.isBlank()) {
            return new DocumentText(raw, "", starts, ends, covered, refusals);
        }
        CodePointOffsets rawOffsets = new CodePointOffsets(raw);
        LineEndings.Unified unified = LineEndings.unifyKeepingOffsets(raw);
        String text = unified.text();
        CodePointOffsets offsets = text == raw ? rawOffsets : new CodePointOffsets(text); // no CR: the same text
        for (int i = 0; i < n; i++) {
            DocumentSpan s = spans.get(i);
            String why = unfit(s, raw, rawOffsets);
            int start = why == null ? unified.map(s.start()) : 0;
            int end = why == null ? unified.map(s.end()) : 0;
            if (why == null && end <= start) {
                why = "covers only a line break";
            }
            if (why != null) {
                refusals[i] = why;
                continue;
            }
            starts[i] = start;
            ends[i] = end;
            covered[i] = text.substring(offsets.toUtf16(start), offsets.toUtf16(end));
        }
        return new DocumentText(text, TextHash.sha256(text), starts, ends, covered, refusals);
    }

    /** True when the document has no text to store. */
    boolean blank() {
        return sha256.isEmpty();
    }

    private static String unfit(DocumentSpan s, String raw, CodePointOffsets rawOffsets) {
        int length = rawOffsets.codePointLength();
        if (s.start() < 0 || s.end() > length) {
            return "offsets outside the text (0-" + length + ")";
        }
        if (s.end() <= s.start()) {
            return "end is not after start";
        }
        if (s.label() == null || s.label().isBlank()) {
            return "no label";
        }
        if (s.expectedText() != null) {
            String actual = raw.substring(rawOffsets.toUtf16(s.start()), rawOffsets.toUtf16(s.end()));
            if (!actual.equals(s.expectedText())) {
                return "its text \"" + s.expectedText() + "\" differs from the text at its offsets \"" + actual + "\"";
            }
        }
        return null;
    }
}
