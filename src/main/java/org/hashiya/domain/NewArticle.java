package org.hashiya.domain;

/** An article about to be stored: decoded text plus what import learned about it. */
public record NewArticle(String text, ArticleMetadata metadata, ImportRecord importRecord) {
}
