package org.hashiya.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Another coder's article-level annotation (status, relevance, tags, note) of an article in this
 * library, as a merge brought it in ({@code mergedAt}: when); the article's own annotation stays
 * the library owner's.
 */
public record ArticleCoding(String annotator, ArticleAnnotation annotation, Instant mergedAt) {
    public ArticleCoding {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(mergedAt, "mergedAt");
    }
}
