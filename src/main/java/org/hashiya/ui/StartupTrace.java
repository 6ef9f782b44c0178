package org.hashiya.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code -Dhashiya.startupTrace=true}: one line on stderr at each stage of the workbench's start,
 * with the wall time since the process started and the process's CPU time so far, e.g.
 * {@code startup   812 ms   690 ms CPU (this thread  410 ms)  workbench built [JavaFX Application Thread]}. For finding where start-up time goes;
 * without the property it does nothing (one boolean read).
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("hashiya.startupTrace");

    private StartupTrace() {
    }

    public static boolean on() {
        return ON;
    }

    public static void mark(String stage) {
        if (!ON) {
            return;
        }
        ProcessHandle.Info info = ProcessHandle.current().info();
        long sinceStart = info.startInstant().map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.err.printf(Locale.ROOT, "startup %5d ms %5d ms CPU (this thread %4d ms)  %s [%s]%n", sinceStart, cpu,
                threadCpuMillis(), stage, Thread.currentThread().getName());
    }

    /** This thread's CPU time from /proc/thread-self/stat (Linux; -1 elsewhere): java.management is not in the app image. */
    private static long threadCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime in 1/100 s
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }
}
