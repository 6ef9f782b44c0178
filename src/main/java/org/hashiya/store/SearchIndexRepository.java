package org.hashiya.store;

import java.util.List;

/**
 * The library's full-text index: a normalized copy of each article's words
 * ({@code text.SearchIndexText}), written in the same transaction as the article it belongs to and
 * forgotten with it. Libraries made before the index existed hold articles that are not indexed
 * yet; {@link #indexSome} catches up on them in batches.
 */
public interface SearchIndexRepository {

    /** A candidate article met while streaming: its id and stored text. */
    interface CandidateVisitor {
        /** Returns false to stop the stream. */
        boolean visit(long articleId, String text);
    }

    /** How many articles are not in the index yet. */
    int countNotIndexed();

    /**
     * Indexes up to {@code limit} of the articles not in the index yet, lowest ids first, in one
     * transaction; returns how many it indexed (0 when every article is indexed).
     */
    int indexSome(int limit);

    /**
     * Streams, by ascending id, every indexed article whose normalized copy holds {@code terms} as a
     * phrase (one term: anywhere), with its stored text. Read on a connection of its own.
     */
    void forEachCandidate(List<String> terms, CandidateVisitor visitor);

    /**
     * Streams, by ascending id, every indexed article holding any one of {@code phrases} (each a
     * list of terms as for {@link #forEachCandidate}), once, with its stored text: one index query
     * for all the names of a registry entry.
     */
    void forEachCandidateOfAny(List<List<String>> phrases, CandidateVisitor visitor);

    /** As {@link #forEachCandidateOfAny} within one article. */
    void forEachCandidateOfAny(List<List<String>> phrases, long articleId, CandidateVisitor visitor);
}
