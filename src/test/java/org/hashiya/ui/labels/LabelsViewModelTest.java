package org.hashiya.ui.labels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hashiya.TestArticles;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.service.AnnotationService;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;
import org.hashiya.store.sqlite.SqliteLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsViewModelTest {
    @TempDir
    Path dir;
    Library library;
    SchemaViewModel schemas;
    LabelsViewModel model;
    List<LabelSchema> published = new ArrayList<>();

    @BeforeEach
    void open() {
        library = SqliteLibrary.open(dir.resolve("lib.hashiya"), true);
        new SchemaService(library).ensureSchema();
        schemas = new SchemaViewModel();
        schemas.setLibrary(library);
        schemas.schemaProperty().addListener((obs, old, schema) -> published.add(schema));
        model = new LabelsViewModel(schemas);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private SpanLabel stored(String id) {
        return library.labels().schema().byId(id).orElseThrow();
    }

    @Test
    void theDialogListsEveryLabelOfTheLibraryInOrder() {
        assertThat(model.labels()).extracting(SpanLabel::id).startsWith("STATE_GOV", "STATE_MIL").endsWith("LOCATION", "TIME", "WEAPON");
        assertThat(model.labels()).isEqualTo(library.labels().schema().labels());
    }

    @Test
    void addingALabelStoresItAtTheEndAndTellsTheApp() {
        model.newIdProperty().set("siege");
        model.newArabicNameProperty().set("حصار");
        model.newEnglishNameProperty().set("Siege");
        model.newKindProperty().set(LabelKind.EVENT);
        model.newColourProperty().set("#AABBCC");
        model.newShortcutProperty().set("Z");

        assertThat(model.add()).isTrue();

        SpanLabel siege = stored("SIEGE");
        assertThat(siege).isEqualTo(new SpanLabel("SIEGE", "حصار", "Siege", LabelKind.EVENT, "#aabbcc", "z", 21, false));
        assertThat(model.labels()).last().isEqualTo(siege);
        assertThat(published).last().isEqualTo(library.labels().schema());
        assertThat(model.selectedProperty().get()).isEqualTo(siege);
        assertThat(model.newIdProperty().get()).isEmpty();
    }

    @Test
    void aNewLabelWithBadFieldsSaysWhatIsWrongNextToEachFieldAndStoresNothing() {
        LabelSchema before = library.labels().schema();
        model.newIdProperty().set("ATTACK");
        model.newColourProperty().set("red");
        model.newShortcutProperty().set("f");

        assertThat(model.add()).isFalse();

        assertThat(model.newIdErrorProperty().get()).isEqualTo("There is already a label ATTACK");
        assertThat(model.newNamesErrorProperty().get()).isEqualTo("Give an Arabic or an English name");
        assertThat(model.newColourErrorProperty().get()).isEqualTo("A colour is #rrggbb, e.g. #f7a1a1");
        assertThat(model.newShortcutErrorProperty().get()).isEqualTo("Key f is already the shortcut of ATTACK (Attack)");
        assertThat(library.labels().schema()).isEqualTo(before);
        assertThat(published).isEmpty();
    }

    @Test
    void renamingSavesBothNamesAtOnce() {
        model.selectById("TIME");
        model.arabicNameProperty().set("تاريخ");
        model.englishNameProperty().set("Date");

        assertThat(model.rename()).isTrue();

        assertThat(stored("TIME").arabicName()).isEqualTo("تاريخ");
        assertThat(stored("TIME").englishName()).isEqualTo("Date");
        assertThat(model.messageProperty().get()).isEqualTo("Renamed TIME.");
    }

    @Test
    void renamingToNoNameAtAllIsRefusedNextToTheNames() {
        model.selectById("TIME");
        model.arabicNameProperty().set(" ");
        model.englishNameProperty().set("");

        assertThat(model.rename()).isFalse();

        assertThat(model.namesErrorProperty().get()).isEqualTo("Give an Arabic or an English name");
        assertThat(stored("TIME").englishName()).isEqualTo("Time");
    }

    @Test
    void recolouringStoresTheColourAndABadColourChangesNothing() {
        model.selectById("ATTACK");
        assertThat(model.recolour("#102030")).isTrue();
        assertThat(stored("ATTACK").colour()).isEqualTo("#102030");

        assertThat(model.recolour("#1020")).isFalse();
        assertThat(model.colourErrorProperty().get()).isEqualTo("A colour is #rrggbb, e.g. #f7a1a1");
        assertThat(stored("ATTACK").colour()).isEqualTo("#102030");
    }

    @Test
    void movingUpAndDownReordersTheStoredSchema() {
        model.selectById("TIME");
        assertThat(model.moveUp()).isTrue();
        assertThat(model.moveUp()).isTrue();
        List<String> ids = library.labels().schema().labels().stream().map(SpanLabel::id).toList();
        assertThat(ids.subList(17, 20)).containsExactly("TIME", "ARREST", "LOCATION");
        assertThat(model.selectedProperty().get().id()).isEqualTo("TIME");

        model.selectById("STATE_GOV");
        assertThat(model.moveUp()).as("the first label cannot go further up").isFalse();
        assertThat(model.moveDown()).isTrue();
        assertThat(library.labels().schema().labels().get(1).id()).isEqualTo("STATE_GOV");
        assertThat(model.labels().get(1).id()).isEqualTo("STATE_GOV");
    }

    @Test
    void aShortcutTakenByAnotherLabelIsRefusedWithAMessageNamingIt() {
        model.selectById("TIME");
        model.shortcutProperty().set("1");

        assertThat(model.applyShortcut()).isFalse();

        assertThat(model.shortcutErrorProperty().get()).isEqualTo("Key 1 is already the shortcut of STATE_GOV (Government)");
        assertThat(stored("TIME").shortcut()).isEqualTo("k");
        assertThat(published).isEmpty();
    }

    @Test
    void aShortcutMustBeOneDigitOrLetterAndAFreeOneIsSaved() {
        model.selectById("TIME");
        model.shortcutProperty().set("0");
        assertThat(model.applyShortcut()).isFalse();
        assertThat(model.shortcutErrorProperty().get()).isEqualTo("A shortcut is one key: 1-9 or a letter a-z (leave empty for none)");
        model.shortcutProperty().set("ab");
        assertThat(model.applyShortcut()).isFalse();

        model.shortcutProperty().set("Z");
        assertThat(model.applyShortcut()).isTrue();
        assertThat(model.shortcutErrorProperty().get()).isEmpty();
        assertThat(stored("TIME").shortcut()).isEqualTo("z");
        assertThat(schemas.schema().byShortcut("z")).map(SpanLabel::id).contains("TIME");
    }

    @Test
    void deletingALabelThatSpansUseRetiresItAndSaysHowManySpans() {
        long article = TestArticles.add(library, "a", "هجوم على حلب وهجوم آخر");
        var annotator = new AnnotationService(library, "tester").open(article);
        annotator.createSpan("ATTACK", 0, 4);
        annotator.createSpan("ATTACK", 13, 17);

        model.selectById("ATTACK");
        assertThat(model.delete()).isTrue();

        assertThat(model.messageProperty().get()).isEqualTo("ATTACK is used by 2 spans, so it was retired instead of deleted.");
        assertThat(stored("ATTACK").retired()).isTrue();
        assertThat(stored("ATTACK").shortcut()).as("a retired label frees its key").isEmpty();
        assertThat(library.spans().listAll()).hasSize(2);
        assertThat(schemas.schema().active()).extracting(SpanLabel::id).doesNotContain("ATTACK");
    }

    @Test
    void deletingAnUnusedLabelRemovesIt() {
        model.selectById("ARREST");
        assertThat(model.delete()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Deleted ARREST.");
        assertThat(library.labels().schema().byId("ARREST")).isEmpty();
        assertThat(model.labels()).extracting(SpanLabel::id).doesNotContain("ARREST");
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void retiringAndReinstatingALabel() {
        model.selectById("MEET");
        assertThat(model.retire()).isTrue();
        assertThat(stored("MEET").retired()).isTrue();
        assertThat(model.selectedRetiredBinding().get()).isTrue();

        assertThat(model.reinstate()).isTrue();
        assertThat(stored("MEET").retired()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("MEET is offered again; give it a shortcut if you want one.");
    }

    @Test
    void anExportedSchemaImportsBackIntoAnotherLibraryUnchanged() throws Exception {
        model.selectById("TIME");
        model.arabicNameProperty().set("تاريخ");
        model.englishNameProperty().set("Date");
        model.rename();
        model.moveUp();
        Path file = dir.resolve("schema.json");
        assertThat(model.exportTo(file)).isTrue();
        assertThat(Files.readString(file)).contains("\"تاريخ\"");

        try (Library other = SqliteLibrary.open(dir.resolve("other.hashiya"), true)) {
            new SchemaService(other).ensureSchema();
            SchemaViewModel otherSchemas = new SchemaViewModel();
            otherSchemas.setLibrary(other);
            LabelsViewModel otherModel = new LabelsViewModel(otherSchemas);

            assertThat(otherModel.importFrom(file)).isTrue();

            assertThat(other.labels().schema()).isEqualTo(library.labels().schema());
            assertThat(otherModel.labels()).isEqualTo(library.labels().schema().labels());
            assertThat(otherModel.messageProperty().get()).isEqualTo("Imported schema.json: 21 labels.");
        }
    }

    @Test
    void aBrokenSchemaFileIsRefusedNamingTheFileAndNothingChanges() throws Exception {
        LabelSchema before = library.labels().schema();
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"labels\": [ {\"id\": \"x\"} ]");

        assertThat(model.importFrom(file)).isFalse();

        assertThat(model.messageProperty().get()).contains("broken.json");
        assertThat(library.labels().schema()).isEqualTo(before);
    }

    @Test
    void withoutALibraryTheSchemaIsEmptyAndEditsSaySoInsteadOfFailing() {
        schemas.setLibrary(null);
        assertThat(schemas.schema().isEmpty()).isTrue();
        assertThat(model.labels()).isEmpty();
        model.newIdProperty().set("SIEGE");
        model.newEnglishNameProperty().set("Siege");
        assertThat(model.add()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Open a library first.");
    }

    @Test
    void theEventAttributeValuesAreEditedAsCommaSeparatedListsAndCheckedBeforeSaving() {
        assertThat(model.certaintyValuesProperty().get()).isEqualTo("confirmed, reported, claimed, denied, uncertain");
        assertThat(model.polarityValuesProperty().get()).isEqualTo("positive, negative");

        model.certaintyValuesProperty().set("confirmed, reported,claimed , denied, uncertain, alleged,");
        assertThat(model.applyEventAttributeValues()).isTrue();
        assertThat(schemas.schema().eventAttributes().certainty()).endsWith("uncertain", "alleged");
        assertThat(new SchemaService(library).schema().eventAttributes().certainty()).hasSize(6);
        assertThat(model.certaintyValuesProperty().get()).isEqualTo("confirmed, reported, claimed, denied, uncertain, alleged");

        model.modalityValuesProperty().set("Asserted, other, other");
        assertThat(model.applyEventAttributeValues()).isFalse();
        assertThat(model.messageProperty().get())
                .contains("event attribute modality: value 'Asserted' must be lowercase")
                .contains("event attribute modality: value 'other' is listed twice");
        assertThat(new SchemaService(library).schema().eventAttributes().modality()).containsExactly("asserted", "other");
    }
}
