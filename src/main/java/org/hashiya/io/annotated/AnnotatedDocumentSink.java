package org.hashiya.io.annotated;

/**
 * Receives what a reader of annotated files finds, in file order: each document it could read,
 * and one line for each problem that concerns a whole file rather than one span ("a.txt: not
 * UTF-8 text"). Problems with single spans travel inside their {@link AnnotatedDocument}.
 */
public interface AnnotatedDocumentSink {

    /** One document read, with any spans the reader refused listed in its problems. */
    void document(AnnotatedDocument doc);

    /** A problem naming its file (and line where there is one), for the user to read. */
    void problem(String message);
}
