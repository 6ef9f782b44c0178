package org.hashiya.io;

import java.util.OptionalInt;

/**
 * Spots UTF-8 text with a few broken bytes (a file cut off mid-character, a flipped bit). Such a
 * file is not valid UTF-8, yet decoding it as windows-1256 would turn the whole article into
 * mojibake; refusing it is the honest answer. An 8-bit Arabic file, by contrast, has most of its
 * upper-half bytes outside valid UTF-8 sequences.
 */
final class Utf8Damage {
    /** At least this many well-formed multi-byte sequences before bytes are taken for UTF-8. */
    static final int MIN_VALID_SEQUENCES = 8;
    /** At most one broken byte per this many well-formed sequences. */
    static final int VALID_PER_BROKEN = 50;

    private Utf8Damage() {
    }

    /** The offset of the first broken byte if {@code bytes} are UTF-8 with a little damage. */
    static OptionalInt firstBrokenByte(byte[] bytes) {
        int valid = 0;
        int broken = 0;
        int firstBroken = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(b);
            if (length > 0 && i + length <= bytes.length && continuationBytes(bytes, i + 1, length - 1)) {
                valid++;
                i += length;
            } else {
                broken++;
                if (firstBroken < 0) {
                    firstBroken = i;
                }
                i++;
            }
        }
        boolean damaged = broken > 0 && valid >= MIN_VALID_SEQUENCES && broken * VALID_PER_BROKEN <= valid;
        return damaged ? OptionalInt.of(firstBroken) : OptionalInt.empty();
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
