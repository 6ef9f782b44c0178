package org.hashiya.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hashiya.bench.SpanBulkWriter;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.ArticleMetadata;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.ImportRecord;
import org.hashiya.domain.NewArticle;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.PlaceEntry;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.service.merge.MergeServiceTest;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.hashiya.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge killed with SIGKILL at a random step inside its transaction leaves MINE exactly as it
 * was (every article, span with its UUID, annotation, coding, label, event with its arguments and
 * incident, registry entry and span link) and passing SQLite's integrity check; the last round is
 * killed after THEIRS' events and registry entries were written, before the commit. The next merge
 * then brings everything.
 */
class MergeKillTest {
    static final int ARTICLES = 1200;
    static final int ROUNDS = 2;
    static final int SPANS = 6;
    /** An event on every tenth article, five events to an incident. */
    static final int EVENT_EVERY = 10;
    static final int EVENTS_PER_INCIDENT = 5;

    @TempDir
    Path dir;

    private static void library(Path file, String annotator, int from, int to) throws Exception {
        List<NewSpan> spans = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (Library lib = SqliteLibrary.open(file, true)) {
            new SchemaService(lib).ensureSchema();
            List<NewArticle> articles = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String text = "مقال رقم " + i + " عن التحالف الدولي في بغداد.\n" + "سطر ثان ".repeat(20);
                articles.add(new NewArticle(text, new ArticleMetadata("مقال " + i, "", "", ""),
                        new ImportRecord("", "UTF-8", Instant.now(), TextHash.sha256(text))));
            }
            for (var added : lib.articles().addAll(articles)) {
                ids.add(added.id());
                for (int k = 0; k < SPANS; k++) {
                    String label = k == SPANS - 1 ? "ATTACK" : k % 2 == 0 ? "LOCATION" : "COALITION_IGO";
                    spans.add(new NewSpan(added.id(), label, k, k + 4, "xxxx", annotator, "", Instant.now()));
                }
            }
        }
        SpanBulkWriter.write(file, spans);
        eventsAndRegistry(file, ids);
    }

    /**
     * On every tenth article an attack event (its ATTACK span the trigger, a LOCATION span the
     * place, a COALITION_IGO span the attacker), five events to an incident; two registry entries
     * with the attacker and place spans linked to them.
     */
    private static void eventsAndRegistry(Path file, List<Long> articles) {
        try (Library lib = SqliteLibrary.open(file, false)) {
            RegistryEntry coalition = lib.registry().add(new ActorEntry(0, "التحالف الدولي", "", "COALITION_IGO",
                    List.of("التحالف"), "", "Q1", ""));
            RegistryEntry baghdad = lib.registry().add(new PlaceEntry(0, "بغداد", "Baghdad", List.of(), "IRQ", "", null,
                    null, ""));
            List<Event> events = new ArrayList<>();
            long incident = 0;
            for (int i = 0; i < articles.size(); i += EVENT_EVERY) {
                Map<String, Span> byLabel = new HashMap<>();
                lib.spans().findByArticle(articles.get(i)).forEach(sp -> byLabel.putIfAbsent(sp.labelId(), sp));
                Event event = lib.events().add(articles.get(i), byLabel.get("ATTACK").id(), EventAttributes.NONE)
                        .withArgument(new EventArgument("Place", byLabel.get("LOCATION").id()))
                        .withArgument(new EventArgument("Attacker", byLabel.get("COALITION_IGO").id()));
                if (events.size() % EVENTS_PER_INCIDENT == 0) {
                    incident = lib.events().newIncident(Instant.now());
                }
                events.add(event.withIncident(incident));
                lib.registry().link(byLabel.get("COALITION_IGO").id(), coalition.id());
                lib.registry().link(byLabel.get("LOCATION").id(), baghdad.id());
            }
            lib.events().write(events, List.of());
        }
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    @Test
    void aMergeKilledMidWayLeavesMineExactlyAsItWas() throws Exception {
        Path mine = dir.resolve("mine.db");
        Path theirs = dir.resolve("theirs.db");
        library(mine, "amal", 0, ARTICLES / 2);
        library(theirs, "omar", ARTICLES / 4, ARTICLES);
        List<String> before = MergeServiceTest.everything(mine);
        Random random = new Random(20261202);
        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ChildJava child = ChildJava.start(MergeChild.class, ChildJava.Options.plain(), mine.toString(), theirs.toString());
            // of 4; the last comes after their events and registry entries are in (and before the commit)
            int step = round == ROUNDS - 1 ? 4 : 1 + random.nextInt(3);
            assertThat(child.awaitLine("progress", 60_000)).as(child.stderr()).isTrue();
            while (child.lines().stream().filter(l -> l.startsWith("progress")).count() < step && child.isAlive()) {
                Thread.sleep(2);
            }
            child.kill();
            assertThat(child.printed("merged")).as("killed before the end (round %d)", round).isFalse();
            killed++;
            assertThat(integrity(mine)).isEqualTo("ok");
            assertThat(MergeServiceTest.everything(mine)).as("round %d: MINE exactly as before", round).isEqualTo(before);
        }
        ChildJava again = ChildJava.start(MergeChild.class, ChildJava.Options.plain(), mine.toString(), theirs.toString());
        assertThat(again.waitFor()).as(again.stderr()).isZero();
        List<String> after = MergeServiceTest.everything(mine);
        assertThat(after).containsAll(before);
        assertThat(after.stream().filter(l -> l.startsWith("span ")).count()).isEqualTo((ARTICLES / 2 + ARTICLES * 3 / 4) * (long) SPANS);
        long events = ARTICLES / 2 / EVENT_EVERY + ARTICLES * 3 / 4 / EVENT_EVERY; // MINE's, then THEIRS'
        assertThat(before.stream().filter(l -> l.startsWith("event ")).count()).isEqualTo(ARTICLES / 2 / EVENT_EVERY);
        assertThat(after.stream().filter(l -> l.startsWith("event ")).count()).isEqualTo(events);
        assertThat(after.stream().filter(l -> l.startsWith("argument ")).count()).isEqualTo(2 * events);
        assertThat(after.stream().filter(l -> l.startsWith("incident ")).count()).isEqualTo(events / EVENTS_PER_INCIDENT);
        assertThat(after.stream().filter(l -> l.startsWith("link ")).count()).isEqualTo(2 * events);
        assertThat(after.stream().filter(l -> l.startsWith("entry ")).count()).as("the same two entries").isEqualTo(2);
        System.out.printf("[faults] merge: %d SIGKILLs inside the merge transaction, MINE unchanged after each;"
                + " the next merge brought all%n", killed);
    }
}
