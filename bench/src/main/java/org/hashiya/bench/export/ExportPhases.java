package org.hashiya.bench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hashiya.domain.AnnotatedArticle;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.Utf8Output;
import org.hashiya.io.annotated.SpansCsvWriter;
import org.hashiya.service.export.ExportFormat;
import org.hashiya.service.export.ExportReport;
import org.hashiya.service.export.ExportRequest;
import org.hashiya.service.export.ExportService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.SpanContext;

/**
 * Where a spans-csv export spends its time: the same library streamed again and again, each pass
 * adding one stage (read from SQLite; the context column; the two times formatted; the CSV printer
 * into a Writer that discards; UTF-8 encoding; the file; then the export service itself, which reads on a
 * second thread), each timed in CPU time of the exporting
 * thread (so that other processes on a shared machine count less) and wall time. The first round
 * runs cold, as the one pass of a {@code hashiya export} process does; later rounds are warm.
 *
 * <pre>bench/export-bench --phases bench/out/export/import-2000.db [ROUNDS]</pre>
 */
public final class ExportPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private interface Stage {
        void accept(AnnotatedArticle article) throws IOException;
    }

    private ExportPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path csv = Files.createTempFile(db.toAbsolutePath().getParent(), "phases-", ".csv");
        try (Library library = SqliteLibrary.open(db, false)) {
            LabelSchema schema = library.labels().schema();
            for (int round = 0; round < rounds; round++) {
                System.out.println(round == 0 ? "round 1 (cold, as in a hashiya export process)" : "round " + (round + 1) + " (warm)");
                stage(library, "read (SelectionRepository.forEachArticle)", a -> { });
                stage(library, "read + context (SpanContext.around)", a -> {
                    SpanContext context = new SpanContext(a.article().text());
                    for (Span s : a.spans()) {
                        sink += context.around(s.start(), s.end()).length();
                    }
                });
                stage(library, "read + created_at, updated_at (Instant.toString)", a -> {
                    for (Span s : a.spans()) {
                        sink += s.createdAt().toString().length() + s.updatedAt().toString().length();
                    }
                });
                SpansCsvWriter toNull = new SpansCsvWriter(Writer.nullWriter(), schema, false);
                stage(library, "read + SpansCsvWriter (all columns) into a null Writer", toNull::write);
                toNull.close();
                Writer encoding = new Utf8Output(OutputStream.nullOutputStream());
                SpansCsvWriter encoded = new SpansCsvWriter(encoding, schema, false);
                stage(library, "read + SpansCsvWriter + UTF-8 encoding, no file", encoded::write);
                encoded.close();
                SpansCsvWriter full = new SpansCsvWriter(new Utf8Output(Files.newOutputStream(csv)), schema, false);
                stage(library, "read + SpansCsvWriter + UTF-8 + file, one thread", full::write);
                full.close();
                exportService(library, csv);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
        System.out.println(sink == 42 ? "" : "(done)");
    }

    /** The whole export as {@code hashiya export} runs it (reading on a second thread): wall time, CPU of all threads. */
    private static void exportService(Library library, Path csv) {
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        ExportReport report = new ExportService(library).export(new ExportRequest(ExportFormat.SPANS_CSV, SpanFilter.ALL,
                csv, false, true), (done, total) -> { }, () -> false);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.println(String.format(Locale.ROOT, "  %-58s %,9d rows  %6.2f s CPU  %6.2f s wall  %,9.0f rows/s of wall"
                + " (CPU of every thread, GC and JIT included)", "ExportService.export (the export, reading on a 2nd thread)",
                report.rows(), cpuSeconds, wallSeconds, report.rows() / wallSeconds));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void stage(Library library, String name, Stage stage) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long[] rows = {0};
        library.selection().forEachArticle(SpanFilter.ALL, article -> {
            try {
                stage.accept(article);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            rows[0] += article.spans().size();
        });
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.println(String.format(Locale.ROOT, "  %-58s %,9d rows  %6.2f s CPU  %6.2f s wall  %,9.0f rows/s of CPU",
                name, rows[0], cpuSeconds, wallSeconds, rows[0] / cpuSeconds));
    }
}
