package org.hashiya.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the schema allows an event: which spans may fill which role, how many, which roles it still needs. */
public final class EventRules {
    private EventRules() {
    }

    /**
     * Why this span may not fill this role of the event, or empty if it may. A single-filler role
     * already filled is no problem here: filling it again replaces its filler.
     */
    public static Optional<String> fillProblem(LabelSchema schema, Event event, String triggerLabelId, String role,
                                               Span filler) {
        String type = schema.byId(triggerLabelId).map(l -> l.englishName().isEmpty() ? l.arabicName() : l.englishName())
                .orElse(triggerLabelId);
        Optional<EventRole> r = schema.eventType(triggerLabelId).flatMap(t -> t.role(role));
        if (r.isEmpty()) {
            return Optional.of(type + " events have no role " + role);
        }
        if (filler.id() == event.triggerSpanId()) {
            return Optional.of("an event cannot fill its own role: «" + filler.text() + "» is its trigger");
        }
        if (event.argumentsOf(role).stream().anyMatch(a -> a.fillerSpanId() == filler.id())) {
            return Optional.of("«" + filler.text() + "» already fills " + role);
        }
        Optional<SpanLabel> label = schema.byId(filler.labelId());
        if (label.isEmpty() || !r.get().accepts(label.get())) {
            String name = label.map(l -> l.englishName().isEmpty() ? l.arabicName() : l.englishName()).orElse(filler.labelId());
            return Optional.of(role + " takes " + r.get().fillersText() + ", not «" + filler.text() + "» (" + name + ")");
        }
        return Optional.empty();
    }

    /** The required roles of the event that have no filler yet, in schema order. */
    public static List<String> missingRequired(LabelSchema schema, Event event, String triggerLabelId) {
        List<String> missing = new ArrayList<>();
        schema.eventType(triggerLabelId).ifPresent(t -> t.roles().stream()
                .filter(r -> r.required() && event.argumentsOf(r.name()).isEmpty())
                .forEach(r -> missing.add(r.name())));
        return missing;
    }
}
