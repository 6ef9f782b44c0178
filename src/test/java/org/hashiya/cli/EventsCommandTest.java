package org.hashiya.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.ArticleAnnotator;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {
    private static final String TEXT = "قصفت الطائرات مواقع في حلب، وقال الوزير إن الهجوم مدان.";

    @TempDir
    Path dir;

    @Test
    void oneLinePerFilledRoleOrderedByArticleTriggerAndRoleAndOneForAnEventWithout() {
        // the last field is the filler's registry entry (canonical_entry), empty for an unlinked filler
        Path file = dir.resolve("lib.db");
        long article;
        Event attack;
        Event statement;
        Span planes;
        Span aleppo;
        long airForce;
        try (Library library = SqliteLibrary.open(file, true)) {
            new SchemaService(library).ensureSchema();
            article = TestArticles.add(library, "حلب", TEXT);
            ArticleAnnotator a = new AnnotationService(library, "mona").open(article);
            Span said = span(a, "STATEMENT", "وقال");
            Span hit = span(a, "ATTACK", "قصفت");
            planes = span(a, "STATE_MIL", "الطائرات");
            aleppo = span(a, "LOCATION", "حلب");
            statement = a.createEvent(said.id()).after();
            attack = a.createEvent(hit.id()).after();
            a.fillRole(attack.id(), "Place", aleppo.id());
            a.fillRole(attack.id(), "Attacker", planes.id());
            airForce = library.registry().add(new org.hashiya.domain.ActorEntry(0, "القوات الجوية السورية", "Syrian Air Force",
                    "STATE_MIL", java.util.List.of("الطائرات السورية"), "SYR", "", "")).id();
            library.registry().link(planes.id(), airForce);
        }

        CliRun run = CliRun.of("events", "--db", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                String.join("\t", "" + attack.id(), "" + article, "ATTACK", "قصفت", "Attacker", "" + planes.id(), "STATE_MIL", "الطائرات", "" + airForce),
                String.join("\t", "" + attack.id(), "" + article, "ATTACK", "قصفت", "Place", "" + aleppo.id(), "LOCATION", "حلب", ""),
                String.join("\t", "" + statement.id(), "" + article, "STATEMENT", "وقال", "", "", "", "", ""));
        assertThat(CliRun.of("events", "--db", file.toString(), "99").err()).contains("no article 99");
    }

    private static Span span(ArticleAnnotator a, String label, String part) {
        int start = TEXT.indexOf(part);
        return a.createSpan(label, start, start + part.length()).span();
    }
}
