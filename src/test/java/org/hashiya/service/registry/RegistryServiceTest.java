package org.hashiya.service.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry over a real SQLite library: entries, CSV in and out, links, suggestions, occurrences, undo. */
class RegistryServiceTest {
    static final String COALITION = "واشنطن تدعو دول التحالف الدولي\n\nحثت الولايات المتحدة دول التحالف الدولي على"
            + " الاستمرار. وقال مسؤول إن وزير الخارجية الأمريكي سيلتقي بالتحالف غدا، فيما رحّب العراق بالتحالفات الجديدة.";
    static final String MINISTERIAL = "أمريكا تنقل رسالة عبر مشاركتها بالاجتماع الوزاري للتحالف الدولي؛"
            + " وهو من ضمن الاجتماعات الدورية لِلتَّحَالُفِ. وفي بغداد التقى الوزير بنظيره العراقي.";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T06:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Library library;
    RegistryService registry;
    RegistryTransfer transfer;
    long coalitionArticle;
    long ministerialArticle;

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.db"), true);
        new SchemaService(library).ensureSchema();
        coalitionArticle = TestArticles.add(library, "واشنطن", COALITION);
        ministerialArticle = TestArticles.add(library, "الاجتماع", MINISTERIAL);
        registry = new RegistryService(library);
        transfer = new RegistryTransfer(library, registry);
    }

    @AfterEach
    void close() {
        library.close();
    }

    static ActorEntry coalition() {
        return new ActorEntry(0, "التحالف الدولي", "Global Coalition", "COALITION_IGO", List.of("التحالف", "قوات التحالف"),
                "", "q2529567", "");
    }

    @Test
    void entriesCheckTheirFieldsWithClearMessages() {
        assertThat(coalition().wikidata()).isEqualTo("Q2529567");
        assertThatThrownBy(() -> new ActorEntry(0, "العراق", "", "STATE_GOV", List.of(), "IQ", "", ""))
                .hasMessageContaining("country 'IQ' is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> new ActorEntry(0, "العراق", "", "STATE_GOV", List.of(), "", "7188", ""))
                .hasMessageContaining("Wikidata id '7188' is not Q followed by digits");
        assertThatThrownBy(() -> new ActorEntry(0, " ", "", "STATE_GOV", List.of(), "", "", ""))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new PlaceEntry(0, "بغداد", "", List.of(), "IRQ", "", 95.0, 44.0, ""))
                .hasMessageContaining("latitude 95.0 is outside -90..90");
        assertThatThrownBy(() -> new PlaceEntry(0, "بغداد", "", List.of(), "IRQ", "", 33.0, null, ""))
                .hasMessageContaining("give both or neither");
        assertThat(new PlaceEntry(0, "بغداد", "", List.of("بغداد", " ", "دار السلام"), "irq", "", 33.3, 44.4, "").aliases())
                .containsExactly("بغداد", "دار السلام");
    }

    @Test
    void anActorsTypeMustBeAnActorLabel() {
        assertThatThrownBy(() -> registry.add(new ActorEntry(0, "الهجوم", "", "ATTACK", List.of(), "", "", "")))
                .isInstanceOf(AnnotationException.class).hasMessageContaining("ATTACK' is an event label, not an actor label");
        assertThatThrownBy(() -> registry.add(new ActorEntry(0, "س", "", "NOPE", List.of(), "", "", "")))
                .hasMessageContaining("not a label of the schema");
        assertThat(registry.count()).isZero();
    }

    @Test
    void idsAreUniqueAcrossActorsAndPlaces() {
        RegistryEntry actor = registry.add(coalition());
        RegistryEntry place = registry.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد", 33.3152, 44.3661, ""));
        assertThat(place.id()).isNotEqualTo(actor.id());
        assertThat(registry.find(place.id())).contains(place);
        assertThat(registry.find(actor.id())).contains(actor);
    }

    @Test
    void aCsvOfActorsComesInAndGoesOutUnchanged() throws Exception {
        Path csv = dir.resolve("actors.csv");
        Files.writeString(csv, "\uFEFFname,english_name,type,aliases,country,wikidata,note\r\n"
                + "التحالف الدولي,Global Coalition,COALITION_IGO,التحالف|قوات التحالف,,Q2529567,\"قائد: الولايات المتحدة, 2014\"\r\n"
                + "الحكومة العراقية,Government of Iraq,STATE_GOV,حكومة بغداد,irq,,\r\n", StandardCharsets.UTF_8);
        RegistryImport result = transfer.importCsv(csv, EntryKind.ACTOR);
        assertThat(result.problems()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        ActorEntry first = (ActorEntry) registry.entries().get(0);
        assertThat(first.aliases()).containsExactly("التحالف", "قوات التحالف");
        assertThat(first.note()).isEqualTo("قائد: الولايات المتحدة, 2014");
        assertThat(((ActorEntry) registry.entries().get(1)).country()).isEqualTo("IRQ");

        Path out = dir.resolve("out.csv");
        assertThat(transfer.exportCsv(out, EntryKind.ACTOR)).isEqualTo(2);
        assertThat(Files.readString(out)).startsWith("name,english_name,type,aliases,country,wikidata,note\r\n"
                + "التحالف الدولي,Global Coalition,COALITION_IGO,التحالف|قوات التحالف,,Q2529567,\"قائد: الولايات المتحدة, 2014\"\r\n");

        // into a second library: the same entries
        try (Library other = SqliteLibrary.open(dir.resolve("other.db"), true)) {
            new SchemaService(other).ensureSchema();
            RegistryService second = new RegistryService(other);
            assertThat(new RegistryTransfer(other, second).importCsv(out, EntryKind.ACTOR).added()).isEqualTo(2);
            assertThat(second.entries()).isEqualTo(registry.entries());
        }
        // the same file again adds nothing
        RegistryImport again = transfer.importCsv(out, EntryKind.ACTOR);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);
    }

    @Test
    void placesRoundTripWithTheirCoordinates() throws Exception {
        registry.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of("العاصمة العراقية"), "IRQ", "بغداد", 33.3152, 44.3661, ""));
        registry.add(new PlaceEntry(0, "الرقة", "Raqqa", List.of(), "SYR", "الرقة", null, null, ""));
        registry.add(new PlaceEntry(0, "بعيد", "", List.of(), "", "", -0.0001, -179.5, ""));
        StringWriter text = new StringWriter();
        transfer.write(text, EntryKind.PLACE);
        assertThat(text.toString()).contains("بغداد,Baghdad,العاصمة العراقية,IRQ,بغداد,33.3152,44.3661\r\n")
                .contains("الرقة,Raqqa,,SYR,الرقة,,\r\n").contains("بعيد,,,,,-0.0001,-179.5\r\n");
        Path csv = dir.resolve("places.csv");
        Files.writeString(csv, text.toString());
        try (Library other = SqliteLibrary.open(dir.resolve("other.db"), true)) {
            new SchemaService(other).ensureSchema();
            RegistryService second = new RegistryService(other);
            new RegistryTransfer(other, second).importCsv(csv, EntryKind.PLACE);
            assertThat(second.entries()).isEqualTo(registry.entries());
        }
    }

    @Test
    void aFileWithBadRowsIsReportedRowByRowAndNothingIsStored() throws Exception {
        registry.add(coalition());
        List<RegistryEntry> before = registry.entries();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "name,english_name,type,aliases,country,wikidata,note\n"
                + "الجيش العراقي,Iraqi Army,STATE_MIL,,IRQ,,\n"
                + "داعش,ISIS,NONSTATE_ARMED,تنظيم الدولة,Syria,,\n"
                + "حزب الله,Hezbollah,ATTACK,,LBN,,\n"
                + ",nameless,PERSON,,,,\n"
                + "الجيش العراقي,Iraqi Army,STATE_MIL,,IRQ,,\n"
                + "قسد,SDF,NONSTATE_ARMED,,SYR,Q1,extra\n");
        RegistryImport result = transfer.importCsv(csv, EntryKind.ACTOR);
        assertThat(result.added()).isZero();
        assertThat(result.problems()).containsExactly(
                csv + ":3: country 'Syria' is not an ISO 3166-1 alpha-3 code (three letters, e.g. IRQ, SYR, USA)",
                csv + ":5: an actor needs a name",
                csv + ":4: type 'ATTACK' is an event label, not an actor label",
                csv + ":6: «الجيش العراقي» repeats the entry of row 2");
        assertThat(registry.entries()).isEqualTo(before);
        assertThat(registry.canUndo()).as("the failed import is no step").isTrue();
        registry.undo();
        assertThat(registry.canUndo()).isFalse();
    }

    @Test
    void aFileWithTheWrongColumnsOrNotUtf8IsRefusedWithTheReason() throws Exception {
        Path csv = dir.resolve("wrong.csv");
        Files.writeString(csv, "name,type,alias\nبغداد,PERSON,\n");
        assertThat(transfer.importCsv(csv, EntryKind.ACTOR).problems()).singleElement().asString()
                .isEqualTo(csv + ":1: the header row must name the columns name,english_name,type,aliases,country,wikidata,note;"
                        + " missing: english_name, aliases, country, wikidata, note; unknown: alias");
        Files.write(csv, new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC7, (byte) 0xE1, '\n'}); // windows-1256
        assertThat(transfer.importCsv(csv, EntryKind.PLACE).problems()).singleElement().asString()
                .contains("not UTF-8 text");
        assertThat(registry.count()).isZero();
    }

    @Test
    void aSelectionSuggestsTheEntryOneOfWhoseNamesItIs() {
        RegistryEntry entry = registry.add(coalition());
        registry.add(new ActorEntry(0, "العراق", "Iraq", "STATE_GOV", List.of("الحكومة العراقية"), "IRQ", "", ""));
        RegistryNames names = new RegistryNames(registry.entries());
        assertThat(names.suggest("وبالتحالف")).containsExactly(entry);
        assertThat(names.suggest("لِلتَّحَالُفِ")).containsExactly(entry);
        assertThat(names.suggest("التحالف الدولي")).containsExactly(entry);
        assertThat(names.suggest("«التحالف»")).containsExactly(entry);
        assertThat(names.suggest("التحالفات")).isEmpty();
        assertThat(names.suggest("التحالف الجديد")).isEmpty();
        assertThat(names.suggest("دول التحالف")).isEmpty();
    }

    @Test
    void theSearchBoxFindsEntriesInBothLanguages() {
        RegistryEntry coalition = registry.add(coalition());
        RegistryEntry iraq = registry.add(new ActorEntry(0, "العراق", "Iraq", "STATE_GOV", List.of("الحكومة العراقية"), "IRQ", "", ""));
        RegistryEntry baghdad = registry.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد", 33.3, 44.4, ""));
        RegistryNames names = new RegistryNames(registry.entries());
        assertThat(names.search("")).containsExactly(coalition, iraq, baghdad);
        assertThat(names.search("coalition")).containsExactly(coalition);
        assertThat(names.search("التحالُف")).containsExactly(coalition);
        assertThat(names.search("التحا")).containsExactly(coalition);
        assertThat(names.search("irq")).containsExactly(iraq, baghdad);
        assertThat(names.search("العراق")).as("the exact name first").containsExactly(iraq);
        assertThat(names.search("عراق")).containsExactly(iraq);
        assertThat(names.search("q2529567")).containsExactly(coalition);
        assertThat(names.search("dunno")).isEmpty();
    }

    @Test
    void allOccurrencesAreProposedAcceptedLinkedAndUndone() {
        RegistryEntry entry = registry.add(coalition());
        OccurrenceFinder finder = new OccurrenceFinder(library, registry);
        List<Occurrence> proposals = finder.find(entry, null);
        assertThat(proposals).extracting(o -> o.articleId() + " " + o.hit().matchedText()).containsExactly(
                coalitionArticle + " التحالف الدولي", coalitionArticle + " التحالف الدولي", coalitionArticle + " بالتحالف",
                ministerialArticle + " للتحالف الدولي", ministerialArticle + " لِلتَّحَالُفِ");
        Occurrence first = proposals.get(0);
        assertThat(COALITION.substring(first.start(), first.end())).isEqualTo("التحالف الدولي");
        assertThat(finder.find(entry, ministerialArticle)).hasSize(2);

        // one already a span of the actor's label: it is linked, not made twice
        ArticleAnnotator annotator = new AnnotationService(library, "amal", CLOCK).open(coalitionArticle);
        Span existing = annotator.createSpan("COALITION_IGO", first.start(), first.end()).span();
        OccurrenceFinder.Accepted accepted = finder.accept(entry, finder.find(entry, null), "amal", CLOCK);
        assertThat(accepted.created()).isEqualTo(4);
        assertThat(accepted.linked()).isEqualTo(1);
        assertThat(registry.countLinks(entry.id())).isEqualTo(5);
        assertThat(registry.entryOf(existing.id())).contains(entry.id());
        assertThat(library.spans().count()).isEqualTo(5);
        assertThat(library.spans().findByArticle(ministerialArticle)).extracting(Span::text, Span::labelId, Span::annotator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("للتحالف الدولي", "COALITION_IGO", "amal"),
                        org.assertj.core.groups.Tuple.tuple("لِلتَّحَالُفِ", "COALITION_IGO", "amal"));
        assertThat(finder.find(entry, null)).as("nothing left to propose").isEmpty();
        assertThatThrownBy(() -> registry.delete(entry.id())).hasMessageContaining("5 spans link to it");

        registry.undo();
        assertThat(library.spans().count()).isEqualTo(1);
        assertThat(registry.countLinks(entry.id())).isZero();
        assertThat(library.spans().find(existing.id())).isPresent();
        registry.redo();
        assertThat(library.spans().count()).isEqualTo(5);
        assertThat(registry.countLinks(entry.id())).isEqualTo(5);
    }

    @Test
    void linkingSurvivesSpanUndoAndGoesWithADeletedSpan() {
        RegistryEntry entry = registry.add(coalition());
        ArticleAnnotator annotator = new AnnotationService(library, "amal", CLOCK).open(coalitionArticle);
        Span span = annotator.createSpan("STATE_GOV", 16, 23).span();
        registry.link(span.id(), entry.id());
        annotator.changeLabel(span.id(), "COALITION_IGO");
        annotator.undo(); // writes the span back with INSERT OR REPLACE
        assertThat(registry.entryOf(span.id())).contains(entry.id());
        registry.undo();
        assertThat(registry.entryOf(span.id())).isEmpty();
        registry.redo();
        assertThat(registry.entryOf(span.id())).contains(entry.id());
        annotator.deleteSpan(span.id());
        assertThat(registry.entryOf(span.id())).isEmpty();
        assertThat(registry.countLinks(entry.id())).isZero();
    }

    @Test
    void addEditDeleteAreUndoneAndRedone() {
        RegistryEntry added = registry.add(coalition());
        ActorEntry edited = new ActorEntry(added.id(), "التحالف الدولي ضد داعش", "Global Coalition", "COALITION_IGO",
                List.of("التحالف"), "", "Q2529567", "");
        registry.update(edited);
        registry.delete(added.id());
        assertThat(registry.count()).isZero();
        registry.undo();
        assertThat(registry.find(added.id())).contains(edited);
        registry.undo();
        assertThat(registry.find(added.id())).contains(added);
        registry.undo();
        assertThat(registry.count()).isZero();
        registry.redo();
        registry.redo();
        assertThat(registry.find(added.id())).contains(edited);
        assertThatThrownBy(() -> registry.update(new PlaceEntry(added.id(), "س", "", List.of(), "", "", null, null, "")))
                .hasMessageContaining("cannot become a place");
    }

    @Test
    void aDuplicateIsTheSameSpellingAndTypeOrTheSameWikidataId() {
        RegistryEntry coalition = registry.add(coalition());
        RegistryEntry baghdad = registry.add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "بغداد", 33.3, 44.4, ""));
        // ي written ى, a diacritic and a tatweel: the same name as search sees it
        assertThat(registry.duplicateOf(new ActorEntry(0, "التحالـف الدولىّ", "", "COALITION_IGO", List.of(), "", "", "")))
                .contains(coalition);
        assertThat(registry.duplicateOf(new ActorEntry(0, "التحالف الدولي", "", "NONSTATE_ARMED", List.of(), "", "", "")))
                .as("another type").isEmpty();
        assertThat(registry.duplicateOf(new ActorEntry(0, "تحالف آخر", "", "PERSON", List.of(), "", "q2529567", "")))
                .as("the same Wikidata id").contains(coalition);
        assertThat(registry.duplicateOf(new ActorEntry(0, "التحالف الدولي", "", "COALITION_IGO", List.of(), "", "Q1", "")))
                .as("same name and type, but another Wikidata id: two entries").isEmpty();
        assertThat(registry.duplicateOf(coalition)).as("an entry is not its own duplicate").isEmpty();
        assertThat(registry.duplicateOf(new PlaceEntry(0, "بغداد", "", List.of(), "IRQ", "بغداد", null, null, "")))
                .contains(baghdad);
        assertThat(registry.duplicateOf(new PlaceEntry(0, "بغداد", "", List.of(), "USA", "", null, null, "")))
                .as("another country").isEmpty();
        assertThat(registry.duplicateOf(new ActorEntry(0, "بغداد", "", "STATE_GOV", List.of(), "IRQ", "", "")))
                .as("an actor is no duplicate of a place").isEmpty();
    }
}
