package org.hashiya.service.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hashiya.domain.ActorEntry;
import org.hashiya.domain.LabelKind;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.Span;
import org.hashiya.domain.SpanLabel;
import org.hashiya.service.AnnotationException;
import org.hashiya.store.Library;
import org.hashiya.store.LibraryException;
import org.hashiya.store.RegistryRepository;

/**
 * The library's registry of canonical actors and places. Every action is stored at once and can
 * be undone and redone (adding, editing, deleting entries, a CSV import as one step, linking and
 * unlinking spans). A broken rule (an actor type that is not an actor label, deleting an entry
 * spans still link to) is an {@link AnnotationException} saying so, and nothing is changed.
 *
 * <p>Not thread-safe: use it from one thread at a time.
 */
public final class RegistryService {
    static final int MAX_UNDO = 1000;

    private final Library library;
    private final RegistryRepository registry;
    private final Deque<RegistryEdit> undo = new ArrayDeque<>();
    private final Deque<RegistryEdit> redo = new ArrayDeque<>();

    public RegistryService(Library library) {
        this.library = library;
        this.registry = library.registry();
    }

    /** Every entry, actors and places, by id. */
    public List<RegistryEntry> entries() {
        return registry.listAll();
    }

    public Optional<RegistryEntry> find(long entryId) {
        return registry.find(entryId);
    }

    public int count() {
        return registry.count();
    }

    /** The schema's actor labels, the types an actor may have. */
    public List<SpanLabel> actorTypes() {
        return library.labels().schema().labels().stream().filter(l -> l.kind() == LabelKind.ACTOR).toList();
    }

    /**
     * The label a span of this entry gets: an actor's type; for a place, the schema's first place
     * label in use.
     */
    public String labelFor(RegistryEntry entry) {
        if (entry instanceof ActorEntry actor) {
            return actor.type();
        }
        return library.labels().schema().active().stream().filter(l -> l.kind() == LabelKind.PLACE)
                .map(SpanLabel::id).findFirst()
                .orElseThrow(() -> new AnnotationException("the label schema has no place label for places' spans"));
    }

    /** The kind of entry a span of this label may stand for: actor and place labels only. */
    public Optional<org.hashiya.domain.RegistryEntry.EntryKind> entryKindFor(String labelId) {
        return library.labels().schema().byId(labelId).flatMap(l -> switch (l.kind()) {
            case ACTOR -> Optional.of(org.hashiya.domain.RegistryEntry.EntryKind.ACTOR);
            case PLACE -> Optional.of(org.hashiya.domain.RegistryEntry.EntryKind.PLACE);
            default -> Optional.empty();
        });
    }

    /** Null when the entry may be stored, else why not (an actor's type must be an actor label). */
    public String problemOf(RegistryEntry entry) {
        return problemOf(entry, library.labels().schema());
    }

    static String problemOf(RegistryEntry entry, LabelSchema schema) {
        if (entry instanceof ActorEntry actor) {
            Optional<SpanLabel> label = schema.byId(actor.type());
            if (label.isEmpty()) {
                return "type '" + actor.type() + "' is not a label of the schema (actor labels: "
                        + String.join(", ", schema.labels().stream().filter(l -> l.kind() == LabelKind.ACTOR)
                        .map(SpanLabel::id).toList()) + ")";
            }
            if (label.get().kind() != LabelKind.ACTOR) {
                return "type '" + actor.type() + "' is " + withArticle(label.get().kind().id()) + " label, not an actor label";
            }
        }
        return null;
    }

    /**
     * Another stored entry that {@code entry} would repeat, if any: one of the same kind whose name
     * is spelled the same way (compared as search compares it) and, for an actor, has the same type,
     * for a place the same country and province, unless both are actors with Wikidata ids that
     * differ (two people of one name); or an actor with the same Wikidata id. These are the rules by
     * which a merge takes two entries for the same one. The entry itself (same id) is never its own
     * duplicate.
     */
    public Optional<RegistryEntry> duplicateOf(RegistryEntry entry) {
        String identity = entry.identity();
        String wikidata = wikidataOf(entry);
        return registry.listAll().stream()
                .filter(other -> other.id() != entry.id())
                .filter(other -> {
                    String theirs = wikidataOf(other);
                    if (!wikidata.isEmpty() && !theirs.isEmpty()) {
                        return wikidata.equals(theirs) && other.kind() == entry.kind();
                    }
                    return other.identity().equals(identity);
                })
                .findFirst();
    }

    private static String wikidataOf(RegistryEntry entry) {
        return entry instanceof ActorEntry actor ? actor.wikidata() : "";
    }

    public RegistryEntry add(RegistryEntry entry) {
        requireValid(entry);
        RegistryEntry stored = registry.add(entry);
        record(RegistryEdit.ofEntries("add «" + stored.name() + "»",
                List.of(new RegistryEdit.EntryChange(Optional.empty(), Optional.of(stored)))));
        return stored;
    }

    /** Stores the entries as one step (an import); all or none. */
    public List<RegistryEntry> addAll(String description, List<? extends RegistryEntry> entries) {
        LabelSchema schema = library.labels().schema();
        for (RegistryEntry entry : entries) {
            String problem = problemOf(entry, schema);
            if (problem != null) {
                throw new AnnotationException("«" + entry.name() + "»: " + problem);
            }
        }
        List<RegistryEntry> stored = registry.addAll(entries);
        record(RegistryEdit.ofEntries(description, stored.stream()
                .map(e -> new RegistryEdit.EntryChange(Optional.empty(), Optional.of(e))).toList()));
        return stored;
    }

