package org.hashiya.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Optional;

/**
 * Turns a rough mouse selection into the range a span should cover. Works on UTF-16 indices (what
 * a text control reports); convert to code points with {@link CodePointOffsets} afterwards.
 *
 * <p>Word mode (the default): trims spaces, punctuation (Arabic ، ؛ ؟ « » and quotes too) and
 * invisible bidi/format characters from both edges, then widens a partly selected word to the
 * whole word, as ICU's word rules see it. An Arabic word with its attached clitics (و، بـ، ال) is
 * one word to ICU, so picking part of it takes all of it; exact mode is there for clitics.
 *
 * <p>Exact mode (Alt held): keeps the characters the user chose, trimming only spaces and
 * invisible controls at the edges, but still moves each edge to a grapheme boundary, so a letter
 * is never cut from its harakat or shadda.
 *
 * <p>A selection with nothing left after trimming snaps to {@link Optional#empty()}.
 */
public final class WordSnapper {
    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");

    private WordSnapper() {
    }

    public static Optional<TextRange> snapToWords(String text, int from, int to) {
        int[] range = clamp(text, from, to);
        int start = trimStart(text, range[0], range[1], true);
        int end = trimEnd(text, start, range[1], true);
        if (start >= end) {
            return Optional.empty();
        }
        BreakIterator words = BreakIterator.getWordInstance(ARABIC);
        words.setText(text);
        if (!words.isBoundary(start)) {
            start = afterLastBidiControl(text, words.preceding(start), start);
        }
        if (!words.isBoundary(end)) {
            end = beforeFirstBidiControl(text, end, words.following(end));
        }
        // ICU attaches trailing format characters (an RLM after a word) to the word; drop them again.
        start = trimStart(text, start, end, true);
        end = trimEnd(text, start, end, true);
        return start < end ? Optional.of(new TextRange(start, end)) : Optional.empty();
    }

    public static Optional<TextRange> snapExact(String text, int from, int to) {
        int[] range = clamp(text, from, to);
        int start = trimStart(text, range[0], range[1], false);
        int end = trimEnd(text, start, range[1], false);
        if (start >= end) {
            return Optional.empty();
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ARABIC);
        graphemes.setText(text);
        if (!graphemes.isBoundary(start)) {
            start = graphemes.preceding(start);
        }
        if (!graphemes.isBoundary(end)) {
            end = graphemes.following(end);
        }
        return Optional.of(new TextRange(start, end));
    }

    /** Either mode by flag, for a view that reads the Alt key. */
    public static Optional<TextRange> snap(String text, int from, int to, boolean exact) {
        return exact ? snapExact(text, from, to) : snapToWords(text, from, to);
    }

    /**
     * ICU reads format characters as part of the word around them (UAX #29 rule WB4), so "و" +
     * isolate + "الموصل" is one word to it. A bidi control marks where someone deliberately cut the
     * text, so widening never crosses one.
     */
    private static int afterLastBidiControl(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (isBidiControl(text.charAt(i))) {
                return i + 1;
            }
        }
        return from;
    }

    private static int beforeFirstBidiControl(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isBidiControl(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /** LRM, RLM, ALM, embeddings and overrides U+202A-202E, isolates U+2066-2069. Not ZWNJ/ZWJ: those live inside words. */
    static boolean isBidiControl(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Selections may come backwards (right-to-left drags) or past the end. */
    private static int[] clamp(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(text.length(), Math.max(from, to));
        return new int[] {Math.min(start, end), end};
    }

    private static int trimStart(String text, int start, int end, boolean punctuationToo) {
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!isEdgeJunk(cp, punctuationToo)) {
                break;
            }
            start += Character.charCount(cp);
        }
        return start;
    }

    private static int trimEnd(String text, int start, int end, boolean punctuationToo) {
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!isEdgeJunk(cp, punctuationToo)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return end;
    }

    /**
     * Whitespace, control and format characters (LRM, RLM, ALM, ZWNJ, ZWJ, embeddings U+202A-202E,
     * isolates U+2066-2069, BOM) never belong at a span's edge; nor, in word mode, does punctuation.
     * Percent signs are kept: "٪٣٠" and "30%" are quantities.
     */
    static boolean isEdgeJunk(int cp, boolean punctuationToo) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL) {
            return true;
        }
        if (!punctuationToo || cp == '%' || cp == '\u066A' || cp == '\u2030') {
            return false;
        }
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
