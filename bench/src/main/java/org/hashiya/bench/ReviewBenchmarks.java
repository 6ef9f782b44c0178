package org.hashiya.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.ReviewSort;
import org.hashiya.service.review.ReviewService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.review.ReviewItem;
import org.hashiya.ui.review.ReviewRows;
import org.hashiya.ui.review.ReviewView;
import org.hashiya.ui.review.ReviewViewModel;

/**
 * The review view's speed targets over a library of a million spans, measured as a user meets
 * them: in a shown window (JavaFX on headless Monocle, software rendering, as the tests run), from
 * the action to the table drawn with its rows filled in: first screen, each filter, free text,
 * sorting, scrolling page by page and by wheel notches (from the top and over the last hundred
 * pages; smooth when 95 steps in 100 are drawn within {@link #SMOOTH_P95}) and jumping to the end.
 * Median of 5 after one warm-up.
 * {@code bench/review} runs it; the library is built once and kept in {@code bench/out}.
 */
public final class ReviewBenchmarks {
    static final double WIDTH = 1400;
    static final double HEIGHT = 900;

    private final int warmups;
    private final int reps;
    private final Report report = new Report();
    private Stage stage;
    private ReviewViewModel model;
    private ReviewView view;
    private final Executor reads = daemon("review-bench-reads");
    private final Executor indexing = daemon("review-bench-index");
    /** The parts to run (queries, first, filters, text, sort, scroll); all when empty. */
    private final Set<String> only;
    private final boolean forcedCss;
    /** The JavaFX application thread, whose CPU time is reported beside the process's. */
    private volatile long uiThread = -1;

    ReviewBenchmarks(int warmups, int reps, Set<String> only, boolean forcedCss) {
        this.warmups = warmups;
        this.reps = reps;
        this.only = only;
        this.forcedCss = forcedCss;
    }

    private boolean runs(String part) {
        return only.isEmpty() || only.contains(part);
    }

    public static void main(String[] args) throws Exception {
        int spans = 1_000_000;
        int reps = 5;
        Path out = Path.of("bench/out");
        Set<String> only = Set.of();
        boolean forcedCss = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--spans" -> spans = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--forced-css" -> forcedCss = true;
                default -> {
                    System.err.println("bench/review: unknown option " + args[i]
                            + " (--spans N, --reps N, --out DIR, --only queries,first,filters,text,sort,scroll, --forced-css)");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        Path library = out.resolve("lib-review-42-" + spans + ".db");
        progress("library " + library + " (built once)");
        long t0 = System.nanoTime();
        ReviewLibraryBuilder.build(library, 42, spans);
        progress(String.format(Locale.ROOT, "library ready in %.1f s", (System.nanoTime() - t0) / 1e9));
        ReviewBenchmarks bench = new ReviewBenchmarks(1, reps, only, forcedCss);
        String markdown = bench.run(library, spans);
        System.out.println();
        System.out.println(markdown);
        Path last = out.resolve("review-run.md");
        Files.writeString(last, markdown, StandardCharsets.UTF_8);
        System.out.println("(also written to " + last + ")");
        System.exit(0);
    }

    String run(Path library, int spans) throws Exception {
        try (Library lib = SqliteLibrary.open(library, false)) {
            ReviewService service = new ReviewService(lib, "bench");
            long pending = service.indexPending();
            if (pending > 0) {
                progress("building the review index for " + pending + " spans");
                long start = System.nanoTime();
                service.updateIndex(ReviewService.Progress.NONE, () -> false);
                double seconds = (System.nanoTime() - start) / 1e9;
                report.add(new Row("review index built (text keys + mismatch check, once per library)", spans, "spans",
                        new Timing.Stats(new double[] {seconds}, 0), pending, "spans", null, null,
                        "a library opened by an older version builds it once, in the background"));
            }
            startFx();
            try {
                measure(lib, spans);
            } finally {
                GuiBenchmarks.fx(() -> {
                    stage.close();
                    return null;
                });
            }
        }
        report.notMeasured("nothing else", "every review target is above");
        return "## Review view, " + String.format(Locale.ROOT, "%,d", spans) + " spans\n\n" + report.table()
                + "\nLoad average during the run: " + loadAverage() + " (2 cores shared).\n";
    }

    private void startFx() throws Exception {
        GuiBenchmarks.useHeadlessMonocle();
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // started already
        }
        Platform.setImplicitExit(false);
        GuiBenchmarks.fx(() -> {
            uiThread = Thread.currentThread().getId();
            model = new ReviewViewModel(reads, indexing, Platform::runLater);
            view = new ReviewView(model);
            stage = new Stage();
            stage.setScene(new Scene(view, WIDTH, HEIGHT));
            stage.show();
            return null;
        });
    }

