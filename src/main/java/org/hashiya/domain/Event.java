package org.hashiya.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * An event: anchored on one trigger span (with an event label; one event per trigger), with its
 * own id, its filled roles in the order they were filled, its attributes and, when it was linked
 * to reports of the same real-world incident, the incident's id (0: none).
 */
public record Event(long id, long articleId, long triggerSpanId, EventAttributes attributes,
                    List<EventArgument> arguments, long incidentId) {

    public Event {
        attributes = attributes == null ? EventAttributes.NONE : attributes;
        arguments = List.copyOf(arguments);
    }

    public List<EventArgument> argumentsOf(String role) {
        return arguments.stream().filter(a -> a.role().equals(role)).toList();
    }

    public boolean hasFiller(long spanId) {
        return arguments.stream().anyMatch(a -> a.fillerSpanId() == spanId);
    }

    public Event withArgument(EventArgument argument) {
        List<EventArgument> more = new ArrayList<>(arguments);
        more.add(argument);
        return new Event(id, articleId, triggerSpanId, attributes, more, incidentId);
    }

    public Event withoutArgument(EventArgument argument) {
        List<EventArgument> fewer = new ArrayList<>(arguments);
        fewer.remove(argument);
        return new Event(id, articleId, triggerSpanId, attributes, fewer, incidentId);
    }

    /** Without every argument this span fills. */
    public Event withoutFiller(long spanId) {
        return new Event(id, articleId, triggerSpanId, attributes,
                arguments.stream().filter(a -> a.fillerSpanId() != spanId).toList(), incidentId);
    }

    public Event withAttributes(EventAttributes newAttributes) {
        return new Event(id, articleId, triggerSpanId, newAttributes, arguments, incidentId);
    }

    public Event withIncident(long newIncidentId) {
        return new Event(id, articleId, triggerSpanId, attributes, arguments, newIncidentId);
    }
}
