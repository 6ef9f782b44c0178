package org.hashiya.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What to run: sizes of the doubling series, repetitions, where generated files go. */
public record BenchOptions(List<Integer> sizes, int warmups, int repetitions, int targetSize, boolean jmh,
                           boolean quickJmh, long seed, Path outDir) {

    public static BenchOptions parse(String... args) {
        List<Integer> sizes = List.of(1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000);
        int warmups = 1;
        int reps = 5;
        int targetSize = 10_000;
        boolean jmh = true;
        boolean quickJmh = false;
        long seed = 42;
        Path out = Path.of("bench/out");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> {
                    sizes = List.of(1000, 2000, 4000);
                    reps = 3;
                    quickJmh = true;
                }
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--target-size" -> targetSize = Integer.parseInt(args[++i]);
                case "--no-jmh" -> jmh = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --quick, --sizes 1000,2000,..., --reps N, --warmups N, --target-size N, --no-jmh, --seed N, --out DIR)");
            }
        }
        return new BenchOptions(sizes, warmups, reps, targetSize, jmh, quickJmh, seed, out);
    }
}
