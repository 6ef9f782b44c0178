package org.hashiya.ui.registry;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.domain.Span;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.registry.RegistryNames;
import org.hashiya.service.registry.RegistryService;

/**
 * The annotate side panel's link from the picked span to the registry: the entry it stands for,
 * the entries one of whose names the span's text is (suggested first), and a search over the
 * registry of the span's kind (actors for an actor label, places for a place label). Linking and
 * unlinking are registry actions (undone from the registry view). Never touches a control.
 */
public final class EntryLinkViewModel {
    static final int MAX_LISTED = 12;

    private final ReadOnlyObjectWrapper<Span> span = new ReadOnlyObjectWrapper<>(this, "span");
    private final ReadOnlyObjectWrapper<RegistryEntry> linked = new ReadOnlyObjectWrapper<>(this, "linked");
    private final ReadOnlyBooleanWrapper linkable = new ReadOnlyBooleanWrapper(this, "linkable");
    private final ObservableList<RegistryEntry> choices = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private RegistryService service;
    private RegistryNames names;
    private EntryKind kind;
    private Runnable onChange = () -> { };
    private java.util.function.Consumer<RegistryEntry> onFindOccurrences = entry -> { };

    public EntryLinkViewModel() {
        query.addListener((obs, old, now) -> list());
    }

    public void setService(RegistryService service) {
        this.service = service;
        registryChanged();
    }

    /** Told after a link or unlink (the registry view reads again). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    /** What "Occurrences…" does with the linked entry (the workbench opens the dialog). */
    public void setOnFindOccurrences(java.util.function.Consumer<RegistryEntry> action) {
        this.onFindOccurrences = action == null ? entry -> { } : action;
    }

    /** Find occurrences of the entry the picked span is linked to. */
    public void findOccurrences() {
        if (linked.get() != null) {
            onFindOccurrences.accept(linked.get());
        }
    }

    /** The registry changed elsewhere: read its names again when next needed. */
    public void registryChanged() {
        names = null;
        show(span.get());
    }

    /** The span picked in the reading pane, or null. */
    public void show(Span picked) {
        span.set(picked);
        kind = picked == null || service == null ? null : service.entryKindFor(picked.labelId()).orElse(null);
        linkable.set(kind != null);
        Optional<Long> entryId = kind == null ? Optional.empty() : service.entryOf(picked.id());
        linked.set(entryId.flatMap(id -> service.find(id)).orElse(null));
        if (picked != null && kind != null && !query.get().isEmpty()) {
            query.set(""); // a new span starts with its suggestions
        } else {
            list();
        }
        message.set(picked == null ? "" : kind == null ? "Only actor and place spans link to the registry." : "");
    }

    private void list() {
        if (kind == null) {
            choices.clear();
            return;
        }
        if (names == null) {
            names = new RegistryNames(service.entries());
        }
        List<RegistryEntry> found = query.get().isBlank()
                ? names.suggest(span.get().text())
                : names.search(query.get());
        choices.setAll(found.stream().filter(e -> e.kind() == kind).limit(MAX_LISTED).toList());
    }

    public void link(RegistryEntry entry) {
        Span picked = span.get();
        if (picked == null || entry == null || service == null) {
            return;
        }
        try {
            service.link(picked.id(), entry.id());
            linked.set(entry);
            message.set("«" + picked.text() + "» is now «" + entry.name() + "».");
            onChange.run();
        } catch (AnnotationException e) {
            message.set(e.getMessage());
        }
    }

    public void unlink() {
        Span picked = span.get();
        if (picked != null && service != null && service.unlink(picked.id())) {
            linked.set(null);
            message.set("«" + picked.text() + "» is no longer linked.");
            onChange.run();
        }
    }

    public ReadOnlyObjectProperty<Span> spanProperty() {
        return span.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegistryEntry> linkedProperty() {
        return linked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty linkableProperty() {
        return linkable.getReadOnlyProperty();
    }

    /** Suggestions for the span (query empty) or what the query finds, of the span's kind. */
    public ObservableList<RegistryEntry> choices() {
        return choices;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
