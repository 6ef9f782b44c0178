package org.hashiya.service;

import java.time.Clock;
import java.util.List;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;

/** Opens articles of one library for annotation by one named annotator. */
public final class AnnotationService {
    private final Library library;
    private final String annotator;
    private final Clock clock;

    public AnnotationService(Library library, String annotator) {
        this(library, annotator, Clock.systemUTC());
    }

    public AnnotationService(Library library, String annotator, Clock clock) {
        this.library = library;
        this.annotator = annotator == null ? "" : annotator.strip();
        this.clock = clock;
    }

    /**
     * Opens the article: a {@code new} article becomes {@code in_progress} (not an undoable step),
     * and its spans are checked against its text; see {@link ArticleAnnotator#mismatches()}.
     */
    public ArticleAnnotator open(long articleId) {
        Article article = library.articles().find(articleId)
                .orElseThrow(() -> new AnnotationException("no article " + articleId + " in this library"));
        ArticleAnnotation annotation = library.articleAnnotations().find(articleId).orElseThrow();
        if (annotation.status() == ArticleStatus.NEW) {
            library.articleAnnotations().save(annotation.withStatus(ArticleStatus.IN_PROGRESS));
        }
        List<Span> spans = library.spans().findByArticle(articleId);
        List<SpanMismatch> mismatches = SpanVerifier.verify(article.text(), spans);
        return new ArticleAnnotator(library, article, annotator, clock, spans, mismatches);
    }
}
