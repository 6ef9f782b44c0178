package org.hashiya.ui.reader;

import java.util.Arrays;

/**
 * Cuts a paragraph into words, each with its trailing whitespace. The pane gives every word its own
 * text node because JavaFX garbles a long wrapped Arabic text run (see shared/notes/rtl-in-javafx.md).
 */
final class WordSegments {
    private WordSegments() {
    }

    /** Lengths of the word segments, in order; they add up to the paragraph length (empty: none). */
    static int[] lengths(String paragraph) {
        int[] out = new int[16];
        int n = 0;
        int segmentStart = 0;
        for (int i = 1; i < paragraph.length(); i++) {
            boolean wordStarts = Character.isWhitespace(paragraph.charAt(i - 1))
                    && !Character.isWhitespace(paragraph.charAt(i));
            if (wordStarts && i > segmentStart) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i - segmentStart;
                segmentStart = i;
            }
        }
        if (paragraph.length() > segmentStart) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n + 1);
            }
            out[n++] = paragraph.length() - segmentStart;
        }
        return Arrays.copyOf(out, n);
    }

    /** The word (without trailing whitespace) around a column, as [start, end); empty on whitespace. */
    static int[] wordAt(String paragraph, int column) {
        if (column >= paragraph.length() || Character.isWhitespace(paragraph.charAt(column))) {
            return new int[] {column, column};
        }
        int start = column;
        while (start > 0 && !Character.isWhitespace(paragraph.charAt(start - 1))) {
            start--;
        }
        int end = column;
        while (end < paragraph.length() && !Character.isWhitespace(paragraph.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }
}
