package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Relevance;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationToV2Test {

    /** A library exactly as schema version 1 left it, with two articles. */
    private static void writeVersion1Library(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : Migrations.ALL.get(0).statements()) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO article (text, length, sha256, title, imported_at, status)
                    VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z', ?)""")) {
                insert.setString(1, "قصف على حلب");
                insert.setInt(2, 11);
                insert.setString(3, "aaa");
                insert.setString(4, "حلب");
                insert.setString(5, "new");
                insert.executeUpdate();
                insert.setString(1, "لقاء في بغداد");
                insert.setInt(2, 13);
                insert.setString(3, "bbb");
                insert.setString(4, "بغداد");
                insert.setString(5, "done");
                insert.executeUpdate();
            }
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    @Test
    void aFilledVersion1LibraryKeepsItsArticlesAndGainsAnnotationTablesAfterABackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lib.hashiya");
        writeVersion1Library(file);

        try (Library library = SqliteLibrary.open(file, false)) {
            assertThat(library.articles().count()).isEqualTo(2);
            assertThat(library.articles().find(1).orElseThrow().text()).isEqualTo("قصف على حلب");
            assertThat(library.articles().find(2).orElseThrow().status()).isEqualTo(ArticleStatus.DONE);
            assertThat(library.articleAnnotations().find(2)).contains(
                    new ArticleAnnotation(2, ArticleStatus.DONE, Relevance.UNSET, java.util.List.of(), ""));
            assertThat(library.labels().schema().isEmpty()).isTrue();
            assertThat(library.spans().count()).isZero();
        }
        assertThat(userVersion(file)).isEqualTo(Migrations.latestVersion());
        Path backup = dir.resolve("lib.hashiya.v1.bak");
        assertThat(backup).exists();
        assertThat(userVersion(backup)).isEqualTo(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aNewLibraryStartsAtTheNewestVersionWithoutABackup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new.hashiya");
        SqliteLibrary.open(file, true).close();
        assertThat(userVersion(file)).isEqualTo(Migrations.latestVersion());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".bak"));
        }
    }
}
