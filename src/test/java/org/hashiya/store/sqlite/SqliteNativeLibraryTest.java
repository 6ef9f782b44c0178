package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' JVM loads SQLite the way the jar does: from the copy unpacked once into the user's
 * cache folder, unless a copy was named (the fault suite's children and the app image name theirs).
 */
class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void sqliteIsLoadedFromTheCopyNamedOrUnpackedOnceIntoTheCacheFolder() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(dir.resolve("lib.db"), true);
             Connection c = SqliteLibrary.connect(dir.resolve("lib.db"), true);
             ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
            assertThat(rs.getString(1)).matches("3\\.\\d+\\.\\d+");
        }
        String path = System.getProperty(SqliteNativeLibrary.PATH_PROPERTY);
        String name = System.getProperty(SqliteNativeLibrary.NAME_PROPERTY);
        assertThat(path).as("a folder named for sqlite-jdbc").isNotNull();
        Path library = Path.of(path, name);
        assertThat(library).isRegularFile();
        assertThat(Files.size(library)).isGreaterThan(100_000);
        try (var files = Files.list(library.getParent())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part"))).as("no copy left half unpacked").isEmpty();
        }
    }

    @Test
    void theCacheFolderIsTheUsersOwnOrUnderTheFolderTheTestsKeepTheirFilesIn() {
        String override = System.getProperty(SqliteNativeLibrary.USER_FOLDERS_PROPERTY);
        try {
            System.setProperty(SqliteNativeLibrary.USER_FOLDERS_PROPERTY, dir.toString());
            assertThat(SqliteNativeLibrary.cacheFolder()).isEqualTo(dir.resolve("cache"));
            System.clearProperty(SqliteNativeLibrary.USER_FOLDERS_PROPERTY);
            assertThat(SqliteNativeLibrary.cacheFolder().toString())
                    .startsWith(System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home")));
        } finally {
            if (override == null) {
                System.clearProperty(SqliteNativeLibrary.USER_FOLDERS_PROPERTY);
            } else {
                System.setProperty(SqliteNativeLibrary.USER_FOLDERS_PROPERTY, override);
            }
        }
    }
}
