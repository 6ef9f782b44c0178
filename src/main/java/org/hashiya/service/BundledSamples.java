package org.hashiya.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hashiya.store.Library;

/**
 * The demo articles shipped in {@code assets/samples/}. On the very first start, with an empty
 * default library, they are copied to the user's data folder (so each article's source path is a
 * real file) and imported. A library is seeded at most once: the flag stays even if the user
 * later deletes every article.
 */
public final class BundledSamples {
    static final String SEEDED_FLAG = "samples.seeded";
    private static final String RESOURCE_FOLDER = "/assets/samples/";

    private final Path copyFolder;

    public BundledSamples(Path copyFolder) {
        this.copyFolder = copyFolder;
    }

    /** Imports the samples into {@code library} if it is empty and was never seeded. */
    public Optional<ImportReport> seedIfFirstStart(Library library) {
        if (library.settings().get(SEEDED_FLAG).isPresent()) {
            return Optional.empty();
        }
        if (library.articles().count() > 0) {
            library.settings().put(SEEDED_FLAG, "no: library was not empty");
            return Optional.empty();
        }
        List<Path> files = copySamples();
        ImportReport report = new ArticleImporter(library.articles(), Clock.systemUTC())
                .importPaths(files, ImportListener.NONE, () -> false);
        library.settings().put(SEEDED_FLAG, "yes");
        return Optional.of(report);
    }

    private List<Path> copySamples() {
        List<Path> copies = new ArrayList<>();
        try {
            Files.createDirectories(copyFolder);
            for (String name : sampleNames()) {
                try (InputStream in = BundledSamples.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
                    if (in == null) {
                        ErrorLog.warning("bundled sample missing: " + name);
                        continue;
                    }
                    Path copy = copyFolder.resolve(name);
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    copies.add(copy);
                }
            }
        } catch (IOException e) {
            ErrorLog.error("cannot copy bundled samples to " + copyFolder, e);
        }
        return copies;
    }

    static List<String> sampleNames() throws IOException {
        try (InputStream index = BundledSamples.class.getResourceAsStream(RESOURCE_FOLDER + "index.list")) {
            if (index == null) {
                return List.of();
            }
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
