package org.hashiya.domain;

import java.util.List;

/**
 * An article with everything recorded about it: metadata, its article-level annotation (status,
 * relevance, tags, note) and its spans (those a {@link SpanFilter} chose), ordered by start, end,
 * id. What export writes and what an annotated file brings in.
 */
public record AnnotatedArticle(Article article, ArticleAnnotation annotation, List<Span> spans) {
    public AnnotatedArticle {
        spans = List.copyOf(spans);
    }
}
