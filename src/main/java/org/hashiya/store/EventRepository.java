package org.hashiya.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventAttributes;

/**
 * Stored events: one per trigger span, each with its arguments (role fillers) in the order they
 * were filled, and incidents grouping reports of one real-world event. Each call is one transaction.
 */
public interface EventRepository {

    /** Stores a new event without arguments on this trigger span and returns it with its id. */
    Event add(long articleId, long triggerSpanId, EventAttributes attributes);

    /**
     * Writes the events exactly as given, ids and arguments included, inserting or overwriting,
     * and deletes the events with the ids in {@code deleted}, all in one transaction (undo, redo
     * and every edit use it).
     */
    void write(List<Event> events, List<Long> deleted);

    default void put(Event event) {
        write(List.of(event), List.of());
    }

    default void delete(long eventId) {
        write(List.of(), List.of(eventId));
    }

    Optional<Event> find(long eventId);

    /** The article's events, ordered by their trigger's start, then id. */
    List<Event> findByArticle(long articleId);

    /** The events whose roles this span fills (in any article). */
    List<Event> findByFiller(long spanId);

    /** The events linked to this incident. */
    List<Event> findByIncident(long incidentId);

    /** A new incident id. */
    long newIncident(Instant at);

    /** Every event ordered by article, trigger start and id, one at a time. */
    void forEach(Consumer<Event> action);

    int count();

    /** How many fillers role {@code role} holds in the events of event label {@code eventLabelId}. */
    int countArguments(String eventLabelId, String role);

    /** Renames role {@code from} to {@code to} in every event of event label {@code eventLabelId}; returns how many fillers. */
    int renameRole(String eventLabelId, String from, String to);
}
