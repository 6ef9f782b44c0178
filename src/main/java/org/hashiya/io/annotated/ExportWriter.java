package org.hashiya.io.annotated;

import java.io.Closeable;
import java.io.IOException;
import org.hashiya.domain.AnnotatedArticle;

/**
 * Writes annotated articles in one export format, one article at a time, in the order given, so
 * an export never holds more than one article in memory. {@link #close()} finishes the output
 * (flushes, writes any closing files); the caller moves the finished output into place.
 */
public interface ExportWriter extends Closeable {

    /** Writes one article and the spans it carries. */
    void write(AnnotatedArticle article) throws IOException;

    /** Records written so far: spans for spans-csv, tokens for CoNLL, event arguments (and events without any) for events-csv, articles otherwise. */
    long rows();

    @Override
    void close() throws IOException;
}
