package org.hashiya.io.annotated;

import org.hashiya.text.IsoInstants;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads typed values out of one JSONL record and keeps, for each value it cannot use, a
 * one-line problem naming file, line and field. Every value is optional: absent and
 * {@code null} give null without a problem.
 */
final class JsonlValues {
    /** The {@code about} of what belongs to the record as a whole. */
    static final Supplier<String> RECORD = () -> "";

    private static final int SHOWN_CHARACTERS = 60;

    private final String where;
    private final List<String> problems = new ArrayList<>();

    JsonlValues(String where) {
        this.where = where;
    }

    String where() {
        return where;
    }

    /** The problems noted so far, each "FILE:LINE: about reason". */
    List<String> problems() {
        return problems;
    }

    /** Notes a problem; {@code about} is "" or names the part of the record ("span 3 (PER 4-9): "). */
    void problem(String about, String reason) {
        problems.add(where + ": " + about + reason);
    }

    /** As {@link #problem(String, String)}, naming the part only when there is a problem: a name costs time. */
    private void problem(Supplier<String> about, String reason) {
        problem(about.get(), reason);
    }

    /** A string field; anything else is a problem ("title is not a string; left empty"). */
    String string(JsonNode object, String field, Supplier<String> about) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        problem(about, field + " is not a string; left empty");
        return null;
    }

    /** A string field, or null when it is anything else, silently: for fields a format may use otherwise. */
    static String stringIfAny(JsonNode object, String field) {
        JsonNode node = object.get(field);
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** An ISO 8601 time ("2024-05-01T09:30:00Z", or with an offset), read as an instant. */
    Instant time(JsonNode object, String field, Supplier<String> about) {
        String value = string(object, field, about);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return IsoInstants.parse(value);
        } catch (DateTimeParseException e) {
            problem(about, field + " " + quote(value) + " is not an ISO 8601 time; left empty");
            return null;
        }
    }

    /** A list of strings; a single string is a list of one. */
    List<String> strings(JsonNode object, String field, Supplier<String> about) {
        JsonNode node = object.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.textValue());
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (element.isTextual()) {
                    values.add(element.textValue());
                } else {
                    problem(about, field + ": " + shown(element) + " is not a string; left out");
                }
            }
        } else {
            problem(about, field + " is not a list of strings; left empty");
        }
        return values;
    }

    /** A value as it stands in the file, short and on one line, for messages. */
    static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "?";
        }
        return node.isTextual() ? oneLine(node.textValue()) : oneLine(node.toString());
    }

    /** A string in double quotes, short and on one line, for messages. */
    static String quote(String s) {
        return "\"" + oneLine(s) + "\"";
    }

    private static String oneLine(String s) {
        return oneLine(s, SHOWN_CHARACTERS);
    }

    /** {@code s} on one line (line breaks, tabs and backslashes escaped), cut after {@code max} characters. */
    static String oneLine(String s, int max) {
        boolean cut = s.codePointCount(0, s.length()) > max;
        String shown = cut ? s.substring(0, s.offsetByCodePoints(0, max)) : s;
        shown = shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
                .replace("\u0085", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return cut ? shown + "…" : shown;
    }
}
