package org.hashiya.bench.merge;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Gives a generated coder library events and a registry, written straight with SQL (as many as a
 * busy coder leaves, far faster than one transaction each): on every article an event on its first
 * event span with its first actor span as Attacker and its first place span as Place, ten events to
 * an incident; an actor entry for each distinct text of an actor label (the first 2,000) with every
 * span of that text and label linked to it.
 */
final class EventsAndRegistry {
    private EventsAndRegistry() {
    }

    /** Returns {events, arguments, entries, links}. */
    static long[] write(Path library) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            int events = st.executeUpdate("INSERT INTO event (article_id, trigger_span_id) SELECT s.article_id, min(s.id)"
                    + " FROM span s JOIN label l ON l.id = s.label_id WHERE l.kind = 'event' GROUP BY s.article_id");
            int arguments = 0;
            String[][] roles = {{"Attacker", "actor"}, {"Place", "place"}};
            for (int i = 0; i < roles.length; i++) {
                arguments += st.executeUpdate("INSERT INTO event_argument (event_id, position, role, filler_span_id)"
                        + " SELECT id, " + i + ", '" + roles[i][0] + "', filler FROM (SELECT e.id, (SELECT min(f.id)"
                        + " FROM span f JOIN label fl ON fl.id = f.label_id WHERE f.article_id = e.article_id"
                        + " AND fl.kind = '" + roles[i][1] + "') AS filler FROM event e) WHERE filler IS NOT NULL");
            }
            st.executeUpdate("INSERT INTO incident (id, created_at) SELECT DISTINCT id / 10 + 1, '2026-12-01T00:00:00Z'"
                    + " FROM event");
            st.executeUpdate("UPDATE event SET incident_id = id / 10 + 1");
            int entries = st.executeUpdate("INSERT INTO registry_entry (kind, name, actor_type) SELECT 'actor', s.text,"
                    + " s.label_id FROM span s JOIN label l ON l.id = s.label_id WHERE l.kind = 'actor'"
                    + " AND s.text NOT GLOB '*[|]*' AND instr(s.text, char(10)) = 0 GROUP BY s.text, s.label_id ORDER BY s.text, s.label_id LIMIT 2000");
            int links = st.executeUpdate("INSERT INTO span_entry (span_id, entry_id) SELECT s.id, r.id FROM span s"
                    + " JOIN registry_entry r ON r.name = s.text AND r.actor_type = s.label_id");
            c.commit();
            return new long[] {events, arguments, entries, links};
        }
    }
}
