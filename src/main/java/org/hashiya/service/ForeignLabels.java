package org.hashiya.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.annotated.DocumentLabel;

/**
 * Maps the label names an annotated file uses to the library's label ids: a schema id as it is,
 * else an id or an Arabic or English name in any letter case; a name the schema lacks becomes a new
 * label (kind {@code other}, or {@code event} when it is first met on an event's trigger; a distinct
 * saturated colour, no shortcut), added once and told once.
 *
 * <p>A label the file defines (Hashiya's JSONL carries each used label's kind, names, colour and
 * roles) is matched by id only: the library's label of that id when it is of the same kind (it
 * stays as it is); when it is of another kind, the file's is kept apart as {@code ID_KIND} (or
 * {@code ID_KIND_2}, ...), as a merge keeps a clashing label, and told; when the library has no
 * label of that id, it is added as the file defines it (no shortcut; role fillers naming labels the
 * library lacks left out). A definition the schema cannot take falls back to the rules above.
 */
final class ForeignLabels {
    /** Saturated, distinct colours for labels an import adds; never grey or pale. */
    static final List<String> PALETTE = List.of("#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#17becf", "#bcbd22", "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#008080",
            "#f032e6", "#9a6324", "#800000", "#000075", "#808000");

    private final SchemaService schemas;
    private final Consumer<String> notices;
    private final Map<String, String> known = new HashMap<>();
    /** The ids of the labels this import added. */
    private final Set<String> added = new HashSet<>();
    private LabelSchema schema;

    ForeignLabels(SchemaService schemas, Consumer<String> notices) {
        this.schemas = schemas;
        this.notices = notices;
        this.schema = schemas.ensureSchema();
    }

    /** The library's label id for {@code name}, adding a label of kind other when the schema has none. */
    String idFor(String name, String where) {
        return idFor(name, where, LabelKind.OTHER);
    }

    /** The library's label id for {@code name}, adding a label of kind {@code kindIfNew} when the schema has none. */
    String idFor(String name, String where, LabelKind kindIfNew) {
        String cached = known.get(name);
        if (cached != null) {
            return cached;
        }
        String id = find(name);
        if (id == null) {
            id = add(name, where, kindIfNew);
        }
        known.put(name, id);
        return id;
    }

    /**
     * The library's label id for {@code name}, given the file's label {@code definitions} by name
     * (when they lack {@code name}, {@link #idFor(String, String, LabelKind)} decides).
     */
    String idFor(String name, String where, LabelKind kindIfNew, Map<String, DocumentLabel> definitions) {
        DocumentLabel definition = definitions.get(name);
        if (definition == null) {
            return idFor(name, where, kindIfNew);
        }
        String cached = known.get(name);
        if (cached != null) {
            return cached;
        }
        String id = defined(name, where, kindIfNew, definition, definitions);
        known.put(name, id);
        return id;
    }

    private String defined(String name, String where, LabelKind kindIfNew, DocumentLabel definition,
                           Map<String, DocumentLabel> definitions) {
        SpanLabel mine = schema.byId(name).orElse(null);
        String id = name;
        if (mine != null) {
            if (mine.kind() == definition.kind()) {
                return mine.id();
            }
            id = keptApart(name, definition.kind());
            notices.accept("label " + name + " is " + mine.kind().id() + " here but " + definition.kind().id() + " in "
                    + where + ": theirs kept apart as " + id);
            if (schema.byId(id).isPresent()) {
                return id;
            }
        }
        SpanLabel label = new SpanLabel(id, definition.arabicName(), definition.englishName(), definition.kind(),
                definition.colour(), "", schema.labels().size(), false);
        try {
            schema = schemas.addLabel(label);
        } catch (AnnotationException e) {
            notices.accept("label " + name + " as " + where + " defines it cannot be added (" + e.getMessage()
                    + "); taken as a label the file does not define");
            String found = find(name);
            return found != null ? found : add(name, where, kindIfNew);
        }
        notices.accept("new label " + id + " added to the schema as the file defines it (kind " + definition.kind().id()
                + ", colour " + label.colour() + "), first met in " + where);
        if (definition.kind() == LabelKind.EVENT && !definition.roles().isEmpty()) {
            known.put(name, id); // a role filled by this very label finds it
            addRoles(id, definition, where, definitions);
        }
        return id;
    }

    /**
     * The defined label's roles. A filler naming a label the file defines is that label as this
     * import maps it (added first when the library lacks it); one naming neither is left out.
     */
    private void addRoles(String id, DocumentLabel definition, String where, Map<String, DocumentLabel> definitions) {
        List<String> dropped = new ArrayList<>();
        List<EventRole> roles = new ArrayList<>();
        for (EventRole role : definition.roles()) {
            List<String> fillers = new ArrayList<>();
            for (String filler : role.fillers()) {
                if (isKind(filler)) {
                    fillers.add(filler);
                } else if (definitions.containsKey(filler)) {
                    fillers.add(idFor(filler, where, LabelKind.OTHER, definitions));
                } else if (schema.byId(filler).isPresent()) {
                    fillers.add(filler);
                } else {
                    dropped.add(role.name() + ": " + filler);
                }
            }
            roles.add(role.withFillers(fillers));
        }
        try {
            schema = schemas.setRoles(id, roles);
        } catch (AnnotationException e) {
            notices.accept("the roles of label " + id + " as " + where + " defines them are left out: " + e.getMessage());
            return;
        }
        if (!dropped.isEmpty()) {
            notices.accept("label " + id + ": role fillers naming labels this library lacks left out ("
                    + String.join(", ", dropped) + ")");
        }
    }

