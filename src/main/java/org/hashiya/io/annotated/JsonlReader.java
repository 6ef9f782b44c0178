package org.hashiya.io.annotated;

import java.io.IOException;
import java.nio.file.Path;

/** PLACEHOLDER: being written on another branch. */
public final class JsonlReader {
    private JsonlReader() {
    }

    public static void read(Path file, AnnotatedDocumentSink sink) throws IOException {
        throw new UnsupportedOperationException("JsonlReader is not written yet");
    }
}
