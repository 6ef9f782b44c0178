package org.hashiya.io.annotated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid annotated files given events as EVENTS-FORMAT writes them, for fuzzing the import of events. */
public final class EventSeeds {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] ROLES = {"Agent", "Place", "Place2", "Target"};
    private static final Pattern T_LINE = Pattern.compile("(?m)^(T[0-9]+)\\t(\\S+) ");

    private EventSeeds() {
    }

    /**
     * The JSONL line with an event on its first entity, the others filling its roles (one numbered
     * as brat would), as relations and, in Hashiya's shape, as an "events" entry with attributes.
     * A line with fewer than two entities is returned as it is.
     */
    public static String jsonl(String line) {
        try {
            ObjectNode record = (ObjectNode) MAPPER.readTree(line);
            JsonNode entities = record.get("entities");
            if (entities == null || entities.size() < 2) {
                return line;
            }
            JsonNode trigger = entities.get(0).get("id");
            ArrayNode relations = record.putArray("relations");
            for (int i = 1; i < entities.size(); i++) {
                ObjectNode relation = relations.addObject().put("id", i);
                relation.set("from_id", trigger);
                relation.set("to_id", entities.get(i).get("id"));
                relation.put("type", ROLES[i % ROLES.length]);
            }
            if (record.has("format")) {
                ObjectNode event = record.putArray("events").addObject().put("id", 1);
                event.set("trigger", trigger);
                event.put("label", entities.get(0).get("label").asText()).put("incident", 3).put("date", "2024-03")
                        .put("date_precision", "Month").put("certainty", "Reported").putNull("polarity")
                        .put("modality", "other").put("fatalities", 2).putNull("injured").put("note", "حدث\nثان");
            }
            return MAPPER.writeValueAsString(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The .ann with an event on its first T line, the next ones filling roles (numbered as brat
     * numbers a repeated role), attributes in Title case, one unknown, an incident and a note.
     */
    public static String ann(String ann) {
        List<String[]> spans = new ArrayList<>();
        Matcher t = T_LINE.matcher(ann);
        while (t.find()) {
            spans.add(new String[] {t.group(1), t.group(2)});
        }
        if (spans.isEmpty()) {
            return ann;
        }
        StringBuilder event = new StringBuilder("E1\t").append(spans.get(0)[1]).append(':').append(spans.get(0)[0]);
        for (int i = 1; i < Math.min(spans.size(), 5); i++) {
            event.append(' ').append(i <= 2 ? "Participant" + (i == 1 ? "" : "2") : ROLES[i % ROLES.length])
                    .append(':').append(spans.get(i)[0]);
        }
        return (ann.endsWith("\n") || ann.isEmpty() ? ann : ann + "\n") + event + "\n"
                + "A901\tCertainty E1 Claimed\nA902\tPolarity E1 NEGATIVE\nA903\tIncident E1 5\n"
                + "A904\tSource E1 AFP\n#901\tAnnotatorNotes E1\tملاحظة الحدث\n";
    }
}
