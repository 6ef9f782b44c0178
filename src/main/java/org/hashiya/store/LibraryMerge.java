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
 * added; a label id MINE has with another kind is kept apart under another id. Roles of event types
 * MINE lacks are added the same way.
 *
 * <p>Their events come in on MINE's copies of their trigger spans (found by span UUID, or by the
 * same-span rule above) with their attributes and arguments; an event MINE already has on that
 * trigger keeps its attributes and gains only the arguments (role and filler) it lacks. Each of
 * their incidents becomes one incident of MINE (or joins the incident MINE already put one of its
 * events in); only events without an incident are put in one. Their registry entries are matched
 * to MINE's by Wikidata id (same kind, both have one) or else by kind, name (search key) and actor
 * type or place country and province ({@link org.hashiya.domain.RegistryEntry#identity()}); one MINE
 * lacks is added under a new id. Their span links come along to MINE's entry, for spans MINE has
 * not linked. Nothing of MINE is changed or deleted otherwise.
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

    /**
     * Their events: added, already here (same trigger), arguments added (to new events and to ones
     * already here), incidents added, and event roles added ({@code LABEL.Role}).
     */
    record EventsOutcome(int added, int alreadyThere, int argumentsAdded, int incidentsAdded, List<String> rolesAdded) {
        public static final EventsOutcome NONE = new EventsOutcome(0, 0, 0, 0, List.of());

        public EventsOutcome {
            rolesAdded = List.copyOf(rolesAdded);
        }

        public boolean addedNothing() {
            return added == 0 && argumentsAdded == 0 && incidentsAdded == 0 && rolesAdded.isEmpty();
        }
    }

    /** Their registry entries: added, matched to one of MINE's, and span links added. */
    record RegistryOutcome(int added, int matched, int linksAdded) {
        public static final RegistryOutcome NONE = new RegistryOutcome(0, 0, 0);

        public boolean addedNothing() {
            return added == 0 && linksAdded == 0;
        }
    }

    /** What one source brought. */
    record Outcome(Path file, String owner, int newArticles, int matchedArticles, long spansAdded,
                   long spansAlreadyThere, int codingsAdded, int codingsAlreadyThere, List<String> labelsAdded,
                   List<LabelClash> clashes, EventsOutcome events, RegistryOutcome registry) {
        public Outcome {
            labelsAdded = List.copyOf(labelsAdded);
            clashes = List.copyOf(clashes);
        }

        public boolean addedNothing() {
            return newArticles == 0 && spansAdded == 0 && codingsAdded == 0 && labelsAdded.isEmpty()
                    && events.addedNothing() && registry.addedNothing();
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
