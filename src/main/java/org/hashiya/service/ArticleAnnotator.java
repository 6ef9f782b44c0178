package org.hashiya.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.hashiya.domain.Article;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventRules;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
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
        if (library.labels().schema().byId(labelId).map(SpanLabel::kind).orElse(null) != LabelKind.EVENT
                && events().stream().anyMatch(e -> e.triggerSpanId() == spanId)) {
            throw new AnnotationException("«" + before.text() + "» is an event's trigger and keeps an event label;"
                    + " remove the event first");
        }
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

    /**
     * Deletes the span. An event it triggers goes with it, and it leaves every role it fills (see
     * {@link #eventLinks}); one undo brings all of it back.
     */
    public AnnotationChange deleteSpan(long spanId) {
        Span before = ownSpan(spanId);
        List<Event> touched = eventLinks(spanId);
        Optional<Long> entry = library.registry().entryOf(spanId);
        List<Edit> steps = new ArrayList<>();
        List<AnnotationChange> changes = new ArrayList<>();
        if (!touched.isEmpty()) {
            List<Event> after = touched.stream().filter(e -> e.triggerSpanId() != spanId)
                    .map(e -> e.withoutFiller(spanId)).toList();
            Edit.EventEdit unlink = new Edit.EventEdit(touched, after);
            changes.add(unlink.apply(library));
            steps.add(unlink);
        }
        if (entry.isPresent()) { // undo brings the span back linked to its registry entry
            Edit.RegistryLinkEdit link = new Edit.RegistryLinkEdit(spanId, entry, Optional.empty());
            link.apply(library);
            steps.add(link);
        }
        library.spans().delete(spanId);
        Edit.SpanEdit removal = new Edit.SpanEdit(Optional.of(before), Optional.empty());
        if (steps.isEmpty()) {
            return record(removal, new AnnotationChange.SpanRemoved(before));
        }
        steps.add(removal);
        changes.add(new AnnotationChange.SpanRemoved(before));
        return record(new Edit.Compound(steps), new AnnotationChange.Several(changes));
    }

    /** The events that deleting this span changes: the one it triggers and those whose roles it fills. */
    public List<Event> eventLinks(long spanId) {
        List<Event> linked = new ArrayList<>(library.events().findByFiller(spanId));
        events().stream().filter(e -> e.triggerSpanId() == spanId && linked.stream().noneMatch(l -> l.id() == e.id()))
                .forEach(linked::add);
        return linked;
    }

    // --- events ------------------------------------------------------------------------------

    /** The article's events as stored now, ordered by their trigger's start. */
    public List<Event> events() {
        return library.events().findByArticle(article.id());
    }

    /** Makes the span (with an event label) the trigger of a new event without roles. */
    public AnnotationChange.EventStored createEvent(long triggerSpanId) {
        Span trigger = ownSpan(triggerSpanId);
        SpanLabel label = library.labels().schema().byId(trigger.labelId()).orElse(null);
        if (label == null || label.kind() != LabelKind.EVENT) {
            throw new AnnotationException("«" + trigger.text() + "» is not labelled as an event; give it an event label first");
        }
        if (events().stream().anyMatch(e -> e.triggerSpanId() == triggerSpanId)) {
            throw new AnnotationException("«" + trigger.text() + "» is already an event's trigger");
        }
        Event event = library.events().add(article.id(), triggerSpanId, EventAttributes.none(library.labels().schema().eventAttributes()));
        return record(new Edit.EventEdit(List.of(), List.of(event)), new AnnotationChange.EventStored(null, event));
    }

    /** Removes the event (its trigger and filler spans stay). */
    public AnnotationChange.EventRemoved deleteEvent(long eventId) {
        Event before = ownEvent(eventId);
        library.events().delete(eventId);
        return record(new Edit.EventEdit(List.of(before), List.of()), new AnnotationChange.EventRemoved(before));
    }

    /**
     * The span fills the role, if the schema allows it (see {@link EventRules#fillProblem}); a role
     * that takes one filler and has one gets this one instead.
     */
    public AnnotationChange.EventStored fillRole(long eventId, String role, long fillerSpanId) {
        Event before = ownEvent(eventId);
        Span filler = ownSpan(fillerSpanId);
        Span trigger = ownSpan(before.triggerSpanId());
        LabelSchema schema = library.labels().schema();
        EventRules.fillProblem(schema, before, trigger.labelId(), role, filler).ifPresent(problem -> {
            throw new AnnotationException(problem);
        });
        Event after = before;
        boolean repeatable = schema.eventType(trigger.labelId()).flatMap(t -> t.role(role)).map(EventRole::repeatable).orElse(true);
        if (!repeatable) {
            for (EventArgument old : before.argumentsOf(role)) {
                after = after.withoutArgument(old);
            }
        }
        return storeEvent(before, after.withArgument(new EventArgument(role, fillerSpanId)));
    }

    public AnnotationChange.EventStored removeArgument(long eventId, EventArgument argument) {
        Event before = ownEvent(eventId);
        if (!before.arguments().contains(argument)) {
            throw new AnnotationException("event " + eventId + " has no " + argument.role() + " filled by span "
                    + argument.fillerSpanId());
        }
        return storeEvent(before, before.withoutArgument(argument));
    }

    public AnnotationChange.EventStored setEventAttributes(long eventId, EventAttributes attributes) {
        Event before = ownEvent(eventId);
        return storeEvent(before, before.withAttributes(attributes));
    }

    /**
     * Links two events (this article's and any other, or two here) as reports of one real-world
     * incident: they share the incident of either (or a new one); two incidents become one.
     */
    public AnnotationChange linkIncident(long eventId, long otherEventId) {
        Event mine = ownEvent(eventId);
        Event other = library.events().find(otherEventId)
                .orElseThrow(() -> new AnnotationException("no event " + otherEventId + " in this library"));
        if (mine.id() == other.id()) {
            throw new AnnotationException("an event is always its own incident; pick another event");
        }
        long incident = mine.incidentId() != 0 ? mine.incidentId()
                : other.incidentId() != 0 ? other.incidentId() : library.events().newIncident(now());
        List<Event> before = new ArrayList<>(List.of(mine, other));
        if (other.incidentId() != 0 && other.incidentId() != incident) {
            library.events().findByIncident(other.incidentId()).stream().filter(e -> e.id() != other.id())
                    .forEach(before::add);
        }
        List<Event> after = before.stream().map(e -> e.withIncident(incident)).toList();
        Edit.EventEdit edit = new Edit.EventEdit(before, after);
        return record(edit, edit.apply(library));
    }

    /** Takes the event out of its incident. */
    public AnnotationChange.EventStored unlinkIncident(long eventId) {
        Event before = ownEvent(eventId);
        return storeEvent(before, before.withIncident(0));
    }

    private AnnotationChange.EventStored storeEvent(Event before, Event after) {
        library.events().put(after);
        return record(new Edit.EventEdit(List.of(before), List.of(after)), new AnnotationChange.EventStored(before, after));
    }

    private Event ownEvent(long eventId) {
        Event event = library.events().find(eventId)
                .orElseThrow(() -> new AnnotationException("no event " + eventId + " in this library"));
        if (event.articleId() != article.id()) {
            throw new AnnotationException("event " + eventId + " belongs to article " + event.articleId()
                    + ", not to article " + article.id());
        }
        return event;
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
