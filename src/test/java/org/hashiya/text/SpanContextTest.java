package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanContextTest {
    private static int cp(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    @Test
    void theSentenceFromThePreviousBreakToTheNextArabicPunctuationIncluded() {
        String text = "الجملة الأولى؛ ثم قال الوزير إن الهجوم فشل؟ وانتهى.\nسطر جديد";
        SpanContext context = new SpanContext(text);
        int start = cp(text, "الوزير");
        assertThat(context.around(start, start + 6)).isEqualTo("ثم قال الوزير إن الهجوم فشل؟");
        int line = cp(text, "سطر");
        assertThat(context.around(line, line + 3)).isEqualTo("سطر جديد");
        int first = cp(text, "الأولى");
        assertThat(context.around(first, first + 6)).isEqualTo("الجملة الأولى؛");
    }

    @Test
    void atMostAHundredCodePointsEitherSideCountingEmojiAsOne() {
        String before = "😀".repeat(150);
        String after = "ب".repeat(150);
        String text = before + " كلمة " + after;
        SpanContext context = new SpanContext(text);
        int start = 151;
        String around = context.around(start, start + 4);
        assertThat(around).isEqualTo("😀".repeat(99) + " كلمة " + "ب".repeat(99));
        assertThat(around.codePointCount(0, around.length())).isEqualTo(99 + 1 + 4 + 1 + 99);
    }

    @Test
    void aSpanOutsideTheTextHasNoContext() {
        SpanContext context = new SpanContext("قصير");
        assertThat(context.around(10, 12)).isEmpty();
        assertThat(context.around(0, 4)).isEqualTo("قصير");
    }
}
