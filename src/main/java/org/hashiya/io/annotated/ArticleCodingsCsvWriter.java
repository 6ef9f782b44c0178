package org.hashiya.io.annotated;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ArticleCodings;

/**
 * article-codings-csv: one row per article and coder, {@link #COLUMNS} in that order, for
 * comparing what coders said about whole articles. Each article's first row is the library's own
 * annotation under {@code owner} (the library owner's annotator name; empty when unknown) with
 * {@code merged_at} empty; then one row per coder a merge brought a coding of the article from,
 * by coder name, with the time it was merged. {@code tags} are joined by {@code |}.
 */
public final class ArticleCodingsCsvWriter implements Closeable {
    public static final List<String> COLUMNS = List.of("article_id", "article_title", "article_sha256", "annotator",
            "status", "relevance", "tags", "note", "merged_at");

    private final CsvCells cells;
    private final String owner;

    public ArticleCodingsCsvWriter(Writer out, boolean excel, String owner) throws IOException {
        this.cells = new CsvCells(out, excel, COLUMNS.toArray(String[]::new));
        this.owner = owner == null ? "" : owner;
    }

    /** Writes the article's own row and one row per merged coding. */
    public void write(ArticleCodings codings) throws IOException {
        CsvCells.Repeated article = cells.repeated().plain(codings.articleId()).text(codings.title())
                .plain(codings.sha256());
        row(article, owner, codings.own(), null);
        for (ArticleCoding coding : codings.merged()) {
            row(article, coding.annotator(), coding.annotation(), coding.mergedAt());
        }
    }

    private void row(CsvCells.Repeated article, String annotator, ArticleAnnotation annotation, Instant mergedAt)
            throws IOException {
        cells.repeat(article);
        cells.text(annotator);
        cells.plain(annotation.status().id());
        cells.plain(annotation.relevance().id());
        cells.text(String.join(ArticlesCsvWriter.TAG_SEPARATOR, annotation.tags()));
        cells.text(annotation.note());
        cells.time(mergedAt);
        cells.endRow();
    }

    /** Rows written so far (the header not counted). */
    public long rows() {
        return cells.rows();
    }

    @Override
    public void close() throws IOException {
        cells.close();
    }
}
