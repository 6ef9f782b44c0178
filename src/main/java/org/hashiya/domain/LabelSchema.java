package org.hashiya.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The labels a library offers, in display order. The list order is the truth: each label's
 * {@code position} is rewritten to its index, so positions are always 0..n-1.
 * {@code version} is the schema format version ({@link #FORMAT_VERSION} today).
 *
 * <p>A schema is always valid: the constructor throws {@link IllegalArgumentException} naming
 * every problem ("label 3: duplicate shortcut '2'"), with labels numbered from 1.
 */
public record LabelSchema(int version, List<SpanLabel> labels, List<EventType> eventTypes,
                          EventAttributeValues eventAttributes) {
    /**
     * 3 added the value lists of the event attributes; 2 added event types with roles; version 1
     * files (labels only) and 2 are still read (with {@link EventAttributeValues#DEFAULT}).
     */
    public static final int FORMAT_VERSION = 3;

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern SHORTCUT = Pattern.compile("[1-9a-z]?");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public LabelSchema {
        List<SpanLabel> ordered = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            ordered.add(labels.get(i).withPosition(i));
        }
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        eventAttributes = eventAttributes == null ? EventAttributeValues.DEFAULT : eventAttributes;
        List<String> problems = problems(ordered);
        if (problems.isEmpty()) {
            problems.addAll(eventTypeProblems(ordered, eventTypes));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        labels = List.copyOf(ordered);
        Map<String, Integer> position = new HashMap<>();
        ordered.forEach(l -> position.put(l.id(), l.position()));
        eventTypes = eventTypes.stream().sorted(java.util.Comparator.comparingInt(t -> position.get(t.labelId()))).toList();
    }

    /** A schema of labels only (no event roles), with the default event attribute values. */
    public LabelSchema(int version, List<SpanLabel> labels) {
        this(version, labels, List.of(), null);
    }

    /** A schema with the default event attribute values. */
    public LabelSchema(int version, List<SpanLabel> labels, List<EventType> eventTypes) {
        this(version, labels, eventTypes, null);
    }

    /** This schema with these event attribute value lists. */
    public LabelSchema withEventAttributes(EventAttributeValues values) {
        return new LabelSchema(FORMAT_VERSION, labels, eventTypes, values);
    }

    public static LabelSchema of(List<SpanLabel> labels) {
        return new LabelSchema(FORMAT_VERSION, labels, List.of());
    }

    public static LabelSchema of(List<SpanLabel> labels, List<EventType> eventTypes) {
        return new LabelSchema(FORMAT_VERSION, labels, eventTypes);
    }

    /**
     * These labels with this schema's event types, less what no longer fits: the event type of a
     * label that is gone or no longer an event label, and fillers naming a label that is gone.
     */
    public LabelSchema withLabels(List<SpanLabel> newLabels) {
        return fitting(newLabels, eventTypes).withEventAttributes(eventAttributes);
    }

    /** These labels with those of these event types that fit them (see {@link #withLabels}). */
    public static LabelSchema fitting(List<SpanLabel> newLabels, List<EventType> eventTypes) {
        Map<String, SpanLabel> byId = new HashMap<>();
        newLabels.forEach(l -> byId.put(l.id(), l));
        List<EventType> kept = new ArrayList<>();
        for (EventType type : eventTypes) {
            SpanLabel label = byId.get(type.labelId());
            if (label == null || label.kind() != LabelKind.EVENT) {
                continue;
            }
            kept.add(new EventType(type.labelId(), type.roles().stream()
                    .map(r -> r.withFillers(r.fillers().stream()
                            .filter(f -> EventRole.isKindName(f) || byId.containsKey(f)).toList()))
                    .toList()));
        }
        return new LabelSchema(FORMAT_VERSION, newLabels, kept);
    }

    /** This schema with the event type of {@code type.labelId()} replaced (or added). */
    public LabelSchema withEventType(EventType type) {
        List<EventType> types = new ArrayList<>(eventTypes);
        types.removeIf(t -> t.labelId().equals(type.labelId()));
        types.add(type);
        return new LabelSchema(FORMAT_VERSION, labels, types, eventAttributes);
    }

    /** The roles of this event label; an event label without an entry has no roles yet. */
    public Optional<EventType> eventType(String labelId) {
        return eventTypes.stream().filter(t -> t.labelId().equals(labelId)).findFirst();
    }

    /** Every rule the event types break: an unknown or non-event label, a bad or repeated role, an unknown filler. */
    public static List<String> eventTypeProblems(List<SpanLabel> labels, List<EventType> eventTypes) {
        List<String> problems = new ArrayList<>();
        Map<String, SpanLabel> byId = new HashMap<>();
        labels.forEach(l -> byId.put(l.id(), l));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (EventType type : eventTypes) {
            String where = "event type " + type.labelId() + ": ";
            SpanLabel label = byId.get(type.labelId());
            if (label == null) {
                problems.add(where + "no such label");
                continue;
            }
            if (label.kind() != LabelKind.EVENT) {
                problems.add(where + "label " + type.labelId() + " is of kind " + label.kind().id() + ", not event");
            }
            if (!seen.add(type.labelId())) {
                problems.add(where + "listed twice");
            }
            java.util.Set<String> names = new java.util.HashSet<>();
            for (EventRole role : type.roles()) {
                if (!ROLE.matcher(role.name()).matches()) {
                    problems.add(where + "role name '" + role.name() + "' must be Latin letters, digits, _ or - and start with a letter");
                } else if (!names.add(role.name().toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(where + "role " + role.name() + " is listed twice");
                }
                for (String filler : role.fillers()) {
                    if (!EventRole.isKindName(filler) && !byId.containsKey(filler)) {
                        problems.add(where + "role " + role.name() + ": filler '" + filler
                                + "' is neither a label id nor one of actor, event, place, time, other");
                    }
                }
            }
        }
        return problems;
    }

    /** Every rule a schema breaks, one message per problem, labels numbered from 1. */
    public static List<String> problems(List<SpanLabel> labels) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> shortcuts = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            SpanLabel label = labels.get(i);
            String where = "label " + (i + 1) + ": ";
            if (!ID.matcher(label.id()).matches()) {
                problems.add(where + "id '" + label.id() + "' must be capital letters, digits and _ and start with a letter");
            } else if (ids.putIfAbsent(label.id(), i + 1) != null) {
                problems.add(where + "duplicate id '" + label.id() + "' (also label " + ids.get(label.id()) + ")");
            }
            if (!COLOUR.matcher(label.colour()).matches()) {
                problems.add(where + "colour '" + label.colour() + "' is not of the form #rrggbb");
            }
            if (!SHORTCUT.matcher(label.shortcut()).matches()) {
                problems.add(where + "shortcut '" + label.shortcut() + "' must be one key 1-9 or a-z, or empty");
            } else if (!label.shortcut().isEmpty() && shortcuts.putIfAbsent(label.shortcut(), i + 1) != null) {
                problems.add(where + "duplicate shortcut '" + label.shortcut() + "' (also label "
                        + shortcuts.get(label.shortcut()) + ")");
            }
            if (label.arabicName().isEmpty() && label.englishName().isEmpty()) {
                problems.add(where + "needs an Arabic or an English name");
            }
        }
        return problems;
    }

    public Optional<SpanLabel> byId(String id) {
        return labels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The label a key selects; retired labels are never selected. */
    public Optional<SpanLabel> byShortcut(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        String wanted = key.toLowerCase(java.util.Locale.ROOT);
        return labels.stream().filter(l -> !l.retired() && l.shortcut().equals(wanted)).findFirst();
    }

    /** The labels offered for new spans, in order. */
    public List<SpanLabel> active() {
        return labels.stream().filter(l -> !l.retired()).toList();
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
