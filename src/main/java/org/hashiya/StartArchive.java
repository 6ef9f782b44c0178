package org.hashiya;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hashiya.service.ErrorLog;

/**
 * The app image's start-up archive (AppCDS, {@code hashiya.jsa} beside {@code hashiya.jar}, named
 * in the launcher's Java options). On JDK 17 an archive only works for the absolute path of the
 * jar it was made with, so an image unpacked or moved to a new folder starts without it (the JVM
 * then silently loads every class from the jar, as {@code java -jar} does). In that case, a while
 * after the workbench has started, this makes the archive again for the new folder from the class
 * list the image carries ({@code hashiya.classlist}), in a background process, for the next start.
 * Nothing happens under {@code java -jar}, on the command line, in a folder the user cannot write
 * to (an installed package makes its archive when it is installed), or when the archive in use.
 */
final class StartArchive {
    static final String ARCHIVE = "hashiya.jsa";
    static final String CLASS_LIST = "hashiya.classlist";
    /** The folder the archive was last made (or tried) for: a failure is not retried on every start. */
    static final String MADE_FOR = "hashiya.jsa.for";
    private static final long DELAY_MS = 20_000;
    private static final long DUMP_TIMEOUT_MINUTES = 5;

    private StartArchive() {
    }

    /** Starts the background check when this is an app image whose archive is missing or was made for another folder. */
    static void refreshLaterIfNeeded() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null || System.getProperty("java.vm.info", "").contains("sharing")) {
            return; // not an app image, or the archive is in use
        }
        Optional<Path> appDir = jarFolder();
        if (appDir.isEmpty() || !needed(appDir.get())) {
            return;
        }
        Thread waiting = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MS); // after the window, the library and the first article
            } catch (InterruptedException e) {
                return;
            }
            // not a daemon: when the window is closed meanwhile, the JVM waits for the archive
            Thread making = new Thread(() -> remake(Path.of(launcher), appDir.get()), "hashiya-start-archive");
            making.setDaemon(false); // a thread starts as a daemon when a daemon starts it
            making.setPriority(Thread.MIN_PRIORITY);
            making.start();
        }, "hashiya-start-archive-delay");
        waiting.setDaemon(true);
        waiting.start();
    }

    static boolean needed(Path appDir) {
        if (!Files.isRegularFile(appDir.resolve(CLASS_LIST)) || !Files.isWritable(appDir)) {
            return false;
        }
        try {
            Path madeFor = appDir.resolve(MADE_FOR);
            String folder = Files.exists(madeFor) ? Files.readString(madeFor, StandardCharsets.UTF_8).strip() : "";
            return !folder.equals(appDir.toAbsolutePath().toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static void remake(Path launcher, Path appDir) {
        Path archive = appDir.resolve(ARCHIVE);
        Path partial = appDir.resolve(ARCHIVE + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            removeAbandonedParts(appDir);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
                command.addAll(List.of("/usr/bin/nice", "-n", "10"));
            }
            command.add(launcher.toString());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            // set by the running launcher for itself: a launcher that inherits it skips its configuration (no class path)
            builder.environment().remove("_JPACKAGE_LAUNCHER");
            // read by the JVM after the launcher's own options; -Xshare:dump writes the archive and exits
            builder.environment().put("_JAVA_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST)
                    + " -XX:SharedArchiveFile=" + partial);
            Process dump = builder.start();
            boolean ended = dump.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                dump.destroyForcibly();
            }
            if (ended && dump.exitValue() == 0 && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                ErrorLog.warning("could not make the start-up archive " + archive + " (status "
                        + (ended ? dump.exitValue() : "timed out") + "); Hashiya starts without it");
            }
        } catch (IOException | RuntimeException e) {
            ErrorLog.error("could not make the start-up archive " + archive, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.writeString(appDir.resolve(MADE_FOR), appDir.toAbsolutePath().toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                ErrorLog.error("could not note the start-up archive's folder", e);
            }
        }
    }

    /** Parts left by a dump whose workbench was killed. */
    private static void removeAbandonedParts(Path appDir) throws IOException {
        try (Stream<Path> files = Files.list(appDir)) {
            for (Path part : files.filter(p -> p.getFileName().toString().matches("hashiya\\.jsa\\.\\d+\\.tmp")).toList()) {
                String name = part.getFileName().toString();
                long pid = Long.parseLong(name.substring(ARCHIVE.length() + 1, name.length() - ".tmp".length()));
                if (ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(part);
                }
            }
        }
    }

    /** The folder holding the jar this class came from. */
    static Optional<Path> jarFolder() {
        try {
            CodeSource source = StartArchive.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location.getParent().toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
