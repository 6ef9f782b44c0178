package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.io.SchemaJson;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events through the importer, from files written by hand after EVENTS-FORMAT: brat E/A/notes and
 * JSONL relations and events come in on their spans; unknown types, roles, attributes and values
 * are added or kept; re-import adds nothing twice; incident keys group.
 */
class AnnotatedEventImportTest {
    /** CRLF in the file: offsets after it move when it becomes LF. */
    static final String TEXT = "هاجم مسلحون قرية في حلب وإدلب يوم الأحد\r\nوأغار الطيران على مطار حماة";
    static final String OTHER_TEXT = "اجتمع الوزير مع السفير في بغداد";

    @TempDir
    Path dir;
    Library library;
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private static int cp(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    /** A T line for {@code part} of {@code text}. */
    private static String t(String text, int n, String label, String part) {
        int start = cp(text, part);
        return "T" + n + "\t" + label + " " + start + " " + (start + part.codePointCount(0, part.length())) + "\t" + part;
    }

    private Path brat(String folder, String name, String text, String... annLines) throws Exception {
        Path in = Files.createDirectories(dir.resolve(folder));
        Files.writeString(in.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        Files.writeString(in.resolve(name + ".ann"), String.join("\n", annLines) + "\n", StandardCharsets.UTF_8);
        return in;
    }

    private ImportReport importPaths(Path... paths) {
        return ArticleImporter.into(library, Clock.systemUTC(), null, "saved-name")
                .importPaths(List.of(paths), new ImportListener() {
                    @Override
                    public void notice(String message) {
                        notices.add(message);
                    }
                }, () -> false);
    }

    private Map<Long, Span> spansById(long articleId) {
        return library.spans().findByArticle(articleId).stream().collect(Collectors.toMap(Span::id, Function.identity()));
    }

    /** Role and filler text of each argument, in fill order. */
    private List<String> roles(Event event) {
        Map<Long, Span> spans = spansById(event.articleId());
        return event.arguments().stream().map(a -> a.role() + "=" + spans.get(a.fillerSpanId()).text()).toList();
    }

    private String triggerText(Event event) {
        return spansById(event.articleId()).get(event.triggerSpanId()).text();
    }

    private static final String[] BRAT_EVENTS = {
        t(TEXT, 1, "ATTACK", "هاجم"),
        t(TEXT, 2, "NONSTATE_ARMED", "مسلحون"),
        t(TEXT, 3, "LOCATION", "حلب"),
        t(TEXT, 4, "LOCATION", "إدلب"),
        t(TEXT, 5, "Raid", "وأغار"),
        t(TEXT, 6, "STATE_MIL", "الطيران"),
        t(TEXT, 7, "LOCATION", "مطار حماة"),
        "E1\tATTACK:T1 Attacker:T2 Place:T3 Place2:T4 Weapon:T6",
        "A1\tCertainty E1 Reported",
        "A2\tpolarity E1 Negative",
        "A3\tDatePrecision E1 Month",
        "A4\tEventDate E1 2024-03",
        "A5\tFatalities E1 12",
        "A6\tSource E1 AFP",
        "A7\tModality E1 maybe",
        "#1\tAnnotatorNotes E1\tسطر أول",
        "#2\tAnnotatorNotes E1\tسطر ثان",
        "E2\tRaid:T5 Attacker:T6 Target:T7 Target2:T3",
        "A8\tIncident E2 17",
        "E3\tATTACK:T9 Attacker:T2"};

    @Test
    void bratEventsComeInWithTheirRolesAttributesAndNotesAndTheSchemaLearnsWhatItLacked() throws Exception {
        Path in = brat("in", "a", TEXT, BRAT_EVENTS);
        ImportReport report = importPaths(in);
        String ann = in.resolve("a.ann").toString();

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.spansAdded()).isEqualTo(7);
        assertThat(report.eventsAdded()).isEqualTo(2);
        assertThat(report.summary()).startsWith("Imported 1 article, 7 spans and 2 events");
        // the E line whose trigger is missing is refused with file, line and reason; the rest imports
        assertThat(report.outcomes(ImportOutcome.Kind.REFUSED)).singleElement()
                .extracting(ImportOutcome::describe).asString()
                .isEqualTo(ann + ":20: trigger T9 is not defined in the file; event left out");

        List<Event> events = library.events().findByArticle(1);
        assertThat(events).hasSize(2);
        Event attack = events.get(0);
        assertThat(triggerText(attack)).isEqualTo("هاجم");
        // Place2 folds back to Place; Weapon is a role the schema lacked
        assertThat(roles(attack)).containsExactly("Attacker=مسلحون", "Place=حلب", "Place=إدلب", "Weapon=الطيران");
        EventAttributes a = attack.attributes();
        assertThat(a.certainty()).isEqualTo("reported");
        assertThat(a.polarity()).isEqualTo("negative");
        assertThat(a.date()).isEqualTo("2024-03");
        assertThat(a.precision()).isEqualTo(EventAttributes.Precision.MONTH);
        assertThat(a.fatalities()).isEqualTo(12);
        assertThat(a.injured()).isNull();
        assertThat(a.modality()).isEqualTo("asserted");
        assertThat(a.note()).isEqualTo("سطر أول\nسطر ثان\nSource=AFP\nModality=maybe");
        assertThat(attack.incidentId()).isZero();
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith(ann + ":14: attribute Source").contains("Source=AFP"));
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith(ann + ":15: Modality 'maybe' is not one of asserted, other"));

