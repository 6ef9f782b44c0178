package org.hashiya.service.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.hashiya.domain.EventLinkCounts;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.ReviewFilter;
import org.hashiya.domain.ReviewRow;
import org.hashiya.domain.ReviewSort;
import org.hashiya.domain.RowKey;
import org.hashiya.domain.RowSelection;
import org.hashiya.service.AnnotationException;
import org.hashiya.store.Library;
import org.hashiya.store.ReviewRepository;
import org.hashiya.text.TextMatchKeys;

/**
 * Reviewing a library: the review table's rows a page at a time (keyset: a page continues from a
 * row's key, so scrolling a million rows never holds more than the pages on screen), bulk relabel,
 * delete and reviewed marks on chosen rows, each one transaction and one undo step, and the index
 * behind the free-text and mismatch filters.
 *
 * <p>Free text goes through {@link TextMatchKeys#current()} on both sides. Thread-safe: reads may
 * run while the index is brought up to date on another thread; bulk actions and undo take turns.
 * The undo history belongs to this object, so keep one per open library.
 */
public final class ReviewService {
    /** Undo steps kept; older ones are forgotten (their before-images dropped). */
    static final int MAX_UNDO = 50;

    private final Library library;
    private final String reviewer;
    private final Clock clock;
    private final TextMatchKeys keys;
    private final ReviewIndexer indexer;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** Hears how far a long piece of work is: {@code done} of {@code total}. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** What a bulk action, an undo or a redo did: how many spans, in words for the status line. */
    public record Outcome(long spans, String message) {
    }

    private record Step(ReviewRepository.Change change, String description) {
    }

    public ReviewService(Library library, String reviewer) {
        this(library, reviewer, Clock.systemUTC(), TextMatchKeys.current());
    }

    public ReviewService(Library library, String reviewer, Clock clock, TextMatchKeys keys) {
        this.library = library;
        this.reviewer = reviewer == null ? "" : reviewer.strip();
        this.clock = clock;
        this.keys = keys;
        this.indexer = new ReviewIndexer(library, keys);
    }

    public String reviewer() {
        return reviewer;
    }

    // ---- reading ---------------------------------------------------------------------------------

    /** How many rows the filter lists. Free text and the mismatch filter read the index: see {@link #updateIndex}. */
    public long count(ReviewFilter filter) {
        return library.review().count(filter, needle(filter));
    }

    /** Up to {@code limit} rows after the row {@code after} (null: from the first), skipping {@code skip}. */
    public List<ReviewRow> rows(ReviewFilter filter, ReviewSort sort, RowKey after, long skip, int limit) {
        return library.review().rows(filter, needle(filter), sort, after, skip, limit);
    }

    /** Up to {@code limit} rows just before the row {@code before} (null: the last rows), in table order. */
    public List<ReviewRow> rowsBefore(ReviewFilter filter, ReviewSort sort, RowKey before, int limit) {
        return library.review().rowsBefore(filter, needle(filter), sort, before, limit);
    }

    private String needle(ReviewFilter filter) {
        return filter.hasText() ? keys.needle(filter.text()) : "";
    }

    /** The label schema (for names, colours and the relabel choice). */
    public LabelSchema schema() {
        return library.labels().schema();
    }

    /** Annotator names that spans carry, sorted. */
    public List<String> annotators() {
        return library.selection().annotators();
    }

    /** Article tags in use, sorted. */
    public List<String> tags() {
        return library.selection().tags();
    }

    // ---- the index -------------------------------------------------------------------------------

    /** Spans whose keys and check are not current (after import, annotating, or a new matcher). */
    public long indexPending() {
        synchronized (indexer) {
            return indexer.pending();
        }
    }

    /** Brings the index up to date; returns how many spans it indexed. */
    public long updateIndex(Progress progress, BooleanSupplier cancelled) {
        synchronized (indexer) {
            return indexer.update(progress, cancelled);
        }
    }

    // ---- bulk actions ----------------------------------------------------------------------------

    /** Gives every chosen span the label {@code labelId} (an active label of the schema). */
    public synchronized Outcome relabel(RowSelection rows, String labelId) {
        SpanLabel label = schema().byId(labelId)
                .orElseThrow(() -> new AnnotationException("no label " + labelId + " in this library's schema"));
        if (label.retired()) {
            throw new AnnotationException("label " + labelId + " is retired; pick another label");
        }
        ReviewRepository.Change change = library.review().relabel(rows, needle(rows.filter()), labelId, now());
        return record(change, "relabelled " + spans(change.size()) + " as " + labelId);
    }

    /** Marks every chosen span reviewed by this reviewer now, or (reviewed false) not reviewed. */
    public synchronized Outcome markReviewed(RowSelection rows, boolean reviewed) {
        ReviewRepository.Change change = library.review().markReviewed(rows, needle(rows.filter()), reviewer,
                reviewed ? now() : null);
        return record(change, (reviewed ? "marked " : "unmarked ") + spans(change.size())
                + (reviewed ? " reviewed" : " (not reviewed)"));
    }

    /** Deletes every chosen span. */
    public synchronized Outcome delete(RowSelection rows) {
        ReviewRepository.Change change = library.review().delete(rows, needle(rows.filter()));
        return record(change, "deleted " + spans(change.size()));
    }

    /**
     * How many events the chosen spans trigger and how many roles they fill: what {@link #delete}
     * would take with them (and undo bring back). Counted by the library, never by listing the rows.
     */
    public EventLinkCounts eventLinks(RowSelection rows) {
        return library.review().eventLinks(rows, needle(rows.filter()));
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the latest bulk action still done; empty if there is none. */
    public synchronized Optional<Outcome> undo() {
        Step step = undo.peek();
        if (step == null) {
            return Optional.empty();
        }
        library.review().undo(step.change());
        redo.push(undo.pop());
        return Optional.of(new Outcome(step.change().size(), "Undone: " + step.description() + "."));
    }

    /** Does the latest undone bulk action again; empty if there is none. */
    public synchronized Optional<Outcome> redo() {
        Step step = redo.peek();
        if (step == null) {
            return Optional.empty();
        }
        library.review().redo(step.change());
        undo.push(redo.pop());
        return Optional.of(new Outcome(step.change().size(), "Redone: " + step.description() + "."));
    }

    /** Lets go of the undo history (and what it kept in the library's temporary storage). */
    public synchronized void forgetHistory() {
        for (Step step : undo) {
            library.review().forget(step.change());
        }
        for (Step step : redo) {
            library.review().forget(step.change());
        }
        undo.clear();
        redo.clear();
    }

    private Outcome record(ReviewRepository.Change change, String description) {
        if (change.size() == 0) {
            library.review().forget(change);
            return new Outcome(0, "Nothing changed: no span was chosen.");
        }
        undo.push(new Step(change, description));
        while (undo.size() > MAX_UNDO) {
            library.review().forget(undo.removeLast().change());
        }
        for (Step step : redo) {
            library.review().forget(step.change());
        }
        redo.clear();
        String message = Character.toUpperCase(description.charAt(0)) + description.substring(1) + ". Ctrl+Z undoes it.";
        return new Outcome(change.size(), message);
    }

    private static String spans(long n) {
        return n == 1 ? "1 span" : String.format("%,d spans", n);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
