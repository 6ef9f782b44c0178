package org.hashiya.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the workbench as a user would ({@code java -jar target/hashiya.jar --db FILE}) in a child
 * process, under Xvfb when {@code xvfb-run} is installed (else on headless Monocle), and reads how
 * long after the JVM's start the window was shown ({@code -Dhashiya.reportShown=true} makes the
 * workbench print {@code shown <ms>}). Then asks the JVM for a full GC and reads the heap in use.
 */
final class WindowStart {
    static final long TIMEOUT_MS = 60_000;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** One start: milliseconds from JVM start to the window shown, and the heap in use after a GC with the library open. */
    record Measured(long shownMillis, long heapBytes) {
    }

    private final Path jar;
    private final Path userFolders;

    WindowStart(Path jar, Path userFolders) {
        this.jar = jar;
        this.userFolders = userFolders;
    }

    static boolean xvfbAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
    }

    String display() {
        return xvfbAvailable() ? "Xvfb" : "Monocle headless";
    }

    Measured once(Path library) throws Exception {
        List<String> command = new ArrayList<>();
        boolean xvfb = xvfbAvailable();
        if (xvfb) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1200x24"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!xvfb) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1600x1200-32"));
        }
        command.addAll(List.of("-Dhashiya.reportShown=true", "-Dhashiya.user.folders=" + userFolders.toAbsolutePath(),
                "-jar", jar.toAbsolutePath().toString(), "--db", library.toAbsolutePath().toString(),
                "--annotator", "bench")); // a name, or the first start would wait at the name dialog
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<Long> shown = new CompletableFuture<>();
        StringBuffer errors = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("shown ")) {
                        shown.complete(Long.parseLong(line.substring(6).trim()));
                    } else {
                        errors.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // the child was killed
            }
            shown.completeExceptionally(new IllegalStateException("the workbench ended without showing its window: " + errors));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long millis = shown.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            ProcessHandle java = javaProcess(process).orElseThrow(() -> new IllegalStateException("no java child"));
            Thread.sleep(1500); // let the first article open and the window settle
            run("jcmd", Long.toString(java.pid()), "GC.run");
            Matcher m = USED.matcher(run("jcmd", Long.toString(java.pid()), "GC.heap_info"));
            long heap = m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
            return new Measured(millis, heap);
        } finally {
            // the workbench first, then Xvfb: xvfb-run killed alone would leave its Xvfb running
            List<ProcessHandle> children = process.descendants().toList();
            javaProcess(process).ifPresent(ProcessHandle::destroy);
            children.forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private static Optional<ProcessHandle> javaProcess(Process process) {
        if (process.info().command().map(c -> c.endsWith("/java")).orElse(false)) {
            return Optional.of(process.toHandle());
        }
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
