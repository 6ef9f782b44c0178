package org.hashiya.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;

/**
 * Events one argument at a time, for listings and exports: ordered by article, trigger start,
 * role and filler start; an event without arguments gives one line without role and filler.
 */
public final class EventListing {
    /**
     * One filled role of an event ({@code role} "" and {@code filler} null for an event without any);
     * {@code canonicalEntry} is the registry entry the filler span is linked to, 0 when none.
     */
    public record ArgumentLine(Event event, Span trigger, String role, Span filler, long canonicalEntry) {
        public ArgumentLine(Event event, Span trigger, String role, Span filler) {
            this(event, trigger, role, filler, 0);
        }
    }

    private final Library library;

    public EventListing(Library library) {
        this.library = library;
    }

    /** Every event's arguments, or only those of article {@code articleId} when it is not null. */
    public void forEachArgument(Long articleId, Consumer<ArgumentLine> action) {
        List<Event> events = new ArrayList<>();
        if (articleId != null) {
            events.addAll(library.events().findByArticle(articleId));
        } else {
            library.events().forEach(events::add);
        }
        long spansOf = -1;
        Map<Long, Span> spans = new HashMap<>();
        Map<Long, Long> links = new HashMap<>();
        for (Event event : events) {
            if (event.articleId() != spansOf) {
                spansOf = event.articleId();
                spans.clear();
                library.spans().findByArticle(spansOf).forEach(s -> spans.put(s.id(), s));
                links.clear();
                links.putAll(library.registry().linksOfArticle(spansOf));
            }
            Span trigger = spans.get(event.triggerSpanId());
            if (trigger == null) {
                continue; // a trigger deleted by another program; the store forgets such events
            }
            List<EventArgument> arguments = new ArrayList<>(event.arguments());
            arguments.removeIf(a -> !spans.containsKey(a.fillerSpanId()));
            if (arguments.isEmpty()) {
                action.accept(new ArgumentLine(event, trigger, "", null));
                continue;
            }
            arguments.sort(Comparator.comparing(EventArgument::role)
                    .thenComparingInt(a -> spans.get(a.fillerSpanId()).start()));
            for (EventArgument a : arguments) {
                action.accept(new ArgumentLine(event, trigger, a.role(), spans.get(a.fillerSpanId()),
                        links.getOrDefault(a.fillerSpanId(), 0L)));
            }
        }
    }
}
