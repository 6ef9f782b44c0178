package org.hashiya.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

/** Times an operation: warm-up runs, then several measured runs, each after its own fresh setup. */
public final class Timing {
    /** What one measured run does; {@code setup} is not timed. */
    public interface Operation {
        default void setup() throws Exception {
        }

        void run() throws Exception;

        default void teardown() throws Exception {
        }
    }

    /** The measured runs: seconds per run and the highest heap seen during any of them. */
    public record Stats(double[] seconds, long peakHeapBytes) {
        public double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        public double min() {
            return Arrays.stream(seconds).min().orElse(0);
        }

        public double max() {
            return Arrays.stream(seconds).max().orElse(0);
        }

        /** (max - min) / median, so "±" figures compare across sizes. */
        public double spread() {
            double m = median();
            return m == 0 ? 0 : (max() - min()) / m;
        }
    }

    private Timing() {
    }

    public static Stats measure(int warmups, int repetitions, Operation op) throws Exception {
        for (int i = 0; i < warmups; i++) {
            once(op);
        }
        double[] seconds = new double[repetitions];
        long peak = 0;
        for (int i = 0; i < repetitions; i++) {
            op.setup();
            System.gc();
            resetHeapPeaks();
            long start = System.nanoTime();
            try {
                op.run();
                seconds[i] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, heapPeak());
            } finally {
                op.teardown();
            }
        }
        return new Stats(seconds, peak);
    }

    private static void once(Operation op) throws Exception {
        op.setup();
        try {
            op.run();
        } finally {
            op.teardown();
        }
    }

    /** Heap in use after a full collection: what the program really holds on to. */
    public static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap used at any one moment (garbage included). */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
