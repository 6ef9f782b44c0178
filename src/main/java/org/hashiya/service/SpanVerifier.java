package org.hashiya.service;

import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Span;

/**
 * Checks each span's stored covered text against the article text at its code-point offsets.
 * It only reports: a span that no longer fits is never moved to where the text might now be,
 * because guessing would silently change what a researcher recorded.
 */
public final class SpanVerifier {
    private SpanVerifier() {
    }

    public static List<SpanMismatch> verify(String articleText, List<Span> spans) {
        int[] codePoints = articleText.codePoints().toArray();
        List<SpanMismatch> mismatches = new ArrayList<>();
        for (Span span : spans) {
            if (span.end() > codePoints.length) {
                mismatches.add(new SpanMismatch(span, "", true));
                continue;
            }
            String found = new String(codePoints, span.start(), span.length());
            if (!found.equals(span.text())) {
                mismatches.add(new SpanMismatch(span, found, false));
            }
        }
        return mismatches;
    }
}
