package org.hashiya.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the words search compares, each with its place in the stored text and its search
 * key ({@link SearchNormalizer}). A word is a run of letters, digits and combining marks: an Arabic
 * word with its attached proclitics and its harakat is one word; spaces, punctuation, symbols and
 * emoji separate words. Format characters (ZWNJ, ZWJ, bidi marks) inside a run stay in the word
 * and are ignored by the key; at a word's edges they are left out of it.
 *
 * @param text  the stored text, unchanged
 * @param words the words in text order
 */
public record SearchWords(String text, List<Word> words) {

    /**
     * One word: {@code start} and {@code end} are UTF-16 indices into the stored text (end
     * exclusive); {@code key} is its search key, never empty.
     */
    public record Word(int start, int end, String key) {
    }

    public SearchWords {
        words = List.copyOf(words);
    }

    /** Cuts {@code text} into words. */
    public static SearchWords of(String text) {
        List<Word> words = new ArrayList<>();
        scan(text, (start, end, key) -> words.add(new Word(start, end, key.toString())));
        return new SearchWords(text, words);
    }

    /**
     * The key of every word not in the vocabulary {@link #of(String, Vocabulary)} was given: a
     * character no key holds, so it matches nothing.
     */
    public static final String OTHER = "\u0000";

    /**
     * Cuts {@code text} into words as {@link #of(String)} does, but keeps only the keys a matcher can
     * use ({@code vocabulary}): every other word gets the key {@link #OTHER}, and no string is made
     * for it. What a search for a few names over thousands of articles needs, at a fraction of the cost.
     */
    public static SearchWords of(String text, Vocabulary vocabulary) {
        List<Word> words = new ArrayList<>();
        scan(text, (start, end, key) -> words.add(new Word(start, end, vocabulary.find(key))));
        return new SearchWords(text, words);
    }

    /** A fixed set of search keys, looked up by the characters of a key being built (no string made). */
    public static final class Vocabulary {
        private final String[] table;
        private final int mask;

        public Vocabulary(java.util.Collection<String> keys) {
            int size = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
            table = new String[size];
            mask = size - 1;
            for (String key : keys) {
                int at = hash(key) & mask;
                while (table[at] != null && !table[at].equals(key)) {
                    at = (at + 1) & mask;
                }
                table[at] = key;
            }
        }

        /** The key equal to {@code key}, or {@link #OTHER} when the vocabulary lacks it. */
        String find(CharSequence key) {
            int at = hash(key) & mask;
            while (table[at] != null) {
                if (table[at].contentEquals(key)) {
                    return table[at];
                }
                at = (at + 1) & mask;
            }
            return OTHER;
        }

        private static int hash(CharSequence s) {
            int h = 0;
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + s.charAt(i);
            }
            return h ^ (h >>> 16);
        }
    }

    /** Receives each word of a scan; {@code key} is reused for the next word. */
    interface WordSink {
        void word(int start, int end, CharSequence key);
    }

    /** Cuts {@code text} into words without keeping them: what an index needs, at less cost. */
    static void scan(String text, WordSink sink) {
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordCharacter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            key.setLength(0);
            while (i < text.length()) {
                cp = text.codePointAt(i);
                if (isWordCharacter(cp)) {
                    SearchNormalizer.appendFolded(key, cp);
                    i += Character.charCount(cp);
                    end = i;
                } else if (isFormat(cp)) {
                    i += Character.charCount(cp); // kept only if a word character follows
                } else {
                    break;
                }
            }
            if (key.length() > 0) {
                sink.word(start, end, key);
            }
            i = Math.max(i, end);
        }
    }

    /** Letters (tatweel included), digits and combining marks. */
    static boolean isWordCharacter(int cp) {
        return cp < BMP_KINDS.length ? BMP_KINDS[cp] == WORD : classify(cp) == WORD;
    }

    /** True for a format character (a bidi mark, a zero-width joiner), which a word may hold. */
    static boolean isFormat(int cp) {
        return cp < BMP_KINDS.length ? BMP_KINDS[cp] == FORMAT : classify(cp) == FORMAT;
    }

    private static final byte OTHER_KIND = 0;
    private static final byte WORD = 1;
    private static final byte FORMAT = 2;
    /** {@link #classify} of every character of the Basic Multilingual Plane, looked up once: a scan asks for each character. */
    private static final byte[] BMP_KINDS = bmpKinds();

    private static byte[] bmpKinds() {
        byte[] kinds = new byte[0x10000];
        for (int cp = 0; cp < kinds.length; cp++) {
            kinds[cp] = classify(cp);
        }
        return kinds;
    }

    /** What a scan makes of a code point: part of a word, a format character, or a separator. */
    static byte classify(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return WORD;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> WORD;
            case Character.FORMAT -> FORMAT;
            default -> OTHER_KIND;
        };
    }

    /** True if a line break lies between the end of word {@code before} and the start of word {@code after}. */
    boolean lineBreakBetween(int before, int after) {
        for (int i = words.get(before).end(); i < words.get(after).start(); i++) {
            if (Sentences.isLineBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
