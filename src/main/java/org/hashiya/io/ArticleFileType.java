package org.hashiya.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file an article can be imported from, told apart by the file name's extension. */
public enum ArticleFileType {
    TEXT(Set.of("txt", "text")),
    HTML(Set.of("html", "htm")),
    /** Annotated articles, one JSON object a line (doccano's shapes and Hashiya's own). */
    JSONL(Set.of("jsonl")),
    /** brat standoff annotations: NAME.ann beside NAME.txt. */
    BRAT(Set.of("ann"));

    /** For messages: what a user may hand to the importer. */
    public static final String SUPPORTED = ".txt, .html, .htm, .jsonl and brat .ann";

    private final Set<String> extensions;

    ArticleFileType(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** True for the files that bring annotations along with their articles. */
    public boolean isAnnotated() {
        return this == JSONL || this == BRAT;
    }

    public static Optional<ArticleFileType> of(Path file) {
        String extension = extension(file);
        for (ArticleFileType type : values()) {
            if (type.extensions.contains(extension)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Why a file of an unknown type is not imported, as one line. */
    public static String unsupportedReason(Path file) {
        String extension = extension(file);
        return "not an article file" + (extension.isEmpty() ? " (no extension)" : " (." + extension + ")")
                + ": Hashiya imports " + SUPPORTED + " files";
    }

    /** The lowercase extension without its dot, or "" when the name has none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