    private static boolean isKind(String filler) {
        for (LabelKind kind : LabelKind.values()) {
            if (kind.id().equals(filler)) {
                return true;
            }
        }
        return false;
    }

    /** ID_KIND, or ID_KIND_2, ... : the first that is free or already holds this kind (as a merge names it). */
    private String keptApart(String id, LabelKind kind) {
        String base = id + "_" + kind.id().toUpperCase(Locale.ROOT);
        String candidate = base;
        for (int n = 2; ; n++) {
            SpanLabel there = schema.byId(candidate).orElse(null);
            if (there == null || there.kind() == kind) {
                return candidate;
            }
            candidate = base + "_" + n;
        }
    }

    /** The id of the label {@code name} means, without adding one: null when the schema has none. */
    String existingId(String name) {
        String cached = known.get(name);
        return cached != null ? cached : find(name);
    }

    /**
     * Whether the label may trigger events: it is an event label, or this import added it (of kind
     * other, first met on a span that triggers nothing) and now makes it one.
     */
    boolean ensureEventLabel(String id, String where) {
        SpanLabel label = schema.byId(id).orElse(null);
        if (label == null) {
            return false;
        }
        if (label.kind() == LabelKind.EVENT) {
            return true;
        }
        if (!added.contains(id)) {
            return false;
        }
        schema = schemas.setKind(id, LabelKind.EVENT);
        notices.accept("label " + id + ", added above as kind other, triggers an event in " + where
                + ": it is now of kind event");
        return true;
    }

    /** The kind of a label of the schema, for messages. */
    String kindOf(String id) {
        return schema.byId(id).map(l -> l.kind().id()).orElse("unknown");
    }

    private String find(String name) {
        String wanted = name.strip();
        for (SpanLabel label : schema.labels()) {
            if (label.id().equals(wanted)) {
                return label.id();
            }
        }
        for (SpanLabel label : schema.labels()) {
            if (label.id().equalsIgnoreCase(wanted) || label.englishName().equalsIgnoreCase(wanted)
                    || (!label.arabicName().isEmpty() && label.arabicName().equals(wanted))) {
                return label.id();
            }
        }
        return null;
    }

    private String add(String name, String where, LabelKind kind) {
        String id = freeId(idOf(name));
        boolean arabic = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        String shown = name.strip().isEmpty() ? id : name.strip();
        SpanLabel label = new SpanLabel(id, arabic ? shown : "", arabic ? "" : shown, kind, freeColour(), "",
                schema.labels().size(), false);
        schema = schemas.addLabel(label);
        added.add(id);
        notices.accept("new label " + id + (id.equals(name) ? "" : " (\"" + name + "\")")
                + " added to the schema (kind " + kind.id() + "), first met in " + where);
        return id;
    }

    /** An id of the schema's form (capital letters, digits, _; a letter first) made from a name. */
    static String idOf(String name) {
        StringBuilder id = new StringBuilder();
        for (char c : name.strip().toUpperCase(Locale.ROOT).toCharArray()) {
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (ok) {
                id.append(c);
            } else if (id.length() > 0 && id.charAt(id.length() - 1) != '_') {
                id.append('_');
            }
        }
        while (id.length() > 0 && (id.charAt(0) < 'A' || id.charAt(0) > 'Z')) {
            id.deleteCharAt(0);
        }
        while (id.length() > 0 && id.charAt(id.length() - 1) == '_') {
            id.setLength(id.length() - 1);
        }
        return id.length() == 0 ? "LABEL" : id.toString();
    }

    private String freeId(String base) {
        Set<String> taken = new HashSet<>();
        schema.labels().forEach(l -> taken.add(l.id()));
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!taken.contains(base + "_" + n)) {
                return base + "_" + n;
            }
        }
    }

    private String freeColour() {
        Set<String> used = new HashSet<>();
        schema.labels().forEach(l -> used.add(l.colour()));
        for (String colour : PALETTE) {
            if (!used.contains(colour)) {
                return colour;
            }
        }
        // all taken: walk the hue circle by the golden angle, always saturated and mid-dark
        List<String> more = new ArrayList<>();
        for (int i = 0; more.isEmpty() || used.contains(more.get(more.size() - 1)); i++) {
            double hue = ((schema.labels().size() + i) * 137.508) % 360;
            more.add(hsv(hue, 0.8, 0.75));
        }
        return more.get(more.size() - 1);
    }

    private static String hsv(double hue, double saturation, double value) {
        double c = value * saturation;
        double x = c * (1 - Math.abs((hue / 60) % 2 - 1));
        double m = value - c;
        double[] rgb = switch ((int) (hue / 60)) {
            case 0 -> new double[] {c, x, 0};
            case 1 -> new double[] {x, c, 0};
            case 2 -> new double[] {0, c, x};
            case 3 -> new double[] {0, x, c};
            case 4 -> new double[] {x, 0, c};
            default -> new double[] {c, 0, x};
        };
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round((rgb[0] + m) * 255),
                Math.round((rgb[1] + m) * 255), Math.round((rgb[2] + m) * 255));
    }
}
