package org.hashiya.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads every span's registry link from one cursor ordered by article id, handing them out article
 * by article in step with the articles (see {@link EventsByArticle}). A library without links costs
 * one empty query.
 */
final class LinksByArticle {
    /**
     * Article id, span id, entry id, ordered by article. CROSS JOIN keeps span_entry the outer loop:
     * left to itself SQLite walks the whole span index in article order and probes span_entry once
     * per span, a million probes for a library without a single link.
     */
    static final String SQL = "SELECT s.article_id, se.span_id, se.entry_id FROM span_entry se"
            + " CROSS JOIN span s ON s.id = se.span_id ORDER BY s.article_id";

    private final ResultSet rows;
    private boolean onRow;

    LinksByArticle(ResultSet rows) throws SQLException {
        this.rows = rows;
        this.onRow = rows.next();
    }

    /** Span id to entry id for this article's linked spans. Ask in rising article order. */
    Map<Long, Long> take(long articleId) throws SQLException {
        Map<Long, Long> links = null;
        while (onRow && rows.getLong(1) <= articleId) {
            if (rows.getLong(1) == articleId) {
                if (links == null) {
                    links = new HashMap<>();
                }
                links.put(rows.getLong(2), rows.getLong(3));
            }
            onRow = rows.next();
        }
        return links == null ? Map.of() : links;
    }
}