    private void measure(Library lib, int spans) throws Exception {
        ReviewService service = new ReviewService(lib, "bench");
        long article = lib.articles().count() / 2;
        if (runs("queries")) {
            queries(service, spans, article);
        }
        GuiBenchmarks.fx(() -> {
            model.setService(service);
            return null;
        });
        settle();
        // first screen: a library chosen, the table drawn with its first rows
        if (runs("first")) {
            report.add(target("first screen (library given to the view → rows drawn)", spans, 1.0,
                    () -> GuiBenchmarks.fx(() -> {
                        model.setService(null);
                        return null;
                    }), () -> model.setService(service)));
        }
        List<Object[]> filters = List.of(
                new Object[] {"label (ATTACK)", (Consumer<ReviewViewModel>) m -> m.setLabels(Set.of("ATTACK"))},
                new Object[] {"article (one)", (Consumer<ReviewViewModel>) m -> m.setArticles(Set.of(article))},
                new Object[] {"annotator (amal)", (Consumer<ReviewViewModel>) m -> m.setAnnotators(Set.of("amal"))},
                new Object[] {"status (done)", (Consumer<ReviewViewModel>) m -> m.setStatuses(Set.of(ArticleStatus.DONE))},
                new Object[] {"date (one week)", (Consumer<ReviewViewModel>) m -> m.setDates(LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 7))},
                new Object[] {"reviewed: not reviewed", (Consumer<ReviewViewModel>) m -> m.setReviewed(
                        org.hashiya.domain.ReviewFilter.Reviewed.NOT_REVIEWED)},
                new Object[] {"label + annotator + status", (Consumer<ReviewViewModel>) m -> {
                    m.setFilter(org.hashiya.domain.ReviewFilter.ALL.withSpans(org.hashiya.domain.SpanFilter.ALL
                            .withLabels(List.of("ATTACK")).withAnnotators(List.of("amal"))
                            .withStatuses(List.of(ArticleStatus.DONE))));
                }});
        for (Object[] f : runs("filters") ? filters : List.<Object[]>of()) {
            @SuppressWarnings("unchecked")
            Consumer<ReviewViewModel> apply = (Consumer<ReviewViewModel>) f[1];
            report.add(target("filter: " + f[0] + " (set → rows drawn)", spans, 0.2, this::clearFilters,
                    () -> apply.accept(model)));
        }
        for (String text : runs("text") ? List.of("التحالف", "الامريكيه", "زززز", "راجع") : List.<String>of()) {
            report.add(target("free text «" + text + "» (typed → rows drawn)", spans, 0.5, this::clearFilters,
                    () -> model.setText(text)));
        }
        if (runs("text")) {
            report.add(target("free text of two letters «ال» (scans the keys)", spans, 0.5, this::clearFilters,
                    () -> model.setText("ال")).withoutMet());
        }
        GuiBenchmarks.fx(() -> {
            model.clearFilters();
            return null;
        });
        settle();
        for (ReviewSort.Column column : ReviewSort.Column.values()) {
            if (column == ReviewSort.Column.LIBRARY || !runs("sort")) {
                continue;
            }
            report.add(target("sort by " + column.name().toLowerCase(Locale.ROOT) + " (click → rows drawn)", spans, 1.0,
                    () -> GuiBenchmarks.fx(() -> {
                        model.setSort(ReviewSort.LIBRARY);
                        return null;
                    }), () -> model.setSort(ReviewSort.descending(column))).withoutMet());
        }
        GuiBenchmarks.fx(() -> {
            model.setSort(ReviewSort.LIBRARY);
            return null;
        });
        settle();
        if (runs("scroll")) {
            scrolling(spans);
        }
    }

    /** The library's part alone: count and the first 128 rows, as the view asks for them (no drawing). */
    private void queries(ReviewService service, int spans, long article) throws Exception {
        org.hashiya.domain.ReviewFilter all = org.hashiya.domain.ReviewFilter.ALL;
        org.hashiya.domain.SpanFilter none = org.hashiya.domain.SpanFilter.ALL;
        Object[][] filters = {
            {"everything", all},
            {"label (ATTACK)", all.withSpans(none.withLabels(List.of("ATTACK")))},
            {"article (one)", all.withSpans(none.withArticles(List.of(article)))},
            {"annotator (amal)", all.withSpans(none.withAnnotators(List.of("amal")))},
            {"status (done)", all.withSpans(none.withStatuses(List.of(ArticleStatus.DONE)))},
            {"date (one week)", all.withSpans(none.withDates(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 7)))},
            {"free text «التحالف»", all.withText("التحالف")},
            {"free text «الامريكيه»", all.withText("الامريكيه")},
            {"free text «ال» (two letters)", all.withText("ال")},
        };
        for (Object[] f : filters) {
            org.hashiya.domain.ReviewFilter filter = (org.hashiya.domain.ReviewFilter) f[1];
            long[] count = new long[1];
            Timing.Stats stats = Timing.measure(warmups, reps, () -> {
                count[0] = service.count(filter);
                service.rows(filter, ReviewSort.LIBRARY, null, 0, 128);
            });
            boolean text = filter.hasText();
            report.add(new Row("query only: " + f[0] + " (count + first 128 rows)", spans, "spans", stats, 1, "queries",
                    text ? "< 500 ms" : "< 200 ms", stats.median() < (text ? 0.5 : 0.2),
                    String.format(Locale.ROOT, "%,d rows", count[0])));
        }
    }

    private void clearFilters() throws Exception {
        GuiBenchmarks.fx(() -> {
            model.clearFilters();
            return null;
        });
        settle();
    }

    /** Something done before a measured run, not timed. */
    private interface Step {
        void run() throws Exception;
    }

    /**
     * Times {@code action} (on the FX thread) until the table shows filled rows and is drawn;
     * {@code setup} untimed. Besides the wall time, the CPU time the whole process spent meanwhile
     * (every thread: UI, reads, rendering, GC), which is what an idle machine would take.
     */
    private Row target(String what, int spans, double targetSeconds, Step setup, Runnable action) throws Exception {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        double[] ui = new double[reps];
        for (int i = -warmups; i < reps; i++) {
            setup.run();
            settle();
            ReviewRows before = GuiBenchmarks.fx(() -> model.rowsProperty().get());
            System.gc();
            java.util.Map<String, Long> threads0 = threadCpu();
            long u0 = uiCpu();
            long c0 = processCpu();
            long t0 = System.nanoTime();
            GuiBenchmarks.fx(() -> {
                action.run();
                return null;
            });
            waitForRows(before);
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (processCpu() - c0) / 1e9;
                ui[i] = (uiCpu() - u0) / 1e9;
                if (Boolean.getBoolean("bench.threads")) {
                    progress(what + ": CPU by thread " + threadCpuSince(threads0));
                }
            }
        }
        long count = GuiBenchmarks.fx(() -> model.countProperty().get());
        Timing.Stats stats = new Timing.Stats(wall, 0);
        return new Row(what, spans, "spans", stats, 1, "screens", "< " + Report.time(targetSeconds),
                stats.median() < targetSeconds, String.format(Locale.ROOT, "%,d rows listed; CPU %s, of it the UI thread %s",
                count, Report.time(median(cpu)), Report.time(median(ui))));
    }

    /** CPU time of every live thread so far, by name (-Dbench.threads=true prints where an action's CPU went). */
    private static java.util.Map<String, Long> threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> cpu = new java.util.TreeMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null) {
                cpu.merge(t.getThreadName().replaceAll("\\d+", "#"), Math.max(0, mx.getThreadCpuTime(t.getThreadId())), Long::sum);
            }
        }
        return cpu;
    }

    private static String threadCpuSince(java.util.Map<String, Long> before) {
        StringBuilder out = new StringBuilder();
        threadCpu().forEach((name, ns) -> {
            long d = ns - before.getOrDefault(name, 0L);
            if (d >= 1_000_000) {
                out.append(String.format(Locale.ROOT, "%s %.0f ms; ", name, d / 1e6));
            }
        });
        return out.toString();
    }

    /** CPU time of the JavaFX application thread so far, in nanoseconds. */
    private long uiCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(uiThread);
    }

    /** CPU time of the whole process so far, in nanoseconds. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Until a new row list is in the table, its visible rows are filled and a frame is drawn. */
    private void waitForRows(ReviewRows old) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean done = GuiBenchmarks.fx(() -> {
                ReviewRows rows = model.rowsProperty().get();
                // cheap checks first: no layout while reads are still running
                if (rows == null || rows == old || model.busyProperty().get() || !rows.isSettled()) {
                    return false;
                }
                return drawnAndFilled();
            });
            if (done) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the table did not fill in 120 s");
    }

    /**
     * Draws the window as a pulse does, then tells whether every row on screen has its data.
     * {@code Scene.snapshot} runs the scene's CSS pass (over the nodes whose style may have changed),
     * its layout pass and a full software paint. ({@code --forced-css} first forces CSS on the whole
     * table and the whole view, as this benchmark did before: that redoes the styles of every node,
     * which no pulse does, and cost the UI thread ~40 ms a screen.)
     */
    private boolean drawnAndFilled() {
        if (forcedCss) {
            view.table().applyCss();
            view.table().layout();
            if (!visibleFilled()) {
                return false;
            }
            view.applyCss();
            view.layout();
        }
        stage.getScene().snapshot(null);
        return visibleFilled();
    }

    /** True when every place on screen (as last laid out) has its row, without laying anything out. */
    private boolean visibleHaveData() {
        int first = view.firstShownRow();
        int last = view.lastShownRow();
        if (first < 0 || last < 0) {
            return false;
        }
        for (int i = first; i <= last && i < view.rowCount(); i++) {
            if (view.rowAt(i).row() == null) {
                return false;
            }
        }
        return true;
    }

    /** True when every row on screen has its data (as last laid out). */
    private boolean visibleFilled() {
        if (view.rowCount() == 0) {
            return true;
        }
        return visibleHaveData();
    }

    /** Waits until nothing is being read. */
    private void settle() throws Exception {
        for (int i = 0; i < 120_000; i++) {
            boolean quiet = GuiBenchmarks.fx(() -> !model.busyProperty().get() && (model.rowsProperty().get() == null
                    || model.rowsProperty().get().isSettled()));
            if (quiet) {
                return;
            }
            Thread.sleep(1);
        }
    }

    /**
     * The smoothness bar for scrolling: of the steps in a run (each from the scroll action to the
     * screen drawn with its rows filled in), 95 in 100 take less than this.
     */
    static final double SMOOTH_P95 = 0.1;

    /** One scroll step after another: wall time, whole-process CPU and UI-thread CPU of each. */
    private record Steps(double[] wall, double[] cpu, double[] ui) {
        Steps(int n) {
            this(new double[n], new double[n], new double[n]);
        }

        String cpuText() {
            return "CPU median " + Report.time(median(cpu)) + " (UI thread " + Report.time(median(ui)) + "), p95 "
                    + Report.time(GuiBenchmarks.p95(cpu)) + " (UI thread " + Report.time(GuiBenchmarks.p95(ui)) + ")";
        }
    }

    private Steps steps(int n, java.util.concurrent.Callable<Object> step) throws Exception {
        Steps steps = new Steps(n);
        for (int i = 0; i < n; i++) {
            long u0 = uiCpu();
            long c0 = processCpu();
            long start = System.nanoTime();
            GuiBenchmarks.fx(step);
            waitFilled();
            steps.wall[i] = (System.nanoTime() - start) / 1e9;
            steps.cpu[i] = (processCpu() - c0) / 1e9;
            steps.ui[i] = (uiCpu() - u0) / 1e9;
        }
        return steps;
    }

    private Row smooth(String what, int spans, Steps steps, String unit, String note) {
        double p95 = GuiBenchmarks.p95(steps.wall);
        return new Row(what, spans, "spans", new Timing.Stats(steps.wall, 0), 1, unit,
                "smooth: p95 < " + Report.time(SMOOTH_P95) + " (p95 " + Report.time(p95) + ")", p95 < SMOOTH_P95,
                note + "; " + steps.cpuText());
    }

    /** Moves to {@code index} untimed and waits until its rows are drawn. */
    private void moveTo(int index) throws Exception {
        GuiBenchmarks.fx(() -> {
            view.scrollToRow(index);
            return null;
        });
        waitFilled();
        settle();
        waitFilled();
    }

    /**
     * Page after page down and wheel notches from the top, then the same over the last hundred
     * pages down to the end (where the table's own bookkeeping is largest); then jumps to the end
     * and to random places: each step until the rows on screen are drawn.
     */
    private void scrolling(int spans) throws Exception {
        TableView<ReviewItem> table = view.table();
        java.util.concurrent.Callable<Object> page = () -> {
            int first = Math.max(0, view.firstShownRow());
            int shown = Math.max(1, view.lastShownRow() - first);
            view.scrollToRow(Math.min(view.rowCount() - 1, first + shown));
            return null;
        };
        // a mouse wheel notch: the table's flow scrolls by three lines of the row height, as its scroll handler does
        java.util.concurrent.Callable<Object> notch = () -> {
            if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                flow.scrollPixels(3 * table.getFixedCellSize());
            }
            return null;
        };
        int pages = 100;
        int wheel = 150;
        moveTo(0);
        report.add(smooth("scroll down one page from the top (→ rows drawn)", spans, steps(pages, page), "pages",
                pages + " pages from the top"));
        report.add(smooth("wheel notch down, three rows (→ rows drawn)", spans, steps(wheel, notch), "steps",
                wheel + " steps"));
        int perPage = GuiBenchmarks.fx(() -> Math.max(1, view.lastShownRow() - view.firstShownRow()));
        moveTo(Math.max(0, spans - pages * perPage - perPage));
        report.add(smooth("scroll down one page to the end (→ rows drawn)", spans, steps(pages, page), "pages",
                "the last " + pages + " pages, row " + String.format(Locale.ROOT, "%,d", Math.max(0, spans - pages * perPage))
                        + " on"));
        moveTo(Math.max(0, spans - 3 * wheel - perPage));
        report.add(smooth("wheel notch down, three rows, to the end (→ rows drawn)", spans, steps(wheel, notch), "steps",
                "the last " + wheel + " steps"));

        double[] end = new double[reps];
        double[] endCpu = new double[reps];
        double[] endUi = new double[reps];
        for (int i = -warmups; i < reps; i++) {
            GuiBenchmarks.fx(() -> {
                view.scrollToRow(0);
                return null;
            });
            waitFilled();
            long u0 = uiCpu();
            long c0 = processCpu();
            long start = System.nanoTime();
            GuiBenchmarks.fx(() -> {
                view.scrollToRow(view.rowCount() - 1);
                return null;
            });
            waitFilled();
            if (i >= 0) {
                end[i] = (System.nanoTime() - start) / 1e9;
                endCpu[i] = (processCpu() - c0) / 1e9;
                endUi[i] = (uiCpu() - u0) / 1e9;
            }
        }
        int lastShown = GuiBenchmarks.fx(() -> view.lastShownRow());
        report.add(new Row("jump to the end (End / thumb to the bottom → rows drawn)", spans, "spans",
                new Timing.Stats(end, 0), 1, "jumps", "< 200 ms", median(end) < 0.2,
                "last row shown: " + String.format(Locale.ROOT, "%,d", lastShown + 1) + "; CPU "
                        + Report.time(median(endCpu)) + " (UI thread " + Report.time(median(endUi)) + ")"));

        Random random = new Random(7);
        int jumps = 40;
        double[] thumb = new double[jumps];
        double[] thumbCpu = new double[jumps];
        double[] thumbUi = new double[jumps];
        for (int i = 0; i < jumps; i++) {
            int to = random.nextInt(spans);
            long u0 = uiCpu();
            long c0 = processCpu();
            long start = System.nanoTime();
            GuiBenchmarks.fx(() -> {
                view.scrollToRow(to);
                return null;
            });
            waitFilled();
            thumb[i] = (System.nanoTime() - start) / 1e9;
            thumbCpu[i] = (processCpu() - c0) / 1e9;
            thumbUi[i] = (uiCpu() - u0) / 1e9;
        }
        long heap = Timing.usedHeapAfterGc();
        report.add(new Row("jump to a random place (thumb dragged there → rows drawn)", spans, "spans",
                new Timing.Stats(thumb, heap), 1, "jumps", "p95 < 500 ms (p95 " + Report.time(GuiBenchmarks.p95(thumb)) + ")",
                GuiBenchmarks.p95(thumb) < 0.5, jumps + " jumps; CPU median " + Report.time(median(thumbCpu))
                        + " (UI thread " + Report.time(median(thumbUi)) + ")"
                        + "; heap after GC with the view open: " + Report.mb(heap)
                        + "; rows held: at most " + 64 * 64));
    }

    private void waitFilled() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean laidOut = false;
        while (System.nanoTime() < deadline) {
            boolean first = !laidOut;
            laidOut = true;
            // after the first draw, draw again once the rows on screen have their data (reads the
            // table starts ahead of need may still run: the user does not wait for them)
            if (GuiBenchmarks.fx(() -> (first || visibleHaveData()) && drawnAndFilled())) {
                return;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("rows did not fill in 60 s");
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static Executor daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static void progress(String message) {
        System.err.println("[bench/review] " + message);
    }
}
