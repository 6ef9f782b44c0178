package org.hashiya.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hashiya.service.ArticleImporter;
import org.hashiya.service.ImportListener;
import org.hashiya.service.ImportReport;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;

/**
 * {@code bench/startup}: the start-up time a user sees. From launching the process until its window
 * is visible (mapped) on an X display: the X server's MapNotify as {@code xev} reports it, checked
 * with {@code xdotool search --onlyvisible --pid} to be the workbench's window (or, with
 * {@code --poll}, xdotool polled), on a
 * copy of the 10,000-article library, for each way of starting the workbench:
 * {@code java -jar target/hashiya.jar} and the app image's launcher {@code Hashiya/bin/Hashiya}.
 * One Xvfb serves every run, so its own start is not counted. The load average is printed beside
 * the figures: on a shared machine they mean little without it.
 */
public final class StartToVisible {
    static final long TIMEOUT_MS = 60_000;

    /** One way of starting the workbench: a label and the command before {@code --db FILE --annotator NAME}. */
    /** A way of starting the workbench; {@code environment} is added to the process's. */
    record Way(String label, List<String> command, Map<String, String> environment) {
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
    /** Null: poll xdotool every pollMillis instead. */
    private MapWatcher mapWatcher;

    /** Xvfb and xdotool, which this measurement needs. */
    static boolean available() {
        return onPath("Xvfb") && onPath("xdotool");
    }

    /** {@code java -jar JAR}, with the JDK this benchmark runs on. */
    static Way jarWay(Path jar, List<String> javaOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        String label = "java " + String.join(" ", javaOptions) + (javaOptions.isEmpty() ? "" : " ") + "-jar " + jar;
        return new Way(label, command, Map.of());
    }

    /**
     * The app image's launcher; extra Java options go in {@code _JAVA_OPTIONS}, which the JVM reads
     * after the launcher's own options, so they win over them.
     */
    static Way imageWay(Path image, List<String> javaOptions) {
        String launcher = image.resolve("bin/Hashiya").toAbsolutePath().toString();
        return new Way((javaOptions.isEmpty() ? "" : "_JAVA_OPTIONS='" + String.join(" ", javaOptions) + "' ") + image + "/bin/Hashiya",
                List.of(launcher), javaOptions.isEmpty() ? Map.of() : Map.of("_JAVA_OPTIONS", String.join(" ", javaOptions)));
    }

    /** Times the windows by the X server's map events from now on (when xev is installed), not by polling. */
    void watchMaps(MapWatcher watcher) {
        this.mapWatcher = watcher;
    }

