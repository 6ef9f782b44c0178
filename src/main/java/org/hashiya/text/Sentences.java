package org.hashiya.text;

/**
 * Where a sentence ends, for export's context column and CoNLL's sentence breaks: after one of
 * {@code . ! ? ؟ ؛} or at a line break. Works on Java (UTF-16) indices; all break characters are
 * in the Basic Multilingual Plane.
 */
public final class Sentences {
    private Sentences() {
    }

    /** True for the characters that end a sentence: {@code . ! ? ؟ ؛} and line breaks. */
    public static boolean isBreak(int codePoint) {
        return switch (codePoint) {
            case '.', '!', '?', '\u061F', '\u061B', '\n', '\r', '\u2029', '\u2028', '\u0085' -> true;
            default -> false;
        };
    }

    /** True for a line break (where a sentence always ends and brat splits a span). */
    public static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\u2028' || codePoint == '\u2029'
                || codePoint == '\u0085';
    }

    /**
     * The UTF-16 index where the sentence holding {@code index} starts: just after the previous
     * break character before it, or 0.
     */
    public static int startBefore(String text, int index) {
        return startBefore(text, index, 0);
    }

    /** As {@link #startBefore(String, int)}, looking no further back than {@code floor}. */
    public static int startBefore(String text, int index, int floor) {
        int i = Math.min(index, text.length());
        int stop = Math.max(0, floor);
        while (i > stop) {
            char c = text.charAt(i - 1);
            if (isBreak(c)) {
                return i;
            }
            i--;
        }
        return stop;
    }

    /**
     * The UTF-16 index where the sentence holding {@code index} ends: just after the next break
     * character at or after it (a line break itself is left out), or the text's length.
     */
    public static int endAfter(String text, int index) {
        return endAfter(text, index, text.length());
    }

    /** As {@link #endAfter(String, int)}, looking no further than {@code ceiling}. */
    public static int endAfter(String text, int index, int ceiling) {
        int stop = Math.min(ceiling, text.length());
        for (int i = Math.max(0, index); i < stop; i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                return i;
            }
            if (isBreak(c)) {
                return i + 1;
            }
        }
        return stop;
    }
}
