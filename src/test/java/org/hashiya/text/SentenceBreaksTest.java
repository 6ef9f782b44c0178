package org.hashiya.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    @Test
    void answersAsTheScanningSentencesDo() {
        String alphabet = "ذهب الوزير. إلى؟ القمة؛ a!b?\n\r\u2028\u2029\u0085 😀،";
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            SentenceBreaks breaks = new SentenceBreaks(s);
            for (int index = -2; index <= s.length() + 2; index++) {
                for (int bound = -2; bound <= s.length() + 2; bound += 3) {
                    assertEquals(Sentences.startBefore(s, index, bound), breaks.startBefore(index, bound),
                            () -> "startBefore in \"" + s + "\"");
                    assertEquals(Sentences.endAfter(s, index, bound), breaks.endAfter(index, bound),
                            () -> "endAfter in \"" + s + "\"");
                }
            }
        }
    }

    @Test
    void aLineBreakEndsTheSentenceBeforeItAndAStopAfterIt() {
        SentenceBreaks breaks = new SentenceBreaks("أ.ب\nج");
        assertEquals(2, breaks.endAfter(0, 10));   // after the full stop
        assertEquals(3, breaks.endAfter(2, 10));   // at the line break
        assertEquals(4, breaks.startBefore(5, 0)); // just after the line break
        assertEquals(5, breaks.endAfter(4, 10));   // no break: the end of the text
    }
}
