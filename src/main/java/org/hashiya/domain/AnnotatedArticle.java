package org.hashiya.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An article with everything recorded about it: metadata, its article-level annotation (status,
 * relevance, tags, note), its spans (those a {@link SpanFilter} chose), ordered by start, end,
 * id, the events anchored on those spans and the registry entry each linked span stands for.
 * What export writes and what an annotated file brings in.
 *
 * <p>{@code events} only ever refer to {@code spans}: an event whose trigger is not among them is
 * left out, and so is an argument whose filler is not (the event itself stays). They are ordered
 * by their trigger's start, then id; arguments in fill order. {@code entries}: span id to registry
 * entry id, for the linked spans among {@code spans}.
 */
public record AnnotatedArticle(Article article, ArticleAnnotation annotation, List<Span> spans, List<Event> events,
                               Map<Long, Long> entries) {
    public AnnotatedArticle {
        spans = List.copyOf(spans);
        boolean noEvents = events == null || events.isEmpty();
        boolean noEntries = entries == null || entries.isEmpty();
        Set<Long> ids = noEvents && noEntries ? Set.of() : spanIds(spans);
        events = noEvents ? List.of() : chosen(ids, events);
        entries = noEntries ? Map.of() : chosen(ids, entries);
    }

    /** An article without events or registry links. */
    public AnnotatedArticle(Article article, ArticleAnnotation annotation, List<Span> spans) {
        this(article, annotation, spans, List.of(), Map.of());
    }

    /** The registry entry the span stands for, if it is linked. */
    public Optional<Long> entryOf(long spanId) {
        return Optional.ofNullable(entries.get(spanId));
    }

    private static Set<Long> spanIds(List<Span> spans) {
        Set<Long> ids = new HashSet<>(spans.size() * 2);
        for (Span span : spans) {
            ids.add(span.id());
        }
        return ids;
    }

    /** The links of these spans. */
    private static Map<Long, Long> chosen(Set<Long> ids, Map<Long, Long> entries) {
        Map<Long, Long> kept = new HashMap<>();
        entries.forEach((span, entry) -> {
            if (ids.contains(span)) {
                kept.put(span, entry);
            }
        });
        return Map.copyOf(kept);
    }

    /** The events on these spans, each with the arguments these spans fill. */
    private static List<Event> chosen(Set<Long> ids, List<Event> events) {
        List<Event> kept = new ArrayList<>(events.size());
        for (Event event : events) {
            if (!ids.contains(event.triggerSpanId())) {
                continue;
            }
            if (event.arguments().stream().allMatch(a -> ids.contains(a.fillerSpanId()))) {
                kept.add(event);
            } else {
                kept.add(new Event(event.id(), event.articleId(), event.triggerSpanId(), event.attributes(),
                        event.arguments().stream().filter(a -> ids.contains(a.fillerSpanId())).toList(),
                        event.incidentId()));
            }
        }
        return List.copyOf(kept);
    }
}
