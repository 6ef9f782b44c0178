package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.store.EventRepository;
import org.hashiya.text.IsoInstants;

final class SqliteEventRepository implements EventRepository {
    /** The event columns {@link #eventOf} reads, in order (e: event, t: its trigger span). */
    static final String COLUMNS = "e.id, e.article_id, e.trigger_span_id, e.event_date, e.date_precision, e.certainty,"
            + " e.polarity, e.modality, e.fatalities, e.injured, e.note, e.incident_id";
    static final String FROM = " FROM event e LEFT JOIN span t ON t.id = e.trigger_span_id";
    private static final String ORDER = " ORDER BY e.article_id, t.start_cp, e.id";

    private final Connection connection;

    SqliteEventRepository(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Event add(long articleId, long triggerSpanId, EventAttributes attributes) {
        return Sql.inTransaction(connection, "store an event on span " + triggerSpanId, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "INSERT INTO event (article_id, trigger_span_id) VALUES (?, ?)")) {
                st.setLong(1, articleId);
                st.setLong(2, triggerSpanId);
                st.executeUpdate();
            }
            long id;
            try (PreparedStatement st = connection.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet rs = st.executeQuery()) {
                id = rs.getLong(1);
            }
            Event event = new Event(id, articleId, triggerSpanId, attributes, List.of(), 0);
            writeOne(event);
            return event;
        });
    }

    @Override
    public void write(List<Event> events, List<Long> deleted) {
        Sql.inTransaction(connection, "store " + (events.size() + deleted.size()) + " event changes", () -> {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM event WHERE id = ?")) {
                for (long id : deleted) {
                    st.setLong(1, id);
                    st.executeUpdate();
                }
            }
            for (Event event : events) {
                writeOne(event);
            }
            return null;
        });
    }

    private void writeOne(Event e) throws SQLException {
        EventAttributes a = e.attributes();
        try (PreparedStatement st = connection.prepareStatement("""
                INSERT INTO event (id, article_id, trigger_span_id, event_date, date_precision, certainty, polarity,
                                   modality, fatalities, injured, note, incident_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id,
                    trigger_span_id = excluded.trigger_span_id, event_date = excluded.event_date,
                    date_precision = excluded.date_precision, certainty = excluded.certainty,
                    polarity = excluded.polarity, modality = excluded.modality, fatalities = excluded.fatalities,
                    injured = excluded.injured, note = excluded.note, incident_id = excluded.incident_id""")) {
            st.setLong(1, e.id());
            st.setLong(2, e.articleId());
            st.setLong(3, e.triggerSpanId());
            bindAttributes(st, 4, a);
            if (e.incidentId() == 0) {
                st.setNull(12, Types.INTEGER);
            } else {
                st.setLong(12, e.incidentId());
            }
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM event_argument WHERE event_id = ?")) {
            st.setLong(1, e.id());
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO event_argument (event_id, position, role, filler_span_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < e.arguments().size(); i++) {
                EventArgument arg = e.arguments().get(i);
                st.setLong(1, e.id());
                st.setInt(2, i);
                st.setString(3, arg.role());
                st.setLong(4, arg.fillerSpanId());
                st.executeUpdate();
            }
        }
    }

    /**
     * Binds the attribute columns in table order (event_date, date_precision, certainty, polarity,
     * modality, fatalities, injured, note) from parameter {@code first} on.
     */
    static void bindAttributes(PreparedStatement st, int first, EventAttributes a) throws SQLException {
        st.setString(first, a.date());
        st.setString(first + 1, a.precisionId());
        st.setString(first + 2, a.certaintyId());
        st.setString(first + 3, a.polarity());
        st.setString(first + 4, a.modality());
        setCount(st, first + 5, a.fatalities());
        setCount(st, first + 6, a.injured());
        st.setString(first + 7, a.note());
    }

    private static void setCount(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    @Override
    public Optional<Event> find(long eventId) {
        return Sql.read(connection, "read event " + eventId,
                () -> query("SELECT " + COLUMNS + FROM + " WHERE e.id = ?", eventId).stream().findFirst());
    }

    @Override
    public List<Event> findByArticle(long articleId) {
        return Sql.read(connection, "read the events of article " + articleId,
                () -> query("SELECT " + COLUMNS + FROM + " WHERE e.article_id = ?" + ORDER, articleId));
    }

    @Override
    public List<Event> findByFiller(long spanId) {
        return Sql.read(connection, "read the events span " + spanId + " takes part in",
                () -> query("SELECT " + COLUMNS + FROM + " WHERE e.id IN (SELECT event_id FROM event_argument"
                        + " WHERE filler_span_id = ?)" + ORDER, spanId));
    }

    @Override
    public List<Event> findByIncident(long incidentId) {
        return Sql.read(connection, "read the events of incident " + incidentId,
                () -> query("SELECT " + COLUMNS + FROM + " WHERE e.incident_id = ?" + ORDER, incidentId));
    }

    @Override
    public long newIncident(Instant at) {
        return Sql.inTransaction(connection, "start an incident", () -> {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO incident (created_at) VALUES (?)")) {
                st.setString(1, IsoInstants.format(at));
                st.executeUpdate();
            }
            try (PreparedStatement st = connection.prepareStatement("SELECT last_insert_rowid()");
                 ResultSet rs = st.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void forEach(Consumer<Event> action) {
        Sql.read(connection, "list events", () -> {
            // arguments read in a second pass per batch would need a second cursor; events are few
            // beside spans, so they are read whole, then handed on
            query("SELECT " + COLUMNS + FROM + ORDER).forEach(action);
            return null;
        });
    }

    @Override
    public int count() {
        return Sql.read(connection, "count events", () -> {
            try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM event");
                 ResultSet rs = st.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }

    private static final String EVENTS_OF_LABEL =
            "SELECT e.id FROM event e JOIN span s ON s.id = e.trigger_span_id WHERE s.label_id = ?";

    @Override
    public int countArguments(String eventLabelId, String role) {
        return Sql.read(connection, "count the fillers of role " + role + " of " + eventLabelId, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "SELECT count(*) FROM event_argument WHERE role = ? AND event_id IN (" + EVENTS_OF_LABEL + ")")) {
                st.setString(1, role);
                st.setString(2, eventLabelId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public int renameRole(String eventLabelId, String from, String to) {
        return Sql.inTransaction(connection, "rename role " + from + " of " + eventLabelId, () -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE event_argument SET role = ? WHERE role = ? AND event_id IN (" + EVENTS_OF_LABEL + ")")) {
                st.setString(1, to);
                st.setString(2, from);
                st.setString(3, eventLabelId);
                return st.executeUpdate();
            }
        });
    }

    private List<Event> query(String sql, long... params) throws SQLException {
        Map<Long, Event> events = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setLong(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Event e = eventOf(rs);
                    events.put(e.id(), e);
                }
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EventArgument>> arguments = new LinkedHashMap<>();
        String ids = String.join(",", events.keySet().stream().map(String::valueOf).toList());
        try (PreparedStatement st = connection.prepareStatement("SELECT event_id, role, filler_span_id FROM event_argument"
                + " WHERE event_id IN (" + ids + ") ORDER BY event_id, position");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                arguments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new EventArgument(rs.getString(2), rs.getLong(3)));
            }
        }
        List<Event> result = new ArrayList<>(events.size());
        for (Event e : events.values()) {
            result.add(new Event(e.id(), e.articleId(), e.triggerSpanId(), e.attributes(),
                    arguments.getOrDefault(e.id(), List.of()), e.incidentId()));
        }
        return result;
    }

    /** An event without arguments from the 12 columns of {@link #COLUMNS}, starting at column 1. */
    static Event eventOf(ResultSet rs) throws SQLException {
        Integer fatalities = rs.getObject(9) == null ? null : rs.getInt(9);
        Integer injured = rs.getObject(10) == null ? null : rs.getInt(10);
        EventAttributes attributes = EventAttributes.stored(rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), fatalities == null ? "" : fatalities.toString(),
                injured == null ? "" : injured.toString(), rs.getString(11));
        long incident = rs.getLong(12);
        return new Event(rs.getLong(1), rs.getLong(2), rs.getLong(3), attributes, List.of(), rs.wasNull() ? 0 : incident);
    }
}
