package org.hashiya.service.registry;

import java.util.List;
import java.util.Optional;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;

/**
 * One undoable registry action: the entries and span links it changed, each before and after, and
 * the spans it made (accepted occurrences: undo deletes them, redo writes them back as they were).
 */
record RegistryEdit(String description, List<EntryChange> entries, List<LinkChange> links, List<Span> spansAdded) {

    /** An entry added (before empty), changed, or deleted (after empty). */
    record EntryChange(Optional<RegistryEntry> before, Optional<RegistryEntry> after) {
    }

    /** A span's link to an entry: made (before empty), moved, or removed (after empty). */
    record LinkChange(long spanId, Optional<Long> before, Optional<Long> after) {
    }

    static RegistryEdit ofEntries(String description, List<EntryChange> entries) {
        return new RegistryEdit(description, entries, List.of(), List.of());
    }

    static RegistryEdit ofLinks(String description, List<LinkChange> links) {
        return new RegistryEdit(description, List.of(), links, List.of());
    }
}
