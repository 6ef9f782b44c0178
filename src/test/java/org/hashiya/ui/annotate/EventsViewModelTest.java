package org.hashiya.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.ui.reader.Highlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event inspector's view model and role filling on a real library, without a window. */
class EventsViewModelTest {
    /** An emoji first, so UTF-16 indices (the pane's) run one ahead of code points (the store's). */
    static final String TEXT = "🔥 قصفت الطائرات الروسية مواقع في حلب أمس، وقال وزير الخارجية إن الهجوم مدان.";

    @TempDir
    Path dir;
    Library library;
    AnnotationViewModel model;
    EventsViewModel events;
    long articleId;
    final List<String> painted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        articleId = TestArticles.add(library, "حلب", TEXT);
        model = new AnnotationViewModel();
        events = model.events();
        assertThat(model.open(library, articleId, "mona")).isTrue();
    }

    @AfterEach
    void tearDown() {
        model.close();
        library.close();
    }

    private static int at(String part) {
        return TEXT.indexOf(part);
    }

    /** Labels the words with the label of this shortcut; the new span is picked. */
    private Span label(String part, String key) {
        model.selection().setSelection(at(part), at(part) + part.length(), false);
        assertThat(model.labelling().applyShortcut(key, false)).isTrue();
        return model.selection().selectedSpanProperty().get();
    }

    private Event madeEventOn(String trigger) {
        Span span = label(trigger, "f"); // Attack
        assertThat(events.canCreateProperty().get()).isTrue();
        assertThat(events.createEvent()).isTrue();
        return events.currentProperty().get();
    }

    @Test
    void pickingATriggerShowsItsEventWithItsRolesAndTheRequiredOnesFlagged() {
        Span said = label("وقال", "c"); // Statement
        events.createEvent();

        assertThat(events.headingProperty().get()).isEqualTo("Statement «وقال»"); // the id is the inspector title's
        assertThat(events.roles()).extracting(EventsViewModel.RoleRow::shortForm)
                .containsExactly("Speaker", "Addressee*", "About*", "Place?", "Time?");
        assertThat(events.roles().get(0).missing()).isTrue();
        assertThat(events.roles()).extracting(EventsViewModel.RoleRow::key).containsExactly(1, 2, 3, 4, 5);
        assertThat(events.missingRoles()).containsExactly("Speaker");

        model.selection().clearSelection();
        assertThat(events.currentProperty().get()).isNull();
        model.selection().selectSpan(said.id());
        assertThat(events.currentProperty().get()).isNotNull();
    }

    @Test
    void altDigitThenAClickFillsTheRoleAndMarksTheFillerWhileTheTriggerStaysPicked() {
        Span planes = label("الطائرات الروسية", "2");
        Event attack = madeEventOn("قصفت");
        Span trigger = model.selection().selectedSpanProperty().get();

        assertThat(events.rolesKeysActive()).isTrue();
        assertThat(events.armRole(1)).isTrue();
        assertThat(events.armedRoleProperty().get()).isEqualTo("Attacker");
        assertThat(events.fillAt(at("الطائرات") + 2)).isTrue();

        assertThat(events.armedRoleProperty().get()).isEmpty();
        assertThat(library.events().find(attack.id()).orElseThrow().argumentsOf("Attacker")).singleElement()
                .satisfies(a -> assertThat(a.fillerSpanId()).isEqualTo(planes.id()));
        assertThat(model.selection().selectedSpanProperty().get().id()).isEqualTo(trigger.id());
        assertThat(events.roles().get(0).fillers()).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("الطائرات الروسية"));
        assertThat(events.markedProperty().get()).containsExactly(planes.id());
        Highlight h = model.highlights().highlights().get("span-" + planes.id());
        assertThat(h.outline()).isEqualTo(HighlightsViewModel.FILLER_OUTLINE);

        model.undo().undo();
        assertThat(library.events().find(attack.id()).orElseThrow().arguments()).isEmpty();
        assertThat(events.roles().get(0).fillers()).isEmpty();
        assertThat(model.highlights().highlights().get("span-" + planes.id()).outline()).isNull();
    }

    @Test
    void aFillerTheRoleRefusesIsNamedAndTheRoleKeepsWaiting() {
        label("حلب", "j"); // Location
        madeEventOn("قصفت");
        events.armRole(1);

        assertThat(events.fillAt(at("حلب"))).isTrue();

        assertThat(model.messageProperty().get()).contains("Attacker takes actor").contains("حلب");
        assertThat(events.armedRoleProperty().get()).isEqualTo("Attacker");
        assertThat(events.disarm()).isTrue();
        assertThat(events.armedRoleProperty().get()).isEmpty();
    }

    @Test
    void aNewSelectionLabelledWhileARoleWaitsBecomesItsFiller() {
        Event attack = madeEventOn("قصفت");
        events.armRole(5); // Place*

        label("حلب", "j");

        Span aleppo = library.spans().findByArticle(attack.articleId()).stream()
                .filter(s -> s.text().equals("حلب")).findFirst().orElseThrow();
        assertThat(library.events().find(attack.id()).orElseThrow().argumentsOf("Place")).singleElement()
                .satisfies(a -> assertThat(a.fillerSpanId()).isEqualTo(aleppo.id()));
        assertThat(events.currentProperty().get().id()).as("the event stays the one inspected").isEqualTo(attack.id());
        assertThat(events.roles().get(4).fillers()).extracting(EventsViewModel.Filler::text).containsExactly("حلب");
    }

    @Test
    void withTextSelectedAltDigitIsStillALabelKey() {
        madeEventOn("قصفت");
        model.selection().setSelection(at("وزير"), at("وزير") + 4, false);
        assertThat(events.rolesKeysActive()).isFalse();
    }

    @Test
    void deletingAFillerIsAnnouncedFirstAndOneUndoBringsSpanAndLinkBack() {
        Span planes = label("الطائرات الروسية", "2");
        Event attack = madeEventOn("قصفت");
        events.armRole(1);
        events.fillAt(at("الطائرات"));

        model.selection().selectSpan(planes.id());
        assertThat(events.participation()).singleElement().asString().startsWith("Attacker of Attack #");
        assertThat(model.labelling().deletionWarning()).hasValueSatisfying(w ->
                assertThat(w).contains("fills Attacker of event #" + attack.id()));
        assertThat(model.labelling().deleteSelectedSpan()).isTrue();
        assertThat(library.events().find(attack.id()).orElseThrow().arguments()).isEmpty();

        model.undo().undo();
        assertThat(library.spans().find(planes.id())).isPresent();
        assertThat(library.events().find(attack.id()).orElseThrow().argumentsOf("Attacker")).hasSize(1);
    }

    @Test
    void badAttributesAreRefusedWithTheReasonAndGoodOnesStoredAndUndoable() {
        Event attack = madeEventOn("قصفت");

        assertThat(events.setAttributes("2024-02-30", "", "", "positive", "asserted", "-2", "", "")).isFalse();
        assertThat(events.attributeProblemProperty().get()).contains("2024-02-30").contains("fatalities must be 0 or more");

        assertThat(events.setAttributes("2024-02", "", "reported", "positive", "asserted", "4", "", "نقلا عن مصادر محلية")).isTrue();
        assertThat(events.attributeProblemProperty().get()).isEmpty();
        assertThat(library.events().find(attack.id()).orElseThrow().attributes().fatalities()).isEqualTo(4);
        model.undo().undo();
        assertThat(events.currentProperty().get().attributes().fatalities()).isNull();
    }

    @Test
    void removingTheEventLeavesTheSpansAndUndoBringsItBack() {
        Event attack = madeEventOn("قصفت");
        assertThat(events.deleteEvent()).isTrue();
        assertThat(events.currentProperty().get()).isNull();
        assertThat(events.canCreateProperty().get()).isTrue();
        model.undo().undo();
        assertThat(events.currentProperty().get().id()).isEqualTo(attack.id());
    }

    @Test
    void guillemetsAroundArabicStayAsWrittenInTheDeletionQuestion() {
        // an event label named only in Arabic, then the quoted Arabic trigger: « sat between two
        // right-to-left runs and was drawn mirrored
        String sentence = "it fills Attacker of event #3 (هجوم " + EventsViewModel.quoted("قصفت") + ")";
        java.text.Bidi bidi = new java.text.Bidi(sentence, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        assertThat(bidi.getLevelAt(sentence.indexOf('«')) % 2).as("level of «").isZero();
        assertThat(bidi.getLevelAt(sentence.indexOf('»')) % 2).as("level of »").isZero();
        String unmarked = "it fills Attacker of event #3 (هجوم «قصفت»)";
        assertThat(new java.text.Bidi(unmarked, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT).getLevelAt(unmarked.indexOf('«')) % 2)
                .as("without the marks « is mirrored").isOne();

        Span planes = label("الطائرات الروسية", "2");
        madeEventOn("قصفت");
        events.armRole(1);
        events.fillAt(at("الطائرات"));
        model.selection().selectSpan(planes.id());
        String warning = model.labelling().deletionWarning().orElseThrow();
        assertThat(warning).contains(EventsViewModel.quoted("الطائرات الروسية"), EventsViewModel.quoted("قصفت"));
        java.text.Bidi asked = new java.text.Bidi(warning, java.text.Bidi.DIRECTION_LEFT_TO_RIGHT);
        for (int i = 0; i < warning.length(); i++) {
            if (warning.charAt(i) == '«' || warning.charAt(i) == '»') {
                assertThat(asked.getLevelAt(i) % 2).as("level of the guillemet at " + i).isZero();
            }
        }
    }

    @Test
    void theInspectorOffersTheSchemasValuesAndRefusesOthersNamingTheAllowedOnes() {
        model.close();
        new SchemaService(library).setEventAttributeValues(List.of("confirmed", "reported", "claimed", "denied",
                "uncertain", "alleged"), List.of("positive", "negative"), List.of("asserted", "other"));
        model = new AnnotationViewModel();
        events = model.events();
        assertThat(model.open(library, articleId, "mona")).isTrue();
        Event attack = madeEventOn("قصفت");

        assertThat(events.attributeChoices(attack).certainty()).endsWith("uncertain", "alleged");
        assertThat(events.setAttributes("", "", "rumoured", "positive", "asserted", "", "", "")).isFalse();
        assertThat(events.attributeProblemProperty().get())
                .isEqualTo("certainty 'rumoured' is not one of confirmed, reported, claimed, denied, uncertain, alleged");
        assertThat(events.setAttributes("", "", "Alleged", "positive", "asserted", "", "", "")).isTrue();
        assertThat(library.events().find(attack.id()).orElseThrow().attributes().certainty()).isEqualTo("alleged");
    }
}
