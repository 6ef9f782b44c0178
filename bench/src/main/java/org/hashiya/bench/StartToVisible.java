package org.hashiya.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * {@code bench/startup}: the start-up time a user sees. From launching the process until its window
 * is visible (mapped) on an X display, polled with {@code xdotool search --onlyvisible --pid}, on a
 * copy of the 10,000-article library, for each way of starting the workbench:
 * {@code java -jar target/hashiya.jar} and the app image's launcher {@code Hashiya/bin/Hashiya}.
 * One Xvfb serves every run, so its own start is not counted. The load average is printed beside
 * the figures: on a shared machine they mean little without it.
 */
public final class StartToVisible {
    static final long TIMEOUT_MS = 60_000;

    /** One way of starting the workbench: a label and the command before {@code --db FILE --annotator NAME}. */
    record Way(String label, List<String> command) {
    }

    /**
     * One start: seconds to the window visible, the CPU seconds the process (and its children) had
     * used by then, and what {@code whileVisible} measured before the workbench was stopped.
     */
    record Start(double seconds, double cpuSeconds, long whileVisible) {
    }

    /** Something measured on the running workbench once its window is visible (its heap, say). */
    interface WhileVisible {
        long measure(Process process) throws Exception;
    }

    /** The runs of one way: seconds, CPU seconds, and the 1-minute load average read before each. */
    record Result(Way way, double[] seconds, double[] cpu, double[] loads) {
        double median() {
            return new Timing.Stats(seconds, 0).median();
        }
    }

    private final Path out;
    private final int warmups;
    private final int repetitions;
    private final long pollMillis;

