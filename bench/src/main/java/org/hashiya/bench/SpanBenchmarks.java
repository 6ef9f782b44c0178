package org.hashiya.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.SpanHighlights;
import org.hashiya.ui.reader.Highlight;

/** Spans in the store: listing per article and for the whole library, and opening heavily annotated articles. */
final class SpanBenchmarks {
    /** The long article benchmarks open: about 1 MB, some 90,000 words. */
    // long article size comes from the options (1 MB by default)
    static final int RANDOM_ARTICLES = 200;

    private final BenchOptions options;

    SpanBenchmarks(BenchOptions options) {
        this.options = options;
    }

    /** Annotates every article of the library at the natural density; returns the number of spans written. */
    int annotateAll(Path library) throws Exception {
        int written = 0;
        try (Library lib = SqliteLibrary.open(library, false)) {
            SpanGenerator generator = new SpanGenerator(options.seed(), new SchemaService(lib).ensureSchema());
            List<NewSpan> chunk = new ArrayList<>();
            for (ArticleSummary s : lib.articles().listSummaries()) {
                chunk.addAll(generator.spans(s.id(), lib.articles().find(s.id()).orElseThrow().text()));
                if (chunk.size() > 50_000) {
                    SpanBulkWriter.write(library, chunk);
                    written += chunk.size();
                    chunk.clear();
                }
            }
            SpanBulkWriter.write(library, chunk);
            written += chunk.size();
            check(lib.spans().count() == written, "stored " + lib.spans().count() + " spans of " + written);
        }
        return written;
    }

    Row listArticleSpans(Path library, int articles, int spans) throws Exception {
        Random random = new Random(options.seed() + 2);
        long[] listed = new long[1];
        Timing.Stats stats;
        try (Library lib = SqliteLibrary.open(library, false)) {
            stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
                for (int i = 0; i < RANDOM_ARTICLES; i++) {
                    listed[0] += lib.spans().findByArticle(1 + random.nextInt(articles)).size();
                }
            });
        }
        check(listed[0] > 0, "no spans listed");
        return new Row("list the spans of " + RANDOM_ARTICLES + " random articles", spans, "spans", stats,
                RANDOM_ARTICLES, "articles", null, null, articles + " articles");
    }

    Row listAllSpans(Path library, int spans) throws Exception {
        int[] listed = new int[1];
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
            try (Library lib = SqliteLibrary.open(library, false)) {
                int[] n = new int[1];
                lib.spans().forEach(span -> n[0]++); // streamed, as `hashiya spans` does
                listed[0] = n[0];
            }
        });
        check(listed[0] == spans, "listed " + listed[0] + " of " + spans + " spans");
        return new Row("open library + list all spans (hashiya spans)", spans, "spans", stats, spans, "spans", null, null, null);
    }

    /**
     * A library of long articles, the i-th with {@code counts[i]} spans; kept in the out folder and
     * reused. Article ids are 1, 2, ... in the order of {@code counts}.
     */
    Path longLibrary(List<Integer> counts) throws Exception {
        String name = "lib-long-" + options.seed() + "-" + options.longArticleBytes() / 1000 + "kb-" + counts.stream().map(String::valueOf).reduce((a, b) -> a + "_" + b).orElse("");
        Path library = options.outDir().resolve(name + ".db");
        Path done = options.outDir().resolve(name + ".complete");
        if (Files.exists(done)) {
            return library;
        }
        progress("generating " + counts.size() + " long annotated articles into " + library);
        BenchRunner.deleteLibrary(library);
        Files.createDirectories(options.outDir());
        ArticleGenerator articles = new ArticleGenerator(options.seed(), ArticleGenerator.Sizes.AROUND_5KB);
        try (Library lib = SqliteLibrary.open(library, true)) {
            SpanGenerator spans = new SpanGenerator(options.seed(), new SchemaService(lib).ensureSchema());
            for (int i = 0; i < counts.size(); i++) {
                var result = lib.articles().addAll(List.of(articles.newLongArticle(i, options.longArticleBytes())));
                long id = result.get(0).id();
                check(id == i + 1, "long article " + i + " got id " + id);
                List<NewSpan> list = spans.spans(id, lib.articles().find(id).orElseThrow().text(), counts.get(i));
                check(list.size() == counts.get(i), "generated " + list.size() + " spans, not " + counts.get(i));
                SpanBulkWriter.write(library, list);
            }
        }
        Files.writeString(done, "");
        return library;
    }

    /** What opening an annotated article costs before drawing: store read, span check, highlights. */
    Row openAnnotatedArticle(Path library, long articleId, int spans) throws Exception {
        int[] drawn = new int[1];
        Timing.Stats stats;
        try (Library lib = SqliteLibrary.open(library, false)) {
            LabelSchema schema = lib.labels().schema();
            AnnotationService service = new AnnotationService(lib, "bench");
            stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
                Opened opened = open(service, schema, articleId);
                check(opened.annotator().mismatches().isEmpty(), "spans do not match their article");
                drawn[0] = opened.highlights().size();
            });
        }
        check(drawn[0] == spans, "built " + drawn[0] + " highlights of " + spans);
        return new Row("open an article with N spans (read + verify + highlights)", spans, "spans", stats, spans, "spans",
                null, null, "1 MB article");
    }

    /** An article opened for annotation and its spans as highlights, as the workbench does it. */
    record Opened(ArticleAnnotator annotator, Article article, List<Span> spans, List<Highlight> highlights) {
    }

    static Opened open(AnnotationService service, LabelSchema schema, long articleId) {
        ArticleAnnotator annotator = service.open(articleId);
        List<Span> spans = annotator.spans();
        String text = annotator.article().text();
        return new Opened(annotator, annotator.article(), spans, SpanHighlights.of(text, spans, schema));
    }

    static Path copy(Path library, Path to) throws IOException {
        BenchRunner.deleteLibrary(to);
        Files.copy(library, to);
        return to;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private static void progress(String message) {
        System.err.println("[bench] " + message);
    }
}
