package org.hashiya.store.sqlite;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times the store writes ({@link Instant#toString()}: {@code 2026-12-02T01:54:53.123Z})
 * without the general date-time parser, which costs a microsecond a value and dominates streaming a
 * million spans. Anything not of exactly that shape goes to {@link Instant#parse}.
 */
final class Instants {
    private Instants() {
    }

    static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Instant.parse(s);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
                return Instant.parse(s);
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return Instant.parse(s);
            }
            nanos = fraction;
            for (int i = n - 21; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return Instant.parse(s);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Instant.parse(s);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** As {@link #parse}, but "" (a time not set, such as a span not reviewed) is null. */
    static Instant parseOrNull(String s) {
        return s == null || s.isEmpty() ? null : parse(s);
    }

    /** {@link Instant#toString()}, or "" for null. */
    static String formatOrEmpty(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** The decimal number in s[from, to), or -1 when a character there is not a digit. */
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
}
