package org.hashiya.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Starts a test main class in a child JVM with the test class path, optionally as the
 * unprivileged user {@code nobody} (tests run as root, which ignores file permissions) and with a
 * file-size limit (a full disk). Its stdout lines are collected as they arrive.
 */
final class ChildJava {
    static final int NOBODY = 65534;

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final StringBuffer stderr = new StringBuffer();
    /** Why reading the child's output stopped before its end (empty: it was read to the end). */
    private final List<String> readErrors = new CopyOnWriteArrayList<>();
    private final CountDownLatch reading;
    private final Thread outReader;
    private final Thread errReader;

    private ChildJava(Process process, CountDownLatch reading) {
        this.process = process;
        this.reading = reading;
        this.outReader = pump("stdout", process.getInputStream(), lines::add);
        this.errReader = pump("stderr", process.getErrorStream(), line -> stderr.append(line).append('\n'));
    }

    /** Options for starting a child. */
    record Options(boolean asNobody, long fileSizeLimitKb, Path nobodyClassPathDir) {
        static Options plain() {
            return new Options(false, 0, null);
        }

        static Options asNobody(Path classPathCopy) {
            return new Options(true, 0, classPathCopy);
        }

        static Options fileSizeLimit(long kb) {
            return new Options(false, kb, null);
        }
    }

    static ChildJava start(Class<?> main, Options options, String... args) throws IOException {
        return new ChildJava(new ProcessBuilder(command(main, options, args)).start(), new CountDownLatch(0));
    }

    /**
     * As {@link #start}, but nothing of the child's output is read until {@link #kill}: what it
     * prints meanwhile waits in the pipe, as it does when this JVM is too busy to read it (a loaded
     * machine). A test of what a kill leaves of a child's output starts its child this way.
     */
    static ChildJava startWithOutputUnread(Class<?> main, String... args) throws IOException {
        return new ChildJava(new ProcessBuilder(command(main, Options.plain(), args)).start(), new CountDownLatch(1));
    }

