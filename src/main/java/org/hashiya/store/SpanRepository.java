package org.hashiya.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;

/** Stored spans. Offsets are code points, end exclusive. Each call is one transaction. */
public interface SpanRepository {

    /** Stores a new span and returns it with its id; {@code updatedAt} equals {@code createdAt}. */
    Span add(NewSpan span);

    /**
     * Writes the span exactly as given, id and timestamps included, inserting or overwriting.
     * Undo and redo use it to bring back a span identical to what it was.
     */
    void put(Span span);

    /** Gives the span another label; returns the span as stored now. */
    Span updateLabel(long spanId, String labelId, Instant at);

    /** Replaces the span's note; returns the span as stored now. */
    Span updateNote(long spanId, String note, Instant at);

    /** Deletes the span; false if there was none with this id. */
    boolean delete(long spanId);

    Optional<Span> find(long spanId);

    /** The article's spans ordered by start, then end, then id. */
    List<Span> findByArticle(long articleId);

    /** Every span in the library ordered by article, then start, end and id. */
    List<Span> listAll();

    /**
     * Hands every span to {@code action} in the order of {@link #listAll()}, one row at a time, so
     * a library with millions of spans can be written out without holding them all in memory.
     */
    void forEach(Consumer<Span> action);

    int countByArticle(long articleId);

    int count();
}
