package org.hashiya.io.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.LabelKind;

/**
 * Reads the {@code "labels"} of a line of Hashiya's JSONL ({@link JsonlWriter#writeLabels}): per label
 * id its kind, Arabic and English names, colour and, for an event label, its roles. A definition that
 * cannot be used is a problem and is left out (its spans still come, their label then added as a
 * label the file does not define); a role that cannot be read is a problem and left out alone.
 */
final class JsonlLabels {
    private JsonlLabels() {
    }

    static Map<String, DocumentLabel> read(JsonNode record, JsonlValues values) {
        JsonNode node = record.get(JsonlFields.LABELS);
        Map<String, DocumentLabel> labels = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return labels;
        }
        if (!node.isObject()) {
            values.problem("", JsonlFields.LABELS + " is not an object of label definitions by id; left out");
            return labels;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            DocumentLabel label = label(entry.getKey(), entry.getValue(), values);
            if (label != null) {
                labels.put(label.id(), label);
            }
        }
        return labels;
    }

    private static DocumentLabel label(String id, JsonNode node, JsonlValues values) {
        String about = JsonlFields.LABELS + " " + JsonlValues.quote(id) + ": ";
        if (!node.isObject()) {
            values.problem(about, "not an object; the definition is left out");
            return null;
        }
        String kindId = JsonlValues.stringIfAny(node, JsonlFields.KIND);
        LabelKind kind;
        try {
            kind = LabelKind.fromId(kindId == null ? "" : kindId);
        } catch (IllegalArgumentException e) {
            values.problem(about, JsonlFields.KIND + " " + JsonlValues.shown(node.get(JsonlFields.KIND))
                    + " is not one of actor, event, place, time, other; the definition is left out");
            return null;
        }
        String arabic = values.string(node, JsonlFields.ARABIC_NAME, () -> about);
        String english = values.string(node, JsonlFields.ENGLISH_NAME, () -> about);
        String colour = values.string(node, JsonlFields.COLOUR, () -> about);
        return new DocumentLabel(id, kind, arabic, english, colour, roles(node, about, values));
    }

    private static List<EventRole> roles(JsonNode label, String about, JsonlValues values) {
        JsonNode node = label.get(JsonlFields.ROLES);
        List<EventRole> roles = new ArrayList<>();
        if (node == null || node.isNull()) {
            return roles;
        }
        if (!node.isArray()) {
            values.problem(about, JsonlFields.ROLES + " is not a list; no roles taken");
            return roles;
        }
        for (JsonNode role : node) {
            String name = role.isObject() ? JsonlValues.stringIfAny(role, JsonlFields.NAME) : null;
            if (name == null || name.isBlank()) {
                values.problem(about, "role " + JsonlValues.shown(role) + " has no name; left out");
                continue;
            }
            List<String> fillers = values.strings(role, JsonlFields.FILLERS, () -> about + "role " + name + ": ");
            roles.add(new EventRole(name, flag(role, JsonlFields.REQUIRED), flag(role, JsonlFields.REPEATABLE), fillers));
        }
        return roles;
    }

    private static boolean flag(JsonNode role, String field) {
        JsonNode value = role.get(field);
        return value != null && value.isBoolean() && value.booleanValue();
    }
}
