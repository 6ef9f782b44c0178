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
public record LabelSchema(int version, List<SpanLabel> labels) {
    public static final int FORMAT_VERSION = 1;

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern SHORTCUT = Pattern.compile("[1-9a-z]?");

    public LabelSchema {
        List<SpanLabel> ordered = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            ordered.add(labels.get(i).withPosition(i));
        }
        List<String> problems = problems(ordered);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        labels = List.copyOf(ordered);
    }

    public static LabelSchema of(List<SpanLabel> labels) {
        return new LabelSchema(FORMAT_VERSION, labels);
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
