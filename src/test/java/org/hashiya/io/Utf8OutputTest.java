package org.hashiya.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
    @Test
    void encodesExactlyAsTheJdkDoesArabicEmojiBidiAndLoneSurrogates() throws Exception {
        Random random = new Random(3);
        String[] pieces = {"قالَ", "NATO", "😀", "\u200F", "\uD83D", "\uDE00", "٣٤", "\n", "a,b\"c", "ـــ", "中文"};
        StringBuilder all = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Output out = new Utf8Output(bytes)) {
            for (int i = 0; i < 50_000; i++) {
                String piece = pieces[random.nextInt(pieces.length)];
                all.append(piece);
                switch (i % 6) {
                    case 0 -> out.write(piece);
                    case 1 -> out.append(piece, 0, piece.length());
                    case 2 -> out.write(piece.toCharArray(), 0, piece.length());
                    case 3 -> {
                        for (int k = 0; k < piece.length(); k++) {
                            out.append(piece.charAt(k)); // one char a call, as CSV quoting writes
                        }
                    }
                    case 4 -> out.append(new StringBuilder(piece));
                    default -> {
                        String around = "«" + piece + "»";
                        out.append(new org.hashiya.text.TextSlice(around, 1, 1 + piece.length()), 0, piece.length());
                    }
                }
                if (i % 7_919 == 0) {
                    out.flush(); // a flush between the halves of a surrogate pair must not split it
                }
            }
            String big = "ب".repeat(10_000) + "😀".repeat(5_000);
            out.write(big);
            all.append(big);
        }
        byte[] expected = all.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.Arrays.mismatch(bytes.toByteArray(), expected)).as("first differing byte").isEqualTo(-1);
    }

    @Test
    void bytesEncodedOnceAndWrittenAgainComeOutAsTheirTextWould() throws Exception {
        String[] pieces = {"داعش يتمدد,", "\"NATO\"", "😀", "\uD83D", "٣٤\r\n", "ب".repeat(30_000)}; // longer than the output's buffer
        StringBuilder all = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Utf8Output out = new Utf8Output(bytes)) {
            for (int i = 0; i < 300; i++) {
                String piece = pieces[i % pieces.length];
                String text = pieces[(i * 7 + 3) % pieces.length];
                out.write(text); // may end in a lone high surrogate: nothing after it can pair with it
                out.writeUtf8(Utf8Output.encode(piece));
                all.append(text).append(piece);
            }
        }
        byte[] expected = all.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(java.util.Arrays.mismatch(bytes.toByteArray(), expected)).as("first differing byte").isEqualTo(-1);
    }
}
