package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodePointOffsetsTest {
    @Test
    void isIdentityForArabicInTheBasicPlane() {
        CodePointOffsets offsets = new CodePointOffsets("واشنطن تدعو");
        assertThat(offsets.toCodePoint(6)).isEqualTo(6);
        assertThat(offsets.toUtf16(11)).isEqualTo(11);
    }

    @Test
    void countsAnEmojiAsOneCodePoint() {
        String text = "😀 داعش";
        CodePointOffsets offsets = new CodePointOffsets(text);
        assertThat(offsets.codePointLength()).isEqualTo(6);
        assertThat(offsets.toUtf16(2)).isEqualTo(3);
        assertThat(offsets.toCodePoint(3)).isEqualTo(2);
        assertThat(text.substring(offsets.toUtf16(2), offsets.toUtf16(6))).isEqualTo("داعش");
    }

    @Test
    void mapsBothWaysAroundSeveralEmojiAndTheLowHalfOfAPair() {
        String text = "أ😀ب🇸🇦ج";
        CodePointOffsets offsets = new CodePointOffsets(text);
        int[] codePoints = text.codePoints().toArray();
        assertThat(offsets.codePointLength()).isEqualTo(codePoints.length);
        for (int cp = 0; cp <= codePoints.length; cp++) {
            int utf16 = offsets.toUtf16(cp);
            assertThat(text.codePointCount(0, utf16)).isEqualTo(cp);
            assertThat(offsets.toCodePoint(utf16)).isEqualTo(cp);
        }
        assertThat(offsets.toCodePoint(2)).as("low half of 😀").isEqualTo(1);
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        assertThatThrownBy(() -> new CodePointOffsets("ab").toUtf16(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void unifiesLineEndingsOnly() {
        assertThat(LineEndings.unify("أ\r\nب\rج\n  ")).isEqualTo("أ\nب\nج\n  ");
    }

    @Test
    void titleIsTheFirstNonBlankLine() {
        assertThat(Titles.firstNonEmptyLine("\n  \n  واشنطن تدعو  \nثانٍ")).isEqualTo("واشنطن تدعو");
        assertThat(Titles.firstNonEmptyLine(" \n\t")).isEmpty();
    }
}
