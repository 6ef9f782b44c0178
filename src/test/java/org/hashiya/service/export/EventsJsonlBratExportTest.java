package org.hashiya.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.SpanFilter;
import org.hashiya.io.annotated.BratWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events in the JSONL and brat exports, as /work/EVENTS-FORMAT.md describes them. */
class EventsJsonlBratExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    EventsFixture f;

    @BeforeEach
    void setUp() {
        f = EventsFixture.create(dir.resolve("lib.db"));
    }

    @AfterEach
    void tearDown() {
        f.library.close();
    }

    private Path export(ExportFormat format, SpanFilter filter, String name) {
        Path out = dir.resolve(name);
        new ExportService(f.library).export(new ExportRequest(format, filter, out, false, false), ExportListener.NONE,
                () -> false);
        return out;
    }

    private List<JsonNode> jsonl(SpanFilter filter) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(export(ExportFormat.JSONL, filter, "set-" + System.nanoTime()
                + ".jsonl"), StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String relations(JsonNode line) {
        List<String> out = new ArrayList<>();
        line.get("relations").forEach(r -> out.add(r.get("id").asInt() + ":" + r.get("from_id").asLong() + ">"
                + r.get("to_id").asLong() + ":" + r.get("type").asText()));
        return String.join(" ", out);
    }

    @Test
    void jsonlWritesOneRelationPerArgumentFromTriggerToFillerAndTheEventsThemselves() throws Exception {
        List<JsonNode> lines = jsonl(SpanFilter.ALL);
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        long meet = f.meet.id();
        assertThat(relations(first)).isEqualTo(
                "1:" + meet + ">" + f.minister.id() + ":Participant 2:" + meet + ">" + f.american.id() + ":Participant"
                + " 3:" + meet + ">" + f.baghdad.id() + ":Place 4:" + meet + ">" + f.sunday.id() + ":Time"
                + " 5:" + meet + ">" + f.french.id() + ":Participant"
                + " 6:" + f.said.id() + ">" + f.minister.id() + ":Speaker 7:" + f.said.id() + ">" + f.deploy.id()
                + ":About");
        List<Long> entityIds = new ArrayList<>();
        first.get("entities").forEach(e -> entityIds.add(e.get("id").asLong()));
        first.get("relations").forEach(r -> assertThat(entityIds).contains(r.get("from_id").asLong(),
                r.get("to_id").asLong()));

        JsonNode events = first.get("events");
        assertThat(events).hasSize(3);
        JsonNode meeting = events.get(0);
        assertThat(meeting.get("id").asLong()).isEqualTo(f.meeting.id());
        assertThat(meeting.get("trigger").asLong()).isEqualTo(meet);
        assertThat(meeting.get("label").asText()).isEqualTo("MEET");
        assertThat(meeting.get("incident").asLong()).isEqualTo(f.incident);
        assertThat(meeting.get("date").asText()).isEqualTo("2026-11-29");
        assertThat(meeting.get("date_precision").asText()).isEqualTo("day");
        assertThat(meeting.get("certainty").asText()).isEqualTo("reported");
        assertThat(meeting.get("polarity").asText()).isEqualTo("positive");
        assertThat(meeting.get("modality").asText()).isEqualTo("asserted");
        assertThat(meeting.get("fatalities").isInt()).isTrue();
        assertThat(meeting.get("fatalities").asInt()).isZero();
        assertThat(meeting.get("injured").isNull()).isTrue();
        assertThat(meeting.get("note").asText()).isEmpty();

        JsonNode statement = events.get(1);
        assertThat(statement.get("incident").isNull()).isTrue();
        assertThat(statement.get("date").asText()).as("an unknown date is an empty string").isEmpty();
        assertThat(statement.get("date_precision").isNull()).isTrue();
        assertThat(statement.get("certainty").isNull()).isTrue();
        assertThat(statement.get("fatalities").isNull()).isTrue();
        JsonNode deployment = events.get(2);
        assertThat(deployment.get("label").asText()).isEqualTo("DEPLOY");
        assertThat(deployment.get("polarity").asText()).isEqualTo("negative");
        assertThat(deployment.get("modality").asText()).isEqualTo("other");
        assertThat(deployment.get("note").asText()).isEqualTo("خطة\nغير مؤكدة");

        JsonNode second = lines.get(1);
        assertThat(relations(second)).startsWith("1:" + f.attack.id() + ">" + f.mosul.id() + ":Place");
        assertThat(second.get("events").get(0).get("incident").asLong()).isEqualTo(f.incident);
        assertThat(second.get("events").get(0).get("date_precision").asText()).isEqualTo("month");
    }

    @Test
    void jsonlLeavesOutEventsOnUnchosenTriggersAndRelationsToUnchosenFillers() throws Exception {
        List<JsonNode> lines = jsonl(SpanFilter.ALL.withAnnotators(List.of("amal")));
        JsonNode first = lines.get(0);
        assertThat(relations(first)).doesNotContain(":Time").contains(":Participant", ":Place", ":Speaker");
        assertThat(first.get("relations")).hasSize(6);
        assertThat(first.get("relations").get(5).get("id").asInt()).as("ids stay 1..n").isEqualTo(6);
        assertThat(first.get("events")).hasSize(3);
        assertThat(lines).as("the attack's article has only omar's spans").hasSize(1);

        List<JsonNode> noTriggers = jsonl(SpanFilter.ALL.withKinds(List.of(LabelKind.ACTOR, LabelKind.PLACE)));
        assertThat(noTriggers).hasSize(2).allSatisfy(line -> {
            assertThat(line.get("entities")).isNotEmpty();
            assertThat(line.get("relations")).isEmpty();
            assertThat(line.get("events")).isEmpty();
        });
    }

    @Test
    void bratWritesELinesAttributesAndEventNotesAndDeclaresEventsAndAttributes() throws Exception {
        Path folder = export(ExportFormat.BRAT, SpanFilter.ALL, "brat");
        List<String> ann = Files.readAllLines(folder.resolve(BratWriter.name(f.a1) + ".ann"), StandardCharsets.UTF_8);
        // T numbers by start: MEET T1, minister T2, American T3, French T4, Baghdad T5, Sunday T6, said T7,
        // coalition T8, deploy T9; every span's UUID comment takes #1..#9
        assertThat(ann).filteredOn(l -> l.startsWith("E") || l.startsWith("A") || l.contains("AnnotatorNotes E"))
                .containsExactly(
                        "E1\tMEET:T1 Participant:T2 Participant2:T3 Place:T5 Time:T6 Participant3:T4",
                        "A1\tCertainty E1 reported",
                        "A2\tPolarity E1 positive",
                        "A3\tModality E1 asserted",
                        "A4\tDatePrecision E1 day",
                        "A5\tEventDate E1 2026-11-29",
                        "A6\tFatalities E1 0",
                        "A7\tIncident E1 " + f.incident,
                        "E2\tSTATEMENT:T7 Speaker:T2 About:T9",
                        "A8\tPolarity E2 positive",
                        "A9\tModality E2 asserted",
                        "E3\tDEPLOY:T9",
                        "A10\tCertainty E3 uncertain",
                        "A11\tPolarity E3 negative",
                        "A12\tModality E3 other",
                        "#10\tAnnotatorNotes E3\tخطة",
                        "#11\tAnnotatorNotes E3\tغير مؤكدة");
        assertThat(ann.get(0)).startsWith("T1\tMEET ");
        List<String> second = Files.readAllLines(folder.resolve(BratWriter.name(f.a2) + ".ann"));
        assertThat(second).contains("E1\tATTACK:T2 Place:T3 Victim:T4 Target:T1", "A5\tEventDate E1 2026-11",
                "A6\tFatalities E1 3", "A7\tIncident E1 " + f.incident);

        List<String> conf = Files.readAllLines(folder.resolve("annotation.conf"));
        List<String> entities = conf.subList(conf.indexOf("[entities]"), conf.indexOf("[relations]"));
        assertThat(entities).contains("STATE_GOV", "LOCATION", "TIME").doesNotContain("MEET", "ATTACK");
        assertThat(conf).anySatisfy(l -> assertThat(l).startsWith("MEET\tParticipant+:STATE_GOV|STATE_MIL|")
                .endsWith(", Place?:LOCATION, Time?:TIME"));
        assertThat(conf).anySatisfy(l -> assertThat(l).startsWith("STATEMENT\tSpeaker:STATE_GOV|")
                .contains(", About*:MEET|STATEMENT|PLEDGE_AID|AGREEMENT|ATTACK|TERRITORY_CHANGE|DEPLOY|ARREST,"));
        assertThat(conf).containsSubsequence("[attributes]",
                "Certainty\tArg:<EVENT>, Value:confirmed|reported|claimed|denied|uncertain",
                "EventDate\tArg:<EVENT>, Value:2026-11|2026-11-29",
                "Fatalities\tArg:<EVENT>, Value:0|3",
                "Incident\tArg:<EVENT>, Value:" + f.incident);
        assertThat(conf).noneMatch(l -> l.startsWith("Injured"));
    }

    @Test
    void bratLeavesOutAFillerFilteredOutAndTheEventsOfUnchosenTriggers() throws Exception {
        Path folder = export(ExportFormat.BRAT, SpanFilter.ALL.withAnnotators(List.of("amal")), "brat-amal");
        List<String> ann = Files.readAllLines(folder.resolve(BratWriter.name(f.a1) + ".ann"));
        assertThat(ann).contains("E1\tMEET:T1 Participant:T2 Participant2:T3 Place:T5 Participant3:T4");
        assertThat(folder.resolve(BratWriter.name(f.a2) + ".ann")).as("omar's article is not chosen").doesNotExist();
        Path places = export(ExportFormat.BRAT, SpanFilter.ALL.withKinds(List.of(LabelKind.PLACE)), "brat-places");
        assertThat(Files.readAllLines(places.resolve(BratWriter.name(f.a2) + ".ann")))
                .as("the attack's trigger is not chosen: its place stays, the event does not")
                .filteredOn(l -> !l.startsWith("#")).hasSize(1).allMatch(l -> l.startsWith("T1\tLOCATION "));
    }

    @Test
    void theSchemasValueListsGoToAnnotationConfAndAValueNoLongerListedStaysInTheExport() throws Exception {
        org.hashiya.service.SchemaService schemas = new org.hashiya.service.SchemaService(f.library);
        schemas.setEventAttributeValues(List.of("confirmed", "reported", "claimed", "denied", "uncertain", "alleged"),
                List.of("positive", "negative"), List.of("asserted", "other"));
        org.hashiya.domain.Event meeting = f.library.events().find(f.meeting.id()).orElseThrow();
        f.library.events().put(meeting.withAttributes(org.hashiya.domain.EventAttributes.parse(
                schemas.schema().eventAttributes(), "", "", "Alleged", "", "", "", "", "")));

        Path folder = export(ExportFormat.BRAT, SpanFilter.ALL, "brat-alleged");
        assertThat(Files.readAllLines(folder.resolve("annotation.conf"))).contains(
                "Certainty\tArg:<EVENT>, Value:confirmed|reported|claimed|denied|uncertain|alleged");
        assertThat(Files.readAllLines(folder.resolve(BratWriter.name(f.a1) + ".ann"))).contains("A1\tCertainty E1 alleged");

        // the schema drops alleged: the event keeps it, and brat is still told it is a value
        schemas.setEventAttributeValues(List.of("confirmed", "reported"), List.of("positive", "negative"),
                List.of("asserted", "other"));
        assertThat(f.library.events().find(f.meeting.id()).orElseThrow().attributes().certainty()).isEqualTo("alleged");
        Path again = export(ExportFormat.BRAT, SpanFilter.ALL, "brat-dropped");
        assertThat(Files.readAllLines(again.resolve("annotation.conf"))).contains(
                "Certainty\tArg:<EVENT>, Value:confirmed|reported|alleged|uncertain");
        Path csv = export(ExportFormat.EVENTS_CSV, SpanFilter.ALL, "events.csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(",alleged,positive,asserted,");
    }
}
