package org.hashiya.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a small table (a chart's numbers) as CSV the way the exports do: RFC 4180 (commas, quotes
 * doubled, CRLF), UTF-8 without a byte order mark, a header row, values verbatim, so pandas and R
 * read it with no options.
 */
public final class CsvTable {
    private CsvTable() {
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                     .setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
