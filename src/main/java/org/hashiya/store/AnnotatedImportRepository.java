package org.hashiya.store;

import java.util.List;
import org.hashiya.domain.NewAnnotatedArticle;

/**
 * Stores articles that arrive with their annotations, each whole or not at all. An article whose
 * text (by SHA-256) is already stored is not stored again: its spans attach to the stored article,
 * whose metadata and annotation stay as they are. A span already there is not added twice: one
 * that brings a UUID is there when a stored span has that UUID; one without, when a span of the
 * same article, label, start, end and annotator is.
 *
 * <p>An article's events are stored in the same transaction as its spans, on the spans they name
 * (new ones or those already there). An event whose trigger span already triggers one is already
 * there and is not added again. Events whose incident key is the same within one load (one
 * import) are linked as one new incident; a key an event already there carries joins its incident.
 */
public interface AnnotatedImportRepository {

    /**
     * What became of one article: its id, whether it was new, how many spans and events were added
     * or already there, and the events that could not be stored, each with the reason.
     */
    record Stored(long articleId, boolean newArticle, int spansAdded, int spansAlreadyThere, int eventsAdded,
                  int eventsAlreadyThere, List<EventLeftOut> eventsLeftOut) {
        public Stored {
            eventsLeftOut = List.copyOf(eventsLeftOut);
        }

        /** An article without events. */
        public Stored(long articleId, boolean newArticle, int spansAdded, int spansAlreadyThere) {
            this(articleId, newArticle, spansAdded, spansAlreadyThere, 0, 0, List.of());
        }
    }

    /**
     * An event (by index into the article's events) or one of its arguments that was not stored:
     * a span it names turned out to be another article's (same UUID). {@code reason} says which.
     */
    record EventLeftOut(int event, String reason) {
    }

    /** Stores the articles in one transaction, in order; either all are stored or none is. Incidents as in one load. */
    List<Stored> storeAll(List<NewAnnotatedArticle> articles);

    /**
     * Begins a load of many batches (one import). While it lasts the store may put off keeping its
     * span indexes current, when that is faster for what arrives; closing the load brings them up
     * to date (and so does the next opening of the library, if the program died before).
     */
    BulkLoad bulkLoad();

    /** One import's batches: {@link #storeAll} as the repository's, then {@link #close}. */
    interface BulkLoad extends AutoCloseable {
        /** As {@link AnnotatedImportRepository#storeAll}: one transaction, all or nothing. */
        List<Stored> storeAll(List<NewAnnotatedArticle> articles);

        /** Brings the indexes up to date; may take seconds after a large load. */
        @Override
        void close();
    }
}
