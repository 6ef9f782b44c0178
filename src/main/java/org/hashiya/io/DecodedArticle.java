package org.hashiya.io;

/**
 * What a file yields: the article text exactly as it will be stored, the detected encoding, and
 * what the file said about itself. Empty strings mean "the file did not say".
 */
public record DecodedArticle(String text, String encoding, String title, String url, String published,
                             String source) {
    public DecodedArticle {
        title = nullToEmpty(title);
        url = nullToEmpty(url);
        published = nullToEmpty(published);
        source = nullToEmpty(source);
    }

    /** A plain text file brings nothing but its text. */
    public static DecodedArticle plainText(DecodedText decoded) {
        return new DecodedArticle(decoded.text(), decoded.encoding(), "", "", "", "");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
