package org.hashiya.ui.labels;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;

/**
 * Checks one field of a label as the user typed it, so the dialog can say what is wrong next to
 * that field before anything is stored. {@link LabelSchema} checks the same rules again on save;
 * these only make the message specific ("key f is already the shortcut of ATTACK").
 */
final class LabelFieldRules {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final Pattern SHORTCUT = Pattern.compile("[1-9a-z]?");

    private LabelFieldRules() {
    }

    /** Ids are stored in capitals; what the user types is taken in any case. */
    static String normalId(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    static String normalShortcut(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static String normalColour(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static Optional<String> id(String id, LabelSchema schema) {
        if (id.isEmpty()) {
            return Optional.of("Give the label an id, e.g. ACTOR_GOV");
        }
        if (!ID.matcher(id).matches()) {
            return Optional.of("An id is Latin letters, digits and _, starting with a letter");
        }
        if (schema.byId(id).isPresent()) {
            return Optional.of("There is already a label " + id);
        }
        return Optional.empty();
    }

    static Optional<String> names(String arabicName, String englishName) {
        if (blank(arabicName) && blank(englishName)) {
            return Optional.of("Give an Arabic or an English name");
        }
        return Optional.empty();
    }

    /** {@code ownerId} is the label being edited (its own key is no conflict), or null for a new label. */
    static Optional<String> shortcut(String shortcut, LabelSchema schema, String ownerId) {
        if (!SHORTCUT.matcher(shortcut).matches()) {
            return Optional.of("A shortcut is one key: 1-9 or a letter a-z (leave empty for none)");
        }
        if (shortcut.isEmpty()) {
            return Optional.empty();
        }
        return schema.labels().stream()
                .filter(l -> l.shortcut().equals(shortcut) && !l.id().equals(ownerId))
                .findFirst()
                .map(other -> "Key " + shortcut + " is already the shortcut of " + describe(other));
    }

    static Optional<String> colour(String colour) {
        if (!COLOUR.matcher(colour).matches()) {
            return Optional.of("A colour is #rrggbb, e.g. #f7a1a1");
        }
        return Optional.empty();
    }

    /** "ATTACK (Attack)": the id and the English name when there is one. */
    static String describe(SpanLabel label) {
        return label.englishName().isEmpty() ? label.id() : label.id() + " (" + label.englishName() + ")";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
