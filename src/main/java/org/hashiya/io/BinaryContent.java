package org.hashiya.io;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises bytes that are not text: well-known binary formats by their signature, and NUL bytes,
 * which no text in UTF-8 or an 8-bit Arabic code page contains.
 */
final class BinaryContent {
    private record Signature(String name, byte[] magic) {
    }

    private static final Signature[] SIGNATURES = {
        new Signature("a PNG image", bytes(0x89, 'P', 'N', 'G')),
        new Signature("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
        new Signature("a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII)),
        new Signature("a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        new Signature("a ZIP archive (or a Word/OpenDocument file)", bytes('P', 'K', 3, 4)),
        new Signature("a gzip archive", bytes(0x1F, 0x8B)),
    };

    private BinaryContent() {
    }

    /** Why these bytes (read without a byte-order mark) are not text, or empty if they may be. */
    static Optional<String> reason(byte[] content) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(content, signature.magic())) {
                return Optional.of("not a text file: it is " + signature.name());
            }
        }
        for (byte b : content) {
            if (b == 0) {
                return Optional.of("not a text file: it contains NUL bytes"
                        + " (binary data, or UTF-16 text without a byte-order mark)");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
