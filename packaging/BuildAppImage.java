import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds Hashiya's self-contained application image (jlink + jpackage) and, where the platform's
 * tools are present, its installer. One program for Linux, Windows and macOS; what differs per
 * system lives in {@code packaging/linux}, {@code packaging/windows} and {@code packaging/macos}.
 *
 * <pre>
 *   mvn -Pinstaller -DskipTests package          (runs this after the shaded jar is built)
 *   java packaging/BuildAppImage.java [--jar target/hashiya.jar] [--out target/installer]
 *        [--version 0.1.0] [--no-installer] [--training auto|xvfb|display|headless|none]
 * </pre>
 *
 * Steps: check the JDK modules the jar needs (jdeps) against the list below; copy the jar without
 * other platforms' native libraries, which go beside it instead (JavaFX and SQLite load them from
 * there, so nothing is unpacked into the user's home or /tmp on each start); a trimmed runtime
 * (jlink); the app image (jpackage); training runs of the image (import, list, the workbench) that
 * list the classes a start loads; the installer; the portable archive; and last an AppCDS archive
 * of those classes in the image, which the launcher names in its Java options.
 */
public final class BuildAppImage {
    /** The JDK modules in the runtime, each with why it is there. */
    static final Map<String, String> MODULES = new LinkedHashMap<>();
    /** Modules jdeps reports that the program never uses at run time, each with why not. */
    static final Map<String, String> NOT_NEEDED = new LinkedHashMap<>();

    static {
        MODULES.put("java.base", "everything");
        MODULES.put("java.desktop", "ImageIO and BufferedImage for `render` (javafx-swing's SwingFXUtils)");
        MODULES.put("java.sql", "JDBC for sqlite-jdbc (brings java.logging, java.xml, java.transaction.xa)");
        MODULES.put("jdk.unsupported", "sun.misc.Unsafe for JavaFX and Lucene");
        MODULES.put("jdk.charsets", "windows-1256 for importing Arabic files (java.base lacks it)");
        MODULES.put("jdk.localedata", "Arabic formats and calendars as a full JDK has them (ar and en only)");
        NOT_NEEDED.put("jdk.jfr", "JavaFX's flight-recorder pulse logger, only with -Djavafx.pulseLogger");
        NOT_NEEDED.put("java.net.http", "jsoup's HTTP client for Jsoup.connect; Hashiya only parses files");
        NOT_NEEDED.put("jdk.incubator.vector", "Lucene's vector code, used on JDK 20 and later only");
        NOT_NEEDED.put("jdk.unsupported.desktop", "SwingNode/JFXPanel interop; SwingFXUtils needs java.desktop only");
        NOT_NEEDED.put("java.management", "nothing since the start-up report reads the process start time");
    }

    static final String NAME = "Hashiya";
    static final String MAIN_CLASS = "org.hashiya.Launcher";
    static final String ARCHIVE = "hashiya.jsa";
    static final String CLASS_LIST = "hashiya.classlist";
    /** Written beside the archive: the folder it was made for (AppCDS on JDK 17 is tied to the jar's absolute path). */
    static final String ARCHIVE_MADE_FOR = "hashiya.jsa.for";

    static final String USAGE = """
            java packaging/BuildAppImage.java [--jar target/hashiya.jar] [--out target/installer] [--version X.Y.Z]
                 [--no-installer] [--training auto|xvfb|display|headless|none]
              --no-installer  the app image and the portable archive only (no .deb/.msi/.dmg)
              --training      how the workbench's training run is shown: auto (the desktop if there is one,
                              else Xvfb, else headless Monocle), or none (import and list only)
            (mvn -Pinstaller -DskipTests package runs it after building the jar; see packaging/README.md)""";

    enum Os { LINUX, WINDOWS, MAC }

    private final Path root;
    private final Path jar;
    private final Path out;
    private final String version;
    private final boolean installer;
    private final String training;
    private final Os os;
    private final List<String> report = new ArrayList<>();

