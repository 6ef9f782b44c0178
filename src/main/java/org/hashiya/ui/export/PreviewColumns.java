package org.hashiya.ui.export;

import java.util.Map;

/** Starting widths of the preview table's columns: room for what each column usually holds. */
final class PreviewColumns {
    private static final Map<String, Double> WIDTHS = Map.ofEntries(
            Map.entry("article_title", 200.0), Map.entry("title", 200.0), Map.entry("text", 150.0),
            Map.entry("context", 340.0), Map.entry("note", 150.0), Map.entry("tags", 150.0),
            Map.entry("article_sha256", 110.0), Map.entry("sha256", 110.0), Map.entry("article_url", 140.0),
            Map.entry("url", 140.0), Map.entry("source_path", 200.0), Map.entry("label", 130.0),
            Map.entry("status", 100.0), Map.entry("relevance", 100.0), Map.entry("created_at", 170.0), Map.entry("updated_at", 170.0), Map.entry("reviewed_at", 170.0), Map.entry("imported_at", 170.0));

    private PreviewColumns() {
    }

    static double width(String column) {
        return WIDTHS.getOrDefault(column, Math.max(64.0, 8.0 * column.length() + 20));
    }
}
