package org.hashiya.io.annotated;

/**
 * Receives what a reader of annotated files (JSONL, brat) finds, one document at a time, in file
 * order, so that a large file never has to be held in memory.
 */
public interface AnnotatedDocumentSink {

    /**
     * One document the file brings. Problems that concern only part of it (a refused span, a field
     * left empty) travel in {@link AnnotatedDocument#problems()}.
     */
    void document(AnnotatedDocument doc);

    /**
     * Part of the file that gives no document at all (a line that is not JSON, a record without a
     * text), as one line naming file, line and reason: "news.jsonl:12: not JSON: ...".
     */
    void problem(String message);
}
