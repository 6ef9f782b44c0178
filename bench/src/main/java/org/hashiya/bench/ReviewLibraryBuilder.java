package org.hashiya.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * A library as a review round meets it: ~5 KB generated articles annotated at the natural density
 * until {@code spans} spans, by six annotators over 120 days, one span in ten with a note, every
 * article in one of the four statuses, titled by its headline, one span in five marked reviewed.
 * Depends only on the seed and the size, so it is built once and kept in {@code bench/out}.
 */
final class ReviewLibraryBuilder {
    static final String[] ANNOTATORS = {"amal", "bilal", "سارة", "karim", "نور", "bench"};
    static final Instant FIRST_DAY = Instant.parse("2026-01-01T00:00:00Z");
    static final int DAYS = 120;
    private static final String[] NOTES = {"راجع التسمية", "هل هو فاعل أم مفعول؟", "check the label",
        "ينقصه الاسم الكامل", "duplicate of the headline span", "مكان غير واضح"};

    private ReviewLibraryBuilder() {
    }

    /** Builds the library at {@code file} unless a complete one is there; returns its span count. */
    static long build(Path file, long seed, int spans) throws Exception {
        Path done = file.resolveSibling(file.getFileName() + ".complete");
        if (Files.exists(done) && Files.exists(file)) {
            return spans;
        }
        BenchRunner.deleteLibrary(file);
        ArticleGenerator articles = new ArticleGenerator(seed, ArticleGenerator.Sizes.AROUND_5KB);
        Random random = new Random(seed);
        long written = 0;
        try (Library lib = SqliteLibrary.open(file, true)) {
            LabelSchema schema = new SchemaService(lib).ensureSchema();
            SpanGenerator generator = new SpanGenerator(seed, schema);
            int next = 0;
            while (written < spans) {
                List<NewArticle> batch = articles.newArticles(next, 500).stream().map(ReviewLibraryBuilder::headlined)
                        .toList();
                List<GeneratedArticle> ids = new ArrayList<>();
                var results = lib.articles().addAll(batch);
                for (int i = 0; i < batch.size(); i++) {
                    ids.add(new GeneratedArticle(results.get(i).id(), batch.get(i).text()));
                }
                next += batch.size();
                List<NewSpan> chunk = new ArrayList<>();
                for (GeneratedArticle a : ids) {
                    for (NewSpan s : generator.spans(a.id(), a.text())) {
                        if (written + chunk.size() >= spans) {
                            break;
                        }
                        chunk.add(vary(s, random));
                    }
                }
                SpanBulkWriter.write(file, chunk);
                written += chunk.size();
            }
        }
        setStatuses(file, random);
        markReviewed(file);
        Files.writeString(done, "");
        return written;
    }

    private record GeneratedArticle(long id, String text) {
    }

    /** Titled by the headline (the generator's first line is the site's breadcrumb, the same for many). */
    private static NewArticle headlined(NewArticle a) {
        for (String line : a.text().split("\n")) {
            if (line.strip().length() > 25) {
                return new NewArticle(a.text(), a.metadata().withTitle(line.strip()), a.importRecord());
            }
        }
        return a;
    }

    private static NewSpan vary(NewSpan s, Random random) {
        String annotator = ANNOTATORS[random.nextInt(ANNOTATORS.length)];
        Instant created = FIRST_DAY.plus(Duration.ofSeconds((long) random.nextInt(DAYS * 86_400)));
        String note = random.nextInt(10) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
        return new NewSpan(s.articleId(), s.labelId(), s.start(), s.end(), s.text(), annotator, note, created);
    }

    /** One span in five reviewed, by one of two reviewers, on one of ten days. */
    private static void markReviewed(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE span SET reviewed_by = CASE WHEN id % 2 = 0 THEN 'هدى' ELSE 'karim' END,"
                    + " reviewed_at = '2026-05-0' || (id % 9 + 1) || 'T10:00:00Z' WHERE id % 5 = 0");
        }
    }

    private static void setStatuses(Path file, Random random) throws Exception {
        ArticleStatus[] statuses = ArticleStatus.values();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM article")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE article SET status = ? WHERE id = ?")) {
                for (long id : ids) {
                    st.setString(1, statuses[random.nextInt(statuses.length)].id());
                    st.setLong(2, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            c.commit();
        }
    }
}
