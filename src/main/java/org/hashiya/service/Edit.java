package org.hashiya.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.Event;
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

    /**
     * Events before and after a step, by id: an id only before was deleted, only after was
     * created, in both was changed. Written in one transaction.
     */
    record EventEdit(List<Event> before, List<Event> after) implements Edit {
        public EventEdit {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public AnnotationChange apply(Library library) {
            return write(library, before, after);
        }

        @Override
        public AnnotationChange revert(Library library) {
            return write(library, after, before);
        }

        private static AnnotationChange write(Library library, List<Event> from, List<Event> to) {
            Map<Long, Event> old = new HashMap<>();
            from.forEach(e -> old.put(e.id(), e));
            List<Long> gone = new ArrayList<>();
            List<AnnotationChange> changes = new ArrayList<>();
            for (Event e : from) {
                if (to.stream().noneMatch(t -> t.id() == e.id())) {
                    gone.add(e.id());
                    changes.add(new AnnotationChange.EventRemoved(e));
                }
            }
            for (Event e : to) {
                changes.add(new AnnotationChange.EventStored(old.get(e.id()), e));
            }
            library.events().write(to, gone);
            return changes.size() == 1 ? changes.get(0) : new AnnotationChange.Several(changes);
        }
    }

    /**
     * A span's link to a registry entry, before and after (empty: not linked). Deleting a span
     * takes its link with it (the store forgets links of deleted spans); undo puts it back.
     */
    record RegistryLinkEdit(long spanId, Optional<Long> before, Optional<Long> after) implements Edit {
        @Override
        public AnnotationChange apply(Library library) {
            return write(library, after);
        }

        @Override
        public AnnotationChange revert(Library library) {
            return write(library, before);
        }

        private AnnotationChange write(Library library, Optional<Long> to) {
            if (to.isPresent()) {
                library.registry().link(spanId, to.get());
            } else {
                library.registry().unlink(spanId);
            }
            return new AnnotationChange.Several(List.of());
        }
    }

    /** A library setting's value before and after (adjudication's "neither" decisions). */
    record SettingEdit(String key, String before, String after) implements Edit {
        @Override
        public AnnotationChange apply(Library library) {
            library.settings().put(key, after);
            return new AnnotationChange.Several(List.of());
        }

        @Override
        public AnnotationChange revert(Library library) {
            library.settings().put(key, before);
            return new AnnotationChange.Several(List.of());
        }
    }

    /** Steps taken as one: applied in order, reverted in reverse order. */
    record Compound(List<Edit> steps) implements Edit {
        public Compound {
            steps = List.copyOf(steps);
        }

        @Override
        public AnnotationChange apply(Library library) {
            List<AnnotationChange> changes = new ArrayList<>();
            for (Edit step : steps) {
                changes.add(step.apply(library));
            }
            return new AnnotationChange.Several(changes);
        }

        @Override
        public AnnotationChange revert(Library library) {
            List<AnnotationChange> changes = new ArrayList<>();
            for (int i = steps.size() - 1; i >= 0; i--) {
                changes.add(steps.get(i).revert(library));
            }
            return new AnnotationChange.Several(changes);
        }
    }
}
