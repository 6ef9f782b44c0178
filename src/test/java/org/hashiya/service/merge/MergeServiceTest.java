package org.hashiya.service.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hashiya.TestArticles;
import org.hashiya.domain.ArticleAnnotation;
import org.hashiya.domain.ArticleCoding;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.ArticleStatus;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.EventType;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Relevance;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanFilter;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.store.LibraryMerge;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging coders' libraries: everything of both present afterwards, nothing twice, clashes kept apart. */
public class MergeServiceTest {
    static final String SHARED = "قصفت الطائرات مدينة الموصل صباح اليوم.";
    static final String ONLY_MINE = "اجتمع الوزير بنظيره في بغداد.";
    static final String ONLY_THEIRS = "أعلن الجيش سيطرته على البلدة بعد معارك عنيفة.";
    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    /** MINE: amal annotated the shared article and one of her own; her status, tags and note on the shared one. */
    Path mine() {
        Path file = dir.resolve("mine.db");
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            long own = TestArticles.add(lib, "لي", ONLY_MINE);
            lib.spans().add(new NewSpan(shared, "ATTACK", 0, 4, "قصفت", "amal", "", T0));
            lib.spans().add(new NewSpan(shared, "LOCATION", 20, 26, "الموصل", "amal", "", T0));
            lib.spans().add(new NewSpan(own, "MEET", 0, 5, "اجتمع", "amal", "", T0));
            lib.articleAnnotations().save(new ArticleAnnotation(shared, ArticleStatus.DONE, Relevance.RELEVANT,
                    List.of("عراق"), "ملاحظتي"));
        }
        return file;
    }

    /** THEIRS: omar annotated the shared article (one span as amal's) and one MINE lacks; his own status and note. */
    Path theirs(String name) {
        Path file = dir.resolve(name);
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك عنده", SHARED);
            long other = TestArticles.add(lib, "له", ONLY_THEIRS);
            lib.spans().add(new NewSpan(shared, "ATTACK", 0, 4, "قصفت", "omar", "", T0));
            lib.spans().add(new NewSpan(shared, "LOCATION", 14, 26, "مدينة الموصل", "omar", "بالمدينة", T0));
            lib.spans().add(new NewSpan(other, "TERRITORY_CHANGE", 5, 10, "الجيش", "omar", "", T0));
            lib.spans().add(new NewSpan(other, "STATE_MIL", 5, 10, "الجيش", "", "", T0)); // no annotator: the owner's
            lib.articleAnnotations().save(new ArticleAnnotation(shared, ArticleStatus.IN_PROGRESS, Relevance.NOT_RELEVANT,
                    List.of("موصل", "غارة"), "رأيي"));
        }
        return file;
    }

    /**
     * Everything a coder would miss if it were lost: spans with identity, article texts and
     * annotations, events (by their trigger's UUID) with arguments and incidents, event roles,
     * registry entries and the spans linked to them. Library ids are left out: they differ between
     * libraries.
     */
    public static List<String> everything(Library lib) {
        List<String> all = new ArrayList<>();
        Map<Long, RegistryEntry> entries = new HashMap<>();
        for (RegistryEntry entry : lib.registry().listAll()) {
            entries.put(entry.id(), entry);
            all.add("entry " + entry.withId(0));
        }
        Map<Long, String> uuids = new HashMap<>();
        lib.selection().forEachArticle(SpanFilter.ALL, a -> {
            a.spans().forEach(s -> uuids.put(s.id(), s.uuid()));
            lib.registry().linksOfArticle(a.article().id()).forEach((span, entry) ->
                    all.add("link " + uuids.get(span) + " " + entries.get(entry).identity()));
            all.add("article " + a.article().importRecord().sha256() + " " + a.article().metadata().title() + " "
                    + a.annotation().status() + " " + a.annotation().relevance() + " " + a.annotation().tags() + " "
                    + a.annotation().note());
            for (Span s : a.spans()) {
                all.add("span " + s.uuid() + " " + a.article().importRecord().sha256() + " " + s.labelId() + " "
                        + s.start() + "-" + s.end() + " " + s.annotator() + " " + s.note() + " " + s.text());
            }
            for (ArticleCoding c : lib.articleAnnotations().codingsOf(a.article().id())) {
                all.add("coding " + a.article().importRecord().sha256() + " " + c.annotator() + " "
                        + c.annotation().status() + " " + c.annotation().relevance() + " " + c.annotation().tags() + " "
                        + c.annotation().note());
            }
        });
        for (SpanLabel label : lib.labels().schema().labels()) {
            all.add("label " + label.id() + " " + label.kind() + " " + label.colour() + " " + label.shortcut() + " "
                    + label.arabicName());
        }
        for (EventType type : lib.labels().schema().eventTypes()) {
            for (EventRole role : type.roles()) {
                all.add("role " + type.labelId() + " " + role.shortForm() + " " + role.fillers());
            }
        }
        Map<Long, TreeSet<String>> incidents = new TreeMap<>();
        lib.events().forEach(e -> {
            String trigger = uuids.get(e.triggerSpanId());
            all.add("event " + trigger + " " + e.attributes());
            for (EventArgument argument : e.arguments()) {
                all.add("argument " + trigger + " " + argument.role() + " " + uuids.get(argument.fillerSpanId()));
            }
            if (e.incidentId() != 0) {
                incidents.computeIfAbsent(e.incidentId(), k -> new TreeSet<>()).add(trigger);
            }
        });
        incidents.values().forEach(triggers -> all.add("incident " + triggers));
        return all;
    }

    public static List<String> everything(Path file) {
        try (Library lib = SqliteLibrary.open(file, false)) {
            return everything(lib);
        }
    }

    @Test
    void everythingOfBothIsThereAfterwardsAndMergingAgainAddsNothing() throws Exception {
        Path mine = mine();
        Path theirs = theirs("omar.db");
        List<String> mineBefore = everything(mine);
        List<String> theirsBefore = everything(theirs);
        byte[] theirBytes = Files.readAllBytes(theirs);
        MergeReport report;
        List<Double> fractions = new ArrayList<>();
        try (Library lib = SqliteLibrary.open(mine, false)) {
            report = new MergeService(lib).merge(List.of(theirs), (what, fraction) -> fractions.add(fraction));
        }
        LibraryMerge.Outcome o = report.outcomes().get(0);
        assertThat(o.owner()).isEqualTo("omar");
        assertThat(o.newArticles()).isEqualTo(1);
        assertThat(o.matchedArticles()).isEqualTo(1);
        assertThat(o.spansAdded()).isEqualTo(4);
        assertThat(o.codingsAdded()).isEqualTo(1);
        assertThat(o.labelsAdded()).isEmpty();
        assertThat(report.addedNothing()).isFalse();
        assertThat(fractions).last().isEqualTo(1.0);
        assertThat(Files.readAllBytes(theirs)).as("the source is never written").isEqualTo(theirBytes);

        List<String> after = everything(mine);
        assertThat(after).as("nothing of MINE changed or lost").containsAll(mineBefore);
        // every span of theirs is here with its UUID, the unnamed one under the owner's name
        for (String line : theirsBefore) {
            if (line.startsWith("span ")) {
                String expected = line.replace("STATE_MIL 5-10  ", "STATE_MIL 5-10 omar ");
                assertThat(after).contains(expected);
            }
        }
        assertThat(after).filteredOn(l -> l.startsWith("article ")).hasSize(3)
                .anyMatch(l -> l.contains(" له NEW UNSET [] ")); // their article, with its title; MINE's own annotation unset
        assertThat(after).contains("coding " + org.hashiya.text.TextHash.sha256(SHARED)
                + " omar IN_PROGRESS NOT_RELEVANT [غارة, موصل] رأيي");

        try (Library lib = SqliteLibrary.open(mine, false)) {
            MergeReport again = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            assertThat(again.addedNothing()).isTrue();
            assertThat(again.lines()).last().asString().startsWith("Nothing new");
            assertThat(again.outcomes().get(0).spansAlreadyThere()).isEqualTo(4);
            assertThat(again.outcomes().get(0).codingsAlreadyThere()).isEqualTo(1);
        }
        assertThat(everything(mine)).isEqualTo(after);
    }

    /** Adds an event on the span of {@code trigger} with the given role fillers (role, span, role, span...). */
    static Event event(Library lib, Span trigger, EventAttributes attributes, Object... roleAndFiller) {
        Event event = lib.events().add(trigger.articleId(), trigger.id(), attributes);
        for (int i = 0; i < roleAndFiller.length; i += 2) {
            event = event.withArgument(new EventArgument((String) roleAndFiller[i], ((Span) roleAndFiller[i + 1]).id()));
        }
        lib.events().put(event);
        return event;
    }

    static Span span(Library lib, long article, String label, int start, int end, String annotator) {
        return lib.spans().add(new NewSpan(article, label, start, end, SHARED.substring(start, end), annotator, "", T0));
    }

    @Test
    void eventsIncidentsAndRegistryEntriesComeInOnceAndPointToMine() throws Exception {
        Path mine = dir.resolve("mine.db");
        try (Library lib = SqliteLibrary.open(mine, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            Span attack = span(lib, shared, "ATTACK", 0, 4, "amal");
            Span place = span(lib, shared, "LOCATION", 20, 26, "amal");
            event(lib, attack, EventAttributes.NONE, "Place", place);
            // the same army under another spelling, known by its Wikidata id; the same city by name
            lib.registry().add(new ActorEntry(0, "جيش العراق", "Iraqi Army", "STATE_MIL", List.of(), "IRQ", "Q1", ""));
            RegistryEntry mosul = lib.registry().add(new PlaceEntry(0, "الموصل", "Mosul", List.of("نينوى"), "IRQ", "",
                    null, null, ""));
            lib.registry().link(place.id(), mosul.id());
        }
        Path theirs = dir.resolve("omar.db");
        try (Library lib = SqliteLibrary.open(theirs, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            long other = TestArticles.add(lib, "له", ONLY_THEIRS);
            Span attack = span(lib, shared, "ATTACK", 0, 4, "omar");
            Span city = span(lib, shared, "LOCATION", 14, 26, "omar");
            Span sameAsAmals = span(lib, shared, "LOCATION", 20, 26, "amal"); // her span, without her UUID
            Span winner = lib.spans().add(new NewSpan(other, "STATE_MIL", 5, 10, "الجيش", "omar", "", T0));
            Span change = lib.spans().add(new NewSpan(other, "TERRITORY_CHANGE", 11, 17, "سيطرته", "omar", "", T0));
            Event strike = event(lib, attack, new EventAttributes("2026-11-01", EventAttributes.Precision.DAY,
                    "reported", null, null, 3, null, "غارة"), "Place", city, "Place", sameAsAmals);
            Event taken = event(lib, change, EventAttributes.NONE, "Winner", winner);
            long incident = lib.events().newIncident(T0);
            lib.events().write(List.of(strike.withIncident(incident), taken.withIncident(incident)), List.of());
            RegistryEntry army = lib.registry().add(new ActorEntry(0, "الجيش", "", "STATE_MIL", List.of(), "", "Q1", ""));
            RegistryEntry mosul = lib.registry().add(new PlaceEntry(0, "الموصل", "", List.of(), "IRQ", "", null, null, ""));
            RegistryEntry town = lib.registry().add(new PlaceEntry(0, "البلدة", "", List.of(), "IRQ", "", null, null, ""));
            lib.registry().link(winner.id(), army.id());
            lib.registry().link(city.id(), mosul.id());
            lib.registry().link(sameAsAmals.id(), town.id()); // MINE linked her span already: hers stays
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + theirs); Statement st = c.createStatement()) {
            st.execute("INSERT INTO event_role (label_id, name, position, required, repeatable, fillers)"
                    + " VALUES ('ATTACK', 'Weapon', 50, 0, 1, 'LOCATION other')");
        }
        List<String> mineBefore = everything(mine);
        List<String> theirsBefore = everything(theirs);
        MergeReport report;
        try (Library lib = SqliteLibrary.open(mine, false)) {
            report = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
        }
        LibraryMerge.Outcome o = report.outcomes().get(0);
        assertThat(o.events()).isEqualTo(new LibraryMerge.EventsOutcome(2, 0, 3, 1, List.of("ATTACK.Weapon")));
        assertThat(o.registry()).isEqualTo(new LibraryMerge.RegistryOutcome(1, 2, 2));
        assertThat(report.lines().get(0)).contains("2 events added, 0 already here, 3 event arguments added, 1 incident added")
                .contains("1 registry entry added, 2 already here, 2 span links to entries added")
                .contains("event roles added: ATTACK.Weapon");

        List<String> after = everything(mine);
        assertThat(after).as("nothing of MINE changed or lost").containsAll(mineBefore);
        assertThat(theirsBefore).filteredOn(l -> l.startsWith("event ") || l.startsWith("incident ") || l.startsWith("role "))
                .hasSizeGreaterThan(3).allSatisfy(l -> assertThat(after).contains(l));
        assertThat(after).filteredOn(l -> l.startsWith("argument ")).hasSize(4);
        assertThat(after).filteredOn(l -> l.startsWith("entry ")).hasSize(3); // the army and Mosul were MINE's
        assertThat(after).filteredOn(l -> l.startsWith("link ")).hasSize(3);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            Map<String, Span> byUuid = new HashMap<>();
            lib.spans().listAll().forEach(sp -> byUuid.put(sp.annotator() + " " + sp.labelId() + " " + sp.start(), sp));
            Span herPlace = byUuid.get("amal LOCATION 20");
            Span omarsAttack = byUuid.get("omar ATTACK 0");
            Event strike = lib.events().findByArticle(omarsAttack.articleId()).stream()
                    .filter(e -> e.triggerSpanId() == omarsAttack.id()).findFirst().orElseThrow();
            assertThat(strike.attributes().fatalities()).isEqualTo(3);
            assertThat(strike.arguments()).extracting(EventArgument::fillerSpanId)
                    .as("their copy of her span is her span here").contains(herPlace.id());
            assertThat(lib.registry().find(lib.registry().entryOf(herPlace.id()).orElseThrow()).orElseThrow().englishName())
                    .as("her link stays").isEqualTo("Mosul");
            assertThat(lib.registry().find(lib.registry().entryOf(byUuid.get("omar STATE_MIL 5").id()).orElseThrow())
                    .orElseThrow().name()).as("matched by Wikidata id").isEqualTo("جيش العراق");
            assertThat(lib.labels().schema().eventTypes()).filteredOn(t -> t.labelId().equals("ATTACK")).singleElement()
                    .satisfies(t -> assertThat(t.roles()).last().extracting(EventRole::shortForm).isEqualTo("Weapon*"));

            MergeReport again = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            assertThat(again.addedNothing()).as(again.lines().toString()).isTrue();
            assertThat(again.outcomes().get(0).events()).isEqualTo(new LibraryMerge.EventsOutcome(0, 2, 0, 0, List.of()));
            assertThat(again.lines().get(0)).contains("2 events, 3 registry entries are here already");
        }
        assertThat(everything(mine)).isEqualTo(after);
    }

    @Test
    void anEventMergedBackIsNotDuplicatedAndGainsOnlyWhatItLacked() throws Exception {
        Path mine = dir.resolve("mine.db");
        Span attack;
        Span place;
        try (Library lib = SqliteLibrary.open(mine, true)) {
            new SchemaService(lib).ensureSchema();
            long shared = TestArticles.add(lib, "مشترك", SHARED);
            attack = span(lib, shared, "ATTACK", 0, 4, "amal");
            place = span(lib, shared, "LOCATION", 20, 26, "amal");
            event(lib, attack, EventAttributes.NONE, "Place", place);
        }
        // omar works on a copy of MINE (same span UUIDs): he adds a role filler and an incident
        Path theirs = dir.resolve("omar.db");
        Files.copy(mine, theirs);
        try (Library lib = SqliteLibrary.open(theirs, false)) {
            Span city = span(lib, attack.articleId(), "LOCATION", 14, 26, "omar");
            Event event = lib.events().findByArticle(attack.articleId()).get(0);
            lib.events().put(event.withArgument(new EventArgument("Target", city.id()))
                    .withAttributes(new EventAttributes("", null, null, null, null, null, null, "رأيه")).withIncident(lib.events().newIncident(T0)));
        }
        List<String> mineBefore = everything(mine);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            MergeReport report = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            assertThat(report.outcomes().get(0).events()).isEqualTo(new LibraryMerge.EventsOutcome(0, 1, 1, 1, List.of()));
            assertThat(lib.events().count()).isEqualTo(1);
            Event event = lib.events().findByArticle(attack.articleId()).get(0);
            assertThat(event.arguments()).extracting(EventArgument::role).containsExactly("Place", "Target");
            assertThat(event.attributes().note()).as("MINE's attributes stay").isEmpty();
            assertThat(event.incidentId()).isNotZero();
            assertThat(new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE).addedNothing()).isTrue();
        }
        List<String> after = everything(mine);
        assertThat(after).containsAll(mineBefore);
        assertThat(after).filteredOn(l -> l.startsWith("event ")).hasSize(1);
    }

    @Test
    void aLabelOfAnotherKindIsKeptApartAndALabelMineLacksIsAdded() throws Exception {
        Path mine = mine();
        Path theirs = theirs("omar.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + theirs); Statement st = c.createStatement()) {
            st.execute("UPDATE label SET kind = 'actor', colour = '#000000', shortcut = '' WHERE id = 'ATTACK'");
            st.execute("INSERT INTO label (id, arabic_name, english_name, kind, colour, shortcut, position)"
                    + " VALUES ('FLOOD', 'فيضان', 'Flood', 'event', '#123456', 'f', 99)"); // MINE's ATTACK has 'f'
            st.execute("UPDATE span SET label_id = 'FLOOD' WHERE label_id = 'TERRITORY_CHANGE'");
        }
        List<String> mineBefore = everything(mine);
        MergeReport report;
        try (Library lib = SqliteLibrary.open(mine, false)) {
            report = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            assertThat(lib.labels().schema().byId("ATTACK_ACTOR")).get().extracting(l -> l.kind().id()).isEqualTo("actor");
            assertThat(lib.labels().schema().byId("FLOOD")).get().extracting(SpanLabel::shortcut).isEqualTo("");
            List<Span> spans = lib.spans().listAll();
            assertThat(spans).filteredOn(s -> s.annotator().equals("omar")).extracting(Span::labelId)
                    .contains("ATTACK_ACTOR", "FLOOD").doesNotContain("ATTACK");
            assertThat(spans).filteredOn(s -> s.annotator().equals("amal")).extracting(Span::labelId).contains("ATTACK");
        }
        assertThat(report.clashes()).containsExactly(new LibraryMerge.LabelClash("ATTACK", "event", "actor", "ATTACK_ACTOR"));
        assertThat(report.outcomes().get(0).labelsAdded()).containsExactly("ATTACK_ACTOR", "FLOOD");
        assertThat(report.lines()).anyMatch(l -> l.contains("label ATTACK is event here but actor in omar.db")
                && l.contains("ATTACK_ACTOR"));
        assertThat(everything(mine)).containsAll(mineBefore);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            MergeReport again = new MergeService(lib).merge(List.of(theirs), MergeService.Listener.NONE);
            assertThat(again.addedNothing()).as(again.lines().toString()).isTrue();
            assertThat(again.clashes()).hasSize(1); // still told, but the same label is used again
        }
    }

    @Test
    void twoCodersAtOnceAndAnOlderLibraryReadFromAMigratedCopy() throws Exception {
        Path mine = mine();
        Path omar = theirs("omar.db");
        Path huda = theirs("huda.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + huda); Statement st = c.createStatement()) {
            st.execute("UPDATE span SET annotator = 'huda' WHERE annotator = 'omar'");
            // as an older Hashiya left it: schema 5, no span UUIDs, no codings
            st.execute("DROP TRIGGER span_uuid_missing");
            st.execute("DROP INDEX span_uuid");
            st.execute("ALTER TABLE span DROP COLUMN uuid");
            st.execute("DROP TABLE article_coding");
            // and without what later versions added (events: 7, registry: 8, event review indexes: 10
            // with their table, the review filter index: 12, the event attribute values: 14)
            for (String later : new String[] {"INDEX IF EXISTS span_label_annotator", "TRIGGER IF EXISTS span_event_forget", "TABLE IF EXISTS event_argument",
                    "TABLE IF EXISTS event", "TABLE IF EXISTS incident", "TABLE IF EXISTS event_role",
                    "TRIGGER IF EXISTS span_entry_forget", "TABLE IF EXISTS span_entry", "TABLE IF EXISTS registry_entry",
                    "TABLE IF EXISTS event_attribute_value"}) {
                st.execute("DROP " + later);
            }
            st.execute("PRAGMA user_version = 5");
        }
        byte[] hudaBytes = Files.readAllBytes(huda);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            MergeReport report = new MergeService(lib).merge(List.of(omar, huda), MergeService.Listener.NONE);
            assertThat(report.outcomes()).extracting(LibraryMerge.Outcome::owner).containsExactly("omar", "huda");
            assertThat(report.outcomes().get(1).newArticles()).isZero(); // omar brought it a moment before
            assertThat(report.outcomes().get(1).spansAdded()).isEqualTo(4);
            TreeSet<String> annotators = new TreeSet<>();
            lib.spans().listAll().forEach(s -> annotators.add(s.annotator()));
            assertThat(annotators).containsExactly("amal", "huda", "omar");
            assertThat(lib.spans().listAll()).extracting(Span::uuid).doesNotHaveDuplicates().noneMatch(String::isEmpty);
        }
        assertThat(Files.readAllBytes(huda)).as("the older file is not migrated in place").isEqualTo(hudaBytes);
    }

    @Test
    void aFileThatIsNotALibraryOrIsNewerIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path mine = mine();
        Path good = theirs("omar.db");
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "not a library at all");
        Path newer = theirs("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x)");
        }
        List<String> before = everything(mine);
        try (Library lib = SqliteLibrary.open(mine, false)) {
            MergeService merge = new MergeService(lib);
            assertThatThrownBy(() -> merge.merge(List.of(good, text), MergeService.Listener.NONE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("notes.db is not a Hashiya library");
            assertThatThrownBy(() -> merge.merge(List.of(good, newer), MergeService.Listener.NONE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("newer version of Hashiya");
            assertThatThrownBy(() -> merge.merge(List.of(other), MergeService.Listener.NONE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("another program");
            assertThatThrownBy(() -> merge.merge(List.of(mine), MergeService.Listener.NONE))
                    .isInstanceOf(LibraryException.class).hasMessageContaining("the library being merged into");
        }
        assertThat(everything(mine)).isEqualTo(before);
    }
}
