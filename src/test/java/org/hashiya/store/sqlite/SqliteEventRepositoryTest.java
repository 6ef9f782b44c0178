package org.hashiya.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.Event;
import org.hashiya.domain.EventArgument;
import org.hashiya.domain.EventAttributes;
import org.hashiya.domain.NewSpan;
import org.hashiya.domain.Span;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void eventsRoundTripAndSpansDeletedElsewhereTakeTheirLinksWhileUndoRewritesDoNot() {
        try (Library library = SqliteLibrary.open(dir.resolve("lib.db"), true)) {
            new SchemaService(library).ensureSchema();
            long article = TestArticles.add(library, "حلب", "قصفت الطائرات حلب");
            Instant t = Instant.parse("2024-05-01T10:00:00Z");
            Span trigger = library.spans().add(new NewSpan(article, "ATTACK", 0, 4, "قصفت", "mona", "", t));
            Span planes = library.spans().add(new NewSpan(article, "STATE_MIL", 5, 13, "الطائرات", "mona", "", t));
            Span aleppo = library.spans().add(new NewSpan(article, "LOCATION", 14, 17, "حلب", "mona", "", t));
            Event event = library.events().add(article, trigger.id(), EventAttributes.NONE)
                    .withArgument(new EventArgument("Attacker", planes.id()))
                    .withArgument(new EventArgument("Place", aleppo.id()))
                    .withAttributes(EventAttributes.parse("2024", "", "claimed", "negative", "other", "0", "12", "note"));
            library.events().put(event);
            assertThat(library.events().find(event.id())).contains(event);
            assertThat(library.events().findByFiller(aleppo.id())).containsExactly(event);

            library.spans().put(planes); // undo writes spans back with INSERT OR REPLACE: no link may go
            assertThat(library.events().find(event.id())).contains(event);

            library.spans().delete(aleppo.id()); // review or import deleting a span: its links go with it
            assertThat(library.events().find(event.id()).orElseThrow().arguments())
                    .containsExactly(new EventArgument("Attacker", planes.id()));
            library.spans().delete(trigger.id());
            assertThat(library.events().findByArticle(article)).isEmpty();
            assertThat(library.events().count()).isZero();
            assertThat(List.of(library.events().newIncident(t), library.events().newIncident(t))).doesNotHaveDuplicates();
        }
    }
}
