package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two branches took versions 3 and 4; the one with 4 merged first. A library it migrated (2 → 4)
 * gets migration 3 when a build that has 3 opens it, after a backup, and keeps user_version 4.
 */
class LateMigrationTest {
    @TempDir
    Path dir;

    private static final Migration TWO = Migrations.ALL.get(1);
    private static final Migration THREE = new Migration(3, "search", List.of("CREATE TABLE three (x)"));
    private static final Migration FOUR = new Migration(4, "review", List.of("CREATE TABLE four (x)"));

    @Test
    void aLibraryMigratedAcrossAMissingVersionGetsItWhenItArrives() throws Exception {
        Path file = dir.resolve("lib.db");
        migrate(file, List.of(Migrations.ALL.get(0), TWO));
        migrate(file, List.of(Migrations.ALL.get(0), TWO, FOUR));
        assertThat(query(file, "PRAGMA user_version")).isEqualTo("4");
        assertThat(query(file, "SELECT value FROM setting WHERE key = '" + SchemaMigrator.SKIPPED_SETTING + "'"))
                .isEqualTo("3");
        assertThat(tables(file)).contains("four").doesNotContain("three");

        migrate(file, List.of(Migrations.ALL.get(0), TWO, THREE, FOUR));
        assertThat(tables(file)).contains("three", "four");
        assertThat(query(file, "PRAGMA user_version")).isEqualTo("4");
        assertThat(query(file, "SELECT count(*) FROM setting WHERE key = '" + SchemaMigrator.SKIPPED_SETTING + "'"))
                .isEqualTo("0");
        assertThat(dir.resolve("lib.db.v4.bak")).as("backed up before the late migration").exists();

        migrate(file, List.of(Migrations.ALL.get(0), TWO, THREE, FOUR)); // nothing left to do
        assertThat(tables(file)).contains("three", "four");
    }

    @Test
    void aNewLibraryCreatedWithoutAReservedVersionRecordsItToo() throws Exception {
        Path file = dir.resolve("new.db");
        migrate(file, List.of(Migrations.ALL.get(0), TWO, FOUR));
        assertThat(query(file, "SELECT value FROM setting WHERE key = '" + SchemaMigrator.SKIPPED_SETTING + "'"))
                .isEqualTo("3");
        migrate(file, List.of(Migrations.ALL.get(0), TWO, THREE, FOUR));
        assertThat(tables(file)).contains("three");
    }

    @Test
    void aLibraryThatHadEveryVersionRecordsNothing() throws Exception {
        Path file = dir.resolve("full.db");
        migrate(file, List.of(Migrations.ALL.get(0), TWO, THREE, FOUR));
        assertThat(query(file, "SELECT count(*) FROM setting")).isEqualTo("0");
    }

    private static void migrate(Path file, List<Migration> migrations) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new SchemaMigrator(c, file, migrations).migrate();
        }
    }

    private static String query(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.getString(1);
        }
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
