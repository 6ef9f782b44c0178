package org.hashiya.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A span's global identity: a UUID, lowercase with hyphens, as spans-csv, JSONL and brat carry it.
 * New ones are version 7 (RFC 9562: 48 bits of Unix milliseconds, then random bits), so spans made
 * one after another get neighbouring keys and the library's UUID index grows at its end instead of
 * at random pages (an import of a million spans writes far fewer index pages). Any UUID a file brings
 * is kept as it is (lowercased); older libraries got random version 4 ones by migration.
 */
public final class SpanUuid {
    /**
     * The random bits: a fast generator seeded once from the system's secure source. SecureRandom
     * for every UUID (two calls each, synchronised, reading the kernel's pool) cost several seconds
     * of an import of a million spans; identity needs unpredictable seeds, not a secret stream.
     */
    private static final java.util.SplittableRandom RANDOM = new java.util.SplittableRandom(new SecureRandom().nextLong());
    private static final Pattern FORM =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private SpanUuid() {
    }

    /** A new version 7 UUID. */
    public static String next() {
        long millis = System.currentTimeMillis();
        long randomA;
        long randomB;
        synchronized (RANDOM) {
            randomA = RANDOM.nextLong();
            randomB = RANDOM.nextLong();
        }
        long high = (millis << 16) | 0x7000L | (randomA & 0x0FFFL);
        long low = (randomB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** The UUID in the form Hashiya stores (lowercase, hyphens), or null when {@code given} is not a UUID. */
    public static String normalized(String given) {
        if (given == null) {
            return null;
        }
        String lower = given.strip().toLowerCase(Locale.ROOT);
        return FORM.matcher(lower).matches() ? lower : null;
    }
}
