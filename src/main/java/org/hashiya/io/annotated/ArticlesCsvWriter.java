package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;

/**
 * articles-csv: one row per article, for screening studies, {@link #COLUMNS} in that order.
 * {@code tags} are joined by {@code |}; {@code span_count} counts the spans the export's filter
 * chose; {@code length} is in code points.
 */
public final class ArticlesCsvWriter implements ExportWriter {
    public static final List<String> COLUMNS = List.of("article_id", "title", "source", "url", "published", "sha256",
            "length", "status", "relevance", "tags", "note", "span_count", "imported_at", "source_path");
    /** Joins an article's tags in one cell. */
    public static final String TAG_SEPARATOR = "|";

    private final CsvCells cells;

    public ArticlesCsvWriter(Writer out, boolean excel) throws IOException {
        this.cells = new CsvCells(out, excel, COLUMNS.toArray(String[]::new));
    }

    @Override
    public void write(AnnotatedArticle annotated) throws IOException {
        Article article = annotated.article();
        ArticleAnnotation annotation = annotated.annotation();
        cells.plain(article.id());
        cells.text(article.metadata().title());
        cells.text(article.metadata().source());
        cells.text(article.metadata().url());
        cells.text(article.metadata().published());
        cells.plain(article.importRecord().sha256());
        cells.plain(article.length());
        cells.plain(annotation.status().id());
        cells.plain(annotation.relevance().id());
        cells.text(String.join(TAG_SEPARATOR, annotation.tags()));
        cells.text(annotation.note());
        cells.plain(annotated.spans().size());
        cells.plain(article.importRecord().importedAt().toString());
        cells.text(article.importRecord().sourcePath());
        cells.endRow();
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
