package org.hashiya.domain;

import java.util.Objects;

/**
 * One row of the review table: the span as stored (its reviewed mark included), its article's
 * title and status, the span in its sentence, whether its text no longer matches the article
 * (as last checked), and its place in the table's order.
 */
public record ReviewRow(Span span, String articleTitle, ArticleStatus articleStatus, KeywordInContext context,
                        boolean mismatched, RowKey key) {
    public ReviewRow {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(articleStatus, "articleStatus");
        articleTitle = articleTitle == null ? "" : articleTitle;
        context = context == null ? KeywordInContext.NONE : context;
    }
}
