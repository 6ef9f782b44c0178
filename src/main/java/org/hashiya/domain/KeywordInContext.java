package org.hashiya.domain;

/**
 * A span in its sentence, cut in three: the text before it, the article's text at the span's
 * offsets, and the text after it. All "" when the span lies outside its article.
 */
public record KeywordInContext(String before, String keyword, String after) {
    public static final KeywordInContext NONE = new KeywordInContext("", "", "");

    public KeywordInContext {
        before = before == null ? "" : before;
        keyword = keyword == null ? "" : keyword;
        after = after == null ? "" : after;
    }

    /** The whole sentence as export's {@code context} column has it. */
    public String sentence() {
        return before + keyword + after;
    }
}
