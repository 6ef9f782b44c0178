package org.hashiya.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hashiya.domain.NewArticle;
import org.hashiya.service.search.SearchService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.search.SearchView;
import org.hashiya.ui.search.SearchViewModel;

/**
 * Library search as a user meets it: in the GUI, from the query set in the search field
 * (Ctrl+Shift+F) to its first 100 hits (or all, when fewer) listed as keyword-in-context lines and
 * the field drawn (JavaFX on headless Monocle, software rendering); on the command line,
 * {@code java -jar target/hashiya.jar search --db LIB --limit 100 QUERY} from process start to exit.
 * Median of 5 after one warm-up, with CPU time beside wall time. The library is bench/search's
 * (generated ~5 KB articles, seed 42), made here if it is missing.
 *
 * <p>{@code bench/search-gui [--articles N] [--reps N] [--out DIR] [--no-cli]}.
 */
public final class SearchGuiBenchmarks {
    static final double GUI_TARGET = 0.1;
    static final double CLI_TARGET = 1.0;

    private final int reps;
    private final Report report = new Report();
    private final Executor searching = ReviewBenchmarks.daemon("bench-search");
    private final Executor indexing = ReviewBenchmarks.daemon("bench-search-index");
    private SearchViewModel model;
    private SearchView view;
    private Stage stage;

    SearchGuiBenchmarks(int reps) {
        this.reps = reps;
    }

    public static void main(String[] args) throws Exception {
        int articles = 100_000;
        int reps = 5;
        boolean cli = true;
        Path out = Path.of("bench/out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-cli" -> cli = false;
                default -> {
                    System.err.println("bench/search-gui: unknown option " + args[i]
                            + " (--articles N, --reps N, --out DIR, --no-cli)");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(out);
        Path library = out.resolve("lib-search-42-" + articles + ".db");
        makeLibrary(library, articles);
        SearchGuiBenchmarks bench = new SearchGuiBenchmarks(reps);
        String markdown = bench.run(library, articles, cli);
        System.out.println();
        System.out.println(markdown);
        Path last = out.resolve("search-gui-run.md");
        Files.writeString(last, markdown, StandardCharsets.UTF_8);
        System.out.println("(also written to " + last + ")");
        System.exit(0);
    }

    /** bench/search's library: the same generator and seed, 1,000 articles a commit, each with its index entry. */
    static void makeLibrary(Path library, int articles) {
        if (Files.exists(library)) {
            return;
        }
        progress("making " + library + " (" + articles + " articles, once)");
        ArticleGenerator generator = new ArticleGenerator(42, ArticleGenerator.Sizes.AROUND_5KB);
        try (Library lib = SqliteLibrary.open(library, true)) {
            for (int from = 0; from < articles; from += 1000) {
                List<NewArticle> batch = generator.newArticles(from, Math.min(1000, articles - from));
                lib.articles().addAll(batch);
                if (from % 10_000 == 0) {
                    progress(from + " articles");
                }
            }
        }
    }

    String run(Path library, int articles, boolean cli) throws Exception {
        try (Library lib = SqliteLibrary.open(library, false)) {
            SearchService service = new SearchService(lib);
            if (service.articlesToIndex() > 0) {
                throw new IllegalStateException(library + " holds articles not indexed: run bench/search or open it once");
            }
            startFx(service);
            try {
                for (String query : SearchBenchmarks.QUERIES) {
                    int expected = service.search(query, SearchViewModel.FIRST_SHOWN).size();
                    report.add(gui(query, articles, expected));
                }
            } finally {
                GuiBenchmarks.fx(() -> {
                    stage.close();
                    return null;
                });
            }
        }
        if (cli) {
            for (String query : SearchBenchmarks.QUERIES) {
                report.add(cli(library, query, articles));
            }
        } else {
            report.notMeasured("hashiya search (command line)", "--no-cli");
        }
        return "## Library search in the GUI and on the command line, " + String.format(Locale.ROOT, "%,d", articles)
                + " articles\n\n" + report.table() + "\nLoad average after the run: " + ReviewBenchmarks.loadAverage()
                + " (2 cores shared).\n";
    }

    private void startFx(SearchService service) throws Exception {
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
            model = new SearchViewModel(searching, indexing, Platform::runLater, new SearchViewModel.Reader() {
                @Override
                public boolean open(long articleId) {
                    return true;
                }

                @Override
                public void reveal(int offset) {
                }

                @Override
                public String titleOf(long articleId) {
                    return "مقال " + articleId;
                }
            });
            view = new SearchView(model);
            stage = new Stage();
            stage.setScene(new Scene(view, 620, 300)); // the reading column's width in a 1280-wide window
            stage.show();
            model.setService(service);
            view.open(SearchViewModel.Scope.LIBRARY);
            return null;
        });
    }

    /** From the query set in the field to its first hits listed and the field drawn. */
    private Row gui(String query, int articles, int expected) throws Exception {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        for (int i = -1; i < reps; i++) {
            GuiBenchmarks.fx(() -> {
                model.queryProperty().set("");
                return null;
            });
            Thread.sleep(300); // let any earlier search finish
            System.gc();
            long c0 = ReviewBenchmarks.processCpu();
            long t0 = System.nanoTime();
            GuiBenchmarks.fx(() -> {
                model.queryProperty().set(query);
                return null;
            });
            waitForHits(expected);
            if (i >= 0) {
                wall[i] = (System.nanoTime() - t0) / 1e9;
                cpu[i] = (ReviewBenchmarks.processCpu() - c0) / 1e9;
            }
        }
        Timing.Stats stats = new Timing.Stats(wall, 0);
        return new Row("GUI: «" + query + "» typed → first " + SearchViewModel.FIRST_SHOWN + " hits drawn", articles,
                "articles", stats, 1, "searches", "< " + Report.time(GUI_TARGET), stats.median() < GUI_TARGET,
                String.format(Locale.ROOT, "%d hits shown; CPU %s", expected, Report.time(ReviewBenchmarks.median(cpu))));
    }

    private void waitForHits(int expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean done = GuiBenchmarks.fx(() -> {
                boolean listed = expected == 0 ? !model.busyProperty().get() && model.results().isEmpty()
                        : model.results().size() >= expected;
                if (!listed) {
                    return false;
                }
                view.applyCss();
                view.layout();
                stage.getScene().snapshot(null);
                return true;
            });
            if (done) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("the hits did not show in 60 s");
    }

    /** {@code hashiya search --limit 100} from process start to exit, with the process's CPU time (user + system). */
    private Row cli(Path library, String query, int articles) throws Exception {
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        Path timing = Files.createTempFile("bench-search-time", ".txt");
        for (int i = -1; i < reps; i++) {
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S", "-o", timing.toString(),
                    "java", "-jar", "target/hashiya.jar", "search", "--db", library.toString(), "--limit", "100", query));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("hashiya search exited with " + exit);
            }
            if (i >= 0) {
                wall[i] = seconds;
                String[] us = Files.readString(timing).trim().split("\\s+");
                cpu[i] = Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1]);
            }
        }
        Files.deleteIfExists(timing);
        Timing.Stats stats = new Timing.Stats(wall, 0);
        return new Row("CLI: hashiya search --limit 100 «" + query + "» (process start → exit)", articles, "articles",
                stats, 1, "runs", "< " + Report.time(CLI_TARGET), stats.median() < CLI_TARGET,
                "CPU " + Report.time(ReviewBenchmarks.median(cpu)) + " (user + system)");
    }

    private static void progress(String message) {
        System.err.println("[bench/search-gui] " + message);
    }
}