    /** Replaces the stored entry with the same id. */
    public RegistryEntry update(RegistryEntry entry) {
        requireValid(entry);
        RegistryEntry before = registry.find(entry.id())
                .orElseThrow(() -> new AnnotationException("no registry entry " + entry.id()));
        if (before.kind() != entry.kind()) {
            throw new AnnotationException("entry " + entry.id() + " is " + withArticle(before.kind().id())
                    + "; it cannot become " + withArticle(entry.kind().id()));
        }
        registry.put(entry);
        record(RegistryEdit.ofEntries("edit «" + entry.name() + "»",
                List.of(new RegistryEdit.EntryChange(Optional.of(before), Optional.of(entry)))));
        return entry;
    }

    /** Deletes the entry; refused while spans link to it. */
    public void delete(long entryId) {
        RegistryEntry before = registry.find(entryId)
                .orElseThrow(() -> new AnnotationException("no registry entry " + entryId));
        int links = registry.countLinks(entryId);
        if (links > 0) {
            throw new AnnotationException("«" + before.name() + "» cannot be deleted: " + links
                    + (links == 1 ? " span links" : " spans link") + " to it; unlink them first");
        }
        registry.delete(entryId);
        record(RegistryEdit.ofEntries("delete «" + before.name() + "»",
                List.of(new RegistryEdit.EntryChange(Optional.of(before), Optional.empty()))));
    }

    // --- links ---------------------------------------------------------------------------------

    public Optional<Long> entryOf(long spanId) {
        return registry.entryOf(spanId);
    }

    public Map<Long, Long> linksOfArticle(long articleId) {
        return registry.linksOfArticle(articleId);
    }

    public Map<Long, Long> linksOf(Collection<Long> spanIds) {
        return registry.linksOf(spanIds);
    }

    public int countLinks(long entryId) {
        return registry.countLinks(entryId);
    }

    /** Links the span to the entry (replacing another link it had). */
    public void link(long spanId, long entryId) {
        RegistryEntry entry = registry.find(entryId)
                .orElseThrow(() -> new AnnotationException("no registry entry " + entryId));
        Optional<Long> before = registry.entryOf(spanId);
        try {
            registry.link(spanId, entryId);
        } catch (LibraryException e) {
            throw new AnnotationException(e.getMessage());
        }
        record(RegistryEdit.ofLinks("link to «" + entry.name() + "»",
                List.of(new RegistryEdit.LinkChange(spanId, before, Optional.of(entryId)))));
    }

    /** Records spans made and links changed as one step (accepted occurrences). */
    void recordAccepted(String description, List<Span> spansAdded, List<RegistryEdit.LinkChange> links) {
        if (!links.isEmpty() || !spansAdded.isEmpty()) {
            record(new RegistryEdit(description, List.of(), links, spansAdded));
        }
    }

    public boolean unlink(long spanId) {
        Optional<Long> before = registry.entryOf(spanId);
        if (before.isEmpty()) {
            return false;
        }
        registry.unlink(spanId);
        record(RegistryEdit.ofLinks("unlink span " + spanId,
                List.of(new RegistryEdit.LinkChange(spanId, before, Optional.empty()))));
        return true;
    }

    // --- undo ----------------------------------------------------------------------------------

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the last action; returns what it was ("add «...»"), empty when there was none. */
    public Optional<String> undo() {
        RegistryEdit edit = undo.pollFirst();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit, true);
        redo.push(edit);
        return Optional.of(edit.description());
    }

    public Optional<String> redo() {
        RegistryEdit edit = redo.pollFirst();
        if (edit == null) {
            return Optional.empty();
        }
        apply(edit, false);
        undo.push(edit);
        return Optional.of(edit.description());
    }

    private void apply(RegistryEdit edit, boolean backwards) {
        List<RegistryEdit.EntryChange> entries = new ArrayList<>(edit.entries());
        List<RegistryEdit.LinkChange> links = new ArrayList<>(edit.links());
        if (backwards) {
            java.util.Collections.reverse(entries);
            java.util.Collections.reverse(links);
        }
        if (!links.isEmpty() || !edit.spansAdded().isEmpty()) {
            Map<Long, Optional<Long>> targets = new java.util.LinkedHashMap<>();
            for (RegistryEdit.LinkChange change : links) {
                targets.put(change.spanId(), backwards ? change.before() : change.after());
            }
            try {
                registry.restoreLinkedSpans(backwards ? List.of() : edit.spansAdded(), targets,
                        backwards ? edit.spansAdded().stream().map(Span::id).toList() : List.of());
            } catch (LibraryException e) {
                throw new AnnotationException("cannot " + (backwards ? "undo " : "redo ") + edit.description() + ": " + e.getMessage());
            }
        }
        List<RegistryEntry> put = new ArrayList<>();
        List<Long> delete = new ArrayList<>();
        for (RegistryEdit.EntryChange change : entries) {
            Optional<RegistryEntry> target = backwards ? change.before() : change.after();
            if (target.isPresent()) {
                put.add(target.get());
            } else {
                delete.add((backwards ? change.after() : change.before()).orElseThrow().id());
            }
        }
        if (!put.isEmpty() || !delete.isEmpty()) {
            try {
                registry.change(put, delete);
            } catch (LibraryException e) {
                throw new AnnotationException("cannot " + (backwards ? "undo " : "redo ") + edit.description() + ": " + e.getMessage());
            }
        }
    }

    private void record(RegistryEdit edit) {
        redo.clear();
        undo.push(edit);
        while (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
    }

    /** "an actor", "a place". */
    static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private void requireValid(RegistryEntry entry) {
        String problem = problemOf(entry);
        if (problem != null) {
            throw new AnnotationException("«" + entry.name() + "»: " + problem);
        }
    }
}
