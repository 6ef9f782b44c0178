package org.hashiya.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hashiya.io.SchemaJson;
import org.junit.jupiter.api.Test;

/** Event types in the label schema: what they check, and JSON versions 1 and 2. */
class EventSchemaTest {
    private static final SpanLabel ATTACK = new SpanLabel("ATTACK", "هجوم", "Attack", LabelKind.EVENT, "#f7a1d5", "1", 0, false);
    private static final SpanLabel PERSON = new SpanLabel("PERSON", "شخص", "Person", LabelKind.ACTOR, "#f7d5a1", "2", 0, false);
    private static final SpanLabel TIME = new SpanLabel("TIME", "زمان", "Time", LabelKind.TIME, "#c2c7fa", "3", 0, false);

    @Test
    void rolesAcceptLabelsByIdOrByKind() {
        EventRole byKind = new EventRole("Attacker", false, true, List.of("actor"));
        EventRole byId = new EventRole("When", false, false, List.of("TIME"));
        EventRole any = new EventRole("About", false, true, List.of());
        assertThat(byKind.accepts(PERSON)).isTrue();
        assertThat(byKind.accepts(TIME)).isFalse();
        assertThat(byId.accepts(TIME)).isTrue();
        assertThat(byId.accepts(PERSON)).isFalse();
        assertThat(any.accepts(ATTACK)).isTrue();
        assertThat(List.of(new EventRole("P", true, true, List.of()).shortForm(), new EventRole("H", false, false, List.of()).shortForm(),
                new EventRole("T", false, true, List.of()).shortForm(), new EventRole("S", true, false, List.of()).shortForm()))
                .containsExactly("P+", "H?", "T*", "S");
    }

    @Test
    void aSchemaRefusesRolesOnNonEventLabelsRepeatedRolesAndUnknownFillers() {
        assertThatThrownBy(() -> LabelSchema.of(List.of(ATTACK, PERSON), List.of(
                new EventType("PERSON", List.of()),
                new EventType("ATTACK", List.of(new EventRole("Place", false, false, List.of("LOCATION")),
                        new EventRole("place", false, false, List.of()), new EventRole("1x", false, false, List.of()))))))
                .hasMessageContaining("event type PERSON: label PERSON is of kind actor, not event")
                .hasMessageContaining("filler 'LOCATION' is neither a label id nor one of")
                .hasMessageContaining("role place is listed twice")
                .hasMessageContaining("role name '1x'");
    }

    @Test
    void droppingALabelDropsItsEventTypeAndTheFillersNamingIt() {
        LabelSchema schema = LabelSchema.of(List.of(ATTACK, PERSON, TIME), List.of(new EventType("ATTACK",
                List.of(new EventRole("When", false, false, List.of("TIME", "time"))))));
        assertThat(schema.withLabels(List.of(ATTACK, PERSON)).eventType("ATTACK").orElseThrow().roles().get(0).fillers())
                .containsExactly("time");
        assertThat(schema.withLabels(List.of(PERSON, TIME)).eventTypes()).isEmpty();
    }

    @Test
    void theDefaultSchemaHasTheIssuesRolesAndRoundTripsThroughJsonVersion2() {
        LabelSchema schema = SchemaJson.readDefault();
        assertThat(schema.eventType("ATTACK").orElseThrow().roles()).extracting(EventRole::name)
                .containsExactly("Attacker", "Target", "Victim", "Instrument", "Place", "Time");
        assertThat(schema.eventType("MEET").orElseThrow().roles()).extracting(EventRole::shortForm)
                .containsExactly("Participant+", "Host?", "Place?", "Time?");
        assertThat(schema.eventType("STATEMENT").orElseThrow().roles()).extracting(EventRole::name)
                .startsWith("Speaker", "Addressee", "About");
        String json = SchemaJson.toJson(schema);
        assertThat(json).contains("\"schemaVersion\" : 3");
        assertThat(SchemaJson.parse(json, "again.json")).isEqualTo(schema);
    }

    @Test
    void aVersion1FileIsStillReadWithoutRoles() {
        LabelSchema schema = SchemaJson.parse("""
                {"schemaVersion": 1, "labels": [{"id": "ATTACK", "kind": "event", "colour": "#ff0000", "englishName": "Attack"}]}""",
                "old.json");
        assertThat(schema.labels()).hasSize(1);
        assertThat(schema.eventTypes()).isEmpty();
    }
}
