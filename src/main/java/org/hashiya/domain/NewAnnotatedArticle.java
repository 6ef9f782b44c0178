package org.hashiya.domain;

import java.util.List;

/**
 * An article arriving with its annotations (from an annotated file): the article as import made
 * it, the article-level annotation it brings (used only when the article is new to the library),
 * and its spans. The spans' {@code id} and {@code articleId} are ignored: the store gives them.
 */
public record NewAnnotatedArticle(NewArticle article, ArticleStatus status, Relevance relevance, List<String> tags,
                                  String note, List<Span> spans) {
    public NewAnnotatedArticle {
        status = status == null ? ArticleStatus.NEW : status;
        relevance = relevance == null ? Relevance.UNSET : relevance;
        tags = ArticleAnnotation.normalizeTags(tags == null ? List.of() : tags);
        note = note == null ? "" : note;
        spans = List.copyOf(spans);
    }
}
