package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewAnnotatedArticle;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.AnnotatedImportRepository;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load puts the span indexes and the review queue's insert trigger off and brings back
 * exactly what was there: at its end, or when the library is next opened after the program died.
 */
class DeferredSpanIndexesTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String WORDS = "قصفت طائرات التحالف مواقع في مدينة الرقة يوم الأحد وقال المتحدث ";

    /** {@code count} articles of {@code spansEach} one-word spans, distinct texts from {@code seed}. */
    private static List<NewAnnotatedArticle> articles(int seed, int count, int spansEach, String label) {
        List<NewAnnotatedArticle> out = new ArrayList<>();
        Instant t = Instant.parse("2026-11-30T10:15:30Z");
        for (int a = 0; a < count; a++) {
            String text = ("مقال " + seed + "-" + a + " ") + WORDS.repeat(spansEach / 4 + 1);
            List<Span> spans = new ArrayList<>();
            for (int s = 0; s < spansEach; s++) {
                spans.add(new Span(0, 0, label, s, s + 1, text.substring(s, s + 1), "coder" + (s % 3),
                        t.plusSeconds(s * 3600L), t.plusSeconds(s * 3600L), ""));
            }
            out.add(new NewAnnotatedArticle(new NewArticle(text, new ArticleMetadata("t" + a, "", "", ""),
                    new ImportRecord("x.jsonl", "UTF-8", t, TextHash.sha256(text))), ArticleStatus.NEW, Relevance.UNSET,
                    List.of(), "", spans));
        }
        return out;
    }

    private static TreeSet<String> spanSchema(Connection c) throws Exception {
        TreeSet<String> schema = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE tbl_name = 'span' AND sql IS NOT NULL")) {
            while (rs.next()) {
                schema.add(rs.getString(1));
            }
        }
        return schema;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    private Connection raw() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lib.db"));
    }

    private String label(SqliteLibrary library) {
        new SchemaService(library).ensureSchema();
        return library.labels().list().get(0).id();
    }

    @Test
    void aLargeLoadIntoAnEmptyLibraryEndsWithTheSameIndexesAndEverySpanQueuedForReview() throws Exception {
        TreeSet<String> before;
        try (SqliteLibrary library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            String label = label(library);
            try (Connection c = raw()) {
                before = spanSchema(c);
            }
            assertThat(before).anyMatch(s -> s.startsWith("index span_label"))
                    .anyMatch(s -> s.startsWith("trigger span_index_insert"));
            int perBatch = 40;
            long batches = SqliteAnnotatedImportRepository.DEFER_AT / (perBatch * 100) + 2;
            try (AnnotatedImportRepository.BulkLoad load = library.annotatedImports().bulkLoad()) {
                for (int b = 0; b < batches; b++) {
                    load.storeAll(articles(b, perBatch, 100, label));
                }
                try (Connection c = raw()) {
                    assertThat(spanSchema(c)).as("put off during the load").doesNotContain(
                            before.stream().filter(s -> s.startsWith("index span_label")).findFirst().orElseThrow());
                }
            }
            try (Connection c = raw()) {
                assertThat(spanSchema(c)).isEqualTo(before);
                long spans = count(c, "SELECT count(*) FROM span");
                assertThat(spans).isEqualTo(batches * perBatch * 100);
                assertThat(count(c, "SELECT count(*) FROM span_index_pending")).isEqualTo(spans);
                assertThat(count(c, "SELECT count(*) FROM setting WHERE key LIKE 'store.deferred%'")).isZero();
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    assertThat(rs.getString(1)).as("the write-ahead log again after the build").isEqualTo("wal");
                }
                // the rebuilt index answers as the table does
                assertThat(count(c, "SELECT count(*) FROM span INDEXED BY span_annotator WHERE annotator = 'coder1'"))
                        .isEqualTo(count(c, "SELECT count(*) FROM span NOT INDEXED WHERE annotator = 'coder1'"));
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
            }
        }
    }

    @Test
    void withAnotherConnectionOnTheLibraryTheIndexesAreBuiltThroughTheWriteAheadLog() throws Exception {
        TreeSet<String> before;
        try (SqliteLibrary library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            String label = label(library);
            try (Connection c = raw()) {
                before = spanSchema(c);
            }
            int perBatch = 40;
            long batches = SqliteAnnotatedImportRepository.DEFER_AT / (perBatch * 100) + 2;
            // the workbench reads on a connection of its own while an import runs
            try (Connection reader = raw(); Statement st = reader.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM span")) {
                    assertThat(rs.getLong(1)).isZero();
                }
                try (AnnotatedImportRepository.BulkLoad load = library.annotatedImports().bulkLoad()) {
                    for (int b = 0; b < batches; b++) {
                        load.storeAll(articles(b, perBatch, 100, label));
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM span")) {
                    assertThat(rs.getLong(1)).as("the reader sees the load").isEqualTo(batches * perBatch * 100);
                }
                try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    assertThat(rs.getString(1)).isEqualTo("wal");
                }
            }
            try (Connection c = raw()) {
                assertThat(spanSchema(c)).isEqualTo(before);
                assertThat(count(c, "SELECT count(*) FROM setting WHERE key LIKE 'store.deferred%'")).isZero();
            }
        }
    }

    @Test
    void aSmallLoadIntoALargerLibraryKeepsTheIndexesAllAlong() throws Exception {
        try (SqliteLibrary library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            String label = label(library);
            library.annotatedImports().storeAll(articles(0, 5, 100, label));
            try (Connection c = raw()) {
                TreeSet<String> before = spanSchema(c);
                try (AnnotatedImportRepository.BulkLoad load = library.annotatedImports().bulkLoad()) {
                    load.storeAll(articles(1, 4, 100, label)); // 400 spans: far below the threshold
                    assertThat(spanSchema(c)).isEqualTo(before);
                }
                assertThat(count(c, "SELECT count(*) FROM span_index_pending")).isEqualTo(900);
            }
        }
    }

    @Test
    void indexesLeftOffByAProgramThatDiedComeBackWhenTheLibraryIsNextOpened() throws Exception {
        TreeSet<String> before;
        long firstNew;
        try (SqliteLibrary library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            String label = label(library);
            library.annotatedImports().storeAll(articles(0, 3, 10, label));
            try (Connection c = raw()) {
                before = spanSchema(c);
                c.createStatement().execute("DELETE FROM span_index_pending");
                c.setAutoCommit(false);
                DeferredSpanIndexes.suspend(c);
                c.commit();
                assertThat(spanSchema(c)).filteredOn(s -> s.startsWith("index ") && !s.contains("CREATE UNIQUE")).hasSize(1)
                        .allMatch(s -> s.startsWith("index span_article_start"));
                assertThat(spanSchema(c)).noneMatch(s -> s.startsWith("trigger span_index_insert"))
                        .noneMatch(s -> s.startsWith("trigger span_uuid_missing"))
                        .anyMatch(s -> s.startsWith("trigger span_index_delete"));
                firstNew = count(c, "SELECT max(id) FROM span") + 1;
            }
            // the load goes on, then the program dies: no restore
            library.annotatedImports().storeAll(articles(1, 2, 10, label));
            try (Connection c = raw()) { // a writer that leaves the UUID out while the trigger that fills it is off
                c.createStatement().execute("UPDATE span SET uuid = NULL WHERE id IN (" + firstNew + ", " + (firstNew + 1) + ")");
            }
        }
        try (SqliteLibrary reopened = SqliteLibrary.open(dir.resolve("lib.db"), false); Connection c = raw()) {
            assertThat(spanSchema(c)).isEqualTo(before);
            assertThat(count(c, "SELECT count(*) FROM span_index_pending")).isEqualTo(20);
            assertThat(count(c, "SELECT min(span_id) FROM span_index_pending")).isEqualTo(firstNew);
            assertThat(count(c, "SELECT count(*) FROM setting WHERE key LIKE 'store.deferred%'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM span WHERE uuid IS NULL")).as("UUIDs given on restore").isZero();
            assertThat(count(c, "SELECT count(DISTINCT uuid) FROM span")).isEqualTo(count(c, "SELECT count(*) FROM span"));
        }
    }
}
