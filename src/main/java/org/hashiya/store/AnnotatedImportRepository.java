package org.hashiya.store;

import java.util.List;
import org.hashiya.domain.NewAnnotatedArticle;

/**
 * Stores articles that arrive with their annotations, each whole or not at all. An article whose
 * text (by SHA-256) is already stored is not stored again: its spans attach to the stored article,
 * whose metadata and annotation stay as they are. A span already there is not added twice: one
 * that brings a UUID is there when a stored span has that UUID; one without, when a span of the
 * same article, label, start, end and annotator is.
 */
public interface AnnotatedImportRepository {

    /** What became of one article: its id, whether it was new, how many spans were added or already there. */
    record Stored(long articleId, boolean newArticle, int spansAdded, int spansAlreadyThere) {
    }

    /** Stores the articles in one transaction, in order; either all are stored or none is. */
    List<Stored> storeAll(List<NewAnnotatedArticle> articles);
}
