package org.hashiya.ui.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.registry.RegistryImport;
import org.hashiya.service.registry.RegistryNames;
import org.hashiya.service.registry.RegistryService;
import org.hashiya.service.registry.RegistryTransfer;
import org.hashiya.store.LibraryException;

/**
 * The registry view's state: the entries the search box and the kind choice let through, the
 * entry picked, and what just happened. Searching is in both languages ({@link RegistryNames});
 * import, export, delete, undo and redo go through the registry service. Never touches a control.
 */
public final class RegistryViewModel {
    /** Which entries the view lists. */
    public enum Shown {
        ALL, ACTORS, PLACES;

        boolean admits(RegistryEntry entry) {
            return this == ALL || (this == ACTORS) == (entry.kind() == EntryKind.ACTOR);
        }
    }

    private final ObservableList<RegistryEntry> rows = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown", Shown.ALL);
    private final ObjectProperty<RegistryEntry> picked = new SimpleObjectProperty<>(this, "picked");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private RegistryService service;
    private RegistryTransfer transfer;
    private RegistryNames names = new RegistryNames(List.of());
    /** Told after every change of the registry (the annotate side panel reads it again). */
    private Runnable onChange = () -> { };
    private java.util.function.Consumer<RegistryEntry> onFindOccurrences = entry -> { };

    public RegistryViewModel() {
        query.addListener((obs, old, now) -> filter());
        shown.addListener((obs, old, now) -> filter());
    }

    /** The registry to show, or null when no library is open. */
    public void setService(RegistryService service, Supplier<RegistryTransfer> transfer) {
        this.service = service;
        this.transfer = service == null ? null : transfer.get();
        open.set(service != null);
        reload();
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** What "Find occurrences…" does with the picked entry (the workbench opens the dialog). */
    public void setOnFindOccurrences(java.util.function.Consumer<RegistryEntry> action) {
        this.onFindOccurrences = action == null ? entry -> { } : action;
    }

    /** Find occurrences of the picked entry, in the open article or the whole library. */
    public void findOccurrences() {
        if (picked.get() != null && service != null) {
            onFindOccurrences.accept(picked.get());
        }
    }

    /** Reads the registry again (after another view changed it) and filters it as before. */
    public void reload() {
        names = new RegistryNames(service == null ? List.of() : service.entries());
        filter();
        updateUndo();
    }

    private void filter() {
        RegistryEntry was = picked.get();
        List<RegistryEntry> found = names.search(query.get()).stream().filter(shown.get()::admits).toList();
        rows.setAll(found);
        count.set(found.size() == names.size() ? names.size() + (names.size() == 1 ? " entry" : " entries")
                : found.size() + " of " + names.size() + " entries");
        // the same entry stays picked as it is now (an edit or its undo changed its fields)
        picked.set(was == null ? null : found.stream().filter(e -> e.id() == was.id()).findFirst().orElse(null));
    }

    /** The dialog's state for a new actor or place, or empty when no library is open. */
    public Optional<EntryEditorViewModel> newEntry(EntryKind kind) {
        if (service == null) {
            return Optional.empty();
        }
        return Optional.of(editor(kind, null));
    }

    /** The dialog's state for the picked entry, or empty when none is picked. */
    public Optional<EntryEditorViewModel> editPicked() {
        RegistryEntry entry = picked.get();
        if (service == null || entry == null) {
            return Optional.empty();
        }
        return Optional.of(editor(entry.kind(), entry));
    }

    private EntryEditorViewModel editor(EntryKind kind, RegistryEntry entry) {
        RegistryService registry = service;
        return new EntryEditorViewModel(kind, entry, registry.actorTypes(), registry::duplicateOf,
                edited -> store(registry, edited, entry == null));
    }

    /** Adds or updates the entry (one undo step), lists it and picks it; the problem if refused. */
    private Optional<String> store(RegistryService registry, RegistryEntry entry, boolean adding) {
        if (registry != service) {
            return Optional.of("The library was closed meanwhile; nothing was stored.");
        }
        RegistryEntry stored;
        try {
            stored = adding ? registry.add(entry) : registry.update(entry);
        } catch (AnnotationException | LibraryException e) {
            return Optional.of(e.getMessage());
        }
        message.set((adding ? "Added «" : "Saved «") + stored.name() + "». Ctrl+Z " + (adding ? "takes it back." : "undoes it."));
        reload();
        if (rows.stream().noneMatch(e -> e.id() == stored.id())) { // the search or the kind shown hid it: show it
            query.set("");
            shown.set(Shown.ALL);
        }
        picked.set(rows.stream().filter(e -> e.id() == stored.id()).findFirst().orElse(null));
        onChange.run();
        return Optional.empty();
    }

    public Optional<String> importCsv(Path file, EntryKind kind) {
        if (transfer == null) {
            return Optional.empty();
        }
        RegistryImport result = transfer.importCsv(file, kind);
        if (!result.ok()) {
            message.set("Nothing imported from " + file.getFileName() + ": " + result.problems().size()
                    + (result.problems().size() == 1 ? " problem" : " problems") + ". First: " + result.problems().get(0));
            return Optional.of(String.join("\n", result.problems()));
        }
        message.set("Imported " + result.added() + " " + kind.id() + "s from " + file.getFileName()
                + (result.alreadyThere() > 0 ? " (" + result.alreadyThere() + " already in the registry)" : "") + ".");
        changed();
        return Optional.empty();
    }

    public void exportCsv(Path file, EntryKind kind) {
        if (transfer == null) {
            return;
        }
        try {
            int rows = transfer.exportCsv(file, kind);
            message.set("Wrote " + rows + " " + kind.id() + "s to " + file + ".");
        } catch (IOException | LibraryException e) {
            message.set("Could not write " + file + ": " + e.getMessage());
        }
    }

    public void deletePicked() {
        RegistryEntry entry = picked.get();
        if (service == null || entry == null) {
            return;
        }
        try {
            service.delete(entry.id());
            message.set("Deleted «" + entry.name() + "». Ctrl+Z brings it back.");
            changed();
        } catch (AnnotationException e) {
            message.set(e.getMessage());
        }
    }

    public void undo() {
        step(true);
    }

    public void redo() {
        step(false);
    }

    private void step(boolean back) {
        if (service == null) {
            return;
        }
        try {
            Optional<String> done = back ? service.undo() : service.redo();
            done.ifPresent(what -> message.set((back ? "Undone: " : "Redone: ") + what + "."));
            changed();
        } catch (AnnotationException e) {
            message.set(e.getMessage());
        }
    }

    private void changed() {
        reload();
        onChange.run();
    }

    private void updateUndo() {
        canUndo.set(service != null && service.canUndo());
        canRedo.set(service != null && service.canRedo());
    }

    public ObservableList<RegistryEntry> rows() {
        return rows;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public ObjectProperty<RegistryEntry> pickedProperty() {
        return picked;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }
}
