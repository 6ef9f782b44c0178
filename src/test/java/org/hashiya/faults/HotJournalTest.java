package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library whose writer died mid-transaction under a rollback journal (a bulk import builds its
 * indexes so) is left with a hot journal. It opens again, rolled back to what was committed:
 * SQLite rolls it back on the first read of a connection that may write, which the library's
 * read-only check of the file could not do (it refused the file as unreadable).
 */
class HotJournalTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryLeftWithAHotJournalOpensRolledBack() throws Exception {
        Path file = dir.resolve("lib.db");
        String label;
        try (Library library = SqliteLibrary.open(file, true)) {
            new SchemaService(library).ensureSchema();
            label = library.labels().list().get(0).id();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO article (id, text, length, sha256, title, source, url, published, source_path, encoding,"
                    + " imported_at, status) VALUES (1, 'نص', 2, 'x', '', '', '', '', '', 'UTF-8', '2026-12-02T10:00:00Z', 'new')");
            st.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)"
                    + " INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, uuid)"
                    + " SELECT 1, '" + label + "', 0, 1, 'ن', 'amal', '2026-12-02T10:00:00Z', '2026-12-02T10:00:00Z', 'u' || i FROM n");
        }
        Path ready = dir.resolve("ready");
        ChildJava child = ChildJava.start(HotJournalChild.class, ChildJava.Options.plain(), file.toString(), ready.toString());
        long deadline = System.currentTimeMillis() + 120_000;
        while (!Files.exists(ready) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(ready).as("the child wrote under a rollback journal").exists();
        child.kill();
        Path journal = dir.resolve("lib.db-journal");
        assertThat(journal).as("a hot journal left behind").exists();
        assertThat(Files.size(journal)).isPositive();

        try (Library library = SqliteLibrary.open(file, false)) {
            assertThat(library.file()).isEqualTo(file.toAbsolutePath().normalize());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE note = '') FROM span")) {
                assertThat(rs.getInt(1)).isEqualTo(5000);
                assertThat(rs.getInt(2)).as("the uncommitted notes rolled back").isEqualTo(5000);
            }
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }
}
