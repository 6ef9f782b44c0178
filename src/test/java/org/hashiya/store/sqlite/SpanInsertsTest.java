package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanInsertsTest {
    @TempDir
    Path dir;

    @Test
    void spansGoInFiftyToAStatementAndTheRestOneByOneEachStoredUuidLeftOutAndCounted() throws Exception {
        Path file = dir.resolve("lib.db");
        String label;
        try (SqliteLibrary library = SqliteLibrary.open(file, true)) {
            new SchemaService(library).ensureSchema();
            label = library.labels().list().get(0).id();
        }
        Instant t = Instant.parse("2026-12-02T10:00:00Z");
        try (Connection c = SqliteLibrary.connect(file, false); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            st.execute("INSERT INTO article (id, text, length, sha256, title, source, url, published, source_path, encoding,"
                    + " imported_at, status) VALUES (7, 'نص', 2, 'x', '', '', '', '', '', 'UTF-8', '2026-12-02T10:00:00Z', 'new')");
            st.execute("INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, uuid)"
                    + " VALUES (7, '" + label + "', 0, 1, 'ن', 'amal', '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', 'uuid-0')");
            List<Span> spans = new ArrayList<>();
            List<String> uuids = new ArrayList<>();
            for (int i = 0; i < 123; i++) {
                boolean edited = i % 10 == 1;
                spans.add(new Span(0, 7, label, i, i + 1, "ن" + i, "amal", t.plusSeconds(i),
                        edited ? t.plusSeconds(i + 60) : t.plusSeconds(i), i == 2 ? "ملاحظة" : "",
                        i == 3 ? "huda" : "", i == 3 ? t.plusSeconds(999) : null, "u"));
                // stored already (uuid-0), twice in one statement (3 and 7), and across the last rows (5 and 120)
                uuids.add(i == 0 ? "uuid-0" : i == 7 ? "uuid-3" : i == 120 ? "uuid-5" : "uuid-" + i);
            }
            int stored;
            try (SpanInserts inserts = new SpanInserts(c)) {
                for (int i = 0; i < spans.size(); i++) {
                    inserts.add(7, spans.get(i), uuids.get(i));
                }
                stored = inserts.flush();
                assertThat(inserts.flush()).as("nothing left queued").isZero();
            }
            assertThat(stored).isEqualTo(120);
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT uuid) FROM span")) {
                assertThat(rs.getInt(1)).isEqualTo(121);
                assertThat(rs.getInt(2)).isEqualTo(121);
            }
            try (ResultSet rs = st.executeQuery("SELECT start_cp, text, created_at, updated_at, note, reviewed_by, reviewed_at"
                    + " FROM span WHERE uuid IN ('uuid-1', 'uuid-2', 'uuid-3', 'uuid-122') ORDER BY start_cp")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                            + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7));
                }
                assertThat(rows).containsExactly(
                        "1|ن1|2026-12-02T10:00:01Z|2026-12-02T10:01:01Z|||",
                        "2|ن2|2026-12-02T10:00:02Z|2026-12-02T10:00:02Z|ملاحظة||",
                        "3|ن3|2026-12-02T10:00:03Z|2026-12-02T10:00:03Z||huda|2026-12-02T10:16:39Z",
                        "122|ن122|2026-12-02T10:02:02Z|2026-12-02T10:02:02Z|||");
            }
        }
    }
}
