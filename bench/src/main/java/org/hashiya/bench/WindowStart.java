package org.hashiya.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start-to-window rows of {@code bench/run}: the workbench started as a user starts it, timed
 * from launching the process until its window is visible (mapped) on Xvfb, as {@code bench/startup}
 * times it ({@link StartToVisible}: xev's map event, checked with xdotool); then a full GC in the workbench's JVM and the heap in use,
 * read with jcmd. Until issue 12 this counted from the JVM's own start time to the moment
 * {@code stage.show()} was called, which left out the JVM's start and the window's appearing:
 * 2.57 s by that count was 3.8-5.9 s to a visible window.
 */
final class WindowStart {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** One start: seconds to the window visible, CPU seconds by then, heap in use after a GC with the library open. */
    record Measured(double seconds, double cpuSeconds, long heapBytes) {
    }

    private final StartToVisible starts;
    private final Path userFolders;

    WindowStart(Path out) {
        this.starts = new StartToVisible(out, 0, 1, 10);
        this.userFolders = out.resolve("user-folders");
    }

    static boolean available() {
        return StartToVisible.available();
    }

    void watchMaps(StartToVisible.MapWatcher watcher) {
        starts.watchMaps(watcher);
    }

    String method() {
        return starts.method();
    }

    Measured once(StartToVisible.Way way, Path library, String display) throws Exception {
        StartToVisible.Start start = starts.once(way, library, userFolders, display, process -> {
            Thread.sleep(1500); // let the library list and the first article open
            return heapAfterGc(workbenchJvm(process));
        });
        return new Measured(start.seconds(), start.cpuSeconds(), start.whileVisible());
    }

    /** The JVM that runs the workbench: the process itself, or (java -jar, see JarRelaunch) the JVM it started. */
    static ProcessHandle workbenchJvm(Process process) {
        Optional<ProcessHandle> deepest = process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.endsWith("/Hashiya")).orElse(false))
                .max(Comparator.comparingLong(ProcessHandle::pid));
        return deepest.orElse(process.toHandle());
    }

    private static long heapAfterGc(ProcessHandle jvm) throws Exception {
        run("jcmd", Long.toString(jvm.pid()), "GC.run");
        Matcher m = USED.matcher(run("jcmd", Long.toString(jvm.pid()), "GC.heap_info"));
        return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
