package org.hashiya.io.annotated;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;

/**
 * Writes an article's events as brat standoff lines and remembers, across the whole export, what
 * annotation.conf must declare for them (see {@link BratConfiguration}):
 * <pre>
 * E1	MEET:T1 Participant:T2 Participant2:T3 Place:T4 Participant3:T5
 * A1	Certainty E1 reported
 * #3	AnnotatorNotes E1	one line of the note
 * </pre>
 * A repeated role is numbered as brat numbers it (Participant, Participant2, ...). Attribute lines
 * come one per known value, in the order Certainty, Polarity, Modality, DatePrecision, EventDate,
 * Fatalities, Injured, Incident; the note is one AnnotatorNotes line per line of it. An event whose
 * trigger has no T line is left out, and so is an argument whose filler has none.
 */
final class BratEvents {
    static final String CERTAINTY = "Certainty";
    static final String POLARITY = "Polarity";
    static final String MODALITY = "Modality";
    static final String DATE_PRECISION = "DatePrecision";
    static final String EVENT_DATE = "EventDate";
    static final String FATALITIES = "Fatalities";
    static final String INJURED = "Injured";
    static final String INCIDENT = "Incident";
    /** Attributes whose values are open: annotation.conf lists the values written, in this order. */
    static final List<String> WRITTEN_VALUES = List.of(EVENT_DATE, FATALITIES, INJURED, INCIDENT);

    private static final Comparator<String> NUMBERS_FIRST_BY_VALUE = Comparator
            .<String>comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    /** Event label to the role names (not numbered) its events were written with, in first-seen order. */
    private final Map<String, Set<String>> rolesWritten = new LinkedHashMap<>();
    /** EventDate, Fatalities, Injured, Incident to the values written. */
    private final Map<String, Set<String>> valuesWritten = new HashMap<>();

    BratEvents() {
        valuesWritten.put(EVENT_DATE, new TreeSet<>());
        valuesWritten.put(FATALITIES, new TreeSet<>(NUMBERS_FIRST_BY_VALUE));
        valuesWritten.put(INJURED, new TreeSet<>(NUMBERS_FIRST_BY_VALUE));
        valuesWritten.put(INCIDENT, new TreeSet<>(NUMBERS_FIRST_BY_VALUE));
        valuesWritten.put(CERTAINTY, new TreeSet<>());
        valuesWritten.put(POLARITY, new TreeSet<>());
        valuesWritten.put(MODALITY, new TreeSet<>());
    }

    /** Numbers of the article's standoff lines, shared with its T lines and span notes. */
    static final class Numbers {
        int event;
        int attribute;
        int note;
    }

    /**
     * Appends the events' lines. {@code textBoundOf}: span id to its T number; {@code labelOf}: span
     * id to its label id.
     */
    void append(StringBuilder ann, List<Event> events, Map<Long, Integer> textBoundOf, Map<Long, String> labelOf,
                Numbers n) {
        for (Event event : events) {
            Integer trigger = textBoundOf.get(event.triggerSpanId());
            if (trigger == null) {
                continue;
            }
            String label = labelOf.get(event.triggerSpanId());
            Set<String> roles = rolesWritten.computeIfAbsent(label, k -> new LinkedHashSet<>());
            String e = "E" + (++n.event);
            ann.append(e).append('\t').append(label).append(":T").append(trigger);
            Map<String, Integer> seen = new HashMap<>();
            for (EventArgument argument : event.arguments()) {
                Integer filler = textBoundOf.get(argument.fillerSpanId());
                if (filler == null) {
                    continue;
                }
                roles.add(argument.role());
                int count = seen.merge(argument.role(), 1, Integer::sum);
                ann.append(' ').append(argument.role()).append(count == 1 ? "" : Integer.toString(count))
                        .append(":T").append(filler);
            }
            ann.append('\n');
            appendAttributes(ann, e, event, n);
            if (!event.attributes().note().isEmpty()) {
                for (String line : BratWriter.noteLines(event.attributes().note())) {
                    ann.append('#').append(++n.note).append("\tAnnotatorNotes ").append(e).append('\t').append(line)
                            .append('\n');
                }
            }
        }
    }

    private void appendAttributes(StringBuilder ann, String e, Event event, Numbers n) {
        EventAttributes a = event.attributes();
        attribute(ann, CERTAINTY, e, a.certaintyId(), n);
        attribute(ann, POLARITY, e, a.polarity(), n);
        attribute(ann, MODALITY, e, a.modality(), n);
        attribute(ann, DATE_PRECISION, e, a.precisionId(), n);
        attribute(ann, EVENT_DATE, e, a.date(), n);
        attribute(ann, FATALITIES, e, a.fatalitiesText(), n);
        attribute(ann, INJURED, e, a.injuredText(), n);
        attribute(ann, INCIDENT, e, event.incidentId() == 0 ? "" : Long.toString(event.incidentId()), n);
    }

    private void attribute(StringBuilder ann, String name, String e, String value, Numbers n) {
        if (value.isEmpty()) {
            return;
        }
        ann.append('A').append(++n.attribute).append('\t').append(name).append(' ').append(e).append(' ')
                .append(value).append('\n');
        Set<String> values = valuesWritten.get(name);
        if (values != null) {
            values.add(value);
        }
    }

    /** Event label to the roles its written events used (not numbered), in first-seen order. */
    Map<String, Set<String>> rolesWritten() {
        return rolesWritten;
    }

    /**
     * The values written for one of {@link #WRITTEN_VALUES}, or of Certainty, Polarity or Modality
     * (a stored value the schema no longer lists is written too), sorted (numbers by value).
     */
    Set<String> valuesWritten(String attribute) {
        return valuesWritten.get(attribute);
    }
}
