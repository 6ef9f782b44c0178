package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.domain.Article;
import org.hashiya.domain.NewArticle;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A filled library written at every schema version opens in this version: migrated to the newest
 * schema, every article intact, SQLite's integrity check clean, and, when a migration ran, a
 * backup of the old file next to it that still opens at its old version. Version N is built by
 * running migrations 1..N exactly as shipped, so each new migration is covered here at once.
 */
class MigrationFromEveryVersionTest {
    @TempDir
    Path dir;

    @Test
    void everyOlderSchemaVersionMigratesToTheNewestWithEveryArticleIntactAndABackup() throws Exception {
        ArticleGenerator generator = new ArticleGenerator(5, ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        List<NewArticle> articles = generator.newArticles(0, 200);
        List<Integer> versions = new ArrayList<>();
        for (Migration m : Migrations.ALL) {
            versions.add(m.version());
        }
        assertThat(versions).as("versions increase").isSorted().doesNotHaveDuplicates();
        for (int v = 1; v <= Migrations.latestVersion(); v++) {
            assertThat(versions.contains(v) || Migrations.RESERVED.contains(v))
                    .as("version %d is shipped or reserved for work not merged yet", v).isTrue();
        }

        for (int version : versions) {
            Path file = dir.resolve("v" + version + ".db");
            buildAtVersion(file, version, articles);
            try (Library lib = SqliteLibrary.open(file, false)) {
                assertThat(lib.articles().count()).isEqualTo(articles.size());
                for (int i = 0; i < articles.size(); i++) {
                    Article a = lib.articles().find(i + 1).orElseThrow();
                    assertThat(a.text()).isEqualTo(articles.get(i).text());
                    assertThat(a.importRecord().sha256()).isEqualTo(articles.get(i).importRecord().sha256());
                }
            }
            assertThat(userVersion(file)).isEqualTo(Migrations.latestVersion());
            Path backup = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
            if (version < Migrations.latestVersion()) {
                assertThat(backup).exists();
                assertThat(userVersion(backup)).isEqualTo(version);
            } else {
                assertThat(backup).as("nothing to migrate, nothing to back up").doesNotExist();
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }

    /** Runs the shipped migrations 1..version on a new file and fills it through the version-1 columns. */
    private static void buildAtVersion(Path file, int version, List<NewArticle> articles) throws Exception {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = WAL");
            for (Migration m : Migrations.ALL) {
                if (m.version() > version) {
                    break;
                }
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + m.version());
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO article (text, length, sha256, title, source_path, encoding, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewArticle a : articles) {
                    insert.setString(1, a.text());
                    insert.setInt(2, a.text().codePointCount(0, a.text().length()));
                    insert.setString(3, a.importRecord().sha256());
                    insert.setString(4, a.metadata().title());
                    insert.setString(5, a.importRecord().sourcePath());
                    insert.setString(6, a.importRecord().encoding());
                    insert.setString(7, a.importRecord().importedAt().toString());
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
