package org.hashiya.ui.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry view's and the side panel's view models, without a window. */
class RegistryViewModelTest {
    @TempDir
    Path dir;
    Library library;
    RegistryService service;
    RegistryViewModel model = new RegistryViewModel();
    EntryLinkViewModel links = new EntryLinkViewModel();

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        service = new RegistryService(library);
        service.add(new ActorEntry(0, "التحالف الدولي", "Global Coalition", "COALITION_IGO", List.of("التحالف"), "", "", ""));
        service.add(new ActorEntry(0, "الجيش العراقي", "Iraqi Army", "STATE_MIL", List.of("القوات العراقية"), "IRQ", "", ""));
        service.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد", 33.3, 44.4, ""));
        model.setService(service, () -> new RegistryTransfer(library, service));
        links.setService(service);
        model.setOnChange(links::registryChanged);
        links.setOnChange(model::reload);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void searchAndKindNarrowTheRowsAndImportsReportProblems() throws Exception {
        assertThat(model.rows()).hasSize(3);
        assertThat(model.countProperty().get()).isEqualTo("3 entries");
        model.queryProperty().set("irq");
        assertThat(model.rows()).extracting(e -> e.name()).containsExactly("الجيش العراقي", "بغداد");
        model.shownProperty().set(RegistryViewModel.Shown.PLACES);
        assertThat(model.rows()).extracting(e -> e.name()).containsExactly("بغداد");
        assertThat(model.countProperty().get()).isEqualTo("1 of 3 entries");

        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,english_name,aliases,country,province,latitude,longitude\nالموصل,,,IRQ,نينوى,136,43\n");
        assertThat(model.importCsv(csv, EntryKind.PLACE)).hasValueSatisfying(p -> assertThat(p).contains(":2: latitude 136.0 is outside"));
        assertThat(model.messageProperty().get()).startsWith("Nothing imported from bad.csv: 1 problem.");
        Files.writeString(csv, "name,english_name,aliases,country,province,latitude,longitude\nالموصل,Mosul,,IRQ,نينوى,36.34,43.13\n");
        assertThat(model.importCsv(csv, EntryKind.PLACE)).isEmpty();
        assertThat(model.rows()).extracting(e -> e.name()).containsExactly("بغداد", "الموصل");
        model.undo();
        assertThat(model.rows()).extracting(e -> e.name()).containsExactly("بغداد");
        assertThat(model.messageProperty().get()).startsWith("Undone: import 1 places");
    }

    @Test
    void aSpanIsOfferedTheEntriesItNamesOfItsKindAndLinked() {
        long article = TestArticles.add(library, "خبر", "قصفت قوات التحالف مواقع قرب بغداد.");
        Span span = library.spans().add(new NewSpan(article, "COALITION_IGO", 5, 17, "قوات التحالف", "amal", "", Instant.EPOCH));
        // «قوات التحالف» is no name of any entry: nothing suggested; a search finds it
        links.show(span);
        assertThat(links.linkableProperty().get()).isTrue();
        assertThat(links.choices()).isEmpty();
        links.queryProperty().set("تحالف");
        assertThat(links.choices()).extracting(e -> e.name()).containsExactly("التحالف الدولي");
        links.link(links.choices().get(0));
        assertThat(service.entryOf(span.id())).isPresent();
        assertThat(links.linkedProperty().get().name()).isEqualTo("التحالف الدولي");

        Span place = library.spans().add(new NewSpan(article, "LOCATION", 29, 34, "بغداد", "amal", "", Instant.EPOCH));
        links.show(place);
        assertThat(links.queryProperty().get()).isEmpty();
        assertThat(links.choices()).extracting(e -> e.name()).as("places only").containsExactly("بغداد");
        assertThat(links.linkedProperty().get()).isNull();

        Span event = library.spans().add(new NewSpan(article, "ATTACK", 0, 4, "قصفت", "amal", "", Instant.EPOCH));
        links.show(event);
        assertThat(links.linkableProperty().get()).isFalse();
        assertThat(links.messageProperty().get()).contains("Only actor and place spans");

        model.undo(); // the link, undone from the registry view
        links.show(span);
        assertThat(links.linkedProperty().get()).isNull();
    }

    private EntryEditorViewModel newActor() {
        return model.newEntry(EntryKind.ACTOR).orElseThrow();
    }

