package org.hashiya.bench.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hashiya.bench.ArticleGenerator;
import org.hashiya.bench.SpanBulkWriter;
import org.hashiya.bench.SpanGenerator;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * {@code hashiya stats} as a user meets it: {@code java -jar target/hashiya.jar stats} timed from
 * process start to exit on a library of about a million spans (5 KB articles annotated at the
 * natural density, spread over eight annotators, a year of days and the four statuses), one
 * warm-up then the median of five, for the whole library and for each kind of filter.
 *
 * <pre>bench/stats-bench [--spans N] [--db FILE]</pre>
 */
public final class StatsBench {
    private static final String[] ANNOTATORS = {"amal", "omar", "hind", "يوسف", "salma", "karim", "نور", "lina"};
    private static final String[] STATUSES = {"new", "in_progress", "done", "reviewed"};

    private StatsBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        int spans = a.contains("--spans") ? Integer.parseInt(a.get(a.indexOf("--spans") + 1)) : 1_000_000;
        Path db = a.contains("--db") ? Path.of(a.get(a.indexOf("--db") + 1))
                : Path.of("bench/out/lib-stats-" + spans + ".db");
        if (!Files.exists(db)) {
            build(db, spans);
        }
        Path jar = Path.of("target/hashiya.jar");
        System.out.printf(Locale.ROOT, "library %s: %.0f MB%n", db, Files.size(db) / 1048576.0);
        System.out.println("| command | median s | min s | max s | CPU s (median) | lines |");
        System.out.println("|---|---|---|---|---|---|");
        time(jar, db);
        time(jar, db, "--annotator", "omar");
        time(jar, db, "--label", "ATTACK", "--label", "PERSON");
        time(jar, db, "--kind", "actor");
        time(jar, db, "--status", "done");
        time(jar, db, "--from", "2026-03-01", "--to", "2026-03-31");
        time(jar, db, "--article", "17");
    }

    /** Articles until {@code spans} spans are written; then annotators, days and statuses spread. */
    static void build(Path db, int target) throws IOException, SQLException {
        Files.createDirectories(db.toAbsolutePath().getParent());
        ArticleGenerator articles = new ArticleGenerator(7, ArticleGenerator.Sizes.AROUND_5KB);
        int written = 0;
        try (Library lib = SqliteLibrary.open(db, true)) {
            SpanGenerator generator = new SpanGenerator(7, new SchemaService(lib).ensureSchema());
            for (int from = 0; written < target; from += 500) {
                List<NewArticle> batch = articles.newArticles(from, 500);
                List<Long> ids = lib.articles().addAll(batch).stream().map(r -> r.id()).toList();
                List<NewSpan> chunk = new ArrayList<>();
                for (int i = 0; i < ids.size() && written + chunk.size() < target; i++) {
                    List<NewSpan> some = generator.spans(ids.get(i), batch.get(i).text());
                    chunk.addAll(some.subList(0, Math.min(some.size(), target - written - chunk.size())));
                }
                SpanBulkWriter.write(db, chunk);
                written += chunk.size();
                System.err.printf("%d articles, %d spans%n", from + batch.size(), written);
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            StringBuilder annotator = new StringBuilder("CASE id % " + ANNOTATORS.length);
            for (int i = 0; i < ANNOTATORS.length; i++) {
                annotator.append(" WHEN ").append(i).append(" THEN '").append(ANNOTATORS[i]).append('\'');
            }
            st.executeUpdate("UPDATE span SET annotator = " + annotator + " END, created_at = "
                    + "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || (article_id * 7 % 365) || ' days', "
                    + "'+' || (id % 86400) || ' seconds')");
            StringBuilder status = new StringBuilder("CASE id % " + STATUSES.length);
            for (int i = 0; i < STATUSES.length; i++) {
                status.append(" WHEN ").append(i).append(" THEN '").append(STATUSES[i]).append('\'');
            }
            st.executeUpdate("UPDATE article SET status = " + status + " END");
        }
    }

    /**
     * One warm-up, then five timed runs from process start to exit. Where {@code /usr/bin/time}
     * exists it also reports the CPU time (user + system), which a busy shared machine inflates far
     * less than the wall time.
     */
    private static void time(Path jar, Path db, String... filters) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString(), "stats", "--db", db.toString()));
        command.addAll(List.of(filters));
        boolean cpu = Files.isExecutable(Path.of("/usr/bin/time"));
        Path cpuFile = Files.createTempFile("stats", ".cpu");
        if (cpu) {
            command.addAll(0, List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
        }
        double[] seconds = new double[5];
        double[] cpuSeconds = new double[5];
        long lines = 0;
        for (int run = -1; run < seconds.length; run++) {
            Path out = Files.createTempFile("stats", ".tsv");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
            }
            if (run >= 0) {
                seconds[run] = (System.nanoTime() - start) / 1e9;
                if (cpu) {
                    String[] userSystem = Files.readString(cpuFile).strip().split("\\s+");
                    cpuSeconds[run] = Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1]);
                }
            }
            lines = Files.readAllLines(out).size();
            Files.delete(out);
        }
        Files.delete(cpuFile);
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        System.out.printf(Locale.ROOT, "| `stats %s` | %.2f | %.2f | %.2f | %s | %d |%n", String.join(" ", filters),
                seconds[seconds.length / 2], seconds[0], seconds[seconds.length - 1],
                cpu ? String.format(Locale.ROOT, "%.2f", cpuSeconds[cpuSeconds.length / 2]) : "-", lines);
    }
}
