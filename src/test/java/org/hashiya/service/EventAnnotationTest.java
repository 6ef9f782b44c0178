package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventRules;
import org.hashiya.domain.Span;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events through the article annotator on a real library: roles checked by the schema, every step undoable. */
class EventAnnotationTest {
    private static final String TEXT = "قصفت الطائرات الروسية مواقع في حلب أمس، وقال وزير الخارجية إن الهجوم مدان.";

    @TempDir
    Path dir;
    Library library;
    ArticleAnnotator annotator;
    Span attack;
    Span planes;
    Span aleppo;
    Span said;
    Span minister;

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        long article = TestArticles.add(library, "حلب", TEXT);
        annotator = new AnnotationService(library, "mona").open(article);
        attack = span("ATTACK", "قصفت");
        planes = span("STATE_MIL", "الطائرات الروسية");
        aleppo = span("LOCATION", "حلب");
        said = span("STATEMENT", "وقال");
        minister = span("STATE_GOV", "وزير الخارجية");
    }

    @AfterEach
    void tearDown() {
        library.close();
    }

    private Span span(String label, String part) {
        int start = TEXT.indexOf(part); // no character beyond the BMP: UTF-16 index = code point
        return annotator.createSpan(label, start, start + part.length()).span();
    }

    private Event stored(long id) {
        return library.events().find(id).orElseThrow();
    }

    @Test
    void anEventOnATriggerTakesOnlyTheFillersItsRolesAllow() {
        Event event = annotator.createEvent(attack.id()).after();

        annotator.fillRole(event.id(), "Attacker", planes.id());
        annotator.fillRole(event.id(), "Place", aleppo.id());

        assertThat(stored(event.id()).arguments()).containsExactly(
                new EventArgument("Attacker", planes.id()), new EventArgument("Place", aleppo.id()));
        assertThatThrownBy(() -> annotator.fillRole(event.id(), "Attacker", aleppo.id()))
                .hasMessageContaining("Attacker takes actor").hasMessageContaining("حلب");
        assertThatThrownBy(() -> annotator.fillRole(event.id(), "Speaker", minister.id()))
                .hasMessageContaining("no role Speaker");
        assertThatThrownBy(() -> annotator.fillRole(event.id(), "Attacker", planes.id()))
                .hasMessageContaining("already fills");
        assertThatThrownBy(() -> annotator.createEvent(planes.id())).hasMessageContaining("not labelled as an event");
        assertThatThrownBy(() -> annotator.createEvent(attack.id())).hasMessageContaining("already an event's trigger");
    }

    @Test
    void aSingleRoleTakesItsNewFillerInsteadAndARepeatableOneTakesMore() {
        Event statement = annotator.createEvent(said.id()).after();
        Span president = span("PERSON", "الهجوم"); // any actor will do for the test
        annotator.fillRole(statement.id(), "Speaker", minister.id());
        annotator.fillRole(statement.id(), "Speaker", president.id());
        assertThat(stored(statement.id()).argumentsOf("Speaker")).containsExactly(new EventArgument("Speaker", president.id()));

        Event event = annotator.createEvent(attack.id()).after();
        annotator.fillRole(event.id(), "Victim", minister.id());
        annotator.fillRole(event.id(), "Victim", president.id());
        assertThat(stored(event.id()).argumentsOf("Victim")).hasSize(2);
    }

    @Test
    void requiredRolesStillEmptyAreNamed() {
        Event statement = annotator.createEvent(said.id()).after();
        assertThat(EventRules.missingRequired(library.labels().schema(), statement, "STATEMENT")).containsExactly("Speaker");
        annotator.fillRole(statement.id(), "Speaker", minister.id());
        assertThat(EventRules.missingRequired(library.labels().schema(), stored(statement.id()), "STATEMENT")).isEmpty();
    }

    @Test
    void aStatementAboutAnAttackTakesTheAttacksTrigger() {
        annotator.createEvent(attack.id());
        Event statement = annotator.createEvent(said.id()).after();
        annotator.fillRole(statement.id(), "About", attack.id());
        assertThat(stored(statement.id()).argumentsOf("About")).singleElement()
                .extracting(EventArgument::fillerSpanId).isEqualTo(attack.id());
    }

    @Test
    void deletingAFillerLeavesTheRoleAndDeletingATriggerTheEventAndOneUndoBringsAllBack() {
        Event event = annotator.createEvent(attack.id()).after();
        annotator.fillRole(event.id(), "Attacker", planes.id());
        annotator.fillRole(event.id(), "Place", aleppo.id());
        Event full = stored(event.id());

        assertThat(annotator.eventLinks(planes.id())).extracting(Event::id).containsExactly(event.id());
        annotator.deleteSpan(planes.id());
        assertThat(stored(event.id()).arguments()).containsExactly(new EventArgument("Place", aleppo.id()));

        annotator.deleteSpan(attack.id());
        assertThat(library.events().find(event.id())).isEmpty();

        annotator.undo();
        assertThat(stored(event.id()).arguments()).containsExactly(new EventArgument("Place", aleppo.id()));
        annotator.undo();
        assertThat(stored(event.id())).isEqualTo(full);
        assertThat(library.spans().find(planes.id())).contains(planes);
        annotator.redo();
        assertThat(stored(event.id()).arguments()).hasSize(1);
        assertThat(library.spans().find(planes.id())).isEmpty();
    }

    @Test
    void everyEventStepUndoesAndRedoes() {
        Event event = annotator.createEvent(attack.id()).after();
        annotator.fillRole(event.id(), "Attacker", planes.id());
        annotator.setEventAttributes(event.id(), EventAttributes.parse("2024-03", "", "Reported", "", "", "3", "0", "ملاحظة"));
        Event done = stored(event.id());
        assertThat(done.attributes().precision()).isEqualTo(EventAttributes.Precision.MONTH);
        assertThat(done.attributes().certainty()).isEqualTo("reported");
        assertThat(done.attributes().fatalities()).isEqualTo(3);
        annotator.removeArgument(event.id(), new EventArgument("Attacker", planes.id()));
        annotator.deleteEvent(event.id());

        annotator.undo();
        assertThat(stored(event.id()).arguments()).isEmpty();
        annotator.undo();
        assertThat(stored(event.id())).isEqualTo(done);
        annotator.undo();
        annotator.undo();
        assertThat(stored(event.id()).arguments()).isEmpty();
        annotator.undo();
        assertThat(library.events().find(event.id())).isEmpty();
        for (int i = 0; i < 4; i++) {
            annotator.redo();
        }
        assertThat(stored(event.id()).arguments()).isEmpty();
        assertThat(stored(event.id()).attributes()).isEqualTo(done.attributes());
    }

    @Test
    void eventsInTwoArticlesBecomeOneIncidentAndUndoSeparatesThem() {
        Event here = annotator.createEvent(attack.id()).after();
        long otherArticle = TestArticles.add(library, "حلب ٢", "غارة جوية على حلب");
        ArticleAnnotator other = new AnnotationService(library, "ali").open(otherArticle);
        Span raid = other.createSpan("ATTACK", 0, 4).span();
        Event there = other.createEvent(raid.id()).after();

        annotator.linkIncident(here.id(), there.id());

        long incident = stored(here.id()).incidentId();
        assertThat(incident).isPositive();
        assertThat(stored(there.id()).incidentId()).isEqualTo(incident);
        assertThat(library.events().findByIncident(incident)).extracting(Event::id).containsExactlyInAnyOrder(here.id(), there.id());
        annotator.undo();
        assertThat(stored(here.id()).incidentId()).isZero();
        assertThat(stored(there.id()).incidentId()).isZero();
    }

    @Test
    void attributesAreCheckedWithAClearMessage() {
        assertThatThrownBy(() -> EventAttributes.parse("2024-13-01", "", "sure", "", "", "-1", "x", ""))
                .hasMessageContaining("certainty 'sure' is not one of confirmed, reported, claimed, denied, uncertain")
                .hasMessageContaining("fatalities must be 0 or more")
                .hasMessageContaining("injured 'x' is not a whole number");
        assertThatThrownBy(() -> EventAttributes.parse("2024-13-01", "", "", "", "", "", "", ""))
                .hasMessageContaining("not an ISO 8601 date");
        assertThatThrownBy(() -> EventAttributes.parse("2024-03", "day", "", "", "", "", "", ""))
                .hasMessageContaining("has no day");
        assertThat(EventAttributes.parse("2024-03-05", "year", "", "NEGATIVE", "other", "", "", "").polarity())
                .isEqualTo("negative");
    }

    @Test
    void aTriggerKeepsAnEventLabel() {
        annotator.createEvent(attack.id());
        assertThatThrownBy(() -> annotator.changeLabel(attack.id(), "PERSON")).hasMessageContaining("remove the event first");
        annotator.changeLabel(attack.id(), "ARREST");
        assertThat(library.spans().find(attack.id()).orElseThrow().labelId()).isEqualTo("ARREST");
    }

    @Test
    void undoingTheDeletionOfALinkedFillerBringsBackItsRoleAndItsRegistryLinkInOneStep() {
        Event event = annotator.createEvent(attack.id()).after();
        annotator.fillRole(event.id(), "Attacker", planes.id());
        Event full = stored(event.id());
        long entry = library.registry().add(new org.hashiya.domain.ActorEntry(0, "القوات الجوية الروسية", "Russian Air Force",
                "STATE_MIL", java.util.List.of("الطائرات الروسية"), "RUS", "", "")).id();
        library.registry().link(planes.id(), entry);

        annotator.deleteSpan(planes.id());
        assertThat(library.registry().entryOf(planes.id())).isEmpty();
        assertThat(stored(event.id()).arguments()).isEmpty();

        annotator.undo();
        assertThat(library.spans().find(planes.id())).contains(planes);
        assertThat(library.registry().entryOf(planes.id())).contains(entry);
        assertThat(stored(event.id())).isEqualTo(full);

        annotator.redo();
        assertThat(library.spans().find(planes.id())).isEmpty();
        annotator.undo();
        assertThat(library.registry().entryOf(planes.id())).contains(entry);

        // a span linked but in no event comes back linked too
        annotator.removeArgument(event.id(), new EventArgument("Attacker", planes.id()));
        assertThat(annotator.eventLinks(planes.id())).isEmpty();
        annotator.deleteSpan(planes.id());
        assertThat(library.registry().entryOf(planes.id())).isEmpty();
        annotator.undo();
        assertThat(library.registry().entryOf(planes.id())).contains(entry);
    }
}
