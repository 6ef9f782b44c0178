package org.hashiya.domain;

import java.util.List;

/**
 * An event arriving with an annotated article, before it is stored: its trigger and fillers are
 * indexes into the {@link NewAnnotatedArticle#spans()} it arrives with (the store finds or makes
 * those spans first). {@code incidentKey} is the incident the file names ("" for none): events of
 * one import that share a key are linked as one new incident.
 */
public record NewEvent(int trigger, EventAttributes attributes, List<Argument> arguments, String incidentKey) {

    public NewEvent {
        attributes = attributes == null ? EventAttributes.NONE : attributes;
        arguments = List.copyOf(arguments);
        incidentKey = incidentKey == null ? "" : incidentKey;
    }

    /** A filled role: its name and the index of the span filling it. */
    public record Argument(String role, int filler) {
    }
}
