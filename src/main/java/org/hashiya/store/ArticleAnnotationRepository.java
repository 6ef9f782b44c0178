package org.hashiya.store;

import java.util.List;
import java.util.Optional;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleAnnotation;

/** Article-level annotation: status, relevance, tags and note, read and written together. */
public interface ArticleAnnotationRepository {

    Optional<ArticleAnnotation> find(long articleId);

    /** Writes status, relevance, tags and note of the article in one transaction. */
    void save(ArticleAnnotation annotation);

    /** Other coders' annotations of the article (brought in by merges), ordered by coder name. */
    List<ArticleCoding> codingsOf(long articleId);
}
