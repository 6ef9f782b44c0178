package org.hashiya.store;

import java.util.List;
import java.util.Optional;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.NewArticle;

public interface ArticleRepository {

    /** The outcome of storing one article: its id, or that the same text was already stored. */
    record AddResult(long id, boolean duplicate) {
    }

    /**
     * Stores the articles in one transaction, in order. An article whose text (by SHA-256) is
     * already stored is not stored again: its result carries the existing id and
     * {@code duplicate = true}. Either all new articles are stored or none is.
     */
    List<AddResult> addAll(List<NewArticle> articles);

    Optional<Article> find(long id);

    /** All articles without their text, ordered by id. */
    List<ArticleSummary> listSummaries();

    /** The id of the article with exactly this text hash, if any. */
    Optional<Long> findIdBySha256(String sha256);

    int count();

    void updateMetadata(long id, ArticleMetadata metadata);

    void updateStatus(long id, ArticleStatus status);
}
