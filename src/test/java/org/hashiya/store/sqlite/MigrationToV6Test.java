package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library from before span UUIDs: every span gets one, and a span written without one still gets one. */
class MigrationToV6Test {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void existingSpansGetDistinctUuidsAndSoDoSpansInsertedWithoutOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lib.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (Migration m : Migrations.ALL.subList(0, 5)) {
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 5");
            st.execute("INSERT INTO article (text, length, sha256, imported_at) VALUES ('نص المقال', 9, 'x', '2024-01-01T00:00:00Z')");
            st.execute("INSERT INTO label (id, kind, colour, position) VALUES ('LOC', 'entity', '#ffffff', 0)");
            for (int i = 0; i < 300; i++) {
                st.execute("INSERT INTO span (article_id, label_id, start_cp, end_cp, text, created_at, updated_at)"
                        + " VALUES (1, 'LOC', 0, 2, 'نص', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            }
        }
        try (Library library = SqliteLibrary.open(file, false)) {
            List<Span> spans = library.spans().listAll();
            assertThat(spans).hasSize(300);
            assertThat(spans).extracting(Span::uuid).allMatch(u -> u.matches(UUID)).doesNotHaveDuplicates();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO span (article_id, label_id, start_cp, end_cp, text, created_at, updated_at)"
                    + " VALUES (1, 'LOC', 2, 4, 'الم', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
            List<String> uuids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT uuid FROM span")) {
                while (rs.next()) {
                    uuids.add(rs.getString(1));
                }
            }
            assertThat(uuids).hasSize(301).allMatch(u -> u.matches(UUID)).doesNotHaveDuplicates();
        }
    }
}
