package org.hashiya.text;

import java.util.Arrays;

/**
 * The sentence breaks of one text ({@link Sentences#isBreak}), found in one pass and then looked
 * up by binary search. Export asks for the sentence around each of an article's hundreds of spans;
 * scanning up to a hundred characters either way for each one cost the export's writing thread
 * more than a tenth of its time. Answers exactly as {@link Sentences#startBefore(String, int, int)}
 * and {@link Sentences#endAfter(String, int, int)} do, on UTF-16 indices.
 */
public final class SentenceBreaks {
    private final int length;
    private final int[] breaks;      // UTF-16 indices of break characters, ascending
    private final boolean[] lineBreak; // whether breaks[i] is a line break

    public SentenceBreaks(String text) {
        length = text.length();
        int[] found = new int[16];
        int n = 0;
        for (int i = 0; i < length; i++) {
            if (Sentences.isBreak(text.charAt(i))) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = i;
            }
        }
        breaks = Arrays.copyOf(found, n);
        lineBreak = new boolean[n];
        for (int k = 0; k < n; k++) {
            lineBreak[k] = Sentences.isLineBreak(text.charAt(breaks[k]));
        }
    }

    /** As {@link Sentences#startBefore(String, int, int)}: just after the last break before {@code index}, or {@code floor}. */
    public int startBefore(int index, int floor) {
        int i = Math.min(index, length);
        int stop = Math.max(0, floor);
        int k = firstAtOrAfter(i) - 1; // the last break before i
        return k >= 0 && breaks[k] >= stop ? breaks[k] + 1 : stop;
    }

    /** As {@link Sentences#endAfter(String, int, int)}: at a line break, after another break, or {@code ceiling}. */
    public int endAfter(int index, int ceiling) {
        int stop = Math.min(ceiling, length);
        int k = firstAtOrAfter(Math.max(0, index));
        if (k < breaks.length && breaks[k] < stop) {
            return lineBreak[k] ? breaks[k] : breaks[k] + 1;
        }
        return stop;
    }

    /** The position in {@code breaks} of the first break at or after {@code index}. */
    private int firstAtOrAfter(int index) {
        int at = Arrays.binarySearch(breaks, index);
        return at >= 0 ? at : -at - 1;
    }
}
