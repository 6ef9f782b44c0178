package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEndingsTest {
    private static String slice(String text, int start, int end) {
        CodePointOffsets o = new CodePointOffsets(text);
        return text.substring(o.toUtf16(start), o.toUtf16(end));
    }

    @Test
    void offsetsMoveBackByTheCarriageReturnsDroppedBeforeThemSoSpansKeepTheirCharacters() {
        String raw = "😀 أول\r\nثاني\rثالث\r\nرابع";
        LineEndings.Unified unified = LineEndings.unifyKeepingOffsets(raw);
        assertThat(unified.text()).isEqualTo("😀 أول\nثاني\nثالث\nرابع");
        for (String word : new String[] {"أول", "ثاني", "ثالث", "رابع", "ثاني\rثالث\r\nرابع"}) {
            int start = raw.codePointCount(0, raw.indexOf(word));
            int end = start + word.codePointCount(0, word.length());
            String moved = slice(unified.text(), unified.map(start), unified.map(end));
            assertThat(moved).isEqualTo(LineEndings.unify(word));
        }
        assertThat(unified.droppedCarriageReturns()).containsExactly(5, 16);
    }

    @Test
    void aTextWithoutCarriageReturnsIsUntouched() {
        LineEndings.Unified unified = LineEndings.unifyKeepingOffsets("سطر\nسطر");
        assertThat(unified.map(5)).isEqualTo(5);
        assertThat(unified.text()).isEqualTo("سطر\nسطر");
    }
}