    /** Xvfb and xdotool, which this measurement needs. */
    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "Xvfb")))
                && Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "xdotool")));
    }

    /** {@code java -jar JAR}, with the JDK this benchmark runs on. */
    static Way jarWay(Path jar, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        String label = "java " + String.join(" ", javaOptions) + (javaOptions.isEmpty() ? "" : " ") + "-jar " + jar;
        return new Way(label, command);
    }

    /** The app image's launcher. */
    static Way imageWay(Path image) {
        return new Way(image + "/bin/Hashiya", List.of(image.resolve("bin/Hashiya").toAbsolutePath().toString()));
    }

    StartToVisible(Path out, int warmups, int repetitions, long pollMillis) {
        this.out = out;
        this.warmups = warmups;
        this.repetitions = repetitions;
        this.pollMillis = pollMillis;
    }

    public static void main(String[] args) throws Exception {
        int reps = 5;
        int warmups = 1;
        int size = 10_000;
        long seed = 42;
        long poll = 10;
        Path out = Path.of("bench/out");
        Path jar = Path.of("target/hashiya.jar");
        Path image = Path.of("target/installer/Hashiya");
        List<String> ways = List.of("jar", "image");
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--poll-ms" -> poll = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--image" -> image = Path.of(args[++i]);
                case "--ways" -> ways = List.of(args[++i].split(","));
                case "--java-option" -> javaOptions.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --reps N, --warmups N,"
                        + " --size N, --seed N, --poll-ms N, --out DIR, --jar FILE, --image DIR, --ways jar,image,"
                        + " --java-option OPTION (repeatable; for java -jar only))");
            }
        }
        Path library = targetLibrary(out, seed, size);
        List<Way> chosen = new ArrayList<>();
        for (String way : ways) {
            switch (way) {
                case "jar" -> {
                    if (!Files.isRegularFile(jar)) {
                        throw new IllegalStateException("no " + jar + ": run mvn -DskipTests package first");
                    }
                    chosen.add(jarWay(jar, javaOptions));
                }
                case "image" -> {
                    Path launcher = image.resolve("bin/Hashiya");
                    if (!Files.isExecutable(launcher)) {
                        throw new IllegalStateException("no " + launcher + ": run packaging/build-app-image first");
                    }
                    chosen.add(imageWay(image));
                }
                default -> throw new IllegalArgumentException("unknown way " + way + " (jar or image)");
            }
        }
        StartToVisible bench = new StartToVisible(out, warmups, reps, poll);
        List<Result> results = new ArrayList<>();
        try (Xvfb xvfb = Xvfb.start()) {
            for (Way way : chosen) {
                results.add(bench.measure(way, library, xvfb.display()));
            }
        }
        String table = table(results, size);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("last-startup.md"), table, StandardCharsets.UTF_8);
        System.out.println("(also written to " + out.resolve("last-startup.md") + ")");
    }

    static String table(List<Result> results, int size) {
        StringBuilder sb = new StringBuilder();
        sb.append("Start-up: process launched → window visible (xdotool --onlyvisible), Xvfb, ")
          .append(String.format(Locale.ROOT, "%,d", size)).append("-article library, ")
          .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
        sb.append("| how | median | min | max | runs (s) | CPU s by then (median) | load average (1 min) during the runs |\n");
        sb.append("|---|---:|---:|---:|---|---:|---|\n");
        for (Result r : results) {
            sb.append("| `").append(r.way().label()).append("` | ")
              .append(seconds(r.median())).append(" | ")
              .append(seconds(Arrays.stream(r.seconds()).min().orElse(0))).append(" | ")
              .append(seconds(Arrays.stream(r.seconds()).max().orElse(0))).append(" | ")
              .append(Arrays.stream(r.seconds()).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s))
                      .collect(Collectors.joining(", "))).append(" | ")
              .append(seconds(new Timing.Stats(r.cpu(), 0).median())).append(" | ")
              .append(String.format(Locale.ROOT, "%.1f-%.1f", Arrays.stream(r.loads()).min().orElse(0),
                      Arrays.stream(r.loads()).max().orElse(0))).append(" |\n");
        }
        return sb.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    Result measure(Way way, Path library, String display) throws Exception {
        Path copy = out.resolve("lib-startup.db");
        Path user = out.resolve("startup-user");
        double[] seconds = new double[repetitions];
        double[] cpu = new double[repetitions];
        double[] loads = new double[repetitions];
        for (int i = -warmups; i < repetitions; i++) {
            SpanBenchmarks.copy(library, copy);
            double load = loadAverage();
            Start s = once(way, copy, user, display, process -> 0);
            System.err.printf(Locale.ROOT, "[startup] %s%s: %.2f s, %.2f s CPU (load %.1f)%n", way.label(),
                    i < 0 ? " (warm-up)" : "", s.seconds(), s.cpuSeconds(), load);
            if (i >= 0) {
                seconds[i] = s.seconds();
                cpu[i] = s.cpuSeconds();
                loads[i] = load;
            }
        }
        return new Result(way, seconds, cpu, loads);
    }

    /** One start: from launching the process to its window visible. */
    Start once(Way way, Path library, Path user, String display, WhileVisible whileVisible) throws Exception {
        List<String> command = new ArrayList<>(way.command());
        command.addAll(List.of("--db", library.toAbsolutePath().toString(),
                "--annotator", "bench")); // a name, or the first start would wait at the name dialog
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(out.resolve("startup-last-stderr.txt").toFile());
        // the user's own folders stay untouched: XDG folders under bench/out (the workbench follows them)
        Map<String, String> env = builder.environment();
        env.put("DISPLAY", display);
        env.put("XDG_DATA_HOME", user.resolve("data").toAbsolutePath().toString());
        env.put("XDG_CONFIG_HOME", user.resolve("config").toAbsolutePath().toString());
        env.put("XDG_CACHE_HOME", user.resolve("cache").toAbsolutePath().toString()); // java -jar's start-up archive
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("_JAVA_OPTIONS");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (true) {
                if (visible(process, display)) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpu = cpuSeconds(process);
                    return new Start(seconds, cpu, whileVisible.measure(process));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(way.label() + " ended (status " + process.exitValue()
                            + ") without showing its window: see " + out.resolve("startup-last-stderr.txt"));
                }
                if (System.nanoTime() - start > TIMEOUT_MS * 1_000_000) {
                    throw new IllegalStateException(way.label() + ": no window after " + TIMEOUT_MS + " ms");
                }
                Thread.sleep(pollMillis);
            }
        } finally {
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            // a first java -jar start writes its start-up archive as it ends (JarRelaunch): give it time
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** True when the process (or a child it started) has a visible window on the display. */
    private static boolean visible(Process process, String display) throws Exception {
        List<Long> pids = new ArrayList<>();
        pids.add(process.pid());
        process.descendants().forEach(p -> pids.add(p.pid()));
        for (long pid : pids) {
            ProcessBuilder xdotool = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", Long.toString(pid))
                    .redirectErrorStream(true);
            xdotool.environment().put("DISPLAY", display);
            Process p = xdotool.start();
            String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && !found.isEmpty() && found.chars().allMatch(c -> Character.isDigit(c) || c == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** utime + stime of the process and its live children, from /proc (Linux; NaN elsewhere). */
    static double cpuSeconds(Process process) {
        double sum = cpuSeconds(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            sum += cpuSeconds(child.pid());
        }
        return sum;
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // fields 14, 15; USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The library {@code bench/run} measures its targets on ({@code lib-5kb-SEED-SIZE.db}): made from
     * generated ~5 KB articles when it is not there yet.
     */
    static Path targetLibrary(Path out, long seed, int size) throws IOException {
        Path library = out.resolve("lib-5kb-" + seed + "-" + size + ".db");
        if (Files.exists(library)) {
            return library;
        }
        Path folder = out.resolve("files-5kb-" + seed + "-" + size);
        Path done = folder.resolveSibling(folder.getFileName() + ".complete");
        if (!Files.exists(done)) {
            System.err.println("[startup] generating " + size + " articles into " + folder);
            new ArticleGenerator(seed, ArticleGenerator.Sizes.AROUND_5KB).writeFiles(folder, size);
            Files.writeString(done, "");
        }
        System.err.println("[startup] importing them into " + library);
        Path partial = out.resolve(library.getFileName() + ".part.db");
        BenchRunner.deleteLibrary(partial);
        try (Library lib = SqliteLibrary.open(partial, true)) {
            ImportReport report = new ArticleImporter(lib.articles(), Clock.systemUTC())
                    .importPaths(List.of(folder), ImportListener.NONE, () -> false);
            if (report.imported() != size) {
                throw new IllegalStateException("imported " + report.imported() + " of " + size);
            }
        }
        Files.move(partial, library);
        return library;
    }

    /** An Xvfb server of its own for the whole run, on the first free display from :90. */
    static final class Xvfb implements AutoCloseable {
        private final Process process;
        private final String display;

        private Xvfb(Process process, String display) {
            this.process = process;
            this.display = display;
        }

        static Xvfb start() throws Exception {
            for (int n = 90; n < 140; n++) {
                if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    continue;
                }
                Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1600x1200x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                Path socket = Path.of("/tmp/.X11-unix/X" + n);
                for (int i = 0; i < 100 && p.isAlive() && !Files.exists(socket); i++) {
                    Thread.sleep(50);
                }
                if (p.isAlive() && Files.exists(socket)) {
                    Thread.sleep(200);
                    return new Xvfb(p, ":" + n);
                }
                p.destroyForcibly();
            }
            throw new IllegalStateException("could not start Xvfb (apt-get install xvfb xdotool)");
        }

        String display() {
            return display;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
