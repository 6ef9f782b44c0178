package org.hashiya.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan's table of the Basic Multilingual Plane says what the Unicode properties say, for every character. */
class SearchWordsTableTest {
    private static boolean wordByProperties(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    @Test
    void everyCharacterIsAWordCharacterOrAFormatCharacterExactlyAsItsPropertiesSay() {
        int words = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x10000 ? 1 : 97) {
            boolean word = wordByProperties(cp);
            assertThat(SearchWords.isWordCharacter(cp)).as("U+%04X", cp).isEqualTo(word);
            assertThat(SearchWords.isFormat(cp)).as("U+%04X", cp)
                    .isEqualTo(!word && Character.getType(cp) == Character.FORMAT);
            words += word ? 1 : 0;
        }
        assertThat(words).isGreaterThan(40_000);
        assertThat(SearchWords.isWordCharacter('ـ')).as("tatweel").isTrue();
        assertThat(SearchWords.isWordCharacter('\u064E')).as("fatha").isTrue();
        assertThat(SearchWords.isFormat('\u200F')).as("RLM").isTrue();
        assertThat(SearchWords.isWordCharacter('،')).as("Arabic comma").isFalse();
        assertThat(SearchWords.isWordCharacter(0x1F600)).as("emoji").isFalse();
    }
}
