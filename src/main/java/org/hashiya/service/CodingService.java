package org.hashiya.service;

import java.util.Optional;
import java.util.function.Consumer;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.Library;

/**
 * What each coder said about an article as a whole (status, relevance, tags, note): the library's
 * own annotation and the codings {@code hashiya merge} brought in under other coders' names. Only
 * reads; nothing here changes a coding.
 */
public final class CodingService {
    private final Library library;

    public CodingService(Library library) {
        this.library = library;
    }

    /** The article's own annotation and every merged coder's, or empty when there is no such article. */
    public Optional<ArticleCodings> codingsOf(long articleId) {
        Optional<Article> article = library.articles().find(articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        ArticleAnnotation own = library.articleAnnotations().find(articleId)
                .orElseThrow(() -> new AnnotationException("no article " + articleId + " in this library"));
        return Optional.of(new ArticleCodings(articleId, article.get().title(), article.get().importRecord().sha256(),
                own, library.articleAnnotations().codingsOf(articleId)));
    }

    /**
     * The codings of the articles the filter chooses (as exports choose articles), ordered by
     * article id, one article at a time: never all in memory.
     */
    public void forEachArticleCodings(SpanFilter filter, Consumer<ArticleCodings> action) {
        library.selection().forEachArticleCodings(filter, action);
    }
}
