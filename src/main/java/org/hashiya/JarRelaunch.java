package org.hashiya;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hashiya.service.UserFolders;

/**
 * {@code java -jar hashiya.jar} starts the workbench in a second JVM that has the options a jar
 * manifest cannot carry: an AppCDS archive of the classes a start loads, and C1-only compilation
 * (the same options as the app image's launcher). This JVM waits for it and exits with its status.
 *
 * <p>The archive is the JDK's own mechanism (JDK 19 automates it as {@code -XX:+AutoCreateSharedArchive};
 * on 17 it is done here): on the first start with a given jar and JDK the workbench runs with
 * {@code -XX:ArchiveClassesAtExit}, which writes the archive when the window is closed (the process
 * stays a few seconds longer, invisibly); every later start maps it. It lives in the per-user cache
 * folder, named after the jar's path, size and time and the JDK, so a rebuilt jar makes a new one.
 *
 * <p>Not done for the app image (its launcher has the options), for subcommands, when the JVM was
 * given CDS options or {@code -Dhashiya.relaunch=false}, when the JDK has no base CDS archive, when
 * the process's own command line cannot be read (Windows), or when the cache folder is not writable.
 */
final class JarRelaunch {
    /** Set on the second JVM, so it never starts a third. */
    static final String RELAUNCHED = "hashiya.relaunched";
    static final String DISABLE = "hashiya.relaunch";
    /** The options the app image's launcher has too (packaging/BuildAppImage.java). */
    static final List<String> SPEED_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto",
            // CDS's own remarks (classes it skips when dumping) are not the user's business
            "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

    private JarRelaunch() {
    }

    /** Runs the workbench in a second JVM and returns its exit status, or empty to start it in this one. */
    static Optional<Integer> runWorkbench(String[] args) {
        if (System.getProperty(RELAUNCHED) != null || "false".equals(System.getProperty(DISABLE))
                || System.getProperty("jpackage.app-path") != null
                || !System.getProperty("java.vm.info", "").contains("sharing")) {
            return Optional.empty();
        }
        Optional<Plan> plan = plan(args);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process workbench = new ProcessBuilder(plan.get().command()).inheritIO().start();
            // a terminated launcher ends the workbench too, and waits while it writes its archive
            Thread forward = new Thread(() -> {
                workbench.destroy();
                try {
                    if (workbench.waitFor(60, TimeUnit.SECONDS)) {
                        plan.get().finishArchive();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "hashiya-relaunch-stop");
            Runtime.getRuntime().addShutdownHook(forward);
            int status = workbench.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(forward);
            } catch (IllegalStateException shuttingDown) {
                // this JVM was told to stop (SIGTERM) and the hook ended the workbench: it finishes the archive
                return Optional.of(status);
            }
            plan.get().finishArchive();
            return Optional.of(status);
        } catch (IOException e) {
            return Optional.empty(); // start it here instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }

    /**
     * The second JVM's command line, and the archive it maps, or the part it writes at exit that
     * then becomes the archive.
     */
    record Plan(List<String> command, Path archive, Path partial) {
        /** After a first start: the archive the workbench wrote at exit takes its place. */
        void finishArchive() {
            if (partial == null) {
                return;
            }
            try {
                if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                    Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // no archive: the next start makes one
            }
        }
    }

    /** How to start the second JVM, or empty when this start should not relaunch. */
    static Optional<Plan> plan(String[] args) {
        Optional<Path> jar = jar();
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (jar.isEmpty() || self.command().isEmpty() || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        Optional<List<String>> jvmOptions = jvmOptions(self.arguments().get(), args.length);
        if (jvmOptions.isEmpty() || jvmOptions.get().stream().anyMatch(JarRelaunch::isCdsOption)) {
            return Optional.empty();
        }
        Path cache = cacheFolder();
        try {
            Files.createDirectories(cache);
            removeStale(cache, jar.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Path archive = cache.resolve(archiveName(jar.get()));
        Path partial = null;
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        command.addAll(jvmOptions.get());
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            partial = cache.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + partial);
        }
        command.addAll(SPEED_OPTIONS);
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(List.of("-cp", jar.get().toString(), Launcher.class.getName()));
        command.addAll(List.of(args));
        return Optional.of(new Plan(command, archive, partial));
    }

    /**
     * The JVM options of this process's command line: what comes before {@code -jar FILE} (or before
     * the class path and main class), given that it ends with the program's own arguments.
     */
    static Optional<List<String>> jvmOptions(String[] arguments, int programArguments) {
        int end = arguments.length - programArguments;
        if (end < 1) {
            return Optional.empty();
        }
        List<String> before = new ArrayList<>(List.of(arguments).subList(0, end));
        if (before.size() >= 2 && before.get(before.size() - 2).equals("-jar")) {
            return Optional.of(before.subList(0, before.size() - 2));
        }
        if (!before.get(before.size() - 1).equals(Launcher.class.getName())) {
            return Optional.empty();
        }
        before.remove(before.size() - 1);
        List<String> options = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            String option = before.get(i);
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path")) {
                i++; // and its value: the second JVM gets the jar alone
            } else if (!option.startsWith("--class-path=")) {
                options.add(option);
            }
        }
        return Optional.of(options);
    }

    private static boolean isCdsOption(String option) {
        return option.startsWith("-Xshare") || option.startsWith("-XX:SharedArchiveFile")
                || option.startsWith("-XX:ArchiveClassesAtExit") || option.startsWith("-XX:SharedClassListFile")
                || option.startsWith("-XX:DumpLoadedClassList");
    }

    /** hashiya-HASH.jsa: one archive per jar (path, size, time) and JDK. */
    static String archiveName(Path jar) {
        try {
            String key = jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis()
                    + "\n" + System.getProperty("java.home") + "\n" + System.getProperty("java.vm.version");
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "hashiya-" + HexFormat.of().formatHex(hash, 0, 8) + ".jsa";
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Archives of earlier builds, and parts left by a workbench that was killed before it could finish one. */
    private static void removeStale(Path cache, Path jar) throws IOException {
        String current = archiveName(jar);
        try (Stream<Path> files = Files.list(cache)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean oldArchive = name.startsWith("hashiya-") && name.endsWith(".jsa") && !name.equals(current)
                        && Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - 7 * 24 * 3600_000L;
                boolean abandoned = name.matches("hashiya-[0-9a-f]+\\.jsa\\.\\d+\\.tmp")
                        && ProcessHandle.of(Long.parseLong(name.replaceAll(".*\\.jsa\\.(\\d+)\\.tmp", "$1"))).isEmpty();
                if (oldArchive || abandoned) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The per-user cache: $XDG_CACHE_HOME/hashiya, ~/Library/Caches/Hashiya, %LOCALAPPDATA%\Hashiya\cache. */
    static Path cacheFolder() {
        String override = System.getProperty(UserFolders.OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("Hashiya/cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Hashiya");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("hashiya");
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    static Optional<Path> jar() {
        try {
            CodeSource source = JarRelaunch.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
