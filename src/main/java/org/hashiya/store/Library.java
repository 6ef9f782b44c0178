package org.hashiya.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/** An open library file and the repositories over it. Close it when done. */
public interface Library extends AutoCloseable {
    Path file();

    ArticleRepository articles();

    SettingsRepository settings();

    LabelRepository labels();

    SpanRepository spans();

    ArticleAnnotationRepository articleAnnotations();

    /** Filtered, streamed reads across the library (export, listings, review). */
    SelectionRepository selection();

    /** Counts over a selection (statistics), aggregated by the store. */
    StatisticsRepository statistics();

    /** The review table over every span: keyset pages, bulk changes with undo, its derived index. */
    ReviewRepository review();

    /** Articles arriving with their annotations (import of annotated files). */
    AnnotatedImportRepository annotatedImports();
    /** Events on trigger spans, their role fillers, incidents. */
    EventRepository events();

    /** The review view's events, a page at a time. */
    EventReviewRepository eventReview();

    /** Other coders' libraries brought into this one. */
    LibraryMerge merges();

    /** The full-text index over the articles' words, kept with the articles. */
    SearchIndexRepository searchIndex();

    /** Canonical actors and places, and the spans linked to them. */
    RegistryRepository registry();

    /**
     * Runs {@code work} as one transaction: every write it makes through this library's repositories
     * is stored together when it returns, or not at all when it throws (the exception goes on). Other
     * threads' writes wait for it. Reads made inside see its writes, except the long reads that use
     * a connection of their own ({@link #selection()}, {@link #statistics()}, the review table's pages).
     */
    <T> T inTransaction(String what, Supplier<T> work);

    @Override
    void close();
}
