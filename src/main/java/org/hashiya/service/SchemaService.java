package org.hashiya.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hashiya.domain.SpanLabel;
import org.hashiya.domain.LabelSchema;
import org.hashiya.io.SchemaJson;
import org.hashiya.store.Library;

/**
 * Keeps a library's label schema: seeds the default, imports and exports JSON, and edits labels.
 * Every edit builds a whole new schema, checks it, and stores it in one transaction; a rule
 * broken (say a shortcut already taken) is an {@link AnnotationException} naming it.
 *
 * <p>A label that spans use is never deleted with them: removing it retires it.
 */
public final class SchemaService {

    /** What {@link #remove} did. */
    public enum Removal { DELETED, RETIRED }

    private final Library library;

    public SchemaService(Library library) {
        this.library = library;
    }

    /**
     * The setting saying a library's event labels were once given the default roles: from then on a
     * schema without roles (the user removed them, or imported a schema without any) stays so.
     */
    static final String ROLES_ADOPTED = "schema.default_roles_adopted";

    /**
     * Gives a library without labels (new, or made before labels existed) the default schema; a
     * library from before events gets the default roles for its event labels, once.
     */
    public LabelSchema ensureSchema() {
        LabelSchema stored = library.labels().schema();
        boolean adoptedBefore = library.settings().get(ROLES_ADOPTED).isPresent();
        if (!adoptedBefore) {
            library.settings().put(ROLES_ADOPTED, "true");
        }
        if (!stored.isEmpty() && stored.eventTypes().isEmpty() && !adoptedBefore) {
            // a library from before events: its event labels that the default schema knows get its roles
            LabelSchema adopted = LabelSchema.fitting(stored.labels(), SchemaJson.readDefault().eventTypes())
                    .withEventAttributes(stored.eventAttributes());
            if (!adopted.eventTypes().isEmpty()) {
                library.labels().replaceSchema(adopted);
                return library.labels().schema();
            }
        }
        if (!stored.isEmpty()) {
            return stored;
        }
        library.labels().replaceSchema(SchemaJson.readDefault());
        return library.labels().schema();
    }

    public LabelSchema schema() {
        return library.labels().schema();
    }

    /**
     * Makes the file's schema this library's schema. Labels that the file lacks but spans use stay,
     * retired. Throws {@link org.hashiya.io.SchemaJsonException} naming the file and problem.
     */
    public LabelSchema importSchema(Path file) {
        library.labels().replaceSchema(SchemaJson.read(file));
        return schema();
    }

    public void exportSchema(Path file) {
        SchemaJson.write(schema(), file);
    }

    /** Appends a label at the end of the schema. */
    public LabelSchema addLabel(SpanLabel label) {
        List<SpanLabel> labels = new ArrayList<>(schema().labels());
        labels.add(label);
        return store(labels);
    }

    public LabelSchema rename(String labelId, String arabicName, String englishName) {
        return edit(labelId, l -> l.withNames(arabicName, englishName));
    }

    public LabelSchema recolour(String labelId, String colour) {
        return edit(labelId, l -> l.withColour(colour));
    }

    /** Makes the label one of another kind (an import makes a label it added an event label). */
    public LabelSchema setKind(String labelId, org.hashiya.domain.LabelKind kind) {
        return edit(labelId, l -> l.withKind(kind));
    }

    /** An empty shortcut removes the label's key. */
    public LabelSchema setShortcut(String labelId, String shortcut) {
        return edit(labelId, l -> l.withShortcut(shortcut));
    }

    /** Moves the label to {@code newIndex} (0 = first), shifting the others. */
    public LabelSchema move(String labelId, int newIndex) {
        List<SpanLabel> labels = new ArrayList<>(schema().labels());
        SpanLabel label = find(labels, labelId);
        labels.remove(label);
        labels.add(Math.max(0, Math.min(newIndex, labels.size())), label);
        return store(labels);
    }

    /** Retires the label (its spans keep it; it is no longer offered) and frees its shortcut. */
    public LabelSchema retire(String labelId) {
        find(schema().labels(), labelId);
        library.labels().retire(labelId);
        return schema();
    }

    /** Offers a retired label again, without a shortcut (its old one may have been given away). */
    public LabelSchema reinstate(String labelId) {
        return edit(labelId, l -> l.withRetired(false));
    }

    /** Deletes a label no span uses; retires one that spans use. */
    public Removal remove(String labelId) {
        List<SpanLabel> labels = new ArrayList<>(schema().labels());
        SpanLabel label = find(labels, labelId);
        if (library.labels().usageCount(labelId) > 0) {
            library.labels().retire(labelId);
            return Removal.RETIRED;
        }
        labels.remove(label);
        store(labels);
        return Removal.DELETED;
    }

