package org.hashiya.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Decodes only when every byte is valid in the charset. Replacing bad bytes with U+FFFD would
 * silently change an article; a failed strict decode is instead how encodings are told apart.
 */
final class StrictDecoding {
    private StrictDecoding() {
    }

    static Optional<String> decode(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
