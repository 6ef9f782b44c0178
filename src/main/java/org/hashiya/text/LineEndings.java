package org.hashiya.text;

import java.util.Arrays;

/** Unifies CRLF and lone CR to LF; the only change Hashiya ever makes to an article's text. */
public final class LineEndings {
    private LineEndings() {
    }

    public static String unify(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Unifies the line endings of a text whose spans are given as code-point offsets into it, and
     * keeps what it takes to move those offsets: a CRLF becomes one LF (the CR goes), a lone CR
     * becomes LF, so only offsets after a CRLF move.
     */
    public static Unified unifyKeepingOffsets(String text) {
        if (text.indexOf('\r') < 0) {
            return new Unified(text, new int[0]);
        }
        int[] dropped = new int[8];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (count == dropped.length) {
                    dropped = Arrays.copyOf(dropped, count * 2);
                }
                dropped[count++] = codePoint;
            }
            i += Character.charCount(c);
            codePoint++;
        }
        return new Unified(unify(text), Arrays.copyOf(dropped, count));
    }

    /**
     * A text with unified line endings, and the code-point offsets (in the original) of the CRs
     * that were dropped, ascending.
     */
    public record Unified(String text, int[] droppedCarriageReturns) {

        /**
         * Where an offset into the original text lands in the unified one: it moves back by the
         * dropped CRs before it. A span keeps exactly its characters, less a CR it ended on.
         */
        public int map(int originalOffset) {
            int before = Arrays.binarySearch(droppedCarriageReturns, originalOffset);
            int dropped = before >= 0 ? before : -before - 1;
            return originalOffset - dropped;
        }
    }
}
