package org.hashiya.text;

/**
 * One token of a text as {@link Tokenizer} cuts it: its characters and where they lie, in Unicode
 * code points, end exclusive. {@code text} may be shorter than {@code end - start} code points:
 * format characters are kept only inside a word.
 */
public record Token(String text, int start, int end) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token range " + start + ".." + end + " is empty or negative");
        }
    }

    /** True when the token is one character that ends a sentence ({@link Sentences#isBreak}). */
    public boolean isSentenceBreak() {
        return text.codePointCount(0, text.length()) == 1 && Sentences.isBreak(text.codePointAt(0));
    }

    /** True for closing punctuation (a closing bracket or quote) that may follow a sentence's end. */
    boolean isClosingPunctuation() {
        if (text.codePointCount(0, text.length()) != 1) {
            return false;
        }
        int type = Character.getType(text.codePointAt(0));
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }
}
