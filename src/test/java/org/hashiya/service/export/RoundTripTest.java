package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashiya -> brat / JSONL -> an empty library -> the same again: nothing lost on the way. */
class RoundTripTest {
    @TempDir
    Path dir;
    ExportFixture f;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private static List<AnnotatedArticle> everything(Library library) {
        List<AnnotatedArticle> all = new ArrayList<>();
        library.selection().forEachArticle(SpanFilter.ALL, all::add);
        return all;
    }

    /** What must survive: each article's text and its spans (label, offsets, text, note, and what {@code keep} adds). */
    private static List<String> spansOf(List<AnnotatedArticle> articles, boolean withAnnotatorAndTimes) {
        List<String> out = new ArrayList<>();
        for (AnnotatedArticle a : articles) {
            for (Span s : a.spans()) {
                out.add(a.article().importRecord().sha256() + " " + s.labelId() + " " + s.start() + "-" + s.end()
                        + " [" + s.text() + "] note=[" + s.note() + "]"
                        + (withAnnotatorAndTimes ? " by " + s.annotator() + " " + s.createdAt() + " " + s.updatedAt()
                        + " reviewed [" + s.reviewedBy() + "] " + s.reviewedAt() : ""));
            }
        }
        return out;
    }

    private ImportReport importInto(Library target, Path path, String annotator) {
        new SchemaService(target).ensureSchema();
        return ArticleImporter.into(target, Clock.systemUTC(), annotator, "fallback-user")
                .importPaths(List.of(path), ImportListener.NONE, () -> false);
    }

    @Test
    void bratKeepsTextsSpansAndNotesAndComesBackTheSame() throws Exception {
        Path folder = dir.resolve("brat");
        new ExportService(f.library).export(new ExportRequest(ExportFormat.BRAT, SpanFilter.ALL, folder, false, false),
                ExportListener.NONE, () -> false);
        assertThat(folder.resolve("annotation.conf")).exists();
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            ImportReport report = importInto(copy, folder, "amal");
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();
            assertThat(report.imported()).isEqualTo(3);
            assertThat(report.spansAdded()).isEqualTo(7);
            List<AnnotatedArticle> back = everything(copy);
            assertThat(back).extracting(a -> a.article().text())
                    .containsExactly(ExportFixture.ARTICLE_1, ExportFixture.ARTICLE_2, ExportFixture.ARTICLE_3);
            assertThat(spansOf(back, false)).isEqualTo(spansOf(everything(f.library), false));
            assertThat(back.get(0).spans()).extracting(Span::annotator).containsOnly("amal");

            // again into the same library: the texts are there, the spans too: nothing added twice
            ImportReport again = importInto(copy, folder, "amal");
            assertThat(again.spansAdded()).isZero();
            assertThat(again.duplicates()).isEqualTo(3);
            assertThat(copy.spans().count()).isEqualTo(7);
        }
    }

    @Test
    void jsonlKeepsEverythingButIdsAndComesBackTheSame() throws Exception {
        // two spans carry a reviewed mark: who and when come back too
        f.library.spans().put(f.spans.get(0).withReview("هدى", java.time.Instant.parse("2026-12-02T09:30:00.250Z")));
        f.library.spans().put(f.spans.get(5).withReview("omar", java.time.Instant.parse("2026-12-03T00:00:00Z")));
        Path file = dir.resolve("set.jsonl");
        new ExportService(f.library).export(new ExportRequest(ExportFormat.JSONL, SpanFilter.ALL, file, false, false),
                ExportListener.NONE, () -> false);
        try (Library copy = SqliteLibrary.open(dir.resolve("copy.db"), true)) {
            ImportReport report = importInto(copy, file, null);
            assertThat(report.refused()).as(report.outcomes().toString()).isZero();
            List<AnnotatedArticle> original = everything(f.library);
            List<AnnotatedArticle> back = everything(copy);
            assertThat(spansOf(back, true)).isEqualTo(spansOf(original, true));
            assertThat(back.stream().flatMap(a -> a.spans().stream()).filter(Span::isReviewed).map(Span::reviewedBy))
                    .containsExactlyInAnyOrder("هدى", "omar");
            for (int i = 0; i < original.size(); i++) {
                AnnotatedArticle o = original.get(i);
                AnnotatedArticle b = back.get(i);
                assertThat(b.article().text()).isEqualTo(o.article().text());
                assertThat(b.article().metadata()).isEqualTo(o.article().metadata());
                assertThat(b.article().importRecord()).isEqualTo(o.article().importRecord());
                assertThat(b.annotation().status()).isEqualTo(o.annotation().status());
                assertThat(b.annotation().relevance()).isEqualTo(o.annotation().relevance());
                assertThat(b.annotation().tags()).isEqualTo(o.annotation().tags());
                assertThat(b.annotation().note()).isEqualTo(o.annotation().note());
            }
            // export again: the same file, ids aside
            Path second = dir.resolve("again.jsonl");
            new ExportService(copy).export(new ExportRequest(ExportFormat.JSONL, SpanFilter.ALL, second, false, false),
                    ExportListener.NONE, () -> false);
            assertThat(withoutIds(Files.readString(second))).isEqualTo(withoutIds(Files.readString(file)));
        }
    }

    private static String withoutIds(String jsonl) {
        return jsonl.replaceAll("\"id\":\\d+", "\"id\":_");
    }
}
