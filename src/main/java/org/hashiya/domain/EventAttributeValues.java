package org.hashiya.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values an event's certainty, polarity and modality may take, as the label schema defines
 * them: lowercase ids, at least one each, in display order. The first polarity and the first
 * modality are what a new event gets. A schema without them (JSON versions 1 and 2) has
 * {@link #DEFAULT}.
 */
public record EventAttributeValues(List<String> certainty, List<String> polarity, List<String> modality) {
    public static final String CERTAINTY = "certainty";
    public static final String POLARITY = "polarity";
    public static final String MODALITY = "modality";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");

    public static final EventAttributeValues DEFAULT = new EventAttributeValues(
            List.of("confirmed", "reported", "claimed", "denied", "uncertain"),
            List.of("positive", "negative"), List.of("asserted", "other"));

    public EventAttributeValues {
        certainty = certainty == null ? List.of() : List.copyOf(certainty);
        polarity = polarity == null ? List.of() : List.copyOf(polarity);
        modality = modality == null ? List.of() : List.copyOf(modality);
        List<String> problems = new ArrayList<>();
        problems.addAll(problems(CERTAINTY, certainty));
        problems.addAll(problems(POLARITY, polarity));
        problems.addAll(problems(MODALITY, modality));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Every rule one attribute's list breaks: empty, a bad id, a value listed twice. */
    public static List<String> problems(String attribute, List<String> values) {
        List<String> problems = new ArrayList<>();
        if (values.isEmpty()) {
            problems.add("event attribute " + attribute + " needs at least one value");
        }
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (v == null || !ID.matcher(v).matches()) {
                problems.add("event attribute " + attribute + ": value '" + v
                        + "' must be lowercase Latin letters, digits, _ or - and start with a letter");
            } else if (!seen.add(v)) {
                problems.add("event attribute " + attribute + ": value '" + v + "' is listed twice");
            }
        }
        return problems;
    }

    /** The list of {@code attribute} (certainty, polarity or modality). */
    public List<String> of(String attribute) {
        return switch (attribute) {
            case CERTAINTY -> certainty;
            case POLARITY -> polarity;
            case MODALITY -> modality;
            default -> throw new IllegalArgumentException("no event attribute " + attribute);
        };
    }

    /** These lists, each followed by the attributes' value if it is not listed (a value kept from an older schema). */
    public EventAttributeValues keeping(EventAttributes attributes) {
        return new EventAttributeValues(plus(certainty, attributes.certainty()), plus(polarity, attributes.polarity()),
                plus(modality, attributes.modality()));
    }

    private static List<String> plus(List<String> list, String value) {
        if (value == null || list.contains(value) || !ID.matcher(value).matches()) {
            return list;
        }
        List<String> more = new ArrayList<>(list);
        more.add(value);
        return more;
    }

    public String defaultPolarity() {
        return polarity.get(0);
    }

    public String defaultModality() {
        return modality.get(0);
    }

    /**
     * The listed id {@code typed} names in any letter case; null for empty text. Otherwise adds
     * "what 'typed' is not one of a, b, c" to {@code problems} and returns null.
     */
    public static String choice(String what, String typed, List<String> allowed, List<String> problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        for (String value : allowed) {
            if (value.equalsIgnoreCase(t)) {
                return value;
            }
        }
        problems.add(what + " '" + t + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    /** A stored value as Hashiya keeps it: lowercase, stripped; null for empty. */
    static String stored(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty() ? null : v;
    }
}
