package org.hashiya.bench.export;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewAnnotatedArticle;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.Span;
import org.hashiya.io.annotated.AnnotatedDocument;
import org.hashiya.io.annotated.AnnotatedDocumentSink;
import org.hashiya.io.annotated.DocumentSpan;
import org.hashiya.io.annotated.JsonlReader;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.service.SchemaService;
import org.hashiya.store.AnnotatedImportRepository;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;

/**
 * Where an import of annotated JSONL spends its time: parsing alone ({@link JsonlReader} into a
 * sink that keeps nothing); storing alone (the documents parsed beforehand, then
 * {@code annotatedImports().bulkLoad()} in batches of 20,000 spans, as the importer does); and the
 * whole import through the service, as {@code hashiya import} runs it. CPU time of the thread doing
 * the work and wall time; each store into a fresh library next to the JSONL. The first round is
 * cold, as in a {@code hashiya import} process.
 *
 * <pre>bench/export-bench --import-phases bench/out/export/spans-500x500-seed42.jsonl [ROUNDS]</pre>
 */
public final class ImportPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");

    private ImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path jsonl = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path db = jsonl.toAbsolutePath().resolveSibling("import-phases.db");
        for (int round = 0; round < rounds; round++) {
            System.out.println(round == 0 ? "round 1 (cold, as in a hashiya import process)" : "round " + (round + 1) + " (warm)");
            long[] spans = {0};
            time("parse (JsonlReader into a sink that keeps nothing)", spans, () -> JsonlReader.read(jsonl, sink(doc -> spans[0] += doc.spans().size())));

            List<NewAnnotatedArticle> parsed = new ArrayList<>();
            JsonlReader.read(jsonl, sink(doc -> parsed.add(toNew(doc))));
            long total = parsed.stream().mapToLong(a -> a.spans().size()).sum();
            delete(db);
            try (Library library = SqliteLibrary.open(db, true)) {
                new SchemaService(library).ensureSchema();
                time("store (one bulk load of 20,000-span batches, indexes brought up to date at its end)", new long[] {total}, () -> {
                    try (AnnotatedImportRepository.BulkLoad load = library.annotatedImports().bulkLoad()) {
                        List<NewAnnotatedArticle> batch = new ArrayList<>();
                        int batchSpans = 0;
                        for (NewAnnotatedArticle article : parsed) {
                            batch.add(article);
                            batchSpans += article.spans().size();
                            if (batchSpans >= 20_000 || batch.size() >= 500) {
                                load.storeAll(batch);
                                batch.clear();
                                batchSpans = 0;
                            }
                        }
                        if (!batch.isEmpty()) {
                            load.storeAll(batch);
                        }
                    }
                });
            }
            parsed.clear();

            delete(db);
            long[] imported = {0};
            try (Library library = SqliteLibrary.open(db, true)) {
                new SchemaService(library).ensureSchema();
                time("whole import (ArticleImporter.importPaths, as hashiya import)", imported, () -> {
                    ImportReport report = ArticleImporter.into(library, Clock.systemUTC(), null, "bench")
                            .importPaths(List.of(jsonl), new ImportListener() { }, () -> false);
                    imported[0] = total;
                    if (report.storeError().isPresent()) {
                        throw new IllegalStateException(report.summary());
                    }
                });
            }
            delete(db);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void time(String name, long[] rows, Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long processCpu = processCpuNanos();
        long wall = System.nanoTime();
        work.run();
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        double allCpu = (processCpuNanos() - processCpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "  %-62s %,9d spans  %6.2f s CPU (this thread; %6.2f s all threads)  %6.2f s wall  %,9.0f spans/s of CPU",
                name, rows[0], cpuSeconds, allCpu, wallSeconds, rows[0] / cpuSeconds));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static AnnotatedDocumentSink sink(Consumer<AnnotatedDocument> documents) {
        return new AnnotatedDocumentSink() {
            @Override
            public void document(AnnotatedDocument doc) {
                documents.accept(doc);
            }

            @Override
            public void problem(String message) {
                throw new IllegalStateException(message);
            }
        };
    }

    /** The document as the importer would store it (the bench's texts have LF line endings already). */
    private static NewAnnotatedArticle toNew(AnnotatedDocument doc) {
        String text = doc.text();
        int[] utf16 = new int[text.codePointCount(0, text.length()) + 1];
        for (int i = 0, cp = 0; i < text.length(); cp++) {
            utf16[cp] = i;
            i += Character.charCount(text.codePointAt(i));
            utf16[cp + 1] = i;
        }
        List<Span> spans = new ArrayList<>(doc.spans().size());
        for (DocumentSpan s : doc.spans()) {
            spans.add(new Span(0, 0, s.label(), s.start(), s.end(), text.substring(utf16[s.start()], utf16[s.end()]),
                    s.annotator() == null ? "bench" : s.annotator(), s.createdAt() == null ? NOW : s.createdAt(),
                    s.updatedAt() == null ? NOW : s.updatedAt(), s.note()));
        }
        ArticleMetadata meta = doc.metadata();
        return new NewAnnotatedArticle(new NewArticle(text, meta, new ImportRecord(doc.sourcePath(), "UTF-8", NOW,
                TextHash.sha256(text))), doc.status(), doc.relevance(), doc.tags(), doc.note(), spans);
    }

    private static void delete(Path db) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
