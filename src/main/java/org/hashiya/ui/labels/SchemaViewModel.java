package org.hashiya.ui.labels;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hashiya.domain.LabelSchema;
import org.hashiya.service.SchemaService;
import org.hashiya.store.Library;

/**
 * The open library's label schema, shared by the whole workbench. Whoever shows labels (highlights,
 * shortcuts, the palette) listens to {@link #schemaProperty()}; the schema dialog edits through
 * {@link #service()} and calls {@link #publish} so everyone sees the change at once.
 * With no library open the schema is empty.
 */
public final class SchemaViewModel {
    private static final LabelSchema NONE = LabelSchema.of(List.of());

    private final ReadOnlyObjectWrapper<LabelSchema> schema = new ReadOnlyObjectWrapper<>(this, "schema", NONE);
    private Library library;
    private SchemaService service;

    /** Follows the library the workbench has open ({@code null} when none). */
    public void setLibrary(Library newLibrary) {
        library = newLibrary;
        service = newLibrary == null ? null : new SchemaService(newLibrary);
        reload();
    }

    /** Reads the schema again from the library (after something else changed it). */
    public void reload() {
        publish(service == null ? NONE : service.schema());
    }

    /** Makes {@code changed} the current schema; listeners hear of it only when it really differs. */
    void publish(LabelSchema changed) {
        schema.set(changed);
    }

    /** The current schema: never null, empty when no library is open. */
    public LabelSchema schema() {
        return schema.get();
    }

    public ReadOnlyObjectProperty<LabelSchema> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    Optional<SchemaService> service() {
        return Optional.ofNullable(service);
    }

    /** How many spans in the library carry the label (0 without a library). */
    int usageCount(String labelId) {
        return library == null ? 0 : library.labels().usageCount(labelId);
    }
}
