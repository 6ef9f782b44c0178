package org.hashiya.service;

import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Span;

/**
 * What one action, undo or redo did to the stored annotation, so a view repaints only the span
 * (or the article header) that changed. An undone creation arrives as {@link SpanRemoved}.
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
}
