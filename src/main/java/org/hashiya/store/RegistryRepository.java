package org.hashiya.store;

import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hashiya.domain.RegistryEntry;

/**
 * The registry of canonical actors and places, and which span stands for which entry. Ids are
 * unique across actors and places. Each call is one transaction.
 */
public interface RegistryRepository {

    /** Stores a new entry (its id is ignored) and returns it with its id. */
    RegistryEntry add(RegistryEntry entry);

    /** Stores every entry in one transaction, all or none; returns them with their ids, in order. */
    List<RegistryEntry> addAll(List<? extends RegistryEntry> entries);

    /**
     * Writes the entry exactly as given, id included, inserting or overwriting (edit, and undo
     * bringing back a deleted entry). An entry cannot change between actor and place.
     */
    void put(RegistryEntry entry);

    /** Deletes the entry; false if there was none. Refused (LibraryException) while spans link to it. */
    boolean delete(long entryId);

    /**
     * Writes back and deletes entries in one transaction (undo and redo of a whole import):
     * {@code put} as by {@link #put}, then {@code deleteIds} as by {@link #delete}; all or none.
     */
    void change(List<? extends RegistryEntry> put, Collection<Long> deleteIds);

    Optional<RegistryEntry> find(long entryId);

    /** Every entry: actors and places, by id. */
    List<RegistryEntry> listAll();

    int count();

    /** Links the span to the entry, replacing any link it had. */
    void link(long spanId, long entryId);

    /** Forgets the span's link; false if it had none. */
    boolean unlink(long spanId);

    /** The entry the span stands for, if linked. */
    Optional<Long> entryOf(long spanId);

    /** Span id to entry id for the article's linked spans. */
    Map<Long, Long> linksOfArticle(long articleId);

    /** How many spans link to the entry. */
    int countLinks(long entryId);

    /** Span id to entry id for the given spans that are linked. */
    Map<Long, Long> linksOf(Collection<Long> spanIds);

    /**
     * Accepted occurrences, in one transaction: each new span stored and linked to {@code entryId},
     * and each of {@code existingSpanIds} linked to it (replacing another link). All or none; returns
     * the spans made, in the order given.
     */
    List<Span> addLinkedSpans(List<NewSpan> spans, Collection<Long> existingSpanIds, long entryId);

    /**
     * Undo and redo of accepted occurrences, in one transaction: {@code put} written back exactly
     * as they were, then each link set ({@code links}: span id to entry id, or empty to unlink),
     * then the spans {@code deleteSpanIds} deleted with their links.
     */
    void restoreLinkedSpans(List<Span> put, Map<Long, Optional<Long>> links, Collection<Long> deleteSpanIds);
}
