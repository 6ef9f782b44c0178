package org.hashiya.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, unpacked from the jar once per user and version into the user's cache
 * folder and loaded from there. Left to itself, sqlite-jdbc unpacks a fresh copy into the
 * temporary folder on every start, compares it with the jar's byte by byte and sweeps older copies
 * away: about 0.1 s of every command (the 2-core machine, {@code hashiya list}: 0.70-0.91 s,
 * 0.61-0.79 s with the library unpacked). The app image names its own copy
 * ({@code org.sqlite.lib.path}); that choice, or a user's, is left alone. Anything that goes wrong
 * here leaves sqlite-jdbc to do as it always does.
 */
final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Points sqlite-jdbc at the cached copy (unpacking it first if missing), unless a copy is named already. */
    static void useCachedCopy() {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        try {
            Path folder = cacheFolder();
            if (folder == null) {
                return;
            }
            String resource = LibraryLoaderUtil.getNativeLibResourcePath();
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SQLiteJDBCLoader.class.getResource(resource + "/" + name);
            if (url == null) {
                return; // no library for this platform in the jar: sqlite-jdbc reports it
            }
            long size = url.openConnection().getContentLengthLong();
            Path dir = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + resource.replace('/', '-'));
            Path library = dir.resolve(name);
            if (!Files.isRegularFile(library) || Files.size(library) != size) {
                unpack(url, dir, library);
            }
            System.setProperty(PATH_PROPERTY, dir.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc unpacks its own copy, as it does without us
        }
    }

    /** Into a file of its own first, then renamed: a copy cut short by a kill is never taken for whole. */
    private static void unpack(URL url, Path dir, Path library) throws IOException {
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, "unpacking", ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Keeps every per-user file under one folder (as {@code UserFolders} reads it; the test suite sets it). */
    static final String USER_FOLDERS_PROPERTY = "hashiya.user.folders";

    /**
     * The user's cache folder for Hashiya: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on
     * Windows; {@code cache} under the folder {@link #USER_FOLDERS_PROPERTY} names, when it is set.
     */
    static Path cacheFolder() {
        String override = System.getProperty(USER_FOLDERS_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override, "cache");
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return local == null || local.isBlank() ? null : Path.of(local, "Hashiya", "cache");
        }
        if (home == null || home.isBlank()) {
            return null;
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Caches", "Hashiya");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "hashiya")
                : Path.of(home, ".cache", "hashiya");
    }
}
