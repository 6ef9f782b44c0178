package org.hashiya.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Real Arabic text for tests: the bundled sample articles, and helpers to encode it. */
public final class ArabicSamples {
    public static final Path FOLDER = Path.of("assets", "samples");

    /**
     * A paragraph with what must survive import untouched: RLM and isolates (U+200F, U+2067..2069),
     * tatweel, full diacritics, a decomposed alef with madda, leading and trailing spaces.
     */
    public static final String MARKED = "  \u200Fقال المتحدث \u2067«الأمم المتحدة»\u2069 إنّ الوضـــع"
            + " مُحَمَّدٌ يَكْتُبُ \u0627\u0653خر الأخبار.  ";

    private ArabicSamples() {
    }

    /** The three sample articles, as stored in the repository (UTF-8, LF). */
    public static List<String> articles() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.sorted().map(ArabicSamples::readUtf8).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String article(int index) {
        return articles().get(index);
    }

    /** The first {@code n} paragraphs of a sample, for shorter files. */
    public static String paragraphs(int index, int n) {
        String[] parts = article(index).split("\n");
        return String.join("\n", Arrays.copyOf(parts, Math.min(n, parts.length)));
    }

    /** {@code text} in {@code charset}, failing the test if any character cannot be encoded. */
    public static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer buffer = charset.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text not encodable in " + charset, e);
        }
    }

    /** Only the characters of {@code text} that {@code charset} can encode (ISO-8859-6 lacks curly quotes). */
    public static String encodable(String text, Charset charset) {
        var encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(cp -> encoder.canEncode(new String(Character.toChars(cp))))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public static byte[] withPrefix(byte[] prefix, byte[] content) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + content.length);
        System.arraycopy(content, 0, all, prefix.length, content.length);
        return all;
    }

    public static byte[] utf8Bom(String text) {
        return withPrefix(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] utf16LeBom(String text) {
        return withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    public static byte[] utf16BeBom(String text) {
        return withPrefix(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }

    private static String readUtf8(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
