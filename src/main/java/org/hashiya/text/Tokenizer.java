package org.hashiya.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into tokens and sentences for CoNLL export. A token is a maximal run of letters,
 * marks and digits (Unicode categories L*, M*, N*), or one punctuation or symbol character (P*,
 * S*) with any combining marks right after it. Whitespace and every other character separate
 * tokens. Format characters (Cf: bidi controls, ZWNJ, ZWJ) between two characters of one word stay
 * in that word; anywhere else they are dropped. Clitics are not split off: «وبالتحالف» is one
 * token. Offsets are code points, end exclusive.
 *
 * <p>A sentence ends after a character of {@link Sentences#isBreak} (a token of its own; further
 * break characters and closing brackets or quotes right after it stay in the same sentence) and
 * at every line break.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        new Scanner(text).forEach((token, afterLineBreak) -> tokens.add(token));
        return tokens;
    }

    /** The tokens of {@code text} grouped into sentences, in order; no sentence is empty. */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean[] ended = {false};
        new Scanner(text).forEach((token, afterLineBreak) -> {
            boolean continuesEnding = token.isSentenceBreak() || token.isClosingPunctuation();
            if (!current.isEmpty() && (afterLineBreak || (ended[0] && !continuesEnding))) {
                sentences.add(List.copyOf(current));
                current.clear();
                ended[0] = false;
            }
            current.add(token);
            ended[0] = token.isSentenceBreak() || (ended[0] && continuesEnding);
        });
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
        }
        return sentences;
    }

    /**
     * The maximal runs of letters, marks and numbers (Unicode categories L*, M*, N*) in
     * {@code text}, as {start, end} pairs of code points, end exclusive: the tokens agreement is
     * measured on. Unlike {@link #tokens}, punctuation is no token and a format character (ZWNJ)
     * ends a run.
     */
    public static int[] wordRuns(String text) {
        int[] runs = new int[16];
        int n = 0;
        int cp = 0;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isWordCharacter(c)) {
                if (start < 0) {
                    start = cp;
                }
            } else if (start >= 0) {
                runs = add(runs, n, start, cp);
                n += 2;
                start = -1;
            }
            i += Character.charCount(c);
            cp++;
        }
        if (start >= 0) {
            runs = add(runs, n, start, cp);
            n += 2;
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    private static int[] add(int[] runs, int n, int start, int end) {
        int[] room = n + 2 > runs.length ? java.util.Arrays.copyOf(runs, runs.length * 2) : runs;
        room[n] = start;
        room[n + 1] = end;
        return room;
    }

    static boolean isWordCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static boolean isMark(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    static boolean isPunctuationOrSymbol(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    static boolean isFormat(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT;
    }

    /** Receives each token and whether a line break came between it and the token before. */
    private interface TokenConsumer {
        void accept(Token token, boolean afterLineBreak);
    }

    /** One pass over a text, UTF-16 index and code-point index side by side. */
    private static final class Scanner {
        private final String text;
        private int index;      // UTF-16
        private int codePoint;  // code points before index

        Scanner(String text) {
            this.text = text;
        }

        void forEach(TokenConsumer consumer) {
            boolean lineBreak = false;
            while (index < text.length()) {
                int c = text.codePointAt(index);
                if (isWordCharacter(c)) {
                    consumer.accept(word(), lineBreak);
                    lineBreak = false;
                } else if (isPunctuationOrSymbol(c)) {
                    consumer.accept(punctuation(), lineBreak);
                    lineBreak = false;
                } else {
                    lineBreak |= Sentences.isLineBreak(c);
                    advance(c);
                }
            }
        }

        private Token word() {
            int startIndex = index;
            int start = codePoint;
            while (index < text.length()) {
                int c = text.codePointAt(index);
                if (isWordCharacter(c)) {
                    advance(c);
                } else if (isFormat(c) && wordContinuesAfterFormat()) {
                    advance(c);
                } else {
                    break;
                }
            }
            return new Token(text.substring(startIndex, index), start, codePoint);
        }

        /** True when the format characters at {@code index} are followed by a word character. */
        private boolean wordContinuesAfterFormat() {
            int i = index;
            while (i < text.length() && isFormat(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            return i < text.length() && isWordCharacter(text.codePointAt(i));
        }

        private Token punctuation() {
            int startIndex = index;
            int start = codePoint;
            advance(text.codePointAt(index));
            while (index < text.length() && isMark(text.codePointAt(index))) {
                advance(text.codePointAt(index));
            }
            return new Token(text.substring(startIndex, index), start, codePoint);
        }

        private void advance(int c) {
            index += Character.charCount(c);
            codePoint++;
        }
    }
}
