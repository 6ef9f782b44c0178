package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.service.search.IndexListener;
import org.hashiya.service.search.SearchHit;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library from before the search index: migrated, then indexed once in batches with progress. */
class MigrationToV3Test {
    private static final int ARTICLES = 1203; // a few batches and a remainder

    private static void writeVersion2Library(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (Migration m : Migrations.ALL.subList(0, 2)) {
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 2");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO article (text, length, sha256, title, imported_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z')""")) {
                for (int i = 1; i <= ARTICLES; i++) {
                    String text = i % 100 == 0 ? "المقال " + i + ": اجتماع وزاري للتحالف الدولي." : "المقال " + i + ": خبر عادي.";
                    insert.setString(1, text);
                    insert.setInt(2, text.length());
                    insert.setString(3, "sha" + i);
                    insert.setString(4, "مقال " + i);
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
    }

    @Test
    void anOlderLibraryIsIndexedOnceWithProgressAndThenSearchable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lib.db");
        writeVersion2Library(file);

        try (Library library = SqliteLibrary.open(file, false)) {
            SearchService search = new SearchService(library);
            assertThat(search.articlesToIndex()).isEqualTo(ARTICLES);
            assertThat(search.search("التحالف", 100)).as("not indexed yet").isEmpty();

            List<String> progress = new ArrayList<>();
            int indexed = search.buildIndex((done, total) -> progress.add(done + "/" + total), () -> false);

            assertThat(indexed).isEqualTo(ARTICLES);
            assertThat(progress).containsExactly("500/1203", "1000/1203", "1203/1203");
            assertThat(search.articlesToIndex()).isZero();
            assertThat(search.search("التحالف", 100)).extracting(SearchHit::articleId)
                    .containsExactly(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L, 1000L, 1100L, 1200L);
            assertThat(search.buildIndex((done, total) -> progress.add("again"), () -> false)).isZero();
        }
        assertThat(dir.resolve("lib.db.v2.bak")).exists();
    }

    @Test
    void aCancelledBuildKeepsWhatItIndexedAndTheNextOneFinishes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lib.db");
        writeVersion2Library(file);
        try (Library library = SqliteLibrary.open(file, false)) {
            SearchService search = new SearchService(library);
            int[] batches = {0};
            search.buildIndex((done, total) -> batches[0]++, () -> batches[0] >= 1);
            assertThat(search.articlesToIndex()).isEqualTo(ARTICLES - 500);
        }
        try (Library library = SqliteLibrary.open(file, false)) {
            SearchService search = new SearchService(library);
            assertThat(search.buildIndex(IndexListener.NONE, () -> false)).isEqualTo(ARTICLES - 500);
            assertThat(search.search("التحالف", 100)).hasSize(12);
        }
    }
}
