package org.hashiya.io.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one JSONL record. Hashiya's {@code "events"} give one event per trigger entity
 * with its attributes and note; doccano's {@code "relations"} ({@code from_id} the trigger's
 * entity, {@code to_id} the filler's, {@code type} the role) are the arguments of the event whose
 * trigger is {@code from_id}, in file order. A {@code from_id} without an entry in {@code "events"}
 * (every one, in doccano's shape) makes an event of its own whose type is its entity's label. An
 * event or relation naming no entity of the line (or one left out) is a problem and is left out;
 * the rest of the line still imports. Fields of an event that are not in the contract are not read.
 */
final class JsonlEvents {
    /** The event fields read as attributes, and the attribute names they become. */
    private static final Map<String, String> ATTRIBUTES = new LinkedHashMap<>();

    static {
        ATTRIBUTES.put(JsonlFields.DATE, DocumentEvent.EVENT_DATE);
        ATTRIBUTES.put(JsonlFields.DATE_PRECISION, DocumentEvent.DATE_PRECISION);
        ATTRIBUTES.put(JsonlFields.CERTAINTY, DocumentEvent.CERTAINTY);
        ATTRIBUTES.put(JsonlFields.POLARITY, DocumentEvent.POLARITY);
        ATTRIBUTES.put(JsonlFields.MODALITY, DocumentEvent.MODALITY);
        ATTRIBUTES.put(JsonlFields.FATALITIES, DocumentEvent.FATALITIES);
        ATTRIBUTES.put(JsonlFields.INJURED, DocumentEvent.INJURED);
        ATTRIBUTES.put(JsonlFields.INCIDENT, DocumentEvent.INCIDENT);
    }

    private final JsonlSpans.Read spans;
    private final JsonlValues values;
    /** The events by trigger span index, in the order they were met. */
    private final Map<Integer, Builder> byTrigger = new LinkedHashMap<>();

    /** An event being gathered: from its "events" entry, then its relations. */
    private record Builder(int trigger, String label, List<DocumentEvent.Attribute> attributes, String note,
                           String where, List<DocumentEvent.Argument> arguments) {
    }

    private JsonlEvents(JsonlSpans.Read spans, JsonlValues values) {
        this.spans = spans;
        this.values = values;
    }

    static List<DocumentEvent> read(JsonNode record, JsonlSpans.Read spans, JsonlValues values) {
        JsonNode events = record.get(JsonlFields.EVENTS);
        JsonNode relations = record.get(JsonlFields.RELATIONS);
        if (isEmpty(events) && isEmpty(relations)) {
            return List.of();
        }
        JsonlEvents reader = new JsonlEvents(spans, values);
        reader.events(events);
        reader.relations(relations);
        List<DocumentEvent> result = new ArrayList<>(reader.byTrigger.size());
        for (Builder b : reader.byTrigger.values()) {
            result.add(new DocumentEvent(b.trigger, b.label, b.arguments, b.attributes, b.note, b.where));
        }
        return result;
    }

    private static boolean isEmpty(JsonNode list) {
        return list == null || list.isNull() || (list.isArray() && list.isEmpty());
    }

    private void events(JsonNode list) {
        if (isEmpty(list)) {
            return;
        }
        if (!list.isArray()) {
            values.problem("", JsonlFields.EVENTS + " is not a list; no events read from it");
            return;
        }
        int number = 0;
        for (JsonNode event : list) {
            number++;
            String about = "event " + number + ": ";
            if (!event.isObject()) {
                values.problem(about, "not an object {\"trigger\", \"label\", ...}; left out");
                continue;
            }
            JsonNode trigger = event.get(JsonlFields.TRIGGER);
            Integer at = spans.indexOf(trigger);
            if (at == null) {
                values.problem(about, "trigger " + JsonlValues.shown(trigger) + missing(trigger) + "; event left out");
                continue;
            }
            if (byTrigger.containsKey(at)) {
                values.problem(about, "trigger " + JsonlValues.shown(trigger)
                        + " already has an event (one event per trigger); left out");
                continue;
            }
            String where = values.where() + ": " + about.substring(0, about.length() - 2);
            List<DocumentEvent.Attribute> attributes = new ArrayList<>();
            ATTRIBUTES.forEach((field, name) -> {
                JsonNode value = event.get(field);
                if (value != null && !value.isNull() && !(value.isTextual() && value.textValue().isBlank())) {
                    attributes.add(new DocumentEvent.Attribute(name,
                            value.isValueNode() ? value.asText() : value.toString(), where));
                }
            });
            JsonNode note = event.get(JsonlFields.NOTE);
            String noteText = note == null || note.isNull() ? "" : note.isTextual() ? note.textValue() : null;
            if (noteText == null) {
                values.problem(about, JsonlFields.NOTE + " is not a string; left empty");
            }
            byTrigger.put(at, new Builder(at, JsonlValues.stringIfAny(event, JsonlFields.LABEL), attributes,
                    noteText, where, new ArrayList<>()));
        }
    }

    private void relations(JsonNode list) {
        if (isEmpty(list)) {
            return;
        }
        if (!list.isArray()) {
            values.problem("", JsonlFields.RELATIONS + " is not a list; no relations read from it");
            return;
        }
        int number = 0;
        for (JsonNode relation : list) {
            number++;
            String about = "relation " + number + ": ";
            if (!relation.isObject()) {
                values.problem(about, "not an object {\"from_id\", \"to_id\", \"type\"}; left out");
                continue;
            }
            JsonNode from = relation.get(JsonlFields.FROM_ID);
            JsonNode to = relation.get(JsonlFields.TO_ID);
            String type = JsonlValues.stringIfAny(relation, JsonlFields.TYPE);
            Integer trigger = spans.indexOf(from);
            Integer filler = spans.indexOf(to);
            if (type == null || type.isBlank()) {
                values.problem(about, "no type (the role, a non-empty string); left out");
            } else if (trigger == null) {
                values.problem(about, "from_id " + JsonlValues.shown(from) + missing(from) + "; left out");
            } else if (filler == null) {
                values.problem(about, "to_id " + JsonlValues.shown(to) + missing(to) + "; left out");
            } else {
                String where = values.where() + ": " + about.substring(0, about.length() - 2);
                byTrigger.computeIfAbsent(trigger, t -> new Builder(t, null, List.of(), "", where, new ArrayList<>()))
                        .arguments().add(new DocumentEvent.Argument(type.strip(), filler, false, where));
            }
        }
    }

    private String missing(JsonNode id) {
        if (id == null || id.isNull()) {
            return " (none given) names no entity of the line";
        }
        return spans.refused(id) ? " names an entity left out (see above)" : " names no entity of the line";
    }
}
