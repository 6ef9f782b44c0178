package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSliceTest {
    @Test
    void readsItsStretchOfTheTextInPlace() {
        String text = "قالَ 😀 NATO، ثم";
        TextSlice slice = new TextSlice(text, 2, 9);
        assertThat(slice.toString()).isEqualTo(text.substring(2, 9));
        assertThat(slice.length()).isEqualTo(7);
        assertThat(slice.charAt(0)).isEqualTo(text.charAt(2));
        assertThat(slice.subSequence(1, 4).toString()).isEqualTo(text.substring(3, 6));
        char[] dst = new char[5];
        slice.getChars(2, 5, dst, 1);
        assertThat(new String(dst, 1, 3)).isEqualTo(text.substring(4, 7));
        assertThat(new TextSlice(text, 3, 3).isEmpty()).isTrue();
    }

    @Test
    void refusesIndicesOutsideIt() {
        TextSlice slice = new TextSlice("abcdef", 1, 4);
        assertThatThrownBy(() -> slice.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.subSequence(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> slice.getChars(0, 4, new char[4], 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new TextSlice("abc", 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
