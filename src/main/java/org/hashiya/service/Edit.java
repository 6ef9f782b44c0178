package org.hashiya.service;

import java.util.Optional;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;

/**
 * One undoable step, kept as the stored state before and after it. Applying writes "after",
 * reverting writes "before", each in one transaction; a span comes back with the same id and
 * exactly the data it had.
 */
sealed interface Edit {

    AnnotationChange apply(Library library);

    AnnotationChange revert(Library library);

    record SpanEdit(Optional<Span> before, Optional<Span> after) implements Edit {
        @Override
        public AnnotationChange apply(Library library) {
            return write(library, before, after);
        }

        @Override
        public AnnotationChange revert(Library library) {
            return write(library, after, before);
        }

        private static AnnotationChange write(Library library, Optional<Span> from, Optional<Span> to) {
            if (to.isPresent()) {
                library.spans().put(to.get());
                return from.<AnnotationChange>map(f -> new AnnotationChange.SpanChanged(f, to.get()))
                        .orElseGet(() -> new AnnotationChange.SpanAdded(to.get()));
            }
            Span gone = from.orElseThrow();
            library.spans().delete(gone.id());
            return new AnnotationChange.SpanRemoved(gone);
        }
    }

    record ArticleEdit(ArticleAnnotation before, ArticleAnnotation after) implements Edit {
        @Override
        public AnnotationChange apply(Library library) {
            library.articleAnnotations().save(after);
            return new AnnotationChange.ArticleChanged(before, after);
        }

        @Override
        public AnnotationChange revert(Library library) {
            library.articleAnnotations().save(before);
            return new AnnotationChange.ArticleChanged(after, before);
        }
    }
}
