package org.hashiya.io.registry;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hashiya.domain.RegistryEntry;
import org.hashiya.domain.RegistryEntry.EntryKind;

/**
 * Writes the registry's actors or places as CSV the way the exports do: RFC 4180 (commas, quotes
 * doubled, CRLF), UTF-8 without a byte order mark, the header row of {@link RegistryColumns}, so
 * the file reads back with {@link RegistryCsvReader} and in pandas or R with no options.
 */
public final class RegistryCsvWriter {
    private RegistryCsvWriter() {
    }

    /** Writes the entries of {@code kind} (others are left out); returns how many rows it wrote. */
    public static int write(Writer out, EntryKind kind, List<? extends RegistryEntry> entries) throws IOException {
        int rows = 0;
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(RegistryColumns.of(kind).toArray(String[]::new)).get());
        for (RegistryEntry entry : entries) {
            if (entry.kind() == kind) {
                printer.printRecord(RegistryColumns.cells(entry));
                rows++;
            }
        }
        printer.flush();
        return rows;
    }
}
