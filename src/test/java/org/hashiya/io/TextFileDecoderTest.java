package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFileDecoderTest {
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private final TextFileDecoder decoder = new TextFileDecoder();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void decodesUtf8WithoutBomExactly(int sample) throws Exception {
        String text = ArabicSamples.article(sample);
        DecodedText decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void dropsTheUtf8ByteOrderMarkAndReportsIt(int sample) throws Exception {
        String text = ArabicSamples.article(sample);
        DecodedText decoded = decoder.decode(ArabicSamples.utf8Bom(text));
        assertThat(decoded.text()).isEqualTo(text).doesNotContain("\uFEFF");
        assertThat(decoded.encoding()).isEqualTo("UTF-8 (BOM)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void decodesUtf16LittleAndBigEndianWithBom(int sample) throws Exception {
        String text = ArabicSamples.article(sample);
        DecodedText le = decoder.decode(ArabicSamples.utf16LeBom(text));
        DecodedText be = decoder.decode(ArabicSamples.utf16BeBom(text));
        assertThat(le.text()).isEqualTo(text);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.text()).isEqualTo(text);
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void detectsWindows1256(int sample) throws Exception {
        String text = ArabicSamples.article(sample);
        DecodedText decoded = decoder.decode(ArabicSamples.encode(text, WINDOWS_1256));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("windows-1256");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void detectsIso8859_6(int sample) throws Exception {
        String text = ArabicSamples.encodable(ArabicSamples.article(sample), ISO_8859_6);
        DecodedText decoded = decoder.decode(ArabicSamples.encode(text, ISO_8859_6));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("ISO-8859-6");
    }

    @Test
    void tellsTheTwoArabicCodePagesApartEvenForAShortParagraph() throws Exception {
        String paragraph = ArabicSamples.paragraphs(2, 3);
        assertThat(decoder.decode(ArabicSamples.encode(paragraph, WINDOWS_1256)).encoding()).isEqualTo("windows-1256");
        assertThat(decoder.decode(ArabicSamples.encode(paragraph, ISO_8859_6)).encoding()).isEqualTo("ISO-8859-6");
    }

    @Test
    void turnsCrlfAndLoneCrIntoLfInEveryEncoding() throws Exception {
        String lf = ArabicSamples.paragraphs(0, 4);
        String mixed = mixLineEndings(lf);
        assertThat(mixed).contains("\r\n").contains("\r\r").doesNotContain("\n\n");
        for (byte[] bytes : new byte[][] {mixed.getBytes(StandardCharsets.UTF_8), ArabicSamples.utf8Bom(mixed),
                ArabicSamples.utf16LeBom(mixed), ArabicSamples.utf16BeBom(mixed),
                ArabicSamples.encode(mixed, WINDOWS_1256)}) {
            assertThat(decoder.decode(bytes).text()).isEqualTo(lf);
        }
        String isoLf = ArabicSamples.encodable(lf, ISO_8859_6);
        String isoMixed = isoLf.replace("\n", "\r");
        assertThat(decoder.decode(ArabicSamples.encode(isoMixed, ISO_8859_6)).text()).isEqualTo(isoLf);
    }

    /** Alternates CRLF and lone CR as line ends. */
    private static String mixLineEndings(String lf) {
        String[] lines = lf.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            out.append(i % 2 == 0 ? "\r\n" : "\r").append(lines[i]);
        }
        return out.toString();
    }

    @Test
    void keepsBidiControlsTatweelDiacriticsAndSurroundingSpacesExactly() throws Exception {
        String text = ArabicSamples.MARKED + "\n" + ArabicSamples.paragraphs(1, 2) + "\n\n";
        for (byte[] bytes : new byte[][] {text.getBytes(StandardCharsets.UTF_8), ArabicSamples.utf8Bom(text),
                ArabicSamples.utf16LeBom(text), ArabicSamples.utf16BeBom(text)}) {
            assertThat(decoder.decode(bytes).text()).isEqualTo(text);
        }
    }

    @Test
    void keepsRlmTatweelAndDiacriticsInWindows1256() throws Exception {
        // windows-1256 has RLM (0xFE), tatweel and the harakat, but no isolates
        String text = "\u200Fمُحَمَّدٌ يَكْتُبُ الوضـــع \u200Fفي " + ArabicSamples.paragraphs(2, 2);
        DecodedText decoded = decoder.decode(ArabicSamples.encode(text, WINDOWS_1256));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("windows-1256");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> decoder.decode(new byte[0]))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file");
    }

    @Test
    void refusesAFileThatIsOnlyAByteOrderMark() {
        assertThatThrownBy(() -> decoder.decode(ArabicSamples.utf8Bom("")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   \n\n\t  \r\n", "\u00A0\u2003\n", "\u200F \u200F\n"})
    void refusesWhitespaceOnlyFiles(String blank) {
        assertThatThrownBy(() -> decoder.decode(blank.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("the file contains only whitespace");
        assertThatThrownBy(() -> decoder.decode(ArabicSamples.utf16LeBom(blank)))
                .isInstanceOf(UnreadableFileException.class).hasMessage("the file contains only whitespace");
    }

    @Test
    void refusesAPngImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOf(UnreadableFileException.class).hasMessage("not a text file: it is a PNG image");
    }

    @Test
    void refusesNulFilledFiles() {
        assertThatThrownBy(() -> decoder.decode(new byte[4096]))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not a text file: it contains NUL bytes");
    }

    @Test
    void refusesNulsEvenAfterAUtf16ByteOrderMark() {
        assertThatThrownBy(() -> decoder.decode(ArabicSamples.withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[512])))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("control or unassigned characters");
    }

    @Test
    void refusesRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[16 + random.nextInt(5000)];
            random.nextBytes(junk);
            assertThatThrownBy(() -> decoder.decode(junk)).as("random input %d", i)
                    .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not");
        }
    }

    @Test
    void refusesRandomBytesWithoutNulsOrControlCharacters() {
        // upper-half bytes only: every one decodes in windows-1256, none is a control character
        Random random = new Random(7);
        for (int i = 0; i < 100; i++) {
            byte[] junk = new byte[64 + random.nextInt(4000)];
            random.nextBytes(junk);
            for (int j = 0; j < junk.length; j++) {
                junk[j] |= (byte) 0x80;
            }
            assertThatThrownBy(() -> decoder.decode(junk)).as("random input %d", i)
                    .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not");
        }
    }

    @Test
    void refusesUtf16WithAnOddNumberOfBytes() {
        byte[] utf16 = ArabicSamples.utf16LeBom(ArabicSamples.paragraphs(0, 2));
        byte[] truncated = Arrays.copyOf(utf16, utf16.length - 1);
        assertThatThrownBy(() -> decoder.decode(truncated))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not valid UTF-16LE text, although it starts with that byte-order mark");
    }

    @Test
    void refusesUtf8CutOffInTheMiddleOfACharacterInsteadOfReadingItAsWindows1256() {
        byte[] utf8 = ArabicSamples.article(0).getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(utf8, utf8.length - 1); // the last letter loses a byte
        assertThatThrownBy(() -> decoder.decode(truncated))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("damaged UTF-8: invalid bytes from byte " + (utf8.length - 2)
                        + " on (a truncated or corrupted file?)");
    }

    @Test
    void refusesUtf8WithAFewCorruptedBytes() {
        byte[] utf8 = ArabicSamples.article(1).getBytes(StandardCharsets.UTF_8);
        utf8[1000] = (byte) 0xFF;
        utf8[3000] = (byte) 0x41;
        assertThatThrownBy(() -> decoder.decode(utf8))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("damaged UTF-8");
    }

    @Test
    void refusesLatinTextThatIsNotUtf8() {
        byte[] latin1 = "Le ministre a déclaré à la presse que la réunion était très utile."
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> decoder.decode(latin1))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not UTF-8 text, and no Arabic text in windows-1256 or ISO-8859-6 either");
    }

    @Test
    void decodesPlainAsciiAsUtf8() throws Exception {
        DecodedText decoded = decoder.decode("Reuters, 12 May\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(decoded.text()).isEqualTo("Reuters, 12 May\n");
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void usesADeclaredCharsetOnlyWhenTheBytesAreNotUtf8() throws Exception {
        String text = ArabicSamples.paragraphs(2, 2);
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), Optional.of(WINDOWS_1256)).encoding())
                .isEqualTo("UTF-8");
        assertThat(decoder.decode(ArabicSamples.encode(text, WINDOWS_1256), Optional.of(WINDOWS_1256)).text())
                .isEqualTo(text);
    }
}
