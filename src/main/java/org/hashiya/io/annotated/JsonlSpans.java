package org.hashiya.io.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hashiya.domain.SpanUuid;
import org.hashiya.text.CodePointOffsets;

/**
 * The spans of one JSONL record, in either doccano shape: {@code "entities": [{"label",
 * "start_offset", "end_offset"}]} (Hashiya adds {@code text, annotator, note, created_at,
 * updated_at, reviewed_by, reviewed_at, span_uuid}) or {@code "label": [[start, end, "LABEL"]]}. Offsets are
 * code points into the record's text, end exclusive, kept as in the file. A span whose offsets are not integers or do
 * not fit the text, or whose given text differs from the text at its offsets, is left out with a
 * problem "FILE:LINE: span N (LABEL start-end): reason"; spans are numbered from 1 in file order.
 * When the record has events or relations, each entity's {@code "id"} is kept with the index of its
 * span (or as refused), so that they can name their spans.
 */
final class JsonlSpans {
    private final String text;
    private final CodePointOffsets offsets;
    private final boolean hashiyaShape;
    private final JsonlValues values;
    private final List<DocumentSpan> spans = new ArrayList<>();
    /** Entity id (as text) to span index; null when nothing in the record names entities. */
    private final Map<String, Integer> indexById;
    private final Set<String> refusedIds = new HashSet<>();
    private int number;

    /** The spans of a record, and what the record's entity ids name. */
    record Read(List<DocumentSpan> spans, Map<String, Integer> indexById, Set<String> refusedIds) {
        /** The index of the span an {@code "id"} (from_id, to_id, trigger) names, or null. */
        Integer indexOf(JsonNode id) {
            String key = idKey(id);
            return key == null ? null : indexById.get(key);
        }

        /** Whether {@code id} names an entity whose span was left out (a problem already). */
        boolean refused(JsonNode id) {
            String key = idKey(id);
            return key != null && refusedIds.contains(key);
        }
    }

    private JsonlSpans(String text, boolean hashiyaShape, JsonlValues values, boolean keepIds) {
        this.indexById = keepIds ? new HashMap<>() : null;
        this.text = text;
        this.offsets = new CodePointOffsets(text);
        this.hashiyaShape = hashiyaShape;
        this.values = values;
    }

    /**
     * Reads the spans of {@code record}. Annotator, note and times are read only from Hashiya's
     * own shape: doccano has none, and a field of that name elsewhere may mean something else.
     */
    static Read read(JsonNode record, String text, boolean hashiyaShape, JsonlValues values) {
        boolean keepIds = nonEmptyList(record.get(JsonlFields.RELATIONS)) || nonEmptyList(record.get(JsonlFields.EVENTS));
        JsonlSpans reader = new JsonlSpans(text, hashiyaShape, values, keepIds);
        reader.entities(record.get(JsonlFields.ENTITIES));
        reader.labels(record.get(JsonlFields.LABEL));
        return new Read(reader.spans, keepIds ? reader.indexById : Map.of(), reader.refusedIds);
    }

    private static boolean nonEmptyList(JsonNode node) {
        return node != null && node.isArray() && !node.isEmpty();
    }

    /** An entity id as a key: numbers and strings by their text ({@code 7} and {@code "7"} alike). */
    static String idKey(JsonNode id) {
        if (id == null || id.isNull() || id.isContainerNode()) {
            return null;
        }
        return id.isIntegralNumber() ? id.bigIntegerValue().toString() : id.asText();
    }

