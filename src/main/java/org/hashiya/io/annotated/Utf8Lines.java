package org.hashiya.io.annotated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a UTF-8 stream one line at a time, each line decoded on its own, so that a damaged line
 * is reported and the next one read as if nothing had happened. Lines end at {@code \n}; a
 * {@code \r} before it and a byte-order mark at the very start are dropped. A line longer than
 * the limit is skipped, never held whole in memory.
 */
final class Utf8Lines {
    private static final int CHUNK = 1 << 16;

    /**
     * One line: its number from 1 and its text, or instead of the text the reason it could not
     * be read.
     */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] line = new byte[CHUNK];
    private int lineLength;
    private long lineBytes;  // also counts the bytes of a line too long to keep
    private long number;
    private boolean ended;

    Utf8Lines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        lineLength = 0;
        lineBytes = 0;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                return lineBytes == 0 ? null : finish();
            }
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            keep(position, end);
            if (newline >= 0) {
                position = newline + 1;
                return finish();
            }
            position = limit;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(chunk, 0, CHUNK);
        while (n == 0) {
            n = in.read(chunk, 0, CHUNK);
        }
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (chunk[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void keep(int from, int to) {
        int n = to - from;
        lineBytes += n;
        if (lineBytes > maxLineBytes) {
            return;
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.max(lineLength + n, Math.min(maxLineBytes, 2L * line.length)));
        }
        System.arraycopy(chunk, from, line, lineLength, n);
        lineLength += n;
    }

    private Line finish() {
        number++;
        if (lineBytes > maxLineBytes) {
            return new Line(number, null, "line longer than " + maxLineBytes + " bytes; left out");
        }
        int from = number == 1 && startsWithByteOrderMark() ? 3 : 0;
        int to = lineLength > from && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        try {
            return new Line(number, decoder.reset().decode(bytes).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 (byte " + (bytes.position() - from + 1) + " of the line)");
        } finally {
            if (line.length > CHUNK * 16) {
                line = new byte[CHUNK]; // do not keep one huge line's buffer for the rest of the file
            }
        }
    }

    private boolean startsWithByteOrderMark() {
        return lineLength >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
    }
}
