package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV both CSV exports write: RFC 4180 (commas, quotes doubled, CRLF), UTF-8, values verbatim,
 * so pandas and R read it without options. In Excel mode the file starts with a UTF-8 byte order
 * mark (Excel then shows Arabic) and free-text values are defused against formula injection
 * (CWE-1236): one starting with {@code = + - @}, tab or carriage return gets a leading {@code '}.
 * Ids, offsets and times are never altered: they go through {@link #plain}.
 */
final class CsvCells {
    private final CSVPrinter printer;
    private final boolean excel;

    CsvCells(Writer out, boolean excel, String... header) throws IOException {
        this.excel = excel;
        if (excel) {
            out.write('\uFEFF');
        }
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    }

    /** A value written as it is. */
    void plain(String value) throws IOException {
        printer.print(value);
    }

    void plain(long value) throws IOException {
        printer.print(Long.toString(value));
    }

    /** A free-text value: verbatim, or defused in Excel mode. */
    void text(String value) throws IOException {
        printer.print(excel ? defused(value) : value);
    }

    void endRow() throws IOException {
        printer.println();
    }

    void close() throws IOException {
        printer.close(true);
    }

    static String defused(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
