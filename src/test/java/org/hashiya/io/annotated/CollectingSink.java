package org.hashiya.io.annotated;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands over, in order. */
final class CollectingSink implements AnnotatedDocumentSink {
    final List<AnnotatedDocument> documents = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void document(AnnotatedDocument doc) {
        documents.add(doc);
    }

    @Override
    public void problem(String message) {
        problems.add(message);
    }

    /** Problems of the documents and of the lines, all together. */
    List<String> allProblems() {
        List<String> all = new ArrayList<>(problems);
        documents.forEach(d -> all.addAll(d.problems()));
        return all;
    }
}
