package org.hashiya.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-user preferences in a small UTF-8 properties file (so an Arabic name survives), today only
 * the annotator's name. A file that cannot be read counts as empty; the program still starts.
 */
public final class UserPreferences {
    static final String ANNOTATOR = "annotator";

    private final Path file;

    public UserPreferences(Path file) {
        this.file = file;
    }

    public static UserPreferences of(UserFolders folders) {
        return new UserPreferences(folders.configFolder().resolve("preferences.properties"));
    }

    /** The name spans are stored under, if the user has given one. */
    public Optional<String> annotator() {
        String name = load().getProperty(ANNOTATOR, "").strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    public void setAnnotator(String name) {
        Properties properties = load();
        properties.setProperty(ANNOTATOR, name == null ? "" : name.strip());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, "Hashiya preferences");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save preferences to " + file + ": " + e.getMessage(), e);
        }
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                ErrorLog.error("cannot read preferences " + file, e);
            }
        }
        return properties;
    }
}
