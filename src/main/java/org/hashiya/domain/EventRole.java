package org.hashiya.domain;

import java.util.List;
import java.util.Locale;

/**
 * One argument slot of an event type: its name ("Attacker"), whether an event needs it filled
 * ({@code required}) and whether it may hold several fillers ({@code repeatable}), and what may
 * fill it: label ids ("PERSON") and label kinds ("actor", "place", "time", "event"); none means
 * any label. Written "Participant+" (required, repeatable), "Host?" (optional, single), "Target*"
 * (optional, repeatable), "Speaker" (required, single) in short form.
 */
public record EventRole(String name, boolean required, boolean repeatable, List<String> fillers) {

    public EventRole {
        name = name == null ? "" : name.strip();
        fillers = fillers == null ? List.of() : fillers.stream().map(String::strip).filter(f -> !f.isEmpty())
                .map(f -> isKindName(f) ? f.toLowerCase(Locale.ROOT) : f).distinct().toList();
    }

    /** Whether a span with this label may fill the role. */
    public boolean accepts(SpanLabel label) {
        if (fillers.isEmpty()) {
            return true;
        }
        return fillers.contains(label.id()) || fillers.contains(label.kind().id());
    }

    /** "Participant+", "Host?", "Target*" or "Speaker". */
    public String shortForm() {
        return name + (required ? (repeatable ? "+" : "") : (repeatable ? "*" : "?"));
    }

    /** What fills the role, for people: "actor, LOCATION" or "any label". */
    public String fillersText() {
        return fillers.isEmpty() ? "any label" : String.join(", ", fillers);
    }

    /** A filler entry naming a kind rather than a label (kinds are lowercase, label ids uppercase). */
    static boolean isKindName(String filler) {
        for (LabelKind kind : LabelKind.values()) {
            if (kind.id().equalsIgnoreCase(filler) && !filler.equals(filler.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    public EventRole withFillers(List<String> newFillers) {
        return new EventRole(name, required, repeatable, newFillers);
    }

    public EventRole withCardinality(boolean newRequired, boolean newRepeatable) {
        return new EventRole(name, newRequired, newRepeatable, fillers);
    }
}
