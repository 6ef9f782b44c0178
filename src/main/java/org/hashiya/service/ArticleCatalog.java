package org.hashiya.service;

import java.util.List;
import java.util.Optional;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.text.Titles;

/** Browsing a library: the list, one article, its editable metadata, where the reader left off. */
public final class ArticleCatalog {
    static final String LAST_ARTICLE = "reader.last-article";
    static final String LAST_POSITION = "reader.last-position";

    private final Library library;

    public ArticleCatalog(Library library) {
        this.library = library;
    }

    public List<ArticleSummary> summaries() {
        return library.articles().listSummaries();
    }

    public Optional<Article> article(long id) {
        return library.articles().find(id);
    }

    /** The article's spans ordered by start, end and id. */
    public List<Span> spansOf(long articleId) {
        return library.spans().findByArticle(articleId);
    }

    /** Saves edited metadata; an empty title falls back to the article's first line, as on import. */
    public ArticleMetadata saveMetadata(long id, ArticleMetadata edited) {
        ArticleMetadata cleaned = edited;
        if (edited.title().isBlank()) {
            Article article = library.articles().find(id)
                    .orElseThrow(() -> new LibraryException("no article " + id + " in this library"));
            cleaned = edited.withTitle(Titles.firstNonEmptyLine(article.text()));
        }
        library.articles().updateMetadata(id, cleaned);
        return cleaned;
    }

    public void setStatus(long id, ArticleStatus status) {
        library.articles().updateStatus(id, status);
    }

    /** Remembers the open article and the reading position inside it (an opaque string of the view's). */
    public void rememberPosition(long articleId, String position) {
        library.settings().put(LAST_ARTICLE, Long.toString(articleId));
        library.settings().put(LAST_POSITION, position);
    }

    public Optional<ReadingPosition> lastPosition() {
        Optional<String> id = library.settings().get(LAST_ARTICLE);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            long articleId = Long.parseLong(id.get());
            return Optional.of(new ReadingPosition(articleId, library.settings().get(LAST_POSITION).orElse("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Where the reader was: an article and the view's own description of the scroll position. */
    public record ReadingPosition(long articleId, String position) {
    }
}