    private static SpanLabel type(EntryEditorViewModel editor, String id) {
        return editor.types().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewActorWithAliasesIsStoredAsOneUndoStepListedAndPicked() {
        model.queryProperty().set("بغداد"); // the new actor does not match: the search is cleared to show it
        EntryEditorViewModel editor = newActor();
        assertThat(editor.title()).isEqualTo("New actor");
        assertThat(editor.types()).extracting(SpanLabel::id).contains("STATE_GOV", "NONSTATE_ARMED", "PERSON")
                .doesNotContain("ATTACK", "LOCATION");
        editor.nameProperty().set("  قوات سوريا الديمقراطية ");
        editor.englishNameProperty().set("Syrian Democratic Forces");
        editor.typeProperty().set(type(editor, "NONSTATE_ARMED"));
        editor.aliasesProperty().set("قسد\n\nقوات قسد | SDF\nقسد");
        editor.countryProperty().set("syr");
        editor.wikidataProperty().set("https://www.wikidata.org/wiki/Q19601428");
        assertThat(editor.save()).isTrue();

        ActorEntry stored = (ActorEntry) service.entries().stream()
                .filter(e -> e.name().equals("قوات سوريا الديمقراطية")).findFirst().orElseThrow();
        assertThat(stored.aliases()).containsExactly("قسد", "قوات قسد", "SDF");
        assertThat(stored.country()).isEqualTo("SYR");
        assertThat(stored.wikidata()).isEqualTo("Q19601428");
        assertThat(stored.type()).isEqualTo("NONSTATE_ARMED");
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(4).contains(stored);
        assertThat(model.pickedProperty().get()).isEqualTo(stored);
        assertThat(model.messageProperty().get()).startsWith("Added «قوات سوريا الديمقراطية»");

        model.undo();
        assertThat(service.entries()).hasSize(3);
        assertThat(model.pickedProperty().get()).isNull();
        model.redo();
        assertThat(service.find(stored.id())).contains(stored);
        model.undo();
        model.undo(); // the three added in the set-up are their own steps, untouched by the one above
        assertThat(service.entries()).extracting(e -> e.name()).containsExactly("التحالف الدولي", "الجيش العراقي");
    }

    @Test
    void anEditIsOneUndoStepAndTheEntryStaysPicked() {
        RegistryEntry army = model.rows().stream().filter(e -> e.name().equals("الجيش العراقي")).findFirst().orElseThrow();
        model.pickedProperty().set(army);
        EntryEditorViewModel editor = model.editPicked().orElseThrow();
        assertThat(editor.title()).isEqualTo("Edit actor «الجيش العراقي»");
        assertThat(editor.aliasesProperty().get()).isEqualTo("القوات العراقية");
        assertThat(editor.typeProperty().get().id()).isEqualTo("STATE_MIL");
        assertThat(editor.save()).as("nothing changed: closes, stores nothing").isTrue();
        assertThat(service.canUndo()).isTrue();
        assertThat(model.messageProperty().get()).isEmpty();

        editor.englishNameProperty().set("Iraqi Armed Forces");
        editor.aliasesProperty().set("القوات العراقية\nالجيش");
        assertThat(editor.save()).isTrue();
        ActorEntry saved = (ActorEntry) service.find(army.id()).orElseThrow();
        assertThat(saved.englishName()).isEqualTo("Iraqi Armed Forces");
        assertThat(saved.aliases()).containsExactly("القوات العراقية", "الجيش");
        assertThat(model.pickedProperty().get()).isEqualTo(saved);
        assertThat(model.messageProperty().get()).startsWith("Saved «الجيش العراقي»");

        model.undo();
        assertThat(service.find(army.id())).contains(army);
        assertThat(model.pickedProperty().get()).as("the same entry, as it was").isEqualTo(army);
        assertThat(model.messageProperty().get()).isEqualTo("Undone: edit «الجيش العراقي».");
        model.redo();
        assertThat(model.pickedProperty().get()).isEqualTo(saved);
    }

    @Test
    void nothingIsStoredUntilEveryFieldIsRightEachProblemBesideItsField() {
        EntryEditorViewModel editor = newActor();
        editor.countryProperty().set("IQ");
        editor.wikidataProperty().set("7188");
        assertThat(editor.save()).isFalse();
        assertThat(editor.nameProblemProperty().get()).isEqualTo("Give the Arabic name");
        assertThat(editor.typeProblemProperty().get()).isEqualTo("Choose the actor's type");
        assertThat(editor.countryProblemProperty().get()).startsWith("Three letters");
        assertThat(editor.wikidataProblemProperty().get()).startsWith("Q followed by digits");
        assertThat(service.entries()).hasSize(3);

        // after a first Save the problems follow the typing
        editor.countryProperty().set("irq");
        assertThat(editor.countryProblemProperty().get()).isEmpty();
        editor.nameProperty().set("الحشد|الشعبي");
        assertThat(editor.nameProblemProperty().get()).contains("Aliases");

        // the same name as search spells it (ي typed as ى) and the same type: the entry is there already
        editor.nameProperty().set("الجيش العراقى");
        editor.typeProperty().set(type(editor, "STATE_MIL"));
        editor.wikidataProperty().set("");
        assertThat(editor.save()).isFalse();
        assertThat(editor.nameProblemProperty().get())
                .isEqualTo("Already in the registry: «الجيش العراقي» (STATE_MIL), entry 2. Edit that entry, or choose another type");
        assertThat(service.entries()).hasSize(3);
        editor.typeProperty().set(type(editor, "STATE_GOV")); // another type: another actor
        assertThat(editor.nameProblemProperty().get()).isEmpty();

        // a Wikidata id another actor has
        service.update(new ActorEntry(1, "التحالف الدولي", "Global Coalition", "COALITION_IGO", List.of("التحالف"), "", "Q2529567", ""));
        editor.wikidataProperty().set("q2529567");
        assertThat(editor.save()).isFalse();
        assertThat(editor.wikidataProblemProperty().get())
                .isEqualTo("Q2529567 is already the Wikidata id of «التحالف الدولي» (COALITION_IGO), entry 1");
        editor.wikidataProperty().set("");
        assertThat(editor.save()).isTrue();
        assertThat(service.entries()).hasSize(4);
    }

    @Test
    void aPlaceNeedsBothCoordinatesInRange() {
        EntryEditorViewModel editor = model.newEntry(EntryKind.PLACE).orElseThrow();
        assertThat(editor.title()).isEqualTo("New place");
        editor.nameProperty().set("الموصل");
        editor.latitudeProperty().set("136");
        editor.longitudeProperty().set("43.13");
        assertThat(editor.save()).isFalse();
        assertThat(editor.latitudeProblemProperty().get()).isEqualTo("The latitude is between -90 (south) and 90 (north)");
        assertThat(editor.longitudeProblemProperty().get()).isEmpty();
        editor.latitudeProperty().set("36,34");
        assertThat(editor.latitudeProblemProperty().get()).startsWith("The latitude is a number of degrees");
        editor.latitudeProperty().set("");
        assertThat(editor.latitudeProblemProperty().get()).isEqualTo("Give the latitude too, or clear the longitude");
        editor.longitudeProperty().set("181");
        assertThat(editor.longitudeProblemProperty().get()).startsWith("The longitude is between -180");
        editor.longitudeProperty().set("NaN");
        assertThat(editor.longitudeProblemProperty().get()).startsWith("The longitude is a number of degrees");
        assertThat(service.entries()).hasSize(3);

        editor.latitudeProperty().set("٣٦٫٣٤"); // typed with the Arabic keyboard
        editor.longitudeProperty().set("43.13");
        editor.countryProperty().set("IRQ");
        editor.provinceProperty().set("نينوى");
        editor.aliasesProperty().set("نينوى|أم الربيعين");
        assertThat(editor.save()).isTrue();
        PlaceEntry mosul = (PlaceEntry) model.pickedProperty().get();
        assertThat(mosul.latitude()).isEqualTo(36.34);
        assertThat(mosul.longitude()).isEqualTo(43.13);
        assertThat(mosul.aliases()).containsExactly("نينوى", "أم الربيعين");

        // the same city in the same country and province is there already
        EntryEditorViewModel again = model.newEntry(EntryKind.PLACE).orElseThrow();
        again.nameProperty().set("الموصل");
        again.countryProperty().set("IRQ");
        again.provinceProperty().set("نينوى");
        assertThat(again.save()).isFalse();
        assertThat(again.nameProblemProperty().get()).startsWith("Already in the registry: «الموصل» (IRQ, نينوى), entry 4. Edit");

        EntryEditorViewModel edit = model.editPicked().orElseThrow();
        assertThat(edit.latitudeProperty().get()).isEqualTo("36.34");
        assertThat(edit.save()).as("an entry is no duplicate of itself").isTrue();
    }

    @Test
    void noEditorWithoutALibraryOrAPickedEntry() {
        assertThat(model.editPicked()).isEmpty();
        model.setService(null, () -> null);
        assertThat(model.newEntry(EntryKind.ACTOR)).isEmpty();
    }
}
