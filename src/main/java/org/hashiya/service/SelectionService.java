package org.hashiya.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.store.Library;

/**
 * Answers a {@link SpanFilter} for the command line, the workbench and export: counts, the chosen
 * spans streamed in order, and the values a filter can choose from.
 */
public final class SelectionService {
    private final Library library;

    public SelectionService(Library library) {
        this.library = library;
    }

    public long countSpans(SpanFilter filter) {
        return library.selection().countSpans(filter);
    }

    public long countArticles(SpanFilter filter) {
        return library.selection().countArticles(filter);
    }

    /** The chosen spans ordered by article, start, end and id, one at a time (never all in memory). */
    public void forEachSpan(SpanFilter filter, Consumer<Span> action) {
        library.selection().forEachSpan(filter, action);
    }

    /** Annotator names that spans carry, sorted. */
    public List<String> annotators() {
        return library.selection().annotators();
    }

    /** Article tags in use, sorted. */
    public List<String> tags() {
        return library.selection().tags();
    }

    /** The filter's label ids that the library's schema does not have (a typo, most likely). */
    public List<String> unknownLabels(SpanFilter filter) {
        LabelSchema schema = library.labels().schema();
        List<String> unknown = new ArrayList<>();
        for (String id : filter.labels()) {
            if (schema.byId(id).isEmpty()) {
                unknown.add(id);
            }
        }
        unknown.sort(null);
        return unknown;
    }
}
