package org.hashiya.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The libraries a user opened lately, newest first, kept in a small text file. */
public final class RecentLibraries {
    static final int MAX_ENTRIES = 10;
    private final Path file;

    public RecentLibraries(Path file) {
        this.file = file;
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Path> paths = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    paths.add(Path.of(line));
                }
            }
            return paths;
        } catch (IOException | RuntimeException e) {
            ErrorLog.error("cannot read recent libraries from " + file, e);
            return List.of();
        }
    }

    /** Puts {@code library} first, dropping older duplicates and entries beyond the limit. */
    public void remember(Path library) {
        Path absolute = library.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        List<String> lines = paths.stream().limit(MAX_ENTRIES).map(Path::toString).toList();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ErrorLog.error("cannot save recent libraries to " + file, e);
        }
    }
}
