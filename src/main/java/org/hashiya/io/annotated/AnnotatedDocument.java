package org.hashiya.io.annotated;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;

/**
 * One article as an annotated file (JSONL line, brat pair) brings it in, before anything is
 * stored. {@code text} is exactly as in the file (line endings not yet unified) and span offsets
 * are code points into it, end exclusive. Fields a format does not carry are empty, null or
 * {@link Relevance#UNSET}: {@code status}, {@code importedAt} may be null.
 *
 * <p>{@code where} names the document for messages ("news.jsonl:12", "a/b.ann").
 * {@code problems} are spans the reader already refused, each one line naming file, line and
 * reason; the rest of the document still imports. {@code events} are the document's events, their
 * spans named by index into {@code spans}. {@code labels} are the definitions the file gives of the
 * labels its spans use, by the name the spans use (Hashiya's JSONL; none in other files).
 */
public record AnnotatedDocument(String where, String text, ArticleMetadata metadata, String sourcePath,
                                String encoding, Instant importedAt, ArticleStatus status, Relevance relevance,
                                List<String> tags, String note, List<DocumentSpan> spans, List<String> problems,
                                List<DocumentEvent> events, Map<String, DocumentLabel> labels) {
    public AnnotatedDocument {
        metadata = metadata == null ? new ArticleMetadata("", "", "", "") : metadata;
        sourcePath = sourcePath == null ? "" : sourcePath;
        encoding = encoding == null ? "" : encoding;
        relevance = relevance == null ? Relevance.UNSET : relevance;
        tags = tags == null ? List.of() : List.copyOf(tags);
        note = note == null ? "" : note;
        spans = List.copyOf(spans);
        problems = problems == null ? List.of() : List.copyOf(problems);
        events = events == null ? List.of() : List.copyOf(events);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** A document whose file defines none of its labels. */
    public AnnotatedDocument(String where, String text, ArticleMetadata metadata, String sourcePath, String encoding,
                             Instant importedAt, ArticleStatus status, Relevance relevance, List<String> tags,
                             String note, List<DocumentSpan> spans, List<String> problems,
                             List<DocumentEvent> events) {
        this(where, text, metadata, sourcePath, encoding, importedAt, status, relevance, tags, note, spans, problems,
                events, Map.of());
    }

    /** A document without events. */
    public AnnotatedDocument(String where, String text, ArticleMetadata metadata, String sourcePath, String encoding,
                             Instant importedAt, ArticleStatus status, Relevance relevance, List<String> tags,
                             String note, List<DocumentSpan> spans, List<String> problems) {
        this(where, text, metadata, sourcePath, encoding, importedAt, status, relevance, tags, note, spans, problems,
                List.of());
    }
}
