package org.hashiya.domain;

import java.time.Instant;

/** A library-list row: everything about an article except its text, so long lists stay light. */
public record ArticleSummary(long id, String title, int length, Instant importedAt, String published,
                             ArticleStatus status) {
}
