package org.hashiya.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.SchemaJson;
import org.hashiya.io.SchemaJsonException;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaServiceTest {
    @TempDir
    Path dir;
    Library library;
    SchemaService schemas;

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.hashiya"), true);
        schemas = new SchemaService(library);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aLibraryWithoutLabelsGetsTheDefaultSchemaOnceAndKeepsItsOwnAfterwards() {
        assertThat(library.labels().schema().isEmpty()).isTrue();
        assertThat(schemas.ensureSchema()).isEqualTo(SchemaJson.readDefault());
        schemas.recolour("ATTACK", "#ffeeee");
        assertThat(schemas.ensureSchema().byId("ATTACK").orElseThrow().colour()).isEqualTo("#ffeeee");
    }

    @Test
    void editsRenameRecolourMoveAndRekeyALabel() {
        schemas.ensureSchema();
        schemas.rename("TIME", "تاريخ", "Date");
        schemas.recolour("TIME", "#EEEEFF");
        schemas.setShortcut("TIME", "z");
        LabelSchema schema = schemas.move("TIME", 0);
        SpanLabel time = schema.labels().get(0);
        assertThat(time).isEqualTo(new SpanLabel("TIME", "تاريخ", "Date", LabelKind.TIME, "#eeeeff", "z", 0, false));
        assertThat(schema.byShortcut("z")).contains(time);
        assertThat(library.labels().schema()).isEqualTo(schema);
    }

    @Test
    void aShortcutAlreadyTakenIsRefusedNamingTheOtherLabel() {
        schemas.ensureSchema();
        assertThatThrownBy(() -> schemas.setShortcut("TIME", "1"))
                .isInstanceOf(AnnotationException.class)
                .hasMessage("label 20: duplicate shortcut '1' (also label 1)");
        assertThat(schemas.schema().byShortcut("1")).map(SpanLabel::id).contains("STATE_GOV");
    }

    @Test
    void aLabelInUseIsRetiredNotDeletedAndAnUnusedOneIsDeleted() {
        schemas.ensureSchema();
        long article = TestArticles.add(library, "a", "هجوم على حلب");
        new AnnotationService(library, "x").open(article).createSpan("ATTACK", 0, 4);

        assertThat(schemas.remove("ATTACK")).isEqualTo(SchemaService.Removal.RETIRED);
        assertThat(schemas.remove("ARREST")).isEqualTo(SchemaService.Removal.DELETED);

        assertThat(schemas.schema().byId("ATTACK")).get().extracting(SpanLabel::retired).isEqualTo(true);
        assertThat(schemas.schema().byId("ARREST")).isEmpty();
        assertThat(library.spans().listAll()).singleElement().extracting(s -> s.labelId()).isEqualTo("ATTACK");
    }

    @Test
    void aRetiredLabelCanBeReinstatedWithoutItsOldShortcut() {
        schemas.ensureSchema();
        schemas.retire("MEET");
        LabelSchema schema = schemas.reinstate("MEET");
        assertThat(schema.active()).extracting(SpanLabel::id).contains("MEET");
        assertThat(schema.byId("MEET").orElseThrow().shortcut()).isEmpty();
    }

    @Test
    void anExportedSchemaImportsIntoAnotherLibraryIdentically(@TempDir Path other) {
        schemas.ensureSchema();
        schemas.addLabel(new SpanLabel("VEHICLE", "مركبة", "Vehicle", LabelKind.OTHER, "#dddddd", "m", 0, false));
        Path json = dir.resolve("schema.json");
        schemas.exportSchema(json);
        try (Library second = SqliteLibrary.open(other.resolve("b.hashiya"), true)) {
            LabelSchema imported = new SchemaService(second).importSchema(json);
            assertThat(imported).isEqualTo(schemas.schema());
            assertThat(imported.labels()).last().extracting(SpanLabel::id).isEqualTo("VEHICLE");
        }
    }

    @Test
    void aBadImportChangesNothing() throws Exception {
        LabelSchema before = schemas.ensureSchema();
        Path json = dir.resolve("bad.json");
        Files.writeString(json, "{\"schemaVersion\": 1, \"labels\": [{\"id\": \"A\", \"kind\": \"actor\"}]}");
        assertThatThrownBy(() -> schemas.importSchema(json)).isInstanceOf(SchemaJsonException.class)
                .hasMessageEndingWith("bad.json: label 1: missing \"colour\"");
        assertThat(schemas.schema()).isEqualTo(before);
    }

    @Test
    void importingASchemaThatLacksALabelInUseKeepsThatLabelRetired() throws Exception {
        schemas.ensureSchema();
        long article = TestArticles.add(library, "a", "هجوم على حلب");
        new AnnotationService(library, "x").open(article).createSpan("LOCATION", 9, 12);
        Path json = dir.resolve("small.json");
        SchemaJson.write(LabelSchema.of(List.of(
                new SpanLabel("PLACE", "مكان", "Place", LabelKind.PLACE, "#eeeeee", "1", 0, false))), json);

        LabelSchema schema = schemas.importSchema(json);

        assertThat(schema.labels()).extracting(SpanLabel::id, SpanLabel::retired).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PLACE", false),
                org.assertj.core.groups.Tuple.tuple("LOCATION", true));
    }

    @Test
    void aLibraryFromBeforeEventsGetsTheDefaultRolesOnceAndARolelessSchemaStaysSoAfterwards() {
        LabelSchema defaults = SchemaJson.readDefault();
        library.labels().replaceSchema(LabelSchema.of(defaults.labels(), List.of())); // as before events
        assertThat(library.labels().schema().eventTypes()).isEmpty();

        assertThat(schemas.ensureSchema().eventType("ATTACK")).isPresent();

        // the researcher imports a schema without roles (or removes them): reopening leaves it so
        library.labels().replaceSchema(LabelSchema.of(defaults.labels(), List.of()));
        assertThat(schemas.ensureSchema().eventTypes()).isEmpty();
        assertThat(new SchemaService(library).ensureSchema().eventTypes()).isEmpty();
        assertThat(library.labels().schema().eventTypes()).isEmpty();
    }

    @Test
    void theEventAttributeListsAreKeptInTheLibraryAndTravelWithExportAndImport(@TempDir Path other) throws Exception {
        schemas.ensureSchema();
        LabelSchema changed = schemas.setEventAttributeValues(List.of("confirmed", "alleged"), List.of("negative", "positive"),
                List.of("asserted", "other"));
        assertThat(changed.eventAttributes().certainty()).containsExactly("confirmed", "alleged");
        schemas.addLabel(new SpanLabel("VEHICLE", "مركبة", "Vehicle", LabelKind.OTHER, "#dddddd", "m", 0, false));
        assertThat(schemas.schema().eventAttributes().certainty()).as("a label edit keeps the lists")
                .containsExactly("confirmed", "alleged");
        assertThatThrownBy(() -> schemas.setEventAttributeValues(List.of(), List.of("positive"), List.of("Other")))
                .isInstanceOf(org.hashiya.service.AnnotationException.class)
                .hasMessageContaining("event attribute certainty needs at least one value")
                .hasMessageContaining("value 'Other' must be lowercase");

        Path json = dir.resolve("schema.json");
        schemas.exportSchema(json);
        assertThat(Files.readString(json)).contains("\"alleged\"");
        try (Library second = SqliteLibrary.open(other.resolve("b.hashiya"), true)) {
            SchemaService theirs = new SchemaService(second);
            theirs.ensureSchema();
            assertThat(theirs.schema().eventAttributes()).isEqualTo(org.hashiya.domain.EventAttributeValues.DEFAULT);
            assertThat(theirs.importSchema(json).eventAttributes()).isEqualTo(schemas.schema().eventAttributes());
            Path v2 = dir.resolve("v2.json");
            Files.writeString(v2, "{\"schemaVersion\": 2, \"labels\": [{\"id\": \"A\", \"kind\": \"actor\", "
                    + "\"colour\": \"#ff0000\", \"englishName\": \"A\"}]}");
            assertThat(theirs.importSchema(v2).eventAttributes()).isEqualTo(org.hashiya.domain.EventAttributeValues.DEFAULT);
        }
    }
}
