package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.hashiya.io.Utf8Output;
import org.hashiya.text.IsoInstants;

/**
 * The CSV both CSV exports write: RFC 4180 (commas, quotes doubled, CRLF), UTF-8, values verbatim,
 * so pandas and R read it without options. In Excel mode the file starts with a UTF-8 byte order
 * mark (Excel then shows Arabic) and free-text values are defused against formula injection
 * (CWE-1236): one starting with {@code = + - @}, tab or carriage return gets a leading {@code '}.
 * Ids, offsets and times are never altered: they go through {@link #plain} or {@link #token}.
 *
 * <p>Commons CSV decides the quoting of every value that could need it. Exports write tens of
 * millions of cells, so three things are done once instead of per cell: values that repeat on many
 * rows (an article's columns on each of its spans) are formatted once by {@link #repeated} and
 * written as they are (into a {@link Utf8Output}, as UTF-8 bytes encoded once); numbers and tokens (ids, hashes, ISO times: letters, digits and
 * {@code - : .}) go out without a scan for quotes they cannot hold; and cells are handed to
 * {@link CSVFormat} directly rather than through a {@code CSVPrinter}, which takes a lock per cell.
 */
final class CsvCells {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final char DELIMITER = ',';

    private final Writer out;
    private final boolean excel;
    private boolean newRecord = true;
    private long rows;
    private boolean closed;
    private final IsoInstants.Recent times = new IsoInstants.Recent();

    CsvCells(Writer out, boolean excel, String... header) throws IOException {
        this.out = out;
        this.excel = excel;
        if (excel) {
            out.write('\uFEFF');
        }
        FORMAT.printRecord(out, (Object[]) header);
    }

    /** A value written as it is. */
    void plain(String value) throws IOException {
        FORMAT.print(value, out, newRecord);
        newRecord = false;
    }

    /** A number: digits and maybe a minus, which never need quotes. */
    void plain(long value) throws IOException {
        if (!newRecord) {
            out.write(DELIMITER);
        }
        out.write(Long.toString(value));
        newRecord = false;
    }

    /** A time as ISO 8601 in UTC ({@link IsoInstants#format}: digits and {@code - : T . Z}, never quoted); null: empty. */
    void time(Instant value) throws IOException {
        if (value == null) {
            token("");
            return;
        }
        if (!newRecord) {
            out.write(DELIMITER);
        }
        out.write(times.format(value)); // a span's updated_at is mostly its created_at: formatted once
        newRecord = false;
    }

    /**
     * An id, hash, number or ISO time: written as it is. A value made only of ASCII letters,
     * digits and {@code - : . _} never needs quotes, so it is not handed to the quoting; anything
     * else (or an empty first cell, which RFC 4180 writes as {@code ""}) is.
     */
    void token(String value) throws IOException {
        if (value == null || !isToken(value) || (newRecord && value.isEmpty())) {
            plain(value);
            return;
        }
        if (!newRecord) {
            out.write(DELIMITER);
        }
        out.write(value);
        newRecord = false;
    }

    private static boolean isToken(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= ':') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '-' || c == '.' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A free-text value: verbatim, or defused in Excel mode. */
    void text(CharSequence value) throws IOException {
        FORMAT.print(excel ? defused(value) : value, out, newRecord);
        newRecord = false;
    }

    /**
     * Cells formatted once, to begin many rows with ({@link #repeat}): the same characters
     * {@link #plain} and {@link #text} would write one by one.
     */
    Repeated repeated() {
        return new Repeated();
    }

    /** Begins a row with cells {@link #repeated} formatted. */
    void repeat(Repeated cells) throws IOException {
        if (!newRecord) {
            throw new IllegalStateException("repeated cells begin a row");
        }
        if (out instanceof Utf8Output utf8) {
            utf8.writeUtf8(cells.encoded());
        } else {
            out.write(cells.formatted());
        }
        newRecord = false;
    }

    void endRow() throws IOException {
        FORMAT.println(out);
        newRecord = true;
        rows++;
    }

    /** Rows ended so far (the header not counted). */
    long rows() {
        return rows;
    }

    /** Flushes and closes the output; a second call does nothing. */
    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.flush();
        out.close();
    }

    static CharSequence defused(CharSequence value) {
        if (value.length() == 0) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    static String defused(String value) {
        return defused((CharSequence) value).toString();
    }

    /** A run of cells formatted once (see {@link #repeated}). */
    final class Repeated {
        private final StringBuilder cells = new StringBuilder(256);
        private String formatted;
        private byte[] encoded;
        private boolean first = true;

        private String formatted() {
            if (formatted == null) {
                formatted = cells.toString();
            }
            return formatted;
        }

        /** {@link #formatted} as UTF-8, encoded once: written on each of an article's hundreds of rows. */
        private byte[] encoded() {
            if (encoded == null) {
                encoded = Utf8Output.encode(formatted());
            }
            return encoded;
        }

        Repeated plain(String value) throws IOException {
            FORMAT.print(value, cells, first);
            first = false;
            formatted = null;
            encoded = null;
            return this;
        }

        Repeated plain(long value) throws IOException {
            return plain(Long.toString(value));
        }

        Repeated text(String value) throws IOException {
            return plain(excel ? defused(value) : value);
        }
    }
}
