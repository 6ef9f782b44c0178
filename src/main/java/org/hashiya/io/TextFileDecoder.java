package org.hashiya.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.hashiya.text.LineEndings;

/**
 * Decodes the bytes of a text file in the encodings Arabic files really come in, detecting which:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides, and is dropped;</li>
 *   <li>bytes that are valid UTF-8 are UTF-8 (an 8-bit Arabic text is practically never valid UTF-8);
 *       UTF-8 with a few broken bytes is refused rather than read as 8-bit mojibake;</li>
 *   <li>a charset the file declares itself (an HTML meta tag), if the bytes are valid in it;</li>
 *   <li>otherwise windows-1256 or ISO-8859-6: ISO-8859-6 leaves many bytes unmapped, so only
 *       files valid in both need ICU's statistical detector to choose.</li>
 * </ol>
 * The text is otherwise kept exactly: only CRLF and lone CR become LF. Binary data, empty and
 * whitespace-only files are refused.
 */
public final class TextFileDecoder {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final int DETECTOR_SAMPLE_BYTES = 64 * 1024;

    public DecodedText decode(byte[] bytes) throws UnreadableFileException {
        return decode(bytes, Optional.empty());
    }

    /**
     * Decodes {@code bytes}, trusting {@code declared} (what the file says of itself) after a
     * byte-order mark and valid UTF-8, but only if the bytes are valid in it.
     */
    public DecodedText decode(byte[] bytes, Optional<Charset> declared) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        if (bom.isPresent()) {
            ByteOrderMark mark = bom.get();
            String text = StrictDecoding.decode(bytes, mark.length(), mark.charset())
                    .orElseThrow(() -> new UnreadableFileException(
                            "not valid " + mark.charset().name() + " text, although it starts with that byte-order mark"));
            return checked(text, mark.label());
        }
        Optional<String> binary = BinaryContent.reason(bytes);
        if (binary.isPresent()) {
            throw new UnreadableFileException(binary.get());
        }
        Optional<String> utf8 = StrictDecoding.decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return checked(utf8.get(), "UTF-8");
        }
        OptionalInt damage = Utf8Damage.firstBrokenByte(bytes);
        if (damage.isPresent()) {
            throw new UnreadableFileException("damaged UTF-8: invalid bytes from byte " + damage.getAsInt()
                    + " on (a truncated or corrupted file?)");
        }
        if (declared.isPresent()) {
            Optional<String> asDeclared = StrictDecoding.decode(bytes, 0, declared.get());
            if (asDeclared.isPresent()) {
                return checked(asDeclared.get(), declared.get().name());
            }
        }
        return decodeArabicCodePage(bytes);
    }

    private static DecodedText decodeArabicCodePage(byte[] bytes) throws UnreadableFileException {
        Optional<String> iso = StrictDecoding.decode(bytes, 0, ISO_8859_6);
        Optional<String> windows = StrictDecoding.decode(bytes, 0, WINDOWS_1256);
        Charset chosen;
        String text;
        if (iso.isPresent() && windows.isPresent()) {
            chosen = moreLikely(bytes);
            text = chosen.equals(ISO_8859_6) ? iso.get() : windows.get();
        } else if (windows.isPresent()) {
            chosen = WINDOWS_1256;
            text = windows.get();
        } else if (iso.isPresent()) {
            chosen = ISO_8859_6;
            text = iso.get();
        } else {
            throw new UnreadableFileException("not valid text in UTF-8, windows-1256 or ISO-8859-6");
        }
        DecodedText decoded = checked(text, chosen.name());
        Optional<String> problem = TextPlausibility.singleByteProblem(decoded.text(), chosen.name());
        if (problem.isPresent()) {
            throw new UnreadableFileException(problem.get());
        }
        return decoded;
    }

    /**
     * Both Arabic code pages put the letters in the same upper half but in different places, so
     * letter statistics (ICU's n-gram detector) tell them apart. windows-1256 wins ties: it is by
     * far the more common.
     */
    private static Charset moreLikely(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        // a sample is as telling as the whole file, and keeps a 20 MB file quick
        detector.setText(bytes.length <= DETECTOR_SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, DETECTOR_SAMPLE_BYTES));
        int windows = 0;
        int iso = 0;
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getName().equalsIgnoreCase("windows-1256")) {
                windows = Math.max(windows, match.getConfidence());
            } else if (match.getName().equalsIgnoreCase("ISO-8859-6")) {
                iso = Math.max(iso, match.getConfidence());
            }
        }
        return iso > windows ? ISO_8859_6 : WINDOWS_1256;
    }

    private static DecodedText checked(String raw, String encoding) throws UnreadableFileException {
        if (raw.isEmpty()) {
            throw new UnreadableFileException("empty file");
        }
        Optional<String> problem = TextPlausibility.problem(raw);
        if (problem.isPresent()) {
            throw new UnreadableFileException(problem.get());
        }
        if (TextPlausibility.isBlank(raw)) {
            throw new UnreadableFileException("the file contains only whitespace");
        }
        return new DecodedText(LineEndings.unify(raw), encoding);
    }
}
