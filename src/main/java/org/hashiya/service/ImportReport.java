package org.hashiya.service;

import java.util.List;
import java.util.Optional;
import org.hashiya.service.ImportOutcome.Kind;

/**
 * The result of an import: one outcome per file looked at, in the order they were told to the
 * listener, and whether the import was cancelled or stopped by a library error. Every article
 * counted as imported is committed to the library.
 */
public record ImportReport(List<ImportOutcome> outcomes, int filesTotal, boolean cancelled,
                           Optional<String> storeError) {
    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public int imported() {
        return count(Kind.IMPORTED);
    }

    public int duplicates() {
        return count(Kind.DUPLICATE);
    }

    public int refused() {
        return count(Kind.REFUSED);
    }

    public int skipped() {
        return count(Kind.SKIPPED);
    }

    public int notStored() {
        return count(Kind.NOT_STORED);
    }

    /** Spans that came in with annotated files (JSONL, brat). */
    public long spansAdded() {
        return outcomes.stream().mapToLong(ImportOutcome::spansAdded).sum();
    }

    /** Events that came in with annotated files (JSONL, brat). */
    public long eventsAdded() {
        return outcomes.stream().mapToLong(ImportOutcome::eventsAdded).sum();
    }

    /** Files whose fate is known; fewer than {@link #filesTotal()} after a cancellation or store error. */
    public int filesDone() {
        return outcomes.size();
    }

    public List<ImportOutcome> outcomes(Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).toList();
    }

    private int count(Kind kind) {
        return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** One line for a person, e.g. "Imported 3 articles; 1 already in the library; 1 refused; 2 other files skipped". */
    public String summary() {
        StringBuilder s = new StringBuilder("Imported ").append(plural(imported(), "article", "articles"));
        if (spansAdded() > 0) {
            s.append(eventsAdded() > 0 ? ", " : " and ").append(spansAdded() == 1 ? "1 span" : spansAdded() + " spans");
        }
        if (eventsAdded() > 0) {
            s.append(" and ").append(eventsAdded() == 1 ? "1 event" : eventsAdded() + " events");
        }
        if (duplicates() > 0) {
            s.append("; ").append(duplicates()).append(" already in the library");
        }
        if (refused() > 0) {
            s.append("; ").append(refused()).append(" refused");
        }
        if (skipped() > 0) {
            s.append("; ").append(plural(skipped(), "other file", "other files")).append(" skipped");
        }
        if (notStored() > 0) {
            s.append("; ").append(notStored()).append(" not stored");
        }
        storeError.ifPresent(error -> s.append("; stopped by a library error: ").append(error));
        if (cancelled) {
            s.append("; cancelled after ").append(filesDone()).append(" of ")
                    .append(plural(filesTotal, "file", "files"));
        }
        return s.toString();
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
