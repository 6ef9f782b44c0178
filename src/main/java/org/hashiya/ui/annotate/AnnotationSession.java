package org.hashiya.ui.annotate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Event;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.AnnotationChange;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.text.CodePointOffsets;

/**
 * The article open for annotation, shared by the panel view models: its {@link ArticleAnnotator}
 * (the service every action goes through), the label schema, the text and its offsets, the spans
 * by id, and the one-line message. It passes each stored change on to the parts, which update
 * from it, so an action, its undo and its redo update the screen the same way.
 *
 * <p>Holds no controls. Use on one thread (the UI's).
 */
final class AnnotationSession {
    /** What a part of the annotation screen hears about the open article. */
    interface Listener {
        /** An article was opened (its spans are in place) or closed (none left). */
        default void reset() {
        }

        /** A span was stored: new ({@code old} null) or changed. */
        default void spanStored(Span old, Span now) {
        }

        default void spanRemoved(Span old) {
        }

        default void articleChanged(ArticleAnnotation now) {
        }

        /** An event of the open article was stored: new ({@code old} null) or changed. */
        default void eventStored(Event old, Event now) {
        }

        default void eventRemoved(Event old) {
        }

        /** The label schema was reread. */
        default void schemaChanged() {
        }

        /** Any change at all, after the specific call (undo state, say). */
        default void changed(AnnotationChange change) {
        }
    }

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final Map<Long, Span> spansById = new HashMap<>();
    private final Map<Long, Event> eventsById = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<AnnotationChange> changeListener = this::dispatch;

    private Library library;
    private ArticleAnnotator annotator;
    private LabelSchema schema = LabelSchema.of(List.of());
    private String text = "";
    private CodePointOffsets offsets = new CodePointOffsets("");

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Starts annotating with this opened article; the parts reset from it. */
    void start(Library lib, ArticleAnnotator opened) {
        stop();
        library = lib;
        annotator = opened;
        schema = lib.labels().schema();
        text = opened.article().text();
        offsets = new CodePointOffsets(text);
        for (Span span : opened.spansAtOpen()) {
            spansById.put(span.id(), span);
        }
        for (Event event : opened.events()) {
            eventsById.put(event.id(), event);
        }
        opened.addListener(changeListener);
        listeners.forEach(Listener::reset);
        open.set(true);
    }

    void stop() {
        if (annotator != null) {
            annotator.removeListener(changeListener);
        }
        annotator = null;
        library = null;
        text = "";
        offsets = new CodePointOffsets("");
        spansById.clear();
        eventsById.clear();
        open.set(false);
        listeners.forEach(Listener::reset);
    }

    void reloadSchema() {
        if (library == null) {
            return;
        }
        schema = library.labels().schema();
        listeners.forEach(Listener::schemaChanged);
    }

    private void dispatch(AnnotationChange change) {
        dispatchOne(change);
        listeners.forEach(l -> l.changed(change));
    }

    private void dispatchOne(AnnotationChange change) {
        if (change instanceof AnnotationChange.Several several) {
            several.changes().forEach(this::dispatchOne);
        } else if (change instanceof AnnotationChange.EventStored stored) {
            if (stored.after().articleId() == articleId()) {
                Event old = eventsById.put(stored.after().id(), stored.after());
                listeners.forEach(l -> l.eventStored(old, stored.after()));
            }
        } else if (change instanceof AnnotationChange.EventRemoved removed) {
            Event old = eventsById.remove(removed.event().id());
            if (old != null) {
                listeners.forEach(l -> l.eventRemoved(old));
            }
        } else if (change instanceof AnnotationChange.SpanAdded added) {
            Span old = spansById.put(added.span().id(), added.span());
            listeners.forEach(l -> l.spanStored(old, added.span()));
        } else if (change instanceof AnnotationChange.SpanChanged changed) {
            Span old = spansById.put(changed.after().id(), changed.after());
            listeners.forEach(l -> l.spanStored(old, changed.after()));
        } else if (change instanceof AnnotationChange.SpanRemoved removed) {
            Span old = spansById.remove(removed.span().id());
            if (old != null) {
                listeners.forEach(l -> l.spanRemoved(old));
            }
        } else if (change instanceof AnnotationChange.ArticleChanged article) {
            listeners.forEach(l -> l.articleChanged(article.after()));
        }
    }

    private long articleId() {
        return annotator == null ? -1 : annotator.article().id();
    }

    /** The open article's events by id, in the order they were read or made. */
    Collection<Event> events() {
        return eventsById.values();
    }

    Optional<Event> event(long id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    /** The event this span triggers, if any. */
    Optional<Event> eventTriggeredBy(long spanId) {
        return eventsById.values().stream().filter(e -> e.triggerSpanId() == spanId).findFirst();
    }

    /** Runs a storing action; a refusal or a storage failure becomes the message, never an exception. */
    <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (AnnotationException | LibraryException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** The open article's annotator, or null when none is open. */
    ArticleAnnotator annotator() {
        return annotator;
    }

    Library library() {
        return library;
    }

    boolean isOpen() {
        return annotator != null;
    }

    LabelSchema schema() {
        return schema;
    }

    String text() {
        return text;
    }

    CodePointOffsets offsets() {
        return offsets;
    }

    Optional<Span> span(long id) {
        return Optional.ofNullable(spansById.get(id));
    }

    Collection<Span> spans() {
        return spansById.values();
    }

    /** The spans as a list (a copy), in no particular order. */
    List<Span> spanList() {
        return new ArrayList<>(spansById.values());
    }

    String labelName(String labelId) {
        return schema.byId(labelId).map(AnnotationSession::nameOf).orElse(labelId);
    }

    String labelColour(String labelId) {
        return schema.byId(labelId).map(SpanLabel::colour).orElse("#d0d0d0");
    }

    static String nameOf(SpanLabel label) {
        return label.englishName().isEmpty() ? label.arabicName() : label.englishName();
    }

    void say(String text) {
        message.set(text);
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
