package org.hashiya.ui.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hashiya.domain.EventRole;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.AnnotationException;
import org.hashiya.service.SchemaService;
import org.hashiya.store.LibraryException;

/**
 * The schema dialog's roles of the selected event label: the roles in order, the one picked, and
 * a form (name, required or optional, single or repeatable, allowed fillers as label ids or kinds
 * separated by commas) that adds a role or changes the picked one (a new name is carried into the
 * events that fill it), and Remove. A broken rule is refused with its reason and nothing changes.
 * Never touches a control.
 */
public final class RolesViewModel {
    private final SchemaViewModel schemas;
    private final ObjectProperty<SpanLabel> label = new SimpleObjectProperty<>(this, "label");
    private final ReadOnlyBooleanWrapper eventLabel = new ReadOnlyBooleanWrapper(this, "eventLabel");
    private final ObservableList<EventRole> roles = FXCollections.observableArrayList();
    private final ObjectProperty<EventRole> picked = new SimpleObjectProperty<>(this, "picked");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty required = new SimpleBooleanProperty(this, "required");
    private final BooleanProperty repeatable = new SimpleBooleanProperty(this, "repeatable");
    private final StringProperty fillers = new SimpleStringProperty(this, "fillers", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public RolesViewModel(SchemaViewModel schemas) {
        this.schemas = schemas;
        label.addListener((obs, old, now) -> show());
        schemas.schemaProperty().addListener((obs, old, now) -> show());
        picked.addListener((obs, old, role) -> {
            if (role != null) {
                name.set(role.name());
                required.set(role.required());
                repeatable.set(role.repeatable());
                fillers.set(String.join(", ", role.fillers()));
            }
            error.set("");
        });
    }

    /** The label picked in the table (roles show only for an event label). */
    public ObjectProperty<SpanLabel> labelProperty() {
        return label;
    }

    private void show() {
        SpanLabel current = label.get();
        boolean event = current != null && current.kind() == LabelKind.EVENT;
        eventLabel.set(event);
        EventRole was = picked.get();
        List<EventRole> now = event ? schemas.schema().eventType(current.id()).map(t -> t.roles()).orElse(List.of()) : List.of();
        roles.setAll(now);
        picked.set(was == null ? null : now.stream().filter(r -> r.name().equals(was.name())).findFirst().orElse(null));
    }

    /** Adds the form's role at the end. */
    public boolean add() {
        EventRole role = fromForm();
        return role != null && save(s -> s.addRole(label.get().id(), role), "Added role " + role.shortForm() + " to " + label.get().id() + ".");
    }

    /** Makes the picked role what the form says (its name included). */
    public boolean apply() {
        EventRole old = picked.get();
        if (old == null) {
            error.set("Pick a role in the list first.");
            return false;
        }
        EventRole role = fromForm();
        return role != null && save(s -> s.replaceRole(label.get().id(), old.name(), role),
                old.name().equals(role.name()) ? "Changed role " + role.shortForm() + "."
                        : "Renamed role " + old.name() + " to " + role.name() + " (events keep their fillers).");
    }

    /** Removes the picked role (refused while events fill it). */
    public boolean remove() {
        EventRole old = picked.get();
        if (old == null) {
            error.set("Pick a role in the list first.");
            return false;
        }
        return save(s -> s.removeRole(label.get().id(), old.name()), "Removed role " + old.name() + ".");
    }

    private EventRole fromForm() {
        if (!eventLabel.get()) {
            error.set("Roles belong to event labels: pick one in the table.");
            return null;
        }
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            error.set("A role needs a name (Latin letters, e.g. Attacker).");
            return null;
        }
        List<String> allowed = Arrays.stream((fillers.get() == null ? "" : fillers.get()).split("[,،\\s]+"))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        return new EventRole(typed, required.get(), repeatable.get(), allowed);
    }

    private boolean save(Function<SchemaService, LabelSchema> edit, String done) {
        Optional<SchemaService> service = schemas.service();
        if (service.isEmpty()) {
            error.set("Open a library first.");
            return false;
        }
        String keep = name.get();
        try {
            schemas.publish(edit.apply(service.get()));
        } catch (AnnotationException | LibraryException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        message.set(done);
        picked.set(roles.stream().filter(r -> r.name().equals(keep)).findFirst().orElse(null));
        return true;
    }

    public ReadOnlyBooleanProperty eventLabelProperty() {
        return eventLabel.getReadOnlyProperty();
    }

    public ObservableList<EventRole> roles() {
        return roles;
    }

    public ObjectProperty<EventRole> pickedProperty() {
        return picked;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    public BooleanProperty repeatableProperty() {
        return repeatable;
    }

    /** Allowed fillers: label ids or kinds (actor, place, time, event, other), by commas; empty: any label. */
    public StringProperty fillersProperty() {
        return fillers;
    }

    /** Why the last change was refused, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
