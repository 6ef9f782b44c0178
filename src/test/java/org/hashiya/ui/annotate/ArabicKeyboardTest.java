package org.hashiya.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class ArabicKeyboardTest {
    @Test
    void arabicLettersMapToTheLatinLetterOnTheSameKey() {
        assertThat(ArabicKeyboard.latinKeyFor("ش")).contains("a");
        assertThat(ArabicKeyboard.latinKeyFor("ث")).contains("e");
        assertThat(ArabicKeyboard.latinKeyFor("ن")).contains("k");
        assertThat(ArabicKeyboard.latinKeyFor("لا")).contains("b");
        assertThat(ArabicKeyboard.latinKeyFor("٣")).contains("3");
        assertThat(ArabicKeyboard.latinKeyFor("،")).isEmpty();
        assertThat(ArabicKeyboard.latinKeyFor("")).isEmpty();
    }

    @Test
    void theKeyCodeWinsAndTheTypedArabicLetterIsTheFallback() {
        assertThat(PaneBinding.shortcutKey(KeyCode.DIGIT4, "4")).isEqualTo("4");
        assertThat(PaneBinding.shortcutKey(KeyCode.A, "ش")).isEqualTo("a");
        assertThat(PaneBinding.shortcutKey(KeyCode.UNDEFINED, "ش")).isEqualTo("a");
        assertThat(PaneBinding.shortcutKey(KeyCode.UNDEFINED, "?")).isNull();
        assertThat(PaneBinding.shortcutKey(KeyCode.DIGIT0, "0")).isNull();
    }
}
