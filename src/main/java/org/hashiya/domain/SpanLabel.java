package org.hashiya.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the label schema. {@code id} is the short stable identifier stored with spans and
 * exported (ACTOR_GOV, ATTACK); names are what people read. {@code colour} is "#rrggbb" (kept in
 * lowercase), {@code shortcut} one key "1"-"9" or "a"-"z" (kept in lowercase) or empty.
 * {@code position} is the label's place in the schema's order. A retired label stays so that
 * spans using it keep their meaning, but is no longer offered for new spans.
 *
 * <p>Field-level rules (id pattern, colour form, shortcut form, uniqueness) are checked by
 * {@link LabelSchema}, so a whole schema reports every problem with its label number.
 */
public record SpanLabel(String id, String arabicName, String englishName, LabelKind kind, String colour,
                    String shortcut, int position, boolean retired) {

    public SpanLabel {
        id = nullToEmpty(id);
        arabicName = nullToEmpty(arabicName);
        englishName = nullToEmpty(englishName);
        Objects.requireNonNull(kind, "kind");
        colour = nullToEmpty(colour).toLowerCase(Locale.ROOT);
        shortcut = nullToEmpty(shortcut).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public SpanLabel withNames(String newArabicName, String newEnglishName) {
        return new SpanLabel(id, newArabicName, newEnglishName, kind, colour, shortcut, position, retired);
    }

    public SpanLabel withColour(String newColour) {
        return new SpanLabel(id, arabicName, englishName, kind, newColour, shortcut, position, retired);
    }

    public SpanLabel withShortcut(String newShortcut) {
        return new SpanLabel(id, arabicName, englishName, kind, colour, newShortcut, position, retired);
    }

    public SpanLabel withPosition(int newPosition) {
        return new SpanLabel(id, arabicName, englishName, kind, colour, shortcut, newPosition, retired);
    }

    public SpanLabel withKind(LabelKind newKind) {
        return new SpanLabel(id, arabicName, englishName, newKind, colour, shortcut, position, retired);
    }

    public SpanLabel withRetired(boolean newRetired) {
        return new SpanLabel(id, arabicName, englishName, kind, colour, shortcut, position, newRetired);
    }
}
