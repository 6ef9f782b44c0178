package org.hashiya.domain;

/**
 * What a researcher may edit about an article. Empty strings mean "not known"; {@code published}
 * is kept as the user or the page wrote it (ideally ISO 8601), not parsed.
 */
public record ArticleMetadata(String title, String source, String url, String published) {
    public ArticleMetadata {
        title = nullToEmpty(title);
        source = nullToEmpty(source);
        url = nullToEmpty(url);
        published = nullToEmpty(published);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ArticleMetadata withTitle(String newTitle) {
        return new ArticleMetadata(newTitle, source, url, published);
    }
}
