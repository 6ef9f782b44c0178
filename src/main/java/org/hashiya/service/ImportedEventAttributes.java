package org.hashiya.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventAttributes;
import org.hashiya.io.annotated.DocumentEvent;

/**
 * Reads an event's attributes as an annotated file gives them (names and values as written) into
 * {@link EventAttributes} and an incident key. Names and values match without regard to letter
 * case ({@code certainty Confirmed} is {@code Certainty confirmed}). An attribute Hashiya does not
 * know, a value it cannot take, a second different value for one attribute, or a date precision
 * its date cannot have, is told (file:line) and kept in the event's note as a {@code Name=value}
 * line after the note's own lines: it never drops the event. Certainty, polarity and modality take
 * the values the library's schema lists.
 */
final class ImportedEventAttributes {
    private static final List<String> NAMES = List.of(DocumentEvent.EVENT_DATE, DocumentEvent.DATE_PRECISION,
            DocumentEvent.CERTAINTY, DocumentEvent.POLARITY, DocumentEvent.MODALITY, DocumentEvent.FATALITIES,
            DocumentEvent.INJURED, DocumentEvent.INCIDENT);

    /** The event's attributes (note included) and its incident key ("" for none). */
    record Read(EventAttributes attributes, String incidentKey) {
    }

    private final EventAttributeValues values;
    private final Consumer<String> notices;
    private final Map<String, DocumentEvent.Attribute> accepted = new HashMap<>();
    private final List<String> kept = new ArrayList<>();

    private ImportedEventAttributes(EventAttributeValues values, Consumer<String> notices) {
        this.values = values;
        this.notices = notices;
    }

    /** Certainty, polarity and modality are matched against {@code values}, the library schema's lists. */
    static Read read(EventAttributeValues values, List<DocumentEvent.Attribute> attributes, String note,
                     Consumer<String> notices) {
        ImportedEventAttributes reader = new ImportedEventAttributes(values, notices);
        for (DocumentEvent.Attribute attribute : attributes) {
            reader.take(attribute);
        }
        return reader.result(note);
    }

    private void take(DocumentEvent.Attribute attribute) {
        String name = NAMES.stream().filter(n -> n.equalsIgnoreCase(attribute.name().strip())).findFirst().orElse(null);
        String value = attribute.value().strip();
        if (name == null) {
            keep(attribute, "attribute " + attribute.name() + " is not one Hashiya keeps (" + String.join(", ", NAMES) + ")");
            return;
        }
        DocumentEvent.Attribute earlier = accepted.get(name);
        if (earlier != null) {
            if (!earlier.value().strip().equalsIgnoreCase(value)) {
                keep(attribute, "a second " + name + " (" + value + ") for one event; the first ("
                        + earlier.value().strip() + ") counts");
            }
            return;
        }
        String problem = problem(name, value);
        if (problem != null) {
            keep(attribute, problem);
        } else {
            accepted.put(name, new DocumentEvent.Attribute(name, value, attribute.where()));
        }
    }

    /** Why the value is not one the attribute takes, or null. */
    private String problem(String name, String value) {
        if (value.isEmpty()) {
            return name + " has no value";
        }
        try {
            switch (name) {
                case DocumentEvent.EVENT_DATE -> EventAttributes.parse(value, "", "", "", "", "", "", "");
                case DocumentEvent.DATE_PRECISION -> choice(name, value, EventAttributes.Precision.values());
                case DocumentEvent.CERTAINTY -> choice(name, value, values.certainty());
                case DocumentEvent.POLARITY -> choice(name, value, values.polarity());
                case DocumentEvent.MODALITY -> choice(name, value, values.modality());
                case DocumentEvent.FATALITIES -> EventAttributes.parse("", "", "", "", "", value, "", "");
                case DocumentEvent.INJURED -> EventAttributes.parse("", "", "", "", "", "", value, "");
                default -> { } // an incident key is any text
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    private static void choice(String name, String value, List<String> allowed) {
        List<String> problems = new ArrayList<>();
        EventAttributeValues.choice(name, value, allowed, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
    }

    private static <E extends Enum<E>> void choice(String name, String value, E[] values) {
        if (Arrays.stream(values).noneMatch(v -> v.name().equalsIgnoreCase(value))) {
            throw new IllegalArgumentException(name + " '" + value + "' is not one of "
                    + String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private void keep(DocumentEvent.Attribute attribute, String why) {
        String line = attribute.value().isEmpty() ? attribute.name() : attribute.name() + "=" + attribute.value();
        notices.accept(attribute.where() + ": " + why + "; kept in the event's note as " + line);
        kept.add(line);
    }

    private Read result(String note) {
        String date = value(DocumentEvent.EVENT_DATE);
        String precision = value(DocumentEvent.DATE_PRECISION);
        if (!precision.isEmpty()) {
            try {
                EventAttributes.parse(date, precision, "", "", "", "", "", "");
            } catch (IllegalArgumentException e) {
                DocumentEvent.Attribute given = accepted.remove(DocumentEvent.DATE_PRECISION);
                keep(given, e.getMessage());
                precision = "";
            }
        }
        List<String> lines = new ArrayList<>();
        if (!note.isEmpty()) {
            lines.add(note);
        }
        lines.addAll(kept);
        EventAttributes attributes = EventAttributes.parse(values, date, precision, value(DocumentEvent.CERTAINTY),
                value(DocumentEvent.POLARITY), value(DocumentEvent.MODALITY), value(DocumentEvent.FATALITIES),
                value(DocumentEvent.INJURED), String.join("\n", lines));
        return new Read(attributes, value(DocumentEvent.INCIDENT));
    }

    private String value(String name) {
        DocumentEvent.Attribute a = accepted.get(name);
        return a == null ? "" : a.value();
    }
}
