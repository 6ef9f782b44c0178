package org.hashiya.store;

import java.util.function.Consumer;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.ArticleCodings;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;

/**
 * Answers a {@link SpanFilter}: counts, and streams of the chosen spans or of whole annotated
 * articles, read row by row from the library so a selection of millions of spans never sits in
 * memory. A consumer may stop a stream by throwing; the exception reaches the caller unchanged.
 */
public interface SelectionRepository {

    /** Every annotator name that spans carry, sorted (for filter choices). */
    java.util.List<String> annotators();

    /** Every article tag in use, sorted (for filter choices). */
    java.util.List<String> tags();

    /** How many spans the filter chooses. */
    long countSpans(SpanFilter filter);

    /** How many events the filter chooses: those whose trigger span it chooses. */
    long countEvents(SpanFilter filter);

    /** How many articles the filter chooses. */
    long countArticles(SpanFilter filter);

    /** The chosen spans ordered by article, then start, end and id. */
    void forEachSpan(SpanFilter filter, Consumer<Span> action);

    /**
     * The chosen articles ordered by id, each with its text, its annotation, its chosen spans
     * (ordered by start, end, id), the events on them and their registry links (see
     * {@link AnnotatedArticle}); events and links are read by one query each for the whole stream.
     */
    void forEachArticle(SpanFilter filter, Consumer<AnnotatedArticle> action);

    /**
     * The chosen articles ordered by id, each with what every coder said about it as a whole: the
     * library's own status, relevance, tags and note and the codings merges brought in (see
     * {@link ArticleCodings}); no text, no spans. Articles are chosen as {@link #countArticles} counts them.
     */
    void forEachArticleCodings(SpanFilter filter, Consumer<ArticleCodings> action);
}
