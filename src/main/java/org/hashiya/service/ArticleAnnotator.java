package org.hashiya.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.text.CodePointOffsets;

/**
 * Annotation of one open article. Every action is stored at once (one small transaction) and
 * recorded for undo; a new action clears what could be redone. Each action, undo and redo
 * returns, and tells listeners, what changed.
 *
 * <p>Offsets are code points, end exclusive. Not thread-safe: use it from one thread (the UI's).
 */
public final class ArticleAnnotator {
    /** Enough for a long session; the oldest steps are forgotten beyond it. */
    static final int MAX_UNDO = 1000;

    private final Library library;
    private final Article article;
    private final String annotator;
    private final Clock clock;
    private final List<SpanMismatch> mismatches;
    private final List<Span> spansAtOpen;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<AnnotationChange>> listeners = new CopyOnWriteArrayList<>();

    ArticleAnnotator(Library library, Article article, String annotator, Clock clock, List<Span> spansAtOpen,
                     List<SpanMismatch> mismatches) {
        this.library = library;
        this.article = article;
        this.annotator = annotator;
        this.clock = clock;
        this.spansAtOpen = List.copyOf(spansAtOpen);
        this.mismatches = List.copyOf(mismatches);
    }

    public Article article() {
        return article;
    }

    public String annotator() {
        return annotator;
    }

    /**
     * The spans read when the article was opened (and checked then), ordered by start: what a view
     * draws first, without reading them again. Later changes arrive as {@link AnnotationChange}s.
     */
    public List<Span> spansAtOpen() {
        return spansAtOpen;
    }

    /** The article's spans as stored now, ordered by start. */
    public List<Span> spans() {
        return library.spans().findByArticle(article.id());
    }

    /** Spans whose stored text did not match the article when it was opened. */
    public List<SpanMismatch> mismatches() {
        return mismatches;
    }

    public ArticleAnnotation annotation() {
        return library.articleAnnotations().find(article.id()).orElseThrow();
    }

    public void addListener(Consumer<AnnotationChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AnnotationChange> listener) {
        listeners.remove(listener);
    }

    // --- spans -------------------------------------------------------------------------------

    /** Labels the code points {@code start..end} (end exclusive), storing the covered text. */
    public AnnotationChange.SpanAdded createSpan(String labelId, int start, int end) {
        requireUsableLabel(labelId);
        int length = article.length();
        if (start < 0 || end <= start || end > length) {
            throw new AnnotationException("cannot label " + start + ".." + end + ": the article has " + length
                    + " characters and a span needs at least one");
        }
        String text = article.text();
        CodePointOffsets offsets = new CodePointOffsets(text);
        String covered = text.substring(offsets.toUtf16(start), offsets.toUtf16(end));
        Span span = library.spans().add(new NewSpan(article.id(), labelId, start, end, covered, annotator, "", now()));
        return record(new Edit.SpanEdit(Optional.empty(), Optional.of(span)),
                new AnnotationChange.SpanAdded(span));
    }

    public AnnotationChange.SpanChanged changeLabel(long spanId, String labelId) {
        Span before = ownSpan(spanId);
        requireUsableLabel(labelId);
        Span after = library.spans().updateLabel(spanId, labelId, now());
        return record(new Edit.SpanEdit(Optional.of(before), Optional.of(after)),
                new AnnotationChange.SpanChanged(before, after));
    }

    public AnnotationChange.SpanChanged setNote(long spanId, String note) {
        Span before = ownSpan(spanId);
        Span after = library.spans().updateNote(spanId, note == null ? "" : note, now());
        return record(new Edit.SpanEdit(Optional.of(before), Optional.of(after)),
                new AnnotationChange.SpanChanged(before, after));
    }

    public AnnotationChange.SpanRemoved deleteSpan(long spanId) {
        Span before = ownSpan(spanId);
        library.spans().delete(spanId);
        return record(new Edit.SpanEdit(Optional.of(before), Optional.empty()),
                new AnnotationChange.SpanRemoved(before));
    }

    // --- the article as a whole -------------------------------------------------------------

    public AnnotationChange.ArticleChanged setStatus(ArticleStatus status) {
        return changeArticle(annotation().withStatus(status));
    }

    public AnnotationChange.ArticleChanged setTags(Collection<String> tags) {
        return changeArticle(annotation().withTags(tags));
    }

    public AnnotationChange.ArticleChanged setRelevance(Relevance relevance) {
        return changeArticle(annotation().withRelevance(relevance));
    }

    public AnnotationChange.ArticleChanged setArticleNote(String note) {
        return changeArticle(annotation().withNote(note));
    }

    private AnnotationChange.ArticleChanged changeArticle(ArticleAnnotation after) {
        ArticleAnnotation before = annotation();
        library.articleAnnotations().save(after);
        return record(new Edit.ArticleEdit(before, after),
                new AnnotationChange.ArticleChanged(before, after));
    }

    // --- undo and redo ----------------------------------------------------------------------

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Takes back the latest action still done; empty if there is none. */
    public Optional<AnnotationChange> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undo.peek();
        AnnotationChange change = edit.revert(library);
        redo.push(undo.pop());
        notifyListeners(change);
        return Optional.of(change);
    }

    /** Does again the latest undone action; empty if there is none. */
    public Optional<AnnotationChange> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redo.peek();
        AnnotationChange change = edit.apply(library);
        undo.push(redo.pop());
        notifyListeners(change);
        return Optional.of(change);
    }

    private <C extends AnnotationChange> C record(Edit edit, C change) {
        undo.push(edit);
        if (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        notifyListeners(change);
        return change;
    }

    private void notifyListeners(AnnotationChange change) {
        for (Consumer<AnnotationChange> listener : listeners) {
            listener.accept(change);
        }
    }

    private Span ownSpan(long spanId) {
        Span span = library.spans().find(spanId)
                .orElseThrow(() -> new AnnotationException("no span " + spanId + " in this library"));
        if (span.articleId() != article.id()) {
            throw new AnnotationException("span " + spanId + " belongs to article " + span.articleId()
                    + ", not to article " + article.id());
        }
        return span;
    }

    private void requireUsableLabel(String labelId) {
        SpanLabel label = library.labels().schema().byId(labelId)
                .orElseThrow(() -> new AnnotationException("no label " + labelId + " in this library's schema"));
        if (label.retired()) {
            throw new AnnotationException("label " + labelId + " is retired; pick another label");
        }
    }

    private Instant now() {
        // Milliseconds: enough to order edits, and the text form stays short.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
