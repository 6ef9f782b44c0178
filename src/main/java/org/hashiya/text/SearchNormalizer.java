package org.hashiya.text;

import java.text.Normalizer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * A search key for Arabic, one code point at a time, so a search can map what it finds back to the
 * stored characters. Only ever applied to a copy: stored text is never normalized.
 *
 * <ul>
 *   <li>Lucene's {@link ArabicNormalizer}: alef forms أ إ آ → ا, ى → ي, ة → ه; tatweel and harakat
 *       dropped.</li>
 *   <li>Lucene's {@link PersianNormalizer}: Persian ی and ے → ي, ک → ك, ۀ and ہ → ه.</li>
 *   <li>What neither does: alef wasla ٱ → ا; every other combining mark (superscript alef, Quranic
 *       marks, hamza above or below written as a mark) and every format character (ZWNJ, ZWJ, bidi
 *       marks) dropped; any decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹ ...) → ASCII, as Lucene's
 *       DecimalDigitFilter does; presentation forms (ﻻ, ﺍ ...) → their letters (NFKC); Latin
 *       lowercased.</li>
 * </ul>
 */
public final class SearchNormalizer {
    private static final char ALEF_WASLA = '\u0671';
    private static final char ALEF = '\u0627';
    private static final int ARABIC_FIRST = 0x0600;
    private static final int ARABIC_LAST = 0x08FF; // Arabic, Arabic Supplement, Arabic Extended-A/B
    /** The folded form of each character in the Arabic blocks; 0 where the character is dropped. */
    private static final char[] ARABIC_FOLD = arabicTable();

    private SearchNormalizer() {
    }

    /** The search key of a whole text: every code point folded, dropped characters left out. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            appendFolded(out, cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Appends the folded form of one code point: nothing for a character search ignores, one
     * character mostly, two for a ligature such as ﻻ.
     */
    public static void appendFolded(StringBuilder out, int codePoint) {
        if (isPresentationForm(codePoint)) {
            String letters = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
            letters.codePoints().forEach(cp -> appendSimple(out, cp));
        } else {
            appendSimple(out, codePoint);
        }
    }

    /** True for a character search ignores wherever it stands: combining marks, format characters, tatweel. */
    public static boolean isIgnored(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.FORMAT -> true;
            default -> codePoint == ArabicNormalizer.TATWEEL;
        };
    }

    private static void appendSimple(StringBuilder out, int cp) {
        if (cp >= ARABIC_FIRST && cp <= ARABIC_LAST) { // most characters: one table lookup
            char folded = ARABIC_FOLD[cp - ARABIC_FIRST];
            if (folded != 0) {
                out.append(folded);
            }
            return;
        }
        if (isIgnored(cp)) {
            return;
        }
        if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
            out.append((char) ('0' + Character.digit(cp, 10)));
            return;
        }
        out.appendCodePoint(Character.toLowerCase(cp));
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /** Runs Lucene's Persian and Arabic normalizers over each Arabic-block character once. */
    private static char[] arabicTable() {
        PersianNormalizer persian = new PersianNormalizer();
        ArabicNormalizer arabic = new ArabicNormalizer();
        char[] table = new char[ARABIC_LAST - ARABIC_FIRST + 1];
        for (int cp = ARABIC_FIRST; cp <= ARABIC_LAST; cp++) {
            char[] one = {(char) cp};
            int length = arabic.normalize(one, persian.normalize(one, 1));
            char folded = length == 0 || isIgnored(cp) ? 0 : one[0];
            if (folded == ALEF_WASLA) {
                folded = ALEF;
            } else if (folded != 0 && Character.getType(folded) == Character.DECIMAL_DIGIT_NUMBER) {
                folded = (char) ('0' + Character.digit(folded, 10));
            }
            table[cp - ARABIC_FIRST] = folded;
        }
        return table;
    }
}
