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
        int i = Math.min(index, text.length());
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (isBreak(c)) {
                return i;
            }
            i--;
        }
        return 0;
    }

    /**
     * The UTF-16 index where the sentence holding {@code index} ends: just after the next break
     * character at or after it (a line break itself is left out), or the text's length.
     */
    public static int endAfter(String text, int index) {
        for (int i = Math.max(0, index); i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                return i;
            }
            if (isBreak(c)) {
                return i + 1;
            }
        }
        return text.length();
    }
}