    BuildAppImage(Path root, Path jar, Path out, String version, boolean installer, String training) {
        this.root = root;
        this.jar = jar;
        this.out = out;
        this.version = version;
        this.installer = installer;
        this.training = training;
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        this.os = name.startsWith("windows") ? Os.WINDOWS : name.contains("mac") ? Os.MAC : Os.LINUX;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path jar = root.resolve("target/hashiya.jar");
        Path out = root.resolve("target/installer");
        String version = null;
        boolean installer = true;
        String training = "auto";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
                case "--out" -> out = Path.of(args[++i]).toAbsolutePath();
                case "--version" -> version = args[++i];
                case "--no-installer" -> installer = false;
                case "--training" -> training = args[++i];
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> fail("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        if (version == null) {
            version = pomVersion(root);
        }
        // jpackage wants 1 to 3 numbers: 0.1.0-SNAPSHOT is packaged as 0.1.0
        version = version.replaceAll("[^0-9.].*$", "");
        if (!Files.isRegularFile(jar)) {
            fail("no " + jar + ": build it first (mvn -DskipTests package)");
        }
        if (!List.of("auto", "xvfb", "display", "headless", "none").contains(training)) {
            fail("--training takes auto, xvfb, display, headless or none");
        }
        long start = System.nanoTime();
        new BuildAppImage(root, jar, out, version, installer, training).build();
        System.out.printf(Locale.ROOT, "[app-image] done in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    void build() throws Exception {
        deleteTree(out);
        Files.createDirectories(out);
        checkModules();
        Path input = input();
        Path runtime = runtime();
        Path image = appImage(input, runtime);
        if (os == Os.LINUX) {
            linuxLauncher(image);
        }
        Path appDir = appDir(image);
        Path launcher = launcher(image);
        classList(launcher, appDir);
        if (installer) {
            installer(image);
        }
        Path portable = portable(image);
        startArchive(launcher, appDir);
        report.add(0, "runtime (jlink, " + String.join(",", MODULES.keySet()) + "): " + mb(size(runtime)));
        report.add(1, "app image " + image + ": " + mb(size(image)) + " (AppCDS archive " + mb(Files.size(appDir.resolve(ARCHIVE))) + ")");
        report.add(2, "download " + portable.getFileName() + ": " + mb(Files.size(portable)));
        step("sizes");
        System.out.println();
        report.forEach(line -> System.out.println("[app-image] " + line));
    }

    // ---------------------------------------------------------------- modules

    /** jdeps on the jar: every module it finds must be in MODULES or NOT_NEEDED, so a new dependency is never missed silently. */
    void checkModules() {
        step("jdeps: modules the jar uses");
        String found = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17", jar.toString()).trim();
        Set<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        System.out.println("  jdeps: " + String.join(",", modules));
        List<String> unknown = modules.stream().filter(m -> !MODULES.containsKey(m) && !NOT_NEEDED.containsKey(m)).toList();
        if (!unknown.isEmpty()) {
            fail("jdeps finds modules this build does not know: " + unknown + ". Add each to MODULES (needed at run time)"
                    + " or NOT_NEEDED (with the reason) in packaging/BuildAppImage.java.");
        }
        modules.stream().filter(NOT_NEEDED::containsKey)
                .forEach(m -> System.out.println("  left out " + m + ": " + NOT_NEEDED.get(m)));
    }

    // ---------------------------------------------------------------- input: the jar and its native libraries

    /**
     * {@code out/input}: the jar without native libraries, and this platform's natives beside it:
     * JavaFX loads them from the jar's folder, SQLite from {@code org.sqlite.lib.path} (set in the
     * launcher's options), so neither unpacks them on every start.
     */
    Path input() throws Exception {
        step("input: jar without native libraries, this platform's beside it");
        Path input = Files.createDirectories(out.resolve("input"));
        String sqliteFolder = sqliteNativeFolder();
        int kept = 0;
        int dropped = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream trimmed = new ZipOutputStream(Files.newOutputStream(input.resolve("hashiya.jar")))) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                boolean sqliteNative = name.startsWith("org/sqlite/native/") && !entry.isDirectory();
                boolean fxNative = !name.contains("/") && isNativeLibrary(name);
                if (sqliteNative && name.startsWith(sqliteFolder + "/") || fxNative) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, input.resolve(name.substring(name.lastIndexOf('/') + 1)));
                    }
                }
                if (sqliteNative || fxNative) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                trimmed.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(trimmed);
                }
                trimmed.closeEntry();
                kept++;
            }
        }
        System.out.printf("  %d entries kept, %d native libraries moved out (%s and JavaFX's beside the jar)%n",
                kept, dropped, sqliteFolder);
        return input;
    }

    private static boolean isNativeLibrary(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    /** The folder sqlite-jdbc loads its library from on this system, asked of sqlite-jdbc itself. */
    String sqliteNativeFolder() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> osInfo = Class.forName("org.sqlite.util.OSInfo", true, loader);
            String folder = (String) osInfo.getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
            return "org/sqlite/native/" + folder;
        }
    }

    String sqliteLibraryName() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("input"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.contains("sqlitejdbc")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no SQLite native library for this platform in " + jar));
        }
    }

    // ---------------------------------------------------------------- runtime

    Path runtime() throws IOException {
        step("jlink: trimmed runtime");
        Path runtime = out.resolve("runtime");
        List<String> args = new ArrayList<>(List.of("--add-modules", String.join(",", MODULES.keySet()),
                "--include-locales=ar,en", "--strip-java-debug-attributes", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()));
        if (os != Os.LINUX) {
            args.add("--strip-native-commands");
        }
        tool("jlink", args.toArray(String[]::new));
        if (os == Os.LINUX) {
            // bin/java stays for the shell launcher (see linuxLauncher), the other commands go
            try (Stream<Path> commands = Files.list(runtime.resolve("bin"))) {
                for (Path command : commands.filter(c -> !c.getFileName().toString().equals("java")).toList()) {
                    Files.delete(command);
                }
            }
        }
        return runtime;
    }

    /**
     * Linux: a shell script in place of jpackage's launcher. The JDK 17 launcher asks rpm and then
     * dpkg which package owns it, on every start (LinuxPackage.c: rpm -qf, dpkg -S): 0.5 s and
     * more on Debian before the JVM even starts. The script starts the same JVM with the same
     * options and sets jpackage.app-path as jpackage's launcher does.
     */
    void linuxLauncher(Path image) throws IOException {
        Path launcher = image.resolve("bin/" + NAME);
        StringBuilder script = new StringBuilder();
        script.append("#!/bin/sh\n")
              .append("# Hashiya's launcher, written by packaging/BuildAppImage.java in place of jpackage's, which\n")
              .append("# runs `rpm -qf` and `dpkg -S` on every start to find the package it came from.\n")
              .append("# the image folder, wherever it was unpacked (and through a symbolic link such as /usr/bin/hashiya)\n")
              .append("self=$(readlink -f \"$0\")\n")
              .append("image=${self%/bin/*}\n")
              .append("APPDIR=\"$image/lib/app\"\n")
              .append("# as jpackage's launcher: the app folder on the native library path (no empty entry, which would mean\n")
              .append("# the current folder)\n")
              .append("LD_LIBRARY_PATH=\"${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$APPDIR\"\n")
              .append("export LD_LIBRARY_PATH\n")
              .append("exec \"$image/lib/runtime/bin/java\" \\\n")
              .append("  \"-Djpackage.app-path=$self\" \"-Djpackage.app-version=").append(version).append("\" \\\n");
        for (String option : javaOptions()) {
            script.append("  \"").append(option).append("\" \\\n");
        }
        script.append("  -cp \"$APPDIR/hashiya.jar\" ").append(MAIN_CLASS).append(" \"$@\"\n");
        Files.writeString(launcher, script.toString(), StandardCharsets.UTF_8);
        launcher.toFile().setExecutable(true, false);
        Files.deleteIfExists(image.resolve("lib/libapplauncher.so"));
    }

    // ---------------------------------------------------------------- app image

    Path appImage(Path input, Path runtime) throws Exception {
        step("jpackage: app image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", out.toString(), "--name", NAME,
                "--app-version", version, "--vendor", "Hashiya", "--copyright", "Hashiya contributors",
                "--description", "Read and annotate Arabic news articles",
                "--input", input.toString(), "--main-jar", "hashiya.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString()));
        for (String option : javaOptions()) {
            args.add("--java-options");
            args.add(option);
        }
        args.addAll(argFile("app-image.args"));
        tool("jpackage", args.toArray(String[]::new));
        Path image = out.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        if (!Files.isDirectory(image)) {
            fail("jpackage made no " + image);
        }
        return image;
    }

    /** The launcher's Java options; $APPDIR is the folder holding hashiya.jar, wherever the image is unpacked. */
    List<String> javaOptions() throws IOException {
        return List.of(
                // the start-up archive (made last, or on the first start in a new place: see org.hashiya.StartArchive)
                "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto",
                // C1 only: C2 spent 1.3-2 s of CPU compiling before the window showed; imports and
                // exports of 10,000 articles take no longer without it (see bench/RESULTS.md)
                "-XX:TieredStopAtLevel=1",
                // the JVM's own warnings go to stderr, never into a command's output
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Dorg.sqlite.lib.path=$APPDIR", "-Dorg.sqlite.lib.name=" + sqliteLibraryName());
    }

    Path appDir(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    Path launcher(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("bin/" + NAME);
            case WINDOWS -> image.resolve(NAME + ".exe");
            case MAC -> image.resolve("Contents/MacOS/" + NAME);
        };
    }

    /** Options for this system from packaging/OS/FILE: one argument a line, blank lines and # comments skipped. */
    List<String> argFile(String file) throws IOException {
        Path path = root.resolve("packaging").resolve(osFolder()).resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            if (line.startsWith("--") && space > 0) {
                args.add(line.substring(0, space));
                line = line.substring(space + 1).strip();
            }
            // paths in the files are relative to the project, also as NAME=packaging/... (--add-launcher)
            int equals = line.indexOf('=');
            if (line.startsWith("packaging/")) {
                line = root.resolve(line).toString();
            } else if (equals > 0 && line.startsWith("packaging/", equals + 1)) {
                line = line.substring(0, equals + 1) + root.resolve(line.substring(equals + 1));
            }
            args.add(line);
        }
        return args;
    }

    String osFolder() {
        return switch (os) {
            case LINUX -> "linux";
            case WINDOWS -> "windows";
            case MAC -> "macos";
        };
    }

    // ---------------------------------------------------------------- training: which classes a start loads

    /**
     * Runs the image as a user would (import, list, then the workbench on that library, which
     * closes itself once the first article is drawn) with {@code -XX:DumpLoadedClassList}, and keeps
     * the union of the classes in {@code hashiya.classlist}, shipped in the image: the start-up
     * archive is made from it here and again wherever the image is moved.
     */
    void classList(Path launcher, Path appDir) throws Exception {
        step("training runs: the classes a start loads");
        Path work = Files.createDirectories(out.resolve("training"));
        Path library = work.resolve("training.db");
        List<Path> lists = new ArrayList<>();
        Path samples = root.resolve("assets/samples");
        lists.add(trainingRun(launcher, work, "import", List.of(), "import", "--db", library.toString(), samples.toString()));
        lists.add(trainingRun(launcher, work, "list", List.of(), "list", "--db", library.toString()));
        String mode = trainingMode();
        if (!mode.equals("none")) {
            Xvfb xvfb = mode.equals("xvfb") ? Xvfb.start() : null;
            try {
                List<String> env = new ArrayList<>();
                List<String> options = new ArrayList<>(List.of("-Dhashiya.closeAfterStart=true"));
                if (xvfb != null) {
                    env.add("DISPLAY=" + xvfb.display);
                }
                if (mode.equals("headless")) {
                    options.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                            "-Dheadless.geometry=1600x1200-32"));
                }
                lists.add(trainingRun(launcher, work, "workbench (" + mode + ")", options, env,
                        "--db", library.toString(), "--annotator", "training"));
            } finally {
                if (xvfb != null) {
                    xvfb.close();
                }
            }
        }
        Set<String> merged = new LinkedHashSet<>();
        for (Path list : lists) {
            merged.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        Files.write(appDir.resolve(CLASS_LIST), merged, StandardCharsets.UTF_8);
        System.out.println("  " + merged.stream().filter(l -> !l.startsWith("#") && !l.startsWith("@")).count()
                + " classes in " + appDir.resolve(CLASS_LIST));
    }

    /** auto: the real display if there is one (Windows, macOS, a Linux desktop), else Xvfb, else headless Monocle. */
    String trainingMode() {
        if (!training.equals("auto")) {
            return training;
        }
        if (os != Os.LINUX || System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank()) {
            return "display";
        }
        return onPath("Xvfb") ? "xvfb" : "headless";
    }

    Path trainingRun(Path launcher, Path work, String what, List<String> options, String... args) throws Exception {
        return trainingRun(launcher, work, what, options, List.of(), args);
    }

    Path trainingRun(Path launcher, Path work, String what, List<String> options, List<String> env, String... args) throws Exception {
        Path list = work.resolve(what.replaceAll("[^a-z]+", "-") + ".classlist");
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(what.replaceAll("[^a-z]+", "-") + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        // _JAVA_OPTIONS comes after the launcher's own options, so it wins
        environment.put("_JAVA_OPTIONS", String.join(" ", List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + list))
                + (options.isEmpty() ? "" : " " + String.join(" ", options)));
        // the per-user folders of the training runs stay in target/
        environment.put("XDG_DATA_HOME", work.resolve("data").toString());
        environment.put("XDG_CONFIG_HOME", work.resolve("config").toString());
        environment.put("APPDATA", work.resolve("appdata").toString());
        for (String pair : env) {
            environment.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            fail("training run " + what + " did not end within 3 minutes: see " + work);
        }
        if (process.exitValue() != 0 || !Files.exists(list)) {
            fail("training run " + what + " failed (status " + process.exitValue() + "): see " + work);
        }
        System.out.printf(Locale.ROOT, "  %s: %d lines, %.1f s%n", what, Files.readAllLines(list).size(),
                (System.nanoTime() - start) / 1e9);
        return list;
    }

    // ---------------------------------------------------------------- installer

    void installer(Path image) throws Exception {
        List<String> args = argFile("installer.args");
        if (args.isEmpty()) {
            System.out.println("[app-image] no packaging/" + osFolder() + "/installer.args: no installer");
            return;
        }
        String type = args.get(args.indexOf("--type") + 1);
        List<String> missing = switch (type) {
            case "deb" -> Stream.of("dpkg-deb", "fakeroot").filter(t -> !onPath(t)).toList();
            case "rpm" -> Stream.of("rpmbuild").filter(t -> !onPath(t)).toList();
            case "msi", "exe" -> Stream.of("candle.exe", "light.exe").filter(t -> !onPath(t)).toList();
            default -> List.of();
        };
        if (!missing.isEmpty()) {
            System.out.println("[app-image] no ." + type + ": " + String.join(", ", missing) + " not found"
                    + (type.equals("deb") ? " (apt-get install dpkg-dev fakeroot)" : type.startsWith("m") || type.equals("exe") ? " (install WiX 3)" : ""));
            return;
        }
        step("jpackage: ." + type);
        List<String> all = new ArrayList<>(List.of("--dest", out.toString(), "--name", NAME, "--app-version", version,
                "--vendor", "Hashiya", "--copyright", "Hashiya contributors",
                "--description", "Read and annotate Arabic news articles", "--app-image", image.toString()));
        all.addAll(args);
        if (type.equals("deb")) {
            // dpkg-deb's default, xz, takes minutes for this package (90 s of CPU) and saves 9 MB of 60;
            // DPKG_DEB_COMPRESSOR_TYPE=xz in the environment still chooses it
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jpackage").toString()));
            command.addAll(all);
            ProcessBuilder jpackage = new ProcessBuilder(command).inheritIO();
            jpackage.environment().putIfAbsent("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
            Process p = jpackage.start();
            if (p.waitFor() != 0) {
                fail("jpackage --type deb failed (status " + p.exitValue() + ")");
            }
        } else {
            tool("jpackage", all.toArray(String[]::new));
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith("." + type)).toList()) {
                report.add("installer " + p.getFileName() + ": " + mb(Files.size(p)));
            }
        }
    }

    // ---------------------------------------------------------------- portable archive

    /**
     * The download for unpacking anywhere: Hashiya-VERSION-OS-ARCH.tar.gz (.zip on Windows), with
     * the extra files of packaging/OS/app-image (Linux: a script that adds Hashiya to the
     * application menu). Without the start-up archive: it is tied to the folder it was made in,
     * so the first start in the new place makes it (org.hashiya.StartArchive).
     */
    Path portable(Path image) throws Exception {
        step("portable archive");
        Path extras = root.resolve("packaging").resolve(osFolder()).resolve("app-image");
        if (Files.isDirectory(extras)) {
            copyTree(extras, image);
        }
        String arch = System.getProperty("os.arch").replace("amd64", "x64");
        String base = NAME + "-" + version + "-" + osFolder() + "-" + arch;
        if (os == Os.WINDOWS) {
            Path zip = out.resolve(base + ".zip");
            zipTree(image, zip);
            return zip;
        }
        Path tar = out.resolve(base + ".tar.gz");
        run(out, List.of("tar", "-czf", tar.toString(), "-C", image.getParent().toString(), image.getFileName().toString()));
        return tar;
    }

    // ---------------------------------------------------------------- start-up archive

    /** The AppCDS archive for the image where it is now; then one start that must use it. */
    void startArchive(Path launcher, Path appDir) throws Exception {
        step("AppCDS archive");
        ProcessBuilder dump = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                .redirectOutput(out.resolve("training/cds-dump.log").toFile());
        dump.environment().remove("JAVA_TOOL_OPTIONS");
        dump.environment().put("_JAVA_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + appDir.resolve(CLASS_LIST)
                + " -XX:SharedArchiveFile=" + appDir.resolve(ARCHIVE));
        Process p = dump.start();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(appDir.resolve(ARCHIVE))) {
            fail("the AppCDS dump failed: see " + out.resolve("training/cds-dump.log"));
        }
        Files.writeString(appDir.resolve(ARCHIVE_MADE_FOR), appDir.toAbsolutePath().toString(), StandardCharsets.UTF_8);
        // -Xshare:on refuses to start without the archive: proof the launcher's options name it right
        ProcessBuilder check = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
        check.environment().remove("JAVA_TOOL_OPTIONS");
        check.environment().put("_JAVA_OPTIONS", "-Xshare:on");
        Process c = check.start();
        String output = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (c.waitFor() != 0 || !output.contains("Hashiya")) {
            fail("the image does not start with its AppCDS archive:\n" + output);
        }
        System.out.println("  " + appDir.resolve(ARCHIVE) + " (" + mb(Files.size(appDir.resolve(ARCHIVE))) + "), in use");
    }

    // ---------------------------------------------------------------- helpers

    /** Runs a JDK tool in this JVM (jlink, jpackage, jdeps) and returns what it printed. */
    static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " not found: run with a full JDK 17 (on Debian/Ubuntu also openjdk-17-jmods for jlink)"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = tool.run(stream, stream, args);
        String output = buffer.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            fail(name + " failed (status " + status + "):\n" + output + "\n  " + name + " " + String.join(" ", args));
        }
        return output;
    }

    static void run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            fail(String.join(" ", command) + " failed (status " + p.exitValue() + ")");
        }
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, tool)));
    }

    static String pomVersion(Path root) throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        int artifact = pom.indexOf("<artifactId>hashiya</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start)).trim();
    }

    static long size(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void zipTree(Path folder, Path zip) throws IOException {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(folder.getParent().relativize(p).toString().replace('\\', '/')));
                Files.copy(p, z);
                z.closeEntry();
            }
        }
    }

    static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static long stepStart = System.nanoTime();

    /** Prints the next step, and how long the one before took. */
    static void step(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "[app-image] (%.0f s) %s%n", (now - stepStart) / 1e9, what);
        stepStart = now;
    }

    static void fail(String message) {
        System.err.println("[app-image] " + message);
        System.exit(1);
    }

    /** An X server of its own for the training run, on the first free display from :90. */
    static final class Xvfb implements AutoCloseable {
        final Process process;
        final String display;

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
                    return new Xvfb(p, ":" + n);
                }
                p.destroyForcibly();
            }
            throw new IllegalStateException("could not start Xvfb");
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
