package org.hashiya.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ArticleSummary;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * Runs the whole-operation benchmarks over a doubling series of generated libraries, checks the
 * feature issues' targets, then (optionally) the JMH micro-benchmarks, and prints one table.
 * {@code bench/run} is the way in; {@code BenchSmokeTest} runs a tiny size so this never rots.
 */
public final class BenchRunner {
    static final int RANDOM_READS = 200;
    static final long HEAP_TARGET_BYTES = 256L * 1024 * 1024;

    private final BenchOptions options;
    static final int TARGET_SPANS = 5000;

    private final Report report = new Report();
    private final SpanBenchmarks spans;

    public BenchRunner(BenchOptions options) {
        this.options = options;
        this.spans = new SpanBenchmarks(options);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            System.err.println("bench/run: " + (e instanceof IndexOutOfBoundsException
                    ? "an option is missing its value (bench/run --help lists them)" : e.getMessage()));
            System.exit(2);
            return;
        }
        Report report = new BenchRunner(options).run();
        String markdown = report.markdown();
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(options.outDir());
        Path last = options.outDir().resolve("last-run.md");
        Files.writeString(last, markdown, StandardCharsets.UTF_8);
        System.out.println("(also written to " + last + ")");
        System.exit(0); // the JavaFX toolkit's threads would keep the JVM alive
    }

    public Report run() throws Exception {
        for (int size : options.sizes()) {
            series(size);
        }
        if (options.targetSize() > 0) {
            targets(options.targetSize());
        }
        annotatedArticles();
        if (options.windowStart()) {
            windowStart();
        }
        report.notMeasured("export and import of annotated data", "measured by bench/export-bench (each command its own process)");
        report.notMeasured("library search", "measured by bench/search (GUI: bench/search-gui)");
        report.notMeasured("review table and statistics", "measured by bench/review, bench/review-events and bench/stats-bench");
        report.notMeasured("merge and agreement; annotate all occurrences; the registry",
                "measured by bench/merge-bench, bench/occurrences and bench/registry");
        if (options.jmh()) {
            MicroBenchmarks.run(options.quickJmh()).forEach(report::add);
        }
        return report;
    }

    /** Long articles with a doubling number of spans: opened from the store, then in the reading pane. */
    private void annotatedArticles() throws Exception {
        List<Integer> counts = options.longSpanCounts();
        if (counts.isEmpty()) {
            return;
        }
        progress("long annotated articles " + counts);
        Path library = spans.longLibrary(counts);
        for (int i = 0; i < counts.size(); i++) {
            report.add(spans.openAnnotatedArticle(library, i + 1, counts.get(i)));
        }
        if (!options.gui()) {
            return;
        }
        int heaviest = counts.indexOf(counts.stream().filter(c -> c <= TARGET_SPANS).max(Integer::compare).orElse(counts.get(0)));
        GuiBenchmarks gui = new GuiBenchmarks(options);
        gui.start();
        try {
            String text;
            try (Library lib = SqliteLibrary.open(library, false)) {
                text = lib.articles().find(heaviest + 1).orElseThrow().text();
            }
            progress("reading pane");
            report.add(gui.openLongArticle(text));
            report.add(gui.scrollPages(text, options.pages()));
            for (int i = 0; i < counts.size(); i++) {
                Row row = gui.openAnnotatedArticle(library, i + 1, counts.get(i));
                report.add(counts.get(i) == TARGET_SPANS ? row : row.withoutMet());
            }
            Path scratch = SpanBenchmarks.copy(library, options.outDir().resolve("lib-shortcuts.db"));
            report.add(gui.shortcutToHighlight(scratch, heaviest + 1, counts.get(heaviest), options.shortcuts()));
        } finally {
            gui.stop();
        }
    }

    /**
     * The workbench started as a user starts it, on the 10,000-article target library: process
     * launched → window visible under Xvfb, for {@code java -jar} and, when it has been built, the
     * app image ({@code bench/startup} measures the same with more options).
     */
    private void windowStart() throws Exception {
        Path jar = Path.of("target/hashiya.jar");
        Path image = Path.of("target/installer/Hashiya");
        Path library = options.outDir().resolve("lib-5kb-" + options.seed() + "-" + options.targetSize() + ".db");
        if (!Files.exists(jar) || !Files.exists(library)) {
            report.notMeasured("start to window", "needs target/hashiya.jar (mvn package) and the target library " + library);
            return;
        }
        if (!WindowStart.available()) {
            report.notMeasured("start to window", "needs Xvfb and xdotool (apt-get install xvfb xdotool)");
            return;
        }
        progress("start to window");
        WindowStart start = new WindowStart(options.outDir());
        Path copy = options.outDir().resolve("lib-window-start.db");
        try (StartToVisible.Xvfb xvfb = StartToVisible.Xvfb.start();
             StartToVisible.MapWatcher watcher = StartToVisible.MapWatcher.start(xvfb.display())) {
            start.watchMaps(watcher);
            windowStartRow(start, StartToVisible.jarWay(jar, List.of()), "java -jar", library, copy, xvfb.display(), 3);
            if (Files.isExecutable(image.resolve("bin/Hashiya"))) {
                windowStartRow(start, StartToVisible.imageWay(image, List.of()), "app image", library, copy, xvfb.display(), 2);
            } else {
                report.notMeasured("start to window (app image)", "build it first: mvn -Pinstaller -DskipTests package");
            }
        }
    }

    private void windowStartRow(WindowStart start, StartToVisible.Way way, String how, Path library, Path copy,
                                String display, double targetSeconds) throws Exception {
        double[] seconds = new double[options.repetitions()];
        double[] cpu = new double[options.repetitions()];
        double load = 0;
        long heap = 0;
        // at least one start before measuring: java -jar makes its start-up archive at its first exit
        for (int i = -Math.max(1, options.warmups()); i < options.repetitions(); i++) {
            SpanBenchmarks.copy(library, copy);
            double loadNow = StartToVisible.loadAverage();
            WindowStart.Measured m = start.once(way, copy, display);
            if (i >= 0) {
                seconds[i] = m.seconds();
                cpu[i] = m.cpuSeconds();
                load = Math.max(load, loadNow);
                heap = Math.max(heap, m.heapBytes());
            }
        }
        Timing.Stats stats = new Timing.Stats(seconds, heap);
        boolean met = stats.median() < targetSeconds && heap > 0 && heap < HEAP_TARGET_BYTES;
        report.add(new Row("start to window visible (" + how + ", Xvfb)", options.targetSize(), "articles", stats, 1,
                "starts", String.format(Locale.ROOT, "< %.0f s; heap after GC < 256 MB (%s)", targetSeconds, Report.mb(heap)), met,
                String.format(Locale.ROOT, "process launched → %s; %.1f s CPU by then; load average up to %.1f;"
                        + " heap read with jcmd after a full GC, library open", start.method(), new Timing.Stats(cpu, 0).median(), load)));
    }

    /** The doubling series: import, list, open and update at one library size. */
    private void series(int size) throws Exception {
        progress("size " + size);
        ArticleGenerator generator = new ArticleGenerator(options.seed(), ArticleGenerator.Sizes.VARIED_1_TO_10KB);
        Path folder = generatedFolder(generator, "varied", size);
        Path library = options.outDir().resolve("lib-varied-" + options.seed() + "-" + size + ".db");
        report.add(importRow("import folder", folder, library, size));
        report.add(listRow("open library + list summaries", library, size));
        report.add(randomReadRow(library, size));
        report.add(statusRow(library, size));
        if (size <= options.spanArticleLimit()) {
            progress("annotating " + size + " articles");
            int count = spans.annotateAll(library);
            report.add(spans.listArticleSpans(library, size, count));
            report.add(spans.listAllSpans(library, count));
        }
    }

    /** The stated targets: import speed at ~5 KB articles, listing and heap at 10,000 articles. */
    private void targets(int size) throws Exception {
        progress("targets at " + size);
        ArticleGenerator generator = new ArticleGenerator(options.seed(), ArticleGenerator.Sizes.AROUND_5KB);
        Path folder = generatedFolder(generator, "5kb", size);
        Path library = options.outDir().resolve("lib-5kb-" + options.seed() + "-" + size + ".db");
        Row imported = importRow("target: import ~5 KB articles", folder, library, size);
        report.add(imported.withTarget("≥ 1,000 articles/s", imported.throughput() >= 1000));

        long before = Timing.usedHeapAfterGc();
        List<ArticleSummary> held;
        try (Library lib = SqliteLibrary.open(library, false)) {
            held = lib.articles().listSummaries();
        }
        long retained = Timing.usedHeapAfterGc() - before;
        long inUse = Timing.usedHeapAfterGc();
        Row list = listRow("target: open library + list summaries", library, size);
        report.add(list.withTarget("heap < 256 MB (" + Report.mb(inUse) + " in use after GC, list holds "
                + Report.mb(retained) + ")", inUse < HEAP_TARGET_BYTES && held.size() == size));
    }

    private Row importRow(String what, Path folder, Path library, int size) throws Exception {
        long bytes = folderBytes(folder);
        int[] stored = new int[1];
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), new Timing.Operation() {
            @Override
            public void setup() throws IOException {
                deleteLibrary(library);
            }

            @Override
            public void run() {
                try (Library lib = SqliteLibrary.open(library, true)) {
                    ImportReport result = new ArticleImporter(lib.articles(), Clock.systemUTC())
                            .importPaths(List.of(folder), ImportListener.NONE, () -> false);
                    stored[0] = result.imported();
                }
            }
        });
        check(stored[0] == size, "imported " + stored[0] + " of " + size);
        return new Row(what, size, "articles", stats, size, "articles", null, null,
                String.format(Locale.ROOT, "%.1f MB, service.ArticleImporter", bytes / 1048576.0));
    }

    private Row listRow(String what, Path library, int size) throws Exception {
        int[] listed = new int[1];
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
            try (Library lib = SqliteLibrary.open(library, false)) {
                listed[0] = lib.articles().listSummaries().size();
            }
        });
        check(listed[0] == size, "listed " + listed[0] + " of " + size);
        return new Row(what, size, "articles", stats, size, "summaries", null, null, null);
    }

    private Row randomReadRow(Path library, int size) throws Exception {
        Random random = new Random(options.seed());
        long[] chars = new long[1];
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
            try (Library lib = SqliteLibrary.open(library, false)) {
                for (int i = 0; i < RANDOM_READS; i++) {
                    chars[0] += lib.articles().find(1 + random.nextInt(size)).orElseThrow().text().length();
                }
            }
        });
        return new Row("open " + RANDOM_READS + " random articles", size, "articles", stats, RANDOM_READS, "articles", null, null, null);
    }

    private Row statusRow(Path library, int size) throws Exception {
        Random random = new Random(options.seed() + 1);
        ArticleStatus[] statuses = ArticleStatus.values();
        Timing.Stats stats = Timing.measure(options.warmups(), options.repetitions(), () -> {
            try (Library lib = SqliteLibrary.open(library, false)) {
                for (int i = 0; i < RANDOM_READS; i++) {
                    lib.articles().updateStatus(1 + random.nextInt(size), statuses[random.nextInt(statuses.length)]);
                }
            }
        });
        return new Row("set status of " + RANDOM_READS + " articles (1 commit each)", size, "articles", stats,
                RANDOM_READS, "commits", null, null, null);
    }

    /** Generated files are kept between runs: generating is not what is measured. */
    private Path generatedFolder(ArticleGenerator generator, String kind, int size) throws IOException {
        Path folder = options.outDir().resolve("files-" + kind + "-" + options.seed() + "-" + size);
        // the marker sits beside the folder so that the folder holds articles only
        Path done = folder.resolveSibling(folder.getFileName() + ".complete");
        if (!Files.exists(done)) {
            progress("generating " + size + " " + kind + " articles into " + folder);
            generator.writeFiles(folder, size);
            Files.writeString(done, "");
        }
        return folder;
    }

    private static long folderBytes(Path folder) throws IOException {
        long sum = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                sum += Files.size(p);
            }
        }
        return sum;
    }

    static void deleteLibrary(Path library) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(library.resolveSibling(library.getFileName() + suffix));
        }
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
