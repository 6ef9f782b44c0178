package org.hashiya.io.annotated;

/** Receives what an annotated-file reader finds, in file order. */
public interface AnnotatedDocumentSink {

    /** One article with its spans (spans already refused are listed in its problems). */
    void document(AnnotatedDocument doc);

    /** Something that could not be read: one line naming file, line and reason. */
    void problem(String message);
}