    private void entities(JsonNode list) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            values.problem("", JsonlFields.ENTITIES + " is not a list; no spans read from it");
            return;
        }
        for (JsonNode entity : list) {
            number++;
            if (entity.isObject()) {
                int before = spans.size();
                span(entity.get(JsonlFields.LABEL), entity.get(JsonlFields.START_OFFSET),
                        entity.get(JsonlFields.END_OFFSET), entity);
                String id = indexById == null ? null : idKey(entity.get(JsonlFields.ID));
                if (id != null && spans.size() > before) {
                    indexById.putIfAbsent(id, before);
                } else if (id != null) {
                    refusedIds.add(id);
                }
            } else {
                values.problem("span " + number + ": ", "not an object {\"label\", \"start_offset\", \"end_offset\"}; left out");
            }
        }
    }

    private void labels(JsonNode list) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            values.problem("", JsonlFields.LABEL + " is not a list of [start, end, label]; no spans read from it");
            return;
        }
        for (JsonNode triple : list) {
            number++;
            if (triple.isArray() && triple.size() == 3) {
                span(triple.get(2), triple.get(0), triple.get(1), null);
            } else {
                values.problem("span " + number + ": ", JsonlValues.shown(triple) + " is not [start, end, label]; left out");
            }
        }
    }

    private void span(JsonNode label, JsonNode start, JsonNode end, JsonNode entity) {
        int n = number;
        Supplier<String> about = () -> "span " + n + " (" + JsonlValues.shown(label) + " " + JsonlValues.shown(start)
                + "-" + JsonlValues.shown(end) + "): ";
        String refusal = refusal(label, start, end);
        if (refusal == null && entity != null) {
            refusal = textRefusal(entity.get(JsonlFields.TEXT), start.intValue(), end.intValue());
        }
        if (refusal != null) {
            values.problem(about.get(), refusal + "; left out");
        } else if (entity == null) {
            spans.add(new DocumentSpan(label.textValue(), start.intValue(), end.intValue(), null, null, null, null, null,
                    values.where()));
        } else {
            spans.add(fromEntity(entity, label.textValue(), start.intValue(), end.intValue(), about));
        }
    }

    /** A span that fits, with what its entity object tells about it. */
    private DocumentSpan fromEntity(JsonNode entity, String label, int start, int end, Supplier<String> about) {
        String expected = JsonlValues.stringIfAny(entity, JsonlFields.TEXT);
        if (!hashiyaShape) {
            return new DocumentSpan(label, start, end, expected, null, null, null, null, values.where());
        }
        String annotator = values.string(entity, JsonlFields.ANNOTATOR, about);
        String reviewer = values.string(entity, JsonlFields.REVIEWED_BY, about);
        return new DocumentSpan(label, start, end, expected, annotator == null || annotator.isBlank() ? null : annotator,
                values.string(entity, JsonlFields.NOTE, about), values.time(entity, JsonlFields.CREATED_AT, about),
                values.time(entity, JsonlFields.UPDATED_AT, about), values.where(), reviewer,
                values.time(entity, JsonlFields.REVIEWED_AT, about), uuid(entity, about));
    }

    /** The entity's span_uuid, lowercased; null when it has none or one that is not a UUID (a problem). */
    private String uuid(JsonNode entity, Supplier<String> about) {
        String given = values.string(entity, JsonlFields.SPAN_UUID, about);
        if (given == null || given.isEmpty()) {
            return null;
        }
        String uuid = SpanUuid.normalized(given);
        if (uuid == null) {
            values.problem(about.get(), JsonlFields.SPAN_UUID + " " + JsonlValues.quote(given)
                    + " is not a UUID; the span is imported with a new one");
        }
        return uuid;
    }

    /** Why the label or offsets cannot be used, or null when they can. */
    private String refusal(JsonNode label, JsonNode start, JsonNode end) {
        if (label == null || !label.isTextual() || label.textValue().isBlank()) {
            return "no label (a non-empty string)";
        }
        if (start == null || end == null || !start.isIntegralNumber() || !end.isIntegralNumber()) {
            return "offsets are not integers";
        }
        int length = offsets.codePointLength();
        if (!start.canConvertToInt() || !end.canConvertToInt()) {
            return "offsets are outside the text (" + length + " code points)";
        }
        if (start.intValue() < 0) {
            return "start is negative";
        }
        if (end.intValue() <= start.intValue()) {
            return "end is not after start";
        }
        if (end.intValue() > length) {
            return "end is past the end of the text (" + length + " code points)";
        }
        return null;
    }

    /** Why the text the record gives for a span refuses it, or null when it matches or is not given. */
    private String textRefusal(JsonNode given, int start, int end) {
        if (given == null || given.isNull()) {
            return null;
        }
        if (!given.isTextual()) {
            return "text is not a string";
        }
        String actual = text.substring(offsets.toUtf16(start), offsets.toUtf16(end));
        if (actual.equals(given.textValue())) {
            return null;
        }
        return "text " + JsonlValues.quote(given.textValue()) + " differs from " + JsonlValues.quote(actual)
                + " at its offsets";
    }
}
