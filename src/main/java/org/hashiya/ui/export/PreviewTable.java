package org.hashiya.ui.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first rows of a CSV export as a table, for the preview: the header and the rows, each value
 * cut at {@code maxChars}. The Excel byte order mark is dropped; a last record the preview cut
 * off in the middle is left out.
 */
record PreviewTable(List<String> header, List<List<String>> rows) {
    static final PreviewTable EMPTY = new PreviewTable(List.of(), List.of());

    PreviewTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    static PreviewTable ofCsv(String text, int maxChars) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                List<String> values = new ArrayList<>();
                for (String value : it.next()) {
                    values.add(value.length() <= maxChars ? value : value.substring(0, maxChars) + "…");
                }
                records.add(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (IllegalStateException | UncheckedIOException e) {
            // the preview ended inside a quoted value: keep the whole records before it
        }
        if (records.isEmpty()) {
            return EMPTY;
        }
        return new PreviewTable(records.get(0), records.subList(1, records.size()));
    }
}
