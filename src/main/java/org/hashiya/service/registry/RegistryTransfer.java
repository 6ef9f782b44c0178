package org.hashiya.service.registry;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hashiya.domain.LabelSchema;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;
import org.hashiya.io.registry.RegistryCsvReader;
import org.hashiya.io.registry.RegistryCsvWriter;
import org.hashiya.store.Library;

/**
 * Bulk import of actors or places from CSV (a researcher's existing list) and export to CSV.
 * An import checks every row first (the CSV's own rules, actor types against the schema, the same
 * entry twice in the file) and stores nothing if any row is bad; rows for entries the registry
 * already has (same kind, spelling of the name and, for actors, type; for places, country and
 * province) are skipped, so importing a file twice adds it once. One import is one undo step.
 */
public final class RegistryTransfer {
    private final Library library;
    private final RegistryService registry;

    public RegistryTransfer(Library library, RegistryService registry) {
        this.library = library;
        this.registry = registry;
    }

    public RegistryImport importCsv(Path file, EntryKind kind) {
        RegistryCsvReader.Result read = RegistryCsvReader.read(file, kind);
        List<String> problems = new ArrayList<>(read.problems());
        LabelSchema schema = library.labels().schema();
        Set<String> stored = new HashSet<>();
        for (RegistryEntry entry : registry.entries()) {
            stored.add(entry.identity());
        }
        Map<String, Integer> inFile = new HashMap<>();
        List<RegistryEntry> toAdd = new ArrayList<>();
        int alreadyThere = 0;
        for (RegistryCsvReader.Row row : read.rows()) {
            String where = file + ":" + row.line() + ": ";
            String problem = RegistryService.problemOf(row.entry(), schema);
            if (problem != null) {
                problems.add(where + problem);
                continue;
            }
            String identity = row.entry().identity();
            Integer first = inFile.putIfAbsent(identity, row.line());
            if (first != null) {
                problems.add(where + "«" + row.entry().name() + "» repeats the entry of row " + first);
            } else if (stored.contains(identity)) {
                alreadyThere++;
            } else {
                toAdd.add(row.entry());
            }
        }
        if (!problems.isEmpty()) {
            return new RegistryImport(0, 0, problems);
        }
        if (!toAdd.isEmpty()) {
            registry.addAll("import " + toAdd.size() + " " + kind.id() + "s from " + file.getFileName(), toAdd);
        }
        return new RegistryImport(toAdd.size(), alreadyThere, List.of());
    }

    /**
     * Writes every entry of {@code kind} to {@code file} (replacing it) through a temporary file in
     * the same folder, so a failed export never leaves half a file; returns how many rows.
     */
    public int exportCsv(Path file, EntryKind kind) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            int rows;
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                rows = write(out, kind);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes every entry of {@code kind} as CSV to {@code out}; returns how many rows. */
    public int write(Writer out, EntryKind kind) throws IOException {
        return RegistryCsvWriter.write(out, kind, registry.entries());
    }
}
