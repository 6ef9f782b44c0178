package org.hashiya.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;

/**
 * Reads and writes a label schema as JSON:
 * <pre>
 * { "schemaVersion": 3,
 *   "labels": [ { "id": "ATTACK", "arabicName": "هجوم", "englishName": "Attack", "kind": "event",
 *                 "colour": "#f7a1d5", "shortcut": "e", "retired": false }, ... ],
 *   "eventTypes": [ { "label": "ATTACK", "roles": [ { "name": "Attacker", "required": false,
 *                     "repeatable": true, "fillers": ["actor"] }, ... ] }, ... ],
 *   "eventAttributes": { "certainty": ["confirmed", "reported", "claimed", "denied", "uncertain"],
 *                        "polarity": ["positive", "negative"], "modality": ["asserted", "other"] } }
 * </pre>
 * Version 1 files (no "eventTypes") are still read; their event labels have no roles yet. Version 1
 * and 2 files (no "eventAttributes") get the default value lists; so does a version 3 file without
 * it, and one that leaves out one of the three lists gets that list's default.
 * The array order is the schema order. Every problem is reported with the source name and the
 * label's number from 1: "my.json: label 3: duplicate shortcut '2' (also label 2)".
 */
public final class SchemaJson {
    /** Where the bundled default schema sits on the class path. */
    public static final String DEFAULT_RESOURCE = "/assets/schemas/default-schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SchemaJson() {
    }

    public static LabelSchema read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new SchemaJsonException("cannot read schema " + file + ": " + e.getMessage(), e);
        }
    }

    /** The schema bundled with Hashiya, seeded into libraries that have none. */
    public static LabelSchema readDefault() {
        InputStream in = SchemaJson.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new SchemaJsonException("the default schema " + DEFAULT_RESOURCE + " is missing from this build");
        }
        try (in) {
            return read(in, "default-schema.json");
        } catch (IOException e) {
            throw new SchemaJsonException("cannot read the default schema: " + e.getMessage(), e);
        }
    }

    public static LabelSchema read(InputStream in, String sourceName) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new SchemaJsonException(sourceName + ": not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SchemaJsonException("cannot read schema " + sourceName + ": " + e.getMessage(), e);
        }
        return fromTree(root, sourceName);
    }

    public static LabelSchema parse(String json, String sourceName) {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    private static LabelSchema fromTree(JsonNode root, String sourceName) {
        if (root == null || !root.isObject()) {
            throw fail(sourceName, "the top level must be a JSON object with \"schemaVersion\" and \"labels\"");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.isNumber()) {
            throw fail(sourceName, "\"schemaVersion\" must be a whole number (this Hashiya writes "
                    + LabelSchema.FORMAT_VERSION + ")");
        }
        if (version.intValue() > LabelSchema.FORMAT_VERSION || version.intValue() < 1) {
            throw fail(sourceName, "schemaVersion " + version.intValue() + " is not one this Hashiya reads (1 to "
                    + LabelSchema.FORMAT_VERSION + "); a newer Hashiya may read it");
        }
        JsonNode labelsNode = root.get("labels");
        if (labelsNode == null || !labelsNode.isArray()) {
            throw fail(sourceName, "\"labels\" must be a list of labels");
        }
        List<SpanLabel> labels = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < labelsNode.size(); i++) {
            try {
                labels.add(label(labelsNode.get(i), i));
            } catch (IllegalArgumentException e) {
                problems.add("label " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(LabelSchema.problems(labels));
        }
        List<EventType> eventTypes = new ArrayList<>();
        JsonNode typesNode = root.get("eventTypes");
        if (typesNode != null && !typesNode.isNull()) {
            if (!typesNode.isArray()) {
                problems.add("\"eventTypes\" must be a list of event types");
            } else {
                for (int i = 0; i < typesNode.size(); i++) {
                    try {
                        eventTypes.add(eventType(typesNode.get(i)));
                    } catch (IllegalArgumentException e) {
                        problems.add("event type " + (i + 1) + ": " + e.getMessage());
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(LabelSchema.eventTypeProblems(labels, eventTypes));
        }
        EventAttributeValues values = eventAttributes(root.get("eventAttributes"), problems);
        if (!problems.isEmpty()) {
            throw fail(sourceName, String.join("; ", problems));
        }
        return new LabelSchema(LabelSchema.FORMAT_VERSION, labels, eventTypes, values);
    }

    /** The three value lists; a list left out is the default one. Problems are added, and null returned. */
    private static EventAttributeValues eventAttributes(JsonNode node, List<String> problems) {
        EventAttributeValues d = EventAttributeValues.DEFAULT;
        if (node == null || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            problems.add("\"eventAttributes\" must be an object with the lists \"certainty\", \"polarity\" and \"modality\"");
            return null;
        }
        List<String> found = new ArrayList<>();
        node.fieldNames().forEachRemaining(found::add);
        for (String name : found) {
            if (!List.of(EventAttributeValues.CERTAINTY, EventAttributeValues.POLARITY, EventAttributeValues.MODALITY)
                    .contains(name)) {
                problems.add("\"eventAttributes\": unknown attribute \"" + name
                        + "\" (the lists are certainty, polarity and modality)");
            }
        }
        List<String> before = new ArrayList<>(problems);
        List<String> certainty = valueList(node, EventAttributeValues.CERTAINTY, d.certainty(), problems);
        List<String> polarity = valueList(node, EventAttributeValues.POLARITY, d.polarity(), problems);
        List<String> modality = valueList(node, EventAttributeValues.MODALITY, d.modality(), problems);
        if (problems.size() > before.size()) {
            return null;
        }
        try {
            return new EventAttributeValues(certainty, polarity, modality);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static List<String> valueList(JsonNode node, String attribute, List<String> fallback, List<String> problems) {
        JsonNode list = node.get(attribute);
        if (list == null || list.isNull()) {
            return fallback;
        }
        if (!list.isArray()) {
            problems.add("event attribute " + attribute + " must be a list of value ids");
            return fallback;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : list) {
            if (!v.isTextual()) {
                problems.add("event attribute " + attribute + ": value " + v + " must be text");
            } else {
                values.add(v.asText());
            }
        }
        return values;
    }

    private static EventType eventType(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be an object with \"label\" and \"roles\"");
        }
        String label = requiredText(node, "label");
        JsonNode rolesNode = node.get("roles");
        if (rolesNode == null || !rolesNode.isArray()) {
            throw new IllegalArgumentException("\"roles\" must be a list of roles");
        }
        List<EventRole> roles = new ArrayList<>();
        for (int i = 0; i < rolesNode.size(); i++) {
            JsonNode role = rolesNode.get(i);
            if (!role.isObject()) {
                throw new IllegalArgumentException("role " + (i + 1) + " must be an object with a name");
            }
            List<String> fillers = new ArrayList<>();
            JsonNode fillersNode = role.get("fillers");
            if (fillersNode != null && !fillersNode.isNull()) {
                if (!fillersNode.isArray()) {
                    throw new IllegalArgumentException("role " + (i + 1) + ": \"fillers\" must be a list of label ids or kinds");
                }
                fillersNode.forEach(f -> fillers.add(f.asText()));
            }
            roles.add(new EventRole(requiredText(role, "name"), flag(role, "required", i), flag(role, "repeatable", i), fillers));
        }
        return new EventType(label, roles);
    }

    private static boolean flag(JsonNode role, String field, int index) {
        JsonNode value = role.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("role " + (index + 1) + ": \"" + field + "\" must be true or false");
        }
        return value.booleanValue();
    }

    private static SpanLabel label(JsonNode node, int index) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be an object with id, names, kind and colour");
        }
        String id = requiredText(node, "id");
        LabelKind kind = LabelKind.fromId(requiredText(node, "kind"));
        String colour = requiredText(node, "colour");
        JsonNode retired = node.get("retired");
        if (retired != null && !retired.isBoolean()) {
            throw new IllegalArgumentException("\"retired\" must be true or false");
        }
        return new SpanLabel(id, optionalText(node, "arabicName"), optionalText(node, "englishName"), kind, colour,
                optionalText(node, "shortcut"), index, retired != null && retired.booleanValue());
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value;
    }

    /** A text field; a number (a shortcut written as 1) is read as its text. */
    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("\"" + field + "\" must be text");
        }
        return value.asText();
    }

    private static SchemaJsonException fail(String sourceName, String problem) {
        return new SchemaJsonException(sourceName + ": " + problem);
    }

    public static String toJson(LabelSchema schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", LabelSchema.FORMAT_VERSION);
        ArrayNode labels = root.putArray("labels");
        for (SpanLabel label : schema.labels()) {
            ObjectNode node = labels.addObject();
            node.put("id", label.id());
            node.put("arabicName", label.arabicName());
            node.put("englishName", label.englishName());
            node.put("kind", label.kind().id());
            node.put("colour", label.colour());
            node.put("shortcut", label.shortcut());
            if (label.retired()) {
                node.put("retired", true);
            }
        }
        ArrayNode types = root.putArray("eventTypes");
        for (EventType type : schema.eventTypes()) {
            ObjectNode node = types.addObject();
            node.put("label", type.labelId());
            ArrayNode roles = node.putArray("roles");
            for (EventRole role : type.roles()) {
                ObjectNode r = roles.addObject();
                r.put("name", role.name());
                r.put("required", role.required());
                r.put("repeatable", role.repeatable());
                ArrayNode fillers = r.putArray("fillers");
                role.fillers().forEach(fillers::add);
            }
        }
        ObjectNode attributes = root.putObject("eventAttributes");
        EventAttributeValues values = schema.eventAttributes();
        values.certainty().forEach(attributes.putArray(EventAttributeValues.CERTAINTY)::add);
        values.polarity().forEach(attributes.putArray(EventAttributeValues.POLARITY)::add);
        values.modality().forEach(attributes.putArray(EventAttributeValues.MODALITY)::add);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** Writes through a temporary file next to the target, so a failed write never leaves half a schema. */
    public static void write(LabelSchema schema, Path file) {
        Path target = file.toAbsolutePath();
        try {
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, toJson(schema), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new SchemaJsonException("cannot write schema " + file + ": " + e.getMessage(), e);
        }
    }
}
