package org.hashiya.service;

import java.util.List;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Event;
import org.hashiya.domain.Span;

/**
 * What one action, undo or redo did to the stored annotation, so a view repaints only the span
 * (or the article header, or the event) that changed. An undone creation arrives as
 * {@link SpanRemoved} or {@link EventRemoved}; an action that changed several things (deleting a
 * span that fills roles) arrives as {@link Several}, in the order they happened.
 */
public sealed interface AnnotationChange {

    record SpanAdded(Span span) implements AnnotationChange {
    }

    record SpanChanged(Span before, Span after) implements AnnotationChange {
    }

    record SpanRemoved(Span span) implements AnnotationChange {
    }

    record ArticleChanged(ArticleAnnotation before, ArticleAnnotation after) implements AnnotationChange {
    }

    /** An event stored: new ({@code before} null) or changed (roles, attributes, incident). */
    record EventStored(Event before, Event after) implements AnnotationChange {
    }

    record EventRemoved(Event event) implements AnnotationChange {
    }

    record Several(List<AnnotationChange> changes) implements AnnotationChange {
        public Several {
            changes = List.copyOf(changes);
        }
    }
}
