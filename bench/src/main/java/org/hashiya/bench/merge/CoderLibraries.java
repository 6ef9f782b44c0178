package org.hashiya.bench.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.bench.SpanBulkWriter;
import org.hashiya.bench.SpanGenerator;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Two coders' libraries for bench/merge-bench: MINE (coder "amal") holds generated articles
 * 0..N-1, THEIRS (coder "omar") articles N-SHARED..2N-SHARED-1, each article with SPANS spans at
 * positions drawn per coder (so the two agree on some spans, overlap on others, differ on the rest),
 * events on them and a registry of their actors ({@link EventsAndRegistry}).
 *
 * <pre>CoderLibraries OUT_DIR ARTICLES SHARED SPANS_PER_ARTICLE</pre>
 */
public final class CoderLibraries {
    private CoderLibraries() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int shared = Integer.parseInt(args[2]);
        int spans = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        ArticleGenerator generator = new ArticleGenerator(42, ArticleGenerator.Sizes.AROUND_5KB);
        build(out.resolve("mine.db"), generator, 0, articles, spans, "amal", 1);
        build(out.resolve("theirs.db"), generator, articles - shared, articles, spans, "omar", 2);
    }

    private static void build(Path file, ArticleGenerator generator, int from, int count, int spansPerArticle,
                              String coder, long seed) throws Exception {
        Files.deleteIfExists(file);
        List<NewSpan> spans = new ArrayList<>();
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            SpanGenerator spanGenerator = new SpanGenerator(seed, lib.labels().schema());
            for (int start = from; start < from + count; start += 1000) {
                List<NewArticle> batch = generator.newArticles(start, Math.min(1000, from + count - start));
                var stored = lib.articles().addAll(batch);
                for (int i = 0; i < stored.size(); i++) {
                    for (NewSpan s : spanGenerator.spans(stored.get(i).id(), batch.get(i).text(), spansPerArticle)) {
                        spans.add(new NewSpan(s.articleId(), s.labelId(), s.start(), s.end(), s.text(), coder, s.note(),
                                s.createdAt()));
                    }
                }
            }
        }
        SpanBulkWriter.write(file, spans);
        long[] more = EventsAndRegistry.write(file);
        System.out.println(file + ": " + count + " articles, " + spans.size() + " spans by " + coder + ", " + more[0]
                + " events with " + more[1] + " arguments, " + more[2] + " registry entries with " + more[3] + " span links");
    }
}
