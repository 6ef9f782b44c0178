package org.hashiya.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hashiya.io.ArticleFileType;

/**
 * Turns the paths a user named into the list of files an import looks at, in a stable order:
 * each named path in turn, folders walked depth-first with entries sorted by name. Counting them
 * all first gives the progress bar its total.
 */
final class ImportFiles {

    /** One file to look at. Exactly one of {@code type} and {@code problem} is present. */
    record Entry(Path file, Optional<ArticleFileType> type, Optional<ImportOutcome> problem) {
        static Entry article(Path file, ArticleFileType type) {
            return new Entry(file, Optional.of(type), Optional.empty());
        }

        static Entry problem(ImportOutcome outcome) {
            return new Entry(outcome.file(), Optional.empty(), Optional.of(outcome));
        }

        /** The file's size in bytes, 0 if unknown: how much memory reading it ahead will hold. */
        long size() {
            if (type.isEmpty()) {
                return 0;
            }
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }
    }

    private ImportFiles() {
    }

    static List<Entry> collect(List<Path> paths) {
        Map<Path, Entry> entries = new LinkedHashMap<>(); // a file named twice (or with its folder) counts once
        for (Path path : paths) {
            Path file = path.toAbsolutePath().normalize();
            if (Files.isDirectory(file)) {
                walk(file, entries);
            } else {
                entries.putIfAbsent(file, namedDirectly(file));
            }
        }
        // a .txt named beside its .ann is read with it, as one brat document
        entries.values().removeIf(e -> e.type().equals(Optional.of(ArticleFileType.TEXT))
                && entries.containsKey(bratAnnotationsOf(e.file())));
        return new ArrayList<>(entries.values());
    }

    /** NAME.ann beside NAME.txt. */
    static Path bratAnnotationsOf(Path txt) {
        return txt.resolveSibling(baseName(txt) + ".ann");
    }

    /** NAME.txt beside NAME.ann. */
    static Path bratTextOf(Path ann) {
        return ann.resolveSibling(baseName(ann) + ".txt");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static Entry checked(Path file, ArticleFileType type) {
        if (type == ArticleFileType.BRAT && !Files.isRegularFile(bratTextOf(file))) {
            return Entry.problem(ImportOutcome.refused(file, "brat annotations without their text: no "
                    + bratTextOf(file).getFileName() + " beside it"));
        }
        return Entry.article(file, type);
    }

    private static Entry namedDirectly(Path file) {
        if (!Files.exists(file)) {
            return Entry.problem(ImportOutcome.refused(file, "no such file or folder"));
        }
        if (!Files.isRegularFile(file)) {
            return Entry.problem(ImportOutcome.refused(file, "not a regular file"));
        }
        Optional<ArticleFileType> type = ArticleFileType.of(file);
        if (type.isEmpty()) {
            return Entry.problem(ImportOutcome.refused(file, ArticleFileType.unsupportedReason(file)));
        }
        return checked(file, type.get());
    }

    /**
     * Folders are walked without following links to other folders (no cycles), and hidden
     * folders such as .git are not entered: they hold no articles.
     */
    private static void walk(Path folder, Map<Path, Entry> entries) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            children = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException | RuntimeException e) {
            entries.putIfAbsent(folder, Entry.problem(ImportOutcome.refused(folder,
                    "cannot list the folder: " + reason(e))));
            return;
        }
        for (Path child : children) {
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                if (!child.getFileName().toString().startsWith(".")) {
                    walk(child, entries);
                }
            } else if (Files.isRegularFile(child)) {
                Optional<ArticleFileType> type = ArticleFileType.of(child);
                if (type.equals(Optional.of(ArticleFileType.TEXT)) && Files.isRegularFile(bratAnnotationsOf(child))) {
                    continue; // the text of a brat pair: read with its .ann
                }
                entries.putIfAbsent(child, type.isPresent()
                        ? checked(child, type.get())
                        : Entry.problem(ImportOutcome.skipped(child,
                                ArticleFileType.unsupportedReason(child))));
            }
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