    String method() {
        return mapWatcher != null ? "window mapped: xev's MapNotify on the root window, checked with xdotool --onlyvisible --pid"
                : "window visible: xdotool search --onlyvisible --pid polled every " + pollMillis + " ms";
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
        long pollMs = 10;
        boolean poll = false;
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
                case "--poll-ms" -> pollMs = Long.parseLong(args[++i]);
                case "--poll" -> poll = true;
                case "--out" -> out = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--image" -> image = Path.of(args[++i]);
                case "--ways" -> ways = List.of(args[++i].split(","));
                case "--java-option" -> javaOptions.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use --reps N, --warmups N,"
                        + " --size N, --seed N, --poll (xdotool every --poll-ms N, not xev), --out DIR, --jar FILE, --image DIR, --ways jar,image,"
                        + " --java-option OPTION (repeatable; the app image gets it in _JAVA_OPTIONS))");
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
                        throw new IllegalStateException("no " + launcher + ": build it with mvn -Pinstaller -DskipTests package");
                    }
                    chosen.add(imageWay(image, javaOptions));
                }
                default -> throw new IllegalArgumentException("unknown way " + way + " (jar or image)");
            }
        }
        StartToVisible bench = new StartToVisible(out, warmups, reps, pollMs);
        List<Result> results = new ArrayList<>();
        String method;
        try (Xvfb xvfb = Xvfb.start(); MapWatcher watcher = poll ? null : MapWatcher.start(xvfb.display())) {
            bench.watchMaps(watcher);
            method = bench.method();
            for (Way way : chosen) {
                results.add(bench.measure(way, library, xvfb.display()));
            }
        }
        String table = table(results, size, method);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(out);
        Files.writeString(out.resolve("last-startup.md"), table, StandardCharsets.UTF_8);
        System.out.println("(also written to " + out.resolve("last-startup.md") + ")");
    }

    static String table(List<Result> results, int size, String method) {
        StringBuilder sb = new StringBuilder();
        sb.append("Start-up: process launched → ").append(method).append("; Xvfb, ")
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
        env.remove("JDK_JAVA_OPTIONS");
        env.putAll(way.environment());
        if (mapWatcher != null) {
            mapWatcher.clear();
        }
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            // windows mapped but not yet known to be this process's, each with the CPU time when it was mapped
            List<MapWatcher.Mapped> mappedWindows = new ArrayList<>();
            List<Double> cpuWhenMapped = new ArrayList<>();
            while (true) {
                long visibleAt = -1;
                double cpu = Double.NaN;
                if (mapWatcher != null) {
                    // event-driven: the X server's MapNotify (CPU read at once), then checked to be a window of this process
                    MapWatcher.Mapped mapped = mapWatcher.next(100);
                    if (mapped != null) {
                        mappedWindows.add(mapped);
                        cpuWhenMapped.add(cpuSeconds(process));
                    }
                    Set<Long> ours = mappedWindows.isEmpty() ? Set.of() : windows(process, display);
                    for (int i = 0; i < mappedWindows.size() && visibleAt < 0; i++) {
                        if (ours.contains(mappedWindows.get(i).window())) {
                            visibleAt = mappedWindows.get(i).nanos();
                            cpu = cpuWhenMapped.get(i);
                        }
                    }
                } else if (!windows(process, display).isEmpty()) {
                    visibleAt = System.nanoTime();
                    cpu = cpuSeconds(process);
                }
                if (visibleAt >= 0) {
                    double seconds = (visibleAt - start) / 1e9;
                    return new Start(seconds, cpu, whileVisible.measure(process));
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(way.label() + " ended (status " + process.exitValue()
                            + ") without showing its window: see " + out.resolve("startup-last-stderr.txt"));
                }
                if (System.nanoTime() - start > TIMEOUT_MS * 1_000_000) {
                    throw new IllegalStateException(way.label() + ": no window after " + TIMEOUT_MS + " ms");
                }
                if (mapWatcher == null) {
                    Thread.sleep(pollMillis);
                }
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

    /** The visible windows of the process and the processes it started ({@code xdotool search --onlyvisible --pid}). */
    static Set<Long> windows(Process process, String display) throws Exception {
        List<Long> pids = new ArrayList<>();
        pids.add(process.pid());
        process.descendants().forEach(p -> pids.add(p.pid()));
        Set<Long> windows = new HashSet<>();
        for (long pid : pids) {
            ProcessBuilder xdotool = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--pid", Long.toString(pid))
                    .redirectErrorStream(true);
            xdotool.environment().put("DISPLAY", display);
            Process p = xdotool.start();
            String found = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            for (String line : found.split("\n")) {
                if (line.strip().matches("\\d+")) {
                    windows.add(Long.parseLong(line.strip()));
                }
            }
        }
        return windows;
    }

    /**
     * The windows the X server maps, as {@code xev -root -event substructure} reports them, timed
     * when the report arrives. Polling xdotool instead costs about 17 ms of CPU and 120 ms a call on
     * this machine under load: it would both slow and blur what it measures.
     */
    static final class MapWatcher implements AutoCloseable {
        record Mapped(long nanos, long window) {
        }

        private static final Pattern WINDOW = Pattern.compile("event 0x[0-9a-f]+, window 0x([0-9a-f]+)");
        private final Process xev;
        private final BlockingQueue<Mapped> mapped = new LinkedBlockingQueue<>();

        private MapWatcher(Process xev) {
            this.xev = xev;
            Thread reader = new Thread(this::read, "xev-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** A watcher on the display, or null without xev (x11-utils): then xdotool is polled. */
        static MapWatcher start(String display) throws Exception {
            if (!onPath("xev")) {
                return null;
            }
            ProcessBuilder builder = new ProcessBuilder("xev", "-root", "-event", "substructure").redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            MapWatcher watcher = new MapWatcher(builder.start());
            Thread.sleep(500); // until xev listens to the root window
            return watcher;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(xev.getInputStream(), StandardCharsets.UTF_8))) {
                boolean map = false;
                long at = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("MapNotify event")) {
                        map = true;
                        at = System.nanoTime();
                    } else if (map) {
                        Matcher m = WINDOW.matcher(line);
                        if (m.find()) {
                            mapped.add(new Mapped(at, Long.parseLong(m.group(1), 16)));
                        }
                        map = false;
                    }
                }
            } catch (IOException e) {
                // xev ended
            }
        }

        void clear() {
            mapped.clear();
        }

        Mapped next(long timeoutMillis) throws InterruptedException {
            return mapped.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            xev.destroy();
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(java.io.File.pathSeparator)).anyMatch(d -> !d.isBlank() && Files.isExecutable(Path.of(d, tool)));
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
