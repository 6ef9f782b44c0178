package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hashiya.domain.SpanFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    @TempDir
    Path dir;
    ExportFixture f;
    ExportService export;

    @BeforeEach
    void setUp() {
        f = ExportFixture.create(dir.resolve("lib.db"));
        export = new ExportService(f.library);
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void refusesToReplaceAnExistingFileWithoutOverwriteAndLeavesItAlone() throws Exception {
        Path out = dir.resolve("out").resolve("spans.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "precious");
        assertThatThrownBy(() -> export.export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL, out, false, false),
                ExportListener.NONE, () -> false))
                .isInstanceOf(ExportException.class).hasMessageContaining(out.toString()).hasMessageContaining("already exists");
        assertThat(Files.readString(out)).isEqualTo("precious");
        ExportReport report = export.export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL, out, false, true),
                ExportListener.NONE, () -> false);
        assertThat(report.rows()).isEqualTo(7);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("article_id,");
        assertThat(filesIn(out.getParent())).containsExactly("spans.csv");
    }

    @Test
    void aCancelledExportLeavesNothingAtTheTargetAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out").resolve("spans.csv");
        AtomicInteger asked = new AtomicInteger();
        List<Long> progress = new ArrayList<>();
        ExportReport report = export.export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL, out, false, false),
                (done, total) -> progress.add(done), () -> asked.incrementAndGet() > 1);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.summary()).contains("cancelled");
        assertThat(progress).containsExactly(1L);
        assertThat(Files.exists(out)).isFalse();
        assertThat(filesIn(out.getParent())).isEmpty();
    }

    @Test
    void aFailedExportNamesTheFileAndLeavesNothingBehind() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Path out = blocker.resolve("spans.csv");
        assertThatThrownBy(() -> export.export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL, out, false, false),
                ExportListener.NONE, () -> false))
                .isInstanceOf(ExportException.class).hasMessageContaining(blocker.toString());
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void theSummarySaysRowsArticlesFormatAndFile() {
        Path out = dir.resolve("a.csv");
        ExportReport report = export.export(new ExportRequest(ExportFormat.SPANS_CSV,
                SpanFilter.ALL.withArticles(List.of(f.a2)), out, false, false), ExportListener.NONE, () -> false);
        assertThat(report.summary()).startsWith("Wrote 2 spans of 1 article (spans-csv) to " + out);
    }

    @Test
    void previewShowsTheHeaderAndTheFirstRowsAsTheFileWouldHoldThem() {
        String preview = export.preview(ExportFormat.SPANS_CSV, SpanFilter.ALL, false, 2);
        List<String> lines = preview.lines().toList();
        assertThat(lines.get(0)).startsWith("article_id,article_title,");
        // the first span's note holds a newline inside its quoted cell: 2 records and the header take 4 lines
        assertThat(preview).contains("وزيرُ الخارجية").contains("\u200Fالتحالف «NATO»").doesNotContain("بغداد");
        assertThat(lines).hasSize(4);
        assertThat(export.countSpans(SpanFilter.ALL)).isEqualTo(7);
        assertThat(export.countArticles(SpanFilter.ALL)).isEqualTo(3);
    }
}
