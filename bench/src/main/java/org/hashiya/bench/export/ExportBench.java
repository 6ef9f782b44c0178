package org.hashiya.bench.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hashiya.io.SchemaJson;

/**
 * Export and import of annotated data as a user meets them (issue 8, "Speed"): each command is its
 * own process, {@code java -jar target/hashiya.jar ...} with default JVM settings, timed from
 * process start to exit (JVM start included), median of {@code --reps} runs after
 * {@code --warmups}; peak resident memory of each process from the kernel ({@link ProcessRun}).
 *
 * <p>Per size (articles x spans each): a Hashiya JSONL is generated ({@link JsonlGenerator}); it is
 * imported into a fresh library ({@code hashiya import --db X.db data.jsonl}) each run; then, runs
 * alternating so that a change of machine load hits both alike, {@code hashiya export --format
 * spans-csv} and the plain Python script {@code bench/baseline_spans_csv.py} that writes the same
 * columns from the JSONL; finally {@code bench/check_spans_csv.py} reads the export with pandas and
 * checks it against the JSONL (and the baseline's CSV). Load averages are read around every row,
 * as the machine is shared.
 */
public final class ExportBench {
    /** What to run. {@code hashiya} is the command that starts Hashiya (java -jar target/hashiya.jar). */
    public record Options(List<Integer> articleCounts, int spansPerArticle, int warmups, int reps, long seed, Path out,
                          List<String> hashiya, String python, boolean check, int sample, Path schema,
                          boolean exportOnly) {
        public Options(List<Integer> articleCounts, int spansPerArticle, int warmups, int reps, long seed, Path out,
                       List<String> hashiya, String python, boolean check, int sample, Path schema) {
            this(articleCounts, spansPerArticle, warmups, reps, seed, out, hashiya, python, check, sample, schema, false);
        }

        static Options parse(String... args) {
            List<Integer> sizes = List.of(500, 2000);
            int spans = 500;
            int warmups = 1;
            int reps = 5;
            long seed = 42;
            Path out = Path.of("bench/out/export");
            List<String> hashiya = List.of("java", "-jar", Path.of("target/hashiya.jar").toAbsolutePath().toString());
            String python = "python3";
            boolean check = true;
            int sample = 5000;
            Path schema = Path.of("assets/schemas/default-schema.json");
            boolean exportOnly = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--articles" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--spans-per-article" -> spans = Integer.parseInt(args[++i]);
                    case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                    case "--reps" -> reps = Integer.parseInt(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--hashiya" -> hashiya = List.of(args[++i].trim().split("\\s+"));
                    case "--python" -> python = args[++i];
                    case "--no-python" -> python = null;
                    case "--no-check" -> check = false;
                    case "--sample" -> sample = Integer.parseInt(args[++i]);
                    case "--schema" -> schema = Path.of(args[++i]);
                    case "--export-only" -> exportOnly = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --articles 500,2000,"
                            + " --spans-per-article N, --warmups N, --reps N, --seed N, --out DIR, --hashiya 'java -jar JAR',"
                            + " --python PYTHON, --no-python, --no-check, --export-only, --sample N, --schema FILE)");
                }
            }
            return new Options(sizes, spans, warmups, reps, seed, out, hashiya, python, check, sample, schema, exportOnly);
        }
    }

    /** One measured command at one size. */
    public record Measured(String what, int articles, long rows, double[] seconds, long[] peakRssKb, double[] cpuSeconds,
                           String loadBefore, String loadAfter) {
        public double median() {
            return median(seconds);
        }

        public double spread() {
            double m = median();
            return m == 0 ? 0 : (Arrays.stream(seconds).max().orElse(0) - Arrays.stream(seconds).min().orElse(0)) / m;
        }

        public double rowsPerSecond() {
            return rows / median();
        }

        public long medianRssKb() {
            return (long) median(Arrays.stream(peakRssKb).asDoubleStream().toArray());
        }

        /** Median CPU time (user + system) of the process; negative when it could not be read. */
        public double medianCpu() {
            return median(cpuSeconds);
        }

        public long maxRssKb() {
            return Arrays.stream(peakRssKb).max().orElse(-1);
        }

        static double median(double[] values) {
            double[] s = values.clone();
            Arrays.sort(s);
            int n = s.length;
            return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }
    }

    /** The pandas check of one size: its JSON line, and whether it passed (null: not run). */
    public record Check(int articles, Boolean ok, String json) {
    }

    /** Everything one run measured. */
    public record Result(Options options, List<Measured> rows, List<Check> checks, String loadAtStart,
                         String loadAtEnd) {
        public Measured find(String what, int articles) {
            return rows.stream().filter(r -> r.what().equals(what) && r.articles() == articles).findFirst().orElse(null);
        }
    }

    static final String IMPORT = "hashiya import (JSONL)";
    static final String EXPORT = "hashiya export --format spans-csv";
    static final String PYTHON = "python3 baseline_spans_csv.py";

    private final Options options;
    private final Path root;

    public ExportBench(Options options) {
        this.options = options;
        this.root = Path.of("").toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("bench/export-bench: " + (e instanceof IndexOutOfBoundsException
                    ? "an option is missing its value" : e.getMessage()));
            System.exit(2);
            return;
        }
        Result result = new ExportBench(options).run();
        String markdown = markdown(result);
        System.out.println();
        System.out.println(markdown);
        Path file = options.out().getParent() == null ? Path.of("export-bench.md")
                : options.out().getParent().resolve("export-bench.md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.out.println("(also written to " + file + ")");
        boolean checksOk = result.checks().stream().allMatch(c -> c.ok() == null || c.ok());
        System.exit(checksOk ? 0 : 1);
    }

    public Result run() throws Exception {
        Files.createDirectories(options.out());
        String loadAtStart = loadAverage();
        log("load average " + loadAtStart + "; peak RSS from " + ProcessRun.rssMethod());
        List<Measured> rows = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        JsonlGenerator generator = new JsonlGenerator(options.seed(), SchemaJson.read(options.schema()));
        for (int articles : options.articleCounts()) {
            Path jsonl = options.out().resolve("spans-" + articles + "x" + options.spansPerArticle() + "-seed"
                    + options.seed() + ".jsonl");
            if (!Files.exists(jsonl)) {
                log("generating " + jsonl);
                generator.write(jsonl, articles, options.spansPerArticle());
            }
            long spans = (long) articles * options.spansPerArticle();
            Path db = options.out().resolve("import-" + articles + ".db");
            if (options.exportOnly() && Files.exists(db)) {
                log("--export-only: exporting " + db + " as the last run imported it");
            } else {
                rows.add(measure(IMPORT, articles, spans, () -> {
                    deleteLibrary(db);
                    return hashiya("import", "--db", db.toString(), jsonl.toString());
                }));
            }
            Path csv = options.out().resolve("export-" + articles + ".csv");
            Path baselineCsv = options.out().resolve("baseline-" + articles + ".csv");
            List<Measured> pair = measurePair(articles, spans,
                    () -> {
                        Files.deleteIfExists(csv);
                        return hashiya("export", "--db", db.toString(), "--format", "spans-csv", "--out", csv.toString());
                    },
                    options.python() == null ? null : () -> {
                        Files.deleteIfExists(baselineCsv);
                        return List.of(options.python(), root.resolve("bench/baseline_spans_csv.py").toString(),
                                jsonl.toString(), baselineCsv.toString(), "--schema", options.schema().toString());
                    });
            rows.addAll(pair);
            if (options.check() && options.python() != null) {
                checks.add(check(articles, spans, csv, jsonl, baselineCsv));
            }
        }
        return new Result(options, rows, checks, loadAtStart, loadAverage());
    }

    private interface CommandLine {
        List<String> prepare() throws IOException;
    }

    private Measured measure(String what, int articles, long rows, CommandLine command) throws Exception {
        String before = loadAverage();
        for (int i = 0; i < options.warmups(); i++) {
            ProcessRun.run(command.prepare(), root, null).requireSuccess();
        }
        double[] seconds = new double[options.reps()];
        long[] rss = new long[options.reps()];
        double[] cpu = new double[options.reps()];
        for (int i = 0; i < options.reps(); i++) {
            List<String> line = command.prepare();
            settle();
            ProcessRun run = ProcessRun.run(line, root, null).requireSuccess();
            seconds[i] = run.seconds();
            rss[i] = run.peakRssKb();
            cpu[i] = run.cpuSeconds();
            log(String.format(Locale.ROOT, "%s, %d articles: %.2f s, CPU %.2f s, peak RSS %d MB", what, articles,
                    run.seconds(), run.cpuSeconds(), run.peakRssKb() / 1024));
        }
        return new Measured(what, articles, rows, seconds, rss, cpu, before, loadAverage());
    }

    /** Export and the Python baseline, run by turns. */
    private List<Measured> measurePair(int articles, long rows, CommandLine export, CommandLine python) throws Exception {
        String before = loadAverage();
        for (int i = 0; i < options.warmups(); i++) {
            for (CommandLine command : python == null ? List.of(export) : List.of(export, python)) {
                ProcessRun.run(command.prepare(), root, null).requireSuccess();
            }
        }
        double[][] seconds = new double[2][options.reps()];
        long[][] rss = new long[2][options.reps()];
        double[][] cpu = new double[2][options.reps()];
        CommandLine[] commands = python == null ? new CommandLine[] {export} : new CommandLine[] {export, python};
        String[] names = {EXPORT, PYTHON};
        for (int i = 0; i < options.reps(); i++) {
            for (int c = 0; c < commands.length; c++) {
                List<String> line = commands[c].prepare();
                settle();
                ProcessRun run = ProcessRun.run(line, root, null).requireSuccess();
                seconds[c][i] = run.seconds();
                rss[c][i] = run.peakRssKb();
                cpu[c][i] = run.cpuSeconds();
                log(String.format(Locale.ROOT, "%s, %d articles: %.2f s, CPU %.2f s, peak RSS %d MB", names[c], articles,
                        run.seconds(), run.cpuSeconds(), run.peakRssKb() / 1024));
            }
        }
        String after = loadAverage();
        Measured measured = new Measured(EXPORT, articles, rows, seconds[0], rss[0], cpu[0], before, after);
        return python == null ? List.of(measured)
                : List.of(measured, new Measured(PYTHON, articles, rows, seconds[1], rss[1], cpu[1], before, after));
    }

    /**
     * Before each timed run, outside its time: the disk is synced, so a run does not pay for the
     * kernel writing back what the run before it wrote (an import writes 1.5 GB, an export 600 MB;
     * measured, an export right after them took 3.39 s against 3.16 s on a settled disk).
     */
    private void settle() throws Exception {
        ProcessRun.run(List.of("sync"), root, null);
    }

    private Check check(int articles, long spans, Path csv, Path jsonl, Path baselineCsv) throws Exception {
        Path stdout = Files.createTempFile("hashiya-check-", ".json");
        try {
            ProcessRun run = ProcessRun.run(List.of(options.python(), root.resolve("bench/check_spans_csv.py").toString(),
                    csv.toString(), jsonl.toString(), "--expect", Long.toString(spans), "--sample",
                    Integer.toString(options.sample()), "--compare", baselineCsv.toString()), root, stdout);
            String json = Files.readString(stdout, StandardCharsets.UTF_8).strip();
            if (run.stderr().contains("No module named 'pandas'")) {
                log("pandas check skipped: " + options.python() + " has no pandas (apt-get install python3-pandas)");
                return new Check(articles, null, "pandas not installed for " + options.python());
            }
            log("pandas check, " + articles + " articles: " + json + (run.stderr().isBlank() ? "" : "\n" + run.stderr()));
            return new Check(articles, run.status() == 0, json.isEmpty() ? run.stderr().strip() : json);
        } finally {
            Files.deleteIfExists(stdout);
        }
    }

    private List<String> hashiya(String... args) {
        List<String> command = new ArrayList<>(options.hashiya());
        command.addAll(List.of(args));
        return command;
    }

    private static void deleteLibrary(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    /** The 1, 5 and 15 minute load averages, as uptime prints them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void log(String message) {
        System.err.println("[export-bench] " + message);
    }

    /** The table (and notes) as Markdown. */
    public static String markdown(Result result) {
        Options o = result.options();
        StringBuilder sb = new StringBuilder();
        sb.append("## Export and import of annotated data (`bench/export-bench`)\n\n");
        sb.append(String.format(Locale.ROOT, "Each command its own process (`%s ...`, default JVM settings), timed from"
                + " process start to exit, the disk synced before each run (not timed); median of %d after %d warm-up; %d spans an article (~5 KB Arabic); peak RSS"
                + " from %s; CPU is the process's user + system time (all its threads), which a loaded machine moves"
                + " much less than the wall time. %d cores. Load average (1/5/15 min) at start %s, at end %s.%n%n",
                String.join(" ", shortJar(o.hashiya())), o.reps(), o.warmups(), o.spansPerArticle(),
                ProcessRun.rssMethod(), Runtime.getRuntime().availableProcessors(), result.loadAtStart(),
                result.loadAtEnd()));
        sb.append("| what | size | median | spread | rows/s | CPU (user+sys) | peak RSS (median, max) | load avg before → after | target | met |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        int largest = o.articleCounts().stream().mapToInt(Integer::intValue).max().orElse(0);
        int smallest = o.articleCounts().stream().mapToInt(Integer::intValue).min().orElse(0);
        for (Measured m : result.rows()) {
            String target = "";
            Boolean met = null;
            if (m.articles() == largest && m.what().equals(IMPORT)) {
                target = "≥ 100,000 spans/s";
                met = m.rowsPerSecond() >= 100_000;
            } else if (m.articles() == largest && m.what().equals(EXPORT)) {
                target = "≥ 300,000 rows/s";
                met = m.rowsPerSecond() >= 300_000;
                Measured small = result.find(EXPORT, smallest);
                if (small != null && smallest != largest) {
                    double ratio = (double) m.medianRssKb() / small.medianRssKb();
                    boolean flat = ratio <= 1.5;
                    target += String.format(Locale.ROOT, "; peak RSS ≤ 1.5 × at %,d spans (%.2f ×)",
                            small.rows(), ratio);
                    met = met && flat;
                }
            }
            sb.append("| ").append(m.what())
              .append(" | ").append(String.format(Locale.ROOT, "%,d spans (%,d articles)", m.rows(), m.articles()))
              .append(" | ").append(String.format(Locale.ROOT, "%.2f s", m.median()))
              .append(" | ").append(String.format(Locale.ROOT, "±%.0f%%", 100 * m.spread() / 2))
              .append(" | ").append(String.format(Locale.ROOT, "%,.0f", m.rowsPerSecond()))
              .append(" | ").append(m.medianCpu() < 0 ? "–" : String.format(Locale.ROOT, "%.2f s", m.medianCpu()))
              .append(" | ").append(String.format(Locale.ROOT, "%,d MB, %,d MB", m.medianRssKb() / 1024, m.maxRssKb() / 1024))
              .append(" | ").append(m.loadBefore()).append(" → ").append(m.loadAfter())
              .append(" | ").append(target)
              .append(" | ").append(met == null ? "" : met ? "yes" : "**NO**")
              .append(" |\n");
        }
        sb.append('\n');
        for (int articles : o.articleCounts()) {
            Measured export = result.find(EXPORT, articles);
            Measured python = result.find(PYTHON, articles);
            if (export != null && python != null) {
                sb.append(String.format(Locale.ROOT, "- %,d spans: Python baseline / Hashiya export = %.2f (%.2f s / %.2f s)%s;"
                        + " in CPU time %.2f (%.2f s / %.2f s)%n",
                        export.rows(), python.median() / export.median(), python.median(), export.median(),
                        python.median() >= export.median() ? ", Hashiya is faster" : ", **the Python script is faster**",
                        python.medianCpu() / export.medianCpu(), python.medianCpu(), export.medianCpu()));
            }
        }
        for (Check c : result.checks()) {
            sb.append(String.format(Locale.ROOT, "- pandas check, %,d articles: %s — `%s`%n", c.articles(),
                    c.ok() == null ? "skipped" : c.ok() ? "passed" : "**FAILED**", c.json()));
        }
        return sb.toString();
    }

    private static List<String> shortJar(List<String> command) {
        Path here = Path.of("").toAbsolutePath();
        return command.stream().map(s -> s.startsWith(here.toString() + "/") ? here.relativize(Path.of(s)).toString() : s)
                .map(s -> s.length() > 60 ? s.substring(0, 57) + "..." : s).toList();
    }
}