        Event raid = events.get(1);
        assertThat(triggerText(raid)).isEqualTo("وأغار");
        assertThat(roles(raid)).containsExactly("Attacker=الطيران", "Target=مطار حماة", "Target=حلب");
        assertThat(raid.incidentId()).isPositive();
        assertThat(raid.attributes()).isEqualTo(EventAttributes.NONE);

        // the schema learnt the event type and the roles, and keeps them
        library.close();
        library = SqliteLibrary.open(dir.resolve("lib.db"), false);
        LabelSchema schema = new SchemaService(library).schema();
        assertThat(schema.byId("RAID").orElseThrow().kind()).isEqualTo(LabelKind.EVENT);
        assertThat(schema.eventType("RAID").orElseThrow().roles()).containsExactly(
                new EventRole("Attacker", false, true, List.of()), new EventRole("Target", false, true, List.of()));
        EventType attackType = schema.eventType("ATTACK").orElseThrow();
        assertThat(attackType.roles().get(attackType.roles().size() - 1))
                .isEqualTo(new EventRole("Weapon", false, true, List.of()));
        assertThat(attackType.roles()).extracting(EventRole::name).doesNotContain("Place2");
        Path exported = dir.resolve("schema.json");
        new SchemaService(library).exportSchema(exported);
        assertThat(SchemaJson.read(exported).eventType("RAID").orElseThrow().roles()).extracting(EventRole::name)
                .containsExactly("Attacker", "Target");
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("new label RAID (\"Raid\") added to the schema (kind event)"));
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith("new role Weapon added to event type ATTACK"));
        assertThat(notices.stream().filter(n -> n.startsWith("new role Target added to event type RAID"))).hasSize(1);
    }

    @Test
    void reimportingAddsNoEventTwiceAndEventsAttachToSpansAlreadyThere() throws Exception {
        // the article is in the library already, with the trigger span coded by hand
        Path plain = Files.createDirectories(dir.resolve("plain")).resolve("a.txt");
        Files.writeString(plain, TEXT, StandardCharsets.UTF_8);
        importPaths(plain);
        Span byHand = library.spans().add(new NewSpan(1, "ATTACK", 0, 4, "هاجم", "saved-name", "", Instant.now()));

        Path in = brat("in", "a", TEXT, BRAT_EVENTS);
        ImportReport first = importPaths(in);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.eventsAdded()).isEqualTo(2);
        assertThat(library.spans().findByArticle(1)).hasSize(7);
        assertThat(library.events().findByArticle(1).get(0).triggerSpanId()).isEqualTo(byHand.id());

        ImportReport again = importPaths(in);
        assertThat(again.eventsAdded()).isZero();
        assertThat(again.spansAdded()).isZero();
        assertThat(again.outcomes(ImportOutcome.Kind.DUPLICATE)).singleElement().extracting(ImportOutcome::message)
                .asString().endsWith("added 0 spans (7 already there) and 0 events (2 already there)");
        assertThat(library.events().count()).isEqualTo(2);
        assertThat(library.spans().findByArticle(1)).hasSize(7);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode entity(ArrayNode entities, int id, String label, String text, String part) {
        int start = cp(text, part);
        ObjectNode e = entities.addObject().put("id", id).put("label", label).put("start_offset", start)
                .put("end_offset", start + part.codePointCount(0, part.length()));
        return e;
    }

    private static void relation(ArrayNode relations, int from, int to, String type) {
        relations.addObject().put("id", relations.size() + 1).put("from_id", from).put("to_id", to).put("type", type);
    }

    @Test
    void doccanoRelationsAloneMakeOneEventPerTriggerAndANonEventLabelCannotTriggerOne() throws Exception {
        ObjectNode line = JSON.createObjectNode().put("text", TEXT);
        ArrayNode entities = line.putArray("entities");
        entity(entities, 1, "ATTACK", TEXT, "هاجم");
        entity(entities, 2, "NONSTATE_ARMED", TEXT, "مسلحون");
        entity(entities, 3, "LOCATION", TEXT, "حلب");
        entity(entities, 4, "Airstrike", TEXT, "وأغار");
        entity(entities, 5, "STATE_MIL", TEXT, "الطيران");
        ArrayNode relations = line.putArray("relations");
        relation(relations, 1, 2, "Attacker");
        relation(relations, 1, 3, "place");
        relation(relations, 4, 5, "carried out by");
        relation(relations, 2, 3, "based_in");
        relation(relations, 1, 9, "Target");
        Path file = dir.resolve("doccano.jsonl");
        Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);

        ImportReport report = importPaths(file);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.eventsAdded()).isEqualTo(2);
        assertThat(report.outcomes(ImportOutcome.Kind.REFUSED)).extracting(ImportOutcome::describe).containsExactly(
                file + ":1: relation 5: to_id 9 names no entity of the line; left out",
                file + ":1: relation 4: event refused: its trigger «مسلحون» is labelled NONSTATE_ARMED, a label of kind"
                        + " actor, not an event label");
        List<Event> events = library.events().findByArticle(1);
        assertThat(events).extracting(this::triggerText).containsExactly("هاجم", "وأغار");
        assertThat(roles(events.get(0))).containsExactly("Attacker=مسلحون", "Place=حلب");
        assertThat(roles(events.get(1))).containsExactly("carried_out_by=الطيران");
        LabelSchema schema = new SchemaService(library).schema();
        assertThat(schema.byId("AIRSTRIKE").orElseThrow().kind()).isEqualTo(LabelKind.EVENT);
        assertThat(schema.eventType("AIRSTRIKE").orElseThrow().roles()).extracting(EventRole::shortForm)
                .containsExactly("carried_out_by*");
        assertThat(events.get(0).attributes()).isEqualTo(EventAttributes.NONE);
    }

    /** A line of Hashiya's own JSONL with span UUIDs and the "events" field. */
    private static String hashiyaLine(String text, String uuidPrefix, Map<String, String> parts, ObjectNode... events)
            throws Exception {
        ObjectNode line = JSON.createObjectNode().put("text", text).put("format", "hashiya-jsonl/1");
        ArrayNode entities = line.putArray("entities");
        ArrayNode relations = line.putArray("relations");
        int id = 0;
        for (Map.Entry<String, String> part : parts.entrySet()) {
            id++;
            entity(entities, 100 + id, part.getValue(), text, part.getKey())
                    .put("span_uuid", uuidPrefix + String.format("-4000-8000-%012d", id));
        }
        relation(relations, 101, 102, "Participant");
        relation(relations, 101, 103, "Participant");
        ArrayNode list = line.putArray("events");
        for (ObjectNode event : events) {
            list.add(event);
        }
        return JSON.writeValueAsString(line);
    }

    /** Text part to label, in the order given (the first is the trigger, entity 101). */
    private static Map<String, String> ordered(String... partsAndLabels) {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < partsAndLabels.length; i += 2) {
            parts.put(partsAndLabels[i], partsAndLabels[i + 1]);
        }
        return parts;
    }

    private static ObjectNode event(int trigger, Object incident) {
        ObjectNode e = JSON.createObjectNode().put("id", trigger * 10).put("trigger", trigger).put("label", "MEET");
        if (incident == null) {
            e.putNull("incident");
        } else {
            e.put("incident", (Integer) incident);
        }
        return e.put("date", "").putNull("date_precision").putNull("certainty").putNull("polarity")
                .putNull("modality").putNull("fatalities").putNull("injured").put("note", "");
    }

    @Test
    void hashiyaEventsKeepAttributesAndEventsSharingAnIncidentBecomeOneNewIncident() throws Exception {
        Map<String, String> meet = ordered("اجتمع", "MEET", "الوزير", "PERSON", "السفير", "PERSON", "بغداد", "LOCATION");
        ObjectNode first = event(101, 7).put("date", "2024-03-05").put("certainty", "CONFIRMED")
                .put("modality", "Other").put("injured", 3).put("note", "ملاحظة\nثانية");
        String line1 = hashiyaLine(OTHER_TEXT, "11111111-1111", meet, first);
        Map<String, String> attack = ordered("هاجم", "MEET", "مسلحون", "PERSON", "حلب", "LOCATION");
        String line2 = hashiyaLine(TEXT, "22222222-2222", attack, event(101, 7).put("fatalities", -2));
        Path file = dir.resolve("hashiya.jsonl");
        Files.writeString(file, line1 + "\n" + line2 + "\n", StandardCharsets.UTF_8);
        // a third article in another file of the same import names incident 9
        String line3 = hashiyaLine("اجتمع القادة في الرياض والقاهرة", "33333333-3333",
                ordered("اجتمع", "MEET", "القادة", "PERSON", "الرياض", "LOCATION"), event(101, 9));
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, line3 + "\n", StandardCharsets.UTF_8);

        ImportReport report = importPaths(file, other);
        assertThat(report.refused()).isZero();
        assertThat(report.eventsAdded()).isEqualTo(3);
        Event e1 = library.events().findByArticle(1).get(0);
        Event e2 = library.events().findByArticle(2).get(0);
        Event e3 = library.events().findByArticle(3).get(0);
        assertThat(roles(e1)).containsExactly("Participant=الوزير", "Participant=السفير");
        assertThat(e1.attributes()).isEqualTo(new EventAttributes("2024-03-05", EventAttributes.Precision.DAY,
                "confirmed", "positive", "other",
                null, 3, "ملاحظة\nثانية"));
        assertThat(e2.attributes().fatalities()).isNull();
        assertThat(e2.attributes().note()).isEqualTo("Fatalities=-2");
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith(file + ":2: event 1: fatalities must be 0 or more"));
        assertThat(e1.incidentId()).isPositive().isEqualTo(e2.incidentId());
        assertThat(e3.incidentId()).isPositive().isNotEqualTo(e1.incidentId());
        assertThat(library.events().findByIncident(e1.incidentId())).hasSize(2);

        // again: every span is there by its UUID and every event by its trigger
        ImportReport again = importPaths(file, other);
        assertThat(again.eventsAdded()).isZero();
        assertThat(again.spansAdded()).isZero();
        assertThat(library.events().count()).isEqualTo(3);
        assertThat(library.events().findByArticle(1).get(0).arguments()).hasSize(2);

        // a later import's incident 7 is a new incident: ids are not kept across imports
        String line4 = hashiyaLine("اجتمع الرئيسان في عمان", "44444444-4444",
                ordered("اجتمع", "MEET", "الرئيسان", "PERSON", "عمان", "LOCATION"), event(101, 7));
        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, line4 + "\n", StandardCharsets.UTF_8);
        importPaths(later);
        Event e4 = library.events().findByArticle(4).get(0);
        assertThat(e4.incidentId()).isPositive().isNotIn(e1.incidentId(), e3.incidentId());
        assertThat(e4.arguments()).extracting(EventArgument::role).containsOnly("Participant");
    }

    @Test
    void aNumberedRoleTheSchemaHasIsNotFoldedAndRolesMatchWithoutRegardToCase() throws Exception {
        SchemaService schemas = new SchemaService(library);
        List<EventRole> roles = new ArrayList<>(schemas.schema().eventType("ATTACK").orElseThrow().roles());
        roles.add(new EventRole("Phase2", false, false, List.of()));
        schemas.setRoles("ATTACK", roles);
        Path in = brat("num", "a", TEXT, t(TEXT, 1, "ATTACK", "هاجم"), t(TEXT, 2, "LOCATION", "حلب"),
                t(TEXT, 3, "NONSTATE_ARMED", "مسلحون"), "E1\tATTACK:T1 phase2:T2 ATTACKER2:T3");
        ImportReport report = importPaths(in);
        assertThat(report.refused()).isZero();
        assertThat(roles(library.events().findByArticle(1).get(0))).containsExactly("Phase2=حلب", "Attacker=مسلحون");
        assertThat(notices).noneMatch(n -> n.startsWith("new role"));
    }

    @Test
    void bratIncidentsGroupAcrossFilesOfOneImport() throws Exception {
        brat("inc", "a", TEXT, t(TEXT, 1, "ATTACK", "هاجم"), "E1\tATTACK:T1", "A1\tIncident E1 17");
        Path in = brat("inc", "b", OTHER_TEXT, t(OTHER_TEXT, 1, "MEET", "اجتمع"), "E1\tMEET:T1", "A1\tINCIDENT E1 17");
        ImportReport report = importPaths(in);
        assertThat(report.eventsAdded()).isEqualTo(2);
        long incident = library.events().findByArticle(1).get(0).incidentId();
        assertThat(incident).isPositive();
        assertThat(library.events().findByIncident(incident)).hasSize(2);
        assertThat(notices).isEmpty();
    }

    @Test
    void aCertaintyTheSchemaListsComesInInAnyCaseAndOneItDoesNotIsKeptInTheNote() throws Exception {
        String[] lines = {t(TEXT, 1, "ATTACK", "هاجم"), "E1\tATTACK:T1", "A1\tCertainty E1 Alleged"};
        Path before = brat("before", "a", TEXT, lines);
        importPaths(before);
        Event refused = library.events().findByArticle(1).get(0);
        assertThat(refused.attributes().certainty()).isNull();
        assertThat(refused.attributes().note()).isEqualTo("Certainty=Alleged");
        assertThat(notices).anySatisfy(n -> assertThat(n).startsWith(before.resolve("a.ann") + ":3: Certainty 'Alleged'"
                + " is not one of confirmed, reported, claimed, denied, uncertain; kept in the event's note"));

        new SchemaService(library).setEventAttributeValues(List.of("confirmed", "reported", "claimed", "denied",
                "uncertain", "alleged"), List.of("positive", "negative"), List.of("asserted", "other"));
        Path after = brat("after", "a", OTHER_TEXT, t(OTHER_TEXT, 1, "MEET", "اجتمع"), "E1\tMEET:T1",
                "A1\tcertainty E1 ALLEGED");
        importPaths(after);
        Event accepted = library.events().findByArticle(2).get(0);
        assertThat(accepted.attributes().certainty()).isEqualTo("alleged");
        assertThat(accepted.attributes().note()).isEmpty();
    }
}
