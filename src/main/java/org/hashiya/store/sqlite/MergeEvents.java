package org.hashiya.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.store.LibraryMerge.EventsOutcome;

/**
 * The event roles, events, arguments and incidents of one merge source, after its labels,
 * articles and spans are in (needs temp.merge_label and temp.merge_span). An event is known by its
 * trigger span (one event per trigger): one MINE has on that span keeps its attributes and gains
 * the arguments (same role and filler) it lacks; one MINE lacks is added with theirs. Each of
 * their incidents becomes one incident of MINE: the one MINE already put one of its events in
 * (the smallest id, when several), else a new one; only events without an incident join it, so
 * merging again adds nothing and no event moves from one incident to another.
 */
final class MergeEvents {
    private final Connection connection;
    private final String theirs;

    MergeEvents(Connection connection, String theirs) {
        this.connection = connection;
        this.theirs = theirs;
    }

    EventsOutcome run() throws SQLException {
        List<String> roles = copyRoles();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE merge_event (their_id INTEGER PRIMARY KEY, my_id INTEGER)");
            st.execute("INSERT INTO temp.merge_event SELECT e.id, m.id FROM " + theirs + ".event e"
                    + " JOIN temp.merge_span s ON s.their_id = e.trigger_span_id"
                    + " LEFT JOIN main.event m ON m.trigger_span_id = s.my_id");
            int already = SqliteLibraryMerge.intOf(st, "SELECT count(*) FROM temp.merge_event WHERE my_id IS NOT NULL");
            int added = st.executeUpdate("INSERT INTO main.event (article_id, trigger_span_id, event_date, date_precision,"
                    + " certainty, polarity, modality, fatalities, injured, note) SELECT t.article_id, t.id, e.event_date,"
                    + " e.date_precision, e.certainty, e.polarity, e.modality, e.fatalities, e.injured, e.note FROM "
                    + theirs + ".event e JOIN temp.merge_event x ON x.their_id = e.id"
                    + " JOIN temp.merge_span s ON s.their_id = e.trigger_span_id JOIN main.span t ON t.id = s.my_id"
                    + " WHERE x.my_id IS NULL ORDER BY e.id ON CONFLICT (trigger_span_id) DO NOTHING");
            st.executeUpdate("UPDATE temp.merge_event SET my_id = (SELECT m.id FROM " + theirs + ".event e"
                    + " JOIN temp.merge_span s ON s.their_id = e.trigger_span_id"
                    + " JOIN main.event m ON m.trigger_span_id = s.my_id WHERE e.id = merge_event.their_id) WHERE my_id IS NULL");
            int arguments = copyArguments(st);
            int incidents = copyIncidents(st);
            st.execute("DROP TABLE temp.merge_event");
            return new EventsOutcome(added, already, arguments, incidents, roles);
        }
    }

    /**
     * Roles of their event types that MINE's (same label through the label mapping) lack, after
     * MINE's, in their order; filler label ids mapped like labels. Returns them as LABEL.Role.
     */
    private List<String> copyRoles() throws SQLException {
        Map<String, String> labelMap = new HashMap<>();
        Map<String, String> eventLabels = new HashMap<>();
        Set<String> myRoles = new HashSet<>();
        Map<String, Integer> nextPosition = new HashMap<>();
        try (Statement st = connection.createStatement()) {
            // only event labels have roles (a damaged or hand-edited library may say otherwise)
            try (ResultSet rs = st.executeQuery("SELECT their_id, my_id FROM temp.merge_label x"
                    + " JOIN main.label m ON m.id = x.my_id WHERE m.kind = 'event'")) {
                while (rs.next()) {
                    eventLabels.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT their_id, my_id FROM temp.merge_label")) {
                while (rs.next()) {
                    labelMap.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT label_id, name, position FROM main.event_role")) {
                while (rs.next()) {
                    myRoles.add(rs.getString(1) + "." + rs.getString(2));
                    nextPosition.merge(rs.getString(1), rs.getInt(3) + 1, Math::max);
                }
            }
        }
        List<String> added = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT label_id, name, required, repeatable, fillers FROM " + theirs
                     + ".event_role ORDER BY label_id, position");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.event_role (label_id, name,"
                     + " position, required, repeatable, fillers) VALUES (?, ?, ?, ?, ?, ?)")) {
            while (rs.next()) {
                String label = eventLabels.get(rs.getString(1));
                String name = rs.getString(2);
                if (label == null || !myRoles.add(label + "." + name)) {
                    continue; // MINE's already, or not of an event label here
                }
                List<String> fillers = new ArrayList<>();
                for (String filler : rs.getString(5).split(" ")) {
                    if (labelMap.containsKey(filler)) {
                        fillers.add(labelMap.get(filler));
                    } else if (!filler.isEmpty() && filler.equals(filler.toLowerCase(java.util.Locale.ROOT))) {
                        fillers.add(filler); // a kind (lowercase; label ids are capitals); no label of theirs is dropped
                    }
                }
                int position = nextPosition.getOrDefault(label, 0);
                nextPosition.put(label, position + 1);
                insert.setString(1, label);
                insert.setString(2, name);
                insert.setInt(3, position);
                insert.setInt(4, rs.getInt(3));
                insert.setInt(5, rs.getInt(4));
                insert.setString(6, String.join(" ", fillers));
                insert.executeUpdate();
                added.add(label + "." + name);
            }
        }
        return added;
    }

    /** Their arguments each event of MINE lacks (same role and filler), after its own, in their order. */
    private int copyArguments(Statement st) throws SQLException {
        st.execute("CREATE TEMP TABLE merge_argument AS SELECT x.my_id AS event_id, min(a.position) AS their_position,"
                + " a.role AS role, f.my_id AS filler, coalesce((SELECT max(k.position) FROM main.event_argument k"
                + " WHERE k.event_id = x.my_id), -1) AS base FROM " + theirs + ".event_argument a"
                + " JOIN temp.merge_event x ON x.their_id = a.event_id JOIN temp.merge_span f ON f.their_id = a.filler_span_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM main.event_argument k WHERE k.event_id = x.my_id AND k.role = a.role"
                + " AND k.filler_span_id = f.my_id) GROUP BY x.my_id, a.role, f.my_id");
        int added = st.executeUpdate("INSERT INTO main.event_argument (event_id, position, role, filler_span_id)"
                + " SELECT event_id, base + row_number() OVER (PARTITION BY event_id ORDER BY their_position), role, filler"
                + " FROM temp.merge_argument n ORDER BY event_id, their_position");
        st.execute("DROP TABLE temp.merge_argument");
        return added;
    }

    /** Their incidents as MINE's; returns how many incidents MINE gained. */
    private int copyIncidents(Statement st) throws SQLException {
        String eventsOf = " FROM " + theirs + ".event e JOIN temp.merge_event x ON x.their_id = e.id"
                + " JOIN main.event m ON m.id = x.my_id WHERE e.incident_id = i.id";
        st.execute("CREATE TEMP TABLE merge_incident (their_id INTEGER PRIMARY KEY, my_id INTEGER)");
        st.execute("INSERT INTO temp.merge_incident SELECT i.id, (SELECT min(m.incident_id)" + eventsOf
                + ") FROM " + theirs + ".incident i WHERE EXISTS (SELECT 1" + eventsOf + ") ORDER BY i.id");
        int added = 0;
        try (PreparedStatement missing = connection.prepareStatement(
                     "SELECT their_id FROM temp.merge_incident WHERE my_id IS NULL ORDER BY their_id");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO main.incident (created_at, note)"
                     + " SELECT created_at, note FROM " + theirs + ".incident WHERE id = ?");
             PreparedStatement map = connection.prepareStatement(
                     "UPDATE temp.merge_incident SET my_id = last_insert_rowid() WHERE their_id = ?")) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = missing.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            for (long id : ids) {
                insert.setLong(1, id);
                insert.executeUpdate();
                map.setLong(1, id);
                map.executeUpdate();
                added++;
            }
        }
        st.executeUpdate("UPDATE main.event SET incident_id = (SELECT i.my_id FROM temp.merge_event x JOIN " + theirs
                + ".event e ON e.id = x.their_id JOIN temp.merge_incident i ON i.their_id = e.incident_id"
                + " WHERE x.my_id = main.event.id) WHERE incident_id IS NULL AND id IN (SELECT x.my_id FROM temp.merge_event x"
                + " JOIN " + theirs + ".event e ON e.id = x.their_id WHERE e.incident_id IS NOT NULL)");
        st.execute("DROP TABLE temp.merge_incident");
        return added;
    }
}
