package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hashiya.domain.EventAttributeValues;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.LabelSchema;
import org.junit.jupiter.api.Test;

/** The value lists of certainty, polarity and modality in schema JSON (version 3) and on entry. */
class EventAttributeValuesJsonTest {
    static final EventAttributeValues WITH_ALLEGED = new EventAttributeValues(
            List.of("confirmed", "reported", "claimed", "denied", "uncertain", "alleged"),
            List.of("negative", "positive"), List.of("asserted", "hypothetical", "other"));

    private static String v2() {
        return """
                {"schemaVersion": 2, "labels": [{"id": "ATTACK", "kind": "event", "colour": "#ff0000", "englishName": "Attack"}],
                 "eventTypes": [{"label": "ATTACK", "roles": [{"name": "Attacker", "fillers": ["actor"]}]}]}""";
    }

    @Test
    void version3RoundTripsTheListsInTheirOrder() {
        LabelSchema schema = SchemaJson.parse(v2(), "v2.json").withEventAttributes(WITH_ALLEGED);
        String json = SchemaJson.toJson(schema);
        assertThat(json).contains("\"schemaVersion\" : 3").contains("\"eventAttributes\"").contains("\"alleged\"");

        LabelSchema back = SchemaJson.parse(json, "v3.json");
        assertThat(back.eventAttributes()).isEqualTo(WITH_ALLEGED);
        assertThat(back).isEqualTo(schema);
        // the first polarity and modality are what a new event gets
        assertThat(EventAttributes.none(back.eventAttributes()).polarity()).isEqualTo("negative");
        assertThat(EventAttributes.none(back.eventAttributes()).modality()).isEqualTo("asserted");
    }

    @Test
    void versions1And2AndTheBundledSchemaGetTheDefaultLists() {
        assertThat(SchemaJson.parse(v2(), "v2.json").eventAttributes()).isEqualTo(EventAttributeValues.DEFAULT);
        assertThat(SchemaJson.parse("{\"schemaVersion\": 1, \"labels\": []}", "v1.json").eventAttributes())
                .isEqualTo(EventAttributeValues.DEFAULT);
        assertThat(SchemaJson.readDefault().eventAttributes().certainty())
                .containsExactly("confirmed", "reported", "claimed", "denied", "uncertain");
        // a list left out is the default one
        LabelSchema partial = SchemaJson.parse("{\"schemaVersion\": 3, \"labels\": [], \"eventAttributes\": "
                + "{\"certainty\": [\"alleged\"]}}", "p.json");
        assertThat(partial.eventAttributes().certainty()).containsExactly("alleged");
        assertThat(partial.eventAttributes().polarity()).containsExactly("positive", "negative");
    }

    @Test
    void badListsAreReportedNamingTheFileTheAttributeAndTheValue() {
        assertThatThrownBy(() -> SchemaJson.parse("{\"schemaVersion\": 3, \"labels\": [], \"eventAttributes\": "
                + "{\"certainty\": [], \"polarity\": [\"Positive\", \"negative\"], \"modality\": [\"other\", \"other\"]}}", "s.json"))
                .hasMessageContaining("s.json: ")
                .hasMessageContaining("event attribute certainty needs at least one value")
                .hasMessageContaining("event attribute polarity: value 'Positive' must be lowercase")
                .hasMessageContaining("event attribute modality: value 'other' is listed twice");
        assertThatThrownBy(() -> SchemaJson.parse("{\"schemaVersion\": 3, \"labels\": [], \"eventAttributes\": "
                + "{\"certainty\": \"confirmed\", \"sureness\": []}}", "s.json"))
                .hasMessageContaining("event attribute certainty must be a list of value ids")
                .hasMessageContaining("unknown attribute \"sureness\"");
        assertThatThrownBy(() -> SchemaJson.parse("{\"schemaVersion\": 3, \"labels\": [], \"eventAttributes\": [1]}", "s.json"))
                .hasMessageContaining("\"eventAttributes\" must be an object");
    }

    @Test
    void entryTakesTheSchemasValuesInAnyCaseAndRefusesOthersNamingTheAllowedOnes() {
        EventAttributes a = EventAttributes.parse(WITH_ALLEGED, "", "", "Alleged", "POSITIVE", "hypothetical", "", "", "");
        assertThat(a.certainty()).isEqualTo("alleged");
        assertThat(a.polarity()).isEqualTo("positive");
        assertThat(a.modality()).isEqualTo("hypothetical");

        assertThatThrownBy(() -> EventAttributes.parse("", "", "alleged", "", "", "", "", ""))
                .hasMessage("certainty 'alleged' is not one of confirmed, reported, claimed, denied, uncertain");
        assertThatThrownBy(() -> EventAttributes.parse(WITH_ALLEGED, "", "", "rumoured", "neutral", "", "", "", ""))
                .hasMessageContaining("certainty 'rumoured' is not one of confirmed, reported, claimed, denied, uncertain, alleged")
                .hasMessageContaining("polarity 'neutral' is not one of negative, positive");
    }

    @Test
    void aValueTheSchemaNoLongerListsIsKeptAndOfferedAfterTheListedOnes() {
        EventAttributes stored = EventAttributes.stored("", "", "alleged", "positive", "asserted", "", "", "");
        assertThat(stored.certainty()).isEqualTo("alleged");
        EventAttributeValues offered = EventAttributeValues.DEFAULT.keeping(stored);
        assertThat(offered.certainty()).containsExactly("confirmed", "reported", "claimed", "denied", "uncertain", "alleged");
        assertThat(EventAttributes.parse(offered, "2024", "", "alleged", "", "", "", "", "").certainty()).isEqualTo("alleged");
    }
}
