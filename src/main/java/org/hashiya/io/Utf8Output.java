package org.hashiya.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.hashiya.text.TextSlice;

/**
 * A Writer that encodes UTF-8 straight into a large byte buffer. Exports write hundreds of
 * megabytes of mostly Arabic text; the JDK's stream encoder takes its slow path for every
 * non-ASCII character, this one does not. An unpaired surrogate becomes "?", as the JDK's encoder writes it.
 */
public final class Utf8Output extends Writer {
    /** Chars gathered before they are encoded in one run: a CSV cell is a few dozen, a call per cell cost more than its encoding. */
    private static final int CHUNK = 1 << 14;
    /** Three bytes a char at most (a surrogate pair is four for two), so a run always fits an empty buffer. */
    private static final int SIZE = 3 * CHUNK + 8;

    private final OutputStream out;
    private final byte[] buffer = new byte[SIZE];
    private final char[] chars = new char[CHUNK];
    private int gathered;
    private int used;
    private char pendingHigh;
    private boolean closed;

    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (gathered == CHUNK) {
            encodeGathered();
        }
        chars[gathered++] = (char) c;
    }

    @Override
    public void write(char[] source, int off, int len) throws IOException {
        int at = off;
        int end = off + len;
        while (at < end) {
            if (gathered == CHUNK) {
                encodeGathered();
            }
            int n = Math.min(end - at, CHUNK - gathered);
            System.arraycopy(source, at, chars, gathered, n);
            gathered += n;
            at += n;
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int at = off;
        int end = off + len;
        while (at < end) {
            if (gathered == CHUNK) {
                encodeGathered();
            }
            int n = Math.min(end - at, CHUNK - gathered);
            s.getChars(at, at + n, chars, gathered);
            gathered += n;
            at += n;
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        if (s instanceof String string) {
            write(string, start, end - start);
            return this;
        }
        if (s instanceof TextSlice slice) {
            write(slice, start, end);
            return this;
        }
        for (int i = start; i < end; i++) {
            write(s.charAt(i));
        }
        return this;
    }

    /** Chars [start, end) of a slice, copied in runs like a String's. */
    private void write(TextSlice slice, int start, int end) throws IOException {
        int at = start;
        while (at < end) {
            if (gathered == CHUNK) {
                encodeGathered();
            }
            int n = Math.min(end - at, CHUNK - gathered);
            slice.getChars(at, at + n, chars, gathered);
            gathered += n;
            at += n;
        }
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    /**
     * Bytes that are UTF-8 already (characters this output encoded before, kept to be written
     * again), appended as they are after what was written so far.
     */
    public void writeUtf8(byte[] utf8) throws IOException {
        encodeGathered();
        if (pendingHigh != 0) {
            pendingHigh = 0;
            replacement(); // nothing can pair with it now
        }
        if (used > SIZE - utf8.length) {
            drain();
        }
        if (utf8.length > SIZE) {
            out.write(utf8);
            return;
        }
        System.arraycopy(utf8, 0, buffer, used, utf8.length);
        used += utf8.length;
    }

    /**
     * The UTF-8 bytes this output would write for {@code text}: the JDK's, which also write a lone
     * surrogate as "?" (Utf8OutputTest holds the two to the same bytes).
     */
    public static byte[] encode(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void encodeGathered() throws IOException {
        encodeChunk(chars, 0, gathered);
        gathered = 0;
    }

    /**
     * Encodes up to {@link #CHUNK} chars. One- and two-byte chars (ASCII, Arabic) take the fast
     * path; a surrogate pair inside the run is joined here, and only a high surrogate at the very
     * end of a run waits in {@code pendingHigh} for the next one.
     */
    private void encodeChunk(char[] chars, int off, int len) throws IOException {
        if (used > SIZE - 3 * len - 4) {
            drain();
        }
        int i = off;
        int end = off + len;
        while (pendingHigh != 0 && i < end) {
            encode(chars[i++]); // the low half of a pair split between runs (or another high one)
        }
        byte[] b = buffer;
        int n = used;
        while (i < end) {
            char c = chars[i++];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i < end && Character.isLowSurrogate(chars[i])) {
                int cp = Character.toCodePoint(c, chars[i++]);
                b[n++] = (byte) (0xF0 | (cp >> 18));
                b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isHighSurrogate(c) && i == end) {
                pendingHigh = c; // its low half may begin the next run
            } else {
                b[n++] = '?'; // a lone surrogate, as the JDK's encoder writes it
            }
        }
        used = n;
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        CharSequence s = csq == null ? "null" : csq;
        return append(s, 0, s.length());
    }

    private void encode(char c) throws IOException {
        if (used > SIZE - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[used++] = (byte) (0xF0 | (cp >> 18));
                buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            replacement();
            encode(c);
            return;
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | (c >> 6));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            buffer[used++] = (byte) (0xE0 | (c >> 12));
            buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[used++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void replacement() throws IOException {
        encode('?');
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Encodes what is gathered and hands every byte to the stream. */
    private void drainAll() throws IOException {
        encodeGathered();
        drain();
    }

    @Override
    public void flush() throws IOException {
        drainAll();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        encodeGathered();
        if (pendingHigh != 0) {
            pendingHigh = 0;
            replacement();
        }
        drain();
        out.close();
    }
}
