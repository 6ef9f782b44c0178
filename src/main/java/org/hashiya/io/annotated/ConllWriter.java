package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.LabelSchema;

/** PLACEHOLDER: being written on another branch. */
public final class ConllWriter implements ExportWriter {
    public ConllWriter(Writer out) throws IOException {
        throw new UnsupportedOperationException("ConllWriter is not written yet");
    }

    @Override
    public void write(AnnotatedArticle article) throws IOException {
        throw new UnsupportedOperationException();
    }

    @Override
    public long rows() {
        return 0;
    }

    @Override
    public void close() throws IOException {
    }
}
