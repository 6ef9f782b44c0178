package org.hashiya.io.annotated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doccano's relations and Hashiya's own "events" field, as EVENTS-FORMAT writes them, read into DocumentEvents. */
class JsonlEventReaderTest {
    /** هاجم 0-4, مسلحون 5-11, حلب 12-15, وإدلب 16-21. */
    static final String TEXT = "هاجم مسلحون حلب وإدلب";
    static final String ENTITIES = "\"entities\": [{\"id\": 11, \"label\": \"ATTACK\", \"start_offset\": 0, \"end_offset\": 4},"
            + " {\"id\": 12, \"label\": \"ACTOR\", \"start_offset\": 5, \"end_offset\": 11},"
            + " {\"id\": 13, \"label\": \"LOCATION\", \"start_offset\": 12, \"end_offset\": 15},"
            + " {\"id\": 14, \"label\": \"LOCATION\", \"start_offset\": 16, \"end_offset\": 99}]";

    @TempDir
    Path dir;
    Path file;

    private CollectingSink read(String line) throws Exception {
        file = dir.resolve("in.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        JsonlReader.read(file, sink);
        return sink;
    }

    @Test
    void doccanoRelationsMakeOneEventPerFromIdAndRefuseWhatNamesNoEntity() throws Exception {
        CollectingSink sink = read("{\"text\": \"" + TEXT + "\", " + ENTITIES + ", \"relations\": ["
                + "{\"id\": 1, \"from_id\": 11, \"to_id\": 12, \"type\": \"Attacker\"},"
                + "{\"id\": 2, \"from_id\": 11, \"to_id\": 13, \"type\": \"Place\"},"
                + "{\"id\": 3, \"from_id\": 11, \"to_id\": 14, \"type\": \"Place\"},"
                + "{\"id\": 4, \"from_id\": 11, \"to_id\": 77, \"type\": \"Place\"},"
                + "{\"id\": 5, \"from_id\": \"12\", \"to_id\": 13, \"type\": \"located in\"},"
                + "{\"id\": 6, \"from_id\": 11, \"to_id\": 12}]}");
        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.spans()).hasSize(3);
        assertThat(doc.events()).extracting(DocumentEvent::trigger, DocumentEvent::label, DocumentEvent::where)
                .containsExactly(tuple(0, null, file + ":1: relation 1"), tuple(1, null, file + ":1: relation 5"));
        assertThat(doc.events().get(0).arguments()).extracting(DocumentEvent.Argument::role,
                DocumentEvent.Argument::filler, DocumentEvent.Argument::numbered)
                .containsExactly(tuple("Attacker", 1, false), tuple("Place", 2, false));
        assertThat(doc.events().get(1).arguments()).extracting(DocumentEvent.Argument::role)
                .containsExactly("located in");
        assertThat(doc.problems()).containsExactly(
                file + ":1: span 4 (LOCATION 16-99): end is past the end of the text (21 code points); left out",
                file + ":1: relation 3: to_id 14 names an entity left out (see above); left out",
                file + ":1: relation 4: to_id 77 names no entity of the line; left out",
                file + ":1: relation 6: no type (the role, a non-empty string); left out");
    }

    @Test
    void hashiyasEventsCarryAttributesIncidentAndNoteAndRelationsBelongToTheirTrigger() throws Exception {
        CollectingSink sink = read("{\"text\": \"" + TEXT + "\", \"format\": \"hashiya-jsonl/1\", " + ENTITIES
                + ", \"relations\": [{\"id\": 1, \"from_id\": 11, \"to_id\": 12, \"type\": \"Attacker\"},"
                + " {\"id\": 2, \"from_id\": 11, \"to_id\": 13, \"type\": \"Place\"}],"
                + " \"events\": [{\"id\": 5, \"trigger\": 11, \"label\": \"ATTACK\", \"incident\": 3, \"date\": \"2024-03\","
                + " \"date_precision\": \"month\", \"certainty\": \"Claimed\", \"polarity\": null, \"modality\": null,"
                + " \"fatalities\": 4, \"injured\": null, \"note\": \"سطر\\nآخر\"},"
                + " {\"id\": 6, \"trigger\": 99, \"label\": \"ATTACK\"},"
                + " {\"id\": 7, \"trigger\": 11, \"label\": \"ATTACK\"}]}");
        AnnotatedDocument doc = sink.documents.get(0);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.trigger()).isZero();
            assertThat(e.label()).isEqualTo("ATTACK");
            assertThat(e.note()).isEqualTo("سطر\nآخر");
            assertThat(e.where()).isEqualTo(file + ":1: event 1");
            assertThat(e.attributes()).extracting(DocumentEvent.Attribute::name, DocumentEvent.Attribute::value)
                    .containsExactly(tuple("EventDate", "2024-03"), tuple("DatePrecision", "month"),
                            tuple("Certainty", "Claimed"), tuple("Fatalities", "4"), tuple("Incident", "3"));
            assertThat(e.arguments()).extracting(DocumentEvent.Argument::role, DocumentEvent.Argument::filler)
                    .containsExactly(tuple("Attacker", 1), tuple("Place", 2));
        });
        assertThat(doc.problems()).containsExactly(
                file + ":1: span 4 (LOCATION 16-99): end is past the end of the text (21 code points); left out",
                file + ":1: event 2: trigger 99 names no entity of the line; event left out",
                file + ":1: event 3: trigger 11 already has an event (one event per trigger); left out");
    }

    @Test
    void aLineWithoutEventsOrRelationsHasNoEvents() throws Exception {
        CollectingSink sink = read("{\"text\": \"" + TEXT + "\", " + ENTITIES + ", \"relations\": []}");
        assertThat(sink.documents.get(0).events()).isEmpty();
    }
}
