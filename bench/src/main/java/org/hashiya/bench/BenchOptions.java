package org.hashiya.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What to run: sizes of the doubling series, repetitions, where generated files go, and the
 * span and GUI parts.
 *
 * @param spanArticleLimit series libraries up to this many articles are also annotated (about 46 spans an article)
 * @param longSpanCounts   spans in each long (about {@code longArticleBytes}) article opened; a doubling series
 * @param pages            page scrolls measured down the long article
 * @param shortcuts        label shortcuts measured on the article with the most spans (capped at 5,000)
 */
public record BenchOptions(List<Integer> sizes, int warmups, int repetitions, int targetSize, boolean jmh,
                           boolean quickJmh, long seed, Path outDir, int spanArticleLimit, List<Integer> longSpanCounts,
                           int longArticleBytes, boolean gui, boolean windowStart, int pages, int shortcuts) {

    public static BenchOptions parse(String... args) {
        List<Integer> sizes = List.of(1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000);
        int warmups = 1;
        int reps = 5;
        int targetSize = 10_000;
        boolean jmh = true;
        boolean quickJmh = false;
        long seed = 42;
        Path out = Path.of("bench/out");
        int spanArticleLimit = 32_000;
        List<Integer> longSpans = List.of(625, 1250, 2500, 5000, 10000);
        int longBytes = 1_000_000;
        boolean gui = true;
        boolean window = true;
        int pages = 100;
        int shortcuts = 100;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    sizes = List.of(1000, 2000, 4000);
                    reps = 3;
                    quickJmh = true;
                    longSpans = List.of(625, 1250, 2500, 5000);
                    pages = 40;
                    shortcuts = 40;
                }
                case "--sizes" -> sizes = ints(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--target-size" -> targetSize = Integer.parseInt(args[++i]);
                case "--no-jmh" -> jmh = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--span-article-limit" -> spanArticleLimit = Integer.parseInt(args[++i]);
                case "--long-spans" -> longSpans = ints(args[++i]);
                case "--long-kb" -> longBytes = 1000 * Integer.parseInt(args[++i]);
                case "--no-gui" -> gui = false;
                case "--no-window" -> window = false;
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--shortcuts" -> shortcuts = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --quick, --sizes 1000,2000,..., --reps N, --warmups N, --target-size N, --no-jmh, --seed N,"
                        + " --out DIR, --span-article-limit N, --long-spans 625,1250,..., --long-kb N, --no-gui, --no-window,"
                        + " --pages N, --shortcuts N)");
            }
        }
        return new BenchOptions(sizes, warmups, reps, targetSize, jmh, quickJmh, seed, out, spanArticleLimit, longSpans,
                longBytes, gui, window, pages, shortcuts);
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
