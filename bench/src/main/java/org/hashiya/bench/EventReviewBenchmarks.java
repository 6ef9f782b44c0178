package org.hashiya.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hashiya.domain.EventReviewFilter;
import org.hashiya.domain.EventReviewRow;
import org.hashiya.domain.EventReviewSort;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.SpanFilter;
import org.hashiya.service.review.EventReviewService;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * The review view's events mode over a library of many events: what the view asks the library for
 * on each action (the count and the first two pages of 64 events; a jump to the end; a page in the
 * middle by skip), each from the call to the rows in hand, with the CPU time the reading thread
 * spent. Median of 5 after one warm-up. {@code bench/review-events} runs it.
 *
 * <p>The library: the review benchmark's span library, copied, with every k-th span made the
 * trigger of an event (relabelled ATTACK, MEET, ARREST or STATEMENT) whose roles are filled by
 * one to three neighbouring spans of its article; a quarter of them lack a required role.
 */
public final class EventReviewBenchmarks {
    public static void main(String[] args) throws Exception {
        int spans = 300_000;
        int events = 100_000;
        int reps = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--spans" -> spans = Integer.parseInt(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("bench/review-events: unknown option " + args[i] + " (--spans N, --events N, --reps N)");
                    System.exit(2);
                }
            }
        }
        Path out = Path.of("bench/out");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        Path library = out.resolve("lib-review-events-" + spans + "-" + events + ".db");
        Path done = library.resolveSibling(library.getFileName() + ".complete");
        if (!Files.exists(done)) {
            build(library, spans, events);
            Files.writeString(done, "");
        }
        System.err.printf(Locale.ROOT, "library ready in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, library);
        try (Library lib = SqliteLibrary.open(library, false)) {
            ReviewService spansService = new ReviewService(lib, "bench");
            if (spansService.indexPending() > 0) {
                long t = System.nanoTime();
                spansService.updateIndex(ReviewService.Progress.NONE, () -> false);
                System.err.printf(Locale.ROOT, "review index built in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            run(new EventReviewService(lib, spansService), reps, lib.events().count(), lib.articles().count());
        }
        System.out.println("Load average at the end: " + ReviewBenchmarks.loadAverage() + " (2 cores shared)");
    }

    /**
     * Articles from the bench generator (about 5 KB each), 80 spans in each at fixed places (labels,
     * annotators and days varied), every k-th span an event's trigger; SQL does the bulk.
     */
    private static void build(Path library, int spans, int events) throws Exception {
        BenchRunner.deleteLibrary(library);
        int perArticle = 80;
        int articles = (spans + perArticle - 1) / perArticle;
        ArticleGenerator generator = new ArticleGenerator(42, ArticleGenerator.Sizes.AROUND_5KB);
        try (Library lib = SqliteLibrary.open(library, true)) {
            new org.hashiya.service.SchemaService(lib).ensureSchema();
            for (int next = 0; next < articles; next += 500) {
                lib.articles().addAll(generator.newArticles(next, Math.min(500, articles - next)));
            }
        }
        int every = Math.max(2, spans / events);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library);
             Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            String[] labels = {"STATE_GOV", "NONSTATE_ARMED", "LOCATION", "COALITION_IGO", "PERSON", "CIVILIANS"};
            StringBuilder label = new StringBuilder("CASE k % " + labels.length);
            for (int i = 0; i < labels.length; i++) {
                label.append(" WHEN ").append(i).append(" THEN '").append(labels[i]).append("'");
            }
            label.append(" END");
            st.execute("INSERT INTO span (article_id, label_id, start_cp, end_cp, text, annotator, created_at, updated_at, uuid)"
                    + " WITH RECURSIVE n(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM n WHERE k < " + (perArticle - 1) + ")"
                    + " SELECT a.id, " + label + ", k * 50, k * 50 + 12, substr(a.text, k * 50 + 1, 12),"
                    + " CASE (a.id + k) % 4 WHEN 0 THEN 'amal' WHEN 1 THEN 'omar' WHEN 2 THEN 'سارة' ELSE 'karim' END,"
                    + " '2026-0' || (1 + (a.id + k) % 9) || '-1' || ((a.id * 7 + k) % 10) || 'T10:00:00Z',"
                    + " '2026-01-01T00:00:00Z', lower(hex(randomblob(16)))"
                    + " FROM article a CROSS JOIN n WHERE a.length > k * 50 + 12 ORDER BY a.id, k LIMIT " + spans);
            c.commit();
            addEvents(c, st, every, events);
        }
    }

    private static void addEvents(Connection c, Statement st, int every, int events) throws Exception {
        {
            // one statement block: the events and their arguments commit together
            st.execute("UPDATE span SET label_id = CASE (id / " + every + ") % 4 WHEN 0 THEN 'ATTACK' WHEN 1 THEN 'MEET'"
                    + " WHEN 2 THEN 'ARREST' ELSE 'STATEMENT' END WHERE id % " + every + " = 0");
            st.execute("INSERT INTO event (article_id, trigger_span_id, event_date, date_precision, certainty)"
                    + " SELECT article_id, id, CASE id % 3 WHEN 0 THEN '' WHEN 1 THEN '2026-0' || (1 + id % 9) ELSE"
                    + " '2026-0' || (1 + id % 9) || '-1' || (id % 10) END,"
                    + " CASE id % 3 WHEN 0 THEN '' WHEN 1 THEN 'month' ELSE 'day' END,"
                    + " CASE id % 5 WHEN 0 THEN '' WHEN 1 THEN 'reported' WHEN 2 THEN 'confirmed' WHEN 3 THEN 'claimed'"
                    + " ELSE 'uncertain' END FROM span WHERE id % " + every + " = 0 LIMIT " + events);
            String[][] roles = {{"ATTACK", "Attacker", "Target", "Place"}, {"MEET", "Participant", "Host", "Place"},
                {"ARREST", "Detainee", "Agent", "Place"}, {"STATEMENT", "Speaker", "Addressee", "Place"}};
            for (String[] r : roles) {
                for (int k = 1; k <= 3; k++) {
                    // the k-th role from the span k places after the trigger in its article; the first role
                    // (required for all but ATTACK) left empty for a quarter of the events
                    st.execute("INSERT INTO event_argument (event_id, position, role, filler_span_id)"
                            + " SELECT e.id, " + (k - 1) + ", '" + r[k] + "', f.id FROM event e"
                            + " JOIN span t ON t.id = e.trigger_span_id AND t.label_id = '" + r[0] + "'"
                            + " JOIN span f ON f.id = t.id + " + k + " AND f.article_id = t.article_id"
                            + " WHERE " + (k == 1 ? "e.id % 4 <> 0" : "e.id % " + (k + 1) + " <> 0"));
                }
            }
            c.commit();
        }
    }

    private static void run(EventReviewService service, int reps, int events, long articles) throws Exception {
        ReviewFilter all = ReviewFilter.ALL;
        SpanFilter none = SpanFilter.ALL;
        Object[][] cases = {
            {"everything", EventReviewFilter.ALL},
            {"label (ATTACK)", EventReviewFilter.ALL.withReview(all.withSpans(none.withLabels(List.of("ATTACK"))))},
            {"article (one)", EventReviewFilter.ALL.withReview(all.withSpans(none.withArticles(List.of(articles / 2))))},
            {"annotator (amal)", EventReviewFilter.ALL.withReview(all.withSpans(none.withAnnotators(List.of("amal"))))},
            {"date (one week)", EventReviewFilter.ALL.withReview(all.withSpans(none.withDates(
                    java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 2, 7))))},
            {"missing a required role", EventReviewFilter.ALL.withMissingRequiredOnly(true)},
            {"free text «التحالف» (trigger or fillers)", EventReviewFilter.ALL.withReview(all.withText("التحالف"))},
            {"free text «زززز» (no hit)", EventReviewFilter.ALL.withReview(all.withText("زززز"))},
        };
        System.out.printf(Locale.ROOT, "## Review view, events mode: %,d events, %,d articles%n%n", events, articles);
        System.out.println("| what the view asks (count + first 128 events) | events listed | median wall | median CPU (reading thread) |");
        System.out.println("|---|---:|---:|---:|");
        for (Object[] c : cases) {
            EventReviewFilter filter = (EventReviewFilter) c[1];
            long[] n = new long[1];
            line((String) c[0], reps, () -> {
                n[0] = service.count(filter);
                service.rows(filter, EventReviewSort.LIBRARY, null, 0, 128);
            }, n);
        }
        for (EventReviewSort.Column column : EventReviewSort.Column.values()) {
            EventReviewSort sort = new EventReviewSort(column, true);
            long[] n = {events};
            line("sort by " + column.name().toLowerCase(Locale.ROOT) + " descending (first 128)", reps,
                    () -> service.rows(EventReviewFilter.ALL, sort, null, 0, 128), n);
        }
        long[] n = {events};
        line("jump to the end (last 64, read backwards)", reps,
                () -> service.rowsBefore(EventReviewFilter.ALL, EventReviewSort.LIBRARY, null, 64), n);
        List<EventReviewRow> first = service.rows(EventReviewFilter.ALL, EventReviewSort.LIBRARY, null, 0, 64);
        line("next page by keyset (64 after a page held)", reps,
                () -> service.rows(EventReviewFilter.ALL, EventReviewSort.LIBRARY, first.get(63).key(), 0, 64), n);
        line("jump to the middle (64 by skip from the start)", reps,
                () -> service.rows(EventReviewFilter.ALL, EventReviewSort.LIBRARY, null, events / 2, 64), n);
    }

    private interface Action {
        void run() throws Exception;
    }

    private static void line(String what, int reps, Action action, long[] listed) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int i = -1; i < reps; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            action.run();
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.0f ms | %.0f ms |%n", what, listed[0], wall[reps / 2], cpu[reps / 2]);
    }
}
