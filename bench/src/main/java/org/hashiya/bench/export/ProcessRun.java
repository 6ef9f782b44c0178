package org.hashiya.bench.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a user would from a shell, and measures it from process start to exit: wall
 * time (taken around start and exit here, so JVM start and shut-down are inside) and peak resident
 * memory. The peak comes from GNU time ({@code /usr/bin/time -f %M}: the kernel's maximum RSS of
 * the child, in KB) when it is installed, else from polling {@code /proc/PID/status} VmHWM (the
 * kernel's own high-water mark) every few milliseconds; {@link #rssMethod()} says which.
 *
 * @param seconds  wall time from just before the process is started to its exit
 * @param peakRssKb peak resident set size of the process, KB (-1 when it could not be read)
 * @param cpuSeconds user + system CPU time of the process (GNU time's %U + %S; -1 without GNU time): on a
 *                 shared machine it moves much less with the load than the wall time does
 * @param status   exit status
 * @param stderr   the command's standard error (its last 4,000 characters)
 */
public record ProcessRun(List<String> command, double seconds, long peakRssKb, double cpuSeconds, int status,
                         String stderr) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** How the peak resident memory is read on this machine. */
    public static String rssMethod() {
        return Files.isExecutable(GNU_TIME) ? "/usr/bin/time -f %M" : "/proc/PID/status VmHWM polled every 5 ms";
    }

    /** Runs {@code command} in {@code dir}; stdout goes to {@code stdout} (or is discarded when null). */
    public static ProcessRun run(List<String> command, Path dir, Path stdout) throws IOException, InterruptedException {
        Path err = Files.createTempFile("hashiya-bench-", ".err");
        Path timeOut = Files.createTempFile("hashiya-bench-", ".time");
        try {
            boolean gnuTime = Files.isExecutable(GNU_TIME);
            List<String> full = new ArrayList<>();
            if (gnuTime) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", timeOut.toString()));
            }
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile())
                    .redirectError(err.toFile())
                    .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            long start = System.nanoTime();
            Process process = pb.start();
            long polledKb = -1;
            if (!gnuTime) {
                Path status = Path.of("/proc", Long.toString(process.pid()), "status");
                while (process.isAlive()) {
                    polledKb = Math.max(polledKb, vmHwm(status));
                    Thread.sleep(5);
                }
            }
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            long rss = polledKb;
            double cpu = -1;
            if (gnuTime) {
                String[] lines = Files.readString(timeOut, StandardCharsets.UTF_8).strip().split("\n");
                String[] figures = lines[lines.length - 1].trim().split("\\s+");
                rss = Long.parseLong(figures[0]);
                cpu = Double.parseDouble(figures[1]) + Double.parseDouble(figures[2]);
            }
            String errText = Files.readString(err, StandardCharsets.UTF_8);
            if (gnuTime && exit != 0) {
                // GNU time exits with the command's status; "Command exited with non-zero status N" is in its -o file
                errText += Files.readString(timeOut, StandardCharsets.UTF_8);
            }
            if (errText.length() > 4000) {
                errText = "..." + errText.substring(errText.length() - 4000);
            }
            return new ProcessRun(List.copyOf(command), seconds, rss, cpu, exit, errText);
        } finally {
            Files.deleteIfExists(err);
            Files.deleteIfExists(timeOut);
        }
    }

    /** Fails with the command, its status and its stderr when it did not exit 0. */
    public ProcessRun requireSuccess() {
        if (status != 0) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' exited with status " + status
                    + ":\n" + stderr);
        }
        return this;
    }

    private static long vmHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return lastNumber(line.replace("kB", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just exited
        }
        return -1;
    }

    private static long lastNumber(String text) {
        String[] tokens = text.trim().split("\\s+");
        for (int i = tokens.length - 1; i >= 0; i--) {
            if (tokens[i].matches("\\d+")) {
                return Long.parseLong(tokens[i]);
            }
        }
        return -1;
    }
}
