package org.hashiya.domain;

import java.util.List;

/**
 * An article arriving with its annotations (from an annotated file): the article as import made
 * it, the article-level annotation it brings (used only when the article is new to the library),
 * its spans and its events (naming their spans by index into {@code spans}). The spans' {@code id}
 * and {@code articleId} are ignored: the store gives them.
 */
public record NewAnnotatedArticle(NewArticle article, ArticleStatus status, Relevance relevance, List<String> tags,
                                  String note, List<Span> spans, List<NewEvent> events) {
    public NewAnnotatedArticle {
        status = status == null ? ArticleStatus.NEW : status;
        relevance = relevance == null ? Relevance.UNSET : relevance;
        tags = ArticleAnnotation.normalizeTags(tags == null ? List.of() : tags);
        note = note == null ? "" : note;
        spans = List.copyOf(spans);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** An article arriving with spans and no events. */
    public NewAnnotatedArticle(NewArticle article, ArticleStatus status, Relevance relevance, List<String> tags,
                               String note, List<Span> spans) {
        this(article, status, relevance, tags, note, spans, List.of());
    }
}
