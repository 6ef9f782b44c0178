package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventAttributes;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration 14: the schema gets the default value lists of certainty, polarity and modality, and
 * the event table loses its fixed lists; events, their arguments and incidents are kept.
 */
class MigrationToV14Test {
    @TempDir
    Path dir;

    @Test
    void eventsAndTheirArgumentsSurviveAndAValueOutsideTheOldListsCanBeStored() throws Exception {
        Path file = dir.resolve("v13.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            for (Migration m : Migrations.ALL) {
                if (m.version() > 13) {
                    break;
                }
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + m.version());
            }
            st.execute("""
                    INSERT INTO article (id, text, length, sha256, title, source_path, encoding, imported_at)
                    VALUES (1, 'نص', 2, 'x', 't', 'p', 'UTF-8', '2026-12-01T00:00:00Z')""");
            st.execute("INSERT INTO incident (id, created_at) VALUES (4, '2026-12-01T00:00:00Z')");
            st.execute("""
                    INSERT INTO event (id, article_id, trigger_span_id, event_date, date_precision, certainty, polarity,
                                       modality, fatalities, injured, note, incident_id)
                    VALUES (7, 1, 30, '2024-03', 'month', 'claimed', 'negative', 'other', 3, NULL, 'ملاحظة', 4)""");
            st.execute("INSERT INTO event_argument (event_id, position, role, filler_span_id) VALUES (7, 0, 'Attacker', 31)");
            st.execute("INSERT INTO event_argument (event_id, position, role, filler_span_id) VALUES (7, 1, 'Place', 32)");
        }

        try (Library lib = SqliteLibrary.open(file, false)) {
            Event event = lib.events().find(7).orElseThrow();
            assertThat(event.attributes()).isEqualTo(new EventAttributes("2024-03", EventAttributes.Precision.MONTH,
                    "claimed", "negative", "other", 3, null, "ملاحظة"));
            assertThat(event.incidentId()).isEqualTo(4);
            assertThat(event.arguments()).containsExactly(new EventArgument("Attacker", 31), new EventArgument("Place", 32));
            assertThat(lib.labels().schema().eventAttributes()).isEqualTo(EventAttributeValues.DEFAULT);

            lib.events().put(event.withAttributes(new EventAttributes("", null, "alleged", "positive", "asserted",
                    null, null, "")));
            assertThat(lib.events().find(7).orElseThrow().attributes().certainty()).isEqualTo("alleged");
            assertThat(lib.events().find(7).orElseThrow().arguments()).hasSize(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'event'"
                    + " AND name IN ('event_article', 'event_incident', 'event_date', 'event_certainty', 'event_incident_order')")) {
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
        }
    }
}
