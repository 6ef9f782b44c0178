package org.hashiya.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Hashiya keeps per-user files: the default library, the list of recent libraries, the log.
 * Follows the XDG base directories on Linux and the usual folders elsewhere.
 */
public record UserFolders(Path dataFolder, Path configFolder) {

    /** Set to a folder to keep every per-user file under it (the test suite does, to leave the real ones alone). */
    public static final String OVERRIDE_PROPERTY = "hashiya.user.folders";

    public static UserFolders forCurrentUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path base = Path.of(override);
            return new UserFolders(base.resolve("data"), base.resolve("config"));
        }
        return fromEnvironment(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    }

    static UserFolders fromEnvironment(Map<String, String> env, String home, String osName) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        Path homePath = Path.of(home);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("APPDATA", homePath.resolve("AppData/Roaming").toString());
            Path folder = Path.of(appData, "Hashiya");
            return new UserFolders(folder, folder);
        }
        if (os.contains("mac")) {
            Path folder = homePath.resolve("Library/Application Support/Hashiya");
            return new UserFolders(folder, folder);
        }
        Path data = xdg(env, "XDG_DATA_HOME", homePath.resolve(".local/share"));
        Path config = xdg(env, "XDG_CONFIG_HOME", homePath.resolve(".config"));
        return new UserFolders(data.resolve("hashiya"), config.resolve("hashiya"));
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The spec says relative values are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    public Path defaultLibrary() {
        return dataFolder.resolve("library.db");
    }

    public Path logFile() {
        return dataFolder.resolve("hashiya.log");
    }

    public Path recentLibrariesFile() {
        return configFolder.resolve("recent-libraries.txt");
    }
}
