package org.hashiya.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;

/**
 * Reads every event with its arguments from one cursor ordered by article id, handing them out
 * article by article while the articles are read in the same order (export streams a library this
 * way: one query for all events, never one per article or span). A library without events costs
 * one empty query.
 */
final class EventsByArticle {
    /** Events with their arguments (columns 13 and 14, null for an event without any), in article, trigger and fill order. */
    static final String SQL = "SELECT " + SqliteEventRepository.COLUMNS + ", ea.role, ea.filler_span_id"
            + SqliteEventRepository.FROM + " LEFT JOIN event_argument ea ON ea.event_id = e.id"
            + " ORDER BY e.article_id, t.start_cp, e.id, ea.position";

    private final ResultSet rows;
    private boolean onRow;

    /** {@code rows}: the result of {@link #SQL}, not yet stepped. */
    EventsByArticle(ResultSet rows) throws SQLException {
        this.rows = rows;
        this.onRow = rows.next();
    }

    /** The events of this article; those of articles before it (not chosen) are skipped. Ask in rising article order. */
    List<Event> take(long articleId) throws SQLException {
        List<Event> events = null;
        while (onRow && rows.getLong(2) <= articleId) {
            boolean wanted = rows.getLong(2) == articleId;
            Event event = wanted ? SqliteEventRepository.eventOf(rows) : null;
            long eventId = rows.getLong(1);
            List<EventArgument> arguments = new ArrayList<>(2);
            do {
                String role = rows.getString(13);
                if (wanted && role != null) {
                    arguments.add(new EventArgument(role, rows.getLong(14)));
                }
                onRow = rows.next();
            } while (onRow && rows.getLong(1) == eventId);
            if (wanted) {
                if (events == null) {
                    events = new ArrayList<>();
                }
                events.add(new Event(event.id(), event.articleId(), event.triggerSpanId(), event.attributes(),
                        arguments, event.incidentId()));
            }
        }
        return events == null ? List.of() : events;
    }
}
