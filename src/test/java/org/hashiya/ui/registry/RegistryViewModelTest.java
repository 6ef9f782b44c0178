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
}
