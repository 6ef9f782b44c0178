package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.text.SpanContext;

/**
 * spans-csv: one row per span, a header row, {@link #COLUMNS} in that order. Later work appends
 * columns at the end, never in between, so scripts reading by name or position keep working.
 * {@code start}/{@code end} are code points, end exclusive: {@code article_text[start:end] == text}
 * in Python. {@code span_uuid} is the span's global identity: the same span in another library or
 * file has the same one. {@code canonical_entry} is the id of the registry entry (actor or place)
 * the span links to, empty when it links to none.
 */
public final class SpansCsvWriter implements ExportWriter {
    public static final List<String> COLUMNS = List.of("article_id", "article_title", "article_source",
            "article_url", "article_date", "article_sha256", "span_id", "label", "label_kind", "start", "end", "text",
            "context", "note", "annotator", "created_at", "updated_at", "reviewed_by", "reviewed_at",
            "span_uuid", "canonical_entry");

    private final CsvCells cells;
    private final Map<String, String> kindOfLabel = new HashMap<>();

    public SpansCsvWriter(Writer out, LabelSchema schema, boolean excel) throws IOException {
        for (SpanLabel label : schema.labels()) {
            kindOfLabel.put(label.id(), label.kind().id());
        }
        this.cells = new CsvCells(out, excel, COLUMNS.toArray(String[]::new));
    }

    @Override
    public void write(AnnotatedArticle annotated) throws IOException {
        Article article = annotated.article();
        SpanContext context = new SpanContext(article.text());
        // the article's columns are the same on each of its spans: formatted once
        CsvCells.Repeated articleCells = cells.repeated()
                .plain(article.id())
                .text(article.metadata().title())
                .text(article.metadata().source())
                .text(article.metadata().url())
                .text(article.metadata().published())
                .plain(article.importRecord().sha256());
        java.util.Map<Long, Long> entries = annotated.entries();
        for (Span span : annotated.spans()) {
            cells.repeat(articleCells);
            cells.plain(span.id());
            cells.plain(span.labelId());
            cells.plain(kindOfLabel.getOrDefault(span.labelId(), ""));
            cells.plain(span.start());
            cells.plain(span.end());
            cells.text(span.text());
            cells.text(context.slice(span.start(), span.end()));
            cells.text(span.note());
            cells.text(span.annotator());
            cells.time(span.createdAt());
            cells.time(span.updatedAt());
            cells.text(span.reviewedBy());
            cells.time(span.reviewedAt());
            cells.token(span.uuid());
            Long entry = entries.isEmpty() ? null : entries.get(span.id());
            cells.token(entry == null ? "" : entry.toString());
            cells.endRow();
        }
    }

    @Override
    public long rows() {
        return cells.rows();
    }

    @Override
    public void close() throws IOException {
        cells.close();
    }
}
