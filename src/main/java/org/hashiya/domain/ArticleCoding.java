package org.hashiya.domain;

import java.util.Objects;

/**
 * Another coder's article-level annotation (status, relevance, tags, note) of an article in this
 * library, as a merge brought it in; the article's own annotation stays the library owner's.
 */
public record ArticleCoding(String annotator, ArticleAnnotation annotation) {
    public ArticleCoding {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(annotation, "annotation");
    }
}
