package org.hashiya.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks that announce an encoding at the start of a file. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, "UTF-8 (BOM)", 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, "UTF-16LE", 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, "UTF-16BE", 0xFE, 0xFF);

    private final Charset charset;
    private final String label;
    private final int[] bytes;

    ByteOrderMark(Charset charset, String label, int... bytes) {
        this.charset = charset;
        this.label = label;
        this.bytes = bytes;
    }

    static Optional<ByteOrderMark> of(byte[] content) {
        for (ByteOrderMark mark : values()) {
            if (mark.startsWith(content)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    private boolean startsWith(byte[] content) {
        if (content.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((content[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    Charset charset() {
        return charset;
    }

    /** The name reported as the detected encoding. */
    String label() {
        return label;
    }

    int length() {
        return bytes.length;
    }
}
