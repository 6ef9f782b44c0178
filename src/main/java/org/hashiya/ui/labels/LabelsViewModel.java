package org.hashiya.ui.labels;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.SchemaJsonException;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.SchemaService;
import org.hashiya.store.LibraryException;

/**
 * State of the schema dialog: the library's labels in order, the selected label's editable
 * fields, the new-label form, and a message per field. Every action checks its input first (a
 * problem is shown next to the field and nothing changes), then saves at once through
 * {@link SchemaService} and publishes the new schema on the shared {@link SchemaViewModel}.
 */
public final class LabelsViewModel {
    private final SchemaViewModel schemas;
    private final ObservableList<SpanLabel> labels = FXCollections.observableArrayList();
    private final ObjectProperty<SpanLabel> selected = new SimpleObjectProperty<>(this, "selected");

    private final StringProperty arabicName = new SimpleStringProperty(this, "arabicName", "");
    private final StringProperty englishName = new SimpleStringProperty(this, "englishName", "");
    private final StringProperty shortcut = new SimpleStringProperty(this, "shortcut", "");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", "");
    private final ReadOnlyStringWrapper namesError = new ReadOnlyStringWrapper(this, "namesError", "");
    private final ReadOnlyStringWrapper shortcutError = new ReadOnlyStringWrapper(this, "shortcutError", "");
    private final ReadOnlyStringWrapper colourError = new ReadOnlyStringWrapper(this, "colourError", "");

    private final StringProperty newId = new SimpleStringProperty(this, "newId", "");
    private final StringProperty newArabicName = new SimpleStringProperty(this, "newArabicName", "");
    private final StringProperty newEnglishName = new SimpleStringProperty(this, "newEnglishName", "");
    private final ObjectProperty<LabelKind> newKind = new SimpleObjectProperty<>(this, "newKind", LabelKind.ACTOR);
    private final StringProperty newColour = new SimpleStringProperty(this, "newColour", "#ffd54f");
    private final StringProperty newShortcut = new SimpleStringProperty(this, "newShortcut", "");
    private final ReadOnlyStringWrapper newIdError = new ReadOnlyStringWrapper(this, "newIdError", "");
    private final ReadOnlyStringWrapper newNamesError = new ReadOnlyStringWrapper(this, "newNamesError", "");
    private final ReadOnlyStringWrapper newColourError = new ReadOnlyStringWrapper(this, "newColourError", "");
    private final ReadOnlyStringWrapper newShortcutError = new ReadOnlyStringWrapper(this, "newShortcutError", "");

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    // the schema's event attribute values, comma-separated as edited
    private final StringProperty certaintyValues = new SimpleStringProperty(this, "certaintyValues", "");
    private final StringProperty polarityValues = new SimpleStringProperty(this, "polarityValues", "");
    private final StringProperty modalityValues = new SimpleStringProperty(this, "modalityValues", "");

    public LabelsViewModel(SchemaViewModel schemas) {
        this.schemas = schemas;
        selected.addListener((obs, old, label) -> loadEditor(label));
        schemas.schemaProperty().addListener((obs, old, schema) -> showSchema(schema));
        showSchema(schemas.schema());
    }

    // ---- actions on the selected label -------------------------------------------------------