    /** Gives the event label these roles (in this order), replacing the ones it had. */
    public LabelSchema setRoles(String eventLabelId, List<org.hashiya.domain.EventRole> roles) {
        LabelSchema current = schema();
        LabelSchema changed;
        try {
            changed = current.withEventType(new org.hashiya.domain.EventType(eventLabelId, roles));
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(e.getMessage());
        }
        library.labels().replaceSchema(changed);
        return schema();
    }

    /**
     * Makes these the values an event's certainty, polarity and modality may take. Events keep the
     * values they have, listed or not. Refused with every reason when a list breaks a rule.
     */
    public LabelSchema setEventAttributeValues(java.util.List<String> certainty, java.util.List<String> polarity,
                                               java.util.List<String> modality) {
        LabelSchema changed;
        try {
            changed = schema().withEventAttributes(new org.hashiya.domain.EventAttributeValues(certainty, polarity, modality));
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(e.getMessage());
        }
        library.labels().replaceSchema(changed);
        return schema();
    }

    /** Adds a role at the end of the event label's roles; refused with the reason when it breaks a rule. */
    public LabelSchema addRole(String eventLabelId, org.hashiya.domain.EventRole role) {
        List<org.hashiya.domain.EventRole> roles = new ArrayList<>(rolesOf(eventLabelId));
        roles.add(role);
        return setCheckedRoles(eventLabelId, roles);
    }

    /**
     * Replaces role {@code oldName} with {@code role} (rename, required/optional, single/repeatable,
     * fillers); a new name is given to the fillers events already hold under the old one.
     */
    public LabelSchema replaceRole(String eventLabelId, String oldName, org.hashiya.domain.EventRole role) {
        List<org.hashiya.domain.EventRole> roles = new ArrayList<>(rolesOf(eventLabelId));
        int at = indexOfRole(roles, eventLabelId, oldName);
        roles.set(at, role);
        requireValidRoles(eventLabelId, roles);
        if (!oldName.equals(role.name())) {
            library.events().renameRole(eventLabelId, oldName, role.name());
        }
        return setRoles(eventLabelId, roles);
    }

    /** Removes the role; refused while events hold fillers in it (they would be lost from view). */
    public LabelSchema removeRole(String eventLabelId, String name) {
        List<org.hashiya.domain.EventRole> roles = new ArrayList<>(rolesOf(eventLabelId));
        roles.remove(indexOfRole(roles, eventLabelId, name));
        int filled = library.events().countArguments(eventLabelId, name);
        if (filled > 0) {
            throw new AnnotationException("role " + name + " of " + eventLabelId + " cannot be removed: " + filled
                    + (filled == 1 ? " filler is" : " fillers are") + " in it; empty it in those events first");
        }
        return setRoles(eventLabelId, roles);
    }

    /** The event label's roles in order (none when it has no event type yet). */
    public List<org.hashiya.domain.EventRole> rolesOf(String eventLabelId) {
        return schema().eventType(eventLabelId).map(org.hashiya.domain.EventType::roles).orElse(List.of());
    }

    private static int indexOfRole(List<org.hashiya.domain.EventRole> roles, String eventLabelId, String name) {
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AnnotationException(eventLabelId + " has no role " + name);
    }

    private LabelSchema setCheckedRoles(String eventLabelId, List<org.hashiya.domain.EventRole> roles) {
        requireValidRoles(eventLabelId, roles);
        return setRoles(eventLabelId, roles);
    }

    private void requireValidRoles(String eventLabelId, List<org.hashiya.domain.EventRole> roles) {
        LabelSchema current = schema();
        org.hashiya.domain.EventType changed = new org.hashiya.domain.EventType(eventLabelId, roles);
        for (org.hashiya.domain.EventRole role : roles) {
            if (role.name().isEmpty()) {
                throw new AnnotationException("a role needs a name");
            }
        }
        List<String> problems = LabelSchema.eventTypeProblems(current.labels(), List.of(changed));
        if (!problems.isEmpty()) {
            throw new AnnotationException(String.join("; ", problems));
        }
    }

    private LabelSchema edit(String labelId, UnaryOperator<SpanLabel> change) {
        List<SpanLabel> labels = new ArrayList<>(schema().labels());
        SpanLabel label = find(labels, labelId);
        labels.set(labels.indexOf(label), change.apply(label));
        return store(labels);
    }

    private LabelSchema store(List<SpanLabel> labels) {
        LabelSchema schema;
        try {
            schema = schema().withLabels(labels);
        } catch (IllegalArgumentException e) {
            throw new AnnotationException(e.getMessage());
        }
        library.labels().replaceSchema(schema);
        return schema();
    }

    private static SpanLabel find(List<SpanLabel> labels, String labelId) {
        return labels.stream().filter(l -> l.id().equals(labelId)).findFirst()
                .orElseThrow(() -> new AnnotationException("no label " + labelId + " in this library's schema"));
    }
}
