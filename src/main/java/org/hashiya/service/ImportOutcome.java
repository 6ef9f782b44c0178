package org.hashiya.service;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What became of one file in an import. {@code file} is absolute; {@code articleId} is the new
 * article (IMPORTED) or the one that already has the same text (DUPLICATE); {@code message} is a
 * one-line explanation for the user.
 */
public record ImportOutcome(Path file, Kind kind, OptionalLong articleId, String message, int spansAdded,
                            int eventsAdded) {

    public ImportOutcome(Path file, Kind kind, OptionalLong articleId, String message) {
        this(file, kind, articleId, message, 0, 0);
    }

    public ImportOutcome(Path file, Kind kind, OptionalLong articleId, String message, int spansAdded) {
        this(file, kind, articleId, message, spansAdded, 0);
    }

    public enum Kind {
        /** Stored as a new article. */
        IMPORTED,
        /** Its text is already in the library (or came earlier in the same import): not stored again. */
        DUPLICATE,
        /** Cannot become an article: binary, empty, too large, undecodable, unknown type named directly. */
        REFUSED,
        /** A file of another type met inside a folder. */
        SKIPPED,
        /** Readable, but the library could not store it (see {@link ImportReport#storeError()}). */
        NOT_STORED
    }

    static ImportOutcome imported(Path file, long id, String encoding) {
        return new ImportOutcome(file, Kind.IMPORTED, OptionalLong.of(id),
                "imported as article " + id + " (" + encoding + ")");
    }

    static ImportOutcome duplicate(Path file, long existingId, Path earlierInThisImport) {
        String message = earlierInThisImport == null
                ? "already in the library as article " + existingId
                : "same text as " + earlierInThisImport + ", imported as article " + existingId;
        return new ImportOutcome(file, Kind.DUPLICATE, OptionalLong.of(existingId), message);
    }

    /** An article of an annotated file stored with its spans and events. */
    static ImportOutcome annotated(Path file, long id, int spans, int events, String message) {
        return new ImportOutcome(file, Kind.IMPORTED, OptionalLong.of(id), message, spans, events);
    }

    /** An article of an annotated file whose text was already stored: its new spans and events were added to it. */
    static ImportOutcome annotatedDuplicate(Path file, long existingId, int spans, int events, String message) {
        return new ImportOutcome(file, Kind.DUPLICATE, OptionalLong.of(existingId), message, spans, events);
    }

    static ImportOutcome refused(Path file, String reason) {
        return new ImportOutcome(file, Kind.REFUSED, OptionalLong.empty(), reason);
    }

    static ImportOutcome skipped(Path file, String reason) {
        return new ImportOutcome(file, Kind.SKIPPED, OptionalLong.empty(), reason);
    }

    static ImportOutcome notStored(Path file, String reason) {
        return new ImportOutcome(file, Kind.NOT_STORED, OptionalLong.empty(), reason);
    }

    /** One line for a log or standard error: the file, then what happened to it. */
    public String describe() {
        // messages about a line of an annotated file already start with the file's name
        return message.startsWith(file.toString()) ? message : file + ": " + message;
    }
}
