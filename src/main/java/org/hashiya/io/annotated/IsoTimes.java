package org.hashiya.io.annotated;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an instant exactly as {@link Instant#toString()} does (ISO 8601 in UTC,
 * {@code 2026-12-02T01:54:53.120Z}) without the general formatter, which costs more than the rest
 * of a span's row in a million-row export.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return instant.toString();
        }
        char[] out = new char[30];
        int n = 0;
        n = digits(out, n, year, 4);
        out[n++] = '-';
        n = digits(out, n, t.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, t.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, t.getHour(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getMinute(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getSecond(), 2);
        int nano = instant.getNano();
        if (nano > 0) {
            out[n++] = '.';
            if (nano % 1_000_000 == 0) {
                n = digits(out, n, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                n = digits(out, n, nano / 1_000, 6);
            } else {
                n = digits(out, n, nano, 9);
            }
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    private static int digits(char[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
