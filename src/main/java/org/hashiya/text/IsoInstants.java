package org.hashiya.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes ISO 8601 instants in UTC, the form every time leaves and enters the program in.
 * Reading: The form {@link Instant#toString()} writes ({@code
 * 2024-05-01T09:30:00Z}, {@code 2024-05-01T09:30:00.123456789Z}) is read directly, several times
 * faster than {@link Instant#parse} (an import of a million spans reads two million times); every
 * other form, and every error, goes through {@link Instant#parse}, so the result is the same.
 */
public final class IsoInstants {
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000, 1_000_000_000};

    private IsoInstants() {
    }

    /** The instant {@code text} names; throws {@link DateTimeParseException} as {@link Instant#parse} does. */
    public static Instant parse(String text) {
        Instant fast = utc(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null when the text is not exactly that. */
    private static Instant utc(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nano = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1) {
                return null;
            }
            int value = digits(s, 20, n - 1);
            nano = value < 0 ? -1 : value * POWERS_OF_TEN[9 - fraction];
        }
        if (year < 0 || month < 0 || day < 0 || nano < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null; // leap seconds and the rest: Instant.parse knows them
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nano);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 if any character there is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * Exactly what {@link Instant#toString()} writes ({@code 2026-12-02T01:54:53.120Z}), without the
     * general formatter, which costs more than the rest of a span's row in a million-row export.
     */
    public static String format(Instant instant) {
        long epochDay = Math.floorDiv(instant.getEpochSecond(), 86_400L);
        int secondOfDay = (int) Math.floorMod(instant.getEpochSecond(), 86_400L);
        Day d = lastDay;
        if (d.epochDay != epochDay) {
            LocalDate date = LocalDate.ofEpochDay(epochDay);
            d = new Day(epochDay, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            lastDay = d; // racy but safe: a Day is immutable, so any thread sees a whole one
        }
        int year = d.year;
        if (year < 0 || year > 9999) {
            return instant.toString();
        }
        byte[] out = new byte[30]; // ASCII: a Latin-1 String is made without a compression pass
        int n = 0;
        n = write(out, n, year, 4);
        out[n++] = '-';
        n = write(out, n, d.month, 2);
        out[n++] = '-';
        n = write(out, n, d.day, 2);
        out[n++] = 'T';
        n = write(out, n, secondOfDay / 3600, 2);
        out[n++] = ':';
        n = write(out, n, secondOfDay / 60 % 60, 2);
        out[n++] = ':';
        n = write(out, n, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            out[n++] = (byte) '.';
            if (nano % 1_000_000 == 0) {
                n = write(out, n, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                n = write(out, n, nano / 1_000, 6);
            } else {
                n = write(out, n, nano, 9);
            }
        }
        out[n++] = 'Z';
        return new String(out, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * {@link #format} that remembers the last instant it formatted: a span's updated_at is mostly
     * its created_at, and spans imported together share one. One per writer, not shared between
     * threads.
     */
    public static final class Recent {
        private Instant last;
        private String text;

        public String format(Instant instant) {
            if (!instant.equals(last)) {
                text = IsoInstants.format(instant);
                last = instant;
            }
            return text;
        }
    }

    /** The calendar day of the last instant formatted: spans come in runs from the same day, and working it out was a tenth of an import's storing time. */
    private record Day(long epochDay, int year, int month, int day) {
    }

    private static Day lastDay = new Day(0, 1970, 1, 1);

    private static int write(byte[] out, int at, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            out[at + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