    private static List<String> command(Class<?> main, Options options, String... args) throws IOException {
        List<String> classPath = options.asNobody() ? readableCopy(options.nobodyClassPathDir()) : testClassPath();
        List<String> command = new ArrayList<>();
        if (options.asNobody()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        if (options.fileSizeLimitKb() > 0) {
            // bash counts ulimit -f in 1024-byte blocks; exec keeps the pid the one we kill
            command.addAll(List.of("bash", "-c", "ulimit -f " + options.fileSizeLimitKb() + " && exec \"$@\"", "child"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path nativeLib = sqliteNativeLibrary();
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dorg.sqlite.lib.path=" + nativeLib.getParent(), "-Dorg.sqlite.lib.name=" + nativeLib.getFileName(),
                "-Dhashiya.samples=" + Path.of("assets/samples").toAbsolutePath(),
                "-cp", String.join(java.io.File.pathSeparator, classPath), main.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * SQLite's native library, unpacked once into a world-readable folder. Each child would
     * otherwise unpack its own copy into /tmp: slow, and impossible under a file-size limit.
     */
    static synchronized Path sqliteNativeLibrary() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "hashiya-faults-sqlite-native");
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/libsqlitejdbc.so";
        Path lib = dir.resolve("libsqlitejdbc.so");
        if (!Files.exists(lib)) {
            Files.createDirectories(dir);
            worldReadable(dir);
            try (InputStream in = org.sqlite.SQLiteConnection.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no SQLite native library " + resource + " in sqlite-jdbc");
                }
                Path part = Files.createTempFile(dir, "lib", ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                worldReadable(part);
                Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return lib;
    }

    /** Waits until the child printed a line starting with {@code prefix} (or ended); true if it did. */
    boolean awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (printed(prefix)) {
                return true;
            }
            if (!process.isAlive()) {
                outReader.join();
                return printed(prefix);
            }
            Thread.sleep(5);
        }
        return false;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** SHA-256 of every article the child said was committed. */
    List<String> saved() {
        // a SIGKILL can cut the last line short: only a whole hash is a promise
        return lines.stream().filter(l -> l.startsWith("saved ") && !l.startsWith("saved span "))
                .map(l -> l.split(" ")[1]).filter(sha -> sha.length() == 64).toList();
    }

    /** Every span the child said was committed (lines cut short by the kill lack the final dot and are no promise). */
    List<SavedSpan> savedSpans() {
        return lines.stream().filter(l -> l.startsWith("saved span ") && l.endsWith(" .")).map(SavedSpan::parse).toList();
    }

    /** A span a child reported saved: {@code saved span <id> <sha256> <start> <end> <label> .}. */
    record SavedSpan(long id, String articleSha, int start, int end, String label) {
        static SavedSpan parse(String line) {
            String[] f = line.split(" ");
            return new SavedSpan(Long.parseLong(f[2]), f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6]);
        }
    }

    boolean printed(String prefix) {
        return lines.stream().anyMatch(l -> l.startsWith(prefix));
    }

    String stderr() {
        return stderr.toString();
    }

    /**
     * SIGKILLs the child (no shutdown hooks, no finally blocks) and reads what it wrote to the end.
     * Through its ProcessHandle: {@code Process.destroyForcibly()} on Linux also closes our ends of
     * the child's stdout and stderr, and whatever the child had written that the reading threads
     * had not yet read (under load they lag) was thrown away, silently: a crash-loop child's last
     * {@code begin} line could vanish while its operation had committed.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        reading.countDown();
        finish();
    }

    /** Waits for the child to end on its own; returns its exit code. */
    int waitFor() throws InterruptedException {
        process.waitFor();
        finish();
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void finish() throws InterruptedException {
        process.waitFor();
        outReader.join();
        errReader.join();
    }

    /**
     * Why reading the child's stdout or stderr stopped before the end of what it wrote (empty: both
     * were read to their end). A child that dies mid-line ends its stream; that is no error here.
     */
    List<String> readErrors() {
        return List.copyOf(readErrors);
    }

    private Thread pump(String name, InputStream in, java.util.function.Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reading.await();
                for (String line; (line = r.readLine()) != null; ) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // the stream was closed under us: what the child wrote after the last line read is lost
                readErrors.add(name + ": " + e);
            } catch (InterruptedException e) {
                readErrors.add(name + ": interrupted");
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The class path of this test JVM, unwrapping surefire's manifest-only jar. */
    static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (entry.contains("surefirebooter")) {
                entries.addAll(manifestClassPath(Path.of(entry)));
            } else if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            List<String> out = new ArrayList<>();
            for (String url : m.getMainAttributes().getValue("Class-Path").split(" ")) {
                if (!url.isBlank()) {
                    out.add(Path.of(java.net.URI.create(url)).toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The class path as {@code nobody} can read it: entries it cannot reach (jars under /root/.m2)
     * are copied into {@code dir}, which is made world-readable.
     */
    static List<String> readableCopy(Path dir) throws IOException {
        Files.createDirectories(dir);
        worldReadable(dir);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : testClassPath()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p) || !entry.endsWith(".jar")) {
                out.add(entry); // target/classes and target/test-classes live under the readable worktree
                continue;
            }
            String name = p.getFileName().toString();
            if (!(name.startsWith("sqlite-jdbc") || name.startsWith("slf4j") || name.startsWith("jackson")
                    || name.startsWith("picocli") || name.startsWith("icu4j") || name.startsWith("jsoup")
                    || name.startsWith("commons-"))) {
                continue; // the children use the store and io layers only
            }
            Path copy = dir.resolve((n++) + "-" + name);
            if (!Files.exists(copy)) {
                Files.copy(p, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            worldReadable(copy);
            out.add(copy.toString());
        }
        return out;
    }

    static void worldReadable(Path p) throws IOException {
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--");
        Files.setPosixFilePermissions(p, perms);
    }
}
