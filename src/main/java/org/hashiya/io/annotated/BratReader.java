package org.hashiya.io.annotated;

import java.io.IOException;
import java.nio.file.Path;

/** PLACEHOLDER: being written on another branch. */
public final class BratReader {
    private BratReader() {
    }

    public static void read(Path annFile, Path txtFile, AnnotatedDocumentSink sink) throws IOException {
        throw new UnsupportedOperationException("BratReader is not written yet");
    }
}