    /** Saves both names of the selected label. */
    public boolean rename() {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        Optional<String> problem = LabelFieldRules.names(arabicName.get(), englishName.get());
        namesError.set(problem.orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        return save(s -> s.rename(label.id(), arabicName.get(), englishName.get()), "Renamed " + label.id() + ".");
    }

    /** Gives the selected label a new colour ("#rrggbb"). */
    public boolean recolour(String newColourValue) {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        String value = LabelFieldRules.normalColour(newColourValue);
        colour.set(value);
        Optional<String> problem = LabelFieldRules.colour(value);
        colourError.set(problem.orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        return save(s -> s.recolour(label.id(), value), "Recoloured " + label.id() + ".");
    }

    /** Saves {@link #shortcutProperty()} as the selected label's key; empty removes its key. */
    public boolean applyShortcut() {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        String key = LabelFieldRules.normalShortcut(shortcut.get());
        Optional<String> problem = LabelFieldRules.shortcut(key, schemas.schema(), label.id());
        shortcutError.set(problem.orElse(""));
        if (problem.isPresent()) {
            return false;
        }
        String done = key.isEmpty() ? label.id() + " has no shortcut now." : "Key " + key + " now applies " + label.id() + ".";
        return save(s -> s.setShortcut(label.id(), key), done);
    }

    public boolean moveUp() {
        return moveBy(-1);
    }

    public boolean moveDown() {
        return moveBy(1);
    }

    private boolean moveBy(int delta) {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        int target = label.position() + delta;
        if (target < 0 || target >= labels.size()) {
            return false;
        }
        return save(s -> s.move(label.id(), target), "Moved " + label.id() + " to place " + (target + 1) + ".");
    }

    /** Retires the selected label: its spans keep it, it is no longer offered, its key is freed. */
    public boolean retire() {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        if (label.retired()) {
            return false;
        }
        return save(s -> s.retire(label.id()), label.id() + " is retired: no longer offered for new spans; "
                + spans(schemas.usageCount(label.id())) + " keep it.");
    }

    public boolean reinstate() {
        SpanLabel label = selected.get();
        if (label == null) {
            return noSelection();
        }
        if (!label.retired()) {
            return false;
        }
        return save(s -> s.reinstate(label.id()), label.id() + " is offered again"
                + (label.shortcut().isEmpty() ? "; give it a shortcut if you want one." : "."));
    }

    /** Deletes the selected label if no span uses it; retires it (and says so) otherwise. */
    public boolean delete() {
        SpanLabel label = selected.get();
        Optional<SchemaService> service = schemas.service();
        if (label == null || service.isEmpty()) {
            return noSelection();
        }
        int used = schemas.usageCount(label.id());
        try {
            SchemaService.Removal removal = service.get().remove(label.id());
            schemas.publish(service.get().schema());
            message.set(removal == SchemaService.Removal.DELETED
                    ? "Deleted " + label.id() + "."
                    : label.id() + " is used by " + spans(used) + ", so it was retired instead of deleted.");
            return true;
        } catch (AnnotationException | LibraryException | IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    // ---- new label ---------------------------------------------------------------------------

    /** Appends the label described by the new-label fields; on success the form is cleared. */
    public boolean add() {
        LabelSchema schema = schemas.schema();
        String id = LabelFieldRules.normalId(newId.get());
        String key = LabelFieldRules.normalShortcut(newShortcut.get());
        String hex = LabelFieldRules.normalColour(newColour.get());
        Optional<String> idProblem = LabelFieldRules.id(id, schema);
        Optional<String> namesProblem = LabelFieldRules.names(newArabicName.get(), newEnglishName.get());
        Optional<String> colourProblem = LabelFieldRules.colour(hex);
        Optional<String> keyProblem = LabelFieldRules.shortcut(key, schema, null);
        newIdError.set(idProblem.orElse(""));
        newNamesError.set(namesProblem.orElse(""));
        newColourError.set(colourProblem.orElse(""));
        newShortcutError.set(keyProblem.orElse(""));
        if (idProblem.isPresent() || namesProblem.isPresent() || colourProblem.isPresent() || keyProblem.isPresent()) {
            return false;
        }
        SpanLabel label = new SpanLabel(id, newArabicName.get(), newEnglishName.get(), newKind.get(), hex, key,
                schema.labels().size(), false);
        boolean added = save(s -> s.addLabel(label), "Added " + id + ".");
        if (added) {
            newId.set("");
            newArabicName.set("");
            newEnglishName.set("");
            newShortcut.set("");
            selectById(id);
        }
        return added;
    }

    // ---- event attribute values --------------------------------------------------------------

    /**
     * Saves the three comma-separated lists of event attribute values (certainty, polarity,
     * modality); refused with every reason when a list breaks a rule. Events keep their values.
     */
    public boolean applyEventAttributeValues() {
        return save(s -> s.setEventAttributeValues(values(certaintyValues.get()), values(polarityValues.get()),
                values(modalityValues.get())), "Saved the event attribute values.");
    }

    private static java.util.List<String> values(String typed) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (String part : (typed == null ? "" : typed).split(",")) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    public StringProperty certaintyValuesProperty() {
        return certaintyValues;
    }

    public StringProperty polarityValuesProperty() {
        return polarityValues;
    }

    public StringProperty modalityValuesProperty() {
        return modalityValues;
    }

    // ---- files -------------------------------------------------------------------------------

    /** Makes the file's schema the library's; labels that spans use but the file lacks stay, retired. */
    public boolean importFrom(Path file) {
        return save(s -> s.importSchema(file), null) && reportImport(file);
    }

    private boolean reportImport(Path file) {
        LabelSchema schema = schemas.schema();
        long retired = schema.labels().stream().filter(SpanLabel::retired).count();
        message.set("Imported " + file.getFileName() + ": " + schema.labels().size() + " labels"
                + (retired > 0 ? ", " + retired + " of them retired." : "."));
        return true;
    }

    public boolean exportTo(Path file) {
        Optional<SchemaService> service = schemas.service();
        if (service.isEmpty()) {
            return noLibrary();
        }
        try {
            service.get().exportSchema(file);
            message.set("Exported " + schemas.schema().labels().size() + " labels to " + file + ".");
            return true;
        } catch (SchemaJsonException | LibraryException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    // ---- plumbing ----------------------------------------------------------------------------

    /** Runs one schema edit; on success publishes the stored schema, on failure shows why. */
    private boolean save(Function<SchemaService, LabelSchema> edit, String done) {
        Optional<SchemaService> service = schemas.service();
        if (service.isEmpty()) {
            return noLibrary();
        }
        try {
            schemas.publish(edit.apply(service.get()));
        } catch (AnnotationException | SchemaJsonException | LibraryException | IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        if (done != null) {
            message.set(done);
        }
        return true;
    }

    private void showSchema(LabelSchema schema) {
        SpanLabel current = selected.get();
        labels.setAll(schema.labels());
        selected.set(current == null ? null : schema.byId(current.id()).orElse(null));
        certaintyValues.set(String.join(", ", schema.eventAttributes().certainty()));
        polarityValues.set(String.join(", ", schema.eventAttributes().polarity()));
        modalityValues.set(String.join(", ", schema.eventAttributes().modality()));
    }

    private void loadEditor(SpanLabel label) {
        arabicName.set(label == null ? "" : label.arabicName());
        englishName.set(label == null ? "" : label.englishName());
        shortcut.set(label == null ? "" : label.shortcut());
        colour.set(label == null ? "" : label.colour());
        namesError.set("");
        shortcutError.set("");
        colourError.set("");
    }

    public void selectById(String id) {
        selected.set(schemas.schema().byId(id).orElse(null));
    }

    private boolean noSelection() {
        message.set(schemas.service().isEmpty() ? "Open a library first." : "Select a label first.");
        return false;
    }

    private boolean noLibrary() {
        message.set("Open a library first.");
        return false;
    }

    private static String spans(int count) {
        return count == 1 ? "1 span" : count + " spans";
    }

    // ---- properties --------------------------------------------------------------------------

    /** Every label of the schema in order, retired ones included. */
    public ObservableList<SpanLabel> labels() {
        return labels;
    }

    public ObjectProperty<SpanLabel> selectedProperty() {
        return selected;
    }

    public BooleanBinding selectedRetiredBinding() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().retired(), selected);
    }

    public StringProperty arabicNameProperty() {
        return arabicName;
    }

    public StringProperty englishNameProperty() {
        return englishName;
    }

    public StringProperty shortcutProperty() {
        return shortcut;
    }

    /** The selected label's colour as "#rrggbb" (set through {@link #recolour}). */
    public StringProperty colourProperty() {
        return colour;
    }

    public ReadOnlyStringProperty namesErrorProperty() {
        return namesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shortcutErrorProperty() {
        return shortcutError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty colourErrorProperty() {
        return colourError.getReadOnlyProperty();
    }

    public StringProperty newIdProperty() {
        return newId;
    }

    public StringProperty newArabicNameProperty() {
        return newArabicName;
    }

    public StringProperty newEnglishNameProperty() {
        return newEnglishName;
    }

    public ObjectProperty<LabelKind> newKindProperty() {
        return newKind;
    }

    public StringProperty newColourProperty() {
        return newColour;
    }

    public StringProperty newShortcutProperty() {
        return newShortcut;
    }

    public ReadOnlyStringProperty newIdErrorProperty() {
        return newIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newNamesErrorProperty() {
        return newNamesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newColourErrorProperty() {
        return newColourError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newShortcutErrorProperty() {
        return newShortcutError.getReadOnlyProperty();
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
