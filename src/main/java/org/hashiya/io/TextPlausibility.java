package org.hashiya.io;

import java.util.Optional;

/**
 * Judges whether decoded characters look like writing rather than bytes that merely happened to
 * decode. Binary data decodes to many control, unassigned and private-use characters; real
 * articles have almost none.
 */
final class TextPlausibility {
    /** Share of implausible characters above which a decode is taken for binary data. */
    static final double MAX_IMPLAUSIBLE_SHARE = 0.02;
    /**
     * Every byte decodes in windows-1256, so random bytes do too: they come out full of symbols
     * (€, ©, ±, ...) that Arabic prose rarely uses. Above this share of symbols an 8-bit decode is
     * refused.
     */
    static final double MAX_SYMBOL_SHARE_SINGLE_BYTE = 0.05;

    private TextPlausibility() {
    }

    /** Why {@code text} is not plausible text, or empty if it is. */
    static Optional<String> problem(String text) {
        int total = 0;
        int implausible = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (isImplausible(cp)) {
                implausible++;
            }
        }
        if (total > 0 && implausible > total * MAX_IMPLAUSIBLE_SHARE) {
            return Optional.of("not a text file: it decodes to control or unassigned characters (binary data?)");
        }
        return Optional.empty();
    }

    /** Further checks for a decode by an 8-bit code page, which accepts any bytes at all. */
    static Optional<String> singleByteProblem(String text, String encoding) {
        int visible = 0;
        int symbols = 0;
        int arabicLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            visible++;
            if (cp >= 0x80 && isSymbol(cp)) {
                symbols++;
            }
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                arabicLetters++;
            }
        }
        if (arabicLetters == 0) {
            return Optional.of("not UTF-8 text, and no Arabic text in windows-1256 or ISO-8859-6 either");
        }
        if (symbols > visible * MAX_SYMBOL_SHARE_SINGLE_BYTE) {
            return Optional.of("not a text file: as " + encoding + " it decodes to too many symbols (binary data?)");
        }
        return Optional.empty();
    }

    /** True for text made only of whitespace and invisible format characters (such as RLM). */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT);
    }

    private static boolean isImplausible(int cp) {
        if (cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || cp == 0xFFFD;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }
}
