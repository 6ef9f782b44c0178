package org.hashiya.service.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.service.search.IndexListener;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryMerge;

/**
 * Brings other coders' libraries into this one (see {@link LibraryMerge} for what comes in and what
 * stays). Each source comes in under its owner: the annotator with the most spans in it, or the
 * file's name without extension when it has no named spans. After the merge (one transaction) the
 * new articles are added to the search index, which is derived and may be built again at any time.
 */
public final class MergeService {
    /** Hears how far a merge has come: a phrase for a status line and a fraction, or -1 when unknown. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (what, fraction) -> { };

        void progress(String what, double fraction);
    }

    private final Library library;

    public MergeService(Library library) {
        this.library = library;
    }

    /** Merges {@code files} into the library; throws LibraryException, writing nothing, if one is refused. */
    public MergeReport merge(List<Path> files, Listener listener) {
        List<LibraryMerge.Source> sources = new ArrayList<>();
        for (Path file : files) {
            LibraryMerge.Inspection inspection = library.merges().inspect(file);
            sources.add(new LibraryMerge.Source(inspection.file(), ownerOf(inspection)));
        }
        listener.progress("Merging", 0);
        List<LibraryMerge.Outcome> outcomes = library.merges().merge(sources, (done, total) ->
                listener.progress("Merging: " + done + " of " + total + " articles", total == 0 ? 1 : (double) done / total));
        SearchService search = new SearchService(library);
        search.buildIndex((IndexListener) (done, total) ->
                listener.progress("Indexing the new articles: " + done + " of " + total, (double) done / total), () -> false);
        return new MergeReport(outcomes);
    }

    static String ownerOf(LibraryMerge.Inspection inspection) {
        if (!inspection.mainAnnotator().isBlank()) {
            return inspection.mainAnnotator();
        }
        String name = inspection.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
