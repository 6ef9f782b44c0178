package org.hashiya.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Brings other coders' libraries into this one ("MINE"), in one transaction: all of them or
 * nothing. Articles match by the SHA-256 of their text; new ones come with their metadata. Their
 * spans come in with their UUIDs and annotator names (a span with no annotator under the source's
 * {@code owner}); a span whose UUID is already here, or that matches one here by article, label,
 * start, end and annotator, is not added again. Their article status, relevance, tags and note
 * become an article coding under {@code owner} (MINE's own stay as they are). Labels MINE lacks are
 * added; a label id MINE has with another kind is kept apart under another id. Nothing of MINE is
 * changed or deleted.
 */
public interface LibraryMerge {

    /** One library to bring in, and the name its article-level annotations come in under. */
    record Source(Path file, String owner) {
    }

    /** What a library holds, read without writing anything. */
    record Inspection(Path file, int schemaVersion, int articles, long spans, String mainAnnotator) {
    }

    /** A label id both libraries use for different kinds: theirs is kept apart as {@code keptAs}. */
    record LabelClash(String id, String myKind, String theirKind, String keptAs) {
    }

    /** What one source brought. */
    record Outcome(Path file, String owner, int newArticles, int matchedArticles, long spansAdded,
                   long spansAlreadyThere, int codingsAdded, int codingsAlreadyThere, List<String> labelsAdded,
                   List<LabelClash> clashes) {
        public Outcome {
            labelsAdded = List.copyOf(labelsAdded);
            clashes = List.copyOf(clashes);
        }

        public boolean addedNothing() {
            return newArticles == 0 && spansAdded == 0 && codingsAdded == 0 && labelsAdded.isEmpty();
        }
    }

    /** Told as the merge goes: articles of all sources done so far, of all. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void step(long done, long total);
    }

    /**
     * Reads {@code file} without writing to it or to MINE. Throws {@link LibraryException} naming the
     * file and the reason when it is missing, not a Hashiya library, written by a newer version, or
     * this library itself.
     */
    Inspection inspect(Path file);

    /**
     * Merges the sources in order in one transaction. Every source is inspected first; one that is
     * refused stops the merge before anything is written. Sources older than this version are read
     * from a migrated temporary copy; the files themselves are never written.
     */
    List<Outcome> merge(List<Source> sources, Progress progress);
}
