package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.ArticleRepository.AddResult;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {
    @TempDir
    Path dir;

    static NewArticle article(String text) {
        return new NewArticle(text, new ArticleMetadata("عنوان", "", "", ""),
                new ImportRecord("/tmp/a.txt", "UTF-8", Instant.parse("2026-11-25T10:00:00Z"), TextHash.sha256(text)));
    }

    @Test
    void storesTextExactlyAndCountsCodePoints() {
        String text = "\u200Fواشنطن تدعو 80 دولة\n\nNATO 😀 ـــ";
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            long id = lib.articles().addAll(List.of(article(text))).get(0).id();
            var stored = lib.articles().find(id).orElseThrow();
            assertThat(stored.text()).isEqualTo(text);
            assertThat(lib.articles().listSummaries().get(0).length()).isEqualTo(text.codePointCount(0, text.length()));
            assertThat(stored.importRecord().sha256()).isEqualTo(TextHash.sha256(text));
            assertThat(stored.status()).isEqualTo(ArticleStatus.NEW);
        }
    }

    @Test
    void sameTextIsStoredOnceAndReportedAsDuplicate() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            List<AddResult> first = lib.articles().addAll(List.of(article("نص أول"), article("نص ثان"), article("نص أول")));
            assertThat(first).extracting(AddResult::duplicate).containsExactly(false, false, true);
            assertThat(first.get(2).id()).isEqualTo(first.get(0).id());
            List<AddResult> again = lib.articles().addAll(List.of(article("نص ثان")));
            assertThat(again.get(0)).isEqualTo(new AddResult(first.get(1).id(), true));
            assertThat(lib.articles().count()).isEqualTo(2);
        }
    }

    @Test
    void metadataStatusAndSettingsSurviveReopening() {
        Path file = dir.resolve("lib.db");
        long id;
        try (Library lib = SqliteLibrary.open(file, true)) {
            id = lib.articles().addAll(List.of(article("نص"))).get(0).id();
            lib.articles().updateMetadata(id, new ArticleMetadata("عنوان جديد", "الشرق الأوسط", "https://example.org/a", "2024-05-01"));
            lib.articles().updateStatus(id, ArticleStatus.IN_PROGRESS);
            lib.settings().put("last.article", "7");
            lib.settings().put("last.article", "8");
        }
        try (Library lib = SqliteLibrary.open(file, false)) {
            var a = lib.articles().find(id).orElseThrow();
            assertThat(a.metadata()).isEqualTo(new ArticleMetadata("عنوان جديد", "الشرق الأوسط", "https://example.org/a", "2024-05-01"));
            assertThat(a.status()).isEqualTo(ArticleStatus.IN_PROGRESS);
            assertThat(lib.settings().get("last.article")).contains("8");
        }
    }

    @Test
    void newLibraryIsMarkedAndUsesWalAndForeignKeys() throws Exception {
        Path file = dir.resolve("lib.db");
        SqliteLibrary.open(file, true).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            assertThat(intOf(st, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(intOf(st, "PRAGMA user_version")).isEqualTo(Migrations.latestVersion());
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualTo("wal");
            }
        }
    }

    private static int intOf(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    @Test
    void refusesMissingFileUnlessAskedToCreate() {
        Path file = dir.resolve("missing.db");
        assertThatThrownBy(() -> SqliteLibrary.open(file, false))
                .isInstanceOf(LibraryException.class).hasMessageContaining("no library at");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        byte[] content = "this is a text file, not a library\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        assertThatThrownBy(() -> SqliteLibrary.open(file, true))
                .isInstanceOf(LibraryException.class).hasMessageContaining("not a Hashiya library");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void refusesAnotherProgramsDatabaseAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteLibrary.open(file, false))
                .isInstanceOf(LibraryException.class).hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesALibraryFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("future.db");
        SqliteLibrary.open(file, true).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> SqliteLibrary.open(file, false))
                .isInstanceOf(LibraryException.class).hasMessageContaining("newer version");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesATruncatedLibrary() throws Exception {
        Path file = dir.resolve("lib.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            lib.articles().addAll(List.of(article("نص ".repeat(5000))));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] full = Files.readAllBytes(file);
        byte[] truncated = java.util.Arrays.copyOf(full, full.length / 3);
        Files.write(file, truncated);
        assertThatThrownBy(() -> {
            try (Library lib = SqliteLibrary.open(file, false)) {
                lib.articles().listSummaries();
            }
        }).isInstanceOf(LibraryException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(truncated);
    }

    @Test
    void writesInOneTransactionAreStoredTogetherOrNotAtAll() {
        try (Library lib = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            new org.hashiya.service.SchemaService(lib).ensureSchema();
            long id = lib.articles().addAll(List.of(article("نص أول"))).get(0).id();
            org.hashiya.domain.NewSpan span = new org.hashiya.domain.NewSpan(id, "LOCATION", 0, 2, "نص", "amal", "",
                    Instant.parse("2026-11-25T10:00:00Z"));

            assertThatThrownBy(() -> lib.inTransaction("two writes, then a failure", () -> {
                lib.spans().add(span);
                lib.settings().put("k", "v");
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
            assertThat(lib.spans().count()).isZero();
            assertThat(lib.settings().get("k")).isEmpty();

            long stored = lib.inTransaction("two writes", () -> {
                lib.spans().add(span);
                lib.settings().put("k", "v");
                return lib.spans().count();
            });
            assertThat(stored).as("a read inside sees the transaction's own writes").isEqualTo(1);
        }
        try (Library reopened = SqliteLibrary.open(dir.resolve("lib.db"), false)) {
            assertThat(reopened.spans().count()).isEqualTo(1);
            assertThat(reopened.settings().get("k")).contains("v");
        }
    }
}
