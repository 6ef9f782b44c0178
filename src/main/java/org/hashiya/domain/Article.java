package org.hashiya.domain;

/**
 * One stored article. {@code text} is exactly what was decoded at import (line endings unified to
 * {@code \n}, nothing else changed); {@code length} counts its Unicode code points.
 */
public record Article(long id, String text, ArticleMetadata metadata, ImportRecord importRecord,
                      ArticleStatus status) {

    public int length() {
        return text.codePointCount(0, text.length());
    }

    public String title() {
        return metadata.title();
    }
}
